"""`storage.documents`: the version stamp, atomic conditional writes, claims and upserts.

Run against every offered backend through the session server's database, on scratch
collections of their own.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid

import pytest

from modelstore_server.app import Modelstore
from modelstore_server.storage.documents import Changes, Documents, stamp
from modelstore_server.storage.driver_errors import DuplicateKey

AT = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


async def _documents(server: Modelstore, unique_email: bool = False) -> Documents:
    assert server.db is not None
    assert server.caps is not None
    coll = server.db[f"scratch_documents_{uuid.uuid4().hex[:8]}"]
    if unique_email:
        await coll.create_index([("email", 1)], unique=True, name="email_1")
    return Documents(coll, server.caps)


def test_stamp_adds_a_new_version() -> None:
    first, second = stamp({"a": 1}, AT), stamp({"a": 1}, AT)
    assert first["a"] == 1
    assert first["updatedAt"] == AT
    assert first["etag"] != second["etag"]  # a fresh etag every time


async def test_insert_stamps_the_created_version(server: Modelstore) -> None:
    docs = await _documents(server)
    doc = await docs.insert({"_id": "a", "name": "x"}, AT)
    stored = await docs.find_one({"_id": "a"})
    assert stored is not None
    assert stored["createdAt"] == stored["updatedAt"] == AT
    assert stored["etag"] == doc["etag"]
    assert stored["etag"]


async def test_update_applies_every_operator_and_restamps(server: Modelstore) -> None:
    docs = await _documents(server)
    before = await docs.insert({"_id": "a", "n": 1, "tags": ["x"], "gone": 1, "low": 5}, AT)
    later = AT + dt.timedelta(seconds=1)
    changes = Changes(
        set={"name": "y"}, unset=["gone"], inc={"n": 2}, push={"tags": "y"}, min={"low": 3}
    )
    doc, etag = await docs.update({"_id": "a"}, changes, later)
    assert doc is not None
    assert (doc["name"], doc["n"], doc["tags"], doc["low"]) == ("y", 3, ["x", "y"], 3)
    assert "gone" not in doc
    assert doc["etag"] == etag != before["etag"]
    assert doc["updatedAt"] == later
    assert doc["createdAt"] == AT
    pulled, _ = await docs.update({"_id": "a"}, Changes(set={}, pull={"tags": "x"}), later)
    assert pulled is not None
    assert pulled["tags"] == ["y"]


async def test_a_conditional_update_has_exactly_one_winner(server: Modelstore) -> None:
    docs = await _documents(server)
    first = await docs.insert({"_id": "a"}, AT)
    racers = [
        docs.update({"_id": "a", "etag": first["etag"]}, Changes(set={"by": i}), AT)
        for i in range(16)
    ]
    results = await asyncio.gather(*racers)
    winners = [doc for doc, _ in results if doc is not None]
    assert len(winners) == 1


async def test_a_claim_has_exactly_one_winner(server: Modelstore) -> None:
    docs = await _documents(server)
    await docs.insert({"_id": "a", "code": "c"}, AT)
    got = await asyncio.gather(*(docs.claim({"code": "c"}) for _ in range(16)))
    assert sum(1 for doc in got if doc is not None) == 1
    assert await docs.count({}) == 0


async def test_upsert_inserts_once_then_updates(server: Modelstore) -> None:
    docs = await _documents(server)
    on_insert = Changes(set={"v": 1}, set_on_insert={"_id": "new", "createdAt": AT})
    doc, _ = await docs.update({"k": "x"}, on_insert, AT, upsert=True)
    assert doc is not None
    assert doc["_id"] == "new"
    assert doc["k"] == "x"
    again = Changes(set={"v": 2}, set_on_insert={"_id": "other", "createdAt": AT})
    doc, _ = await docs.update({"k": "x"}, again, AT, upsert=True)
    assert doc is not None
    assert doc["_id"] == "new"
    assert doc["v"] == 2
    assert await docs.ids({}) == ["new"]


async def test_unique_violations_are_duplicate_key_on_every_write(server: Modelstore) -> None:
    docs = await _documents(server, unique_email=True)
    await docs.insert({"_id": "a", "email": "a@x"}, AT)
    await docs.insert({"_id": "b", "email": "b@x"}, AT)
    with pytest.raises(DuplicateKey):
        await docs.insert({"_id": "c", "email": "a@x"}, AT)
    with pytest.raises(DuplicateKey):
        await docs.update({"_id": "b"}, Changes(set={"email": "a@x"}), AT)
    assert await docs.delete_one({"_id": "b"})
    assert not await docs.delete_one({"_id": "b"})
    assert await docs.delete_many({}) == 1
