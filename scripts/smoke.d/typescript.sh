#!/usr/bin/env bash
# TypeScript client smoke program against the live server at $SMOKE_ADDR (see scripts/smoke).
# `npm run build` type-checks the whole package (generated stubs included, tsc --strict) and
# compiles it to dist/, then dist/smoke.js drives the server through the generated clients.
set -euo pipefail
cd "$(dirname "$0")/../../clients/typescript"
: "${SMOKE_ADDR:?SMOKE_ADDR is not set}"
npm run build --silent
node dist/smoke.js "$SMOKE_ADDR"
