"""Per-document locks for conditional and multi-step writes on FerretDB.

FerretDB v1 (the embedded default) does not apply an update atomically: its SQLite handler
reads the matching documents, applies the operators in the proxy, and writes each document
back by `_id` in a separate step (FerretDB issue #3040). A filter such as `etag: X` or
`status: {$in: [...]}` is therefore no compare-and-swap there: concurrent writers that read
the same state all "win", and concurrent `$set`s of different fields can undo each other.
Probed here: 8 concurrent `find_one_and_update({_id, etag: e0})` calls all matched.

The embedded database serves one Modelstore process, so serialising the writes of one
document inside the process restores the guarantee on FerretDB; on MongoDB, where the
conditional writes are atomic across processes, the lock only trims contention. The locks
cover the engine's conditional standard writes (Update, Delete, Undelete) and the domain
methods' writes alike, since they share one key space. Several server processes
(`--workers`) sharing one FerretDB are not covered: run MongoDB for that.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator


class KeyedLocks:
    """One asyncio lock per key, dropped again once nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    @contextlib.asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        """Hold the lock of `key` for the duration of the block."""
        lock, users = self._locks.get(key) or (asyncio.Lock(), 0)
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    def __len__(self) -> int:
        return len(self._locks)


LOCKS = KeyedLocks()
"""The process-wide locks, keyed `<collection>/<document id>`."""


def hold(collection: str, doc_id: str) -> contextlib.AbstractAsyncContextManager[None]:
    """Hold the process-wide lock of one document."""
    return LOCKS.hold(f"{collection}/{doc_id}")
