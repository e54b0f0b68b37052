#!/usr/bin/env bash
# Run the CI-marked grpcurl examples of docs/grpcurl.md against the smoke server.
set -euo pipefail
cd "$(dirname "$0")/../.."
ADDR="$SMOKE_ADDR" python3 scripts/run_doc_examples.py docs/grpcurl.md >/dev/null
echo "docs/grpcurl.md examples: ok"
