#!/usr/bin/env bash
# The Apache Kafka broker of the relay's tests (tests/kafka_broker.py): org.apache.kafka:
# kafka_2.13 and its runtime dependencies from Maven Central, copied into
# .build/kafka/<kafka.version>/ so that the tests start a real broker without downloading.
# Idempotent: a stamp (the pom's hash) in that folder skips Maven when nothing changed; the
# jars land in a scratch folder first, so an interrupted copy never passes for a complete one.
set -euo pipefail
cd "$(dirname "$0")/../.."

POM=scripts/setup.d/kafka-broker.pom.xml
VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM")"
DEST=".build/kafka/$VERSION"
want="$(sha256sum "$POM" | cut -c1-16)"

command -v mvn >/dev/null 2>&1 || { echo "setup kafka: mvn not found (Java 17 and Maven expected)" >&2; exit 1; }
if [ -f "$DEST/.stamp" ] && [ "$(cat "$DEST/.stamp")" = "$want" ]; then
  exit 0
fi
echo "fetching Apache Kafka $VERSION (kafka_2.13 and its runtime dependencies)"
scratch="$(mktemp -d ".build/kafka-fetch.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
mvn -q -B -Dstyle.color=never -f "$POM" dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$PWD/$scratch/jars"
echo "$want" > "$scratch/jars/.stamp"
mkdir -p .build/kafka
rm -rf "$DEST"
mv "$scratch/jars" "$DEST"
