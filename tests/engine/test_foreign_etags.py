"""Etags that see every writer (issue 17, point 3), on the real server.

A seed app shares Modelstore's collections and writes them with its own driver, so the
etag is a digest of the whole stored document (docs/consistency.md, "Etags"):

- a raw pymongo write (a changed field, an unknown key added, a nested field) changes the
  etag Get reports, and one that writes the same values again does not;
- an Update or Delete given the etag from before such a write is ABORTED and the write
  survives; without an etag they still apply;
- a raw write landing between the read that checks the etag and the conditional write
  makes that write match nothing: ABORTED, the raw write kept;
- a masked Get that asks for the etag reports the whole document's.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

import grpc
import pytest
from google.protobuf import field_mask_pb2

from modelstore.knowledge.v1 import (
    notion_workspace_pb2,
    notion_workspace_pb2_grpc,
    user_pb2,
    user_pb2_grpc,
)
from modelstore_server.app import Modelstore
from modelstore_server.storage.documents import Documents
from tests.support import expect_error

NW = notion_workspace_pb2
USERS = "knowledge.users"


class Users:
    def __init__(self, channel: grpc.aio.Channel, server: Modelstore) -> None:
        self.stub = user_pb2_grpc.UserServiceStub(channel)
        assert server.db is not None
        self.raw = server.db[USERS]

    async def create(self) -> user_pb2.User:
        user = user_pb2.User(email=f"u-{uuid.uuid4().hex[:10]}@example.com", password="pw-123456")
        user.name = "Ada"
        return (await self.stub.CreateUser(user_pb2.CreateUserRequest(user=user))).user

    async def get(self, user_id: str, *paths: str) -> user_pb2.User:
        request = user_pb2.GetUserRequest(id=user_id)
        if paths:
            request.read_mask.paths.extend(paths)
        return (await self.stub.GetUser(request)).user

    async def rename(self, user_id: str, name: str, etag: str = "") -> user_pb2.User:
        user = user_pb2.User(id=user_id, etag=etag)
        user.name = name
        request = user_pb2.UpdateUserRequest(
            user=user, update_mask=field_mask_pb2.FieldMask(paths=["name"])
        )
        return (await self.stub.UpdateUser(request)).user

    async def stored(self, user_id: str) -> Mapping[str, Any]:
        doc = await self.raw.find_one({"_id": user_id})
        assert doc is not None
        return doc


@pytest.fixture
def users(channel: grpc.aio.Channel, server: Modelstore) -> Users:
    return Users(channel, server)


@pytest.mark.parametrize(
    "raw_write",
    [
        {"$set": {"name": "Changed by the seed app"}},
        {"$set": {"appExtra": "a key the proto does not know"}},
        {"$inc": {"__v": 1}},
    ],
    ids=["field", "unknown-key", "version-key"],
)
async def test_a_raw_write_changes_the_etag_and_a_stale_update_is_aborted(
    users: Users, raw_write: dict[str, Any]
) -> None:
    created = await users.create()
    assert (await users.get(created.id)).etag == created.etag
    await users.raw.update_one({"_id": created.id}, raw_write)
    after = await users.get(created.id)
    assert after.etag
    assert after.etag != created.etag
    raw_state = await users.stored(created.id)
    await expect_error(users.rename(created.id, "From gRPC", created.etag), grpc.StatusCode.ABORTED)
    assert await users.stored(created.id) == raw_state  # the raw write survives
    # With the etag read after the raw write, and without an etag, updates apply.
    renamed = await users.rename(created.id, "From gRPC", after.etag)
    assert renamed.name == "From gRPC"
    assert renamed.etag != after.etag
    assert (await users.get(created.id)).etag == renamed.etag
    unconditional = await users.rename(created.id, "Again")
    assert unconditional.name == "Again"
    stored = await users.stored(created.id)
    for key, value in raw_state.items():
        if key not in {"name", "etag", "updatedAt"}:
            assert stored[key] == value  # the seed app's keys are kept


async def test_a_raw_write_of_the_same_values_keeps_the_etag(users: Users) -> None:
    created = await users.create()
    stored = await users.stored(created.id)
    await users.raw.update_one({"_id": created.id}, {"$set": {"name": stored["name"]}})
    assert (await users.get(created.id)).etag == created.etag


async def test_a_stale_delete_is_aborted(users: Users) -> None:
    created = await users.create()
    await users.raw.update_one({"_id": created.id}, {"$set": {"name": "Seed app"}})
    request = user_pb2.DeleteUserRequest(id=created.id, etag=created.etag)
    await expect_error(users.stub.DeleteUser(request), grpc.StatusCode.ABORTED)
    assert (await users.stored(created.id))["name"] == "Seed app"
    request.etag = (await users.get(created.id)).etag
    await users.stub.DeleteUser(request)
    assert await users.raw.find_one({"_id": created.id}) is None


async def test_a_masked_get_reports_the_whole_documents_etag(users: Users) -> None:
    created = await users.create()
    masked = await users.get(created.id, "etag", "email")
    assert masked.etag == created.etag
    assert masked.email == created.email
    assert not masked.name  # left out by the mask
    assert not (await users.get(created.id, "email")).etag


async def test_a_nested_raw_write_changes_the_etag(
    channel: grpc.aio.Channel, server: Modelstore, tenant: str, users: Users
) -> None:
    workspaces = notion_workspace_pb2_grpc.NotionWorkspaceServiceStub(channel)
    owner = await users.create()
    ws = NW.NotionWorkspace(
        id=tenant,
        workspace_id=f"notion-{tenant}",
        workspace_name="Acme Wiki",
        owner=owner.id,
        access_token="token",
    )
    md = (("x-tenant-id", tenant),)
    created = (
        await workspaces.CreateNotionWorkspace(
            NW.CreateNotionWorkspaceRequest(notion_workspace=ws), metadata=md
        )
    ).notion_workspace
    assert server.db is not None
    raw = server.db["knowledge.notion_workspaces"]
    await raw.update_one({"_id": tenant}, {"$set": {"stats.totalPages": 12}})
    got = (
        await workspaces.GetNotionWorkspace(NW.GetNotionWorkspaceRequest(id=tenant), metadata=md)
    ).notion_workspace
    assert got.stats.total_pages == 12
    assert got.etag != created.etag
    stale = NW.NotionWorkspace(id=tenant, workspace_name="Renamed", etag=created.etag)
    request = NW.UpdateNotionWorkspaceRequest(
        notion_workspace=stale, update_mask=field_mask_pb2.FieldMask(paths=["workspace_name"])
    )
    await expect_error(
        workspaces.UpdateNotionWorkspace(request, metadata=md), grpc.StatusCode.ABORTED
    )
    stored = await raw.find_one({"_id": tenant})
    assert stored is not None
    assert (stored["workspaceName"], stored["stats"]["totalPages"]) == ("Acme Wiki", 12)


async def test_a_raw_write_between_the_check_and_the_write_aborts_it(
    server: Modelstore, users: Users
) -> None:
    """The conditional write itself, not only the read before it, sees another writer."""
    created = await users.create()
    store = server.stores[user_pb2.User.DESCRIPTOR.full_name]
    documents: Documents = store.documents
    real_find_one = documents.find_one

    async def find_then_race(*args: Any, **kwargs: Any) -> Any:
        # A real read, then a seed app's write lands before Modelstore's write.
        found = await real_find_one(*args, **kwargs)
        await users.raw.update_one({"_id": created.id}, {"$set": {"name": "Seed app won"}})
        return found

    documents.find_one = find_then_race  # type: ignore[method-assign]
    try:
        await expect_error(
            users.rename(created.id, "Lost update", created.etag), grpc.StatusCode.ABORTED
        )
    finally:
        documents.find_one = real_find_one  # type: ignore[method-assign]
    assert (await users.stored(created.id))["name"] == "Seed app won"
