"""Standard-method semantics that need a specific entity to show: idempotency, masks,
allow_missing, ordering, BatchGet order, defaults, the codec's stored shape, validation,
unique-when-present, TTL, encryption and migrate."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import uuid

import grpc
import pytest
from google.protobuf import field_mask_pb2, struct_pb2, timestamp_pb2

from modelstore.auth.v1 import (
    account_pb2,
    account_pb2_grpc,
    verification_pb2,
    verification_pb2_grpc,
)
from modelstore.directory.v1 import user_pb2 as dir_user_pb2
from modelstore.directory.v1 import user_pb2_grpc as dir_user_pb2_grpc
from modelstore.knowledge.v1 import (
    analytics_event_pb2,
    analytics_event_pb2_grpc,
    conversation_pb2,
    notion_workspace_pb2,
    notion_workspace_pb2_grpc,
)
from modelstore.platform.v1 import contact_pb2, contact_pb2_grpc, session_pb2, session_pb2_grpc
from modelstore.platform.v1 import workspace_pb2 as ws_pb2
from modelstore.platform.v1 import workspace_pb2_grpc as ws_grpc
from modelstore_server.app import Modelstore
from modelstore_server.storage.indexes import ensure_indexes
from tests.support import MODELS, Samples, expect_error


def _ts(delta: dt.timedelta) -> timestamp_pb2.Timestamp:
    ts = timestamp_pb2.Timestamp()
    ts.FromDatetime(dt.datetime.now(dt.UTC) + delta)
    return ts


def _md(tenant: str) -> tuple[tuple[str, str], ...]:
    return (("x-tenant-id", tenant),)


async def test_retried_create_returns_the_first_result(channel: grpc.aio.Channel) -> None:
    stub = ws_grpc.WorkspaceServiceStub(channel)
    request_id = str(uuid.uuid4())
    req = ws_pb2.CreateWorkspaceRequest(
        workspace=ws_pb2.Workspace(name="Idem"), request_id=request_id
    )
    results = await asyncio.gather(*(stub.CreateWorkspace(req) for _ in range(5)))
    first = results[0].workspace
    assert all(r.workspace == first for r in results)
    again = await stub.CreateWorkspace(req)
    assert again.workspace == first
    other = ws_pb2.CreateWorkspaceRequest(
        workspace=ws_pb2.Workspace(name="Other"), request_id=request_id
    )
    got = await expect_error(stub.CreateWorkspace(other), grpc.StatusCode.INVALID_ARGUMENT)
    assert got.reason == "REQUEST_ID_REUSED"
    # Without request_id the same body is a new workspace.
    plain = ws_pb2.CreateWorkspaceRequest(workspace=ws_pb2.Workspace(name="Idem"))
    assert (await stub.CreateWorkspace(plain)).workspace.id != first.id


async def test_read_mask_returns_only_the_named_fields(
    channel: grpc.aio.Channel, unique: str
) -> None:
    stub = ws_grpc.WorkspaceServiceStub(channel)
    ws = ws_pb2.Workspace(id=f"rm-{unique}", name="Masked", allowed_origins=["https://a.example"])
    await stub.CreateWorkspace(ws_pb2.CreateWorkspaceRequest(workspace=ws))
    got = (
        await stub.GetWorkspace(
            ws_pb2.GetWorkspaceRequest(id=ws.id, read_mask=field_mask_pb2.FieldMask(paths=["name"]))
        )
    ).workspace
    assert got == ws_pb2.Workspace(id=ws.id, name="Masked")
    bad = await expect_error(
        stub.GetWorkspace(
            ws_pb2.GetWorkspaceRequest(id=ws.id, read_mask=field_mask_pb2.FieldMask(paths=["nope"]))
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert bad.reason == "INVALID_FIELD_MASK"
    batch = await stub.BatchGetWorkspaces(
        ws_pb2.BatchGetWorkspacesRequest(
            ids=[ws.id], read_mask=field_mask_pb2.FieldMask(paths=["status"])
        )
    )
    assert batch.workspaces[0] == ws_pb2.Workspace(id=ws.id, status=ws_pb2.WORKSPACE_STATUS_ACTIVE)


async def test_update_masks_replace_and_allow_missing(
    channel: grpc.aio.Channel, unique: str
) -> None:
    stub = ws_grpc.WorkspaceServiceStub(channel)
    ws_id = f"up-{unique}"
    missing = ws_pb2.UpdateWorkspaceRequest(workspace=ws_pb2.Workspace(id=ws_id, name="New"))
    await expect_error(stub.UpdateWorkspace(missing), grpc.StatusCode.NOT_FOUND)
    missing.allow_missing = True
    created = (await stub.UpdateWorkspace(missing)).workspace
    assert created.name == "New"
    assert created.HasField("created_at")
    assert created.status == ws_pb2.WORKSPACE_STATUS_ACTIVE, "defaults apply to an upsert"

    # Implicit mask: only the fields that are set change.
    origins = ws_pb2.Workspace(id=ws_id, allowed_origins=["https://x.example"])
    after = (await stub.UpdateWorkspace(ws_pb2.UpdateWorkspaceRequest(workspace=origins))).workspace
    assert after.name == "New"
    assert list(after.allowed_origins) == ["https://x.example"]

    # `*` replaces: unset fields are cleared.
    star = ws_pb2.UpdateWorkspaceRequest(
        workspace=ws_pb2.Workspace(id=ws_id, name="Replaced"),
        update_mask=field_mask_pb2.FieldMask(paths=["*"]),
    )
    replaced = (await stub.UpdateWorkspace(star)).workspace
    assert replaced.name == "Replaced"
    assert not replaced.allowed_origins
    assert replaced.created_at == created.created_at

    # An explicit mask may clear a field; a required one cannot be cleared.
    clear = ws_pb2.UpdateWorkspaceRequest(
        workspace=ws_pb2.Workspace(id=ws_id), update_mask=field_mask_pb2.FieldMask(paths=["name"])
    )
    got = await expect_error(stub.UpdateWorkspace(clear), grpc.StatusCode.INVALID_ARGUMENT)
    assert ("workspace.name", "is required") in got.violations


async def test_order_by_with_id_tiebreak_and_batch_get_order(
    channel: grpc.aio.Channel, unique: str
) -> None:
    stub = ws_grpc.WorkspaceServiceStub(channel)
    names = {"c": "Charlie", "a": "Alpha", "b": "Bravo", "d": "Alpha"}
    for key, name in names.items():
        await stub.CreateWorkspace(
            ws_pb2.CreateWorkspaceRequest(
                workspace=ws_pb2.Workspace(id=f"ob-{unique}-{key}", name=name)
            )
        )
    flt = f'id >= "ob-{unique}-" AND id <= "ob-{unique}-z"'
    page = await stub.ListWorkspaces(ws_pb2.ListWorkspacesRequest(filter=flt, order_by="name desc"))
    assert [w.id[-1] for w in page.workspaces] == ["c", "b", "a", "d"]
    page = await stub.ListWorkspaces(ws_pb2.ListWorkspacesRequest(filter=flt, order_by="name"))
    assert [w.id[-1] for w in page.workspaces] == ["a", "d", "b", "c"]
    # Paging one by one in a descending order gives the same sequence.
    seen, token = [], ""
    while True:
        page = await stub.ListWorkspaces(
            ws_pb2.ListWorkspacesRequest(
                filter=flt, order_by="name desc, created_at", page_size=1, page_token=token
            )
        )
        seen += [w.id[-1] for w in page.workspaces]
        token = page.next_page_token
        if not token:
            break
    assert seen == ["c", "b", "a", "d"]
    ids = [f"ob-{unique}-{k}" for k in ("b", "d", "a", "b")]
    batch = await stub.BatchGetWorkspaces(ws_pb2.BatchGetWorkspacesRequest(ids=ids))
    assert [w.id for w in batch.workspaces] == ids
    await expect_error(
        stub.BatchGetWorkspaces(ws_pb2.BatchGetWorkspacesRequest(ids=[*ids, "nope-" + unique])),
        grpc.StatusCode.NOT_FOUND,
    )


async def test_seed_defaults_apply_on_create(channel: grpc.aio.Channel, tenant: str) -> None:
    samples = Samples(channel, tenant)
    nw = await samples.build(MODELS["modelstore.knowledge.v1.NotionWorkspace"], doc_id=tenant)
    nw.members.add(user="u1")
    stub = notion_workspace_pb2_grpc.NotionWorkspaceServiceStub(channel)
    created = (
        await stub.CreateNotionWorkspace(
            notion_workspace_pb2.CreateNotionWorkspaceRequest(notion_workspace=nw),
            metadata=_md(tenant),
        )
    ).notion_workspace
    assert created.sync_schedule.enabled is True
    assert created.sync_schedule.interval_hours == 24
    member = created.members[0]
    assert member.permissions.can_query
    assert member.permissions.can_view_sources
    assert not member.permissions.can_invite
    assert member.HasField("joined_at")
    assert created.sync_status == notion_workspace_pb2.NOTION_WORKSPACE_SYNC_STATUS_IDLE
    conv = await samples.create(MODELS["modelstore.knowledge.v1.Conversation"])
    assert conv.title == "New Conversation"
    assert conv.HasField("last_message_at")
    assert conv.status == conversation_pb2.CONVERSATION_STATUS_ACTIVE


async def test_codec_stores_the_seed_shape_and_reads_it_back(
    channel: grpc.aio.Channel, server: Modelstore, tenant: str, unique: str
) -> None:
    assert server.db is not None
    # A document written the way the seed's Mongoose code writes it.
    await server.db["platform.workspaces"].insert_one(
        {
            "_id": f"ws_{unique}",
            "name": "Acme",
            "status": "inactive",
            "allowedOrigins": ["https://acme.example"],
            "__v": 0,
        }
    )
    got = (
        await ws_grpc.WorkspaceServiceStub(channel).GetWorkspace(
            ws_pb2.GetWorkspaceRequest(id=f"ws_{unique}")
        )
    ).workspace
    assert got.name == "Acme"
    assert got.status == ws_pb2.WORKSPACE_STATUS_INACTIVE
    assert list(got.allowed_origins) == ["https://acme.example"]

    # And what the codec writes looks like the seed's documents.
    context = struct_pb2.Struct()
    context.update({"ip": "10.0.0.1", "nested": {"n": 2, "ok": True}, "list": [1, "a"]})
    # The principal must exist in the tenant (a declared reference, `references_by`).
    principal = await Samples(channel, tenant).create(MODELS["modelstore.platform.v1.User"])
    session = session_pb2.Session(
        principal_id=principal.id,
        principal_type=session_pb2.SESSION_PRINCIPAL_TYPE_USER,
        scopes=["read"],
        context=context,
        expires_at=_ts(dt.timedelta(hours=1)),
    )
    await Samples(channel, tenant).tenant_root(MODELS["modelstore.platform.v1.Workspace"])
    created = (
        await session_pb2_grpc.SessionServiceStub(channel).CreateSession(
            session_pb2.CreateSessionRequest(session=session), metadata=_md(tenant)
        )
    ).session
    raw = await server.db["platform.sessions"].find_one({"_id": created.id})
    assert raw is not None
    assert raw["workspaceId"] == tenant
    assert raw["principalType"] == "user"
    assert raw["context"] == {"ip": "10.0.0.1", "nested": {"n": 2, "ok": True}, "list": [1, "a"]}
    assert isinstance(raw["expiresAt"], dt.datetime)
    assert isinstance(raw["createdAt"], dt.datetime)
    assert raw["status"] == "active"
    got_session = (
        await session_pb2_grpc.SessionServiceStub(channel).GetSession(
            session_pb2.GetSessionRequest(id=created.id), metadata=_md(tenant)
        )
    ).session
    assert got_session == created


async def test_validation_rules_from_the_protos(channel: grpc.aio.Channel, unique: str) -> None:
    stub = dir_user_pb2_grpc.UserServiceStub(channel)
    bad = dir_user_pb2.User(
        email="not-an-email", first_name="A", last_name="B", clerk_id=f"c-{unique}"
    )
    got = await expect_error(
        stub.CreateUser(dir_user_pb2.CreateUserRequest(user=bad)), grpc.StatusCode.INVALID_ARGUMENT
    )
    fields = {f for f, _ in got.violations}
    assert {"user.email", "user.first_name", "user.last_name"} <= fields
    assert got.reason == "INVALID_FIELD"
    wrong_enum = dir_user_pb2.User(
        email=f"{unique}@example.com",
        first_name="Ann",
        last_name="Lee",
        clerk_id=f"c-{unique}",
        role=99,
    )  # type: ignore[arg-type]
    got = await expect_error(
        stub.CreateUser(dir_user_pb2.CreateUserRequest(user=wrong_enum)),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert [f for f, _ in got.violations] == ["user.role"]
    ok = dir_user_pb2.User(
        email=f"{unique}@Example.com", first_name="Ann", last_name="Lee", clerk_id=f"c-{unique}"
    )
    created = (await stub.CreateUser(dir_user_pb2.CreateUserRequest(user=ok))).user
    assert created.role == dir_user_pb2.USER_ROLE_USER
    assert created.status == dir_user_pb2.USER_STATUS_ACTIVE
    got = await expect_error(
        stub.ListUsers(dir_user_pb2.ListUsersRequest(filter='clerk_id = "x" AND')),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert got.reason == "INVALID_FILTER"


async def test_unique_when_present(channel: grpc.aio.Channel, unique: str) -> None:
    stub = contact_pb2_grpc.ContactServiceStub(channel)
    for i in range(3):
        await stub.CreateContact(
            contact_pb2.CreateContactRequest(
                contact=contact_pb2.Contact(name=f"n{i}", phone=unique)
            )
        )
    email = f"c-{unique}@example.com"
    await stub.CreateContact(
        contact_pb2.CreateContactRequest(contact=contact_pb2.Contact(email=email))
    )
    got = await expect_error(
        stub.CreateContact(
            contact_pb2.CreateContactRequest(contact=contact_pb2.Contact(email=email))
        ),
        grpc.StatusCode.ALREADY_EXISTS,
    )
    assert got.metadata["fields"] == "email"
    listed = await stub.ListContacts(contact_pb2.ListContactsRequest(filter=f'phone = "{unique}"'))
    assert len(listed.contacts) == 3


async def test_ttl_indexes_are_native(server: Modelstore) -> None:
    """Every declared TTL index exists as the backend's own, with its expireAfterSeconds."""
    assert server.db is not None
    declared = [
        (model.collection, index)
        for model in (s.model for s in server.services if s.model is not None)
        for index in model.indexes
        if index.expire_after_seconds > 0
    ]
    assert {c for c, _ in declared} >= {"auth.verifications", "knowledge.analytics"}
    for collection, index in declared:
        info = await server.db[collection].index_information()
        assert index.name in info, (collection, index.name)
        got = info[index.name]
        assert [(k, int(d)) for k, d in got["key"]] == list(index.keys)
        assert got["expireAfterSeconds"] == index.expire_after_seconds, (collection, got)


async def test_expired_documents_are_never_live(
    channel: grpc.aio.Channel, server: Modelstore, tenant: str, unique: str
) -> None:
    """TTL removal is asynchronous on every backend (about once a minute), so an expired
    document that is still stored must read as missing: Get, List and BatchGet."""
    verifications = verification_pb2_grpc.VerificationServiceStub(channel)
    old = verification_pb2.Verification(
        identifier=f"{unique}@example.com", value="123456", expires_at=_ts(-dt.timedelta(seconds=5))
    )
    fresh = verification_pb2.Verification(
        identifier=f"{unique}@example.com", value="654321", expires_at=_ts(dt.timedelta(hours=1))
    )
    expired = (
        await verifications.CreateVerification(
            verification_pb2.CreateVerificationRequest(verification=old)
        )
    ).verification
    live = (
        await verifications.CreateVerification(
            verification_pb2.CreateVerificationRequest(verification=fresh)
        )
    ).verification
    await expect_error(
        verifications.GetVerification(verification_pb2.GetVerificationRequest(id=expired.id)),
        grpc.StatusCode.NOT_FOUND,
    )
    listed = await verifications.ListVerifications(
        verification_pb2.ListVerificationsRequest(filter=f'identifier = "{unique}@example.com"')
    )
    assert [v.id for v in listed.verifications] == [live.id]
    await expect_error(
        verifications.BatchGetVerifications(
            verification_pb2.BatchGetVerificationsRequest(ids=[live.id, expired.id])
        ),
        grpc.StatusCode.NOT_FOUND,
    )

    await Samples(channel, tenant).tenant_root(MODELS["modelstore.knowledge.v1.NotionWorkspace"])
    events = analytics_event_pb2_grpc.AnalyticsEventServiceStub(channel)
    ancient = analytics_event_pb2.AnalyticsEvent(
        event_type=analytics_event_pb2.ANALYTICS_EVENT_TYPE_QUERY,
        timestamp=_ts(-dt.timedelta(days=91)),
    )
    gone = (
        await events.CreateAnalyticsEvent(
            analytics_event_pb2.CreateAnalyticsEventRequest(analytics_event=ancient),
            metadata=_md(tenant),
        )
    ).analytics_event
    await expect_error(
        events.GetAnalyticsEvent(
            analytics_event_pb2.GetAnalyticsEventRequest(id=gone.id), metadata=_md(tenant)
        ),
        grpc.StatusCode.NOT_FOUND,
    )
    assert server.db is not None
    assert await server.db["auth.verifications"].find_one({"_id": live.id}) is not None


async def test_encrypted_fields_are_stored_as_ciphertext(
    channel: grpc.aio.Channel, server: Modelstore, tenant: str
) -> None:
    samples = Samples(channel, tenant)
    account = await samples.build(MODELS["modelstore.auth.v1.Account"])
    account.access_token = "ya29.access-token-plaintext"
    created = (
        await account_pb2_grpc.AccountServiceStub(channel).CreateAccount(
            account_pb2.CreateAccountRequest(account=account)
        )
    ).account
    assert not created.access_token
    assert server.db is not None
    raw = await server.db["auth.accounts"].find_one({"_id": created.id})
    assert raw is not None
    # One string a seed app opens with node:crypto (docs/security.md, "Encrypted fields").
    form, key_id, iv, tag, ciphertext = raw["accessToken"].split(":")
    assert (form, key_id, len(iv), len(tag)) == ("aes256gcm", "test-1", 16, 22)
    assert b"ya29" not in base64.urlsafe_b64decode(ciphertext + "=" * (-len(ciphertext) % 4))
    got = await expect_error(
        account_pb2_grpc.AccountServiceStub(channel).ListAccounts(
            account_pb2.ListAccountsRequest(filter='access_token = "x"')
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert got.reason == "INVALID_FILTER"


async def test_migrate_is_idempotent_and_indexes_are_listed(server: Modelstore) -> None:
    assert server.db is not None
    assert server.caps is not None
    models = [s.model for s in server.services if s.model is not None]
    specs = [i for m in models for i in m.index_specs()]
    again = await ensure_indexes(server.db, specs, server.caps)
    assert again
    assert all(a.action.startswith("unchanged") for a in again)
    for model in models:
        names = set(await server.db[model.collection].index_information())
        assert {i.name for i in model.indexes} <= names, model.collection


@pytest.mark.parametrize(
    ("collection", "keys"),
    [
        # ENTITIES.md's "username unique", scoped to the workspace (docs/security.md).
        ("platform.users", [("workspaceId", 1), ("username", 1)]),
        ("platform.contacts", [("email", 1)]),
        ("knowledge.users", [("email", 1)]),
        ("knowledge.notion_workspaces", [("workspaceId", 1)]),
        ("knowledge.conversations", [("workspaceId", 1), ("userId", 1), ("status", 1)]),
        ("knowledge.conversations", [("lastMessageAt", -1)]),
        ("knowledge.messages", [("conversationId", 1), ("timestamp", 1)]),
        ("knowledge.document_sources", [("workspaceId", 1), ("sourceId", 1)]),
        ("knowledge.analytics", [("timestamp", 1)]),
        ("knowledge.analytics", [("workspaceId", 1), ("eventType", 1), ("timestamp", -1)]),
        ("directory.users", [("clerkId", 1)]),
        ("directory.user_data", [("userId", 1), ("key", 1)]),
        ("auth.sessions", [("token", 1)]),
        ("auth.accounts", [("providerId", 1), ("accountId", 1)]),
        ("auth.verifications", [("identifier", 1)]),
        ("iam.role_bindings", [("tenantId", 1), ("userId", 1), ("roleId", 1)]),
        ("iam.platform_credentials", [("tenantId", 1), ("platform", 1), ("externalAccountId", 1)]),
    ],
)
async def test_entities_md_indexes_exist(
    server: Modelstore, collection: str, keys: list[tuple[str, int]]
) -> None:
    assert server.db is not None
    info = await server.db[collection].index_information()
    assert any([(k, int(d)) for k, d in spec["key"]] == keys for spec in info.values()), info


async def test_racing_updates_with_one_etag_have_one_winner(
    channel: grpc.aio.Channel, unique: str
) -> None:
    stub = ws_grpc.WorkspaceServiceStub(channel)
    ws = (
        await stub.CreateWorkspace(
            ws_pb2.CreateWorkspaceRequest(workspace=ws_pb2.Workspace(id=f"race-{unique}", name="R"))
        )
    ).workspace
    requests = [
        ws_pb2.UpdateWorkspaceRequest(
            workspace=ws_pb2.Workspace(id=ws.id, etag=ws.etag, name=f"writer {i}"),
            update_mask=field_mask_pb2.FieldMask(paths=["name"]),
        )
        for i in range(8)
    ]
    results = await asyncio.gather(
        *(stub.UpdateWorkspace(r) for r in requests), return_exceptions=True
    )
    winners = [r for r in results if isinstance(r, ws_pb2.UpdateWorkspaceResponse)]
    losers = [r for r in results if isinstance(r, grpc.aio.AioRpcError)]
    assert len(winners) == 1
    assert all(e.code() == grpc.StatusCode.ABORTED for e in losers)
