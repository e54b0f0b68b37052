#!/usr/bin/env bash
# TypeScript client: `npm ci` in clients/typescript (exact versions from its package-lock.json:
# ts-proto, whose protoc-gen-ts_proto scripts/gen_typescript.py runs, typescript, @grpc/grpc-js,
# @bufbuild/protobuf, @types/node). Skipped when node_modules was installed from this very
# lock file (a stamp in node_modules holds its hash) and the tools are in place.
set -euo pipefail
cd "$(dirname "$0")/../../clients/typescript"

stamp=node_modules/.modelstore-lock.sha256
want="$( (sha256sum package-lock.json; node --version) | sha256sum | cut -c1-16)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] \
   && [ -x node_modules/.bin/protoc-gen-ts_proto ] && [ -x node_modules/.bin/tsc ]; then
  exit 0
fi
echo "npm ci in clients/typescript"
# No package needs an install script (protobufjs's only prints a version notice).
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
