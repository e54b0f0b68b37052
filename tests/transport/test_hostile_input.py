"""No input gives INTERNAL or UNKNOWN: hostile requests through a real server (issue 15).

Requests are sent as raw bytes (identity serializers), so they can be anything a client
could put on the wire, not only what a generated stub would build. Every refusal must be
INVALID_ARGUMENT with an ErrorInfo, name no Python class, and log no traceback.
"""

from __future__ import annotations

import logging
import re
import uuid
from typing import Any

import grpc
import pytest
from google.protobuf import struct_pb2, timestamp_pb2

from modelstore.directory.v1 import user_pb2
from modelstore.platform.v1 import workspace_pb2 as ws_pb2
from tests.support import RpcFailure, failure

USERS = "/modelstore.directory.v1.UserService"
WORKSPACES = "/modelstore.platform.v1.WorkspaceService"
# What leaks when an exception's text reaches the caller.
_INTERNALS = re.compile(
    r"Traceback|Exception|Error\b|Error:|<class|_pb2|upb|DecodeError|File \"|\.py\b"
)


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        low, n = n & 0x7F, n >> 7
        if not n:
            out.append(low)
            return bytes(out)
        out.append(low | 0x80)


def _field(number: int, payload: bytes) -> bytes:
    """One length-delimited field, encoded by hand (so it may hold anything)."""
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


async def send(channel: grpc.aio.Channel, path: str, data: bytes, metadata: Any = None) -> bytes:
    method = channel.unary_unary(path)  # no serializers: the bytes go as they are
    result: bytes = await method(data, metadata=metadata, timeout=30)
    return result


async def refused(
    channel: grpc.aio.Channel,
    path: str,
    data: bytes,
    metadata: Any = None,
    code: grpc.StatusCode = grpc.StatusCode.INVALID_ARGUMENT,
) -> RpcFailure:
    """Send raw bytes; assert the exact code, an ErrorInfo, and a clean message."""
    try:
        await send(channel, path, data, metadata)
    except grpc.aio.AioRpcError as exc:
        got = failure(exc)
    else:
        raise AssertionError(f"{path} accepted the request")
    assert got.code == code, f"expected {code}, got {got.code}: {got.message}"
    assert got.reason, "no ErrorInfo"
    assert not _INTERNALS.search(got.message), got.message
    assert len(got.message) < 600, got.message
    return got


@pytest.fixture
def no_tracebacks(caplog: pytest.LogCaptureFixture) -> Any:
    caplog.set_level(logging.WARNING)
    yield
    logged = [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]
    assert not logged, [r.getMessage() for r in logged]


def _user(**fields: Any) -> user_pb2.User:
    unique = uuid.uuid4().hex[:10]
    values: dict[str, Any] = {"email": f"{unique}@example.com", "clerk_id": f"c_{unique}"}
    values.update(fields)
    return user_pb2.User(**values)


def _create_user(user: user_pb2.User) -> bytes:
    return user_pb2.CreateUserRequest(user=user).SerializeToString()


# -- 1. bytes that do not parse ------------------------------------------------------


@pytest.mark.usefixtures("no_tracebacks")
@pytest.mark.parametrize(
    ("path", "data", "said"),
    [
        (f"{USERS}/GetUser", _field(1, b"\xff\xfe"), "UTF-8"),
        # invalid UTF-8 nested in the entity (CreateUser.user.email)
        (f"{USERS}/CreateUser", _field(1, _field(2, b"a\xc3")), "UTF-8"),
        # invalid UTF-8 in a Struct key (user.public_metadata)
        (
            f"{USERS}/CreateUser",
            _field(1, _field(10, _field(1, _field(1, b"\xe2\x82")))),
            "UTF-8",
        ),
        (f"{USERS}/GetUser", _field(1, b"abc")[:-1], "truncated or corrupt"),
        (f"{USERS}/GetUser", b"\xff\xff\xff\xff", "truncated or corrupt"),
        (f"{USERS}/BatchGetUsers", b"\x0a\x85", "truncated or corrupt"),
        (f"{WORKSPACES}/ListWorkspaces", b"\x0f", "truncated or corrupt"),
    ],
)
async def test_unparseable_bytes_are_invalid_argument(
    channel: grpc.aio.Channel, path: str, data: bytes, said: str
) -> None:
    got = await refused(channel, path, data)
    assert got.reason == "INVALID_FIELD"
    assert said in got.message


def _deep_value(levels: int) -> bytes:
    """A Value holding lists `levels` deep, built by hand: no encoder would build it."""
    raw = struct_pb2.Value(string_value="x").SerializeToString()
    for _ in range(levels):
        raw = _field(6, _field(1, raw))  # Value.list_value -> ListValue.values
    return raw


@pytest.mark.usefixtures("no_tracebacks")
async def test_nesting_beyond_the_parser_is_invalid_argument(channel: grpc.aio.Channel) -> None:
    # user.public_metadata = {"a": <value nested 200 lists deep>}
    entry = _field(1, b"a") + _field(2, _deep_value(200))
    data = _field(1, _field(10, _field(1, entry)))
    got = await refused(channel, f"{USERS}/CreateUser", data)
    assert got.reason == "INVALID_FIELD"
    assert "nested" in got.message


@pytest.mark.usefixtures("no_tracebacks")
async def test_health_and_reflection_refuse_bad_bytes(channel: grpc.aio.Channel) -> None:
    await refused(channel, "/grpc.health.v1.Health/Check", _field(1, b"\xff"))
    stream = channel.stream_stream("/grpc.reflection.v1.ServerReflection/ServerReflectionInfo")
    call = stream(iter([_field(3, b"\xff")]), timeout=30)
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        async for _ in call:
            pass
    got = failure(raised.value)
    assert got.code == grpc.StatusCode.INVALID_ARGUMENT
    assert got.reason == "INVALID_FIELD"
    assert not _INTERNALS.search(got.message), got.message


async def test_valid_bytes_still_answer(channel: grpc.aio.Channel) -> None:
    created = user_pb2.CreateUserResponse.FromString(
        await send(channel, f"{USERS}/CreateUser", _create_user(_user()))
    )
    got = user_pb2.GetUserResponse.FromString(
        await send(
            channel,
            f"{USERS}/GetUser",
            user_pb2.GetUserRequest(id=created.user.id).SerializeToString(),
        )
    )
    assert got.user.email == created.user.email


# -- 11. duplicate metadata ----------------------------------------------------------


@pytest.mark.usefixtures("no_tracebacks")
@pytest.mark.parametrize("header", ["x-tenant-id", "authorization"])
async def test_duplicate_single_headers_are_refused(channel: grpc.aio.Channel, header: str) -> None:
    metadata = ((header, "one"), (header, "two"))
    data = ws_pb2.ListWorkspacesRequest().SerializeToString()
    got = await refused(channel, f"{WORKSPACES}/ListWorkspaces", data, metadata)
    assert got.reason == "INVALID_FIELD"
    assert header in got.message
    assert "one" not in got.message
    assert "two" not in got.message


async def test_one_tenant_header_is_fine(channel: grpc.aio.Channel) -> None:
    data = ws_pb2.ListWorkspacesRequest().SerializeToString()
    await send(channel, f"{WORKSPACES}/ListWorkspaces", data, (("x-tenant-id", "t1"),))


def _ts(seconds: int, nanos: int = 0) -> timestamp_pb2.Timestamp:
    return timestamp_pb2.Timestamp(seconds=seconds, nanos=nanos)


# -- 4. an absent entity field -------------------------------------------------------


@pytest.mark.usefixtures("no_tracebacks")
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (f"{WORKSPACES}/CreateWorkspace", {"workspace.name"}),
        (f"{USERS}/CreateUser", {"user.email", "user.clerk_id"}),
        (f"{WORKSPACES}/UpdateWorkspace", {"workspace"}),
        (f"{USERS}/UpdateUser", {"user"}),
    ],
)
async def test_an_absent_entity_is_validated(
    channel: grpc.aio.Channel, path: str, expected: set[str]
) -> None:
    got = await refused(channel, path, b"", (("x-tenant-id", f"t-{uuid.uuid4().hex[:8]}"),))
    assert got.reason == "INVALID_FIELD"
    assert {field for field, _ in got.violations} == expected
    assert all(description == "is required" for _, description in got.violations)


# -- 2. Struct / Value content the database would refuse -----------------------------


def _metadata(value: Any) -> struct_pb2.Struct:
    out = struct_pb2.Struct()
    out.update(value)
    return out


def _deep_struct(levels: int) -> struct_pb2.Struct:
    inner: dict[str, Any] = {"leaf": 1}
    for _ in range(levels - 1):
        inner = {"a": inner}
    return _metadata(inner)


@pytest.mark.usefixtures("no_tracebacks")
@pytest.mark.parametrize(
    ("metadata", "field", "said"),
    [
        ({"a": {"$where": 1}}, "user.public_metadata.a.$where", "keys must be"),
        ({"a": {"b.c": 1}}, "user.public_metadata.a.b.c", "keys must be"),
        ({"a\x00b": 1}, "user.public_metadata.a\x00b", "keys must be"),
        ({"": 1}, "user.public_metadata.", "keys must be"),
        ({"a": {"b": [1, [2, 3]]}}, "user.public_metadata.a.b[1]", "lists cannot hold lists"),
        ({"a": {"b": float("nan")}}, "user.public_metadata.a.b", "finite"),
        ({"a": [float("inf")]}, "user.public_metadata.a[0]", "finite"),
        ({"a": float("-inf")}, "user.public_metadata.a", "finite"),
        ({"a": "x" * 70_000}, "user.public_metadata.a", "at most 65536 characters"),
    ],
)
async def test_struct_content_is_checked_before_the_database(
    channel: grpc.aio.Channel, metadata: dict[str, Any], field: str, said: str
) -> None:
    data = _create_user(_user(public_metadata=_metadata(metadata)))
    got = await refused(channel, f"{USERS}/CreateUser", data)
    assert got.reason == "INVALID_FIELD"
    assert len(got.violations) == 1
    assert got.violations[0][0] == field
    assert said in got.violations[0][1]


@pytest.mark.usefixtures("no_tracebacks")
async def test_struct_depth_is_bounded(channel: grpc.aio.Channel) -> None:
    ok = await send(
        channel, f"{USERS}/CreateUser", _create_user(_user(public_metadata=_deep_struct(32)))
    )
    assert user_pb2.CreateUserResponse.FromString(ok).user.public_metadata == _deep_struct(32)
    data = _create_user(_user(public_metadata=_deep_struct(33)))
    got = await refused(channel, f"{USERS}/CreateUser", data)
    assert got.violations[0][1] == "must be nested at most 32 levels deep"
    assert got.violations[0][0].startswith("user.public_metadata.a.a.")


@pytest.mark.usefixtures("no_tracebacks")
async def test_struct_content_is_checked_on_update_and_in_domain_requests(
    channel: grpc.aio.Channel,
) -> None:
    created = user_pb2.CreateUserResponse.FromString(
        await send(channel, f"{USERS}/CreateUser", _create_user(_user()))
    ).user
    bad = _metadata({"x": {"y": float("nan")}})
    update = user_pb2.UpdateUserRequest(
        user=user_pb2.User(id=created.id, private_metadata=bad),
        update_mask={"paths": ["private_metadata"]},
    )
    got = await refused(channel, f"{USERS}/UpdateUser", update.SerializeToString())
    assert got.violations == [("user.private_metadata.x.y", "must be a finite number")]
    sync = user_pb2.SyncClerkUserRequest(
        event_id=f"evt_{uuid.uuid4().hex[:8]}",
        event_type=user_pb2.CLERK_EVENT_TYPE_USER_CREATED,
        occurred_at=_ts(1_700_000_000),
        user=user_pb2.ClerkUser(clerk_id=f"c_{uuid.uuid4().hex[:8]}", unsafe_metadata=bad),
    )
    got = await refused(channel, f"{USERS}/SyncClerkUser", sync.SerializeToString())
    assert got.violations == [("user.unsafe_metadata.x.y", "must be a finite number")]


async def test_fine_struct_content_round_trips(channel: grpc.aio.Channel) -> None:
    value = {"plan": "pro", "n": 3, "f": 1.5, "tags": ["a", {"k": None}], "ok": True}
    data = _create_user(_user(public_metadata=_metadata(value)))
    created = user_pb2.CreateUserResponse.FromString(
        await send(channel, f"{USERS}/CreateUser", data)
    )
    assert created.user.public_metadata == _metadata(value)


# -- 3. Timestamps outside the storable range -----------------------------------------

YEAR_1 = -62_135_596_800
YEAR_10000 = 253_402_300_800


@pytest.mark.usefixtures("no_tracebacks")
@pytest.mark.parametrize(
    ("ts", "field"),
    [
        (_ts(YEAR_1 - 1), "user.last_sign_in_at"),  # year 0
        (_ts(YEAR_10000), "user.last_sign_in_at"),  # year 10000
        (_ts(2**62), "user.last_sign_in_at"),
        (_ts(-(2**62)), "user.last_sign_in_at"),
        (_ts(0, -1), "user.last_sign_in_at.nanos"),
        (_ts(0, 1_000_000_000), "user.last_sign_in_at.nanos"),
    ],
)
async def test_timestamps_out_of_range_are_refused(
    channel: grpc.aio.Channel, ts: timestamp_pb2.Timestamp, field: str
) -> None:
    got = await refused(channel, f"{USERS}/CreateUser", _create_user(_user(last_sign_in_at=ts)))
    assert got.reason == "INVALID_FIELD"
    assert [f for f, _ in got.violations] == [field]


@pytest.mark.usefixtures("no_tracebacks")
async def test_timestamps_are_checked_in_domain_requests(channel: grpc.aio.Channel) -> None:
    sync = user_pb2.SyncClerkUserRequest(
        event_id=f"evt_{uuid.uuid4().hex[:8]}",
        event_type=user_pb2.CLERK_EVENT_TYPE_USER_CREATED,
        occurred_at=_ts(YEAR_10000),
        user=user_pb2.ClerkUser(clerk_id=f"c_{uuid.uuid4().hex[:8]}", last_sign_in_at=_ts(0, -5)),
    )
    got = await refused(channel, f"{USERS}/SyncClerkUser", sync.SerializeToString())
    assert sorted(f for f, _ in got.violations) == [
        "occurred_at",
        "user.last_sign_in_at.nanos",
    ]


@pytest.mark.parametrize(
    "ts", [_ts(YEAR_1), _ts(YEAR_10000 - 1, 999_000_000), _ts(-1, 0), _ts(0, 999_999_999)]
)
async def test_timestamps_at_the_edges_are_stored(
    channel: grpc.aio.Channel, ts: timestamp_pb2.Timestamp
) -> None:
    data = _create_user(_user(last_sign_in_at=ts))
    created = user_pb2.CreateUserResponse.FromString(
        await send(channel, f"{USERS}/CreateUser", data)
    )
    got = user_pb2.GetUserResponse.FromString(
        await send(
            channel,
            f"{USERS}/GetUser",
            user_pb2.GetUserRequest(id=created.user.id).SerializeToString(),
        )
    ).user.last_sign_in_at
    # BSON dates hold milliseconds.
    assert (got.seconds, got.nanos) == (ts.seconds, ts.nanos // 1_000_000 * 1_000_000)


# -- 7. unbounded sizes ---------------------------------------------------------------


@pytest.mark.usefixtures("no_tracebacks")
@pytest.mark.parametrize(
    ("path", "request_", "field"),
    [
        (f"{USERS}/GetUser", user_pb2.GetUserRequest(id="x" * 10_000), "id"),
        (f"{USERS}/DeleteUser", user_pb2.DeleteUserRequest(id="x" * 10_000), "id"),
        (
            f"{USERS}/BatchGetUsers",
            user_pb2.BatchGetUsersRequest(ids=["ok", "x" * 10_000]),
            "ids[1]",
        ),
        (
            f"{USERS}/CreateUser",
            user_pb2.CreateUserRequest(user=_user(username="u" * 1_000_000)),
            "user.username",
        ),
        (
            f"{USERS}/CreateUser",
            user_pb2.CreateUserRequest(user=_user(), request_id="r" * 1_000_000),
            "request_id",
        ),
        (
            f"{USERS}/ListUsers",
            user_pb2.ListUsersRequest(page_token="p" * 100_000),
            "page_token",
        ),
    ],
)
async def test_oversized_values_are_refused_without_echo(
    channel: grpc.aio.Channel, path: str, request_: Any, field: str
) -> None:
    got = await refused(channel, path, request_.SerializeToString())
    assert got.reason == "INVALID_FIELD"
    assert [f for f, _ in got.violations] == [field]
    assert "xxxxxxxxxx" not in got.message


@pytest.mark.usefixtures("no_tracebacks")
async def test_too_many_items_is_limit_exceeded(channel: grpc.aio.Channel) -> None:
    request_ = user_pb2.BatchGetUsersRequest(ids=[f"id{i}" for i in range(1001)])
    got = await refused(channel, f"{USERS}/BatchGetUsers", request_.SerializeToString())
    assert got.reason == "LIMIT_EXCEEDED"
    assert got.violations == [("ids", "must hold at most 1000 items")]
    mask = user_pb2.GetUserRequest(id="a", read_mask={"paths": ["email"] * 1001})
    got = await refused(channel, f"{USERS}/GetUser", mask.SerializeToString())
    assert got.reason == "LIMIT_EXCEEDED"


@pytest.mark.usefixtures("no_tracebacks")
async def test_many_violations_fit_the_trailers(channel: grpc.aio.Channel) -> None:
    # 1000 bad keys, each long: the status must still reach the client, capped.
    metadata = _metadata({f"{'k' * 200}{i}.x": 1 for i in range(1000)})
    data = _create_user(_user(public_metadata=metadata))
    got = await refused(channel, f"{USERS}/CreateUser", data)
    assert len(got.violations) == 10
    assert all(len(f) <= 203 for f, _ in got.violations)


async def test_a_long_unknown_id_is_not_echoed_whole(channel: grpc.aio.Channel) -> None:
    long_id = "y" * 256  # the longest id allowed: NOT_FOUND, its text cut
    got = await refused(
        channel,
        f"{USERS}/GetUser",
        user_pb2.GetUserRequest(id=long_id).SerializeToString(),
        code=grpc.StatusCode.NOT_FOUND,
    )
    assert long_id not in got.message
