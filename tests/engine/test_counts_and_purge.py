"""List's `total_size` (AIP-158) and `Purge<Foos>` (AIP-165), for every entity that has them.

Descriptor-driven like the conformance suite: each entity a client can create gets the
same checks, on the shared server. The cost guards are the store's own `limits`, narrowed
for one test on the running server (the settings `count_limit` and `purge_limit` set them
at start-up).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import grpc
import pytest
from bson import ObjectId

from modelstore.v1 import change_pb2
from modelstore_server.app import Modelstore
from modelstore_server.engine.registry import Kind, ServiceSpec
from modelstore_server.engine.store.bulk_limits import BulkLimits
from tests.engine.test_audit_log import AUDIT, audit_tenant, entries, of_entity
from tests.support import (
    ENTITY_SERVICES,
    MODELS,
    SERVICE_OF,
    Samples,
    call,
    either,
    expect_error,
    header_for,
    is_tenant_entity,
    method,
)

pytestmark = pytest.mark.timeout(180)

PURGEABLE = [s for s in ENTITY_SERVICES if method(s, Kind.CREATE) and method(s, Kind.PURGE)]
WORKSPACE = "modelstore.platform.v1.Workspace"
IDS = [s.full_name.rsplit(".", 1)[1] + "@" + s.full_name.split(".")[1] for s in PURGEABLE]


def _any_of(ids: list[str]) -> str:
    return " OR ".join(f'id = "{i}"' for i in ids)


async def _created(service: ServiceSpec, samples: Samples, n: int) -> list[Any]:
    assert service.model is not None
    return [await samples.create(service.model) for _ in range(n)]


@pytest.fixture
def narrowed(server: Modelstore) -> Iterator[Any]:
    """Set one store's limits for a test, restoring them after."""
    saved = {name: store.limits for name, store in server.stores.items()}

    def narrow(full_name: str, limits: BulkLimits) -> None:
        server.stores[full_name].limits = limits

    yield narrow
    for name, limits in saved.items():
        server.stores[name].limits = limits


def test_every_entity_with_a_list_has_purge_and_a_total() -> None:
    for service in ENTITY_SERVICES:
        listed = method(service, Kind.LIST)
        if listed is None or service.model is None:
            continue
        assert "show_total_size" in listed.request_class.DESCRIPTOR.fields_by_name
        assert "total_size" in listed.response_class.DESCRIPTOR.fields_by_name
        purge = method(service, Kind.PURGE)
        # The audit log is the server's record, never purged by a client.
        assert (purge is None) == (service.model.collection == "modelstore.audit_log")


@pytest.mark.parametrize("service", PURGEABLE, ids=IDS)
async def test_total_size_counts_the_filter_across_pages(
    service: ServiceSpec, channel: grpc.aio.Channel, tenant: str
) -> None:
    model = service.model
    assert model is not None
    header = header_for(model, tenant)
    made = await _created(service, Samples(channel, tenant), 3)
    listed = method(service, Kind.LIST)
    assert listed is not None
    flt = _any_of([m.id for m in made])
    first = await call(
        channel,
        listed,
        listed.request_class(page_size=2, filter=flt, show_total_size=True),
        header,
    )
    assert (first.total_size, first.total_size_capped) == (3, False)
    assert len(getattr(first, listed.response_field or "")) == 2
    # A later page reports the same total: the count ignores the page token's range.
    second = await call(
        channel,
        listed,
        listed.request_class(
            page_size=2, filter=flt, page_token=first.next_page_token, show_total_size=True
        ),
        header,
    )
    assert second.total_size == 3
    # Not asked: no count.
    plain = await call(channel, listed, listed.request_class(filter=flt), header)
    assert plain.total_size == 0


async def test_total_size_past_the_count_limit_is_capped(
    channel: grpc.aio.Channel, tenant: str, narrowed: Any
) -> None:
    service = SERVICE_OF[WORKSPACE]
    made = await _created(service, Samples(channel, tenant), 4)
    listed = method(service, Kind.LIST)
    assert listed is not None
    flt = _any_of([m.id for m in made])
    narrowed(WORKSPACE, BulkLimits(count=3))
    over = await call(
        channel, listed, listed.request_class(page_size=1, filter=flt, show_total_size=True)
    )
    assert (over.total_size, over.total_size_capped) == (3, True)
    narrowed(WORKSPACE, BulkLimits(count=4))
    exact = await call(
        channel, listed, listed.request_class(page_size=1, filter=flt, show_total_size=True)
    )
    assert (exact.total_size, exact.total_size_capped) == (4, False)


@pytest.mark.parametrize("service", PURGEABLE, ids=IDS)
async def test_purge_dry_run_then_force_deletes_exactly_the_match(
    service: ServiceSpec, channel: grpc.aio.Channel, tenant: str
) -> None:
    model = service.model
    assert model is not None
    header = header_for(model, tenant)
    made = await _created(service, Samples(channel, tenant), 3)
    doomed, kept = [m.id for m in made[:2]], made[2].id
    wanted = list(doomed)
    other_tenant = model.tenant_field is not None and not is_tenant_entity(model)
    if other_tenant:  # another tenant's entity, named by the filter too, stays out of reach
        stranger = await Samples(channel, str(ObjectId())).create(model)
        wanted.append(stranger.id)
    purge = method(service, Kind.PURGE)
    assert purge is not None
    dry = await call(channel, purge, purge.request_class(filter=_any_of(wanted)), header)
    assert dry.purge_count == 2
    assert sorted(dry.purge_sample) == sorted(doomed)
    get = method(service, Kind.GET)
    assert get is not None
    for doc_id in doomed:  # a dry run deletes nothing
        await call(channel, get, get.request_class(id=doc_id), header)

    done = await call(
        channel, purge, purge.request_class(filter=_any_of(wanted), force=True), header
    )
    assert done.purge_count == 2
    assert sorted(done.purge_sample) == sorted(doomed)
    for doc_id in doomed:
        await expect_error(
            call(channel, get, get.request_class(id=doc_id), header), grpc.StatusCode.NOT_FOUND
        )
    await call(channel, get, get.request_class(id=kept), header)
    if other_tenant:
        await call(
            channel, get, get.request_class(id=stranger.id), stranger_header(stranger, model)
        )
    # Each purged entity has its DELETE audit entry, like a Delete's.
    for doc_id in doomed:
        seen = await entries(
            channel,
            audit_tenant(model, tenant, doc_id),
            of_entity(model.full_name, doc_id),
            page_size=100,
        )
        deletes = [e for e in seen if e.operation == change_pb2.CHANGE_OPERATION_DELETE]
        assert len(deletes) == 1
        assert deletes[0].rpc.endswith("/" + purge.descriptor.name)
    # The audit log's List counts too: one DELETE entry per purged entity.
    audit_list = method(AUDIT, Kind.LIST)
    assert audit_list is not None
    flt = f'entity_type = "{model.full_name}" AND operation = CHANGE_OPERATION_DELETE AND ('
    flt += " OR ".join(f'entity_id = "{i}"' for i in doomed) + ")"
    counted = await call(
        channel,
        audit_list,
        audit_list.request_class(filter=flt, show_total_size=True, page_size=1),
        audit_tenant(model, tenant, doomed[0]) if not is_tenant_entity(model) else None,
    )
    assert counted.total_size == 2
    again = await call(
        channel, purge, purge.request_class(filter=_any_of(wanted), force=True), header
    )
    assert again.purge_count == 0


def stranger_header(entity: Any, model: Any) -> str:
    return str(getattr(entity, model.tenant_field))


@pytest.mark.parametrize("service", PURGEABLE, ids=IDS)
async def test_bad_purge_requests_are_invalid_argument(
    service: ServiceSpec, channel: grpc.aio.Channel, tenant: str
) -> None:
    model = service.model
    assert model is not None
    purge = method(service, Kind.PURGE)
    assert purge is not None
    header = header_for(model, tenant)
    for request, reason in (
        (purge.request_class(force=True), None),
        (purge.request_class(filter="   ", force=True), None),
        (purge.request_class(filter="no_such_field = 1", force=True), "INVALID_FILTER"),
    ):
        got = await expect_error(
            call(channel, purge, request, header), grpc.StatusCode.INVALID_ARGUMENT
        )
        assert [field for field, _ in got.violations] == ["filter"]
        if reason is not None:
            assert got.reason == reason


async def test_purge_star_takes_the_whole_tenant_and_soft_deleted_ones(
    channel: grpc.aio.Channel, tenant: str
) -> None:
    """`*` is every entity of the caller's tenant, live and soft-deleted alike."""
    model = MODELS["modelstore.iam.v1.Role"]
    service = SERVICE_OF[model.full_name]
    assert model.soft_delete_field
    made = await _created(service, Samples(channel, tenant), 3)
    stranger = await Samples(channel, str(ObjectId())).create(model)
    delete, purge = method(service, Kind.DELETE), method(service, Kind.PURGE)
    assert delete is not None
    assert purge is not None
    await call(channel, delete, delete.request_class(id=made[0].id), tenant)
    dry = await call(channel, purge, purge.request_class(filter="*"), tenant)
    assert (dry.purge_count, sorted(dry.purge_sample)) == (3, sorted(m.id for m in made))
    done = await call(channel, purge, purge.request_class(filter="*", force=True), tenant)
    assert done.purge_count == 3
    listed = method(service, Kind.LIST)
    assert listed is not None
    left = await call(
        channel, listed, listed.request_class(show_deleted=True, show_total_size=True), tenant
    )
    assert left.total_size == 0
    other = await call(
        channel, listed, listed.request_class(show_total_size=True), str(stranger.tenant_id)
    )
    assert other.total_size == 1


async def test_a_forced_purge_stops_at_the_purge_limit(
    channel: grpc.aio.Channel, tenant: str, narrowed: Any
) -> None:
    service = SERVICE_OF[WORKSPACE]
    made = await _created(service, Samples(channel, tenant), 5)
    purge = method(service, Kind.PURGE)
    assert purge is not None
    flt = _any_of([m.id for m in made])
    narrowed(WORKSPACE, BulkLimits(purge=3))
    first = await call(channel, purge, purge.request_class(filter=flt, force=True))
    assert first.purge_count == 3
    rest = await call(channel, purge, purge.request_class(filter=flt, force=True))
    assert rest.purge_count == 2
    assert sorted([*first.purge_sample, *rest.purge_sample]) == sorted(m.id for m in made)


async def test_purging_parents_cascades_to_their_children(
    channel: grpc.aio.Channel, tenant: str, server: Modelstore
) -> None:
    """auth.v1 Session refers to its User with on_delete CASCADE: purging users takes them."""
    sessions = MODELS["modelstore.auth.v1.Session"]
    samples = Samples(channel, tenant)
    made = await asyncio.gather(*(samples.create(sessions) for _ in range(2)))
    users = SERVICE_OF["modelstore.auth.v1.User"]
    purge = method(users, Kind.PURGE)
    assert purge is not None
    flt = _any_of([s.user_id for s in made])
    done = await call(channel, purge, purge.request_class(filter=flt, force=True))
    assert done.purge_count == 2
    assert server.db is not None
    for session in made:
        assert await server.db[sessions.collection].find_one({"_id": either(session.id)}) is None
        assert await server.db["auth.users"].find_one({"_id": either(session.user_id)}) is None


async def test_an_interrupted_purge_leaves_no_dangling_child_and_resumes(
    channel: grpc.aio.Channel, tenant: str, server: Modelstore
) -> None:
    """The users' deletion fails after their sessions went (fault injected at the storage
    layer): no session is left of a deleted user, and the same purge again completes."""
    from tests.engine.test_relations import _FailingCollection

    sessions = MODELS["modelstore.auth.v1.Session"]
    session = await Samples(channel, tenant).create(sessions)
    users = SERVICE_OF["modelstore.auth.v1.User"]
    purge = method(users, Kind.PURGE)
    assert purge is not None
    store = server.stores["modelstore.auth.v1.User"]
    real = store.documents._collection
    failing = "find_one_and_delete" if store.hooks.after_write else "delete_many"
    store.documents._collection = _FailingCollection(real, failing)  # type: ignore[assignment]
    request = purge.request_class(filter=f'id = "{session.user_id}"', force=True)
    try:
        await expect_error(call(channel, purge, request), grpc.StatusCode.INTERNAL)
    finally:
        store.documents._collection = real
    assert server.db is not None
    assert await server.db[sessions.collection].find_one({"_id": either(session.id)}) is None
    assert await server.db["auth.users"].find_one({"_id": either(session.user_id)}) is not None
    assert (await call(channel, purge, request)).purge_count == 1
    assert await server.db["auth.users"].find_one({"_id": either(session.user_id)}) is None
