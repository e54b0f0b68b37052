"""The descriptor-driven conformance suite: every property here holds for every entity.

Parametrised over the entity services found in the descriptors, so a new entity is
covered the moment its proto is generated, with no test code written for it.
"""

from __future__ import annotations

import asyncio
from typing import Any

import bson
import grpc
import pytest
from google.protobuf import field_mask_pb2
from google.protobuf.descriptor import FieldDescriptor

from modelstore_server.app import Modelstore
from modelstore_server.engine.registry import Kind, ServiceSpec
from tests.support import (
    ENTITY_SERVICES,
    SERVICES,
    Samples,
    call,
    either,
    expect_error,
    header_for,
    is_tenant_entity,
    method,
)

pytestmark = pytest.mark.timeout(120)
# The entities a client creates: the properties below are of entities made through their
# Create (the audit log's entries are the server's own: tests/engine/test_audit_log.py).
CREATABLE = [s for s in ENTITY_SERVICES if method(s, Kind.CREATE)]
IDS = [s.full_name.rsplit(".", 1)[1] + "@" + s.full_name.split(".")[1] for s in CREATABLE]


def _editable_string(service: ServiceSpec) -> FieldDescriptor | None:
    """A plain string field an update can change, if the entity has one."""
    model = service.model
    assert model is not None
    unique_fields = {f for i in model.indexes if i.unique for f in i.fields}
    for fd in model.descriptor.fields:
        if (
            fd.type == FieldDescriptor.TYPE_STRING
            and not fd.is_repeated
            and fd.name not in model.output_only
            and fd.name not in model.immutable
            and fd.name not in model.references
            and fd.name not in unique_fields
            and fd.name != "id"
            and not model.hidden(fd.name)
            and fd.name != model.tenant_field
        ):
            from modelstore_server.engine.naming import field_rules

            rules = field_rules(fd)
            if rules is None or not (rules.email or rules.lowercase):
                return fd
    return None


def test_every_rpc_is_implemented(server: Modelstore) -> None:
    assert server.unimplemented == []
    declared = {m.path for s in SERVICES for m in s.methods}
    assert len(declared) >= 6 * len(ENTITY_SERVICES) - len(ENTITY_SERVICES)


@pytest.mark.parametrize("service", CREATABLE, ids=IDS)
async def test_round_trip(service: ServiceSpec, channel: grpc.aio.Channel, tenant: str) -> None:
    model = service.model
    assert model is not None
    samples = Samples(channel, tenant)
    header = header_for(model, tenant)
    created = await samples.create(model)
    assert created.id
    assert created.etag
    assert created.HasField("created_at")
    assert created.created_at == created.updated_at
    for name, secret in model.secrets.items():
        if secret.keyed:  # returned by Create only (storage.proto): not part of the entity
            created.ClearField(name)

    get = method(service, Kind.GET)
    assert get is not None
    got = await call(channel, get, get.request_class(id=created.id), header)
    assert getattr(got, get.response_field or "") == created

    listed = method(service, Kind.LIST)
    assert listed is not None
    page = await call(channel, listed, listed.request_class(filter=f'id = "{created.id}"'), header)
    assert list(getattr(page, listed.response_field or "")) == [created]

    batch = method(service, Kind.BATCH_GET)
    assert batch is not None
    both = await call(channel, batch, batch.request_class(ids=[created.id, created.id]), header)
    assert list(getattr(both, batch.response_field or "")) == [created, created]

    update = method(service, Kind.UPDATE)
    if update is not None:
        fd = _editable_string(service)
        if fd is not None:
            changed = model.message_class(id=created.id, etag=created.etag)
            setattr(changed, fd.name, "changed value")
            mask = field_mask_pb2.FieldMask(paths=[fd.name])
            request = update.request_class(update_mask=mask, **{update.entity_field or "": changed})
            updated = getattr(
                await call(channel, update, request, header), update.response_field or ""
            )
            assert getattr(updated, fd.name) == "changed value"
            assert updated.etag != created.etag
            assert updated.created_at == created.created_at
            stale = await expect_error(
                call(channel, update, request, header), grpc.StatusCode.ABORTED
            )
            assert stale.reason == "ETAG_MISMATCH"

    delete = method(service, Kind.DELETE)
    assert delete is not None
    await call(channel, delete, delete.request_class(id=created.id), header)
    after = (
        await call(channel, get, get.request_class(id=created.id), header)
        if model.soft_delete_field
        else None
    )
    if after is None:
        await expect_error(
            call(channel, get, get.request_class(id=created.id), header), grpc.StatusCode.NOT_FOUND
        )
        await expect_error(
            call(channel, delete, delete.request_class(id=created.id), header),
            grpc.StatusCode.NOT_FOUND,
        )
    else:
        assert (
            getattr(getattr(after, get.response_field or ""), model.soft_delete_field or "")
            is False
        )


@pytest.mark.parametrize(
    "service", [s for s in ENTITY_SERVICES if method(s, Kind.UPDATE)], ids=lambda s: s.full_name
)
async def test_mask_naming_output_only_field_is_rejected(
    service: ServiceSpec, channel: grpc.aio.Channel, tenant: str
) -> None:
    model = service.model
    assert model is not None
    update = method(service, Kind.UPDATE)
    assert update is not None
    created = await Samples(channel, tenant).create(model)
    for path in ("created_at", "etag", "id"):
        request = update.request_class(
            update_mask=field_mask_pb2.FieldMask(paths=[path]),
            **{update.entity_field or "": model.message_class(id=created.id)},
        )
        got = await expect_error(
            call(channel, update, request, header_for(model, tenant)),
            grpc.StatusCode.INVALID_ARGUMENT,
        )
        assert got.reason == "INVALID_FIELD_MASK"


@pytest.mark.parametrize("service", CREATABLE, ids=IDS)
async def test_pagination_sees_every_document_once_under_concurrent_inserts(
    service: ServiceSpec, channel: grpc.aio.Channel, tenant: str
) -> None:
    model = service.model
    assert model is not None
    samples = Samples(channel, tenant)
    header = header_for(model, tenant)
    if is_tenant_entity(model):
        header = None
    first = [await samples.build(model) for _ in range(5)]
    later = [await samples.build(model) for _ in range(4)]
    for i, msg in enumerate(first + later):
        msg.id = model.ids.new() if model.ids.object_id else f"{tenant}-p{i:02d}"
    existing = await asyncio.gather(*(samples.create(model, m) for m in first))
    ids = [m.id for m in first + later]
    flt = " OR ".join(f'id = "{i}"' for i in ids)
    listed = method(service, Kind.LIST)
    assert listed is not None
    seen: list[str] = []
    token = ""
    pending = list(later)
    while True:
        page = await call(
            channel,
            listed,
            listed.request_class(page_size=2, page_token=token, filter=flt),
            header,
        )
        seen.extend(e.id for e in getattr(page, listed.response_field or ""))
        if pending:  # insert while paging: before and after the cursor
            await samples.create(model, pending.pop(0))
        token = page.next_page_token
        if not token:
            break
    assert len(seen) == len(set(seen)), "a document was returned twice"
    assert {e.id for e in existing} <= set(seen), "a document present throughout was missed"


@pytest.mark.parametrize("service", CREATABLE, ids=IDS)
async def test_bad_list_parameters_are_invalid_argument(
    service: ServiceSpec, channel: grpc.aio.Channel, tenant: str
) -> None:
    model = service.model
    assert model is not None
    listed = method(service, Kind.LIST)
    assert listed is not None
    header = header_for(model, tenant)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"filter": "no_such_field = 1"}, "INVALID_FILTER"),
        ({"page_token": "not-a-token"}, "INVALID_PAGE_TOKEN"),
        ({"order_by": "no_such_field desc"}, "INVALID_ORDER_BY"),
        ({"page_size": -1}, "INVALID_PAGE_SIZE"),
    ]
    for kwargs, reason in cases:
        got = await expect_error(
            call(channel, listed, listed.request_class(**kwargs), header),
            grpc.StatusCode.INVALID_ARGUMENT,
        )
        assert got.reason == reason
        assert got.violations, "a field violation names the bad parameter"
    # A token issued for one filter is refused with another.
    await Samples(channel, tenant).create(model)
    await Samples(channel, tenant).create(model)
    page = await call(channel, listed, listed.request_class(page_size=1), header)
    if page.next_page_token:
        got = await expect_error(
            call(
                channel,
                listed,
                listed.request_class(page_size=1, page_token=page.next_page_token, filter="id:*"),
                header,
            ),
            grpc.StatusCode.INVALID_ARGUMENT,
        )
        assert got.reason == "INVALID_PAGE_TOKEN"


UNIQUE_CASES = [
    (s, i.name) for s in ENTITY_SERVICES if s.model for i in s.model.indexes if i.unique
]


@pytest.mark.parametrize(
    ("service", "index_name"), UNIQUE_CASES, ids=[f"{s.full_name}:{n}" for s, n in UNIQUE_CASES]
)
async def test_unique_index_gives_already_exists(
    service: ServiceSpec, index_name: str, channel: grpc.aio.Channel, tenant: str
) -> None:
    model = service.model
    assert model is not None
    index = next(i for i in model.indexes if i.name == index_name)
    samples = Samples(channel, tenant)
    first = await samples.create(model)
    second = await samples.build(model)
    for field in index.fields:
        top = field.split(".")[0]
        second.ClearField(top)
        if first.HasField(top) if model.descriptor.fields_by_name[top].has_presence else True:
            value = getattr(first, top)
            if model.descriptor.fields_by_name[top].type == FieldDescriptor.TYPE_MESSAGE:
                getattr(second, top).CopyFrom(value)
            else:
                setattr(second, top, value)
    create = method(service, Kind.CREATE)
    assert create is not None
    got = await expect_error(
        call(
            channel,
            create,
            create.request_class(**{create.entity_field or "": second}),
            header_for(model, tenant),
        ),
        grpc.StatusCode.ALREADY_EXISTS,
    )
    assert got.reason == "ALREADY_EXISTS_UNIQUE"
    assert got.metadata["fields"] == ",".join(index.fields)


SECRET_SERVICES = [s for s in ENTITY_SERVICES if s.model and (s.model.secrets or s.model.encrypted)]


@pytest.mark.parametrize("service", SECRET_SERVICES, ids=lambda s: s.full_name)
async def test_secrets_never_returned_nor_stored_in_plaintext(
    service: ServiceSpec, channel: grpc.aio.Channel, tenant: str, server: Modelstore
) -> None:
    model = service.model
    assert model is not None
    samples = Samples(channel, tenant)
    created = await samples.create(model)
    plaintexts = [
        v.encode() for k, v in samples.secrets.items() if k.startswith(model.full_name + ".")
    ]
    assert plaintexts, "the sample filled the secret fields"
    # A keyed lookup secret (a session token) is returned once, by its Create
    # (SECRET_ALGORITHM_HMAC_SHA256 in storage.proto); every other response is checked.
    for name, secret in model.secrets.items():
        if secret.keyed:
            assert getattr(created, name) == samples.secrets[f"{model.full_name}.{name}"]
            created.ClearField(name)
    header = header_for(model, tenant)
    responses = [created]
    get = method(service, Kind.GET)
    listed = method(service, Kind.LIST)
    assert get is not None
    assert listed is not None
    responses.append(await call(channel, get, get.request_class(id=created.id), header))
    responses.append(
        await call(channel, listed, listed.request_class(filter=f'id = "{created.id}"'), header)
    )
    for response in responses:
        wire = response.SerializeToString()
        for secret in plaintexts:
            assert secret not in wire
    assert server.db is not None
    raw = await server.db[model.collection].find_one({"_id": either(created.id)})
    assert raw is not None
    stored = bson.encode(raw)
    for secret in plaintexts:
        assert secret not in stored
    for name in model.secrets:
        assert model.secrets[name].hash_key in raw
