"""Unique-index violations: what each backend raises, and ALREADY_EXISTS on every write path.

The backends disagree on one error: MongoDB reports every unique violation as
DuplicateKeyError (code 11000) with its keyPattern; FerretDB 2.5 on DocumentDB does so for
insert and update, but its findAndModify passes PostgreSQL's violation through as
InternalError (code 1). `Capabilities.typed_find_and_modify_duplicates` says which, and is
checked here against the backend itself, both ways; `storage.driver_errors` turns both
into one `DuplicateKey`, and the engine into ALREADY_EXISTS naming the fields.
"""

from __future__ import annotations

import uuid
from typing import Any

import grpc
import pytest
from google.protobuf import field_mask_pb2
from pymongo import ReturnDocument
from pymongo.asynchronous.collection import AsyncCollection
from pymongo.errors import DuplicateKeyError, OperationFailure

from modelstore.platform.v1 import user_pb2, user_pb2_grpc
from modelstore.platform.v1 import workspace_pb2 as ws_pb2
from modelstore.platform.v1 import workspace_pb2_grpc as ws_grpc
from modelstore_server.app import Modelstore
from modelstore_server.storage.driver_errors import (
    INTERNAL_ERROR,
    DuplicateKey,
    translate,
    unique_violations,
)
from tests.support import expect_error


async def _scratch(server: Modelstore) -> AsyncCollection[dict[str, Any]]:
    assert server.db is not None
    coll = server.db[f"scratch_unique_{uuid.uuid4().hex[:8]}"]
    await coll.create_index([("email", 1)], unique=True, name="email_1")
    await coll.insert_many([{"_id": "a", "email": "a@x"}, {"_id": "b", "email": "b@x"}])
    return coll


async def test_find_and_modify_duplicates_are_as_the_capability_says(server: Modelstore) -> None:
    assert server.caps is not None
    coll = await _scratch(server)
    collide = coll.find_one_and_update({"_id": "b"}, {"$set": {"email": "a@x"}})
    if server.caps.typed_find_and_modify_duplicates:
        with pytest.raises(DuplicateKeyError):
            await collide
    else:
        with pytest.raises(OperationFailure) as raised:
            await collide
        assert not isinstance(raised.value, DuplicateKeyError)
        assert raised.value.code == INTERNAL_ERROR
    # Inserts and plain updates are typed on every supported backend.
    with pytest.raises(DuplicateKeyError):
        await coll.insert_one({"_id": "c", "email": "a@x"})
    with pytest.raises(DuplicateKeyError):
        await coll.update_one({"_id": "b"}, {"$set": {"email": "a@x"}})
    assert await coll.find_one({"_id": "b"}) == {"_id": "b", "email": "b@x"}


async def test_unique_violations_are_one_error_on_every_backend(server: Modelstore) -> None:
    assert server.caps is not None
    coll = await _scratch(server)
    with pytest.raises(DuplicateKey) as raised, unique_violations(server.caps):
        await coll.find_one_and_update(
            {"email": "a@x", "_id": "new"},
            {"$set": {"n": 1}},
            upsert=True,
            return_document=ReturnDocument.AFTER,
        )
    assert raised.value.confirmed == server.caps.typed_find_and_modify_duplicates
    with pytest.raises(DuplicateKey) as raised, unique_violations(server.caps):
        await coll.insert_one({"_id": "a"})
    assert raised.value.confirmed


def test_an_unconfirmed_violation_stays_internal() -> None:
    unconfirmed = DuplicateKey(None, False, OperationFailure("x", INTERNAL_ERROR))
    assert translate(unconfirmed) is None  # the edge logs it and answers INTERNAL
    confirmed = translate(DuplicateKey(("workspaceId", "userName"), True, Exception()))
    assert confirmed is not None
    assert confirmed.metadata == {"fields": "workspace_id,user_name"}


async def _tenant(channel: grpc.aio.Channel) -> tuple[tuple[str, str], ...]:
    tenant = f"t-{uuid.uuid4().hex[:12]}"
    await ws_grpc.WorkspaceServiceStub(channel).CreateWorkspace(
        ws_pb2.CreateWorkspaceRequest(workspace=ws_pb2.Workspace(id=tenant, name="Unique"))
    )
    return (("x-tenant-id", tenant),)


async def test_update_into_a_taken_unique_value_is_already_exists(
    channel: grpc.aio.Channel,
) -> None:
    md = await _tenant(channel)
    users = user_pb2_grpc.UserServiceStub(channel)
    taken = f"u{uuid.uuid4().hex[:8]}"
    await users.CreateUser(
        user_pb2.CreateUserRequest(user=user_pb2.User(username=taken)), metadata=md
    )
    other = (
        await users.CreateUser(
            user_pb2.CreateUserRequest(user=user_pb2.User(username=f"u{uuid.uuid4().hex[:8]}")),
            metadata=md,
        )
    ).user
    mask = field_mask_pb2.FieldMask(paths=["username"])
    update = user_pb2.UpdateUserRequest(
        user=user_pb2.User(id=other.id, username=taken, etag=other.etag), update_mask=mask
    )
    got = await expect_error(users.UpdateUser(update, metadata=md), grpc.StatusCode.ALREADY_EXISTS)
    assert got.reason == "ALREADY_EXISTS_UNIQUE"
    assert got.metadata["fields"] == "workspace_id,username"  # the index is per workspace
    unchanged = await users.GetUser(user_pb2.GetUserRequest(id=other.id), metadata=md)
    assert unchanged.user.username == other.username
    assert unchanged.user.etag == other.etag
    # An upsert (allow_missing) whose insert would take the value: the same answer.
    upsert = user_pb2.UpdateUserRequest(
        user=user_pb2.User(id=f"new-{uuid.uuid4().hex[:8]}", username=taken),
        update_mask=mask,
        allow_missing=True,
    )
    got = await expect_error(users.UpdateUser(upsert, metadata=md), grpc.StatusCode.ALREADY_EXISTS)
    assert got.metadata["fields"] == "workspace_id,username"  # the index is per workspace
    # An upsert with a stale etag on an existing user is an etag mismatch, not a duplicate.
    stale = user_pb2.UpdateUserRequest(
        user=user_pb2.User(id=other.id, username=f"u{uuid.uuid4().hex[:8]}", etag="stale"),
        update_mask=mask,
        allow_missing=True,
    )
    await expect_error(users.UpdateUser(stale, metadata=md), grpc.StatusCode.ABORTED)
