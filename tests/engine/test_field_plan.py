"""The compiled field plan: one per message type, and the engine's one path resolver."""

from __future__ import annotations

import pytest

from modelstore.platform.v1 import user_pb2, workspace_pb2
from modelstore_server.engine import codec, model
from modelstore_server.engine.field_plan import FieldKind, PathError, plan_of
from tests.engine.test_filters import PROBE

USER = user_pb2.User.DESCRIPTOR


def test_one_plan_per_descriptor() -> None:
    assert plan_of(USER) is plan_of(USER)
    assert plan_of(USER).descriptor is USER
    # The codec's and the nested fields' plans are read from the same object.
    assert codec.plan_by_name(USER) is plan_of(USER).stored_by_name
    assert plan_of(PROBE).by_name["target"].nested is plan_of(PROBE).by_name["target"].nested


def test_storage_keys_and_kinds() -> None:
    plan = plan_of(PROBE)
    keys = {f.name: f.key for f in plan.fields}
    assert keys["id"] == "_id", "an entity's own id is stored as _id"
    assert keys["display_name"] == "displayName"
    assert keys["created_at"] == "createdAt"
    kinds = {f.name: f.kind for f in plan.fields}
    assert kinds["status"] is FieldKind.ENUM
    assert kinds["created_at"] is FieldKind.TIMESTAMP
    assert kinds["timeout"] is FieldKind.DURATION
    assert kinds["context"] is FieldKind.STRUCT
    assert kinds["any_value"] is FieldKind.DYNAMIC
    assert kinds["labels"] is FieldKind.MAP
    assert kinds["target"] is FieldKind.MESSAGE
    assert kinds["blob"] is FieldKind.BYTES
    assert plan.by_name["labels"].is_map
    assert not plan.by_name["labels"].repeated
    assert plan.by_name["tags"].repeated
    # A nested message's own `id` is not an entity id.
    assert plan.by_name["target"].nested is not None
    assert plan.by_name["target"].nested.by_name["id"].key == "id"


def test_hidden_fields_are_planned_but_not_stored() -> None:
    plan = plan_of(PROBE)
    assert plan.by_name["password"].hidden
    assert plan.by_name["access_token"].hidden
    stored = {f.name for f in plan.stored}
    assert "password" not in stored
    assert "access_token" not in stored
    assert [f.name for f in codec.compile_plan(PROBE)] == [f.name for f in plan.stored]


def test_rules_are_read_once_into_the_plan() -> None:
    user = plan_of(USER).by_name
    assert user["username"].rules.required
    assert user["username"].rules.trim
    assert user["username"].rules.min_len == 1
    assert user["status"].rules.default == user_pb2.USER_STATUS_ACTIVE
    assert user["created_at"].rules.output_only
    assert user["workspace_id"].rules.references == "modelstore.platform.v1.Workspace"
    assert user["id"].rules.is_id
    assert user["password"].rules.secret is not None
    assert user["status"].enum_stored is not None
    assert user["status"].enum_stored[user_pb2.USER_STATUS_INACTIVE] == "inactive"


@pytest.mark.parametrize(
    ("path", "key", "chain"),
    [
        ("id", "_id", ["id"]),
        ("display_name", "displayName", ["display_name"]),
        ("target.email.address", "target.email.address", ["target", "email", "address"]),
        ("targets.id", "targets.id", ["targets", "id"]),
        ("created_at", "createdAt", ["created_at"]),
    ],
)
def test_paths_resolve(path: str, key: str, chain: list[str]) -> None:
    resolved = plan_of(PROBE).resolve(path)
    assert resolved.key == key
    assert [f.name for f in resolved.chain] == chain
    assert resolved.field is resolved.chain[-1]
    # The same path given as segments resolves the same way.
    assert plan_of(PROBE).resolve(tuple(path.split("."))) == resolved


@pytest.mark.parametrize(
    ("path", "at", "problem"),
    [
        ("nope", "nope", "unknown"),
        ("target.nope", "target.nope", "unknown"),
        ("display_name.x", "display_name.x", "not_a_message"),
        ("created_at.seconds", "created_at.seconds", "not_a_message"),
        ("timeout.seconds", "timeout.seconds", "not_a_message"),
        ("labels.x", "labels.x", "not_a_message"),
        ("context.ip", "context.ip", "not_a_message"),
        ("password", "password", "hidden"),
        ("target.secret_note", "target.secret_note", "hidden"),
        ("", "", "unknown"),
    ],
)
def test_unknown_and_hidden_paths_are_rejected(path: str, at: str, problem: str) -> None:
    with pytest.raises(PathError) as info:
        plan_of(PROBE).resolve(path)
    assert info.value.at == at
    assert info.value.problem == problem
    assert info.value.path == path
    assert isinstance(info.value, KeyError), "model.resolve_path callers catch KeyError"


def test_hidden_paths_resolve_when_allowed() -> None:
    resolved = plan_of(PROBE).resolve("password", hidden=True)
    assert resolved.key == "password"
    assert resolved.chain[0].hidden
    # Allowing them once does not let a later strict resolve through.
    with pytest.raises(PathError):
        plan_of(PROBE).resolve("password")


def test_keyed_paths_go_through_maps_and_structs() -> None:
    plan = plan_of(PROBE)
    by_key = plan.resolve("labels.x", keyed=True)
    assert by_key.key == "labels.x"
    assert [f.name for f in by_key.chain] == ["labels"]
    assert by_key.field is plan.by_name["labels"].map_value
    assert by_key.field is not None
    assert by_key.field.kind is FieldKind.INT
    inside = plan.resolve(("context", "a", "b"), keyed=True)
    assert inside.key == "context.a.b"
    assert inside.field is None
    with pytest.raises(PathError) as info:
        plan.resolve(("context", "$where"), keyed=True)
    assert info.value.problem == "bad_key"
    assert info.value.at == "$where"


def test_model_resolve_path_reads_the_plan() -> None:
    key, chain = model.resolve_path(PROBE, "target.email.address")
    assert key == "target.email.address"
    assert [fd.name for fd in chain] == ["target", "email", "address"]
    assert model.resolve_path(PROBE, "password")[0] == "password", "update masks write secrets"
    with pytest.raises(KeyError):
        model.resolve_path(PROBE, "labels.x")


def test_entity_model_is_built_from_the_plan() -> None:
    entity = model.build_entity_model(workspace_pb2.Workspace.DESCRIPTOR)
    plan = plan_of(workspace_pb2.Workspace.DESCRIPTOR)
    assert entity.field_keys == {f.name: f.key for f in plan.fields}
    assert entity.output_only == {f.name for f in plan.fields if f.rules.output_only}
