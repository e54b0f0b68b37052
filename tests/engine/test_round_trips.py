"""The database commands each standard method of the hot path sends (count and shape).

"One database round trip where one is enough" is a property of the queries, so it is
tested on the commands themselves, recorded by a pymongo command listener on a server of
its own, not by timing. Also checked: each command carries its whole condition (id,
tenant, etag) as its filter, so the database, not the server, decides what matches (a Get
is one `find` on `{_id, tenant}`, an Update one `findAndModify` on `{_id, tenant, etag}`),
and a List page is one `find` with the tenant, the filter, the keyset condition, the sort
and page_size + 1 as its limit (where no secondary index is ordered, the first deep page of
a query shape each minute first measures its share: `storage/page_plans.py`).
"""

from __future__ import annotations

import pathlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest
from google.protobuf import field_mask_pb2
from pymongo import AsyncMongoClient, monitoring

from modelstore.platform.v1 import user_pb2, user_pb2_grpc
from modelstore.platform.v1 import workspace_pb2 as ws_pb2
from modelstore.platform.v1 import workspace_pb2_grpc as ws_grpc
from modelstore_server.app import Modelstore
from modelstore_server.storage import connection as connection_module
from tests.conftest import make_settings

USERS = "platform.users"
WORKSPACES = "platform.workspaces"


class Recorder(monitoring.CommandListener):
    """Records (command name, collection, command) while `on`."""

    def __init__(self) -> None:
        self.on = False
        self.commands: list[tuple[str, str, dict[str, Any]]] = []

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        if self.on:
            name = event.command_name
            self.commands.append((name, str(event.command.get(name)), dict(event.command)))

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        pass

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        pass

    async def during(self, call: Any) -> tuple[Any, list[tuple[str, str, dict[str, Any]]]]:
        """Await `call`; return its result and the commands it sent to the two collections."""
        self.commands = []
        self.on = True
        try:
            result = await call
        finally:
            self.on = False
        return result, [c for c in self.commands if c[1] in (USERS, WORKSPACES)]


@pytest.fixture(scope="module")
async def recorded(
    database_uri: str, tmp_root: pathlib.Path
) -> AsyncIterator[tuple[Modelstore, Recorder, grpc.aio.Channel]]:
    recorder = Recorder()

    def client_with_listener(*args: Any, **kwargs: Any) -> AsyncMongoClient[dict[str, Any]]:
        return AsyncMongoClient(*args, event_listeners=[recorder], **kwargs)

    mp = pytest.MonkeyPatch()
    mp.setattr(connection_module, "AsyncMongoClient", client_with_listener)
    server = Modelstore(make_settings(database_uri, tmp_root / "round-trips"))
    try:
        await server.start()
    finally:
        mp.undo()
    try:
        async with grpc.aio.insecure_channel(server.address) as channel:
            yield server, recorder, channel
    finally:
        await server.stop(grace=0)


async def _workspace(channel: grpc.aio.Channel) -> tuple[str, tuple[tuple[str, str], ...]]:
    tenant = f"t-{uuid.uuid4().hex[:12]}"
    await ws_grpc.WorkspaceServiceStub(channel).CreateWorkspace(
        ws_pb2.CreateWorkspaceRequest(workspace=ws_pb2.Workspace(id=tenant, name="Round trips"))
    )
    return tenant, (("x-tenant-id", tenant),)


async def _user(users: user_pb2_grpc.UserServiceStub, md: Any, prefix: str = "u") -> Any:
    request = user_pb2.CreateUserRequest(
        user=user_pb2.User(username=f"{prefix}{uuid.uuid4().hex[:8]}")
    )
    return (await users.CreateUser(request, metadata=md)).user


async def test_get_is_one_find_on_id_and_tenant(
    recorded: tuple[Modelstore, Recorder, grpc.aio.Channel],
) -> None:
    _, recorder, channel = recorded
    tenant, md = await _workspace(channel)
    users = user_pb2_grpc.UserServiceStub(channel)
    user = await _user(users, md)
    _, sent = await recorder.during(users.GetUser(user_pb2.GetUserRequest(id=user.id), metadata=md))
    assert [(name, coll) for name, coll, _ in sent] == [("find", USERS)]
    assert sent[0][2]["filter"] == {"_id": user.id, "workspaceId": tenant}
    assert sent[0][2].get("limit") == 1


async def test_create_is_parent_check_insert_parent_recheck(
    recorded: tuple[Modelstore, Recorder, grpc.aio.Channel],
) -> None:
    _, recorder, channel = recorded
    tenant, md = await _workspace(channel)
    users = user_pb2_grpc.UserServiceStub(channel)
    request = user_pb2.CreateUserRequest(user=user_pb2.User(username=f"u{uuid.uuid4().hex[:8]}"))
    _, sent = await recorder.during(users.CreateUser(request, metadata=md))
    # Without transactions, the parent is checked before and after the insert, so a parent
    # deleted in between never keeps a child (docs/consistency.md): three, and no more.
    assert [(name, coll) for name, coll, _ in sent] == [
        ("find", WORKSPACES),
        ("insert", USERS),
        ("find", WORKSPACES),
    ]
    assert sent[0][2]["filter"] == {"_id": tenant} == sent[2][2]["filter"]
    assert sent[0][2].get("projection") == {"_id": 1}


async def test_update_round_trips(
    recorded: tuple[Modelstore, Recorder, grpc.aio.Channel],
) -> None:
    _, recorder, channel = recorded
    tenant, md = await _workspace(channel)
    users = user_pb2_grpc.UserServiceStub(channel)
    user = await _user(users, md)
    update = user_pb2.UpdateUserRequest(
        user=user_pb2.User(id=user.id, roles=["member", "x"], etag=user.etag),
        update_mask=field_mask_pb2.FieldMask(paths=["roles"]),
    )
    updated, sent = await recorder.during(users.UpdateUser(update, metadata=md))
    # The etag is a digest of the whole stored document: one indexed read of it, then one
    # find-and-modify whose filter is the id, the tenant and that exact document, atomic
    # on every backend.
    assert [(name, coll) for name, coll, _ in sent] == [("find", USERS), ("findAndModify", USERS)]
    assert sent[0][2]["filter"] == {"_id": user.id, "workspaceId": tenant}
    query = sent[1][2]["query"]
    assert (query["_id"], query["workspaceId"]) == (user.id, tenant)
    assert query["$expr"]["$eq"][0] == "$$ROOT"
    assert query["$expr"]["$eq"][1]["$literal"]["_id"] == user.id
    assert list(updated.user.roles) == ["member", "x"]
    # A stale etag is refused on that read: no write is sent.
    code, sent = await recorder.during(_code_of(users.UpdateUser(update, metadata=md)))
    assert code == grpc.StatusCode.ABORTED
    assert [(name, coll) for name, coll, _ in sent] == [("find", USERS)]
    # Without an etag an update is the one find-and-modify.
    update.user.etag = ""
    _, sent = await recorder.during(users.UpdateUser(update, metadata=md))
    assert [(name, coll) for name, coll, _ in sent] == [("findAndModify", USERS)]
    assert sent[0][2]["query"] == {"_id": user.id, "workspaceId": tenant}


async def _code_of(call: Any) -> grpc.StatusCode:
    try:
        await call
    except grpc.aio.AioRpcError as exc:
        return exc.code()
    raise AssertionError("the call succeeded")


async def test_list_page_is_one_find(
    recorded: tuple[Modelstore, Recorder, grpc.aio.Channel],
) -> None:
    _, recorder, channel = recorded
    tenant, md = await _workspace(channel)
    users = user_pb2_grpc.UserServiceStub(channel)
    for _ in range(5):
        await _user(users, md, prefix="l")
    first = user_pb2.ListUsersRequest(page_size=2, filter="status = ACTIVE")
    page, sent = await recorder.during(users.ListUsers(first, metadata=md))
    assert [(name, coll) for name, coll, _ in sent] == [("find", USERS)]
    command = sent[0][2]
    assert command["limit"] == 3  # page_size + 1: is there a next page, in the same query
    assert command["sort"] == {"_id": 1}
    assert {"workspaceId": tenant} in command["filter"]["$and"]
    assert page is not None
    assert page.next_page_token

    second = user_pb2.ListUsersRequest(
        page_size=2, filter="status = ACTIVE", page_token=page.next_page_token
    )
    server, _, _ = recorded
    assert server.caps is not None
    _, sent = await recorder.during(users.ListUsers(second, metadata=md))
    if not server.caps.ordered_secondary_indexes:
        # The first deep page of a query shape measures the share of its rows (once a
        # minute: storage/page_plans.py): the collection's size, then the rows' count.
        assert [(name, coll) for name, coll, _ in sent[:-1]] == [
            ("count", USERS),
            ("aggregate", USERS),
        ]
        sent = sent[-1:]
    assert [(name, coll) for name, coll, _ in sent] == [("find", USERS)]
    _, again = await recorder.during(users.ListUsers(second, metadata=md))
    assert [(name, coll) for name, coll, _ in again] == [("find", USERS)]  # share reused
    keyset = [c for c in sent[0][2]["filter"]["$and"] if "_id" in c]
    assert keyset == [{"_id": {"$gt": page.users[-1].id}}]  # keyset, no skip
    assert "skip" not in sent[0][2]
