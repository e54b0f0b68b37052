"""Test support: generated stubs by name, error decoding, and descriptor-driven sample entities.

`Samples` builds a valid instance of any entity from its descriptor alone (required
fields, validation rules, unique keys, secrets, references), creating referenced parents
first, so the conformance suite covers a new entity without new test code.
"""

from __future__ import annotations

import datetime as dt
import importlib
import uuid
from dataclasses import dataclass
from typing import Any

import grpc
from google.protobuf import struct_pb2, timestamp_pb2
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from google.rpc import error_details_pb2, status_pb2

from modelstore_server.engine.model import EntityModel
from modelstore_server.engine.naming import field_rules
from modelstore_server.engine.registry import Kind, MethodSpec, ServiceSpec, discover
from modelstore_server.engine.stored_ids import matching

SERVICES: list[ServiceSpec] = discover()
ENTITY_SERVICES = [s for s in SERVICES if s.model is not None]
MODELS: dict[str, EntityModel] = {s.model.full_name: s.model for s in ENTITY_SERVICES if s.model}
SERVICE_OF: dict[str, ServiceSpec] = {s.model.full_name: s for s in ENTITY_SERVICES if s.model}


def method(service: ServiceSpec, kind: Kind) -> MethodSpec | None:
    for spec in service.methods:
        if spec.kind is kind:
            return spec
    return None


def stub(channel: grpc.aio.Channel, service: ServiceSpec) -> Any:
    """Return the generated `<Service>Stub` of a service."""
    file = service.methods[0].descriptor.containing_service.file
    module = importlib.import_module(
        file.name.replace("/", ".").removesuffix(".proto") + "_pb2_grpc"
    )
    return getattr(module, f"{service.full_name.rsplit('.', 1)[1]}Stub")(channel)


async def call(
    channel: grpc.aio.Channel, spec: MethodSpec, request: Message, tenant: str | None = None
) -> Any:
    """Call one RPC through the generated stub, with the tenant header when given."""
    service_name = spec.path.split("/")[1]
    service = next(s for s in SERVICES if s.full_name == service_name)
    fn = getattr(stub(channel, service), spec.descriptor.name)
    metadata = (("x-tenant-id", tenant),) if tenant else None
    return await fn(request, metadata=metadata, timeout=30)


@dataclass
class RpcFailure:
    code: grpc.StatusCode
    message: str
    reason: str
    metadata: dict[str, str]
    violations: list[tuple[str, str]]


def failure(exc: grpc.aio.AioRpcError) -> RpcFailure:
    """Decode the rich status of a failed call."""
    reason, metadata, violations = "", {}, []
    for key, value in exc.trailing_metadata() or ():
        if key == "grpc-status-details-bin":
            status = status_pb2.Status.FromString(value)
            for detail in status.details:
                if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                    info = error_details_pb2.ErrorInfo()
                    detail.Unpack(info)
                    reason, metadata = info.reason, dict(info.metadata)
                elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
                    bad = error_details_pb2.BadRequest()
                    detail.Unpack(bad)
                    violations = [(v.field, v.description) for v in bad.field_violations]
    return RpcFailure(exc.code(), exc.details() or "", reason, metadata, violations)


async def expect_error(coro: Any, code: grpc.StatusCode) -> RpcFailure:
    try:
        await coro
    except grpc.aio.AioRpcError as exc:
        got = failure(exc)
        assert got.code == code, f"expected {code}, got {got.code}: {got.message}"
        return got
    raise AssertionError(f"expected {code}, but the call succeeded")


def is_tenant_entity(model: EntityModel) -> bool:
    return model.tenant_field == "id"


def header_for(model: EntityModel, tenant: str) -> str | None:
    """Tenant-scoped entities are called with the test's tenant; others without."""
    return tenant if model.tenant_field and not is_tenant_entity(model) else None


class Samples:
    """Creates valid entities of any type, with their referenced parents."""

    def __init__(self, channel: grpc.aio.Channel, tenant: str) -> None:
        self.channel = channel
        self.tenant = tenant
        self.secrets: dict[str, str] = {}
        self._tenant_roots: set[str] = set()

    def _text(self, fd: FieldDescriptor, unique: str) -> str:
        rules = field_rules(fd)
        if rules is not None and rules.email:
            return f"user-{unique}@example.com"
        value = f"{fd.name.replace('_', '-')}-{unique}"
        if rules is not None and rules.max_len:
            value = value[-rules.max_len :]
        return value.lower()

    async def _reference(self, target: str) -> str:
        model = MODELS[target]
        if is_tenant_entity(model) or (model.tenant_field and model.tenant_key == "_id"):
            await self.tenant_root(model)
            return self.tenant
        created = await self.create(model)
        return str(created.id)

    async def tenant_root(self, model: EntityModel) -> None:
        """Make sure the tenant entity with id = this tenant exists."""
        if model.full_name in self._tenant_roots:
            return
        self._tenant_roots.add(model.full_name)
        msg = await self.build(model, doc_id=self.tenant)
        spec = method(SERVICE_OF[model.full_name], Kind.CREATE)
        assert spec is not None
        try:
            await call(self.channel, spec, spec.request_class(**{spec.entity_field or "": msg}))
        except grpc.aio.AioRpcError as exc:
            if exc.code() != grpc.StatusCode.ALREADY_EXISTS:
                raise

    async def fill(self, msg: Message, model: EntityModel | None, unique: str, top: bool) -> None:
        chosen: set[str] = set()  # discriminators a polymorphic reference already set
        for fd in msg.DESCRIPTOR.fields:
            name = fd.name
            if model is not None and top and name in chosen:
                continue
            if model is not None and top and name in model.reference_choices:
                choice = model.reference_choices[name]
                number, target = next(iter(choice.targets.items()))
                setattr(msg, choice.discriminator, number)
                setattr(msg, name, await self._reference(target))
                chosen.add(choice.discriminator)
                continue
            if model is not None and top:
                if name == "id" or name in model.output_only:
                    continue
                wanted = (
                    name in model.required
                    or model.hidden(name)
                    or name in model.references
                    or any(name in i.fields for i in model.indexes if i.unique)
                    or name == model.tenant_field
                )
            else:
                from google.api import field_behavior_pb2

                from modelstore_server.engine.model import behaviors

                wanted = field_behavior_pb2.REQUIRED in behaviors(fd)
            if not wanted:
                continue
            if model is not None and top and name == model.tenant_field:
                if name in model.references:
                    await self._reference(model.references[name])
                setattr(msg, name, self.tenant)
                continue
            if model is not None and top and name in model.references:
                setattr(msg, name, await self._reference(model.references[name]))
                continue
            await self._set(msg, fd, unique, model if top else None)

    async def _set(
        self, msg: Message, fd: FieldDescriptor, unique: str, model: EntityModel | None
    ) -> None:
        value = await self._value(fd, unique)
        if fd.is_repeated:
            target = getattr(msg, fd.name)
            if fd.type == FieldDescriptor.TYPE_MESSAGE:
                target.add().CopyFrom(value)
            else:
                target.append(value)
        elif fd.type == FieldDescriptor.TYPE_MESSAGE:
            getattr(msg, fd.name).CopyFrom(value)
        else:
            setattr(msg, fd.name, value)
        if model is not None and model.hidden(fd.name):
            self.secrets[f"{model.full_name}.{fd.name}"] = value

    async def _value(self, fd: FieldDescriptor, unique: str) -> Any:
        t = fd.type
        if t == FieldDescriptor.TYPE_STRING:
            return self._text(fd, unique)
        if t == FieldDescriptor.TYPE_ENUM:
            return next(v.number for v in fd.enum_type.values if v.number != 0)
        if t == FieldDescriptor.TYPE_BOOL:
            return True
        if t in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT):
            return 1.5
        if t == FieldDescriptor.TYPE_BYTES:
            return unique.encode()
        if t == FieldDescriptor.TYPE_MESSAGE:
            mt: Descriptor = fd.message_type
            if mt.full_name == "google.protobuf.Timestamp":
                ts = timestamp_pb2.Timestamp()
                ts.FromDatetime(dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
                return ts
            if mt.full_name == "google.protobuf.Struct":
                s = struct_pb2.Struct()
                s.update({"source": "test", "n": 1})
                return s
            from google.protobuf.message_factory import GetMessageClass

            nested = GetMessageClass(mt)()
            await self.fill(nested, None, unique, top=False)
            return nested
        return 1

    async def build(self, model: EntityModel, doc_id: str | None = None) -> Message:
        msg = model.message_class()
        unique = uuid.uuid4().hex[:12]
        if doc_id:
            msg.id = doc_id  # type: ignore[attr-defined]
        await self.fill(msg, model, unique, top=True)
        if is_tenant_entity(model) and doc_id is None:
            # Another tenant than the test's, with an id of the entity's declared type.
            other = model.ids.new() if model.ids.object_id else f"{self.tenant}-{unique}"
            msg.id = other  # type: ignore[attr-defined]
        return msg

    async def create(self, model: EntityModel, msg: Message | None = None) -> Any:
        """Create an entity (built when not given) and return it."""
        if msg is None:
            msg = await self.build(model)
        spec = method(SERVICE_OF[model.full_name], Kind.CREATE)
        assert spec is not None
        response = await call(
            self.channel,
            spec,
            spec.request_class(**{spec.entity_field or "": msg}),
            header_for(model, self.tenant),
        )
        return getattr(response, spec.response_field or "")


def either(doc_id: str) -> Any:
    """The raw query value that finds an id stored in either form (an ObjectId or text).

    For tests' own pymongo reads: what the stored form must be is tests/engine/
    test_object_ids.py's concern.
    """
    return matching(doc_id)
