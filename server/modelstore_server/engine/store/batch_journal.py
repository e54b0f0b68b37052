"""The batch journal: what a batch write is doing, so that a failed one can be undone.

The backends Modelstore runs on have no multi-document transaction to put a batch in
(DocumentDB has none, a standalone MongoDB neither), so a batch write (`batches`) records
in `modelstore.batches`, before it writes anything, one record holding what undoing it
needs: for each item the stored id and the whole document as the precondition read found
it (None for an entity the item creates), and for a create the idempotency key its
document is stamped with. The record is `applying` while the items are written and
`applied`, with the result's ids, once they all are; only then is the call answered.

A record left `applying` is a batch whose process died (or lost its database) part way:
whoever finds it after its lease ran out, or sees its owner process gone on this host,
undoes it (`Batches.recover`): at start-up, and when a retry with the same request_id
arrives. The lease is long enough for a whole batch; a batch still running past it stops
and undoes itself, so two processes never disagree about a record.

An applied record answers retries with the same request_id (AIP-155) for `RETENTION`;
a TTL index removes it after that.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import socket
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...storage.documents import Documents
from ...storage.driver_errors import DuplicateKey
from ...storage.indexes import IndexSpec
from ..codec import now

Doc = dict[str, Any]
JOURNAL = "modelstore.batches"
"""The collection of batch records (internal, like `modelstore.changes`)."""
LEASE = dt.timedelta(seconds=30)
"""How long a batch may take; past it, a record left `applying` is anyone's to undo."""
RETENTION = dt.timedelta(days=1)
"""How long an applied batch answers retries with its request_id."""
APPLYING = "applying"
APPLIED = "applied"
INDEXES = (
    IndexSpec(JOURNAL, "state_1", (("state", 1),)),
    IndexSpec(JOURNAL, "expiresAt_1", (("expiresAt", 1),), expire_after_seconds=1),
)
"""Recovery finds `applying` records by state; applied ones expire at `expiresAt`."""
_HOST = socket.gethostname()


@dataclass(frozen=True)
class Item:
    """What undoing one item needs."""

    stored_id: Any
    before: Doc | None
    """The whole document before the batch (None: the item creates it)."""
    rid: str = ""
    """For a create: the idempotency key its document is stamped with (`_rid.id`)."""


@dataclass(frozen=True)
class Record:
    """One batch as the journal holds it."""

    key: str
    entity: str
    """The entity's full name."""
    kind: str
    """`create`, `update` or `delete`."""
    fingerprint: bytes
    state: str
    items: Sequence[Item]
    result: Sequence[Any]
    """The stored ids of the answer, in request order (applied records)."""
    stale: bool
    """Whether an `applying` record's lease ran out or its owner process is gone."""


def batch_key(entity: str, tenant: str | None, request_id: str) -> str:
    """Return the record id of a batch: its request_id's, within entity and tenant.

    Without a request_id a batch gets a random one: it is journaled all the same (so a
    crash is undone) but nothing can ask for it again.
    """
    if not request_id:
        return uuid.uuid4().hex
    seed = f"{entity}\x00{tenant or ''}\x00{request_id}".encode()
    return hashlib.sha256(seed).hexdigest()


def _owner_gone(owner: str) -> bool:
    """Whether `owner` (`host:pid`) is a process of this host that no longer runs."""
    host, _, pid = owner.rpartition(":")
    if host != _HOST or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class BatchJournal:
    """The records of `modelstore.batches`."""

    def __init__(self, documents: Documents) -> None:
        self._records = documents

    async def find(self, key: str) -> Record | None:
        """Return the record `key`, or None."""
        doc = await self._records.find_one({"_id": key})
        return None if doc is None else _record(doc)

    async def begin(
        self, key: str, entity: str, kind: str, fingerprint: bytes, items: Sequence[Item]
    ) -> dt.datetime | None:
        """Store a new `applying` record; return its lease's end, or None if `key` is taken."""
        at = now()
        until = at + LEASE
        doc: Doc = {
            "_id": key,
            "entity": entity,
            "kind": kind,
            "h": fingerprint,
            "state": APPLYING,
            "owner": f"{_HOST}:{os.getpid()}",
            "lease": until,
            "items": [{"id": i.stored_id, "before": i.before, "rid": i.rid} for i in items],
        }
        try:
            await self._records.insert(doc, at)
        except DuplicateKey:
            return None
        return until

    async def applied(self, key: str, result: Sequence[Any]) -> bool:
        """Mark the batch applied, with the stored ids of its answer.

        False when its record is no longer `applying`: the batch overran its lease and
        another process undid it meanwhile, so it must not be reported applied.
        """
        at = now()
        done = {"state": APPLIED, "result": list(result), "items": [], "expiresAt": at + RETENTION}
        return await self._records.set_where({"_id": key, "state": APPLYING}, done)

    async def forget(self, key: str) -> None:
        """Remove the record of a batch that was undone (a retry may apply it anew)."""
        await self._records.delete_one({"_id": key})

    async def stale(self) -> list[Record]:
        """Return the `applying` records whose batch is no longer running."""
        found = await self._records.find({"state": APPLYING})
        return [r for r in map(_record, found) if r.stale]


def _record(doc: Doc) -> Record:
    owner = str(doc.get("owner", ""))
    lease = doc.get("lease")
    expired = lease is None or lease.replace(tzinfo=dt.UTC) <= now()
    return Record(
        key=str(doc["_id"]),
        entity=str(doc.get("entity", "")),
        kind=str(doc.get("kind", "")),
        fingerprint=bytes(doc.get("h", b"")),
        state=str(doc.get("state", "")),
        items=[
            Item(i.get("id"), i.get("before"), str(i.get("rid", ""))) for i in doc.get("items", [])
        ],
        result=list(doc.get("result", [])),
        stale=doc.get("state") == APPLYING and (expired or _owner_gone(owner)),
    )
