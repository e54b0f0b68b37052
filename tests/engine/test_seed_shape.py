"""Stored shape = seed shape (issue 17, point 2), on the real server.

- every default a seed states is in the stored document of a fresh entity, zeros and
  `false` included (driven by the descriptors: every entity with a declared default);
- sub-document arrays (`element_ids`) carry an `_id` per element, kept across updates;
- keys another writer added (`__v`, extras, also inside sub-documents) survive updates;
- a Message a seed app stored without `workspaceId` is its conversation's tenant's.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

import grpc
import pytest
from bson import ObjectId
from google.protobuf import field_mask_pb2
from google.protobuf.descriptor import Descriptor

from modelstore.knowledge.v1 import (
    conversation_pb2,
    conversation_pb2_grpc,
    document_source_pb2,
    document_source_pb2_grpc,
    message_pb2,
    message_pb2_grpc,
    notion_workspace_pb2,
    notion_workspace_pb2_grpc,
    user_pb2,
    user_pb2_grpc,
)
from modelstore_server.app import Modelstore
from modelstore_server.engine.field_plan import plan_of
from modelstore_server.engine.model import EntityModel
from modelstore_server.engine.naming import field_rules
from tests.support import ENTITY_SERVICES, Samples, either, expect_error

NW = notion_workspace_pb2


def _defaulted_keys(descriptor: Descriptor, prefix: str = "") -> list[str]:
    """The dotted document keys of every stated default, through embedded messages."""
    out: list[str] = []
    for field in plan_of(descriptor).defaulted:
        key = f"{prefix}{field.key}"
        if field.rules.has_default:
            out.append(key)
        elif not field.fd.is_repeated and field.checked_type is not None:
            out.extend(_defaulted_keys(field.checked_type, f"{key}."))
    return out


def _get(doc: Mapping[str, Any], dotted: str) -> tuple[bool, Any]:
    value: Any = doc
    for part in dotted.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return False, None
        value = value[part]
    return True, value


DEFAULTED = [
    s.model for s in ENTITY_SERVICES if s.model is not None and _defaulted_keys(s.model.descriptor)
]


@pytest.mark.parametrize("model", DEFAULTED, ids=lambda m: m.full_name)
async def test_every_stated_default_is_stored(
    model: EntityModel, channel: grpc.aio.Channel, server: Modelstore, tenant: str
) -> None:
    created = await Samples(channel, tenant).create(model)
    assert server.db is not None
    stored = await server.db[model.collection].find_one({"_id": either(created.id)})
    assert stored is not None
    for key in _defaulted_keys(model.descriptor):
        found, _ = _get(stored, key)
        assert found, f"{model.full_name}: default {key} not stored in {stored}"


def test_zero_defaults_are_the_stored_zeros() -> None:
    """The fields whose stated default is a zero are exactly those stored when zero."""
    plan = plan_of(NW.NotionWorkspaceStats.DESCRIPTOR)
    assert all(f.rules.stores_zero for f in plan.fields if f.rules.has_default)
    perms = plan_of(NW.NotionWorkspaceMemberPermissions.DESCRIPTOR).by_name
    assert perms["can_invite"].rules.stores_zero
    assert not perms["can_query"].rules.stores_zero  # optional, default true: presence


class Kit:
    def __init__(self, channel: grpc.aio.Channel, tenant: str) -> None:
        self.tenant = tenant
        self.channel = channel
        self.md = (("x-tenant-id", tenant),)
        self.users = user_pb2_grpc.UserServiceStub(channel)
        self.workspaces = notion_workspace_pb2_grpc.NotionWorkspaceServiceStub(channel)
        self.conversations = conversation_pb2_grpc.ConversationServiceStub(channel)
        self.messages = message_pb2_grpc.MessageServiceStub(channel)

    async def user(self) -> str:
        user = user_pb2.User(email=f"u-{uuid.uuid4().hex[:10]}@example.com", password="pw-123456")
        user.name = "Ada"
        return (await self.users.CreateUser(user_pb2.CreateUserRequest(user=user))).user.id

    async def workspace(self, *members: str) -> NW.NotionWorkspace:
        ws = NW.NotionWorkspace(
            id=self.tenant,
            workspace_id=f"notion-{self.tenant}",
            workspace_name="Acme Wiki",
            owner=await self.user(),
            access_token="token",
            members=[NW.NotionWorkspaceMember(user=m) for m in members],
        )
        request = NW.CreateNotionWorkspaceRequest(notion_workspace=ws)
        return (await self.workspaces.CreateNotionWorkspace(request)).notion_workspace

    async def conversation(self) -> conversation_pb2.Conversation:
        conv = conversation_pb2.Conversation(workspace_id=self.tenant, user_id=await self.user())
        request = conversation_pb2.CreateConversationRequest(conversation=conv)
        return (await self.conversations.CreateConversation(request, metadata=self.md)).conversation


@pytest.fixture
def kit(channel: grpc.aio.Channel, tenant: str) -> Kit:
    return Kit(channel, tenant)


async def test_raw_query_on_a_zero_default_finds_a_fresh_document(
    kit: Kit, server: Modelstore
) -> None:
    await kit.workspace()
    conv = await kit.conversation()
    assert server.db is not None
    found = await server.db["knowledge.conversations"].find_one(
        {"_id": either(conv.id), "messageCount": 0}
    )
    assert found is not None
    # An update that clears a zero default stores the zero rather than removing the key.
    sources = document_source_pb2_grpc.DocumentSourceServiceStub(kit.channel)
    source = document_source_pb2.DocumentSource(
        workspace_id=kit.tenant, source_id="page-1", title="Intro", chunk_count=3
    )
    created = (
        await sources.CreateDocumentSource(
            document_source_pb2.CreateDocumentSourceRequest(document_source=source),
            metadata=kit.md,
        )
    ).document_source
    await sources.UpdateDocumentSource(
        document_source_pb2.UpdateDocumentSourceRequest(
            document_source=document_source_pb2.DocumentSource(id=created.id),
            update_mask=field_mask_pb2.FieldMask(paths=["chunk_count"]),
        ),
        metadata=kit.md,
    )
    stored = await server.db["knowledge.document_sources"].find_one({"_id": either(created.id)})
    assert stored is not None
    assert stored["chunkCount"] == 0


async def test_members_get_ids_and_nested_defaults(kit: Kit, server: Modelstore) -> None:
    first, second = await kit.user(), await kit.user()
    await kit.workspace(first)
    await kit.workspaces.AddNotionWorkspaceMember(
        NW.AddNotionWorkspaceMemberRequest(
            id=kit.tenant, member=NW.NotionWorkspaceMember(user=second)
        ),
        metadata=kit.md,
    )
    assert server.db is not None
    stored = await server.db["knowledge.notion_workspaces"].find_one({"_id": either(kit.tenant)})
    assert stored is not None
    members = stored["members"]
    assert [m["user"] for m in members] == [ObjectId(first), ObjectId(second)]  # declared type
    for member in members:
        assert isinstance(member["_id"], ObjectId)
        assert member["permissions"] == {
            "canQuery": True,
            "canViewSources": True,
            "canInvite": False,
            "canManageSync": False,
            "canEditSettings": False,
        }
    assert stored["stats"] == {
        "totalPages": 0,
        "totalDatabases": 0,
        "totalDocuments": 0,
        "errorCount": 0,
    }


async def test_updates_keep_element_ids_and_unknown_keys(kit: Kit, server: Modelstore) -> None:
    first, second, third = await kit.user(), await kit.user(), await kit.user()
    await kit.workspace(first, second)
    assert server.db is not None
    coll = server.db["knowledge.notion_workspaces"]
    # What a Mongoose app adds: the version key, its own keys, at the top and inside.
    await coll.update_one(
        {"_id": either(kit.tenant)},
        {"$set": {"__v": 3, "appExtra": "x", "members.0.note": "vip", "stats.appStat": 7}},
    )
    before = await coll.find_one({"_id": either(kit.tenant)})
    assert before is not None
    ids = {str(m["user"]): m["_id"] for m in before["members"]}
    # Replace the members (first changed, second dropped, third new) and the stats.
    members = [
        NW.NotionWorkspaceMember(user=first, role=NW.NOTION_WORKSPACE_MEMBER_ROLE_ADMIN),
        NW.NotionWorkspaceMember(user=third),
    ]
    for mask in (["members", "stats"], ["*"]):
        entity = NW.NotionWorkspace(
            id=kit.tenant,
            workspace_id=f"notion-{kit.tenant}",
            workspace_name="Acme Wiki",
            owner=str(before["owner"]),
            access_token="token",
            members=members,
            stats=NW.NotionWorkspaceStats(total_pages=5),
        )
        await kit.workspaces.UpdateNotionWorkspace(
            NW.UpdateNotionWorkspaceRequest(
                notion_workspace=entity, update_mask=field_mask_pb2.FieldMask(paths=mask)
            ),
            metadata=kit.md,
        )
        after = await coll.find_one({"_id": either(kit.tenant)})
        assert after is not None
        assert after["__v"] == 3, mask
        assert after["appExtra"] == "x", mask
        assert after["stats"]["appStat"] == 7, mask
        assert after["stats"]["totalPages"] == 5, mask
        assert after["stats"]["errorCount"] == 0, mask
        got = {str(m["user"]): m for m in after["members"]}
        assert set(got) == {first, third}, mask
        assert got[first]["_id"] == ids[first], mask  # identified by `user`: kept
        assert got[first]["note"] == "vip", mask
        assert got[first]["role"] == "admin", mask
        assert isinstance(got[third]["_id"], ObjectId), mask
        if mask == ["members", "stats"]:
            ids[third] = got[third]["_id"]
        else:
            assert got[third]["_id"] == ids[third], mask  # kept by the second write too
    # The API never shows the `_id`s: the member message has no such field.
    got_ws = await kit.workspaces.GetNotionWorkspace(
        NW.GetNotionWorkspaceRequest(id=kit.tenant), metadata=kit.md
    )
    assert [m.user for m in got_ws.notion_workspace.members] == [first, third]


async def test_message_sources_get_ids(kit: Kit, server: Modelstore) -> None:
    await kit.workspace()
    conv = await kit.conversation()
    msg = message_pb2.Message(
        conversation_id=conv.id,
        role=message_pb2.MESSAGE_ROLE_ASSISTANT,
        content="answer",
        metadata=message_pb2.MessageMetadata(
            sources=[message_pb2.MessageSource(source_number=1, title="Intro")]
        ),
    )
    created = (
        await kit.messages.CreateMessage(
            message_pb2.CreateMessageRequest(message=msg), metadata=kit.md
        )
    ).message
    assert server.db is not None
    stored = await server.db["knowledge.messages"].find_one({"_id": either(created.id)})
    assert stored is not None
    assert isinstance(stored["metadata"]["sources"][0]["_id"], ObjectId)
    assert stored["workspaceId"] == ObjectId(kit.tenant)  # from its conversation


async def test_a_message_without_workspace_id_is_its_conversations_tenants(
    kit: Kit, channel: grpc.aio.Channel, server: Modelstore, tenant: str
) -> None:
    await kit.workspace()
    conv = await kit.conversation()
    assert server.db is not None
    raw_id = str(ObjectId())
    # As the seed 001 app writes it: no workspaceId, a Mongoose `__v`.
    await server.db["knowledge.messages"].insert_one(
        {"_id": raw_id, "conversationId": conv.id, "role": "user", "content": "hi", "__v": 0}
    )
    got = await kit.messages.GetMessage(message_pb2.GetMessageRequest(id=raw_id), metadata=kit.md)
    # Every read reports the tenant it found the message in, before any write stores it.
    assert (got.message.content, got.message.workspace_id) == ("hi", tenant)
    listed = await kit.messages.ListMessages(message_pb2.ListMessagesRequest(), metadata=kit.md)
    assert [m.workspace_id for m in listed.messages if m.id == raw_id] == [tenant]
    batch = await kit.messages.BatchGetMessages(
        message_pb2.BatchGetMessagesRequest(ids=[raw_id]), metadata=kit.md
    )
    assert [(m.id, m.workspace_id) for m in batch.messages] == [(raw_id, tenant)]
    # Another tenant sees nothing of it.
    other = (("x-tenant-id", f"other-{uuid.uuid4().hex[:8]}"),)
    await expect_error(
        kit.messages.GetMessage(message_pb2.GetMessageRequest(id=raw_id), metadata=other),
        grpc.StatusCode.NOT_FOUND,
    )
    listed = await kit.messages.ListMessages(message_pb2.ListMessagesRequest(), metadata=other)
    assert raw_id not in [m.id for m in listed.messages]
    await expect_error(
        kit.messages.UpdateMessage(
            message_pb2.UpdateMessageRequest(
                message=message_pb2.Message(id=raw_id, content="stolen"),
                update_mask=field_mask_pb2.FieldMask(paths=["content"]),
            ),
            metadata=other,
        ),
        grpc.StatusCode.NOT_FOUND,
    )
    # The tenant's next write stores the tenant field, and keeps the seed app's `__v`.
    updated = await kit.messages.UpdateMessage(
        message_pb2.UpdateMessageRequest(
            message=message_pb2.Message(id=raw_id, content="edited"),
            update_mask=field_mask_pb2.FieldMask(paths=["content"]),
        ),
        metadata=kit.md,
    )
    assert updated.message.workspace_id == tenant
    stored = await server.db["knowledge.messages"].find_one({"_id": either(raw_id)})
    assert stored is not None
    assert stored["workspaceId"] == ObjectId(tenant)  # stored of its declared type
    assert stored["__v"] == 0
    assert stored["content"] == "edited"


async def test_a_conversation_delete_takes_its_orphaned_messages(
    kit: Kit, server: Modelstore
) -> None:
    await kit.workspace()
    conv = await kit.conversation()
    assert server.db is not None
    raw_id = str(ObjectId())
    await server.db["knowledge.messages"].insert_one(
        {"_id": raw_id, "conversationId": conv.id, "role": "user", "content": "hi"}
    )
    await kit.conversations.DeleteConversation(
        conversation_pb2.DeleteConversationRequest(id=conv.id), metadata=kit.md
    )
    assert await server.db["knowledge.messages"].find_one({"_id": either(raw_id)}) is None


def test_only_seed_sub_document_arrays_declare_element_ids() -> None:
    """The Mongoose arrays of objects of seeds 000/001, and nothing else."""
    declared = set()
    for service in ENTITY_SERVICES:
        assert service.model is not None
        stack = [service.model.descriptor]
        seen: set[str] = set()
        while stack:
            d = stack.pop()
            if d.full_name in seen:
                continue
            seen.add(d.full_name)
            for fd in d.fields:
                rules = field_rules(fd)
                if rules is not None and rules.HasField("element_ids"):
                    declared.add(fd.full_name)
                if fd.message_type is not None and not fd.message_type.full_name.startswith(
                    "google."
                ):
                    stack.append(fd.message_type)
    assert declared == {
        "modelstore.knowledge.v1.NotionWorkspace.members",
        "modelstore.knowledge.v1.MessageMetadata.sources",
        "modelstore.knowledge.v1.SyncJobResults.errors",
    }
