"""Group commit of the audit log's inserts (`engine.group_insert`), on the real database.

Concurrent calls share commands, every call returns only once its own documents are
stored, and a failed command fails every call in it.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest

from modelstore_server.app import Modelstore
from modelstore_server.engine.group_insert import GroupInsert
from modelstore_server.storage.documents import Documents
from tests.storage.test_documents import AT


async def test_concurrent_calls_share_commands_and_each_sees_its_own_stored(
    server: Modelstore,
) -> None:
    assert server.db is not None
    assert server.caps is not None
    docs = Documents(server.db[f"scratch_group_{uuid.uuid4().hex[:8]}"], server.caps)
    commands: list[int] = []

    async def insert(batch: list[dict[str, Any]]) -> None:
        commands.append(len(batch))
        await docs.insert_many(batch, AT)

    group = GroupInsert(insert)

    async def call(n: int) -> None:
        await group.add([{"_id": f"e-{n}-a"}, {"_id": f"e-{n}-b"}])
        # Returned: this call's documents are stored.
        assert await docs.count({"_id": {"$in": [f"e-{n}-a", f"e-{n}-b"]}}) == 2

    await asyncio.gather(*(call(n) for n in range(40)))
    assert sum(commands) == 80
    assert len(commands) < 40, commands  # shared: fewer commands than calls
    assert await docs.count({}) == 80


async def test_a_failed_command_fails_every_call_in_it(server: Modelstore) -> None:
    assert server.db is not None
    assert server.caps is not None
    docs = Documents(server.db[f"scratch_group_{uuid.uuid4().hex[:8]}"], server.caps)
    await docs.insert_many([{"_id": "taken"}], AT)
    group = GroupInsert(lambda batch: docs.insert_many(batch, AT))
    results = await asyncio.gather(
        group.add([{"_id": "fresh-1"}]),
        group.add([{"_id": "taken"}]),  # a duplicate key: the shared command fails
        group.add([{"_id": "fresh-2"}]),
        return_exceptions=True,
    )
    assert all(isinstance(r, Exception) for r in results), results
    # A later call is not poisoned by the failure.
    await group.add([{"_id": "fresh-3"}])
    assert await docs.count({"_id": "fresh-3"}) == 1


@pytest.mark.parametrize("size", [1, 3])
async def test_one_call_alone_is_one_command(server: Modelstore, size: int) -> None:
    assert server.db is not None
    assert server.caps is not None
    docs = Documents(server.db[f"scratch_group_{uuid.uuid4().hex[:8]}"], server.caps)
    commands: list[int] = []

    async def insert(batch: list[dict[str, Any]]) -> None:
        commands.append(len(batch))
        await docs.insert_many(batch, AT)

    await GroupInsert(insert).add([{"_id": f"d{i}"} for i in range(size)])
    assert commands == [size]
