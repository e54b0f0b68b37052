"""Inserts of concurrent calls, written together: one command for all who wait at once.

Each write call stores its audit entries before it answers. Under concurrency the calls'
inserts would each pay a database command of their own; here a call that arrives while a
command is in flight joins the next one, which starts as soon as the first returns (group
commit, as databases do for their logs). A call still waits for the command that holds
its documents, so nothing is acknowledged before its entries are stored; when a command
fails, every call in it fails. One call alone pays one event-loop turn more.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

Doc = dict[str, Any]

MAX_DOCS = 1000
"""Most documents one command carries; the rest wait for the next."""


class GroupInsert:
    """Collects the documents of concurrent calls and inserts them in shared commands."""

    def __init__(self, insert: Callable[[list[Doc]], Awaitable[None]]) -> None:
        self._insert = insert
        self._waiting: list[tuple[Sequence[Doc], asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def add(self, docs: Sequence[Doc]) -> None:
        """Return once `docs` are stored (raise what storing them raised)."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((docs, done))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write())
        await done

    async def _write(self) -> None:
        await asyncio.sleep(0)  # calls that finish in this same turn join the first command
        while self._waiting:
            batch: list[tuple[Sequence[Doc], asyncio.Future[None]]] = []
            count = 0
            while self._waiting and (not batch or count + len(self._waiting[0][0]) <= MAX_DOCS):
                docs, done = self._waiting.pop(0)
                batch.append((docs, done))
                count += len(docs)
            try:
                await self._insert([doc for docs, _ in batch for doc in docs])
            except Exception as exc:
                for _, done in batch:
                    if not done.done():
                        done.set_exception(exc)
            else:
                for _, done in batch:
                    if not done.done():
                        done.set_result(None)
