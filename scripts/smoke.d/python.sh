#!/usr/bin/env bash
# Smoke program of the Python client (clients/python/examples/smoke.py), run by scripts/smoke
# against its live server at $SMOKE_ADDR. This checkout's client sources come first on the
# path, so the program tests them even when another copy of modelstore-client is installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHONPATH="$PWD/clients/python/src${PYTHONPATH:+:$PYTHONPATH}" \
  python3 clients/python/examples/smoke.py "$SMOKE_ADDR"
