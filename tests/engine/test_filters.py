"""Unit tests of the AIP-160 filter compiler (no database)."""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import random
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from bson import ObjectId
from google.protobuf import (
    descriptor_pb2,
    descriptor_pool,
    duration_pb2,
    struct_pb2,
    timestamp_pb2,
)
from google.protobuf.descriptor import Descriptor

import modelstore
from modelstore.platform.v1 import workspace_pb2
from modelstore.v1 import storage_pb2
from modelstore_server.engine.filters import FilterClock, FilterError, compile_filter

WORKSPACE = workspace_pb2.Workspace.DESCRIPTOR
T = descriptor_pb2.FieldDescriptorProto


def _probe() -> Descriptor:
    """A test-only entity with one field of every kind the compiler distinguishes."""
    # Imported for their side effect: the well-known types in the default pool.
    for module in (duration_pb2, struct_pb2, timestamp_pb2):
        assert module.DESCRIPTOR
    file = descriptor_pb2.FileDescriptorProto(
        name="modelstore/test/v1/filter_probe.proto",
        package="modelstore.test.v1",
        syntax="proto3",
        dependency=[
            "google/protobuf/duration.proto",
            "google/protobuf/struct.proto",
            "google/protobuf/timestamp.proto",
            "modelstore/v1/storage.proto",
        ],
    )
    status = file.enum_type.add(name="ProbeStatus")
    status.value.add(name="PROBE_STATUS_UNSPECIFIED", number=0)
    status.value.add(name="PROBE_STATUS_ACTIVE", number=1)
    paused = status.value.add(name="PROBE_STATUS_PAUSED", number=2)
    paused.options.Extensions[storage_pb2.enum_value].stored_value = "on_hold"

    email = file.message_type.add(name="ProbeEmail")
    email.field.add(name="address", number=1, type=T.TYPE_STRING)
    target = file.message_type.add(name="ProbeTarget")
    target.field.add(
        name="email", number=1, type=T.TYPE_MESSAGE, type_name=".modelstore.test.v1.ProbeEmail"
    )
    note = target.field.add(name="secret_note", number=2, type=T.TYPE_STRING)
    note.options.Extensions[storage_pb2.field].encrypted = True
    target.field.add(name="id", number=3, type=T.TYPE_STRING)

    probe = file.message_type.add(name="Probe")
    probe.options.Extensions[storage_pb2.storage].collection = "test.probes"
    labels = probe.nested_type.add(name="LabelsEntry")
    labels.options.map_entry = True
    labels.field.add(name="key", number=1, type=T.TYPE_STRING, label=T.LABEL_OPTIONAL)
    labels.field.add(name="value", number=2, type=T.TYPE_INT32, label=T.LABEL_OPTIONAL)
    fields: list[tuple[str, Any, str, bool]] = [
        ("id", T.TYPE_STRING, "", False),
        ("display_name", T.TYPE_STRING, "", False),
        ("count", T.TYPE_INT32, "", False),
        ("size_bytes", T.TYPE_UINT64, "", False),
        ("ratio", T.TYPE_DOUBLE, "", False),
        ("enabled", T.TYPE_BOOL, "", False),
        ("status", T.TYPE_ENUM, ".modelstore.test.v1.ProbeStatus", False),
        ("created_at", T.TYPE_MESSAGE, ".google.protobuf.Timestamp", False),
        ("tags", T.TYPE_STRING, "", True),
        ("scores", T.TYPE_INT32, "", True),
        ("context", T.TYPE_MESSAGE, ".google.protobuf.Struct", False),
        ("any_value", T.TYPE_MESSAGE, ".google.protobuf.Value", False),
        ("target", T.TYPE_MESSAGE, ".modelstore.test.v1.ProbeTarget", False),
        ("targets", T.TYPE_MESSAGE, ".modelstore.test.v1.ProbeTarget", True),
        ("blob", T.TYPE_BYTES, "", False),
        ("labels", T.TYPE_MESSAGE, ".modelstore.test.v1.Probe.LabelsEntry", True),
        ("password", T.TYPE_STRING, "", False),
        ("access_token", T.TYPE_STRING, "", False),
        ("nickname", T.TYPE_STRING, "", False),
        ("limit", T.TYPE_INT64, "", False),
        ("timeout", T.TYPE_MESSAGE, ".google.protobuf.Duration", False),
    ]
    for number, (name, kind, type_name, repeated) in enumerate(fields, start=1):
        label = T.LABEL_REPEATED if repeated else T.LABEL_OPTIONAL
        field = probe.field.add(name=name, number=number, type=kind, label=label)
        if type_name:
            field.type_name = type_name
        if name == "password":
            rules = field.options.Extensions[storage_pb2.field]
            rules.secret.algorithm = storage_pb2.SECRET_ALGORITHM_SCRYPT
        if name == "access_token":
            field.options.Extensions[storage_pb2.field].encrypted = True
        if name in ("nickname", "limit"):  # proto3 `optional`: explicit presence
            field.proto3_optional = True
            field.oneof_index = len(probe.oneof_decl)
            probe.oneof_decl.add(name=f"_{name}")
    pool = descriptor_pool.Default()
    try:
        return pool.FindMessageTypeByName("modelstore.test.v1.Probe")
    except KeyError:
        pool.Add(file)
        return pool.FindMessageTypeByName("modelstore.test.v1.Probe")


PROBE = _probe()


def q(text: str, descriptor: Descriptor = PROBE, **limits: int) -> dict[str, Any]:
    return compile_filter(text, descriptor, **limits)


def error(text: str, descriptor: Descriptor = PROBE, **limits: int) -> FilterError:
    with pytest.raises(FilterError) as info:
        compile_filter(text, descriptor, **limits)
    return info.value


# -- the real Workspace entity ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("status = ACTIVE", {"status": "active"}),
        ("status = WORKSPACE_STATUS_INACTIVE", {"status": "inactive"}),
        ('status = "ACTIVE"', {"status": "active"}),
        ("id = ws_1", {"_id": "ws_1"}),
        ('name = "Acme"', {"name": "Acme"}),
        ('allowed_origins:"https://app.acme.com"', {"allowedOrigins": "https://app.acme.com"}),
        ("allowed_origins:*", {"allowedOrigins": {"$exists": True, "$ne": []}}),
        (
            'created_at >= "2024-01-01T00:00:00Z"',
            {"createdAt": {"$gte": datetime(2024, 1, 1, tzinfo=UTC)}},
        ),
        (
            'updated_at < "2024-01-01T02:00:00+02:00"',
            {"updatedAt": {"$lt": datetime(2024, 1, 1, tzinfo=UTC)}},
        ),
    ],
)
def test_workspace_filters(text: str, expected: dict[str, Any]) -> None:
    assert q(text, WORKSPACE) == expected


def test_workspace_example_from_the_proto_comment() -> None:
    assert q('status = ACTIVE AND name = "Acme"', WORKSPACE) == {
        "$and": [{"status": "active"}, {"name": "Acme"}]
    }


def test_empty_filter_matches_everything() -> None:
    assert q("", WORKSPACE) == {}
    assert q(" \t\n ", WORKSPACE) == {}


# -- other platform entities ---------------------------------------------------------


def _descriptor(module: str, message: str) -> Descriptor:
    """A generated entity's descriptor; the test is skipped while its proto is not generated."""
    descriptor: Descriptor = getattr(
        pytest.importorskip(f"modelstore.platform.v1.{module}_pb2"), message
    ).DESCRIPTOR
    return descriptor


JAN_1 = datetime(2024, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("module", "message", "text", "expected"),
    [
        ("session", "Session", "workspace_id = ws_1", {"workspaceId": "ws_1"}),
        (
            "session",
            "Session",
            'status = ACTIVE expires_at > "2024-01-01T00:00:00Z"',
            {"$and": [{"status": "active"}, {"expiresAt": {"$gt": JAN_1}}]},
        ),
        ("session", "Session", "principal_type = USER", {"principalType": "user"}),
        ("session", "Session", 'scopes:"read"', {"scopes": "read"}),
        ("session", "Session", 'context.ip = "10.0.0.1"', {"context.ip": "10.0.0.1"}),
        ("session", "Session", "context.attempts >= 3", {"context.attempts": {"$gte": 3}}),
        ("session", "Session", "context:device", {"context.device": {"$exists": True}}),
        (
            "notification",
            "Notification",
            'target.email.to = "a@b.co"',
            {"target.email.to": "a@b.co"},
        ),
        (
            "notification",
            "Notification",
            "target.slack:*",
            {"target.slack": {"$exists": True}},
        ),
        (
            "notification",
            "Notification",
            "channel = EMAIL OR channel = NOTIFICATION_CHANNEL_SLACK",
            {"$or": [{"channel": "email"}, {"channel": "slack"}]},
        ),
        (
            "notification",
            "Notification",
            'error.timestamp < "2024-01-01T00:00:00Z"',
            {"error.timestamp": {"$lt": JAN_1}},
        ),
        (
            "notification",
            "Notification",
            "error.details.retry = true",
            {"error.details.retry": True},
        ),
        ("contact", "Contact", 'tags:"vip"', {"tags": "vip"}),
        ("contact", "Contact", "tags:*", {"tags": {"$exists": True, "$ne": []}}),
        (
            "contact",
            "Contact",
            "email_verified = false",
            {"emailVerified": {"$in": [False, None]}},
        ),
        ("contact", "Contact", 'attributes.plan = "pro"', {"attributes.plan": "pro"}),
        (
            "contact",
            "Contact",
            "role = ADMIN AND NOT status = DELETED",
            {"$and": [{"role": "admin"}, {"$nor": [{"status": "deleted"}]}]},
        ),
    ],
)
def test_platform_entities(module: str, message: str, text: str, expected: dict[str, Any]) -> None:
    assert q(text, _descriptor(module, message)) == expected


@pytest.mark.parametrize(
    ("module", "message", "text", "field"),
    [
        ("session", "Session", "target:*", "target"),
        ("session", "Session", "scopes = read", "scopes"),
        ("notification", "Notification", "target.email.address = x", "target.email.address"),
        ("notification", "Notification", "channel = FAX", "channel"),
        ("contact", "Contact", "tags > a", "tags"),
        ("client", "Client", "secret = s3cret", "secret"),
        ("user", "User", "password:*", "password"),
        ("workspace", "Workspace", 'etag != "x"', "etag"),  # a digest, not a stored value
    ],
)
def test_platform_entity_errors(module: str, message: str, text: str, field: str) -> None:
    exc = error(text, _descriptor(module, message))
    assert exc.field == field
    assert "s3cret" not in str(exc)


def _entities() -> list[Descriptor]:
    """Every generated entity message (one with a storage option)."""
    found = []
    for info in pkgutil.walk_packages(modelstore.__path__, "modelstore."):
        if info.name.endswith("_pb2"):
            file = importlib.import_module(info.name).DESCRIPTOR
            for message in file.message_types_by_name.values():
                if message.GetOptions().HasExtension(storage_pb2.storage):
                    found.append(message)
    return found


def test_every_field_of_every_entity_has_a_presence_filter() -> None:
    entities = _entities()
    assert WORKSPACE in entities
    for entity in entities:
        for field in entity.fields:
            rules = field.GetOptions().Extensions[storage_pb2.field]
            # Secrets, and the etag (a digest of the whole document), are not filterable.
            if rules.HasField("secret") or rules.encrypted or field.name == "etag":
                assert error(f"{field.name}:*", entity).field == field.name
                continue
            query = q(f"{field.name}:*", entity)
            key = "_id" if field.name == "id" else field.json_name
            assert query[key]["$exists"] is True, (entity.full_name, field.name)


# -- comparators and literals ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("count = 3", {"count": 3}),
        ("count != 3", {"count": {"$ne": 3}}),
        ("count < -3", {"count": {"$lt": -3}}),
        ("count <= -3", {"count": {"$lte": -3}}),
        ("count > 3", {"count": {"$gt": 3}}),
        ("count >= 3", {"count": {"$gte": 3}}),
        ("count:3", {"count": 3}),
        ("count = 1e3", {"count": 1000}),
        ("count = 2.0", {"count": 2}),
        ("size_bytes > 9223372036854775807", {"sizeBytes": {"$gt": 2**63 - 1}}),
        ("ratio >= 0.5", {"ratio": {"$gte": 0.5}}),
        ("ratio > 2", {"ratio": {"$gt": 2.0}}),
        ("ratio = -1.5E-3", {"ratio": -0.0015}),
        ("enabled = true", {"enabled": True}),
        ("enabled != TRUE", {"enabled": {"$ne": True}}),
        ("display_name = Acme", {"displayName": "Acme"}),
        ("display_name = 42", {"displayName": "42"}),
        ("display_name = true", {"displayName": "true"}),
        ("display_name = a-b_c", {"displayName": "a-b_c"}),
        ('display_name > "m"', {"displayName": {"$gt": "m"}}),
        ('display_name = "x" ', {"displayName": "x"}),
        ("display_name = 'single'", {"displayName": "single"}),
        (r'display_name = "say \"hi\"\n\t\\"', {"displayName": 'say "hi"\n\t\\'}),
        (r"display_name = 'it\'s'", {"displayName": "it's"}),
        (r'display_name = "\q"', {"displayName": "q"}),
        ('display_name = "a AND b OR (c)"', {"displayName": "a AND b OR (c)"}),
        (r'display_name = "\*"', {"displayName": "*"}),
        ("display_name:*", {"displayName": {"$exists": True}}),
        ("status = ACTIVE", {"status": "active"}),
        ("status = PROBE_STATUS_PAUSED", {"status": "on_hold"}),
        ("status != PAUSED", {"status": {"$ne": "on_hold"}}),
        ("status = UNSPECIFIED", {"status": None}),
        ("status != PROBE_STATUS_UNSPECIFIED", {"status": {"$ne": None}}),
        (
            'created_at = "2024-05-06T07:08:09.5Z"',
            {"createdAt": datetime(2024, 5, 6, 7, 8, 9, 500000, tzinfo=UTC)},
        ),
        ("created_at:*", {"createdAt": {"$exists": True}}),
        ('tags:"vip"', {"tags": "vip"}),
        ("tags:vip", {"tags": "vip"}),
        ("scores:7", {"scores": 7}),
        ("scores:*", {"scores": {"$exists": True, "$ne": []}}),
        ("target:*", {"target": {"$exists": True}}),
        ("blob:*", {"blob": {"$exists": True}}),
        ("id:*", {"_id": {"$exists": True}}),
        ("limit < 10", {"limit": {"$lt": 10}}),
        ("timeout > 1500", {"timeout": {"$gt": 1500}}),
        ('timeout <= "1.5s"', {"timeout": {"$lte": 1500}}),
        ('timeout = "-2s"', {"timeout": -2000}),
    ],
)
def test_restrictions(text: str, expected: dict[str, Any]) -> None:
    assert q(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Without presence, a zero value is not stored: a missing key is "", 0 or false.
        ('display_name = ""', {"displayName": {"$in": ["", None]}}),
        ('display_name:""', {"displayName": {"$in": ["", None]}}),
        ('display_name != ""', {"displayName": {"$nin": ["", None]}}),
        ('display_name < "b"', {"$or": [{"displayName": {"$lt": "b"}}, {"displayName": None}]}),
        ('display_name >= ""', {"$or": [{"displayName": {"$gte": ""}}, {"displayName": None}]}),
        ('display_name > ""', {"displayName": {"$gt": ""}}),
        ("count = 0", {"count": {"$in": [0, None]}}),
        ("count != 0", {"count": {"$nin": [0, None]}}),
        ("count != 1", {"count": {"$ne": 1}}),
        ("count < 3", {"$or": [{"count": {"$lt": 3}}, {"count": None}]}),
        ("count <= 0", {"$or": [{"count": {"$lte": 0}}, {"count": None}]}),
        ("count > -3", {"$or": [{"count": {"$gt": -3}}, {"count": None}]}),
        ("count >= 1", {"count": {"$gte": 1}}),
        ("ratio < 0.5", {"$or": [{"ratio": {"$lt": 0.5}}, {"ratio": None}]}),
        ("enabled = false", {"enabled": {"$in": [False, None]}}),
        ("enabled != false", {"enabled": {"$nin": [False, None]}}),
        ("enabled != true", {"enabled": {"$ne": True}}),
        ("target.email.address = ''", {"target.email.address": {"$in": ["", None]}}),
        # With presence (proto3 `optional`), a missing key is unset, not zero.
        ('nickname = ""', {"nickname": ""}),
        ("nickname != x", {"nickname": {"$ne": "x"}}),
        ("limit = 0", {"limit": 0}),
        ("limit < 3", {"limit": {"$lt": 3}}),
        # Map values and Struct values are stored even when zero.
        ("labels.env = 0", {"labels.env": 0}),
        ("context.n = 0", {"context.n": 0}),
        ("scores:0", {"scores": 0}),
    ],
)
def test_zero_values_of_fields_without_presence(text: str, expected: dict[str, Any]) -> None:
    assert q(text) == expected


def test_timestamps_are_aware_utc_datetimes() -> None:
    value = q('created_at > "2024-06-01T12:00:00.123456789-05:30"')["createdAt"]["$gt"]
    assert value.tzinfo is not None
    assert value.utcoffset() == timedelta(0)
    assert value == datetime(2024, 6, 1, 17, 30, 0, 123456, tzinfo=UTC)


# -- nested paths, Struct and maps ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('target.email.address = "a@b.co"', {"target.email.address": "a@b.co"}),
        ("target.email:*", {"target.email": {"$exists": True}}),
        # Only a top-level `id` is the document's `_id`.
        ("target.id = x", {"target.id": "x"}),
        ('targets.email.address = "a@b.co"', {"targets.email.address": "a@b.co"}),
        ('context.source = "web"', {"context.source": "web"}),
        ("context.a.b.c = 1", {"context.a.b.c": 1}),
        ("context.n > 1.5", {"context.n": {"$gt": 1.5}}),
        ("context.flag = true", {"context.flag": True}),
        ("context.gone = null", {"context.gone": None}),
        ("context.word = hello", {"context.word": "hello"}),
        ('context.when = "2024-01-01T00:00:00Z"', {"context.when": "2024-01-01T00:00:00Z"}),
        ('context."odd key" = 1', {"context.odd key": 1}),
        ("context.2fa = true", {"context.2fa": True}),
        ("context.7 = x", {"context.7": "x"}),
        ("context:*", {"context": {"$exists": True}}),
        ("context:source", {"context.source": {"$exists": True}}),
        ("context.source:*", {"context.source": {"$exists": True}}),
        ('context.list:"x"', {"context.list": "x"}),
        ("any_value = 3", {"anyValue": 3}),
        ("any_value.k = x", {"anyValue.k": "x"}),
        ("labels.env = 3", {"labels.env": 3}),
        ("labels:env", {"labels.env": {"$exists": True}}),
        ("labels:*", {"labels": {"$exists": True}}),
    ],
)
def test_paths(text: str, expected: dict[str, Any]) -> None:
    assert q(text) == expected


# -- logic and precedence -----------------------------------------------------------

A, B, C, D = ({"count": n} for n in range(1, 5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("count = 1 AND count = 2", {"$and": [A, B]}),
        ("count = 1 count = 2", {"$and": [A, B]}),
        ("count = 1 OR count = 2", {"$or": [A, B]}),
        ("NOT count = 1", {"$nor": [A]}),
        ("-count = 1", {"$nor": [A]}),
        ("NOT (count = 1 OR count = 2)", {"$nor": [{"$or": [A, B]}]}),
        ("-(count = 1)", {"$nor": [A]}),
        ("NOT(count = 1)", {"$nor": [A]}),
        ("NOT count = 1 AND count = 2", {"$and": [{"$nor": [A]}, B]}),
        # AIP-160: OR binds tighter than AND...
        ("count = 1 AND count = 2 OR count = 3", {"$and": [A, {"$or": [B, C]}]}),
        ("count = 1 OR count = 2 AND count = 3", {"$and": [{"$or": [A, B]}, C]}),
        # ...and than a sequence, which in turn binds tighter than AND.
        ("count = 1 count = 2 OR count = 3", {"$and": [A, {"$or": [B, C]}]}),
        ("count = 1 count = 2 AND count = 3", {"$and": [A, B, C]}),
        ("(count = 1 AND count = 2) OR count = 3", {"$or": [{"$and": [A, B]}, C]}),
        ("count = 1 OR count = 2 OR count = 3", {"$or": [A, B, C]}),
        # Nested groups of the same operator are flattened.
        ("(count = 1 AND count = 2) AND (count = 3 count = 4)", {"$and": [A, B, C, D]}),
        ("(count = 1 OR (count = 2 OR count = 3))", {"$or": [A, B, C]}),
        ("((((count = 1))))", A),
        # A bare word after the value starts the next restriction.
        ("count = 1 (count = 2)", {"$and": [A, B]}),
        ("count=1 AND(count=2)", {"$and": [A, B]}),
    ],
)
def test_logic(text: str, expected: dict[str, Any]) -> None:
    assert q(text) == expected


def test_keywords_are_case_sensitive_words() -> None:
    assert q("display_name = ANDROID OR display_name = NOTE") == {
        "$or": [{"displayName": "ANDROID"}, {"displayName": "NOTE"}]
    }
    # Lowercase `and` is a bare value, not a keyword.
    assert "bare value" in str(error("count = 1 and count = 2"))


# -- membership: a parenthesised OR of values on one field --------------------------

OID = "665f1c2e9b1d8a0012345679"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Enums as their stored strings; UNSPECIFIED is the missing field, as with `=`.
        ("status = (ACTIVE OR PAUSED)", {"status": {"$in": ["active", "on_hold"]}}),
        ("status = (PROBE_STATUS_ACTIVE OR UNSPECIFIED)", {"status": {"$in": ["active", None]}}),
        ("status:(ACTIVE OR ACTIVE)", {"status": "active"}),
        ("status = (ACTIVE)", {"status": "active"}),
        ("count = (1 OR 2 OR 3)", {"count": {"$in": [1, 2, 3]}}),
        # A zero value also matches the missing key, as `count = 0` does.
        ("count = (0 OR 5)", {"count": {"$in": [0, None, 5]}}),
        ('display_name = ("a" OR b)', {"displayName": {"$in": ["a", "b"]}}),
        # On a repeated field, `:` with a list matches any element in the set.
        ('tags:("vip" OR "new")', {"tags": {"$in": ["vip", "new"]}}),
        ("scores:(1 OR 2)", {"scores": {"$in": [1, 2]}}),
        # A 24-hex id in both stored forms, a text id as itself.
        ("id = (ab OR " + OID + ")", {"_id": {"$in": ["ab", ObjectId(OID), OID]}}),
        (
            'created_at = ("2024-01-01T00:00:00Z" OR "2024-01-02T00:00:00Z")',
            {"createdAt": {"$in": [JAN_1, JAN_1 + timedelta(days=1)]}},
        ),
        # Struct values keep their own types: 1 and true are different values there.
        ("context.n = (1 OR true)", {"context.n": {"$in": [1, True]}}),
        # What cannot merge into one `$in` stays an `$or` of the comparisons.
        (
            "labels:(env OR team)",
            {"$or": [{"labels.env": {"$exists": True}}, {"labels.team": {"$exists": True}}]},
        ),
        (
            'display_name = ("a*" OR "b")',
            {"$or": [{"displayName": {"$regex": "^a"}}, {"displayName": "b"}]},
        ),
        # Negated with NOT: documents without the field are not ACTIVE either.
        ("NOT status = (ACTIVE OR PAUSED)", {"$nor": [{"status": {"$in": ["active", "on_hold"]}}]}),
        # Mixed-field ORs are what they were: an `$or` of restrictions.
        ("status = ACTIVE OR count = 1", {"$or": [{"status": "active"}, A]}),
        (
            "count = (1 OR 2) AND status = ACTIVE",
            {"$and": [{"count": {"$in": [1, 2]}}, {"status": "active"}]},
        ),
    ],
)
def test_membership(text: str, expected: dict[str, Any]) -> None:
    assert q(text) == expected


def test_membership_of_the_workspace_proto() -> None:
    assert q("status = (ACTIVE OR INACTIVE)", WORKSPACE) == {
        "status": {"$in": ["active", "inactive"]}
    }
    assert q('allowed_origins:("https://a.com" OR "https://b.com")', WORKSPACE) == {
        "allowedOrigins": {"$in": ["https://a.com", "https://b.com"]}
    }


@pytest.mark.parametrize(
    ("text", "field", "fragment"),
    [
        ("status != (ACTIVE OR PAUSED)", "status", "needs = or :"),
        ("count > (1 OR 2)", "count", "needs = or :"),
        ("status = (ACTIVE OR NOPE)", "status", "enum"),
        ("count = (1 OR x)", "count", "integer"),
        ("tags = (a OR b)", "tags", "repeated"),
        ("count = (1 OR a.b)", "count", "literal"),
        ("count = (1 OR *)", "count", "'*'"),
    ],
)
def test_membership_errors(text: str, field: str, fragment: str) -> None:
    exc = error(text)
    assert exc.field == field
    assert fragment in str(exc)


# -- prefix match: a trailing `*` ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('display_name = "Acme*"', {"displayName": {"$regex": "^Acme"}}),
        ("display_name = Acme*", {"displayName": {"$regex": "^Acme"}}),
        ('display_name:"Acme*"', {"displayName": {"$regex": "^Acme"}}),
        ('display_name != "Acme*"', {"displayName": {"$not": {"$regex": "^Acme"}}}),
        # Every character of the prefix is literal: user input is never a regex.
        (
            'display_name = "a.b+c(d)[e]^$|?{1}\\\\*"',
            {"displayName": {"$regex": "^" + re.escape("a.b+c(d)[e]^$|?{1}\\")}},
        ),
        ('display_name = "(?i)x*"', {"displayName": {"$regex": "^\\(\\?i\\)x"}}),
        ('display_name = "a\x00b*"', {"displayName": {"$regex": "^a\\x00b"}}),
        # An escaped star is the character itself, at the end or anywhere.
        ('display_name = "5\\*"', {"displayName": "5*"}),
        ('display_name = "a\\*b*"', {"displayName": {"$regex": "^a\\*b"}}),
        ('tags:"v*"', {"tags": {"$regex": "^v"}}),
        ('target.email.address = "ada@*"', {"target.email.address": {"$regex": "^ada@"}}),
        ('context.kind = "doc*"', {"context.kind": {"$regex": "^doc"}}),
        ("id = usr_*", {"_id": {"$regex": "^usr_"}}),
    ],
)
def test_prefix(text: str, expected: dict[str, Any]) -> None:
    assert q(text) == expected


def test_a_prefix_regex_matches_the_literal_prefix_only() -> None:
    """The regex sent is what PCRE and Python's `re` read alike for escaped text."""
    prefix = "a.b*c+(d)|[e]$\\ \t#é"
    quoted = prefix.replace("\\", "\\\\").replace("*", "\\*")
    pattern = re.compile(q(f'display_name = "{quoted}*"')["displayName"]["$regex"])
    assert pattern.match(prefix + "tail")
    assert not pattern.match("aXb*c+(d)|[e]$\\ \t#é")
    assert not pattern.match("x" + prefix)


@pytest.mark.parametrize(
    ("text", "field", "fragment"),
    [
        ('display_name = "a*b"', "display_name", "may only end"),
        ("display_name = a*b*", "display_name", "may only end"),
        ('display_name = "**"', "display_name", "may only end"),
        ('display_name = "*"', "display_name", "needs text before"),
        ("display_name = **", "display_name", "may only end"),
        ('display_name < "a*"', "display_name", "needs = or !="),
        ('count = "1*"', "count", "string fields"),
        ("status = ACT*", "status", "string fields"),
        ('created_at > "2024*"', "created_at", "string fields"),
        ('tags = "a*"', "tags", "repeated"),
        ('labels:"a*"', "labels", "string fields"),
    ],
)
def test_prefix_errors(text: str, field: str, fragment: str) -> None:
    exc = error(text)
    assert exc.field == field
    assert fragment in str(exc)


def test_a_prefix_on_objectid_ids_is_refused() -> None:
    from modelstore.knowledge.v1 import user_pb2 as knowledge_user_pb2

    exc = error('id = "665f*"', knowledge_user_pb2.User.DESCRIPTOR)
    assert exc.field == "id"
    assert "ObjectId" in str(exc)


# -- times relative to now ---------------------------------------------------------

AT = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def at(text: str) -> dict[str, Any]:
    return compile_filter(text, PROBE, clock=FilterClock(AT))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("created_at > now", {"createdAt": {"$gt": AT}}),
        ("created_at > now-1h", {"createdAt": {"$gt": AT - timedelta(hours=1)}}),
        ("created_at >= now-3600s", {"createdAt": {"$gte": AT - timedelta(hours=1)}}),
        ("created_at < now+30m", {"createdAt": {"$lt": AT + timedelta(minutes=30)}}),
        ("created_at <= now-7d", {"createdAt": {"$lte": AT - timedelta(days=7)}}),
        (
            "created_at > now-1d AND created_at < now",
            {"$and": [{"createdAt": {"$gt": AT - timedelta(days=1)}}, {"createdAt": {"$lt": AT}}]},
        ),
        ("created_at = (now OR now-1s)", {"createdAt": {"$in": [AT, AT - timedelta(seconds=1)]}}),
        # Only timestamps read `now`: anywhere else it is the word itself.
        ("display_name = now", {"displayName": "now"}),
        ("context.when = now-1h", {"context.when": "now-1h"}),
        # Absolute RFC 3339 timestamps keep working.
        ('created_at > "2024-01-01T00:00:00Z"', {"createdAt": {"$gt": JAN_1}}),
    ],
)
def test_relative_times(text: str, expected: dict[str, Any]) -> None:
    assert at(text) == expected


def test_now_is_read_once_per_request_in_whole_milliseconds() -> None:
    clock = FilterClock()
    assert clock.read is None
    query = compile_filter("created_at > now-1h AND created_at < now", PROBE, clock=clock)
    assert clock.read is not None
    assert clock.read.microsecond % 1000 == 0
    low, high = query["$and"][0]["createdAt"]["$gt"], query["$and"][1]["createdAt"]["$lt"]
    assert high - low == timedelta(hours=1)
    assert abs(datetime.now(UTC) - high) < timedelta(minutes=1)


def test_a_filter_without_relative_times_reads_no_clock() -> None:
    clock = FilterClock()
    compile_filter('created_at > "2024-01-01T00:00:00Z" AND display_name = now', PROBE, clock=clock)
    assert clock.read is None


@pytest.mark.parametrize(
    ("text", "field", "fragment"),
    [
        ("created_at > now-1w", "created_at", "whole number of s, m, h or d"),
        ("created_at > now-h", "created_at", "whole number"),
        ("created_at > now-1", "created_at", "whole number"),
        ("created_at > now+-1h", "created_at", "whole number"),
        ("created_at > now-1.5h", "created_at", "whole number"),
        ("created_at > now-1H", "created_at", "whole number"),
        ("created_at > now-9999999999999s", "created_at", "whole number"),
        ("created_at > now-999999999999d", "created_at", "0001 to 9999"),
        ("created_at > now+999999999d", "created_at", "0001 to 9999"),
        ("created_at > nowadays", "created_at", "RFC 3339"),
        ('created_at > "now-1h"', "created_at", "RFC 3339"),
    ],
)
def test_relative_time_errors(text: str, field: str, fragment: str) -> None:
    with pytest.raises(FilterError) as info:
        at(text)
    assert info.value.field == field
    assert fragment in str(info.value)


def test_a_spaced_relative_time_says_how_to_write_it() -> None:
    exc = error("created_at > now - 1h")
    assert "without spaces" in str(exc)


# -- errors -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "field", "fragment"),
    [
        ("nope = 1", "nope", "unknown field"),
        ("target.nope = 1", "target.nope", "unknown field"),
        ("display_name.x = 1", "display_name.x", "does not exist"),
        ("created_at.seconds > 1", "created_at.seconds", "does not exist"),
        ("password = x", "password", "cannot be used"),
        ("access_token:*", "access_token", "cannot be used"),
        ('target.secret_note = "x"', "target.secret_note", "cannot be used"),
        ("enabled = yes", "enabled", "true or false"),
        ('enabled = "true"', "enabled", "true or false"),
        ("enabled > false", "enabled", "only = and !="),
        ("status = NOPE", "status", "enum"),
        ("status = 1", "status", "enum"),
        ("status >= ACTIVE", "status", "only = and !="),
        ("count = 1.5", "count", "integer"),
        ('count = "3"', "count", "integer"),
        ("count = abc", "count", "integer"),
        ("count = 1e400", "count", "integer"),
        ("count < 99999999999999999999", "count", "out of range"),
        ("ratio = x", "ratio", "number"),
        ('created_at > "2024-01-01"', "created_at", "RFC 3339"),
        ('created_at > "2024-13-01T00:00:00Z"', "created_at", "RFC 3339"),
        ('created_at > "0000-01-01T00:00:00Z"', "created_at", "RFC 3339"),
        ('created_at > "9999-12-31T23:59:59-01:00"', "created_at", "RFC 3339"),
        ("created_at > 2024", "created_at", "RFC 3339"),
        ('timeout > "soon"', "timeout", "duration"),
        ("timeout > 1.5", "timeout", "integer"),
        ("timeout > x", "timeout", "duration"),
        ("tags = vip", "tags", "repeated"),
        ("scores > 1", "scores", "repeated"),
        ("target = x", "target", "cannot be compared"),
        ("target:x", "target", "presence test"),
        ("target < x", "target", "cannot be compared"),
        ("context = x", "context", "cannot be compared"),
        ("labels = x", "labels", "cannot be compared"),
        ("blob = x", "blob", "cannot be compared"),
        ("display_name = *", "display_name", "'*'"),
        ("count > *", "count", "'*'"),
        ("display_name = a.b", "display_name", "literal"),
        ('context."a.b" = 1', "context.a.b", "invalid key"),
        ('context."$where" = 1', "context.$where", "invalid key"),
        ('context."" = 1', "context.", "invalid key"),
        ('context:"$x"', "context", "invalid key"),
        ('labels."a\x00b" = 1', "labels.a\x00b", "invalid key"),
    ],
)
def test_field_errors(text: str, field: str, fragment: str) -> None:
    exc = error(text)
    assert exc.field == field
    assert fragment in str(exc)


def test_secret_values_are_not_echoed() -> None:
    assert "hunter2" not in str(error('password = "hunter2"'))
    assert "hunter2" not in str(error('display_name = "hunter2" )'))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("count", "bare value"),
        ('"Acme"', "bare value"),
        ("42", "bare value"),
        ("1 = count", "left side"),
        ('"count" = 1', "left side"),
        ("true = enabled", "left side"),
        ("lower(display_name) = x", "function calls are not supported"),
        ('display_name.startsWith("A")', "function calls are not supported"),
        ('display_name = concat("a", "b")', "function calls are not supported"),
        ("count =", "unexpected end of filter"),
        ("count = 1 AND", "unexpected end of filter"),
        ("(count = 1", "expected ')'"),
        ("count = 1)", "unexpected ')' at position 10"),
        ("count = = 1", "unexpected '=' at position 9"),
        ("count = AND", "unexpected AND at position 9"),
        ("count = ()", "unexpected ')'"),
        ("count = (1 2)", "expected ')' or OR"),
        ("count = (1 AND 2)", "unexpected AND"),
        ("count = ((1))", "unexpected '('"),
        ("count = 1 OR OR count = 2", "unexpected OR"),
        ("NOT NOT count = 1", "unexpected NOT"),
        ("count = 1 !", "unexpected character '!' at position 11"),
        ("count = 1 \\", "unexpected character '\\\\'"),
        ('display_name = "open', "unterminated string starting at position 16"),
        ("display_name = 'open", "unterminated string"),
        ("()", "unexpected ')'"),
        ("count = -x", "unexpected '-'"),
        ("created_at > 2024-01-01T00:00:00Z", "unexpected ':'"),
    ],
)
def test_syntax_and_shape_errors(text: str, fragment: str) -> None:
    exc = error(text)
    assert exc.field is None
    assert fragment in str(exc)
    assert "Traceback" not in str(exc)


def test_errors_carry_no_cause_chain() -> None:
    exc = error("count = = 1")
    assert exc.__cause__ is None
    assert exc.__suppress_context__


# -- limits ------------------------------------------------------------------------


def test_max_length() -> None:
    text = "display_name = " + "x" * 5000
    exc = error(text)
    assert "too long" in str(exc)
    assert len(str(exc)) < 100
    assert q("count = 1", max_length=9) == A
    assert "too long" in str(error("count = 1", max_length=8))


@pytest.mark.parametrize(
    "text",
    [
        "count = " + "y" * 3000,
        "y" * 3000 + " = 1",
        "context." + "k" * 3000 + " = *",
        "context." + "k" * 3000 + " = a.b",
        "context.k = " + "9" * 3000,
        "lower" + "x" * 3000 + "(a)",
        "count = 1 " + "y" * 3000 + "&",
    ],
)
def test_echoed_input_is_shortened(text: str) -> None:
    assert len(str(error(text))) < 200


def test_max_depth() -> None:
    assert q("(" * 32 + "count = 1" + ")" * 32) == A
    assert "nested too deeply" in str(error("(" * 33 + "count = 1" + ")" * 33))
    assert q("NOT (" * 16 + "count = 1" + ")" * 16) is not None
    assert "nested too deeply" in str(error("NOT (" * 17 + "count = 1" + ")" * 17))
    assert "nested too deeply" in str(error("((count = 1))", max_depth=1))
    assert q("(count = 1) AND (count = 2)", max_depth=1) == {"$and": [A, B]}


def test_deep_and_long_input_never_recurses() -> None:
    # Far beyond Python's recursion limit in nodes, within max_length in characters.
    for text in (
        "(" * 2000 + "count = 1" + ")" * 2000,
        "-(" * 1300 + "count = 1" + ")" * 1300,
    ):
        assert "nested too deeply" in str(error(text, max_length=10_000))
    assert q("(" * 2000 + "count = 1" + ")" * 2000, max_length=10_000, max_depth=5000) == A
    wide = " AND ".join(["count = 1"] * 300)
    assert q(wide, max_length=10_000) == {"$and": [A] * 300}
    chain = "context" + ".k" * 1500 + " = 1"
    assert len(next(iter(q(chain)))) == len("context") + 2 * 1500
    for text in ("(" * 4000, ")" * 4000, "NOT " * 1000, "-" * 4000, '"' + "\\" * 4000):
        error(text)


# -- robustness ----------------------------------------------------------------------

_ALPHABET = [*"().\"':=<>!-*, \t\\", "AND", "OR", "NOT", " AND ", " OR ", "NOT "]
_ALPHABET += ["count", "context", "tags", "status", "ACTIVE", "1", "2.5", "true", "x", "é", "\x00"]
_ALPHABET += ["created_at", "now", "now-1h", "+", "3600s", "display_name", "A*", '"a*"', "\\*"]


def test_random_garbage_gives_a_query_or_a_filter_error() -> None:
    rng = random.Random(160)
    for _ in range(3000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 30)))
        try:
            result: Any = q(text)
        except FilterError as exc:
            result = str(exc)
        assert isinstance(result, dict) or result


def test_random_bytes_give_a_query_or_a_filter_error() -> None:
    rng = random.Random(7)
    for _ in range(1000):
        text = "".join(chr(rng.randint(0, 0x2FF)) for _ in range(rng.randint(0, 60)))
        with contextlib.suppress(FilterError):
            assert isinstance(q(text), dict)
