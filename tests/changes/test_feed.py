"""The change feed end to end: capture from the database's log, the change log, ChangeService.

A server of its own with the feed on (on the embedded backend: logical decoding of the
session's PostgreSQL; on MongoDB: change streams). Descriptor-driven: every entity's
create, update and delete (soft where it has soft delete) shows up as its events, in
order, with the etags the writes returned and no secret. Then resume, tenant isolation,
writes made straight to a collection, filters, start time and the trimmed history.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import pathlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest
from google.protobuf import field_mask_pb2, timestamp_pb2
from pymongo import AsyncMongoClient

from modelstore.platform.v1 import user_pb2, workspace_pb2, workspace_pb2_grpc
from modelstore.v1 import change_pb2, change_pb2_grpc
from modelstore_server.app import Modelstore
from modelstore_server.changes import log as changes_log
from modelstore_server.engine.registry import Kind, ServiceSpec
from modelstore_server.storage.change_capture import PostgresChangeSource
from tests.conftest import make_settings
from tests.statistics import EMBEDDED
from tests.support import ENTITY_SERVICES, Samples, call, expect_error, header_for, method

pytestmark = pytest.mark.timeout(180)

OP = change_pb2.ChangeOperation
FED = [s for s in ENTITY_SERVICES if s.model and s.model.collection != "modelstore.audit_log"]


@pytest.fixture(scope="module")
async def fed(database_uri: str, tmp_root: pathlib.Path) -> AsyncIterator[Modelstore]:
    """A server with the change feed on, on a database of its own."""
    embedded = EMBEDDED.get(database_uri)
    capture_url = embedded.postgres.url if embedded is not None else None
    app = Modelstore(
        make_settings(
            database_uri,
            tmp_root / f"feed-{uuid.uuid4().hex[:6]}",
            change_feed=True,
            change_capture_url=capture_url,
        )
    )
    await app.start()
    assert app.capture is not None, "this backend offers no log of committed writes"
    try:
        yield app
    finally:
        await app.stop(grace=0)


@pytest.fixture(scope="module")
async def fed_channel(fed: Modelstore) -> AsyncIterator[grpc.aio.Channel]:
    async with grpc.aio.insecure_channel(fed.address) as ch:
        yield ch


def feed(channel: grpc.aio.Channel) -> change_pb2_grpc.ChangeServiceStub:
    return change_pb2_grpc.ChangeServiceStub(channel)


async def changes_of(
    channel: grpc.aio.Channel,
    entity_type: str,
    entity_id: str,
    count: int,
    tenant: str | None = None,
    within: float = 20,
) -> list[change_pb2.ChangeEvent]:
    """Poll ListChanges until `count` events of one entity are there; return them."""
    metadata = (("x-tenant-id", tenant),) if tenant else None
    deadline = asyncio.get_running_loop().time() + within
    while True:
        reply = await feed(channel).ListChanges(
            change_pb2.ListChangesRequest(
                entity_types=[entity_type],
                filter=f'entity_id = "{entity_id}"',
                page_size=1000,
            ),
            metadata=metadata,
            timeout=10,
        )
        if len(reply.events) >= count or asyncio.get_running_loop().time() > deadline:
            return list(reply.events)
        await asyncio.sleep(0.05)


def _editable(service: ServiceSpec) -> Any:
    from tests.engine.test_conformance import _editable_string

    return _editable_string(service)


@pytest.mark.parametrize("service", FED, ids=lambda s: s.full_name)
async def test_every_write_is_an_event(
    service: ServiceSpec, fed_channel: grpc.aio.Channel, fed: Modelstore, tenant: str
) -> None:
    model = service.model
    assert model is not None
    header = header_for(model, tenant)
    created = await Samples(fed_channel, tenant).create(model)
    etags = [created.etag]
    expected = [OP.CHANGE_OPERATION_CREATE]

    update = method(service, Kind.UPDATE)
    fd = _editable(service) if update is not None else None
    if update is not None and fd is not None:
        changed = model.message_class(id=created.id, etag=created.etag)
        setattr(changed, fd.name, "changed value")
        request = update.request_class(
            update_mask=field_mask_pb2.FieldMask(paths=[fd.name]),
            **{update.entity_field or "": changed},
        )
        updated = getattr(await call(fed_channel, update, request, header), update.response_field)
        etags.append(updated.etag)
        expected.append(OP.CHANGE_OPERATION_UPDATE)

    delete = method(service, Kind.DELETE)
    assert delete is not None
    deleted = await call(fed_channel, delete, delete.request_class(id=created.id), header)
    if model.soft_delete_field:
        expected.append(OP.CHANGE_OPERATION_SOFT_DELETE)
        etags.append(getattr(deleted, delete.response_field or "").etag)
        undelete = method(service, Kind.UNDELETE)
        if undelete is not None:
            restored = await call(
                fed_channel, undelete, undelete.request_class(id=created.id), header
            )
            expected.append(OP.CHANGE_OPERATION_UNDELETE)
            etags.append(getattr(restored, undelete.response_field or "").etag)
    else:
        expected.append(OP.CHANGE_OPERATION_DELETE)
        etags.append("")

    events = await changes_of(fed_channel, model.full_name, created.id, len(expected), header)
    assert [e.operation for e in events] == expected
    assert [e.etag for e in events] == etags
    assert [e.resume_token for e in events] == sorted(e.resume_token for e in events)
    tenant_of = created.id if model.tenant_field == "id" else (tenant if header else "")
    for event in events:
        assert event.entity_type == model.full_name
        assert event.entity_id == created.id
        if model.tenant_field:
            assert event.tenant == tenant_of
        assert event.HasField("commit_time")
    first = events[0]
    assert first.entity.Is(model.descriptor)
    entity = model.message_class()
    first.entity.Unpack(entity)
    assert entity.id == created.id
    for name in [*model.secrets, *model.encrypted]:
        assert not getattr(entity, name), name  # named as changed at most, never carried
    if OP.CHANGE_OPERATION_UPDATE in expected:
        assert fd is not None
        assert list(events[expected.index(OP.CHANGE_OPERATION_UPDATE)].changed_paths) == [fd.name]
    assert not events[-1].HasField("entity") or model.soft_delete_field
    if model.soft_delete_field:
        soft = expected.index(OP.CHANGE_OPERATION_SOFT_DELETE)
        assert model.soft_delete_field in events[soft].changed_paths

    # Nothing secret is in the log itself, whatever a reader asks for.
    stored = (
        await fed.db[changes_log.COLLECTION]
        .find(  # type: ignore[index]
            {"entityId": created.id}
        )
        .to_list()
    )
    hidden = {s.hash_key for s in model.secrets.values()} | {
        s.salt_key for s in model.secrets.values() if s.salt_key
    }
    hidden |= {model.field_keys[n] for n in model.encrypted if n in model.field_keys}
    for doc in stored:
        assert not hidden & set(doc.get("entity", {})), doc


async def create_workspace(channel: grpc.aio.Channel, wid: str) -> workspace_pb2.Workspace:
    stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
    reply = await stub.CreateWorkspace(
        workspace_pb2.CreateWorkspaceRequest(workspace=workspace_pb2.Workspace(id=wid, name=wid)),
        timeout=10,
    )
    return reply.workspace


async def rename(channel: grpc.aio.Channel, wid: str, name: str) -> workspace_pb2.Workspace:
    stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
    reply = await stub.UpdateWorkspace(
        workspace_pb2.UpdateWorkspaceRequest(
            workspace=workspace_pb2.Workspace(id=wid, name=name),
            update_mask=field_mask_pb2.FieldMask(paths=["name"]),
        ),
        metadata=(("x-tenant-id", wid),),
        timeout=10,
    )
    return reply.workspace


async def collect(
    call_: Any, count: int, within: float = 20
) -> tuple[list[change_pb2.ChangeEvent], str]:
    """Read a WatchChanges stream until `count` events came; return them and the last token."""
    events: list[change_pb2.ChangeEvent] = []
    token = ""

    async def read() -> None:
        nonlocal token
        async for reply in call_:
            events.extend(reply.events)
            token = reply.resume_token
            if len(events) >= count:
                return

    await asyncio.wait_for(read(), within)
    return events, token


async def test_watch_resumes_after_its_token_with_no_gap_and_no_repeat(
    fed_channel: grpc.aio.Channel, unique: str
) -> None:
    wid = f"ws-watch-{unique}"
    only_ours = change_pb2.WatchChangesRequest(
        entity_types=["modelstore.platform.v1.Workspace"], filter=f'entity_id = "{wid}"'
    )
    first = feed(fed_channel).WatchChanges(only_ours)
    await create_workspace(fed_channel, wid)
    for i in range(3):
        await rename(fed_channel, wid, f"name {i}")
    seen, token = await collect(first, 4)
    first.cancel()
    # Writes while nobody watches, then a resume from the last token: exactly those.
    names = [f"later {i}" for i in range(5)]
    etags = [(await rename(fed_channel, wid, name)).etag for name in names]
    resumed = feed(fed_channel).WatchChanges(
        change_pb2.WatchChangesRequest(
            entity_types=list(only_ours.entity_types),
            filter=only_ours.filter,
            resume_token=token,
        )
    )
    rest, _ = await collect(resumed, 5)
    resumed.cancel()
    updates = [OP.CHANGE_OPERATION_UPDATE] * 3
    assert [e.operation for e in seen] == [OP.CHANGE_OPERATION_CREATE, *updates]
    assert [e.etag for e in rest] == etags
    tokens = [e.resume_token for e in seen + rest]
    assert tokens == sorted(set(tokens))


async def test_a_tenant_sees_only_its_own_events(
    fed_channel: grpc.aio.Channel, unique: str
) -> None:
    mine, theirs = f"ws-mine-{unique}", f"ws-theirs-{unique}"
    await create_workspace(fed_channel, mine)
    await create_workspace(fed_channel, theirs)
    await rename(fed_channel, theirs, "not for you")
    await rename(fed_channel, mine, "for you")
    await changes_of(fed_channel, "modelstore.platform.v1.Workspace", mine, 2)
    reply = await feed(fed_channel).ListChanges(
        change_pb2.ListChangesRequest(page_size=1000),
        metadata=(("x-tenant-id", mine),),
        timeout=10,
    )
    tenants = {e.tenant for e in reply.events if e.tenant}
    assert tenants == {mine}
    assert any(e.entity_id == mine for e in reply.events)


async def test_a_write_straight_to_the_collection_is_an_event(
    fed_channel: grpc.aio.Channel, fed: Modelstore, database_uri: str, unique: str
) -> None:
    """A seed's own app writing with its driver: the feed is read from the database's log."""
    wid = f"ws-raw-{unique}"
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(database_uri)
    try:
        coll = client[fed.settings.database]["platform.workspaces"]
        await coll.insert_one({"_id": wid, "name": "raw", "status": "active"})
        await coll.update_one({"_id": wid}, {"$set": {"name": "raw 2", "extra": 1}})
        got = await workspace_pb2_grpc.WorkspaceServiceStub(fed_channel).GetWorkspace(
            workspace_pb2.GetWorkspaceRequest(id=wid)
        )
        await coll.delete_one({"_id": wid})
    finally:
        await client.close()
    events = await changes_of(fed_channel, "modelstore.platform.v1.Workspace", wid, 3)
    assert [e.operation for e in events] == [
        OP.CHANGE_OPERATION_CREATE,
        OP.CHANGE_OPERATION_UPDATE,
        OP.CHANGE_OPERATION_DELETE,
    ]
    assert list(events[1].changed_paths) == ["extra", "name"]
    # The etag of another writer's write is the one Get reported for it (a digest of the
    # document, docs/consistency.md "Etags"), in the event and in its entity.
    assert events[1].etag == got.workspace.etag != events[0].etag
    entity = workspace_pb2.Workspace()
    assert events[1].entity.Unpack(entity)
    assert entity.etag == got.workspace.etag
    assert events[2].tenant == wid  # from the document as it was


async def test_filters_masks_and_bad_requests(fed_channel: grpc.aio.Channel, unique: str) -> None:
    wid = f"ws-filter-{unique}"
    await create_workspace(fed_channel, wid)
    await rename(fed_channel, wid, "renamed")
    await changes_of(fed_channel, "modelstore.platform.v1.Workspace", wid, 2)
    reply = await feed(fed_channel).ListChanges(
        change_pb2.ListChangesRequest(
            filter=f'entity_id = "{wid}" AND operation = UPDATE AND changed_paths:"name"',
            read_mask=field_mask_pb2.FieldMask(paths=["name"]),
        ),
        timeout=10,
    )
    assert [e.operation for e in reply.events] == [OP.CHANGE_OPERATION_UPDATE]
    entity = workspace_pb2.Workspace()
    reply.events[0].entity.Unpack(entity)
    assert entity.name == "renamed"
    assert entity.id == wid
    assert not entity.HasField("created_at")  # left out by the read mask

    stub = feed(fed_channel)
    bad = [
        change_pb2.ListChangesRequest(filter="operation = "),
        change_pb2.ListChangesRequest(entity_types=["modelstore.platform.v1.Nope"]),
        change_pb2.ListChangesRequest(page_token="not-a-token"),
        change_pb2.ListChangesRequest(read_mask=field_mask_pb2.FieldMask(paths=["nope"])),
        change_pb2.ListChangesRequest(page_size=-1),
    ]
    for request in bad:
        await expect_error(stub.ListChanges(request, timeout=10), grpc.StatusCode.INVALID_ARGUMENT)
    both = change_pb2.WatchChangesRequest(
        resume_token="0" * 22, start_time=timestamp_pb2.Timestamp(seconds=1)
    )
    watch = stub.WatchChanges(both)
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await watch.read()
    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT


async def test_start_time_and_trimmed_history(
    fed_channel: grpc.aio.Channel, fed: Modelstore, unique: str
) -> None:
    wid = f"ws-time-{unique}"
    await create_workspace(fed_channel, wid)
    first = await changes_of(fed_channel, "modelstore.platform.v1.Workspace", wid, 1)
    since = first[0].commit_time
    await rename(fed_channel, wid, "after")
    await changes_of(fed_channel, "modelstore.platform.v1.Workspace", wid, 2)
    reply = await feed(fed_channel).ListChanges(
        change_pb2.ListChangesRequest(start_time=since, filter=f'entity_id = "{wid}"'),
        timeout=10,
    )
    assert [e.operation for e in reply.events] == [
        OP.CHANGE_OPERATION_CREATE,
        OP.CHANGE_OPERATION_UPDATE,
    ]

    # Trimming past the first event: its token and its time are gone, and say so.
    assert fed.db is not None
    log = changes_log.ChangeLog(
        fed.capture._log.events,  # type: ignore[union-attr]
        fed.capture._log.state,  # type: ignore[union-attr]
    )
    # Commit times are stored to the millisecond (BSON dates).
    at = first[0].commit_time.ToDatetime(tzinfo=dt.UTC) + dt.timedelta(milliseconds=1)
    assert await log.trim(at, dt.timedelta(0)) >= 1
    for request in (
        change_pb2.ListChangesRequest(page_token=first[0].resume_token[:-1] + "0"),
        change_pb2.ListChangesRequest(start_time=since),
    ):
        error = await expect_error(
            feed(fed_channel).ListChanges(request, timeout=10),
            grpc.StatusCode.FAILED_PRECONDITION,
        )
        assert "retained" in error.message
    # A token after the horizon still resumes.
    later = await feed(fed_channel).ListChanges(
        change_pb2.ListChangesRequest(page_token=reply.events[0].resume_token), timeout=10
    )
    assert reply.events[1].resume_token in [e.resume_token for e in later.events]


async def test_a_user_event_carries_no_password(fed_channel: grpc.aio.Channel, unique: str) -> None:
    wid = f"ws-secret-{unique}"
    await create_workspace(fed_channel, wid)
    from modelstore.platform.v1 import user_pb2_grpc

    users = user_pb2_grpc.UserServiceStub(fed_channel)
    created = (
        await users.CreateUser(
            user_pb2.CreateUserRequest(
                user=user_pb2.User(username=f"u{unique}", password="correct horse battery")
            ),
            metadata=(("x-tenant-id", wid),),
            timeout=10,
        )
    ).user
    events = await changes_of(fed_channel, "modelstore.platform.v1.User", created.id, 1, wid)
    raw = events[0].SerializeToString()
    assert b"correct horse battery" not in raw
    # Stored as a hash and a salt, reported as the one field it is.
    assert list(events[0].changed_paths).count("password") == 1, events[0].changed_paths
    user = user_pb2.User()
    events[0].entity.Unpack(user)
    assert not user.password


async def test_an_expired_document_is_an_expiry(
    fed_channel: grpc.aio.Channel, fed: Modelstore, database_uri: str, unique: str
) -> None:
    """The TTL job's delete of a document past its expiry is EXPIRE, not DELETE."""
    embedded = EMBEDDED.get(database_uri)
    if embedded is None:  # MongoDB's TTL monitor runs once a minute: no trigger to pull
        pytest.fail("this test needs the embedded backend; narrow MODELSTORE_TEST_BACKENDS")
    vid = f"ver-{unique}"
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(database_uri)
    try:
        coll = client[fed.settings.database]["auth.verifications"]
        past = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
        await coll.insert_one(
            {"_id": vid, "identifier": "a@example.com", "value": "x", "expiresAt": past}
        )
        await changes_of(fed_channel, "modelstore.auth.v1.Verification", vid, 1)
        # What DocumentDB's pg_cron job runs every minute, run now.
        pg = embedded.postgres
        proc = await asyncio.create_subprocess_exec(
            str(pg.bin / "psql"),
            *("-X", "-q", "-h", "127.0.0.1", "-p", str(pg.port), "-U", "postgres"),
            *("-d", "postgres", "-c", "CALL documentdb_api_internal.delete_expired_rows()"),
            stderr=asyncio.subprocess.PIPE,
        )
        _, err = await proc.communicate()
        assert proc.returncode == 0, err
        assert await coll.find_one({"_id": vid}) is None
    finally:
        await client.close()
    events = await changes_of(fed_channel, "modelstore.auth.v1.Verification", vid, 2)
    assert [e.operation for e in events] == [OP.CHANGE_OPERATION_CREATE, OP.CHANGE_OPERATION_EXPIRE]


async def test_a_slot_made_anew_is_reported_until_the_log_is_told(
    fed: Modelstore, database_uri: str, unique: str
) -> None:
    """A new slot's beginning is reported by every open until `began_noted`, then no more.

    The failover case: the capture makes a slot on the promoted standby and must record the
    gap before it forgets where the slot began; if that write fails (or the process dies),
    the next open reports the beginning again instead of silently continuing.
    """
    embedded = EMBEDDED.get(database_uri)
    if embedded is None:  # change streams resume from their token: they never begin anew
        pytest.fail("this test needs the embedded backend; narrow MODELSTORE_TEST_BACKENDS")
    database = f"slot_{unique}"  # a slot of its own (one per database)
    first = PostgresChangeSource(embedded.postgres.url, database)
    await first.ensure_slot()
    began = first.began
    assert began is not None  # made now
    again = PostgresChangeSource(embedded.postgres.url, database)
    await again.open()
    try:
        assert again.began == began  # the log was never told: still reported
        await again.began_noted()
    finally:
        await again.close()
    later = PostgresChangeSource(embedded.postgres.url, database)
    await later.open()
    try:
        assert later.began is None
    finally:
        await later.close()
        await _drop_slot(embedded, later.slot)


async def _drop_slot(embedded: Any, slot: str) -> None:
    import psycopg

    async with await psycopg.AsyncConnection.connect(embedded.postgres.url, autocommit=True) as c:
        await c.execute("SELECT pg_drop_replication_slot(%s)", (slot,))
        await c.execute("DELETE FROM public.modelstore_change_slots WHERE slot = %s", (slot,))


async def test_a_purge_is_a_delete_event_of_each_entity_and_its_children(
    fed_channel: grpc.aio.Channel, tenant: str
) -> None:
    """Purge<Foos> (AIP-165) deletes as Delete does: children (a user's sessions, which
    cascade) and then the purged ones, each a DELETE event."""
    sessions = next(s for s in FED if s.full_name == "modelstore.auth.v1.SessionService")
    users = next(s for s in FED if s.full_name == "modelstore.auth.v1.UserService")
    assert sessions.model is not None
    session = await Samples(fed_channel, tenant).create(sessions.model)
    purge = method(users, Kind.PURGE)
    assert purge is not None
    request = purge.request_class(filter=f'id = "{session.user_id}"', force=True)
    assert (await call(fed_channel, purge, request)).purge_count == 1
    for entity_type, entity_id in (
        ("modelstore.auth.v1.Session", session.id),
        ("modelstore.auth.v1.User", session.user_id),
    ):
        events = await changes_of(fed_channel, entity_type, entity_id, 2)
        assert [e.operation for e in events] == [
            OP.CHANGE_OPERATION_CREATE,
            OP.CHANGE_OPERATION_DELETE,
        ], entity_type
