"""Discovery: every generated Modelstore proto file, found without a list of packages.

`scripts/generate` writes one `_pb2` module per proto file under the `modelstore` package;
importing it registers its file in the default descriptor pool. Walking the package finds a
new proto package the moment its code is generated, so neither the server nor the client
names its packages anywhere.
"""

from __future__ import annotations

import importlib
import pkgutil

from google.protobuf.descriptor import FileDescriptor, MethodDescriptor

import modelstore


def generated_files() -> list[FileDescriptor]:
    """Import every generated `_pb2` module under `modelstore`; return its files, by name."""
    files: dict[str, FileDescriptor] = {}
    # walk_packages imports each subpackage to list it, the hand-written `modelstore.client`
    # too (harmless: it is what is running this). An import error of a generated module is
    # not swallowed: a broken generated file must stop discovery, not shrink the service.
    for info in pkgutil.walk_packages(modelstore.__path__, "modelstore."):
        if not info.ispkg and info.name.endswith("_pb2"):
            descriptor: FileDescriptor = importlib.import_module(info.name).DESCRIPTOR
            files[descriptor.name] = descriptor
    return sorted(files.values(), key=lambda f: f.name)


def method_path(method: MethodDescriptor) -> str:
    """Return the gRPC path of a method: `/package.Service/Method`."""
    return f"/{method.containing_service.full_name}/{method.name}"
