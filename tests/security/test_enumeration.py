"""Unique keys of tenant-scoped entities are unique within the tenant: no existence oracle.

A create in workspace A with a username that workspace B uses succeeds; the same username
twice in A is ALREADY_EXISTS naming the index's fields. Every unique index of a tenant-scoped
entity leads with the tenant key, and `modelstore migrate` (ensure_indexes) replaces the
former global index in place.
"""

from __future__ import annotations

import dataclasses
import uuid

import grpc

from modelstore.platform.v1 import user_pb2, user_pb2_grpc
from modelstore_server.app import Modelstore
from modelstore_server.storage.indexes import ensure_indexes
from tests.support import MODELS, Samples, expect_error

# Unique indexes of tenant-scoped entities that the seeds want global: none so far.
GLOBAL_UNIQUE: set[str] = set()


def test_tenant_scoped_unique_indexes_lead_with_the_tenant() -> None:
    wrong = [
        f"{m.full_name}:{i.name}"
        for m in MODELS.values()
        if m.tenant_key is not None and m.tenant_key != "_id"
        for i in m.indexes
        if i.unique
        and i.keys[0][0] != m.tenant_key
        and f"{m.full_name}:{i.name}" not in GLOBAL_UNIQUE
    ]
    assert not wrong, wrong


async def test_a_username_of_another_workspace_is_not_revealed(
    channel: grpc.aio.Channel, tenant: str
) -> None:
    users = user_pb2_grpc.UserServiceStub(channel)
    workspace = MODELS["modelstore.platform.v1.Workspace"]
    name = f"ada-{uuid.uuid4().hex[:8]}"
    for t in (tenant, tenant + "-b"):
        await Samples(channel, t).tenant_root(workspace)
    md_a, md_b = (("x-tenant-id", tenant),), (("x-tenant-id", tenant + "-b"),)
    user = user_pb2.User(username=name, password="pw-123456")
    await users.CreateUser(user_pb2.CreateUserRequest(user=user), metadata=md_b)
    made = await users.CreateUser(user_pb2.CreateUserRequest(user=user), metadata=md_a)
    assert made.user.username == name
    got = await expect_error(
        users.CreateUser(user_pb2.CreateUserRequest(user=user), metadata=md_a),
        grpc.StatusCode.ALREADY_EXISTS,
    )
    assert got.metadata["fields"] == "workspace_id,username"  # the index's fields


async def test_migrate_replaces_the_global_username_index(server: Modelstore) -> None:
    assert server.db is not None
    assert server.caps is not None
    model = MODELS["modelstore.platform.v1.User"]
    scratch = f"scratch_users_{uuid.uuid4().hex[:8]}"
    coll = server.db[scratch]
    await coll.create_index([("username", 1)], name="username_1", unique=True)
    specs = [dataclasses.replace(s, collection=scratch) for s in model.index_specs()]
    try:
        actions = await ensure_indexes(server.db, specs, server.caps)
        assert any(a.name == "username_1" and a.action == "recreated" for a in actions)
        info = await coll.index_information()
        assert info["username_1"]["key"] == [("workspaceId", 1), ("username", 1)]
        assert info["username_1"]["unique"]
    finally:
        await coll.drop()
