"""Which RPCs only read: the basis of the retry policy.

The answer comes from the generated descriptors, by the rule the server enforces
(docs/security.md): an RPC that declares `(modelstore.v1.method).requires` is a read when
that list lacks `ACCESS_WRITE` (`ACCESS_READ`, `ACCESS_READ_SECRETS`); one that declares
nothing is a read when it is a standard Get, List or BatchGet of its service's entity
(AIP-131, 132, 231), and a mutation otherwise.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Iterable

from google.protobuf import descriptor_pool
from google.protobuf.descriptor import FileDescriptor, MethodDescriptor, ServiceDescriptor

from modelstore.v1 import storage_pb2

DOMAINS = ("v1", "platform", "knowledge", "directory", "auth", "iam")
"""The generated packages under `modelstore`."""


def generated_files() -> list[FileDescriptor]:
    """Import every generated `_pb2` module of the Modelstore packages; return their files."""
    files: list[FileDescriptor] = []
    for domain in DOMAINS:
        try:
            package = importlib.import_module(f"modelstore.{domain}")
        except ImportError:  # a trimmed distribution without this domain
            continue
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if info.name.endswith("_pb2"):
                files.append(importlib.import_module(info.name).DESCRIPTOR)
    return sorted(files, key=lambda f: f.name)


def method_path(method: MethodDescriptor) -> str:
    """Return the gRPC path of a method: `/package.Service/Method`."""
    return f"/{method.containing_service.full_name}/{method.name}"


def _plurals(name: str) -> set[str]:
    out = {name, name + "s", name + "es"}  # `name` itself: uncountable (UserData)
    if name.endswith("y"):
        out.add(name[:-1] + "ies")
    return out


def _entity_name(service: ServiceDescriptor) -> str | None:
    """Name the entity of an `<Entity>Service`: a message of its package with storage options."""
    if not service.name.endswith("Service"):
        return None
    name = service.name.removesuffix("Service")
    try:
        message = descriptor_pool.Default().FindMessageTypeByName(f"{service.file.package}.{name}")
    except KeyError:
        return None
    if not message.GetOptions().HasExtension(storage_pb2.storage):
        return None
    return name


def _is_standard_read(method: MethodDescriptor) -> bool:
    entity = _entity_name(method.containing_service)
    if entity is None:
        return False
    name = method.name
    if name == f"Get{entity}":
        return True
    for prefix in ("List", "BatchGet"):
        if name.startswith(prefix) and name.removeprefix(prefix) in _plurals(entity):
            return True
    return False


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
