#!/usr/bin/env bash
# The data console (console/, docs/console.md) and its browser test (tests/console):
#  - Debian's Chromium, which the test drives (headless) through playwright-core;
#  - `npm ci` in console/ from its package-lock.json: Vite and TypeScript, which build the
#    console (its output is committed; tests/console checks it is fresh), and playwright-core.
# Idempotent: skipped when Chromium is installed and node_modules was installed from this
# very lock file (a stamp in node_modules holds its hash).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then as_root() { "$@"; }
  elif command -v sudo >/dev/null 2>&1; then as_root() { sudo "$@"; }
  else echo "setup console: installing chromium needs root (no sudo here)" >&2; exit 1; fi
  echo "apt-get install chromium"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

cd console
stamp=node_modules/.modelstore-lock.sha256
want="$( (sha256sum package-lock.json; node --version) | sha256sum | cut -c1-16)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -d node_modules/playwright-core ]; then
  exit 0
fi
echo "npm ci in console"
# No package of this tree needs an install script (Vite's native parts are per-platform
# optional packages, and playwright-core is told to download no browser).
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
