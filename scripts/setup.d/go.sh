#!/usr/bin/env bash
# Go client: the protoc plugins (protoc-gen-go, protoc-gen-go-grpc) at pinned versions in
# $(go env GOPATH)/bin, and the module dependencies of clients/go in the module cache.
# Idempotent, and quick when everything is present. scripts/gen_go.py reads the two pins below.
set -euo pipefail
cd "$(dirname "$0")/../.."

PROTOC_GEN_GO_VERSION=v1.36.12
PROTOC_GEN_GO_GRPC_VERSION=v1.6.2
# gnostic's protoc-gen-openapi (OpenAPI 3 of the HTTP annotations, scripts/gen_openapi.py).
# It prints no version, so it is installed under a versioned name.
PROTOC_GEN_OPENAPI_VERSION=v0.7.1
GOBIN_DIR="$(go env GOPATH)/bin"
mkdir -p "$GOBIN_DIR"

# install BINARY PACKAGE MODULE VERSION: `go install pkg@version`; where the proxy refuses
# that (a 403 on the module's version list, "loading deprecation"), build it from a throwaway
# module that requires the exact version instead.
install() {
  local bin="$1" pkg="$2" mod="$3" version="$4"
  if GOBIN="$GOBIN_DIR" go install "$pkg@$version" 2>/dev/null; then
    return
  fi
  echo "go install $pkg@$version failed; building it from a temporary module" >&2
  local work
  work="$(mktemp -d)"
  (
    cd "$work"
    go mod init example.invalid/tools >/dev/null 2>&1
    GOFLAGS=-mod=mod go get "$mod@$version"
    GOFLAGS=-mod=mod go build -trimpath -o "$GOBIN_DIR/$bin" "$pkg"
  )
  rm -rf "$work"
}

# `protoc-gen-go --version` prints "protoc-gen-go v1.36.12";
# `protoc-gen-go-grpc --version` prints "protoc-gen-go-grpc 1.6.2".
if [ "$("$GOBIN_DIR/protoc-gen-go" --version 2>/dev/null)" != "protoc-gen-go $PROTOC_GEN_GO_VERSION" ]; then
  echo "installing protoc-gen-go $PROTOC_GEN_GO_VERSION"
  install protoc-gen-go google.golang.org/protobuf/cmd/protoc-gen-go \
    google.golang.org/protobuf "$PROTOC_GEN_GO_VERSION"
fi
if [ "$("$GOBIN_DIR/protoc-gen-go-grpc" --version 2>/dev/null)" != "protoc-gen-go-grpc ${PROTOC_GEN_GO_GRPC_VERSION#v}" ]; then
  echo "installing protoc-gen-go-grpc $PROTOC_GEN_GO_GRPC_VERSION"
  install protoc-gen-go-grpc google.golang.org/grpc/cmd/protoc-gen-go-grpc \
    google.golang.org/grpc/cmd/protoc-gen-go-grpc "$PROTOC_GEN_GO_GRPC_VERSION"
fi

if [ ! -x "$GOBIN_DIR/protoc-gen-openapi-$PROTOC_GEN_OPENAPI_VERSION" ]; then
  echo "installing protoc-gen-openapi $PROTOC_GEN_OPENAPI_VERSION"
  openapi_bin="$(mktemp -d)"
  GOBIN="$openapi_bin" go install "github.com/google/gnostic/cmd/protoc-gen-openapi@$PROTOC_GEN_OPENAPI_VERSION"
  mv "$openapi_bin/protoc-gen-openapi" "$GOBIN_DIR/protoc-gen-openapi-$PROTOC_GEN_OPENAPI_VERSION"
  rm -rf "$openapi_bin"
fi

# The client module's dependencies (no-op when already in the module cache).
(cd clients/go && go mod download)
