"""Which RPCs only read: the basis of the retry policy.

The answer comes from the generated descriptors, by the rule the server enforces
(docs/security.md): an RPC that declares `(modelstore.v1.method).requires` is a read when
that list lacks `ACCESS_WRITE` (`ACCESS_READ`, `ACCESS_READ_SECRETS`); one that declares
nothing is a read when it is a standard Get, List or BatchGet of its service's entity
(AIP-131, 132, 231), and a mutation otherwise. Which RPCs are standard is decided by
`standard_methods`, the module the server classifies with too.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from google.protobuf.descriptor import FileDescriptor, MethodDescriptor

from modelstore.v1 import storage_pb2

from .descriptors import generated_files, method_path
from .standard_methods import READS, classify, entity_of

__all__ = ["generated_files", "is_read_method", "is_read_path", "method_path", "read_methods"]


def _is_standard_read(method: MethodDescriptor) -> bool:
    entity = entity_of(method.containing_service)
    return classify(method, entity).kind in READS


def is_read_method(method: MethodDescriptor) -> bool:
    """Whether an RPC only reads (and may therefore be retried freely)."""
    declared = method.GetOptions().Extensions[storage_pb2.method].requires
    if declared:
        return storage_pb2.ACCESS_WRITE not in declared
    return _is_standard_read(method)


def read_methods_of(files: Iterable[FileDescriptor]) -> frozenset[str]:
    """Return the paths of the read RPCs of some files."""
    return frozenset(
        method_path(method)
        for file in files
        for service in file.services_by_name.values()
        for method in service.methods
        if is_read_method(method)
    )


@functools.cache
def read_methods() -> frozenset[str]:
    """Return the paths (`/package.Service/Method`) of every read RPC of Modelstore."""
    return read_methods_of(generated_files())


def is_read_path(path: str | bytes) -> bool:
    """Whether a gRPC method path names a read RPC of Modelstore."""
    if isinstance(path, bytes):
        path = path.decode()
    return path in read_methods()
