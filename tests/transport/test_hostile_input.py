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
    assert len(got.message) < 400, got.message
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
