"""The knowledge domain methods (seed 001) and the conversation counters, on the real server."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from typing import Any

import grpc
import pytest
from bson import ObjectId
from google.protobuf import field_mask_pb2, timestamp_pb2

from modelstore.knowledge.v1 import (
    conversation_pb2,
    conversation_pb2_grpc,
    document_source_pb2,
    document_source_pb2_grpc,
    message_pb2,
    message_pb2_grpc,
    notion_workspace_pb2,
    notion_workspace_pb2_grpc,
    sync_job_pb2,
    sync_job_pb2_grpc,
    user_pb2,
    user_pb2_grpc,
)
from modelstore_server.app import Modelstore
from modelstore_server.domain import DomainDeps
from modelstore_server.domain.knowledge_counters import recount_conversation
from modelstore_server.engine.codec import now
from modelstore_server.engine.store import EntityStore
from tests.support import either, expect_error

NW = notion_workspace_pb2
SJ = sync_job_pb2
CONVERSATIONS = "knowledge.conversations"
MESSAGES = "knowledge.messages"


def md(tenant: str | None) -> Any:
    return (("x-tenant-id", tenant),) if tenant else None


def ts(value: dt.datetime) -> timestamp_pb2.Timestamp:
    out = timestamp_pb2.Timestamp()
    out.FromDatetime(value)
    return out


class Kit:
    """Stubs and builders for one tenant (a notion workspace whose id is the tenant)."""

    def __init__(self, channel: grpc.aio.Channel, tenant: str) -> None:
        self.tenant = tenant
        self.users = user_pb2_grpc.UserServiceStub(channel)
        self.workspaces = notion_workspace_pb2_grpc.NotionWorkspaceServiceStub(channel)
        self.sources = document_source_pb2_grpc.DocumentSourceServiceStub(channel)
        self.jobs = sync_job_pb2_grpc.SyncJobServiceStub(channel)
        self.conversations = conversation_pb2_grpc.ConversationServiceStub(channel)
        self.messages = message_pb2_grpc.MessageServiceStub(channel)

    async def user(self, password: str = "correct horse battery") -> user_pb2.User:
        unique = uuid.uuid4().hex[:10]
        user = user_pb2.User(email=f"u-{unique}@example.com", password=password, name="Ada")
        return (await self.users.CreateUser(user_pb2.CreateUserRequest(user=user))).user

    async def workspace(self, token: str = "secret-notion-token") -> NW.NotionWorkspace:
        owner = await self.user()
        ws = NW.NotionWorkspace(
            id=self.tenant,
            workspace_id=f"notion-{self.tenant}",
            workspace_name="Acme Wiki",
            owner=owner.id,
            access_token=token,
        )
        request = NW.CreateNotionWorkspaceRequest(notion_workspace=ws)
        return (await self.workspaces.CreateNotionWorkspace(request)).notion_workspace

    async def job(self, **fields: Any) -> SJ.SyncJob:
        job = SJ.SyncJob(job_id="sync-1", job_type=SJ.SYNC_JOB_TYPE_FULL_SYNC, **fields)
        request = SJ.CreateSyncJobRequest(sync_job=job)
        return (await self.jobs.CreateSyncJob(request, metadata=md(self.tenant))).sync_job

    async def conversation(self) -> conversation_pb2.Conversation:
        owner = await self.user()
        conv = conversation_pb2.Conversation(user_id=owner.id)
        request = conversation_pb2.CreateConversationRequest(conversation=conv)
        response = await self.conversations.CreateConversation(request, metadata=md(self.tenant))
        return response.conversation

    async def get_conversation(self, conv_id: str) -> conversation_pb2.Conversation:
        request = conversation_pb2.GetConversationRequest(id=conv_id)
        response = await self.conversations.GetConversation(request, metadata=md(self.tenant))
        return response.conversation


@pytest.fixture
async def kit(channel: grpc.aio.Channel, tenant: str) -> Kit:
    k = Kit(channel, tenant)
    await k.workspace()
    return k


@pytest.fixture
def deps(server: Modelstore) -> DomainDeps:
    keyring = next(iter(server.stores.values())).secrets.keyring
    return DomainDeps(stores=server.stores, keyring=keyring)


# ---- users ------------------------------------------------------------------------------


async def test_verify_user_password(kit: Kit, server: Modelstore) -> None:
    user = await kit.user("s3cret-pass")
    verify = kit.users.VerifyUserPassword
    ok = await verify(user_pb2.VerifyUserPasswordRequest(id=user.id, password="s3cret-pass"))
    assert ok.valid
    bad = await verify(user_pb2.VerifyUserPasswordRequest(id=user.id, password="s3cret-Pass"))
    assert not bad.valid
    assert server.db is not None
    stored = await server.db["knowledge.users"].find_one({"_id": either(user.id)})
    assert stored is not None
    assert stored["password"].startswith("$2b$12$")
    missing = user_pb2.VerifyUserPasswordRequest(id="no-such-user", password="Candidate-42")
    failure = await expect_error(verify(missing), grpc.StatusCode.NOT_FOUND)
    assert "Candidate-42" not in failure.message  # the candidate is never echoed
    empty = user_pb2.VerifyUserPasswordRequest(id=user.id)
    await expect_error(verify(empty), grpc.StatusCode.INVALID_ARGUMENT)


async def test_verify_user_without_stored_password_is_false(kit: Kit, server: Modelstore) -> None:
    user = await kit.user()
    assert server.db is not None
    await server.db["knowledge.users"].update_one(
        {"_id": either(user.id)}, {"$unset": {"password": ""}}
    )
    request = user_pb2.VerifyUserPasswordRequest(id=user.id, password="correct horse battery")
    assert not (await kit.users.VerifyUserPassword(request)).valid


# ---- notion workspaces ------------------------------------------------------------------


async def test_get_access_token_decrypts(kit: Kit, server: Modelstore, tenant: str) -> None:
    request = NW.GetNotionWorkspaceAccessTokenRequest(id=tenant)
    got = await kit.workspaces.GetNotionWorkspaceAccessToken(request, metadata=md(tenant))
    assert got.access_token == "secret-notion-token"
    plain = await kit.workspaces.GetNotionWorkspace(NW.GetNotionWorkspaceRequest(id=tenant))
    assert plain.notion_workspace.access_token == ""  # only the dedicated RPC returns it
    assert server.db is not None
    stored = await server.db["knowledge.notion_workspaces"].find_one({"_id": either(tenant)})
    assert stored is not None
    assert stored["accessToken"].startswith("aes256gcm:")
    assert "secret-notion-token" not in stored["accessToken"]


async def test_get_access_token_errors(kit: Kit, server: Modelstore, tenant: str) -> None:
    get = kit.workspaces.GetNotionWorkspaceAccessToken
    other = NW.GetNotionWorkspaceAccessTokenRequest(id=tenant)
    await expect_error(get(other, metadata=md("someone-else")), grpc.StatusCode.NOT_FOUND)
    missing = NW.GetNotionWorkspaceAccessTokenRequest(id=f"{tenant}-missing")
    await expect_error(get(missing), grpc.StatusCode.NOT_FOUND)
    assert server.db is not None
    coll = server.db["knowledge.notion_workspaces"]
    stored = await coll.find_one({"_id": either(tenant)})
    assert stored is not None
    form, _, *rest = stored["accessToken"].split(":")
    retired = ":".join([form, "retired", *rest])  # a key id no longer configured
    await coll.update_one({"_id": either(tenant)}, {"$set": {"accessToken": retired}})
    failure = await expect_error(get(other), grpc.StatusCode.FAILED_PRECONDITION)
    assert "secret-notion-token" not in failure.message
    await coll.update_one({"_id": either(tenant)}, {"$unset": {"accessToken": ""}})
    await expect_error(get(other), grpc.StatusCode.FAILED_PRECONDITION)


async def test_update_sync_status(kit: Kit, tenant: str) -> None:
    update = kit.workspaces.UpdateNotionWorkspaceSyncStatus
    before = await kit.workspaces.GetNotionWorkspace(NW.GetNotionWorkspaceRequest(id=tenant))
    syncing = NW.NOTION_WORKSPACE_SYNC_STATUS_SYNCING
    request = NW.UpdateNotionWorkspaceSyncStatusRequest(id=tenant, status=syncing, job_id="j-1")
    ws = (await update(request, metadata=md(tenant))).notion_workspace
    assert ws.sync_status == syncing
    assert ws.current_sync_job_id == "j-1"
    assert ws.etag != before.notion_workspace.etag
    idle = NW.NOTION_WORKSPACE_SYNC_STATUS_IDLE
    ws = (
        await update(NW.UpdateNotionWorkspaceSyncStatusRequest(id=tenant, status=idle))
    ).notion_workspace
    assert ws.sync_status == idle
    assert ws.current_sync_job_id == "j-1"
    missing = NW.UpdateNotionWorkspaceSyncStatusRequest(id=f"{tenant}-x", status=idle)
    await expect_error(update(missing), grpc.StatusCode.NOT_FOUND)
    await expect_error(update(request, metadata=md("other")), grpc.StatusCode.NOT_FOUND)
    unset = NW.UpdateNotionWorkspaceSyncStatusRequest(id=tenant)
    await expect_error(update(unset), grpc.StatusCode.INVALID_ARGUMENT)


def member_of(ws: NW.NotionWorkspace, user: str) -> NW.NotionWorkspaceMember:
    found = [m for m in ws.members if m.user == user]
    assert len(found) == 1, [m.user for m in ws.members]
    return found[0]


async def test_add_member_applies_defaults(kit: Kit, tenant: str) -> None:
    user = await kit.user()
    add = kit.workspaces.AddNotionWorkspaceMember
    request = NW.AddNotionWorkspaceMemberRequest(
        id=tenant, member=NW.NotionWorkspaceMember(user=user.id)
    )
    ws = (await add(request, metadata=md(tenant))).notion_workspace
    member = member_of(ws, user.id)
    assert member.role == NW.NOTION_WORKSPACE_MEMBER_ROLE_MEMBER
    assert member.status == NW.NOTION_WORKSPACE_MEMBER_STATUS_ACTIVE
    perms = member.permissions
    assert perms.can_query
    assert perms.can_view_sources
    assert not (perms.can_invite)
    assert not (perms.can_manage_sync)
    assert not (perms.can_edit_settings)
    assert abs(member.joined_at.ToDatetime(dt.UTC) - dt.datetime.now(dt.UTC)) < dt.timedelta(
        minutes=1
    )
    again = await expect_error(add(request), grpc.StatusCode.ALREADY_EXISTS)
    assert again.metadata.get("fields") == "member.user"
    ghost = NW.AddNotionWorkspaceMemberRequest(
        id=tenant, member=NW.NotionWorkspaceMember(user="no-such-user")
    )
    failure = await expect_error(add(ghost), grpc.StatusCode.FAILED_PRECONDITION)
    assert failure.reason == "REFERENCE_MISSING"
    assert failure.metadata["field"] == "member.user"
    elsewhere = NW.AddNotionWorkspaceMemberRequest(id=f"{tenant}-x", member=request.member)
    await expect_error(add(elsewhere), grpc.StatusCode.NOT_FOUND)
    await expect_error(add(request, metadata=md("other")), grpc.StatusCode.NOT_FOUND)
    no_user = NW.AddNotionWorkspaceMemberRequest(id=tenant, member=NW.NotionWorkspaceMember())
    await expect_error(add(no_user), grpc.StatusCode.INVALID_ARGUMENT)


async def test_concurrent_adds_of_one_user_add_once(kit: Kit, tenant: str) -> None:
    user = await kit.user()
    request = NW.AddNotionWorkspaceMemberRequest(
        id=tenant, member=NW.NotionWorkspaceMember(user=user.id)
    )
    results = await asyncio.gather(
        *(kit.workspaces.AddNotionWorkspaceMember(request) for _ in range(10)),
        return_exceptions=True,
    )
    ok = [r for r in results if not isinstance(r, BaseException)]
    assert len(ok) == 1
    for r in results:
        if isinstance(r, grpc.aio.AioRpcError):
            assert r.code() == grpc.StatusCode.ALREADY_EXISTS
    ws = await kit.workspaces.GetNotionWorkspace(NW.GetNotionWorkspaceRequest(id=tenant))
    member_of(ws.notion_workspace, user.id)


async def add_members(kit: Kit, count: int) -> list[str]:
    ids = []
    for _ in range(count):
        user = await kit.user()
        member = NW.NotionWorkspaceMember(user=user.id)
        request = NW.AddNotionWorkspaceMemberRequest(id=kit.tenant, member=member)
        await kit.workspaces.AddNotionWorkspaceMember(request)
        ids.append(user.id)
    return ids


async def test_update_member(kit: Kit, tenant: str) -> None:
    (user,) = await add_members(kit, 1)
    update = kit.workspaces.UpdateNotionWorkspaceMember
    admin = NW.NOTION_WORKSPACE_MEMBER_ROLE_ADMIN
    masked = NW.UpdateNotionWorkspaceMemberRequest(
        id=tenant,
        member=NW.NotionWorkspaceMember(user=user, role=admin, status=3),
        update_mask=field_mask_pb2.FieldMask(paths=["role"]),
    )
    member = member_of((await update(masked, metadata=md(tenant))).notion_workspace, user)
    assert member.role == admin
    assert member.status == NW.NOTION_WORKSPACE_MEMBER_STATUS_ACTIVE  # not in the mask
    # No mask: every field set, and only the permission flags that are set.
    perms = NW.NotionWorkspaceMemberPermissions(can_invite=True)
    unmasked = NW.UpdateNotionWorkspaceMemberRequest(
        id=tenant, member=NW.NotionWorkspaceMember(user=user, permissions=perms)
    )
    member = member_of((await update(unmasked)).notion_workspace, user)
    assert member.permissions.can_invite
    assert member.permissions.can_query
    assert member.role == admin
    # A cleared field takes its default again.
    clear = NW.UpdateNotionWorkspaceMemberRequest(
        id=tenant,
        member=NW.NotionWorkspaceMember(user=user),
        update_mask=field_mask_pb2.FieldMask(paths=["role", "permissions.can_query"]),
    )
    member = member_of((await update(clear)).notion_workspace, user)
    assert member.role == NW.NOTION_WORKSPACE_MEMBER_ROLE_MEMBER
    assert member.permissions.HasField("can_query")
    assert member.permissions.can_query
    assert member.permissions.can_invite


async def test_update_member_errors(kit: Kit, tenant: str) -> None:
    (user,) = await add_members(kit, 1)
    update = kit.workspaces.UpdateNotionWorkspaceMember
    stranger = NW.UpdateNotionWorkspaceMemberRequest(
        id=tenant, member=NW.NotionWorkspaceMember(user="not-a-member", role=2)
    )
    await expect_error(update(stranger), grpc.StatusCode.NOT_FOUND)
    missing = NW.UpdateNotionWorkspaceMemberRequest(
        id=f"{tenant}-x", member=NW.NotionWorkspaceMember(user=user, role=2)
    )
    await expect_error(update(missing), grpc.StatusCode.NOT_FOUND)
    for paths in (
        ["user"],
        ["nickname"],
        ["permissions.can_fly"],
        ["permissions", "permissions.can_query"],
    ):
        bad = NW.UpdateNotionWorkspaceMemberRequest(
            id=tenant,
            member=NW.NotionWorkspaceMember(user=user),
            update_mask=field_mask_pb2.FieldMask(paths=paths),
        )
        failure = await expect_error(update(bad), grpc.StatusCode.INVALID_ARGUMENT)
        assert failure.violations[0][0] == "update_mask"


async def test_concurrent_member_updates_are_not_lost(kit: Kit, tenant: str) -> None:
    users = await add_members(kit, 8)
    viewer = NW.NOTION_WORKSPACE_MEMBER_ROLE_VIEWER
    await asyncio.gather(
        *(
            kit.workspaces.UpdateNotionWorkspaceMember(
                NW.UpdateNotionWorkspaceMemberRequest(
                    id=tenant, member=NW.NotionWorkspaceMember(user=u, role=viewer)
                )
            )
            for u in users[:4]
        )
    )
    ws = (
        await kit.workspaces.GetNotionWorkspace(NW.GetNotionWorkspaceRequest(id=tenant))
    ).notion_workspace
    for u in users[:4]:
        assert member_of(ws, u).role == viewer
    for u in users[4:]:
        assert member_of(ws, u).role == NW.NOTION_WORKSPACE_MEMBER_ROLE_MEMBER


async def test_remove_member(kit: Kit, tenant: str) -> None:
    first, second = await add_members(kit, 2)
    remove = kit.workspaces.RemoveNotionWorkspaceMember
    request = NW.RemoveNotionWorkspaceMemberRequest(id=tenant, user=first)
    ws = (await remove(request, metadata=md(tenant))).notion_workspace
    assert [m.user for m in ws.members] == [second]
    await expect_error(remove(request), grpc.StatusCode.NOT_FOUND)
    elsewhere = NW.RemoveNotionWorkspaceMemberRequest(id=f"{tenant}-x", user=second)
    await expect_error(remove(elsewhere), grpc.StatusCode.NOT_FOUND)
    other = NW.RemoveNotionWorkspaceMemberRequest(id=tenant, user=second)
    await expect_error(remove(other, metadata=md("other")), grpc.StatusCode.NOT_FOUND)
    # A removed user can be added again.
    add = NW.AddNotionWorkspaceMemberRequest(id=tenant, member=NW.NotionWorkspaceMember(user=first))
    ws = (await kit.workspaces.AddNotionWorkspaceMember(add)).notion_workspace
    assert {m.user for m in ws.members} == {first, second}


# ---- document sources -------------------------------------------------------------------


async def test_mark_document_source_deleted(kit: Kit, tenant: str) -> None:
    source = document_source_pb2.DocumentSource(source_id="page-1", title="Onboarding")
    request = document_source_pb2.CreateDocumentSourceRequest(document_source=source)
    created = (await kit.sources.CreateDocumentSource(request, metadata=md(tenant))).document_source
    mark = kit.sources.MarkDocumentSourceDeleted
    req = document_source_pb2.MarkDocumentSourceDeletedRequest(id=created.id)
    marked = (await mark(req, metadata=md(tenant))).document_source
    assert marked.sync_status == document_source_pb2.DOCUMENT_SOURCE_SYNC_STATUS_DELETED
    assert marked.HasField("deleted_at")
    assert marked.deleted_at == marked.updated_at
    assert marked.etag != created.etag
    assert marked.title == "Onboarding"
    failure = await expect_error(
        mark(req, metadata=md(tenant)), grpc.StatusCode.FAILED_PRECONDITION
    )
    assert failure.reason == "INVALID_STATE"
    await expect_error(mark(req, metadata=md("other")), grpc.StatusCode.NOT_FOUND)
    missing = document_source_pb2.MarkDocumentSourceDeletedRequest(id="no-such-source")
    await expect_error(mark(missing, metadata=md(tenant)), grpc.StatusCode.NOT_FOUND)


# ---- sync jobs --------------------------------------------------------------------------


async def test_sync_job_progress_merges(kit: Kit, tenant: str) -> None:
    job = await kit.job()
    assert job.status == SJ.SYNC_JOB_STATUS_QUEUED
    assert not job.HasField("started_at")
    progress = kit.jobs.UpdateSyncJobProgress
    first = SJ.UpdateSyncJobProgressRequest(
        id=job.id, progress=SJ.SyncJobProgress(total_documents=10, processed_documents=0)
    )
    got = (await progress(first, metadata=md(tenant))).sync_job
    assert got.status == SJ.SYNC_JOB_STATUS_PROCESSING
    assert got.HasField("started_at")
    assert got.progress.HasField("processed_documents")
    assert got.progress.processed_documents == 0
    second = SJ.UpdateSyncJobProgressRequest(
        id=job.id, progress=SJ.SyncJobProgress(processed_documents=4, current_document="Intro")
    )
    again = (await progress(second, metadata=md(tenant))).sync_job
    assert again.progress.total_documents == 10  # kept
    assert again.progress.processed_documents == 4
    assert again.progress.current_document == "Intro"
    assert not again.progress.HasField("error_count")
    assert again.started_at == got.started_at  # the first start is kept
    empty = SJ.UpdateSyncJobProgressRequest(id=job.id, progress=SJ.SyncJobProgress())
    await expect_error(progress(empty, metadata=md(tenant)), grpc.StatusCode.INVALID_ARGUMENT)
    await expect_error(progress(second, metadata=md("other")), grpc.StatusCode.NOT_FOUND)


async def test_sync_job_keeps_an_earlier_start(kit: Kit, tenant: str) -> None:
    started = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=1)
    job = await kit.job(started_at=ts(started))
    request = SJ.UpdateSyncJobProgressRequest(
        id=job.id, progress=SJ.SyncJobProgress(success_count=1)
    )
    got = (await kit.jobs.UpdateSyncJobProgress(request, metadata=md(tenant))).sync_job
    assert got.started_at.ToDatetime(dt.UTC) == started


async def test_complete_sync_job(kit: Kit, tenant: str) -> None:
    started = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(minutes=5)
    job = await kit.job(status=SJ.SYNC_JOB_STATUS_PROCESSING, started_at=ts(started))
    results = SJ.SyncJobResults(
        documents_added=3,
        errors=[SJ.SyncJobDocumentError(document_id="p-9", error="timeout")],
    )
    complete = kit.jobs.CompleteSyncJob
    request = SJ.CompleteSyncJobRequest(id=job.id, results=results)
    done = (await complete(request, metadata=md(tenant))).sync_job
    assert done.status == SJ.SYNC_JOB_STATUS_COMPLETED
    assert done.results == results
    completed = done.completed_at.ToDatetime(dt.UTC)
    assert done.duration == int((completed - started).total_seconds() * 1000)
    assert 5 * 60_000 <= done.duration < 6 * 60_000
    # Completing twice, failing a completed job, or reporting progress on it is refused.
    failure = await expect_error(
        complete(request, metadata=md(tenant)), grpc.StatusCode.FAILED_PRECONDITION
    )
    assert failure.reason == "INVALID_STATE"
    fail = SJ.FailSyncJobRequest(id=job.id, error_message="boom")
    await expect_error(
        kit.jobs.FailSyncJob(fail, metadata=md(tenant)), grpc.StatusCode.FAILED_PRECONDITION
    )
    progress = SJ.UpdateSyncJobProgressRequest(
        id=job.id, progress=SJ.SyncJobProgress(error_count=1)
    )
    await expect_error(
        kit.jobs.UpdateSyncJobProgress(progress, metadata=md(tenant)),
        grpc.StatusCode.FAILED_PRECONDITION,
    )
    await expect_error(complete(request, metadata=md("other")), grpc.StatusCode.NOT_FOUND)
    missing = SJ.CompleteSyncJobRequest(id="no-such-job")
    await expect_error(complete(missing, metadata=md(tenant)), grpc.StatusCode.NOT_FOUND)


async def test_complete_never_started_job_has_zero_duration(kit: Kit, tenant: str) -> None:
    job = await kit.job()
    done = (
        await kit.jobs.CompleteSyncJob(SJ.CompleteSyncJobRequest(id=job.id), metadata=md(tenant))
    ).sync_job
    assert done.status == SJ.SYNC_JOB_STATUS_COMPLETED
    assert done.HasField("completed_at")
    assert done.duration == 0
    assert not done.HasField("results")


async def test_fail_sync_job(kit: Kit, tenant: str) -> None:
    job = await kit.job()
    progress = SJ.UpdateSyncJobProgressRequest(
        id=job.id, progress=SJ.SyncJobProgress(total_documents=2)
    )
    started = (
        await kit.jobs.UpdateSyncJobProgress(progress, metadata=md(tenant))
    ).sync_job.started_at
    fail = kit.jobs.FailSyncJob
    request = SJ.FailSyncJobRequest(id=job.id, error_message="Notion API rate limited")
    failed = (await fail(request, metadata=md(tenant))).sync_job
    assert failed.status == SJ.SYNC_JOB_STATUS_FAILED
    assert failed.error.message == "Notion API rate limited"
    assert failed.error.timestamp == failed.completed_at
    span = failed.completed_at.ToDatetime(dt.UTC) - started.ToDatetime(dt.UTC)
    assert failed.duration == int(span.total_seconds() * 1000)
    assert failed.progress.total_documents == 2
    await expect_error(fail(request, metadata=md(tenant)), grpc.StatusCode.FAILED_PRECONDITION)
    completed = SJ.CompleteSyncJobRequest(id=job.id)
    await expect_error(
        kit.jobs.CompleteSyncJob(completed, metadata=md(tenant)),
        grpc.StatusCode.FAILED_PRECONDITION,
    )
    empty = SJ.FailSyncJobRequest(id=job.id)
    await expect_error(fail(empty, metadata=md(tenant)), grpc.StatusCode.INVALID_ARGUMENT)
    cancelled = await kit.job(status=SJ.SYNC_JOB_STATUS_CANCELLED)
    again = SJ.FailSyncJobRequest(id=cancelled.id, error_message="late")
    await expect_error(fail(again, metadata=md(tenant)), grpc.StatusCode.FAILED_PRECONDITION)


async def test_concurrent_complete_and_fail_finish_once(kit: Kit, tenant: str) -> None:
    job = await kit.job(status=SJ.SYNC_JOB_STATUS_PROCESSING)
    calls = [
        kit.jobs.CompleteSyncJob(SJ.CompleteSyncJobRequest(id=job.id), metadata=md(tenant))
        for _ in range(4)
    ] + [
        kit.jobs.FailSyncJob(
            SJ.FailSyncJobRequest(id=job.id, error_message="x"), metadata=md(tenant)
        )
        for _ in range(4)
    ]
    results = await asyncio.gather(*calls, return_exceptions=True)
    ok = [r for r in results if not isinstance(r, BaseException)]
    assert len(ok) == 1
    for r in results:
        if isinstance(r, grpc.aio.AioRpcError):
            assert r.code() == grpc.StatusCode.FAILED_PRECONDITION


# ---- conversation counters --------------------------------------------------------------


async def test_messages_keep_conversation_counters(kit: Kit, tenant: str) -> None:
    conv = await kit.conversation()
    assert conv.message_count == 0
    base = dt.datetime.now(dt.UTC).replace(microsecond=0)
    created = []
    for i in range(3):
        msg = message_pb2.Message(
            conversation_id=conv.id,
            role=message_pb2.MESSAGE_ROLE_USER,
            content=f"question {i}",
            timestamp=ts(base + dt.timedelta(seconds=i)),
        )
        request = message_pb2.CreateMessageRequest(message=msg)
        created.append((await kit.messages.CreateMessage(request, metadata=md(tenant))).message)
    assert all(m.workspace_id == tenant for m in created)
    got = await kit.get_conversation(conv.id)
    assert got.message_count == 3
    assert got.last_message_at == ts(base + dt.timedelta(seconds=2))
    delete = message_pb2.DeleteMessageRequest(id=created[2].id)
    await kit.messages.DeleteMessage(delete, metadata=md(tenant))
    got = await kit.get_conversation(conv.id)
    assert got.message_count == 2
    assert got.last_message_at == ts(base + dt.timedelta(seconds=1))


async def test_an_undone_batch_of_messages_leaves_the_counters_true(
    kit: Kit, tenant: str, server: Modelstore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Items a batch deleted, recounted out, and then put back are recounted in again."""
    conv = await kit.conversation()
    made = []
    for i in range(3):
        msg = message_pb2.Message(
            conversation_id=conv.id, role=message_pb2.MESSAGE_ROLE_USER, content=f"kept {i}"
        )
        request = message_pb2.CreateMessageRequest(message=msg)
        made.append((await kit.messages.CreateMessage(request, metadata=md(tenant))).message)
    assert server.db is not None
    raw = server.db["knowledge.messages"]
    real_delete = EntityStore.delete
    calls = 0

    async def racing(self: EntityStore[Any], ctx: Any, doc_id: str, *args: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 3:  # a seed app's write between the batch's check and item 2's delete
            await raw.update_one({"_id": ObjectId(doc_id)}, {"$set": {"content": "raced"}})
        return await real_delete(self, ctx, doc_id, *args)

    monkeypatch.setattr(EntityStore, "delete", racing)
    request = message_pb2.BatchDeleteMessagesRequest(
        requests=[message_pb2.DeleteMessageRequest(id=m.id) for m in made]
    )
    failed = await expect_error(
        kit.messages.BatchDeleteMessages(request, metadata=md(tenant)), grpc.StatusCode.ABORTED
    )
    assert failed.metadata["index"] == "2"
    monkeypatch.undo()
    # Items 0 and 1 were deleted (and recounted out), then put back: all three count.
    assert (await kit.get_conversation(conv.id)).message_count == 3


async def test_message_copies_workspace_without_header(kit: Kit, tenant: str) -> None:
    conv = await kit.conversation()
    msg = message_pb2.Message(
        conversation_id=conv.id, role=message_pb2.MESSAGE_ROLE_ASSISTANT, content="hi"
    )
    created = (
        await kit.messages.CreateMessage(message_pb2.CreateMessageRequest(message=msg))
    ).message
    assert created.workspace_id == tenant  # copied from the conversation (cross-tenant caller)
    assert (await kit.get_conversation(conv.id)).message_count == 1


async def test_message_of_another_tenants_conversation_is_refused(
    kit: Kit, channel: grpc.aio.Channel
) -> None:
    conv = await kit.conversation()
    other = Kit(channel, str(ObjectId()))
    await other.workspace()
    msg = message_pb2.Message(
        conversation_id=conv.id, role=message_pb2.MESSAGE_ROLE_USER, content="sneaky"
    )
    request = message_pb2.CreateMessageRequest(message=msg)
    failure = await expect_error(
        kit.messages.CreateMessage(request, metadata=md(other.tenant)),
        grpc.StatusCode.FAILED_PRECONDITION,
    )
    assert failure.reason == "REFERENCE_MISSING"
    assert failure.metadata["field"] == "message.conversation_id"
    assert (await kit.get_conversation(conv.id)).message_count == 0


async def test_concurrent_message_creates_count_exactly(kit: Kit, tenant: str) -> None:
    conv = await kit.conversation()
    base = dt.datetime.now(dt.UTC).replace(microsecond=0)

    async def create(i: int) -> message_pb2.Message:
        msg = message_pb2.Message(
            conversation_id=conv.id,
            role=message_pb2.MESSAGE_ROLE_USER,
            content=f"m{i}",
            timestamp=ts(base + dt.timedelta(seconds=i)),
        )
        request = message_pb2.CreateMessageRequest(message=msg)
        return (await kit.messages.CreateMessage(request, metadata=md(tenant))).message

    created = await asyncio.gather(*(create(i) for i in range(30)))
    got = await kit.get_conversation(conv.id)
    assert got.message_count == 30
    assert got.last_message_at == ts(base + dt.timedelta(seconds=29))
    deletes = [
        kit.messages.DeleteMessage(message_pb2.DeleteMessageRequest(id=m.id), metadata=md(tenant))
        for m in created[15:]
    ]
    await asyncio.gather(*deletes)
    got = await kit.get_conversation(conv.id)
    assert got.message_count == 15
    assert got.last_message_at == ts(base + dt.timedelta(seconds=14))


async def _raw_message(server: Modelstore, conv_id: str, tenant: str, at: dt.datetime) -> str:
    assert server.db is not None
    doc_id = str(uuid.uuid4())
    current = now()
    await server.db[MESSAGES].insert_one(
        {
            "_id": doc_id,
            "conversationId": conv_id,
            "workspaceId": tenant,
            "role": "user",
            "content": "raw",
            "timestamp": at,
            "createdAt": current,
            "updatedAt": current,
            "etag": "e",
        }
    )
    return doc_id


async def test_recount_under_concurrent_inserts(
    kit: Kit, server: Modelstore, deps: DomainDeps, tenant: str
) -> None:
    conv = await kit.conversation()
    base = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)

    async def insert_then_recount(i: int) -> str:
        doc_id = await _raw_message(server, conv.id, tenant, base + dt.timedelta(minutes=i))
        await recount_conversation(deps, conv.id, tenant)
        return doc_id

    ids = await asyncio.gather(*(insert_then_recount(i) for i in range(30)))
    assert server.db is not None
    stored = await server.db[CONVERSATIONS].find_one({"_id": either(conv.id)})
    assert stored is not None
    assert stored["messageCount"] == 30
    assert stored["lastMessageAt"] == base + dt.timedelta(minutes=29)
    assert stored["counterVersion"] >= 1

    async def delete_then_recount(doc_id: str) -> None:
        assert server.db is not None
        await server.db[MESSAGES].delete_one({"_id": either(doc_id)})
        await recount_conversation(deps, conv.id, tenant)

    await asyncio.gather(*(delete_then_recount(d) for d in ids[10:]))
    got = await kit.get_conversation(conv.id)
    assert got.message_count == 10
    assert got.last_message_at == ts(base + dt.timedelta(minutes=9))


async def test_recount_edge_cases(
    kit: Kit, server: Modelstore, deps: DomainDeps, tenant: str
) -> None:
    conv = await kit.conversation()
    doc_id = await _raw_message(server, conv.id, tenant, dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    await recount_conversation(deps, conv.id, "another-tenant")  # not this tenant's: no change
    assert (await kit.get_conversation(conv.id)).message_count == 0
    await recount_conversation(deps, conv.id, None)
    got = await kit.get_conversation(conv.id)
    assert got.message_count == 1
    assert got.etag != conv.etag
    assert server.db is not None
    await server.db[MESSAGES].delete_one({"_id": either(doc_id)})
    await recount_conversation(deps, conv.id, tenant)
    got = await kit.get_conversation(conv.id)
    assert got.message_count == 0
    assert got.last_message_at == conv.created_at  # back to its value at creation
    await recount_conversation(deps, "no-such-conversation", tenant)  # a no-op
