"""Entity-specific rules from the seeds: iam soft delete, knowledge normalisation, bcrypt."""

from __future__ import annotations

import grpc

from modelstore.iam.v1 import role_pb2, role_pb2_grpc
from modelstore.knowledge.v1 import user_pb2 as k_user_pb2
from modelstore.knowledge.v1 import user_pb2_grpc as k_user_pb2_grpc
from modelstore_server.app import Modelstore
from tests.support import MODELS, Samples, either, expect_error


async def test_iam_soft_delete_and_undelete(channel: grpc.aio.Channel, tenant: str) -> None:
    md = (("x-tenant-id", tenant),)
    await Samples(channel, tenant).tenant_root(MODELS["modelstore.iam.v1.Tenant"])
    stub = role_pb2_grpc.RoleServiceStub(channel)
    role = (
        await stub.CreateRole(
            role_pb2.CreateRoleRequest(role=role_pb2.Role(name="editor")), metadata=md
        )
    ).role
    assert role.is_active
    assert role.schema_version == 1

    deleted = (await stub.DeleteRole(role_pb2.DeleteRoleRequest(id=role.id), metadata=md)).role
    assert deleted.is_active is False
    assert deleted.etag != role.etag
    # Get still returns it; List hides it unless show_deleted.
    got = (await stub.GetRole(role_pb2.GetRoleRequest(id=role.id), metadata=md)).role
    assert got.is_active is False
    listed = await stub.ListRoles(role_pb2.ListRolesRequest(), metadata=md)
    assert role.id not in [r.id for r in listed.roles]
    listed = await stub.ListRoles(role_pb2.ListRolesRequest(show_deleted=True), metadata=md)
    assert role.id in [r.id for r in listed.roles]
    await expect_error(
        stub.DeleteRole(role_pb2.DeleteRoleRequest(id=role.id), metadata=md),
        grpc.StatusCode.NOT_FOUND,
    )

    restored = (await stub.UndeleteRole(role_pb2.UndeleteRoleRequest(id=role.id), metadata=md)).role
    assert restored.is_active is True
    again = await expect_error(
        stub.UndeleteRole(role_pb2.UndeleteRoleRequest(id=role.id), metadata=md),
        grpc.StatusCode.ALREADY_EXISTS,
    )
    assert again.reason == "ALREADY_EXISTS_ID"
    listed = await stub.ListRoles(role_pb2.ListRolesRequest(), metadata=md)
    assert role.id in [r.id for r in listed.roles]
    # A stale etag is refused on delete as on update.
    stale = await expect_error(
        stub.DeleteRole(role_pb2.DeleteRoleRequest(id=role.id, etag=role.etag), metadata=md),
        grpc.StatusCode.ABORTED,
    )
    assert stale.reason == "ETAG_MISMATCH"


async def test_knowledge_user_is_normalised_and_bcrypt_hashed(
    channel: grpc.aio.Channel, server: Modelstore, unique: str
) -> None:
    stub = k_user_pb2_grpc.UserServiceStub(channel)
    user = k_user_pb2.User(
        email=f"  Mixed.{unique}@Example.COM ", name="  Ada Lovelace  ", password="correct horse"
    )
    created = (await stub.CreateUser(k_user_pb2.CreateUserRequest(user=user))).user
    assert created.email == f"mixed.{unique}@example.com"
    assert created.name == "Ada Lovelace"
    assert created.status == k_user_pb2.USER_STATUS_ACTIVE
    assert created.role == k_user_pb2.USER_ROLE_USER
    assert server.db is not None
    raw = await server.db["knowledge.users"].find_one({"_id": either(created.id)})
    assert raw is not None
    assert raw["password"].startswith("$2b$12$"), "bcrypt at cost 12, as the seed says"
    assert raw["email"] == created.email
    # The unique index sees the normalised form, so case and spaces do not dodge it.
    dup = k_user_pb2.User(email=f"MIXED.{unique}@example.com", name="Other", password="x" * 8)
    got = await expect_error(
        stub.CreateUser(k_user_pb2.CreateUserRequest(user=dup)), grpc.StatusCode.ALREADY_EXISTS
    )
    assert got.metadata["fields"] == "email"
