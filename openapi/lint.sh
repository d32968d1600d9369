#!/usr/bin/env bash
# Lints the published contract with Spectral (pinned in package.json / package-lock.json).
# Run by `./mvnw verify` after the contract test; skip with -Dspectral.skip=true.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  echo "openapi/lint.sh: npm is needed to lint the OpenAPI contract (install Node.js, or pass -Dspectral.skip=true)" >&2
  exit 1
fi
if [ ! -x node_modules/.bin/spectral ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
exec node_modules/.bin/spectral lint booking-api.yaml --ruleset .spectral.yaml --fail-severity warn
