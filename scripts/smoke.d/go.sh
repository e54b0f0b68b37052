#!/usr/bin/env bash
# Go client smoke program against the live server at $SMOKE_ADDR (see scripts/smoke).
# Builds every package first, so the generated stubs compile, then vets and runs cmd/smoke.
set -euo pipefail
cd "$(dirname "$0")/../../clients/go"
: "${SMOKE_ADDR:?SMOKE_ADDR is not set}"
go build ./...
go vet ./...
go run ./cmd/smoke -addr "$SMOKE_ADDR"
