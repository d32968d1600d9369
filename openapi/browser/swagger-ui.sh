#!/usr/bin/env bash
# Checks that Swagger UI at the URL given renders every operation, in headless Chromium (Debian's chromium,
# CHROMIUM to name another; playwright-core pinned in package.json drives it, nothing is downloaded).
# Run by SwaggerUiIT in ./mvnw verify against the packaged service.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "openapi/browser/swagger-ui.sh: Chromium is needed (Debian: apt-get install chromium; or set CHROMIUM)" >&2
  exit 1
fi
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
exec node swagger-ui.mjs "$1"
