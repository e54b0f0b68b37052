#!/usr/bin/env bash
# Run every example of README.md and docs/*.md against the smoke server and its HTTP
# listener (and, for the
# credentials examples, a second server the runner starts): scripts/run_doc_examples.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
ADDR="$SMOKE_ADDR" HTTP_ADDR="$SMOKE_HTTP_ADDR" python3 scripts/run_doc_examples.py
