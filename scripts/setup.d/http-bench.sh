#!/usr/bin/env bash
# The HTTP/JSON tools: curl (docs/http.md's examples, run by the smoke test) and wrk (the
# HTTP load generator of bench/http_json.py), from Debian. Idempotent: nothing runs when
# both are on PATH.
set -euo pipefail

missing=()
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
[ "${#missing[@]}" -eq 0 ] && exit 0
echo "installing ${missing[*]} (apt)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
