"""Generate the TypeScript client (clients/typescript/src/gen) with ts-proto.

Called by scripts/generate.py as `generate(protoc, files)`. The plugin is the
`protoc-gen-ts_proto` of the exactly pinned `ts-proto` in clients/typescript's
package-lock.json (installed by scripts/setup.d/typescript.sh), so the version
header it writes into every file is stable.
"""

from __future__ import annotations

import pathlib
import shutil
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
CLIENT = ROOT / "clients" / "typescript"
OUT = CLIENT / "src" / "gen"
PLUGIN = CLIENT / "node_modules" / ".bin" / "protoc-gen-ts_proto"

# The googleapis files the protos import or that a client needs to read error details.
# ts-proto writes the well-known types (google/protobuf/*) itself as they are imported.
GOOGLEAPIS = [
    "google/api/field_behavior.proto",
    "google/rpc/code.proto",
    "google/rpc/error_details.proto",
    "google/rpc/status.proto",
]

# Every option is spelled out, defaults included, so that a ts-proto default change
# cannot silently change the output. See clients/typescript/README.md.
OPTIONS = [
    "outputServices=grpc-js",  # grpc-js service definitions and client constructors
    "env=node",  # Buffer-aware bytes, no browser shims
    "esModuleInterop=true",  # `import _m0 from ...` style default imports
    "useOptionals=messages",  # message-typed fields are `field?: T`
    "forceLong=string",  # int64/uint64 as decimal strings: no `long` dependency
    "useDate=true",  # google.protobuf.Timestamp fields as `Date`
    "oneof=properties",  # each oneof member is its own optional property
    "outputJsonMethods=true",  # fromJSON/toJSON (proto3 JSON mapping)
    "outputPartialMethods=true",  # create/fromPartial
    "exportCommonSymbols=false",  # keep DeepPartial & co. private to each file
    "unrecognizedEnum=true",  # enums carry UNRECOGNIZED = -1
    "stringEnums=false",  # enums are numeric, as on the wire
    "snakeToCamel=keys_json",  # camelCase properties and JSON names
]


def generate(protoc: list[str], files: list[str]) -> None:
    """Wipe clients/typescript/src/gen and regenerate it from `files` plus googleapis."""
    if not PLUGIN.exists():
        raise SystemExit(
            f"{PLUGIN.relative_to(ROOT)} is missing: run scripts/setup "
            "(or `npm ci` in clients/typescript)"
        )
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    cmd = [
        *protoc,
        f"--plugin=protoc-gen-ts_proto={PLUGIN}",
        f"--ts_proto_out={OUT}",
        f"--ts_proto_opt={','.join(OPTIONS)}",
        *GOOGLEAPIS,
        *files,
    ]
    subprocess.run(cmd, check=True, cwd=ROOT)
