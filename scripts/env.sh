# Sourced by the scripts: puts the Go-installed tools (ferretdb, grpcurl, ghz) on PATH.
if command -v go >/dev/null 2>&1; then
  PATH="$(go env GOPATH)/bin:$PATH"
fi
PATH="$HOME/go/bin:$PATH"
export PATH
