"""Domain methods of `modelstore.iam.v1` (seed 004).

- `PermissionService.CheckPermission` and `ListEffectivePermissions`: permission resolution
  in one tenant, user -> active role bindings -> active roles -> active permission
  bindings -> active permissions (the tenant's own and global ones). Each hop is one `$in`
  query, so a call costs the same five queries (the user, then one per hop) however many
  bindings there are, in at most three round trips.
- `PlatformCredentialService.GetPlatformCredentialSecret`: the one RPC that returns a
  platform credential's decrypted OAuth tokens.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from typing import Any, cast

from modelstore.iam.v1 import permission_pb2, platform_credential_pb2
from modelstore.v1 import errors_pb2

from ..engine.context import CallContext
from ..engine.store import EntityStore
from ..errors import ModelstoreError
from ..security.encryption import Keyring, KeyringError, field_aad
from . import DomainDeps, DomainHandler

log = logging.getLogger("modelstore.iam")

_PKG = "modelstore.iam.v1"
_TOKENS = ("access_token", "refresh_token")

Doc = dict[str, Any]
Extra = Callable[[str], Awaitable[list[Doc]]]


def _active(store: EntityStore) -> dict[str, Any]:
    """Return the condition that hides soft-deleted documents (`is_active` false)."""
    key = store.model.soft_delete_key
    return {key: {"$ne": False}} if key else {}


def _key(store: EntityStore, field: str) -> str:
    return store.model.field_keys[field]


class PermissionResolver:
    """Resolves what a user may do in a tenant through roles."""

    def __init__(self, deps: DomainDeps) -> None:
        self.users = deps.store(f"{_PKG}.User")
        self.roles = deps.store(f"{_PKG}.Role")
        self.role_bindings = deps.store(f"{_PKG}.RoleBinding")
        self.permissions = deps.store(f"{_PKG}.Permission")
        self.permission_bindings = deps.store(f"{_PKG}.PermissionBinding")

    # ---- RPCs -------------------------------------------------------------------------

    async def check(
        self, request: permission_pb2.CheckPermissionRequest, ctx: CallContext
    ) -> permission_pb2.CheckPermissionResponse:
        """`CheckPermission`: whether the user holds the named permission, and through what."""
        tenant, role_ids, permissions = await self._start(
            ctx, request.user_id, lambda t: self._permissions({"name": request.permission}, t)
        )
        if not role_ids or not permissions:
            return permission_pb2.CheckPermissionResponse(allowed=False)
        wanted = [str(p["_id"]) for p in permissions]
        roles, pairs = await asyncio.gather(
            self._roles(tenant, role_ids), self._grants(tenant, role_ids, wanted)
        )
        granting = _granting(roles, {r for r, _ in pairs})
        return permission_pb2.CheckPermissionResponse(
            allowed=bool(granting), granting_roles=granting
        )

    async def list_effective(
        self, request: permission_pb2.ListEffectivePermissionsRequest, ctx: CallContext
    ) -> permission_pb2.ListEffectivePermissionsResponse:
        """`ListEffectivePermissions`: every permission the user holds, with its roles."""
        tenant, role_ids, _ = await self._start(ctx, request.user_id, None)
        if not role_ids:
            return permission_pb2.ListEffectivePermissionsResponse()
        roles, pairs = await asyncio.gather(
            self._roles(tenant, role_ids), self._grants(tenant, role_ids, None)
        )
        live_roles = {str(r["_id"]) for r in roles}
        by_permission: dict[str, set[str]] = {}
        for role_id, permission_id in pairs:
            if role_id in live_roles:
                by_permission.setdefault(permission_id, set()).add(role_id)
        if not by_permission:
            return permission_pb2.ListEffectivePermissionsResponse()
        docs = await self._permissions({"_id": {"$in": sorted(by_permission)}}, tenant)
        docs.sort(key=lambda d: (str(d.get("name", "")), str(d["_id"])))
        return permission_pb2.ListEffectivePermissionsResponse(
            permissions=[
                permission_pb2.EffectivePermission(
                    permission=cast(permission_pb2.Permission, self.permissions.decode(doc)),
                    granting_roles=_granting(roles, by_permission[str(doc["_id"])]),
                )
                for doc in docs
            ]
        )

    # ---- the hops ---------------------------------------------------------------------

    async def _start(
        self, ctx: CallContext, user_id: str, extra: Extra | None
    ) -> tuple[str, list[str], list[Doc]]:
        """Check the user while reading its role bindings (and `extra(tenant)`).

        Returns the tenant resolved in, the bound role ids and the result of `extra`.
        Without a tenant header (a cross-tenant caller) the user's own tenant is used,
        which takes one more round trip to learn.
        """

        async def reads(tenant: str) -> tuple[list[str], list[Doc]]:
            return await asyncio.gather(
                self._role_ids(tenant, user_id), extra(tenant) if extra else _nothing()
            )

        if ctx.tenant is None:
            tenant = await self._user(ctx, user_id)
            role_ids, found = await reads(tenant)
        else:
            tenant = ctx.tenant
            _, (role_ids, found) = await asyncio.gather(self._user(ctx, user_id), reads(tenant))
        return tenant, role_ids, found

    async def _user(self, ctx: CallContext, user_id: str) -> str:
        """Return the tenant of the active user, or fail with NOT_FOUND."""
        users = self.users
        tenant_key = users.model.tenant_key or "tenantId"
        filt = {**users.id_filter(ctx, user_id), **_active(users)}
        doc = await users.coll.find_one(filt, {"_id": 1, tenant_key: 1})
        if doc is None:
            raise users.not_found(user_id)
        return ctx.tenant or str(doc.get(tenant_key) or "")

    async def _role_ids(self, tenant: str, user_id: str) -> list[str]:
        rb = self.role_bindings
        role_key = _key(rb, "role_id")
        filt = {**_tenant(rb, tenant), _key(rb, "user_id"): user_id, **_active(rb)}
        docs = await rb.coll.find(filt, {role_key: 1}).to_list(None)
        return sorted({str(d[role_key]) for d in docs if d.get(role_key)})

    async def _roles(self, tenant: str, role_ids: Sequence[str]) -> list[Doc]:
        roles = self.roles
        filt = {**_tenant(roles, tenant), "_id": {"$in": list(role_ids)}, **_active(roles)}
        return await roles.coll.find(filt, {"_id": 1, _key(roles, "name"): 1}).to_list(None)

    async def _grants(
        self, tenant: str, role_ids: Sequence[str], permission_ids: Sequence[str] | None
    ) -> list[tuple[str, str]]:
        """Return the (role id, permission id) pairs of active permission bindings."""
        pb = self.permission_bindings
        role_key, perm_key = _key(pb, "role_id"), _key(pb, "permission_id")
        filt: dict[str, Any] = {**_tenant(pb, tenant), role_key: {"$in": list(role_ids)}}
        if permission_ids is not None:
            filt[perm_key] = {"$in": list(permission_ids)}
        filt.update(_active(pb))
        docs = await pb.coll.find(filt, {role_key: 1, perm_key: 1}).to_list(None)
        return [(str(d.get(role_key)), str(d.get(perm_key))) for d in docs]

    async def _permissions(self, condition: Mapping[str, Any], tenant: str) -> list[Doc]:
        """Active permissions matching `condition`: the tenant's own and the global ones."""
        perms = self.permissions
        key = perms.model.tenant_key or "tenantId"
        scope = {"$or": [{key: {"$in": [tenant, ""]}}, {key: {"$exists": False}}]}
        filt = {**condition, **_active(perms), **scope}
        return await perms.coll.find(filt).to_list(None)


async def _nothing() -> list[Doc]:
    return []


def _tenant(store: EntityStore, tenant: str) -> dict[str, Any]:
    key = store.model.tenant_key
    return {key: tenant} if key else {}


def _granting(roles: Sequence[Doc], role_ids: Collection[str]) -> list[permission_pb2.GrantingRole]:
    """Return the roles among `roles` whose id is in `role_ids`, ordered by name then id."""
    found = [
        permission_pb2.GrantingRole(role_id=str(r["_id"]), role_name=str(r.get("name", "")))
        for r in roles
        if str(r["_id"]) in role_ids
    ]
    return sorted(found, key=lambda g: (g.role_name, g.role_id))


class CredentialSecrets:
    """`GetPlatformCredentialSecret`: the decrypted tokens of one live credential.

    This returns secrets by design. Nothing here logs or puts a token into an error.
    """

    def __init__(self, store: EntityStore, keyring: Keyring) -> None:
        self.store = store
        self.keyring = keyring

    async def __call__(
        self, request: platform_credential_pb2.GetPlatformCredentialSecretRequest, ctx: CallContext
    ) -> platform_credential_pb2.GetPlatformCredentialSecretResponse:
        """Read and decrypt the tokens; a deleted credential is NOT_FOUND."""
        store = self.store
        keys = store.model.field_keys
        expires = keys["token_expires_at"]
        filt = {**store.id_filter(ctx, request.id), **_active(store)}
        wanted = {keys[name]: 1 for name in _TOKENS}
        doc = await store.coll.find_one(filt, {**wanted, expires: 1})
        if doc is None:
            raise store.not_found(request.id)
        out = platform_credential_pb2.GetPlatformCredentialSecretResponse()
        for name in _TOKENS:
            sealed = doc.get(keys[name])
            if not isinstance(sealed, Mapping):
                continue
            aad = field_aad(store.model.collection, request.id, name)
            try:
                setattr(out, name, self.keyring.decrypt(sealed, aad))
            except KeyringError as exc:
                log.error(
                    "platform credential %r: %s cannot be decrypted: %s", request.id, name, exc
                )
                raise ModelstoreError(
                    f"the {name} of platform credential {request.id!r} cannot be decrypted",
                    reason=errors_pb2.ERROR_REASON_INTERNAL,
                ) from None
        if doc.get(expires) is not None:
            out.token_expires_at.CopyFrom(store.plan_map["token_expires_at"].decode(doc[expires]))
        return out


def handlers(deps: DomainDeps) -> dict[str, DomainHandler]:
    """Return the iam domain handlers by gRPC path."""
    resolver = PermissionResolver(deps)
    secrets = CredentialSecrets(deps.store(f"{_PKG}.PlatformCredential"), deps.keyring)
    return {
        f"/{_PKG}.PermissionService/CheckPermission": resolver.check,
        f"/{_PKG}.PermissionService/ListEffectivePermissions": resolver.list_effective,
        f"/{_PKG}.PlatformCredentialService/GetPlatformCredentialSecret": secrets,
    }
