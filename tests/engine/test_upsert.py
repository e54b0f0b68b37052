"""Upsert (AIP-134 `allow_missing`) of every entity, racing: exactly one create per id.

Each round sends `RACERS` concurrent Updates with `allow_missing` of one new id, built
like a Create (required fields, references): every call succeeds, one document exists,
and the audit log holds exactly one CREATE for it (the others are UPDATEs), never a
duplicate nor a unique violation surfacing as INTERNAL or ALREADY_EXISTS.
"""

from __future__ import annotations

import asyncio

import grpc
import pytest

from modelstore.v1 import change_pb2
from modelstore_server.app import Modelstore
from modelstore_server.engine.registry import Kind, ServiceSpec
from tests.engine.test_audit_log import audit_tenant, entries, of_entity
from tests.support import (
    ENTITY_SERVICES,
    Samples,
    call,
    either,
    expect_error,
    header_for,
    is_tenant_entity,
    method,
)

pytestmark = pytest.mark.timeout(180)

RACERS = 16
ROUNDS = 3
UPSERTABLE = [s for s in ENTITY_SERVICES if method(s, Kind.CREATE) and method(s, Kind.UPDATE)]
IDS = [s.full_name.rsplit(".", 1)[1] + "@" + s.full_name.split(".")[1] for s in UPSERTABLE]


def _new_id(service: ServiceSpec, tenant: str, n: int) -> str:
    model = service.model
    assert model is not None
    return model.ids.new() if model.ids.object_id else f"{tenant}-up{n}"


@pytest.mark.parametrize("service", UPSERTABLE, ids=IDS)
async def test_concurrent_upserts_of_one_id_create_it_once(
    service: ServiceSpec, channel: grpc.aio.Channel, tenant: str, server: Modelstore
) -> None:
    model = service.model
    assert model is not None
    update = method(service, Kind.UPDATE)
    assert update is not None
    header = header_for(model, tenant)
    samples = Samples(channel, tenant)
    # A hashed secret costs each racer a slow hash (scrypt, bcrypt): one round there.
    for n in range(1 if model.secrets else ROUNDS):
        doc_id = tenant if is_tenant_entity(model) and n == 0 else _new_id(service, tenant, n)
        if is_tenant_entity(model) and n > 0:
            break  # a tenant entity's id is the tenant: one round
        msg = await samples.build(model, doc_id=doc_id)
        request = update.request_class(allow_missing=True, **{update.entity_field or "": msg})
        replies = await asyncio.gather(
            *(call(channel, update, request, header) for _ in range(RACERS))
        )
        for reply in replies:
            assert getattr(reply, update.response_field or "").id == doc_id
        assert server.db is not None
        stored = await server.db[model.collection].count_documents({"_id": either(doc_id)})
        assert stored == 1
        seen = await entries(
            channel,
            audit_tenant(model, tenant, doc_id),
            of_entity(model.full_name, doc_id),
            page_size=100,
        )
        operations = [e.operation for e in seen]
        assert operations.count(change_pb2.CHANGE_OPERATION_CREATE) == 1, operations
        assert operations.count(change_pb2.CHANGE_OPERATION_UPDATE) == RACERS - 1, operations


# A tenant entity's one id is the test's tenant (its other tests may create it).
SCOPED = [s for s in UPSERTABLE if s.model is not None and not is_tenant_entity(s.model)]


@pytest.mark.parametrize("service", SCOPED, ids=lambda s: s.full_name)
async def test_an_upsert_with_an_etag_of_a_missing_entity_is_aborted(
    service: ServiceSpec, channel: grpc.aio.Channel, tenant: str
) -> None:
    """AIP-134/154: an etag names a stored version; none is stored, so the condition
    fails (ABORTED, ETAG_MISMATCH) and nothing is created."""
    model = service.model
    assert model is not None
    update = method(service, Kind.UPDATE)
    assert update is not None
    msg = await Samples(channel, tenant).build(model, doc_id=_new_id(service, tenant, 9))
    msg.etag = "AAAAAAAAAAAAAAAA"  # type: ignore[attr-defined]
    request = update.request_class(allow_missing=True, **{update.entity_field or "": msg})
    got = await expect_error(
        call(channel, update, request, header_for(model, tenant)), grpc.StatusCode.ABORTED
    )
    assert got.reason == "ETAG_MISMATCH"
    get = method(service, Kind.GET)
    assert get is not None
    await expect_error(
        call(channel, get, get.request_class(id=msg.id), header_for(model, tenant)),  # type: ignore[attr-defined]
        grpc.StatusCode.NOT_FOUND,
    )


REQUIRING = [
    s
    for s in SCOPED
    if s.model is not None
    and {n for n in s.model.required if n not in s.model.output_only} - {s.model.tenant_field}
]


@pytest.mark.parametrize("service", REQUIRING, ids=lambda s: s.full_name)
async def test_an_upsert_that_creates_meets_the_rules_of_create(
    service: ServiceSpec, channel: grpc.aio.Channel, tenant: str
) -> None:
    """Only the id written: a required field is missing, as Create would say (AIP-134)."""
    model = service.model
    assert model is not None
    update = method(service, Kind.UPDATE)
    assert update is not None
    header = header_for(model, tenant)
    doc_id = _new_id(service, tenant, 7)
    request = update.request_class(
        allow_missing=True, **{update.entity_field or "": model.message_class(id=doc_id)}
    )
    got = await expect_error(
        call(channel, update, request, header), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert got.violations
    assert all(field.startswith(f"{update.entity_field}.") for field, _ in got.violations)
    get = method(service, Kind.GET)
    assert get is not None
    await expect_error(
        call(channel, get, get.request_class(id=doc_id), header), grpc.StatusCode.NOT_FOUND
    )


async def test_an_upsert_that_creates_checks_every_reference_it_writes(
    channel: grpc.aio.Channel, tenant: str
) -> None:
    """An account's `user_id` is immutable (an update only compares it), yet the upsert
    that creates the account writes it: a missing user is REFERENCE_MISSING, as on Create."""
    service = next(s for s in UPSERTABLE if s.full_name == "modelstore.auth.v1.AccountService")
    model = service.model
    assert model is not None
    assert "user_id" in model.immutable
    update = method(service, Kind.UPDATE)
    assert update is not None
    msg = await Samples(channel, tenant).build(model, doc_id=_new_id(service, tenant, 5))
    msg.user_id = "no-such-user"  # type: ignore[attr-defined]
    request = update.request_class(allow_missing=True, **{update.entity_field or "": msg})
    got = await expect_error(call(channel, update, request), grpc.StatusCode.FAILED_PRECONDITION)
    assert got.reason == "REFERENCE_MISSING"
    assert got.metadata["field"] == "account.user_id"
