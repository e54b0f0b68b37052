"""Validation rules every value must meet to be stored (issue 15 points 2, 3, 7).

Struct and Value content the database accepts, Timestamps and Durations in range, and the
default maxima of strings, bytes and repeated fields where the proto declares none.
"""

from __future__ import annotations

from typing import Any

import pytest
from google.protobuf import duration_pb2, struct_pb2, timestamp_pb2
from google.protobuf.descriptor import FieldDescriptor

from modelstore.directory.v1 import user_pb2
from modelstore.knowledge.v1 import message_pb2
from modelstore.platform.v1 import workspace_pb2 as ws_pb2
from modelstore_server import errors
from modelstore_server.engine import rules as rules_module
from modelstore_server.engine.field_plan import plan_of
from modelstore_server.engine.rules import read_rules
from modelstore_server.engine.validation import _check_duration, validate
from modelstore_server.transport.status import to_rpc_status


def _fields(violations: list[errors.FieldViolation]) -> list[str]:
    return [v.field for v in violations]


def _struct(value: dict[str, Any]) -> struct_pb2.Struct:
    out = struct_pb2.Struct()
    out.update(value)
    return out


def _max_len(message: Any, name: str) -> int:
    fd: FieldDescriptor = message.DESCRIPTOR.fields_by_name[name]
    return read_rules(fd, in_entity=False).max_len


def test_default_maxima_by_what_the_field_holds() -> None:
    assert _max_len(user_pb2.GetUserRequest, "id") == 256
    assert _max_len(user_pb2.CreateUserRequest, "request_id") == 256
    assert _max_len(user_pb2.BatchGetUsersRequest, "ids") == 256
    assert _max_len(user_pb2.ListUsersRequest, "page_token") == 16384
    assert _max_len(user_pb2.ListUsersRequest, "filter") == 16384
    assert _max_len(user_pb2.User, "username") == 4096
    assert _max_len(ws_pb2.Workspace, "name") == 200  # declared in the proto wins
    assert _max_len(message_pb2.Message, "content") == 1048576
    assert rules_module.MAX_ITEMS == 1000
    fd = user_pb2.BatchGetUsersRequest.DESCRIPTOR.fields_by_name["ids"]
    assert read_rules(fd, in_entity=False).max_items == 1000


def test_every_field_with_a_size_is_validated() -> None:
    validated = {f.name for f in plan_of(user_pb2.GetUserRequest.DESCRIPTOR).validated}
    assert validated == {"id", "read_mask"}
    validated = {f.name for f in plan_of(user_pb2.User.DESCRIPTOR).validated}
    assert {"username", "public_metadata", "last_sign_in_at", "created_at"} <= validated


def test_long_strings_and_many_items() -> None:
    found = validate(user_pb2.GetUserRequest(id="x" * 257))
    assert found == [errors.FieldViolation("id", "must be at most 256 characters long")]
    assert validate(user_pb2.GetUserRequest(id="x" * 256)) == []
    found = validate(ws_pb2.Workspace(name="w", allowed_origins=["o"] * 1001))
    assert found == [errors.FieldViolation("allowed_origins", "must hold at most 1000 items")]
    assert found[0].limit


@pytest.mark.parametrize(
    ("value", "path", "said"),
    [
        ({"a": {"$gt": 1}}, "m.public_metadata.a.$gt", "keys must be"),
        ({"a": {"x$": 1}}, "m.public_metadata.a.x$", "keys must be"),
        ({"a.b": 1}, "m.public_metadata.a.b", "keys must be"),
        ({"\x00": 1}, "m.public_metadata.\x00", "keys must be"),
        ({"k" * 257: 1}, "m.public_metadata." + "k" * 256, "keys must be"),
        ({"a": [[1]]}, "m.public_metadata.a[0]", "lists cannot hold lists"),
        ({"a": [{"b": [1, [2]]}]}, "m.public_metadata.a[0].b[1]", "lists cannot hold lists"),
        ({"a": float("nan")}, "m.public_metadata.a", "finite"),
        ({"a": {"b": float("inf")}}, "m.public_metadata.a.b", "finite"),
        ({"a": list(range(1001))}, "m.public_metadata.a", "at most 1000 items"),
    ],
)
def test_struct_rules_name_the_path(value: dict[str, Any], path: str, said: str) -> None:
    found = validate(user_pb2.User(public_metadata=_struct(value)), prefix="m.")
    found = [v for v in found if v.field.startswith("m.public_metadata")]
    assert _fields(found) == [path]
    assert said in found[0].description


def test_struct_depth() -> None:
    def deep(levels: int) -> struct_pb2.Struct:
        inner: dict[str, Any] = {}
        for _ in range(levels - 1):
            inner = {"a": inner}
        return _struct(inner)

    assert validate(user_pb2.ClerkUser(clerk_id="c", public_metadata=deep(32))) == []
    found = validate(user_pb2.ClerkUser(clerk_id="c", public_metadata=deep(33)))
    assert found == [
        errors.FieldViolation(
            "public_metadata" + ".a" * 32, "must be nested at most 32 levels deep"
        )
    ]


def test_fine_struct_content_passes() -> None:
    value = {"a": [1, "x", {"b": None, "c": [True, 2.5]}], "d-e_f:g": {"h": {}}}
    assert validate(user_pb2.ClerkUser(clerk_id="c", public_metadata=_struct(value))) == []


@pytest.mark.parametrize(
    ("ts", "bad"),
    [
        (timestamp_pb2.Timestamp(seconds=-62_135_596_801), "last_sign_in_at"),
        (timestamp_pb2.Timestamp(seconds=253_402_300_800), "last_sign_in_at"),
        (timestamp_pb2.Timestamp(seconds=0, nanos=-1), "last_sign_in_at.nanos"),
        (timestamp_pb2.Timestamp(seconds=0, nanos=1_000_000_000), "last_sign_in_at.nanos"),
        (timestamp_pb2.Timestamp(seconds=-62_135_596_800), None),
        (timestamp_pb2.Timestamp(seconds=253_402_300_799, nanos=999_999_999), None),
    ],
)
def test_timestamp_range(ts: timestamp_pb2.Timestamp, bad: str | None) -> None:
    found = validate(user_pb2.ClerkUser(clerk_id="c", last_sign_in_at=ts))
    assert _fields(found) == ([bad] if bad else [])


@pytest.mark.parametrize(
    ("seconds", "nanos", "ok"),
    [
        (315_576_000_000, 999_999_999, True),
        (-315_576_000_000, -999_999_999, True),
        (315_576_000_001, 0, False),
        (1, -1, False),
        (-1, 1, False),
        (0, 1_000_000_000, False),
        (0, -5, True),
    ],
)
def test_duration_range(seconds: int, nanos: int, ok: bool) -> None:
    found = _check_duration(duration_pb2.Duration(seconds=seconds, nanos=nanos), "d")
    assert (found == []) is ok


def test_violations_are_capped_for_the_trailers() -> None:
    many = [errors.FieldViolation("f" * 5000, "is bad") for _ in range(500)]
    exc = errors.invalid_request(many)
    assert len(exc.violations) == errors.MAX_VIOLATIONS
    assert all(len(v.field) <= 203 for v in exc.violations)
    assert len(exc.message) < 600
    status = to_rpc_status(exc)
    assert len(status.SerializeToString()) < 4096


def test_limits_alone_are_limit_exceeded() -> None:
    limit = errors.FieldViolation("ids", "must hold at most 1000 items", limit=True)
    plain = errors.FieldViolation("id", "is required")
    assert errors.invalid_request([limit]).reason == errors.too_many("ids", 1).reason
    assert errors.invalid_request([limit, plain]).reason == errors.required("id").reason


def test_shown_cuts_caller_input() -> None:
    assert errors.shown("abc") == "'abc'"
    assert len(errors.shown("x" * 10_000)) < 110
