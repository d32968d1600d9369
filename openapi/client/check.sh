#!/usr/bin/env bash
# Generates the TypeScript client from the committed contract (openapi-typescript, for openapi-fetch) and
# type-checks with `tsc --strict` the program written against it (src/). Run by `./mvnw verify` after the
# contract test; skip with -Dtypescript-client.skip=true.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  echo "openapi/client/check.sh: npm is needed to generate and check the TypeScript client (install Node.js, or pass -Dtypescript-client.skip=true)" >&2
  exit 1
fi
if [ ! -x node_modules/.bin/tsc ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node_modules/.bin/openapi-typescript ../booking-api.yaml --output generated/booking-api.ts
node_modules/.bin/tsc --project tsconfig.json
echo "The client generated from the contract type-checks the program in src/."
