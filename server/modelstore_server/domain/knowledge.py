"""Domain methods of `modelstore.knowledge.v1` (seed 001, the Notion knowledge assistant).

- `UserService.VerifyUserPassword` (the seed's `comparePassword`, bcrypt);
- `NotionWorkspaceService.GetNotionWorkspaceAccessToken` (`getDecryptedToken`; the one
  RPC that returns the token), `UpdateNotionWorkspaceSyncStatus` (`updateSyncStatus`),
  and `Add`/`Update`/`RemoveNotionWorkspaceMember` (`knowledge_members`);
- `DocumentSourceService.MarkDocumentSourceDeleted` (`markAsDeleted`);
- `SyncJobService.UpdateSyncJobProgress`, `CompleteSyncJob`, `FailSyncJob`
  (`knowledge_sync`);
- the Message hooks that keep a conversation's `message_count` and `last_message_at` true
  (`knowledge_counters`, installed through `hooks`).

Passwords and tokens never reach a log line or an error message.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from pymongo import ReturnDocument

from modelstore.knowledge.v1 import document_source_pb2, notion_workspace_pb2, user_pb2

from ..engine.codec import now
from ..engine.context import CallContext
from ..engine.hooks import EntityHooks
from ..engine.store import EntityStore, new_etag
from ..errors import FailedPrecondition
from ..security.encryption import KeyringError, field_aad
from ..security.hashing import verify_secret
from . import DomainDeps, DomainHandler, knowledge_sync
from .knowledge_counters import (
    MESSAGE,
    before_create_message,
    message_hooks,
    recount_conversation,
)
from .knowledge_members import add_member, decode_as, remove_member, update_member

__all__ = ["before_create_message", "handlers", "hooks", "recount_conversation"]

PKG = "modelstore.knowledge.v1"
USER = f"{PKG}.User"
NOTION_WORKSPACE = f"{PKG}.NotionWorkspace"
DOCUMENT_SOURCE = f"{PKG}.DocumentSource"


async def verify_password(
    store: EntityStore, ctx: CallContext, doc_id: str, candidate: str
) -> bool:
    """Check a candidate against the user's bcrypt hash, off the event loop."""
    secret = store.model.secrets["password"]
    doc = await store.coll.find_one(store.id_filter(ctx, doc_id), {secret.hash_key: 1})
    if doc is None:
        raise store.not_found(doc_id)
    digest = doc.get(secret.hash_key)
    if not isinstance(digest, str) or not digest:
        return False  # no password stored: nothing can match
    return await asyncio.to_thread(verify_secret, secret.algorithm, candidate, digest, None)


async def decrypt_access_token(store: EntityStore, ctx: CallContext, doc_id: str) -> str:
    """Return the workspace's decrypted access token (the caller must not log it)."""
    key = store.model.field_keys["access_token"]
    doc = await store.coll.find_one(store.id_filter(ctx, doc_id), {key: 1})
    if doc is None:
        raise store.not_found(doc_id)
    stored = doc.get(key)
    if not isinstance(stored, dict):
        raise FailedPrecondition(
            f"{store.label} {doc_id!r} has no stored access token", field="access_token"
        )
    try:
        return store.keyring.decrypt(
            stored, field_aad(store.model.collection, doc_id, "access_token")
        )
    except KeyringError:
        raise FailedPrecondition(
            f"the access token of {store.label} {doc_id!r} cannot be decrypted with the "
            "configured keys",
            field="access_token",
        ) from None


async def _mark_deleted(store: EntityStore, ctx: CallContext, doc_id: str) -> Mapping[str, Any]:
    """Set sync status `deleted` and `deletedAt`, unless the source is already deleted."""
    current = now()
    doc = await store.coll.find_one_and_update(
        {**store.id_filter(ctx, doc_id), "syncStatus": {"$ne": "deleted"}},
        {
            "$set": {
                "syncStatus": "deleted",
                "deletedAt": current,
                "updatedAt": current,
                "etag": new_etag(),
            }
        },
        return_document=ReturnDocument.AFTER,
    )
    if doc is None:
        if await store.coll.find_one(store.id_filter(ctx, doc_id), {"_id": 1}) is None:
            raise store.not_found(doc_id)
        raise FailedPrecondition(
            f"{store.label} {doc_id!r} is already marked deleted", field="sync_status"
        )
    return doc


def handlers(deps: DomainDeps) -> dict[str, DomainHandler]:
    """Return the knowledge domain methods by gRPC path."""
    users = deps.store(USER)
    workspaces = deps.store(NOTION_WORKSPACE)
    sources = deps.store(DOCUMENT_SOURCE)
    ws_service = f"/{PKG}.NotionWorkspaceService"

    async def verify_user_password(
        request: user_pb2.VerifyUserPasswordRequest, ctx: CallContext
    ) -> user_pb2.VerifyUserPasswordResponse:
        valid = await verify_password(users, ctx, request.id, request.password)
        return user_pb2.VerifyUserPasswordResponse(valid=valid)

    async def get_access_token(
        request: notion_workspace_pb2.GetNotionWorkspaceAccessTokenRequest, ctx: CallContext
    ) -> notion_workspace_pb2.GetNotionWorkspaceAccessTokenResponse:
        # Secret-returning RPC: the response holds the decrypted token.
        token = await decrypt_access_token(workspaces, ctx, request.id)
        return notion_workspace_pb2.GetNotionWorkspaceAccessTokenResponse(access_token=token)

    async def update_sync_status(
        request: notion_workspace_pb2.UpdateNotionWorkspaceSyncStatusRequest, ctx: CallContext
    ) -> notion_workspace_pb2.UpdateNotionWorkspaceSyncStatusResponse:
        changes = {
            "syncStatus": workspaces.plan_map["sync_status"].encode(request.status),
            "updatedAt": now(),
            "etag": new_etag(),
        }
        if request.job_id:
            changes["currentSyncJobId"] = request.job_id
        filt = workspaces.id_filter(ctx, request.id)
        doc = await workspaces.coll.find_one_and_update(
            filt, {"$set": changes}, return_document=ReturnDocument.AFTER
        )
        if doc is None:
            raise workspaces.not_found(request.id)
        return notion_workspace_pb2.UpdateNotionWorkspaceSyncStatusResponse(
            notion_workspace=decode_as(workspaces, doc, notion_workspace_pb2.NotionWorkspace)
        )

    async def add(
        request: notion_workspace_pb2.AddNotionWorkspaceMemberRequest, ctx: CallContext
    ) -> notion_workspace_pb2.AddNotionWorkspaceMemberResponse:
        doc = await add_member(deps, workspaces, ctx, request.id, request.member)
        return notion_workspace_pb2.AddNotionWorkspaceMemberResponse(notion_workspace=doc)

    async def update(
        request: notion_workspace_pb2.UpdateNotionWorkspaceMemberRequest, ctx: CallContext
    ) -> notion_workspace_pb2.UpdateNotionWorkspaceMemberResponse:
        mask = list(request.update_mask.paths) if request.HasField("update_mask") else None
        doc = await update_member(workspaces, ctx, request.id, request.member, mask)
        return notion_workspace_pb2.UpdateNotionWorkspaceMemberResponse(notion_workspace=doc)

    async def remove(
        request: notion_workspace_pb2.RemoveNotionWorkspaceMemberRequest, ctx: CallContext
    ) -> notion_workspace_pb2.RemoveNotionWorkspaceMemberResponse:
        doc = await remove_member(workspaces, ctx, request.id, request.user)
        return notion_workspace_pb2.RemoveNotionWorkspaceMemberResponse(notion_workspace=doc)

    async def mark_deleted(
        request: document_source_pb2.MarkDocumentSourceDeletedRequest, ctx: CallContext
    ) -> document_source_pb2.MarkDocumentSourceDeletedResponse:
        doc = await _mark_deleted(sources, ctx, request.id)
        return document_source_pb2.MarkDocumentSourceDeletedResponse(
            document_source=decode_as(sources, doc, document_source_pb2.DocumentSource)
        )

    return {
        f"/{PKG}.UserService/VerifyUserPassword": verify_user_password,
        f"{ws_service}/GetNotionWorkspaceAccessToken": get_access_token,
        f"{ws_service}/UpdateNotionWorkspaceSyncStatus": update_sync_status,
        f"{ws_service}/AddNotionWorkspaceMember": add,
        f"{ws_service}/UpdateNotionWorkspaceMember": update,
        f"{ws_service}/RemoveNotionWorkspaceMember": remove,
        f"/{PKG}.DocumentSourceService/MarkDocumentSourceDeleted": mark_deleted,
        **knowledge_sync.handlers(deps),
    }


def hooks(deps: DomainDeps) -> dict[str, EntityHooks]:
    """Return the entity hooks of the knowledge domain, by entity full name."""
    return {MESSAGE: message_hooks(deps)}
