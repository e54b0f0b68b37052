"""Domain methods of modelstore.directory.v1: SyncClerkUser and SetUserData."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid

import grpc
from google.protobuf import struct_pb2, timestamp_pb2

from modelstore.directory.v1 import user_data_pb2, user_data_pb2_grpc, user_pb2, user_pb2_grpc
from modelstore_server.app import Modelstore
from tests.support import expect_error

CREATED = user_pb2.CLERK_EVENT_TYPE_USER_CREATED
UPDATED = user_pb2.CLERK_EVENT_TYPE_USER_UPDATED
DELETED = user_pb2.CLERK_EVENT_TYPE_USER_DELETED
BASE = dt.datetime(2024, 5, 1, 12, 0, 0, tzinfo=dt.UTC)


def _ts(seconds: float) -> timestamp_pb2.Timestamp:
    ts = timestamp_pb2.Timestamp()
    ts.FromDatetime(BASE + dt.timedelta(seconds=seconds))
    return ts


def _event(
    clerk_id: str,
    at: float,
    kind: int = CREATED,
    event_id: str | None = None,
    **fields: object,
) -> user_pb2.SyncClerkUserRequest:
    payload = user_pb2.ClerkUser(clerk_id=clerk_id)
    if kind != DELETED:
        payload.email = f"{clerk_id}@example.com"
    for name, value in fields.items():
        if isinstance(value, struct_pb2.Struct | timestamp_pb2.Timestamp):
            getattr(payload, name).CopyFrom(value)
        else:
            setattr(payload, name, value)
    return user_pb2.SyncClerkUserRequest(
        event_id=event_id or f"msg_{uuid.uuid4().hex[:12]}",
        event_type=kind,  # type: ignore[arg-type]
        occurred_at=_ts(at),
        user=payload,
    )


def _clerk_id() -> str:
    return f"user_{uuid.uuid4().hex[:16]}"


# ---- SyncClerkUser ---------------------------------------------------------------------


async def test_created_event_creates_the_user_with_defaults(
    channel: grpc.aio.Channel, server: Modelstore
) -> None:
    stub = user_pb2_grpc.UserServiceStub(channel)
    cid = _clerk_id()
    meta = struct_pb2.Struct()
    meta.update({"plan": "pro"})
    got = await stub.SyncClerkUser(
        _event(cid, 0, first_name="Ada", last_name="Lovelace", public_metadata=meta)
    )
    assert got.applied
    user = got.user
    assert uuid.UUID(user.id)
    assert user.clerk_id == cid
    assert user.email == f"{cid}@example.com"
    assert (user.first_name, user.last_name) == ("Ada", "Lovelace")
    assert user.role == user_pb2.USER_ROLE_USER
    assert user.status == user_pb2.USER_STATUS_ACTIVE
    assert user.public_metadata["plan"] == "pro"
    assert user.clerk_synced_at == _ts(0)
    assert user.created_at.seconds > 0
    assert user.etag
    assert (await stub.GetUser(user_pb2.GetUserRequest(id=user.id))).user == user
    assert server.db is not None
    doc = await server.db["directory.users"].find_one({"clerkId": cid})
    assert doc is not None
    assert doc["role"] == "user"
    assert doc["status"] == "active"
    assert doc["clerkSyncedAt"].replace(tzinfo=dt.UTC) == BASE


async def test_a_replayed_event_changes_nothing(channel: grpc.aio.Channel) -> None:
    stub = user_pb2_grpc.UserServiceStub(channel)
    event = _event(_clerk_id(), 0, first_name="Ada")
    first = await stub.SyncClerkUser(event)
    again = await stub.SyncClerkUser(event)
    assert first.applied
    assert not again.applied
    assert again.user == first.user  # etag and updated_at too


async def test_an_older_event_never_overwrites_newer_data(channel: grpc.aio.Channel) -> None:
    stub = user_pb2_grpc.UserServiceStub(channel)
    cid = _clerk_id()
    newer = await stub.SyncClerkUser(_event(cid, 10, UPDATED, first_name="Newer"))
    older = await stub.SyncClerkUser(_event(cid, 5, CREATED, first_name="Older"))
    assert newer.applied
    assert not older.applied
    assert older.user == newer.user
    assert older.user.first_name == "Newer"
    same_time = await stub.SyncClerkUser(_event(cid, 10, UPDATED, first_name="Same"))
    assert not same_time.applied
    assert same_time.user.first_name == "Newer"


async def test_an_update_replaces_clerk_fields_and_keeps_role_and_status(
    channel: grpc.aio.Channel,
) -> None:
    stub = user_pb2_grpc.UserServiceStub(channel)
    cid = _clerk_id()
    created = await stub.SyncClerkUser(
        _event(cid, 0, first_name="Ada", username="ada", image_url="https://img/a.png")
    )
    user = created.user
    # The application manages role and status itself.
    await stub.UpdateUser(
        user_pb2.UpdateUserRequest(
            user=user_pb2.User(
                id=user.id, role=user_pb2.USER_ROLE_ADMIN, status=user_pb2.USER_STATUS_SUSPENDED
            )
        )
    )
    signed_in = _ts(50)
    updated = await stub.SyncClerkUser(
        _event(cid, 60, UPDATED, first_name="Augusta", last_sign_in_at=signed_in)
    )
    assert updated.applied
    u = updated.user
    assert u.id == user.id
    assert u.created_at == user.created_at
    assert u.first_name == "Augusta"
    assert u.last_sign_in_at == signed_in
    assert u.username == ""
    assert u.image_url == ""
    assert u.role == user_pb2.USER_ROLE_ADMIN
    assert u.status == user_pb2.USER_STATUS_SUSPENDED
    assert u.etag != user.etag
    assert u.clerk_synced_at == _ts(60)


async def test_an_existing_user_without_sync_history_takes_the_event(
    channel: grpc.aio.Channel,
) -> None:
    stub = user_pb2_grpc.UserServiceStub(channel)
    cid = _clerk_id()
    made = await stub.CreateUser(
        user_pb2.CreateUserRequest(user=user_pb2.User(clerk_id=cid, email="old@example.com"))
    )
    got = await stub.SyncClerkUser(_event(cid, 0, UPDATED))
    assert got.applied
    assert got.user.id == made.user.id
    assert got.user.email == f"{cid}@example.com"


async def test_a_deleted_event_deactivates_and_stays_deactivated(
    channel: grpc.aio.Channel,
) -> None:
    stub = user_pb2_grpc.UserServiceStub(channel)
    cid = _clerk_id()
    await stub.SyncClerkUser(_event(cid, 0, first_name="Ada"))
    deleted = await stub.SyncClerkUser(_event(cid, 30, DELETED))
    assert deleted.applied
    assert deleted.user.status == user_pb2.USER_STATUS_INACTIVE
    assert deleted.user.first_name == "Ada"  # a delete only deactivates
    late = await stub.SyncClerkUser(_event(cid, 20, UPDATED, first_name="Late"))
    assert not late.applied
    assert late.user == deleted.user


async def test_a_delete_arriving_first_is_not_undone_by_the_late_create(
    channel: grpc.aio.Channel,
) -> None:
    stub = user_pb2_grpc.UserServiceStub(channel)
    cid = _clerk_id()
    deleted = await stub.SyncClerkUser(_event(cid, 30, DELETED))
    assert deleted.applied
    assert deleted.user.status == user_pb2.USER_STATUS_INACTIVE
    assert deleted.user.role == user_pb2.USER_ROLE_USER
    created = await stub.SyncClerkUser(_event(cid, 0, CREATED, first_name="Ada"))
    assert not created.applied
    assert created.user.status == user_pb2.USER_STATUS_INACTIVE
    assert created.user.id == (deleted.user.id)


async def test_concurrent_deliveries_apply_exactly_once(
    channel: grpc.aio.Channel, server: Modelstore
) -> None:
    stub = user_pb2_grpc.UserServiceStub(channel)
    cid = _clerk_id()
    event = _event(cid, 0, first_name="Ada")
    results = await asyncio.gather(*(stub.SyncClerkUser(event) for _ in range(8)))
    assert sum(r.applied for r in results) == 1
    assert len({r.user.id for r in results}) == 1
    assert server.db is not None
    assert await server.db["directory.users"].count_documents({"clerkId": cid}) == 1
    # The same for an update of an existing user.
    update = _event(cid, 10, UPDATED, first_name="Augusta")
    results = await asyncio.gather(*(stub.SyncClerkUser(update) for _ in range(8)))
    assert sum(r.applied for r in results) == 1
    assert {r.user.first_name for r in results} == {"Augusta"}


async def test_sync_validates_the_payload(channel: grpc.aio.Channel) -> None:
    stub = user_pb2_grpc.UserServiceStub(channel)
    cid = _clerk_id()
    bad_email = _event(cid, 0)
    bad_email.user.email = "not-an-email"
    got = await expect_error(stub.SyncClerkUser(bad_email), grpc.StatusCode.INVALID_ARGUMENT)
    assert "user.email" in [f for f, _ in got.violations]
    short = _event(cid, 0, first_name="A", last_name="B")
    got = await expect_error(stub.SyncClerkUser(short), grpc.StatusCode.INVALID_ARGUMENT)
    assert {"user.first_name", "user.last_name"} <= {f for f, _ in got.violations}
    no_email = _event(cid, 0, UPDATED)
    no_email.user.ClearField("email")
    got = await expect_error(stub.SyncClerkUser(no_email), grpc.StatusCode.INVALID_ARGUMENT)
    assert [f for f, _ in got.violations] == ["user.email"]
    empty = user_pb2.SyncClerkUserRequest(user=user_pb2.ClerkUser())
    got = await expect_error(stub.SyncClerkUser(empty), grpc.StatusCode.INVALID_ARGUMENT)
    assert {"event_id", "event_type", "occurred_at", "user.clerk_id"} <= {
        f for f, _ in got.violations
    }
    # Nothing was written by the rejected events.
    missing = await stub.ListUsers(user_pb2.ListUsersRequest(filter=f'clerk_id = "{cid}"'))
    assert not missing.users


async def test_sync_trims_the_payload(channel: grpc.aio.Channel) -> None:
    stub = user_pb2_grpc.UserServiceStub(channel)
    cid = _clerk_id()
    event = _event(cid, 0, first_name="  Ada  ")
    event.user.clerk_id = f"  {cid} "
    got = await stub.SyncClerkUser(event)
    assert got.user.clerk_id == cid
    assert got.user.first_name == "Ada"


# ---- SetUserData -----------------------------------------------------------------------


async def _user(channel: grpc.aio.Channel) -> user_pb2.User:
    got = await user_pb2_grpc.UserServiceStub(channel).SyncClerkUser(_event(_clerk_id(), 0))
    return got.user


async def test_set_user_data_creates_then_updates(channel: grpc.aio.Channel) -> None:
    stub = user_data_pb2_grpc.UserDataServiceStub(channel)
    user = await _user(channel)
    req = user_data_pb2.SetUserDataRequest(user_id=user.id, key="theme", value="dark")
    first = (await stub.SetUserData(req)).user_data
    assert uuid.UUID(first.id)
    assert (first.user_id, first.key, first.value) == (user.id, "theme", "dark")
    assert first.created_at.seconds > 0
    assert first.etag
    req.value = "light"
    second = (await stub.SetUserData(req)).user_data
    assert second.id == first.id
    assert second.value == "light"
    assert second.created_at == first.created_at
    assert second.etag != first.etag
    assert second.updated_at.ToDatetime() >= first.updated_at.ToDatetime()
    got = await stub.GetUserData(user_data_pb2.GetUserDataRequest(id=first.id))
    assert got.user_data == second
    other = await stub.SetUserData(
        user_data_pb2.SetUserDataRequest(user_id=user.id, key="lang", value="en")
    )
    assert other.user_data.id != first.id


async def test_set_user_data_needs_an_existing_user(
    channel: grpc.aio.Channel, server: Modelstore
) -> None:
    stub = user_data_pb2_grpc.UserDataServiceStub(channel)
    missing = f"nobody-{uuid.uuid4().hex}"
    req = user_data_pb2.SetUserDataRequest(user_id=missing, key="theme", value="dark")
    got = await expect_error(stub.SetUserData(req), grpc.StatusCode.FAILED_PRECONDITION)
    assert got.reason == "REFERENCE_MISSING"
    assert got.metadata == {"field": "user_id"}
    assert server.db is not None
    assert await server.db["directory.user_data"].count_documents({"userId": missing}) == 0


async def test_set_user_data_requires_its_fields(channel: grpc.aio.Channel) -> None:
    stub = user_data_pb2_grpc.UserDataServiceStub(channel)
    got = await expect_error(
        stub.SetUserData(user_data_pb2.SetUserDataRequest()), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert {f for f, _ in got.violations} == {"user_id", "key", "value"}


async def test_concurrent_sets_leave_one_entry(
    channel: grpc.aio.Channel, server: Modelstore
) -> None:
    stub = user_data_pb2_grpc.UserDataServiceStub(channel)
    user = await _user(channel)
    values = [f"v{i}" for i in range(8)]
    results = await asyncio.gather(
        *(
            stub.SetUserData(user_data_pb2.SetUserDataRequest(user_id=user.id, key="k", value=v))
            for v in values
        )
    )
    assert len({r.user_data.id for r in results}) == 1
    assert server.db is not None
    docs = await server.db["directory.user_data"].find({"userId": user.id}).to_list(None)
    assert len(docs) == 1
    assert docs[0]["value"] in values


async def test_user_data_goes_with_its_user(channel: grpc.aio.Channel) -> None:
    users = user_pb2_grpc.UserServiceStub(channel)
    stub = user_data_pb2_grpc.UserDataServiceStub(channel)
    user = await _user(channel)
    entry = await stub.SetUserData(
        user_data_pb2.SetUserDataRequest(user_id=user.id, key="theme", value="dark")
    )
    await users.DeleteUser(user_pb2.DeleteUserRequest(id=user.id))
    await expect_error(
        stub.GetUserData(user_data_pb2.GetUserDataRequest(id=entry.user_data.id)),
        grpc.StatusCode.NOT_FOUND,
    )
