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
from modelstore.knowledge.v1 import message_pb2, message_pb2_grpc
from modelstore.platform.v1 import contact_pb2, contact_pb2_grpc
from modelstore_server.app import Modelstore
from modelstore_server.engine.field_plan import plan_of
from modelstore_server.engine.id_migration import JOURNAL
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
    channel: grpc.aio.Channel, tenant: str
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
