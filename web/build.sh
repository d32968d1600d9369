#!/usr/bin/env bash
# Builds the reference web pages into a folder of static files: generates the TypeScript client from the committed
# contract (openapi-typescript), type-checks the pages against it (tsc --strict) and bundles each page (esbuild).
#
#   web/build.sh <folder>            the files the service serves at /web/ (./mvnw package runs this; the service
#                                    answers /web/config.json itself)
#   web/build.sh <folder> --static   the same with a config.json to edit, for any web server against the oidc mode
#
# Only npm packages are used (package-lock.json); nothing downloads a runtime or a browser.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?usage: web/build.sh <folder> [--static]}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
cd "$here"
if ! command -v npm >/dev/null 2>&1; then
  echo "web/build.sh: npm is needed to build the web pages (install Node.js, or pass -Dweb.skip=true to Maven)" >&2
  exit 1
fi
if [ ! -x node_modules/.bin/esbuild ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node_modules/.bin/openapi-typescript ../openapi/booking-api.yaml --output src/generated/booking-api.ts >/dev/null
node_modules/.bin/tsc --project tsconfig.json
node_modules/.bin/esbuild src/pages/*.ts --bundle --splitting --chunk-names=shared-[hash] --format=esm --target=es2022 --minify --sourcemap \
  --outdir="$out" --log-level=warning
cp static/*.html static/style.css "$out/"
if [ "${2:-}" = "--static" ]; then
  cat > "$out/config.json" <<'JSON'
{
  "signIn": "oidc",
  "api": "https://booking.example.fi",
  "issuer": "https://login.example.fi/realms/booking",
  "clientId": "booking-frontend"
}
JSON
  echo "Built the pages into $out; set the API's address and the OIDC issuer in $out/config.json."
else
  echo "Built the pages into $out."
fi
