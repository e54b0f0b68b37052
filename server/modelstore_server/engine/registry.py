"""Discovery: every entity and every service method, read from the generated descriptors.

The generated files are found by `modelstore.client.descriptors` (no list of packages) and
each RPC is classified by `modelstore.client.standard_methods`, the rule the client's retry
policy uses too: an entity is a message with `(modelstore.v1.storage)`, its service is
`<Entity>Service`, and its standard methods (AIP-131..135, 164, 231..235) are named with the
entity's declared plural and shaped as the generic handler needs. Any other RPC is a domain
method, served by a handler from `modelstore_server.domain`.
"""

from __future__ import annotations

from dataclasses import dataclass

from google.protobuf import descriptor_pool
from google.protobuf.descriptor import MethodDescriptor
from google.protobuf.message import Message
from google.protobuf.message_factory import GetMessageClass

from modelstore.client.descriptors import generated_files as generated_files
from modelstore.client.standard_methods import (
    BATCH_ITEMS,
    MAX_BATCH_ITEMS,
    READS,
    Kind,
    classify,
    entity_of,
)
from modelstore.v1 import storage_pb2

from .model import EntityModel, build_entity_model

__all__ = [
    "BATCH_ITEMS",
    "MAX_BATCH_ITEMS",
    "Kind",
    "MethodSpec",
    "ServiceSpec",
    "discover",
    "generated_files",
    "required_access",
]


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
    mismatch: str | None = None
    """For a domain method named like a standard one: why it is not standard."""
    requires: frozenset[int] = frozenset()
    """The `modelstore.v1.Access` rights a caller needs."""
    item_entity_field: str | None = None
    """For a batch write: the field of each item (a single method's request) with the entity."""


@dataclass(frozen=True)
class ServiceSpec:
    """One service and its methods."""

    full_name: str
    model: EntityModel | None
    methods: tuple[MethodSpec, ...]


def discover() -> list[ServiceSpec]:
    """Return every service of the generated packages with its classified methods."""
    pool = descriptor_pool.Default()
    return [
        _service_spec(pool, service.full_name)
        for fdesc in generated_files()
        for service in fdesc.services_by_name.values()
    ]


def required_access(method: MethodDescriptor, kind: Kind) -> frozenset[int]:
    """Return the rights an RPC needs: its `(modelstore.v1.method)` option, or the default."""
    declared = method.GetOptions().Extensions[storage_pb2.method].requires
    if declared:
        return frozenset(int(a) for a in declared)
    return frozenset({storage_pb2.ACCESS_READ if kind in READS else storage_pb2.ACCESS_WRITE})


def _service_spec(pool: descriptor_pool.DescriptorPool, full_name: str) -> ServiceSpec:
    service = pool.FindServiceByName(full_name)
    entity = entity_of(service)
    model = build_entity_model(entity) if entity is not None else None
    methods = []
    found_all = [(method, classify(method, entity)) for method in service.methods]
    # A batch write needs what its single method needs, unless it declares its own.
    single_rights = {found.kind: required_access(m, found.kind) for m, found in found_all}
    for method, found in found_all:
        requires = required_access(method, found.kind)
        single = BATCH_ITEMS.get(found.kind)
        if (
            single in single_rights
            and not method.GetOptions().Extensions[storage_pb2.method].requires
        ):
            requires = single_rights[single]
        methods.append(
            MethodSpec(
                requires=requires,
                path=f"/{service.full_name}/{method.name}",
                kind=found.kind,
                model=model,
                descriptor=method,
                request_class=GetMessageClass(method.input_type),
                response_class=GetMessageClass(method.output_type),
                entity_field=found.entity_field,
                response_field=found.response_field,
                mismatch=found.mismatch,
                item_entity_field=found.item_entity_field,
            )
        )
    return ServiceSpec(full_name=full_name, model=model, methods=tuple(methods))
