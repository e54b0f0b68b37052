"""The call's journal: the writes one call made, waiting to become audit log entries.

Every write of the repository (`engine.store.writes`) records one `Change` here; the call
pipeline opens a journal per call and, before answering, stores its changes as
`modelstore.v1.AuditLogEntry` documents (`engine.audit_log`, docs/audit.md).

The journal is a context variable, not a field of `CallContext`: domain code makes
contexts of its own inside a call (a recount acts as the server, in another tenant), and
their writes belong to the call all the same. Tasks a call starts (`asyncio.gather`) copy
the context, so they share the call's journal object. Outside a call (migrations, tests
that drive a store directly) no journal is open and recording does nothing.
"""

from __future__ import annotations

import contextvars
import os
import threading
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from modelstore.v1 import change_pb2

CREATE = change_pb2.CHANGE_OPERATION_CREATE
UPDATE = change_pb2.CHANGE_OPERATION_UPDATE
SOFT_DELETE = change_pb2.CHANGE_OPERATION_SOFT_DELETE
UNDELETE = change_pb2.CHANGE_OPERATION_UNDELETE
DELETE = change_pb2.CHANGE_OPERATION_DELETE


@dataclass(frozen=True, slots=True)
class Change:
    """One write to one entity: what its audit entry says, without who or why."""

    entity_type: str
    """The entity's full message name."""
    entity_id: str
    tenant: str
    """The entity's tenant, as stored; empty for a global entity."""
    operation: int
    """A `modelstore.v1.ChangeOperation`."""
    paths: tuple[str, ...]
    """The snake_case top-level fields written, sorted: names only, never values."""
    etag: str = ""
    """The entity's etag after the write; empty when it removed the entity."""
    replayed: bool = False
    """An idempotent Create answered from the entity an earlier attempt made: its entry
    is written only if the earlier attempt's is missing (that attempt may have crashed
    between its write and its entry)."""


@dataclass(slots=True)
class Journal:
    """The changes of one call, and how the call ended."""

    changes: list[Change] = field(default_factory=list)
    status_code: str = ""
    """The gRPC code name the call was aborted with (set by the error edge)."""
    error_reason: str = ""
    """The ErrorInfo reason the call was aborted with."""
    on_failure: Callable[[Journal], Awaitable[None]] | None = None
    """What stores the entries of the call should it fail: run by `failing`, once."""


_current: contextvars.ContextVar[Journal | None] = contextvars.ContextVar(
    "modelstore_audit_journal", default=None
)


def open_journal() -> tuple[Journal, contextvars.Token[Journal | None]]:
    """Start the journal of a call; reset the returned token when the call ends."""
    journal = Journal()
    return journal, _current.set(journal)


def close_journal(token: contextvars.Token[Journal | None]) -> None:
    """End the journal `open_journal` started."""
    _current.reset(token)


def record(change: Change) -> None:
    """Add `change` to the current call's journal, if a call is running."""
    journal = _current.get()
    if journal is not None:
        journal.changes.append(change)


async def failing(status_code: str, error_reason: str) -> None:
    """Note the status the current call is about to fail with, and store its entries.

    The error edge calls this before it aborts: grpc.aio sends the status the moment a
    call is aborted, so entries stored after the abort would land after the caller saw
    the failure (and raced its next call).
    """
    journal = _current.get()
    if journal is None:
        return
    journal.status_code = status_code
    journal.error_reason = error_reason
    stores, journal.on_failure = journal.on_failure, None
    if error_reason == "DATABASE_UNAVAILABLE" and not journal.changes:
        # Nothing was written, and the entry could not be stored either: trying would make
        # the caller wait a second server-selection timeout for the same UNAVAILABLE.
        return
    if stores is not None:
        await stores(journal)


class _TimeOrdered:
    """UUIDv7-style ids (RFC 9562 layout): 48 bits of Unix milliseconds, then a counter.

    The 12-bit counter (`rand_a`) keeps the ids one process makes within a millisecond in
    the order it made them, so a call's entries list in the order of its writes; 62 random
    bits keep ids of different processes apart.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ms = 0
        self._seq = 0

    def __call__(self) -> str:
        with self._lock:
            ms = time.time_ns() // 1_000_000
            if ms > self._ms:
                self._ms, self._seq = ms, 0
            else:  # the same millisecond (or a clock step back): count on from the last id
                self._seq += 1
                if self._seq > 0xFFF:
                    self._ms, self._seq = self._ms + 1, 0
            ms, seq = self._ms, self._seq
        rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
        value = (ms << 80) | (0x7 << 76) | (seq << 64) | (0b10 << 62) | rand
        return str(uuid.UUID(int=value))


new_id = _TimeOrdered()
"""Return a new time-ordered id (entry ids, and the request ids the server makes)."""
