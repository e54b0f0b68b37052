"""Domain methods of `modelstore.knowledge.v1` (seed 001, the Notion knowledge assistant).

- `UserService.VerifyUserPassword` (the seed's `comparePassword`, bcrypt);
- `NotionWorkspaceService.GetNotionWorkspaceAccessToken` (`getDecryptedToken`; the one
  RPC that returns the token) and `UpdateNotionWorkspaceSyncStatus` (`updateSyncStatus`);
  its member methods are in `knowledge_members`;
- `DocumentSourceService.MarkDocumentSourceDeleted` (`markAsDeleted`);
- the sync job methods (`knowledge_sync`) and the conversation counters that the Message
  hooks keep true (`knowledge_counters`).

Passwords and tokens never reach a log line or an error message.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from modelstore.knowledge.v1 import document_source_pb2, notion_workspace_pb2, user_pb2

from .. import errors
from ..engine.codec import now
from ..engine.context import CallContext
from ..engine.store import Changes
from ..security.encryption import KeyringError
from . import DomainDeps, domain_method

PKG = "modelstore.knowledge.v1"


@domain_method(f"{PKG}.UserService.VerifyUserPassword")
async def verify_user_password(
    deps: DomainDeps, request: user_pb2.VerifyUserPasswordRequest, ctx: CallContext
) -> user_pb2.VerifyUserPasswordResponse:
    """Whether the password matches the user's bcrypt hash (checked off the event loop)."""
    users = deps.store(user_pb2.User)
    valid = await users.verify_secret(ctx, request.id, "password", request.password)
    return user_pb2.VerifyUserPasswordResponse(valid=valid)


@domain_method(f"{PKG}.NotionWorkspaceService.GetNotionWorkspaceAccessToken")
async def get_access_token(
    deps: DomainDeps,
    request: notion_workspace_pb2.GetNotionWorkspaceAccessTokenRequest,
    ctx: CallContext,
) -> notion_workspace_pb2.GetNotionWorkspaceAccessTokenResponse:
    """Return the decrypted access token: a secret-returning RPC (the caller must not log it)."""
    workspaces = deps.store(notion_workspace_pb2.NotionWorkspace)
    label = f"{workspaces.label} {request.id[:100]!r}"
    try:
        token = await workspaces.open_secret(ctx, request.id, "access_token")
    except KeyringError:
        raise errors.undecryptable(
            f"the access token of {label} cannot be decrypted with the configured keys",
            "access_token",
        ) from None
    if token is None:
        raise errors.invalid_state(f"{label} has no stored access token", "access_token")
    return notion_workspace_pb2.GetNotionWorkspaceAccessTokenResponse(access_token=token)


@domain_method(f"{PKG}.NotionWorkspaceService.UpdateNotionWorkspaceSyncStatus")
async def update_sync_status(
    deps: DomainDeps,
    request: notion_workspace_pb2.UpdateNotionWorkspaceSyncStatusRequest,
    ctx: CallContext,
) -> notion_workspace_pb2.UpdateNotionWorkspaceSyncStatusResponse:
    """Set the sync status (and the current job, when given)."""
    workspaces = deps.store(notion_workspace_pb2.NotionWorkspace)
    changes: dict[str, Any] = {
        workspaces.key("sync_status"): workspaces.encode("sync_status", request.status)
    }
    if request.job_id:
        changes[workspaces.key("current_sync_job_id")] = request.job_id
    doc = await workspaces.update_where(ctx, request.id, Changes(set=changes))
    return notion_workspace_pb2.UpdateNotionWorkspaceSyncStatusResponse(
        notion_workspace=workspaces.decode(doc)
    )


def _already_deleted(label: str) -> Any:
    def refuse(doc: Mapping[str, Any]) -> Exception | None:
        if doc.get("syncStatus") != "deleted":
            return None
        return errors.invalid_state(f"{label} is already marked deleted", "sync_status")

    return refuse


@domain_method(f"{PKG}.DocumentSourceService.MarkDocumentSourceDeleted")
async def mark_deleted(
    deps: DomainDeps,
    request: document_source_pb2.MarkDocumentSourceDeletedRequest,
    ctx: CallContext,
) -> document_source_pb2.MarkDocumentSourceDeletedResponse:
    """Set sync status `deleted` and `deletedAt`, unless the source is already deleted."""
    sources = deps.store(document_source_pb2.DocumentSource)
    current = now()  # deletedAt and updatedAt: the same instant
    doc = await sources.update_where(
        ctx,
        request.id,
        Changes(set={"syncStatus": "deleted", "deletedAt": current}),
        where={"syncStatus": {"$ne": "deleted"}},
        refuse=_already_deleted(f"{sources.label} {request.id[:100]!r}"),
        at=current,
    )
    return document_source_pb2.MarkDocumentSourceDeletedResponse(
        document_source=sources.decode(doc)
    )
