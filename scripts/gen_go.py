"""Generate the Go client (clients/go) with protoc-gen-go and protoc-gen-go-grpc.

Called by scripts/generate.py as `generate(protoc, files)`. Output lands in the Go module
`github.com/modelstore/modelstore/clients/go` (the prefix of every go_package option), one
package per proto package: clients/go/modelstore/<domain>/v1/*.pb.go and *_grpc.pb.go.

The googleapis types the protos use (google/api/field_behavior.proto; google/rpc/* for
errors) are not generated here: their go_package points at Go's own published module
google.golang.org/genproto/googleapis/{api,rpc}, which clients/go/go.mod depends on.

The plugins come from scripts/setup.d/go.sh, which pins their versions; the pins are read
from there and checked, since another plugin version writes different code.
"""

from __future__ import annotations

import pathlib
import re
import shutil
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
GO_OUT = ROOT / "clients" / "go"
GENERATED = GO_OUT / "modelstore"  # everything under here is generated, and wiped first
MODULE = "github.com/modelstore/modelstore/clients/go"
SETUP = ROOT / "scripts" / "setup.d" / "go.sh"


def _pin(name: str) -> str:
    """Return a version pinned in scripts/setup.d/go.sh, for example `v1.36.12`."""
    match = re.search(rf"^{name}=(\S+)$", SETUP.read_text(), re.MULTILINE)
    if not match:
        raise SystemExit(f"gen_go: {name} not found in {SETUP}")
    return match.group(1)


def _plugin(binary: str, expected: str) -> pathlib.Path:
    """Find a plugin in Go's bin folder (or on PATH) and check its version."""
    gopath = subprocess.run(
        ["go", "env", "GOPATH"], check=True, capture_output=True, text=True
    ).stdout.strip()
    path = pathlib.Path(gopath) / "bin" / binary
    if not path.exists():
        found = shutil.which(binary)
        if not found:
            raise SystemExit(f"gen_go: {binary} is not installed; run scripts/setup")
        path = pathlib.Path(found)
    version = subprocess.run(
        [str(path), "--version"], check=True, capture_output=True, text=True
    ).stdout.strip()
    if version != expected:
        raise SystemExit(f"gen_go: {path} is {version!r}, want {expected!r}; run scripts/setup")
    return path


def generate(protoc: list[str], files: list[str]) -> None:
    """Wipe clients/go/modelstore and regenerate it from every proto file."""
    go_version = _pin("PROTOC_GEN_GO_VERSION")
    grpc_version = _pin("PROTOC_GEN_GO_GRPC_VERSION")
    protoc_gen_go = _plugin("protoc-gen-go", f"protoc-gen-go {go_version}")
    protoc_gen_go_grpc = _plugin(
        "protoc-gen-go-grpc", f"protoc-gen-go-grpc {grpc_version.removeprefix('v')}"
    )
    shutil.rmtree(GENERATED, ignore_errors=True)
    GO_OUT.mkdir(parents=True, exist_ok=True)
    cmd = [
        *protoc,
        f"--plugin=protoc-gen-go={protoc_gen_go}",
        f"--plugin=protoc-gen-go-grpc={protoc_gen_go_grpc}",
        f"--go_out={GO_OUT}",
        f"--go_opt=module={MODULE}",
        f"--go-grpc_out={GO_OUT}",
        f"--go-grpc_opt=module={MODULE}",
        *files,
    ]
    subprocess.run(cmd, check=True, cwd=ROOT)
