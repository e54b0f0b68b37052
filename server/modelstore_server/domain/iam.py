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
from typing import Any

from modelstore.iam.v1 import (
    permission_binding_pb2,
    permission_pb2,
    platform_credential_pb2,
    role_binding_pb2,
    role_pb2,
    user_pb2,
)

from .. import errors
from ..engine.context import CallContext
from ..security.encryption import KeyringError
from . import DomainDeps, domain_method

log = logging.getLogger("modelstore.iam")

_PKG = "modelstore.iam.v1"
_TOKENS = ("access_token", "refresh_token")

Doc = dict[str, Any]
Extra = Callable[[CallContext], Awaitable[list[Doc]]]


class PermissionResolver:
    """Resolves what a user may do in a tenant through roles."""

    def __init__(self, deps: DomainDeps) -> None:
        self.users = deps.store(user_pb2.User)
        self.roles = deps.store(role_pb2.Role)
        self.role_bindings = deps.store(role_binding_pb2.RoleBinding)
        self.permissions = deps.store(permission_pb2.Permission)
        self.permission_bindings = deps.store(permission_binding_pb2.PermissionBinding)

    async def check(
        self, request: permission_pb2.CheckPermissionRequest, ctx: CallContext
    ) -> permission_pb2.CheckPermissionResponse:
        """Whether the user holds the named permission, and through what."""
        scoped, role_ids, permissions = await self._start(
            ctx, request.user_id, lambda c: self._permissions(c, {"name": request.permission})
        )
        if not role_ids or not permissions:
            return permission_pb2.CheckPermissionResponse(allowed=False)
        wanted = [str(p["_id"]) for p in permissions]
        roles, pairs = await asyncio.gather(
            self._roles(scoped, role_ids), self._grants(scoped, role_ids, wanted)
        )
        granting = _granting(roles, {r for r, _ in pairs})
        return permission_pb2.CheckPermissionResponse(
            allowed=bool(granting), granting_roles=granting
        )

    async def list_effective(
        self, request: permission_pb2.ListEffectivePermissionsRequest, ctx: CallContext
    ) -> permission_pb2.ListEffectivePermissionsResponse:
        """Every permission the user holds, with its roles."""
        scoped, role_ids, _ = await self._start(ctx, request.user_id, None)
        if not role_ids:
            return permission_pb2.ListEffectivePermissionsResponse()
        roles, pairs = await asyncio.gather(
            self._roles(scoped, role_ids), self._grants(scoped, role_ids, None)
        )
        live_roles = {str(r["_id"]) for r in roles}
        by_permission: dict[str, set[str]] = {}
        for role_id, permission_id in pairs:
            if role_id in live_roles:
                by_permission.setdefault(permission_id, set()).add(role_id)
        if not by_permission:
            return permission_pb2.ListEffectivePermissionsResponse()
        wanted_ids = self.permissions.match_any("id", sorted(by_permission))
        docs = await self._permissions(scoped, {"_id": wanted_ids})
        docs.sort(key=lambda d: (str(d.get("name", "")), str(d["_id"])))
        return permission_pb2.ListEffectivePermissionsResponse(
            permissions=[
                permission_pb2.EffectivePermission(
                    permission=self.permissions.decode(doc),
                    granting_roles=_granting(roles, by_permission[str(doc["_id"])]),
                )
                for doc in docs
            ]
        )

    # ---- the hops ---------------------------------------------------------------------

    async def _start(
        self, ctx: CallContext, user_id: str, extra: Extra | None
    ) -> tuple[CallContext, list[str], list[Doc]]:
        """Check the user while reading its role bindings (and `extra`).

        Returns the context scoped to the tenant resolved in, the bound role ids and the
        result of `extra`. Without a tenant header (a cross-tenant caller) the user's own
        tenant is used, which takes one more round trip to learn.
        """

        async def reads(scoped: CallContext) -> tuple[list[str], list[Doc]]:
            return await asyncio.gather(
                self._role_ids(scoped, user_id), extra(scoped) if extra else _nothing()
            )

        if ctx.tenant is None:
            scoped = ctx.for_tenant(await self._user(ctx, user_id))
            role_ids, found = await reads(scoped)
        else:
            scoped = ctx
            _, (role_ids, found) = await asyncio.gather(self._user(ctx, user_id), reads(ctx))
        return scoped, role_ids, found

    async def _user(self, ctx: CallContext, user_id: str) -> str:
        """Return the tenant of the active user, or fail with NOT_FOUND."""
        users = self.users
        tenant_key = users.model.tenant_key or "tenantId"
        doc = await users.require(ctx, user_id, ["_id", tenant_key], include_deleted=False)
        return ctx.tenant or str(doc.get(tenant_key) or "")

    async def _role_ids(self, ctx: CallContext, user_id: str) -> list[str]:
        rb = self.role_bindings
        role_key = rb.key("role_id")
        of_user = {rb.key("user_id"): rb.match("user_id", user_id)}
        docs = await rb.find_all(ctx, of_user, [role_key], include_deleted=False)
        return sorted({str(d[role_key]) for d in docs if d.get(role_key)})

    async def _roles(self, ctx: CallContext, role_ids: Sequence[str]) -> list[Doc]:
        roles = self.roles
        where = {"_id": roles.match_any("id", role_ids)}
        return await roles.find_all(ctx, where, ["_id", roles.key("name")], include_deleted=False)

    async def _grants(
        self, ctx: CallContext, role_ids: Sequence[str], permission_ids: Sequence[str] | None
    ) -> list[tuple[str, str]]:
        """Return the (role id, permission id) pairs of active permission bindings."""
        pb = self.permission_bindings
        role_key, perm_key = pb.key("role_id"), pb.key("permission_id")
        where: dict[str, Any] = {role_key: pb.match_any("role_id", role_ids)}
        if permission_ids is not None:
            where[perm_key] = pb.match_any("permission_id", permission_ids)
        docs = await pb.find_all(ctx, where, [role_key, perm_key], include_deleted=False)
        return [(str(d.get(role_key)), str(d.get(perm_key))) for d in docs]

    async def _permissions(self, ctx: CallContext, where: Mapping[str, Any]) -> list[Doc]:
        """Active permissions meeting `where`: the tenant's own and the global ones."""
        return await self.permissions.find_all(ctx, where, include_deleted=False, with_global=True)


async def _nothing() -> list[Doc]:
    return []


def _granting(roles: Sequence[Doc], role_ids: Collection[str]) -> list[permission_pb2.GrantingRole]:
    """Return the roles among `roles` whose id is in `role_ids`, ordered by name then id."""
    found = [
        permission_pb2.GrantingRole(role_id=str(r["_id"]), role_name=str(r.get("name", "")))
        for r in roles
        if str(r["_id"]) in role_ids
    ]
    return sorted(found, key=lambda g: (g.role_name, g.role_id))


@domain_method(f"{_PKG}.PermissionService.CheckPermission")
async def check_permission(
    deps: DomainDeps, request: permission_pb2.CheckPermissionRequest, ctx: CallContext
) -> permission_pb2.CheckPermissionResponse:
    """Whether the user holds the permission in the tenant, and through which roles."""
    return await PermissionResolver(deps).check(request, ctx)


@domain_method(f"{_PKG}.PermissionService.ListEffectivePermissions")
async def list_effective_permissions(
    deps: DomainDeps, request: permission_pb2.ListEffectivePermissionsRequest, ctx: CallContext
) -> permission_pb2.ListEffectivePermissionsResponse:
    """Every permission the user holds in the tenant, with the roles that grant it."""
    return await PermissionResolver(deps).list_effective(request, ctx)


@domain_method(f"{_PKG}.PlatformCredentialService.GetPlatformCredentialSecret")
async def get_platform_credential_secret(
    deps: DomainDeps,
    request: platform_credential_pb2.GetPlatformCredentialSecretRequest,
    ctx: CallContext,
) -> platform_credential_pb2.GetPlatformCredentialSecretResponse:
    """Return the decrypted tokens of one live credential; a deleted one is NOT_FOUND.

    This returns secrets by design. Nothing here logs or puts a token into an error.
    """
    store = deps.store(platform_credential_pb2.PlatformCredential)
    expires = store.key("token_expires_at")
    wanted = [store.key(name) for name in _TOKENS]
    doc = await store.require(ctx, request.id, [*wanted, expires], include_deleted=False)
    out = platform_credential_pb2.GetPlatformCredentialSecretResponse()
    for name in _TOKENS:
        try:
            plain = store.secrets.decrypt(name, doc, request.id)
        except KeyringError as exc:
            # No id in the log (request data); the error below names it to the caller.
            log.error("a platform credential's %s cannot be decrypted (%s)", name, exc)
            raise errors.internal(
                f"the {name} of platform credential {request.id[:100]!r} cannot be decrypted"
            ) from None
        if plain is not None:
            setattr(out, name, plain)
    if doc.get(expires) is not None:
        out.token_expires_at.CopyFrom(store.plan_map["token_expires_at"].decode(doc[expires]))
    return out
