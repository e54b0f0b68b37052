"""Batch writes (AIP-233, 234, 235; issue 20 point 1) of every entity, on the real server.

Descriptor-driven over every entity with a BatchCreate: answers in request order,
idempotent retries, validation and preconditions naming the item with nothing written,
the bound. Then, on organizations, the all-or-nothing machinery: an item that loses a
race to a raw write made between the batch's check and its write undoes the items before
it, and a batch a dead process left `applying` is undone when its retry arrives.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import socket
import uuid
from typing import Any

import grpc
import pytest
from google.protobuf import field_mask_pb2

from modelstore.directory.v1 import organization_pb2 as org_pb2
from modelstore.directory.v1 import organization_pb2_grpc as org_grpc
from modelstore_server.app import Modelstore
from modelstore_server.engine.registry import MAX_BATCH_ITEMS, Kind, ServiceSpec
from modelstore_server.engine.store import EntityStore
from modelstore_server.engine.store.batch_journal import JOURNAL, BatchJournal, batch_key
from modelstore_server.engine.store.batches import Batches
from modelstore_server.storage.documents import Documents, version_of
from tests.engine.test_conformance import _editable_string
from tests.support import ENTITY_SERVICES, Samples, call, expect_error, header_for, method

pytestmark = pytest.mark.timeout(120)
BATCHED = [s for s in ENTITY_SERVICES if method(s, Kind.BATCH_CREATE)]
IDS = [s.full_name.rsplit(".", 1)[1] + "@" + s.full_name.split(".")[1] for s in BATCHED]


def _items(spec: Any, field: str, entities: list[Any]) -> list[Any]:
    item_class = spec.request_class.DESCRIPTOR.fields_by_name["requests"].message_type
    from google.protobuf.message_factory import GetMessageClass

    return [GetMessageClass(item_class)(**{field: e}) for e in entities]


def _without_keyed_secrets(service: ServiceSpec, msg: Any) -> Any:
    assert service.model is not None
    for name, secret in service.model.secrets.items():
        if secret.keyed:  # returned by a create only
            msg.ClearField(name)
    return msg


@pytest.mark.parametrize("service", BATCHED, ids=IDS)
async def test_batches_apply_in_order_and_retry_idempotently(
    service: ServiceSpec, channel: grpc.aio.Channel, tenant: str
) -> None:
    model = service.model
    assert model is not None
    samples, header = Samples(channel, tenant), header_for(model, tenant)
    create = method(service, Kind.BATCH_CREATE)
    assert create is not None
    assert create.item_entity_field is not None
    built = [await samples.build(model) for _ in range(3)]
    rid = uuid.uuid4().hex
    request = create.request_class(
        requests=_items(create, create.item_entity_field, built), request_id=rid
    )
    first = list(getattr(await call(channel, create, request, header), create.response_field))
    assert len(first) == 3
    assert all(e.id for e in first)
    for sent, got in zip(built, first, strict=True):  # in request order
        for fd in model.descriptor.fields:
            if (
                fd.name in model.required
                and fd.type == fd.TYPE_STRING
                and not model.hidden(fd.name)
            ):
                assert getattr(got, fd.name) == getattr(sent, fd.name)
    again = list(getattr(await call(channel, create, request, header), create.response_field))
    assert [e.id for e in again] == [e.id for e in first]
    assert [e.etag for e in again] == [e.etag for e in first]
    batch_get = method(service, Kind.BATCH_GET)
    assert batch_get is not None
    stored = await call(
        channel, batch_get, batch_get.request_class(ids=[e.id for e in first]), header
    )
    assert list(getattr(stored, batch_get.response_field or "")) == [
        _without_keyed_secrets(service, e) for e in first
    ]
    other = create.request_class(
        requests=_items(create, create.item_entity_field, built[:1]), request_id=rid
    )
    reused = await expect_error(
        call(channel, create, other, header), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert reused.reason == "REQUEST_ID_REUSED"

    update = method(service, Kind.BATCH_UPDATE)
    if update is not None and update.item_entity_field is not None:
        fd = _editable_string(service)
        changes = [model.message_class(id=e.id, etag=e.etag) for e in first]
        if fd is not None:
            for n, change in enumerate(changes):
                setattr(change, fd.name, f"changed {n}")
        items = _items(update, update.item_entity_field, changes)
        for item in items:
            item.update_mask.CopyFrom(field_mask_pb2.FieldMask(paths=[fd.name] if fd else []))
        response = await call(channel, update, update.request_class(requests=items), header)
        updated = list(getattr(response, update.response_field or ""))
        assert [e.id for e in updated] == [e.id for e in first]
        if fd is not None:
            assert [getattr(u, fd.name) for u in updated] == ["changed 0", "changed 1", "changed 2"]
        assert all(u.etag != e.etag for u, e in zip(updated, first, strict=True))
        first = updated

    delete = method(service, Kind.BATCH_DELETE)
    assert delete is not None
    item_class = delete.request_class.DESCRIPTOR.fields_by_name["requests"].message_type
    from google.protobuf.message_factory import GetMessageClass

    deletions = [GetMessageClass(item_class)(id=e.id, etag=e.etag) for e in reversed(first)]
    response = await call(channel, delete, delete.request_class(requests=deletions), header)
    if delete.response_field:  # soft delete: the deleted entities, in request order
        gone = list(getattr(response, delete.response_field))
        assert [e.id for e in gone] == [e.id for e in reversed(first)]
    else:
        await expect_error(
            call(channel, batch_get, batch_get.request_class(ids=[first[0].id]), header),
            grpc.StatusCode.NOT_FOUND,
        )


@pytest.mark.parametrize("service", BATCHED, ids=IDS)
async def test_batch_refusals_name_the_item_and_write_nothing(
    service: ServiceSpec, channel: grpc.aio.Channel, tenant: str
) -> None:
    model = service.model
    assert model is not None
    samples, header = Samples(channel, tenant), header_for(model, tenant)
    create = method(service, Kind.BATCH_CREATE)
    get = method(service, Kind.GET)
    assert create is not None
    assert get is not None
    assert create.item_entity_field is not None
    field = create.item_entity_field
    existing = await samples.create(model)
    fresh = await samples.build(model)
    fresh.id = model.ids.new()
    taken = await samples.build(model)
    taken.id = existing.id

    # A precondition (the id is taken) fails item 1: item 0 is not written either.
    request = create.request_class(requests=_items(create, field, [fresh, taken]))
    failed = await expect_error(
        call(channel, create, request, header), grpc.StatusCode.ALREADY_EXISTS
    )
    assert failed.metadata["index"] == "1"
    assert failed.message.startswith("requests[1]: ")
    await expect_error(
        call(channel, get, get.request_class(id=fresh.id), header), grpc.StatusCode.NOT_FOUND
    )

    # Request validation: one id twice, nothing at all, too many.
    twice = await samples.build(model)
    twice.id = fresh.id
    request = create.request_class(requests=_items(create, field, [fresh, twice]))
    bad = await expect_error(
        call(channel, create, request, header), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert (f"requests[1].{field}.id", "repeats the id of requests[0]") in bad.violations
    empty = await expect_error(
        call(channel, create, create.request_class(), header), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert empty.violations == [("requests", "is required")]
    many = create.request_class(requests=_items(create, field, [fresh] * (MAX_BATCH_ITEMS + 1)))
    over = await expect_error(call(channel, create, many, header), grpc.StatusCode.INVALID_ARGUMENT)
    assert over.reason == "LIMIT_EXCEEDED"

    delete = method(service, Kind.BATCH_DELETE)
    assert delete is not None
    item_class = delete.request_class.DESCRIPTOR.fields_by_name["requests"].message_type
    from google.protobuf.message_factory import GetMessageClass

    items = [GetMessageClass(item_class)(id=existing.id), GetMessageClass(item_class)(id=fresh.id)]
    missing = await expect_error(
        call(channel, delete, delete.request_class(requests=items), header),
        grpc.StatusCode.NOT_FOUND,
    )
    assert missing.metadata["index"] == "1"
    kept = getattr(
        await call(channel, get, get.request_class(id=existing.id), header),
        get.response_field or "",
    )
    assert kept.etag == existing.etag  # item 0 was not deleted


# ---- all or nothing, on organizations ------------------------------------------------


def _org(name: str) -> org_pb2.Organization:
    return org_pb2.Organization(name=name, slug=f"s-{uuid.uuid4().hex[:12]}")


async def _orgs(stub: org_grpc.OrganizationServiceStub, n: int) -> list[org_pb2.Organization]:
    request = org_pb2.BatchCreateOrganizationsRequest(
        requests=[org_pb2.CreateOrganizationRequest(organization=_org(f"o{i}")) for i in range(n)]
    )
    return list((await stub.BatchCreateOrganizations(request)).organizations)


def _renames(
    orgs: list[org_pb2.Organization], name: str
) -> list[org_pb2.UpdateOrganizationRequest]:
    return [
        org_pb2.UpdateOrganizationRequest(
            organization=org_pb2.Organization(id=o.id, name=name),
            update_mask=field_mask_pb2.FieldMask(paths=["name"]),
        )
        for o in orgs
    ]


async def test_an_item_losing_a_race_undoes_the_batch(
    server: Modelstore, channel: grpc.aio.Channel, monkeypatch: pytest.MonkeyPatch
) -> None:
    stub = org_grpc.OrganizationServiceStub(channel)
    orgs = await _orgs(stub, 3)
    assert server.db is not None
    raw = server.db["directory.organizations"]
    real_update = EntityStore.update
    calls = 0

    async def racing(self: EntityStore[Any], ctx: Any, entity: Any, *args: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 3:  # a seed app's write between the batch's check and item 2's write
            await raw.update_one({"_id": entity.id}, {"$set": {"name": "raced"}})
        return await real_update(self, ctx, entity, *args)

    monkeypatch.setattr(EntityStore, "update", racing)
    request = org_pb2.BatchUpdateOrganizationsRequest(requests=_renames(orgs, "batch"))
    failed = await expect_error(stub.BatchUpdateOrganizations(request), grpc.StatusCode.ABORTED)
    assert failed.metadata["index"] == "2"
    monkeypatch.undo()
    got = await stub.BatchGetOrganizations(
        org_pb2.BatchGetOrganizationsRequest(ids=[o.id for o in orgs])
    )
    # Items 0 and 1 are back exactly as they were (etag and all); the raw write is kept.
    assert [o.etag for o in got.organizations[:2]] == [o.etag for o in orgs[:2]]
    assert got.organizations[2].name == "raced"


async def test_a_batch_left_applying_by_a_dead_process_is_undone_on_retry(
    server: Modelstore, channel: grpc.aio.Channel
) -> None:
    stub = org_grpc.OrganizationServiceStub(channel)
    orgs = await _orgs(stub, 2)
    assert server.db is not None
    raw = server.db["directory.organizations"]
    before = [await raw.find_one({"_id": o.id}) for o in orgs]
    request = org_pb2.BatchUpdateOrganizationsRequest(
        requests=_renames(orgs, "retried"), request_id=uuid.uuid4().hex
    )
    # What a process killed after writing item 0 leaves: its record, and item 0 written.
    key = batch_key(org_pb2.Organization.DESCRIPTOR.full_name, None, request.request_id)
    await server.db[JOURNAL].insert_one(
        {
            "_id": key,
            "entity": org_pb2.Organization.DESCRIPTOR.full_name,
            "kind": "update",
            "h": hashlib.sha256(request.SerializeToString(deterministic=True)).digest(),
            "state": "applying",
            "owner": "gone-host:1",
            "lease": before[0]["createdAt"],  # long past
            "items": [{"id": d["_id"], "before": d, "rid": ""} for d in before],
        }
    )
    await raw.update_one({"_id": orgs[0].id}, {"$set": {"name": "half", "etag": "x"}})
    renamed = (await stub.BatchUpdateOrganizations(request)).organizations
    assert [o.name for o in renamed] == ["retried", "retried"]
    # The half-applied write was undone before the batch ran anew: the stamp is the batch's.
    after = await raw.find_one({"_id": orgs[0].id})
    assert after is not None
    assert after["etag"] != "x"
    assert version_of(after) == renamed[0].etag
    record = await server.db[JOURNAL].find_one({"_id": key})
    assert record is not None
    assert record["state"] == "applied"
    again = (await stub.BatchUpdateOrganizations(request)).organizations
    assert [o.etag for o in again] == [o.etag for o in renamed]


async def test_a_unique_value_taken_mid_insert_undoes_the_items_before_it(
    channel: grpc.aio.Channel,
) -> None:
    stub = org_grpc.OrganizationServiceStub(channel)
    (existing,) = await _orgs(stub, 1)
    fresh = [_org("first"), _org("second"), _org("third")]
    fresh[1].slug = existing.slug  # only the database's unique index knows it is taken
    request = org_pb2.BatchCreateOrganizationsRequest(
        requests=[org_pb2.CreateOrganizationRequest(organization=o) for o in fresh]
    )
    failed = await expect_error(
        stub.BatchCreateOrganizations(request), grpc.StatusCode.ALREADY_EXISTS
    )
    assert failed.metadata["index"] == "1"
    assert failed.metadata["fields"] == "slug"
    listed = await stub.ListOrganizations(
        org_pb2.ListOrganizationsRequest(filter=f'slug = "{fresh[0].slug}"')
    )
    assert list(listed.organizations) == []  # item 0 was stored by the insert, then undone


async def test_a_delete_losing_a_race_puts_the_deleted_items_back(
    server: Modelstore, channel: grpc.aio.Channel, monkeypatch: pytest.MonkeyPatch
) -> None:
    stub = org_grpc.OrganizationServiceStub(channel)
    orgs = await _orgs(stub, 3)
    assert server.db is not None
    raw = server.db["directory.organizations"]
    real_delete = EntityStore.delete
    calls = 0

    async def racing(self: EntityStore[Any], ctx: Any, doc_id: str, *args: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 3:
            await raw.update_one({"_id": doc_id}, {"$set": {"name": "raced"}})
        return await real_delete(self, ctx, doc_id, *args)

    monkeypatch.setattr(EntityStore, "delete", racing)
    request = org_pb2.BatchDeleteOrganizationsRequest(
        requests=[org_pb2.DeleteOrganizationRequest(id=o.id) for o in orgs]
    )
    failed = await expect_error(stub.BatchDeleteOrganizations(request), grpc.StatusCode.ABORTED)
    assert failed.metadata["index"] == "2"
    monkeypatch.undo()
    got = await stub.BatchGetOrganizations(
        org_pb2.BatchGetOrganizationsRequest(ids=[o.id for o in orgs])
    )
    # Items 0 and 1 were deleted and are back, byte for byte (the same etags).
    assert [o.etag for o in got.organizations[:2]] == [o.etag for o in orgs[:2]]
    assert got.organizations[2].name == "raced"


async def test_one_request_id_sent_twice_at_once_applies_once(channel: grpc.aio.Channel) -> None:
    stub = org_grpc.OrganizationServiceStub(channel)
    orgs = [_org(f"twin{i}") for i in range(5)]
    request = org_pb2.BatchCreateOrganizationsRequest(
        requests=[org_pb2.CreateOrganizationRequest(organization=o) for o in orgs],
        request_id=uuid.uuid4().hex,
    )
    answers = await asyncio.gather(
        *(stub.BatchCreateOrganizations(request) for _ in range(4)), return_exceptions=True
    )
    ok = [a for a in answers if not isinstance(a, BaseException)]
    assert ok  # the first to begin applies it; the others replay it or are told to retry
    assert {tuple(o.id for o in a.organizations) for a in ok} == {
        tuple(o.id for o in ok[0].organizations)
    }
    for failed in (a for a in answers if isinstance(a, grpc.aio.AioRpcError)):
        assert failed.code() == grpc.StatusCode.ABORTED
    stored = await stub.ListOrganizations(
        org_pb2.ListOrganizationsRequest(filter=f'slug = "{orgs[0].slug}"')
    )
    assert len(stored.organizations) == 1


async def test_start_up_recovery_removes_what_a_dead_batch_create_inserted(
    server: Modelstore,
) -> None:
    assert server.db is not None
    assert server.caps is not None
    entity = org_pb2.Organization.DESCRIPTOR.full_name
    key = batch_key(entity, None, uuid.uuid4().hex)
    raw = server.db["directory.organizations"]
    # What a process killed during the insert leaves: the record, and item 0 inserted.
    inserted = {"_id": f"org-{key[:12]}", "name": "half", "slug": f"s-{key[:12]}"}
    inserted["_rid"] = {"id": f"{key}:0", "h": b""}
    await raw.insert_one(inserted)
    await server.db[
        JOURNAL
    ].insert_one(
        {
            "_id": key,
            "entity": entity,
            "kind": "create",
            "h": b"",
            "state": "applying",
            "owner": f"{socket.gethostname()}:{2**22 + 7}",  # no such process here
            "lease": dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5),  # not yet run out
            "items": [
                {"id": inserted["_id"], "before": None, "rid": f"{key}:0"},
                {"id": f"org-{key[12:24]}", "before": None, "rid": f"{key}:1"},
            ],
        }
    )
    journal = BatchJournal(Documents(server.db[JOURNAL], server.caps))
    assert await Batches(journal, server.stores).recover() >= 1
    assert await raw.find_one({"_id": inserted["_id"]}) is None
    assert await server.db[JOURNAL].find_one({"_id": key}) is None


async def test_a_bad_mask_on_a_later_item_is_refused_before_any_write(
    channel: grpc.aio.Channel, monkeypatch: pytest.MonkeyPatch
) -> None:
    stub = org_grpc.OrganizationServiceStub(channel)
    orgs = await _orgs(stub, 2)
    writes = 0
    real_update = EntityStore.update

    async def counted(self: EntityStore[Any], *args: Any) -> Any:
        nonlocal writes
        writes += 1
        return await real_update(self, *args)

    monkeypatch.setattr(EntityStore, "update", counted)
    renames = _renames(orgs, "never")
    renames[1].update_mask.paths[:] = ["no_such_field"]
    request = org_pb2.BatchUpdateOrganizationsRequest(requests=renames)
    failed = await expect_error(
        stub.BatchUpdateOrganizations(request), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert failed.metadata["index"] == "1"
    assert writes == 0


async def test_a_batch_reads_each_parent_once_before_and_once_after_its_insert(
    server: Modelstore, channel: grpc.aio.Channel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fifty users of one workspace: its reference is read twice, not a hundred times."""
    from modelstore.platform.v1 import user_pb2, user_pb2_grpc, workspace_pb2, workspace_pb2_grpc

    tenant = f"ws-batch-{uuid.uuid4().hex[:8]}"
    header = (("x-tenant-id", tenant),)
    await workspace_pb2_grpc.WorkspaceServiceStub(channel).CreateWorkspace(
        workspace_pb2.CreateWorkspaceRequest(workspace=workspace_pb2.Workspace(id=tenant, name="B"))
    )
    parents = server.stores["modelstore.platform.v1.Workspace"].documents
    real_find_one = Documents.find_one
    reads = 0

    async def counted(self: Documents, *args: Any, **kwargs: Any) -> Any:
        nonlocal reads
        reads += self is parents
        return await real_find_one(self, *args, **kwargs)

    monkeypatch.setattr(Documents, "find_one", counted)
    users = user_pb2_grpc.UserServiceStub(channel)
    request = user_pb2.BatchCreateUsersRequest(
        requests=[
            user_pb2.CreateUserRequest(user=user_pb2.User(username=f"u{i}-{uuid.uuid4().hex[:6]}"))
            for i in range(50)
        ]
    )
    created = (await users.BatchCreateUsers(request, metadata=header)).users
    assert len(created) == 50
    assert reads == 2
    # A missing parent still fails the batch, naming the first item that names it.
    request.requests[3].user.workspace_id = "ws-missing"
    failed = await expect_error(
        users.BatchCreateUsers(request, metadata=(("x-tenant-id", "ws-missing"),)),
        grpc.StatusCode.FAILED_PRECONDITION,
    )
    assert failed.reason == "REFERENCE_MISSING"
