#!/usr/bin/env bash
# Java client smoke program against the live server at $SMOKE_ADDR (see scripts/smoke).
# Compiles the generated sources and src/smoke/java (offline: scripts/setup.d/java.sh fetched
# the dependencies; online only if something is missing), then runs dev.modelstore.smoke.Smoke
# on the project's class path.
set -euo pipefail
cd "$(dirname "$0")/../../clients/java"
: "${SMOKE_ADDR:?SMOKE_ADDR is not set}"
build=(test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
if ! mvn -q -B -o "${build[@]}" >/dev/null 2>&1; then
  echo "java smoke: offline build failed; building online" >&2
  mvn -q -B "${build[@]}"
fi
exec java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  dev.modelstore.smoke.Smoke "$SMOKE_ADDR"
