#!/usr/bin/env bash
# Runs a browser test in headless Chromium (Debian's chromium, CHROMIUM to name another; playwright-core and
# axe-core pinned in web/package.json, nothing is downloaded). Run by WebPagesIT, KeycloakEndToEndIT and SwaggerUiIT
# in ./mvnw verify against the packaged service; by hand:
#   web/test/browser.sh journey http://localhost:8080/web/ [screenshot folder] [name of the client's child]
#   web/test/browser.sh oidc-sign-in <pages url> <user> <password>
#   web/test/browser.sh swagger-ui http://localhost:8080/q/swagger-ui/
set -euo pipefail
test="${1:?usage: web/test/browser.sh journey|oidc-sign-in|swagger-ui <url> ...}"
shift
web="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "web/test/browser.sh: Chromium is needed (Debian: apt-get install chromium; or set CHROMIUM)" >&2
  exit 1
fi
if [ ! -d "$web/node_modules/playwright-core" ] || [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
fi
exec node "$web/test/$test.mjs" "$@"
