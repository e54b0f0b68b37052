"""`storage.indexes.ensure_indexes`: declared shapes created natively, idempotently, and fixed."""

from __future__ import annotations

import uuid

import pytest

from modelstore_server.app import Modelstore
from modelstore_server.storage.documents import Documents
from modelstore_server.storage.driver_errors import DuplicateKey
from modelstore_server.storage.indexes import IndexSpec, ensure_indexes
from tests.storage.test_documents import AT


def _specs(collection: str, *, ttl: int = 3600) -> list[IndexSpec]:
    return [
        IndexSpec(collection, "email_1", (("email", 1),), unique=True),
        IndexSpec(collection, "handle_1", (("handle", 1),), unique=True, only_when_present=True),
        IndexSpec(collection, "expiresAt_1", (("expiresAt", 1),), expire_after_seconds=ttl),
        IndexSpec(collection, "tenant_1__id_1", (("tenant", 1), ("_id", 1))),
    ]


async def test_indexes_are_created_once_then_left_alone(server: Modelstore) -> None:
    assert server.db is not None
    assert server.caps is not None
    name = f"scratch_indexes_{uuid.uuid4().hex[:8]}"
    first = await ensure_indexes(server.db, _specs(name), server.caps)
    assert [a.action for a in first] == ["created"] * 4
    again = await ensure_indexes(server.db, _specs(name), server.caps)
    assert [a.action for a in again] == ["unchanged"] * 4
    info = await server.db[name].index_information()
    assert info["email_1"].get("unique")
    assert info["handle_1"]["partialFilterExpression"] == {"handle": {"$exists": True}}
    assert info["expiresAt_1"]["expireAfterSeconds"] == 3600


async def test_a_changed_declaration_is_recreated(server: Modelstore) -> None:
    assert server.db is not None
    assert server.caps is not None
    name = f"scratch_indexes_{uuid.uuid4().hex[:8]}"
    await ensure_indexes(server.db, _specs(name), server.caps)
    changed = await ensure_indexes(server.db, _specs(name, ttl=60), server.caps)
    assert {a.name: a.action for a in changed}["expiresAt_1"] == "recreated"
    info = await server.db[name].index_information()
    assert info["expiresAt_1"]["expireAfterSeconds"] == 60


async def test_unique_and_partial_indexes_are_enforced(server: Modelstore) -> None:
    assert server.db is not None
    assert server.caps is not None
    name = f"scratch_indexes_{uuid.uuid4().hex[:8]}"
    await ensure_indexes(server.db, _specs(name), server.caps)
    docs = Documents(server.db[name], server.caps)
    await docs.insert({"_id": "a", "email": "a@x"}, AT)
    await docs.insert({"_id": "b", "email": "b@x"}, AT)  # no handle: the partial index skips it
    with pytest.raises(DuplicateKey):
        await docs.insert({"_id": "c", "email": "a@x"}, AT)
    await docs.insert({"_id": "d", "email": "d@x", "handle": "h"}, AT)
    with pytest.raises(DuplicateKey):
        await docs.insert({"_id": "e", "email": "e@x", "handle": "h"}, AT)
