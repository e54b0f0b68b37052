"""Domain methods of modelstore.iam.v1: permission resolution and credential secrets.

Global permissions (empty tenant_id) are bound to a tenant's roles by writing the binding
directly: CreatePermissionBinding's reference check looks for the permission in the
binding's own tenant only, so it rejects a global one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import grpc
import pytest

from modelstore.iam.v1 import (
    permission_binding_pb2,
    permission_binding_pb2_grpc,
    permission_pb2,
    permission_pb2_grpc,
    platform_credential_pb2,
    platform_credential_pb2_grpc,
    role_binding_pb2,
    role_binding_pb2_grpc,
    role_pb2,
    role_pb2_grpc,
    tenant_pb2,
    tenant_pb2_grpc,
    user_pb2,
    user_pb2_grpc,
)
from modelstore_server.app import Modelstore
from modelstore_server.engine.context import CallContext
from modelstore_server.errors import FailedPrecondition
from tests.support import expect_error

Md = tuple[tuple[str, str], ...]


def _md(tenant: str) -> Md:
    return (("x-tenant-id", tenant),)


class Iam:
    """Builds the iam data of one tenant through the public API."""

    def __init__(self, channel: grpc.aio.Channel, tenant: str) -> None:
        self.channel = channel
        self.tenant = tenant
        self.md = _md(tenant)
        self.users = user_pb2_grpc.UserServiceStub(channel)
        self.roles = role_pb2_grpc.RoleServiceStub(channel)
        self.role_bindings = role_binding_pb2_grpc.RoleBindingServiceStub(channel)
        self.perms = permission_pb2_grpc.PermissionServiceStub(channel)
        self.perm_bindings = permission_binding_pb2_grpc.PermissionBindingServiceStub(channel)

    async def setup(self) -> Iam:
        await tenant_pb2_grpc.TenantServiceStub(self.channel).CreateTenant(
            tenant_pb2.CreateTenantRequest(
                tenant=tenant_pb2.Tenant(id=self.tenant, name="Acme", slug=self.tenant)
            )
        )
        return self

    async def user(self) -> str:
        got = await self.users.CreateUser(
            user_pb2.CreateUserRequest(
                user=user_pb2.User(email=f"u-{uuid.uuid4().hex[:10]}@example.com")
            ),
            metadata=self.md,
        )
        return got.user.id

    async def role(self, name: str) -> str:
        got = await self.roles.CreateRole(
            role_pb2.CreateRoleRequest(role=role_pb2.Role(name=name)), metadata=self.md
        )
        return got.role.id

    async def permission(self, name: str, *, global_: bool = False) -> str:
        got = await self.perms.CreatePermission(
            permission_pb2.CreatePermissionRequest(permission=permission_pb2.Permission(name=name)),
            metadata=None if global_ else self.md,
        )
        return got.permission.id

    async def bind_role(self, user_id: str, role_id: str) -> str:
        got = await self.role_bindings.CreateRoleBinding(
            role_binding_pb2.CreateRoleBindingRequest(
                role_binding=role_binding_pb2.RoleBinding(user_id=user_id, role_id=role_id)
            ),
            metadata=self.md,
        )
        return got.role_binding.id

    async def grant(self, role_id: str, permission_id: str) -> str:
        got = await self.perm_bindings.CreatePermissionBinding(
            permission_binding_pb2.CreatePermissionBindingRequest(
                permission_binding=permission_binding_pb2.PermissionBinding(
                    role_id=role_id, permission_id=permission_id
                )
            ),
            metadata=self.md,
        )
        return got.permission_binding.id

    async def grant_global(self, db: Any, role_id: str, permission_id: str) -> str:
        """Bind a global permission, written directly: the engine's reference check only
        accepts a permission of the binding's own tenant (see the module docstring)."""
        doc_id = str(uuid.uuid4())
        now = dt.datetime.now(dt.UTC)
        await db["iam.permission_bindings"].insert_one(
            {
                "_id": doc_id,
                "tenantId": self.tenant,
                "roleId": role_id,
                "permissionId": permission_id,
                "isActive": True,
                "schemaVersion": 1,
                "createdAt": now,
                "updatedAt": now,
                "etag": "e1",
            }
        )
        return doc_id

    async def check(self, user_id: str, name: str, md: Md | None = None) -> Any:
        return await self.perms.CheckPermission(
            permission_pb2.CheckPermissionRequest(user_id=user_id, permission=name),
            metadata=self.md if md is None else md,
        )

    async def effective(self, user_id: str) -> dict[str, list[str]]:
        got = await self.perms.ListEffectivePermissions(
            permission_pb2.ListEffectivePermissionsRequest(user_id=user_id), metadata=self.md
        )
        return {e.permission.name: [g.role_name for g in e.granting_roles] for e in got.permissions}


@pytest.fixture
async def iam(channel: grpc.aio.Channel, tenant: str) -> Iam:
    return await Iam(channel, tenant).setup()


def _names(unique: str, *parts: str) -> list[str]:
    return [f"{p}.{unique}" for p in parts]


# ---- CheckPermission -------------------------------------------------------------------


async def test_check_permission_names_every_granting_role(iam: Iam, unique: str) -> None:
    read, write = _names(unique, "docs.read", "docs.write")
    user = await iam.user()
    editor, viewer, other = [await iam.role(n) for n in ("editor", "viewer", "other")]
    p_read, p_write = await iam.permission(read), await iam.permission(write)
    for role in (editor, viewer):
        await iam.bind_role(user, role)
    await iam.grant(editor, p_read)
    await iam.grant(viewer, p_read)
    await iam.grant(editor, p_write)
    await iam.grant(other, p_write)  # `other` is not bound to the user
    got = await iam.check(user, read)
    assert got.allowed
    assert [(g.role_name, g.role_id) for g in got.granting_roles] == [
        ("editor", editor),
        ("viewer", viewer),
    ]
    got = await iam.check(user, write)
    assert got.allowed
    assert [g.role_id for g in got.granting_roles] == [editor]
    # The name is normalised like Permission names.
    assert (await iam.check(user, f"  {write.upper()} ")).allowed


async def test_check_permission_denies_without_a_grant(iam: Iam, unique: str) -> None:
    read, unknown = _names(unique, "docs.read", "docs.nothing")
    user, lonely = await iam.user(), await iam.user()
    role = await iam.role("reader")
    await iam.bind_role(user, role)
    await iam.grant(role, await iam.permission(read))
    got = await iam.check(user, unknown)
    assert not got.allowed
    assert not got.granting_roles
    got = await iam.check(lonely, read)
    assert not got.allowed
    assert not got.granting_roles


@pytest.mark.parametrize("deleted", ["role_binding", "role", "permission_binding", "permission"])
async def test_inactive_links_grant_nothing(iam: Iam, unique: str, deleted: str) -> None:
    (read,) = _names(unique, "docs.read")
    user = await iam.user()
    role = await iam.role("reader")
    perm = await iam.permission(read)
    rb = await iam.bind_role(user, role)
    pb = await iam.grant(role, perm)
    assert (await iam.check(user, read)).allowed
    md = iam.md
    if deleted == "role_binding":
        await iam.role_bindings.DeleteRoleBinding(
            role_binding_pb2.DeleteRoleBindingRequest(id=rb), metadata=md
        )
    elif deleted == "role":
        await iam.roles.DeleteRole(role_pb2.DeleteRoleRequest(id=role), metadata=md)
    elif deleted == "permission_binding":
        await iam.perm_bindings.DeletePermissionBinding(
            permission_binding_pb2.DeletePermissionBindingRequest(id=pb), metadata=md
        )
    else:
        await iam.perms.DeletePermission(
            permission_pb2.DeletePermissionRequest(id=perm), metadata=md
        )
    got = await iam.check(user, read)
    assert not got.allowed
    assert not got.granting_roles
    assert await iam.effective(user) == {}


async def test_global_permissions_are_granted_in_every_tenant(
    server: Modelstore, channel: grpc.aio.Channel, iam: Iam, unique: str
) -> None:
    (name,) = _names(unique, "billing.view")
    global_perm = await iam.permission(name, global_=True)
    for tenant_iam in (iam, await Iam(channel, f"t-{uuid.uuid4().hex[:12]}").setup()):
        user = await tenant_iam.user()
        role = await tenant_iam.role("billing")
        await tenant_iam.bind_role(user, role)
        await tenant_iam.grant_global(server.db, role, global_perm)
        got = await tenant_iam.check(user, name)
        assert got.allowed
        assert [g.role_id for g in got.granting_roles] == [role]


async def test_check_permission_not_found_cases(
    channel: grpc.aio.Channel, iam: Iam, unique: str
) -> None:
    (read,) = _names(unique, "docs.read")
    user = await iam.user()
    await expect_error(iam.check(f"nobody-{unique}", read), grpc.StatusCode.NOT_FOUND)
    other = await Iam(channel, f"t-{uuid.uuid4().hex[:12]}").setup()
    # Another tenant's user is NOT_FOUND, exactly as if it did not exist.
    await expect_error(iam.check(user, read, other.md), grpc.StatusCode.NOT_FOUND)
    await iam.users.DeleteUser(user_pb2.DeleteUserRequest(id=user), metadata=iam.md)
    await expect_error(iam.check(user, read), grpc.StatusCode.NOT_FOUND)
    await expect_error(
        iam.perms.ListEffectivePermissions(
            permission_pb2.ListEffectivePermissionsRequest(user_id=user), metadata=iam.md
        ),
        grpc.StatusCode.NOT_FOUND,
    )


async def test_check_permission_validates_its_request(iam: Iam) -> None:
    got = await expect_error(
        iam.perms.CheckPermission(permission_pb2.CheckPermissionRequest(), metadata=iam.md),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert {f for f, _ in got.violations} == {"user_id", "permission"}
    got = await expect_error(iam.check("u1", "ab"), grpc.StatusCode.INVALID_ARGUMENT)
    assert [f for f, _ in got.violations] == ["permission"]


async def test_without_a_tenant_header(server: Modelstore, iam: Iam, unique: str) -> None:
    (read,) = _names(unique, "docs.read")
    user = await iam.user()
    role = await iam.role("reader")
    await iam.bind_role(user, role)
    await iam.grant(role, await iam.permission(read))
    # A cross-tenant caller resolves in the user's own tenant.
    got = await iam.check(user, read, md=())
    assert got.allowed
    assert [g.role_id for g in got.granting_roles] == [role]
    # Any other caller must name the tenant.
    handler = server.domain["/modelstore.iam.v1.PermissionService/CheckPermission"]
    request = permission_pb2.CheckPermissionRequest(user_id=user, permission=read)
    with pytest.raises(FailedPrecondition) as caught:
        await handler(request, CallContext(tenant=None, cross_tenant=False))
    assert "x-tenant-id" in caught.value.message
    handler = server.domain["/modelstore.iam.v1.PermissionService/ListEffectivePermissions"]
    with pytest.raises(FailedPrecondition):
        await handler(
            permission_pb2.ListEffectivePermissionsRequest(user_id=user),
            CallContext(tenant=None, cross_tenant=False),
        )


# ---- ListEffectivePermissions ----------------------------------------------------------


async def test_list_effective_permissions(server: Modelstore, iam: Iam, unique: str) -> None:
    read, write, admin = _names(unique, "docs.read", "docs.write", "docs.admin")
    global_name = f"audit.view.{unique}"
    user = await iam.user()
    editor, viewer, unbound = [await iam.role(n) for n in ("editor", "viewer", "unbound")]
    p_read, p_write, p_admin = [await iam.permission(n) for n in (read, write, admin)]
    p_global = await iam.permission(global_name, global_=True)
    await iam.bind_role(user, editor)
    await iam.bind_role(user, viewer)
    await iam.grant(editor, p_read)
    await iam.grant(viewer, p_read)
    await iam.grant(editor, p_write)
    await iam.grant_global(server.db, viewer, p_global)
    await iam.grant(unbound, p_admin)
    assert await iam.effective(user) == {
        global_name: ["viewer"],
        read: ["editor", "viewer"],
        write: ["editor"],
    }
    got = await iam.perms.ListEffectivePermissions(
        permission_pb2.ListEffectivePermissionsRequest(user_id=user), metadata=iam.md
    )
    by_name = {e.permission.name: e.permission for e in got.permissions}
    assert by_name[read].id == p_read
    assert by_name[read].tenant_id == iam.tenant
    assert by_name[global_name].tenant_id == ""
    assert by_name[global_name].is_active
    assert await iam.effective(await iam.user()) == {}


class _Counter:
    """Counts the queries sent through a collection."""

    def __init__(self, coll: Any, counts: list[str]) -> None:
        self._coll = coll
        self._counts = counts

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._coll, name)
        if name in ("find", "find_one", "aggregate", "count_documents"):
            self._counts.append(f"{self._coll.name}.{name}")
        return attr


@contextmanager
def _count_queries(server: Modelstore) -> Iterator[list[str]]:
    counts: list[str] = []
    names = ["User", "Role", "RoleBinding", "Permission", "PermissionBinding"]
    stores = [server.stores[f"modelstore.iam.v1.{n}"] for n in names]
    saved = [s.documents._collection for s in stores]
    for store in stores:
        store.documents._collection = _Counter(store.documents._collection, counts)  # type: ignore[assignment]
    try:
        yield counts
    finally:
        for store, coll in zip(stores, saved, strict=True):
            store.documents._collection = coll


async def test_resolution_costs_the_same_queries_at_any_size(
    server: Modelstore, iam: Iam, unique: str
) -> None:
    (read,) = _names(unique, "docs.read")
    small, large = await iam.user(), await iam.user()
    perm = await iam.permission(read)
    role = await iam.role("one")
    await iam.bind_role(small, role)
    await iam.grant(role, perm)
    for i in range(12):
        role = await iam.role(f"r{i}")
        await iam.bind_role(large, role)
        await iam.grant(role, perm)
        await iam.grant(role, await iam.permission(f"extra{i}.{unique}"))
    for user in (small, large):
        with _count_queries(server) as counts:
            assert (await iam.check(user, read)).allowed
        assert len(counts) == 5, counts
        with _count_queries(server) as counts:
            assert await iam.effective(user)
        assert len(counts) == 5, counts
    assert len(await iam.effective(large)) == 13
    assert len((await iam.check(large, read)).granting_roles) == 12


# ---- GetPlatformCredentialSecret -------------------------------------------------------


async def _credential(iam: Iam, access_token: str = "", refresh_token: str = "") -> str:
    stub = platform_credential_pb2_grpc.PlatformCredentialServiceStub(iam.channel)
    got = await stub.CreatePlatformCredential(
        platform_credential_pb2.CreatePlatformCredentialRequest(
            platform_credential=platform_credential_pb2.PlatformCredential(
                owner_user_id=await iam.user(),
                platform=platform_credential_pb2.PLATFORM_GOOGLE,
                external_account_id=f"acct-{uuid.uuid4().hex[:8]}",
                access_token=access_token,
                refresh_token=refresh_token,
            )
        ),
        metadata=iam.md,
    )
    return got.platform_credential.id


async def test_credential_secret_returns_the_decrypted_tokens(server: Modelstore, iam: Iam) -> None:
    stub = platform_credential_pb2_grpc.PlatformCredentialServiceStub(iam.channel)
    access, refresh = f"ya29.{uuid.uuid4().hex}", f"1//{uuid.uuid4().hex}"
    cred = await _credential(iam, access_token=access, refresh_token=refresh)
    got = await stub.GetPlatformCredentialSecret(
        platform_credential_pb2.GetPlatformCredentialSecretRequest(id=cred), metadata=iam.md
    )
    assert (got.access_token, got.refresh_token) == (access, refresh)
    # Stored encrypted, and the standard Get never returns them.
    assert server.db is not None
    doc = await server.db["iam.platform_credentials"].find_one({"_id": cred})
    assert doc is not None
    assert access not in str(doc)
    assert refresh not in str(doc)
    plain = await stub.GetPlatformCredential(
        platform_credential_pb2.GetPlatformCredentialRequest(id=cred), metadata=iam.md
    )
    assert not plain.platform_credential.access_token
    assert not plain.platform_credential.refresh_token


async def test_credential_secret_of_a_credential_without_tokens(iam: Iam) -> None:
    stub = platform_credential_pb2_grpc.PlatformCredentialServiceStub(iam.channel)
    cred = await _credential(iam)
    got = await stub.GetPlatformCredentialSecret(
        platform_credential_pb2.GetPlatformCredentialSecretRequest(id=cred), metadata=iam.md
    )
    assert got == platform_credential_pb2.GetPlatformCredentialSecretResponse()


async def test_credential_secret_not_found_cases(
    server: Modelstore, channel: grpc.aio.Channel, iam: Iam
) -> None:
    stub = platform_credential_pb2_grpc.PlatformCredentialServiceStub(channel)
    cred = await _credential(iam, access_token="secret-access-token")

    def ask(cid: str, md: Md) -> Any:
        req = platform_credential_pb2.GetPlatformCredentialSecretRequest(id=cid)
        return stub.GetPlatformCredentialSecret(req, metadata=md)

    got = await expect_error(ask("pc-missing", iam.md), grpc.StatusCode.NOT_FOUND)
    other = await Iam(channel, f"t-{uuid.uuid4().hex[:12]}").setup()
    got = await expect_error(ask(cred, other.md), grpc.StatusCode.NOT_FOUND)
    assert "secret-access-token" not in got.message
    # A deleted credential's tokens are not handed out; undeleted, they are again.
    await stub.DeletePlatformCredential(
        platform_credential_pb2.DeletePlatformCredentialRequest(id=cred), metadata=iam.md
    )
    await expect_error(ask(cred, iam.md), grpc.StatusCode.NOT_FOUND)
    await stub.UndeletePlatformCredential(
        platform_credential_pb2.UndeletePlatformCredentialRequest(id=cred), metadata=iam.md
    )
    assert (await ask(cred, iam.md)).access_token == "secret-access-token"
    # Without a header, only a cross-tenant caller may ask.
    handler = server.domain[
        "/modelstore.iam.v1.PlatformCredentialService/GetPlatformCredentialSecret"
    ]
    with pytest.raises(FailedPrecondition):
        await handler(
            platform_credential_pb2.GetPlatformCredentialSecretRequest(id=cred),
            CallContext(tenant=None, cross_tenant=False),
        )


async def test_a_ciphertext_moved_to_another_credential_does_not_decrypt(
    server: Modelstore, iam: Iam
) -> None:
    stub = platform_credential_pb2_grpc.PlatformCredentialServiceStub(iam.channel)
    source = await _credential(iam, access_token="token-of-source")
    target = await _credential(iam)
    assert server.db is not None
    coll = server.db["iam.platform_credentials"]
    doc = await coll.find_one({"_id": source})
    assert doc is not None
    await coll.update_one({"_id": target}, {"$set": {"accessToken": doc["accessToken"]}})
    got = await expect_error(
        stub.GetPlatformCredentialSecret(
            platform_credential_pb2.GetPlatformCredentialSecretRequest(id=target), metadata=iam.md
        ),
        grpc.StatusCode.INTERNAL,
    )
    assert "token-of-source" not in got.message
