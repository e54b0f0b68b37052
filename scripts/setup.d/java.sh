#!/usr/bin/env bash
# Java client (clients/java). Fetches from Maven Central into .build/tools:
#  - protoc itself (com.google.protobuf:protoc), since grpcio-tools' bundled protoc has only
#    the Python generators, not the Java one; same release as grpcio-tools' protoc;
#  - the grpc-java code generator (io.grpc:protoc-gen-grpc-java).
# Then runs the build the smoke program uses with compiling switched off, which puts exactly
# the dependencies and build plugins it needs into ~/.m2 (far less than dependency:go-offline
# fetches), so scripts/smoke.d/java.sh compiles offline, once. Idempotent: a stamp (pom and
# pins hash) skips Maven when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/../.."

# protoc release, as Maven Central numbers it (4.35.1 = protoc 35.1); keep equal to
# protobuf.version in clients/java/pom.xml and to grpcio-tools' protoc.
PROTOC_VERSION=4.35.1
# The grpc-java code generator; keep equal to grpc.version in clients/java/pom.xml.
GRPC_JAVA_VERSION=1.83.0

POM=clients/java/pom.xml
TOOLS="$PWD/.build/tools"
M2="$HOME/.m2/repository"
MVN=(mvn -q -B -Dstyle.color=never -f "$POM")

command -v mvn >/dev/null 2>&1 || { echo "setup java: mvn not found (Java 17 and Maven expected)" >&2; exit 1; }
grep -q "<grpc.version>$GRPC_JAVA_VERSION</grpc.version>" "$POM" \
  || { echo "setup java: GRPC_JAVA_VERSION=$GRPC_JAVA_VERSION differs from grpc.version in $POM" >&2; exit 1; }
grep -q "<protobuf.version>$PROTOC_VERSION</protobuf.version>" "$POM" \
  || { echo "setup java: PROTOC_VERSION=$PROTOC_VERSION differs from protobuf.version in $POM" >&2; exit 1; }

mkdir -p "$TOOLS"
fetch() { # group:artifact:version -> .build/tools/<artifact>-<version>-linux-x86_64.exe
  local gav="$1" exe="$TOOLS/$2"
  if [ ! -x "$exe" ]; then
    echo "fetching $gav"
    "${MVN[@]}" dependency:copy -Dartifact="$gav:exe:linux-x86_64" -DoutputDirectory="$TOOLS"
    chmod +x "$exe"
  fi
}
fetch "com.google.protobuf:protoc:$PROTOC_VERSION" "protoc-$PROTOC_VERSION-linux-x86_64.exe"
fetch "io.grpc:protoc-gen-grpc-java:$GRPC_JAVA_VERSION" "protoc-gen-grpc-java-$GRPC_JAVA_VERSION-linux-x86_64.exe"

stamp=.build/setup-java.stamp
want="$( (cat "$POM"; echo "$PROTOC_VERSION $GRPC_JAVA_VERSION") | sha256sum | cut -c1-16)"
probe="$M2/io/grpc/grpc-netty-shaded/$GRPC_JAVA_VERSION/grpc-netty-shaded-$GRPC_JAVA_VERSION.jar"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -f "$probe" ]; then
  echo "resolving the Java client's Maven dependencies and build plugins"
  "${MVN[@]}" test-compile dependency:build-classpath -Dmaven.main.skip=true \
    -Dmaven.test.skip=true -Dmdep.outputFile=target/classpath.txt
  echo "$want" > "$stamp"
fi
