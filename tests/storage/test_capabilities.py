"""Capability detection tells the truth, both ways, on every backend.

What `Capabilities` claims is tried for real: a claimed feature works, and a feature it
says is missing fails the way docs/storage.md says, so the engine's choice at start-up
(what to use instead) rests on facts rather than on version strings.
"""

from __future__ import annotations

from typing import Any

import pytest
from pymongo import AsyncMongoClient
from pymongo.errors import OperationFailure

from modelstore_server.app import Modelstore
from modelstore_server.storage.capabilities import DOCUMENTDB, MONGODB, detect


def _client(server: Modelstore) -> AsyncMongoClient[dict[str, Any]]:
    assert server.client is not None
    return server.client


async def test_backend_is_one_we_support(server: Modelstore) -> None:
    caps = await detect(_client(server))
    assert caps == server.caps
    assert caps.backend in (MONGODB, DOCUMENTDB)
    assert caps.version


async def test_missing_change_streams_fail_as_documented(server: Modelstore) -> None:
    assert server.caps is not None
    if server.caps.change_streams:
        return  # the claim is checked by test_change_streams_work_where_claimed
    assert server.db is not None
    coll = server.db["capability_change_streams"]
    with pytest.raises(OperationFailure):
        async with await coll.watch():
            pass


async def test_missing_transactions_are_not_trusted(server: Modelstore) -> None:
    """Where transactions are missing, a commit fails: writes 'inside' one are not atomic."""
    assert server.caps is not None
    if server.caps.transactions:
        return  # the claim is checked by test_transactions_work_where_claimed
    client = _client(server)
    with pytest.raises(OperationFailure):
        await client.admin.command("commitTransaction")


@pytest.mark.requires("change_streams", reason="watch() delivers an insert")
async def test_change_streams_work_where_claimed(server: Modelstore) -> None:
    assert server.db is not None
    coll = server.db["capability_change_streams"]
    async with await coll.watch() as stream:
        await coll.insert_one({"probe": 1})
        event = await stream.next()
    assert event["operationType"] == "insert"


@pytest.mark.requires("transactions", reason="an aborted transaction leaves nothing behind")
async def test_transactions_work_where_claimed(server: Modelstore) -> None:
    assert server.db is not None
    coll = server.db["capability_transactions"]
    await coll.insert_one({"_id": "seed"})
    async with _client(server).start_session() as session:
        await session.start_transaction()
        await coll.insert_one({"_id": "inside"}, session=session)
        await session.abort_transaction()
    assert await coll.find_one({"_id": "inside"}) is None
