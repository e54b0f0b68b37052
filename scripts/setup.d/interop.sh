#!/usr/bin/env bash
# The interop suites (tests/interop): `npm ci` there, from its package-lock.json (better-auth,
# @better-auth/mongo-adapter and mongodb for the better-auth suite; mongoose and bcryptjs for
# the seeds' Mongoose models; all at pinned versions). Skipped when node_modules was installed
# from this very lock file (a stamp in node_modules holds its hash) and both are in place.
set -euo pipefail
cd "$(dirname "$0")/../../tests/interop"

stamp=node_modules/.modelstore-lock.sha256
want="$( (sha256sum package-lock.json; node --version) | sha256sum | cut -c1-16)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -d node_modules/better-auth ] \
   && [ -d node_modules/mongoose ]; then
  exit 0
fi
echo "npm ci in tests/interop"
# No package of this tree needs an install script.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
