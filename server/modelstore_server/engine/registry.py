"""Discovery: every entity and every service method, read from the generated descriptors.

Importing the generated modules registers their files in the default descriptor pool.
An entity is a message with `(modelstore.v1.storage)`; its service is `<Entity>Service` in
the same package. Standard methods are recognised by name (AIP-131..135, 164, 231); any
other RPC is a domain method, served by a handler from `modelstore_server.domain`.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from enum import Enum

from google.protobuf import descriptor_pool
from google.protobuf.descriptor import (
    Descriptor,
    FileDescriptor,
    MethodDescriptor,
)
from google.protobuf.message import Message
from google.protobuf.message_factory import GetMessageClass

from modelstore.v1 import storage_pb2

from .model import EntityModel, build_entity_model

DOMAINS = ("platform", "knowledge", "directory", "auth", "iam", "v1")


class Kind(Enum):
    """What a method does."""

    CREATE = "create"
    GET = "get"
    LIST = "list"
    UPDATE = "update"
    DELETE = "delete"
    UNDELETE = "undelete"
    BATCH_GET = "batch_get"
    DOMAIN = "domain"


@dataclass(frozen=True)
class MethodSpec:
    """One RPC with everything its generic handler needs."""

    path: str
    """The gRPC method path, `/package.Service/Method`."""
    kind: Kind
    model: EntityModel | None
    """The entity of an entity service (None for services of no entity)."""
    descriptor: MethodDescriptor
    request_class: type[Message]
    response_class: type[Message]
    entity_field: str | None
    """The request field that holds the entity (create, update)."""
    response_field: str | None
    """The response field that holds the entity or entities."""
    requires: frozenset[int] = frozenset()
    """The `modelstore.v1.Access` rights a caller needs."""


@dataclass(frozen=True)
class ServiceSpec:
    """One service and its methods."""

    full_name: str
    model: EntityModel | None
    methods: tuple[MethodSpec, ...]


def generated_files() -> list[FileDescriptor]:
    """Import every generated `_pb2` module and return its file descriptors, sorted by name."""
    files: list[FileDescriptor] = []
    for domain in DOMAINS:
        try:
            package = importlib.import_module(f"modelstore.{domain}")
        except ImportError:
            continue
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if info.name.endswith("_pb2"):
                files.append(importlib.import_module(info.name).DESCRIPTOR)
    return sorted(files, key=lambda f: f.name)


def _field_of_type(desc: Descriptor, message: Descriptor, repeated: bool) -> str | None:
    for fd in desc.fields:
        is_repeated = fd.is_repeated
        if fd.message_type is message and is_repeated == repeated:
            return fd.name
    return None


def _plural_candidates(name: str) -> set[str]:
    out = {name, name + "s", name + "es"}  # `name` itself: uncountable (UserData)
    if name.endswith("y"):
        out.add(name[:-1] + "ies")
    return out


def classify(method: MethodDescriptor, entity: Descriptor | None) -> Kind:
    """Return the kind of a method from its name and its entity."""
    if entity is None:
        return Kind.DOMAIN
    name, e = method.name, entity.name
    simple = {
        f"Create{e}": Kind.CREATE,
        f"Get{e}": Kind.GET,
        f"Update{e}": Kind.UPDATE,
        f"Delete{e}": Kind.DELETE,
        f"Undelete{e}": Kind.UNDELETE,
    }
    if name in simple:
        return simple[name]
    plurals = _plural_candidates(e)
    if name.startswith("List") and name[4:] in plurals:
        return Kind.LIST
    if name.startswith("BatchGet") and name[8:] in plurals:
        return Kind.BATCH_GET
    return Kind.DOMAIN


def discover() -> list[ServiceSpec]:
    """Return every service of the generated packages with its classified methods."""
    pool = descriptor_pool.Default()
    return [
        _service_spec(pool, service.full_name)
        for fdesc in generated_files()
        for service in fdesc.services_by_name.values()
    ]


_READS = (Kind.GET, Kind.LIST, Kind.BATCH_GET)


def required_access(method: MethodDescriptor, kind: Kind) -> frozenset[int]:
    """Return the rights an RPC needs: its `(modelstore.v1.method)` option, or the default."""
    declared = method.GetOptions().Extensions[storage_pb2.method].requires
    if declared:
        return frozenset(int(a) for a in declared)
    return frozenset({storage_pb2.ACCESS_READ if kind in _READS else storage_pb2.ACCESS_WRITE})


def _service_spec(pool: descriptor_pool.DescriptorPool, full_name: str) -> ServiceSpec:
    service = pool.FindServiceByName(full_name)
    entity: Descriptor | None = None
    if service.name.endswith("Service"):
        candidate = f"{service.file.package}.{service.name[: -len('Service')]}"
        try:
            found = pool.FindMessageTypeByName(candidate)
        except KeyError:
            found = None
        if found is not None and found.GetOptions().HasExtension(storage_pb2.storage):
            entity = found
    model = build_entity_model(entity) if entity is not None else None
    methods = []
    for method in service.methods:
        kind = classify(method, entity)
        entity_field = response_field = None
        if entity is not None and kind is not Kind.DOMAIN:
            entity_field = _field_of_type(method.input_type, entity, repeated=False)
            response_field = _field_of_type(
                method.output_type, entity, repeated=kind in (Kind.LIST, Kind.BATCH_GET)
            )
        methods.append(
            MethodSpec(
                requires=required_access(method, kind),
                path=f"/{service.full_name}/{method.name}",
                kind=kind,
                model=model,
                descriptor=method,
                request_class=GetMessageClass(method.input_type),
                response_class=GetMessageClass(method.output_type),
                entity_field=entity_field,
                response_field=response_field,
            )
        )
    return ServiceSpec(full_name=full_name, model=model, methods=tuple(methods))
