"""Ids of the seed's own type (issue 17, point 1), on the real database.

- every entity created through gRPC stores its id and its references of the declared type;
- documents whose ids are of the other type (an ObjectId a Mongoose app or better-auth
  wrote, a 24-hex string a hand script wrote) are found by Get, BatchGet, Update, Delete,
  filters on references, tenant scope, cascades and page tokens;
- a client-chosen id that an ObjectId entity cannot store is INVALID_ARGUMENT;
- `modelstore migrate` converts stored 24-hex strings, finishes an interrupted move, and
  changes nothing when run again.
"""

from __future__ import annotations

import uuid
from typing import Any

import grpc
import pytest
from bson import ObjectId
from google.protobuf import field_mask_pb2

from modelstore.auth.v1 import user_pb2 as auth_user_pb2
from modelstore.auth.v1 import user_pb2_grpc as auth_user_pb2_grpc
from modelstore.knowledge.v1 import conversation_pb2 as conv_pb2
from modelstore.knowledge.v1 import conversation_pb2_grpc as conv_grpc
from modelstore.knowledge.v1 import (
    document_source_pb2,
    message_pb2,
    message_pb2_grpc,
    notion_workspace_pb2,
)
from modelstore.platform.v1 import contact_pb2, contact_pb2_grpc
from modelstore_server.app import Modelstore
from modelstore_server.engine.field_plan import plan_of
from modelstore_server.engine.filters import compile_filter
from modelstore_server.engine.id_migration import JOURNAL, converted, id_fields
from modelstore_server.engine.model import EntityModel
from modelstore_server.engine.registry import Kind
from modelstore_server.engine.stored_ids import forms
from tests.support import ENTITY_SERVICES, Samples, expect_error, method

MODELS = [
    s.model for s in ENTITY_SERVICES if s.model is not None and method(s, Kind.CREATE) is not None
]
CONVERSATIONS = "knowledge.conversations"


def _object_id_refs(model: EntityModel) -> list[str]:
    """The top-level reference fields of `model` declared ObjectId."""
    fields = plan_of(model.descriptor).by_name
    return [
        name
        for name in (*model.references, *model.reference_choices)
        if (ids := fields[name].rules.ids) is not None and ids.object_id
    ]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.full_name)
async def test_created_ids_have_the_declared_type(
    model: EntityModel, channel: grpc.aio.Channel, server: Modelstore, tenant: str
) -> None:
    created = await Samples(channel, tenant).create(model)
    assert server.db is not None
    stored = await server.db[model.collection].find_one({"_id": {"$in": forms(created.id)}})
    assert stored is not None
    wanted = ObjectId if model.ids.object_id else str
    assert type(stored["_id"]) is wanted, (model.full_name, stored["_id"])
    assert str(stored["_id"]) == created.id
    for name in _object_id_refs(model):
        value = getattr(created, name)
        if value:
            assert isinstance(stored[model.field_keys[name]], ObjectId), (name, stored)


async def _seed_conversation(server: Modelstore, tenant: str, *, as_text: bool) -> dict[str, Any]:
    """Store a conversation as a seed app would: ObjectIds, or (a script) their hex text."""
    assert server.db is not None

    def form(oid: ObjectId) -> Any:
        return str(oid) if as_text else oid

    doc = {
        "_id": form(ObjectId()),
        "workspaceId": form(ObjectId(tenant)),
        "userId": form(ObjectId()),
        "title": "From the seed app",
        "status": "active",
        "messageCount": 0,
        "__v": 0,
    }
    await server.db[CONVERSATIONS].insert_one(doc)
    return doc


@pytest.mark.parametrize("as_text", [False, True], ids=["objectid", "hex-string"])
async def test_documents_of_either_form_are_found(
    channel: grpc.aio.Channel, server: Modelstore, tenant: str, as_text: bool
) -> None:
    assert server.db is not None
    stub = conv_grpc.ConversationServiceStub(channel)
    md = (("x-tenant-id", tenant),)
    doc = await _seed_conversation(server, tenant, as_text=as_text)
    doc_id, user_id = str(doc["_id"]), str(doc["userId"])

    got = await stub.GetConversation(conv_pb2.GetConversationRequest(id=doc_id), metadata=md)
    assert got.conversation.id == doc_id
    assert got.conversation.workspace_id == tenant
    assert got.conversation.user_id == user_id
    batch = await stub.BatchGetConversations(
        conv_pb2.BatchGetConversationsRequest(ids=[doc_id]), metadata=md
    )
    assert [c.id for c in batch.conversations] == [doc_id]
    listed = await stub.ListConversations(
        conv_pb2.ListConversationsRequest(filter=f'user_id = "{user_id}"'), metadata=md
    )
    assert [c.id for c in listed.conversations] == [doc_id]
    # Another tenant sees nothing of it.
    other = (("x-tenant-id", str(ObjectId())),)
    await expect_error(
        stub.GetConversation(conv_pb2.GetConversationRequest(id=doc_id), metadata=other),
        grpc.StatusCode.NOT_FOUND,
    )

    updated = await stub.UpdateConversation(
        conv_pb2.UpdateConversationRequest(
            conversation=conv_pb2.Conversation(id=doc_id, title="Renamed", user_id=user_id),
            update_mask=field_mask_pb2.FieldMask(paths=["title"]),
        ),
        metadata=md,
    )
    assert updated.conversation.title == "Renamed"
    stored = await server.db[CONVERSATIONS].find_one({"_id": doc["_id"]})
    assert stored is not None
    assert stored["title"] == "Renamed"
    assert stored["userId"] == doc["userId"]  # the stored form is left as it was

    # A message the seed app stored under it (no workspaceId) goes with it: cascade.
    messages = server.db["knowledge.messages"]
    message = {"_id": ObjectId(), "conversationId": doc["_id"], "role": "user", "content": "hi"}
    await messages.insert_one(message)
    msg_stub = message_pb2_grpc.MessageServiceStub(channel)
    found = await msg_stub.GetMessage(
        message_pb2.GetMessageRequest(id=str(message["_id"])), metadata=md
    )
    assert found.message.conversation_id == doc_id
    await stub.DeleteConversation(conv_pb2.DeleteConversationRequest(id=doc_id), metadata=md)
    assert await server.db[CONVERSATIONS].find_one({"_id": doc["_id"]}) is None
    assert await messages.find_one({"_id": message["_id"]}) is None


async def test_an_objectid_in_a_string_collection_is_found(
    channel: grpc.aio.Channel, server: Modelstore
) -> None:
    """better-auth's adapter writes ObjectId ids by default into the auth collections."""
    assert server.db is not None
    oid = ObjectId()
    email = f"ba-{uuid.uuid4().hex[:10]}@example.com"
    await server.db["auth.users"].insert_one(
        {"_id": oid, "name": "Ada", "email": email, "emailVerified": False}
    )
    stub = auth_user_pb2_grpc.UserServiceStub(channel)
    got = await stub.GetUser(auth_user_pb2.GetUserRequest(id=str(oid)))
    assert got.user.id == str(oid)
    assert got.user.email == email
    await stub.DeleteUser(auth_user_pb2.DeleteUserRequest(id=str(oid)))
    assert await server.db["auth.users"].find_one({"_id": oid}) is None


async def test_a_client_chosen_id_must_fit_the_declared_type(
    channel: grpc.aio.Channel, server: Modelstore, tenant: str
) -> None:
    stub = contact_pb2_grpc.ContactServiceStub(channel)
    md = (("x-tenant-id", tenant),)
    bad = contact_pb2.Contact(id="ct_1", email=f"c-{uuid.uuid4().hex[:8]}@example.com")
    error = await expect_error(
        stub.CreateContact(contact_pb2.CreateContactRequest(contact=bad), metadata=md),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert [field for field, _ in error.violations] == ["contact.id"]
    chosen = str(ObjectId())
    good = contact_pb2.Contact(id=chosen, email=f"c-{uuid.uuid4().hex[:8]}@example.com")
    created = await stub.CreateContact(contact_pb2.CreateContactRequest(contact=good), metadata=md)
    assert created.contact.id == chosen
    # An id a script stored as hex text is taken, though the `_id` index sees another value.
    assert server.db is not None
    taken = str(ObjectId())
    await server.db["platform.contacts"].insert_one({"_id": taken, "status": "active"})
    twin = contact_pb2.Contact(id=taken, email=f"c-{uuid.uuid4().hex[:8]}@example.com")
    await expect_error(
        stub.CreateContact(contact_pb2.CreateContactRequest(contact=twin), metadata=md),
        grpc.StatusCode.ALREADY_EXISTS,
    )
    # An idempotent create derives an ObjectId from its request id, the same on a retry.
    again = contact_pb2.Contact(email=f"c-{uuid.uuid4().hex[:8]}@example.com")
    request = contact_pb2.CreateContactRequest(contact=again, request_id=uuid.uuid4().hex)
    first = await stub.CreateContact(request, metadata=md)
    second = await stub.CreateContact(request, metadata=md)
    assert first.contact.id == second.contact.id
    assert len(first.contact.id) == 24
    assert ObjectId.is_valid(first.contact.id)


@pytest.mark.parametrize("order_by", ["", "id desc"])
async def test_pages_run_through_both_forms(
    channel: grpc.aio.Channel, server: Modelstore, tenant: str, order_by: str
) -> None:
    stored = [
        await _seed_conversation(server, tenant, as_text=as_text)
        for as_text in (True, False, True, False)
    ]
    stub = conv_grpc.ConversationServiceStub(channel)
    md = (("x-tenant-id", tenant),)
    seen: list[str] = []
    token = ""
    while True:
        page = await stub.ListConversations(
            conv_pb2.ListConversationsRequest(page_size=1, page_token=token, order_by=order_by),
            metadata=md,
        )
        seen.extend(c.id for c in page.conversations)
        token = page.next_page_token
        if not token:
            break
    assert sorted(seen) == sorted(str(d["_id"]) for d in stored)
    assert len(seen) == len(set(seen)) == 4


async def test_migrate_converts_ids_and_is_idempotent(server: Modelstore, tenant: str) -> None:
    assert server.db is not None
    text = await _seed_conversation(server, tenant, as_text=True)
    # A move a crashed run left: the old document deleted, the new one not yet inserted.
    lost = {**text, "_id": str(ObjectId()), "title": "mid-move"}
    converted = {**lost, "_id": ObjectId(lost["_id"])}
    await server.db[JOURNAL].insert_one(
        {
            "_id": f"{CONVERSATIONS}\x00{lost['_id']}",
            "collection": CONVERSATIONS,
            "old": lost,
            "new": converted,
        }
    )
    report = await server.migrate_ids()
    line = next(r for r in report if r.startswith(f"ids {CONVERSATIONS}:"))
    assert "ids converted" in line, line
    assert "1 interrupted conversions completed" in line, line
    moved = await server.db[CONVERSATIONS].find_one({"_id": ObjectId(text["_id"])})
    assert moved is not None
    assert moved["workspaceId"] == ObjectId(tenant)
    assert moved["userId"] == ObjectId(text["userId"])
    assert moved["__v"] == 0
    assert moved["title"] == text["title"]
    assert await server.db[CONVERSATIONS].find_one({"_id": text["_id"]}) is None
    assert await server.db[CONVERSATIONS].find_one({"_id": converted["_id"]}) is not None
    assert await server.db[JOURNAL].count_documents({}) == 0
    # Running it again changes nothing.
    assert all(line.endswith(": unchanged") for line in await server.migrate_ids())


def test_filters_on_ids_match_both_forms() -> None:
    """AIP-160 on an id or reference field: a 24-hex value in either stored form."""
    hex_id = "665f1c2e9b1d8a0012345678"
    both = [ObjectId(hex_id), hex_id]
    conv = conv_pb2.Conversation.DESCRIPTOR
    assert compile_filter(f'user_id = "{hex_id}"', conv) == {"userId": {"$in": both}}
    assert compile_filter(f'id != "{hex_id}"', conv) == {"_id": {"$nin": both}}
    assert compile_filter('user_id = "u-1"', conv) == {"userId": "u-1"}  # one form only
    assert compile_filter(f'id > "{hex_id}"', conv) == {
        "$or": [{"_id": {"$gt": ObjectId(hex_id)}}, {"_id": {"$gt": hex_id}}]
    }
    # A string-declared reference holding ObjectIds (a seed app's) is matched the same way.
    source = document_source_pb2.DocumentSource.DESCRIPTOR
    assert compile_filter(f'workspace_id = "{hex_id}"', source) == {"workspaceId": {"$in": both}}


def test_the_declared_types_follow_the_seeds() -> None:
    """Seed 001's ObjectIds and `String`s, seed 000's default `_id`s (docs/storage.md)."""
    by_name = {m.full_name: m for m in MODELS}
    object_ids = {name for name, m in by_name.items() if m.ids.object_id}
    assert object_ids == {
        *(
            f"modelstore.knowledge.v1.{n}"
            for n in (
                "User",
                "NotionWorkspace",
                "Conversation",
                "Message",
                "DocumentSource",
                "SyncJob",
                "AnalyticsEvent",
            )
        ),
        "modelstore.platform.v1.Contact",
        "modelstore.platform.v1.Notification",
    }
    conv = by_name["modelstore.knowledge.v1.Conversation"]
    assert conv.tenant_ids.object_id
    assert not by_name["modelstore.knowledge.v1.DocumentSource"].tenant_ids.object_id
    assert not by_name["modelstore.knowledge.v1.SyncJob"].tenant_ids.object_id
    member = plan_of(notion_workspace_pb2.NotionWorkspaceMember.DESCRIPTOR).by_name["user"]
    assert member.rules.ids is not None
    assert member.rules.ids.object_id


def test_migrate_finds_nested_ids_and_converts_through_arrays() -> None:
    by_name = {m.full_name: m for m in MODELS}
    workspace = id_fields(by_name["modelstore.knowledge.v1.NotionWorkspace"])
    assert workspace is not None
    assert workspace.converts_id
    assert set(workspace.paths) == {("owner",), ("members", "user")}
    event = id_fields(by_name["modelstore.knowledge.v1.AnalyticsEvent"])
    assert event is not None
    assert set(event.paths) == {("workspaceId",), ("data", "userId"), ("data", "conversationId")}
    assert id_fields(by_name["modelstore.auth.v1.User"]) is None  # strings only: nothing to do
    hex_id, uuid_id = "665f1c2e9b1d8a0012345678", str(uuid.uuid4())
    doc = {"members": [{"user": hex_id, "role": "admin"}, {"user": uuid_id}], "x": 1}
    assert converted(doc, ("members", "user")) == {
        "members": [{"user": ObjectId(hex_id), "role": "admin"}, {"user": uuid_id}],
        "x": 1,
    }
