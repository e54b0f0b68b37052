"""The change feed's source on MongoDB: a change stream over the database.

Used where `Capabilities.change_streams` holds (a replica set or a sharded cluster). The
stream's own resume token is the checkpoint: `confirm` stores it in `modelstore.change_state`
once the caller has stored the changes up to it, and `open` resumes after it, so a crash
re-reads what was not confirmed (the oplog must still hold it: size the oplog for the
longest outage to ride out, docs/changes.md).

Positions come from the change's cluster time and its index in its transaction, which
order the changes as the deployment committed them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pymongo.asynchronous.change_stream import AsyncDatabaseChangeStream
from pymongo.asynchronous.database import AsyncDatabase

from .change_capture import CaptureBusy, Doc, RawChange, position_of

STATE = "modelstore.change_state"
"""Holds the stream's checkpoint (`_id: "capture"`) and the reader's lease."""
LEASE_SECONDS = 15.0
"""How long a reader's claim lasts without renewal; another process takes over after it."""


class MongoChangeSource:
    """A change stream of one database, resumed from the stored checkpoint.

    One process at a time reads it: a lease in `modelstore.change_state`, renewed on every
    read and taken over by another process once it lapses.
    """

    def __init__(self, db: AsyncDatabase[Doc], owner: str, exclude: frozenset[str]) -> None:
        self._db = db
        self._owner = owner
        self._exclude = exclude
        self._stream: AsyncDatabaseChangeStream[Doc] | None = None
        self._clock = 0
        self._index = 0
        self._tokens: dict[str, Any] = {}
        """Position -> the stream's resume token after that change (until confirmed)."""
        self.began: str | None = None
        """Always None: the stream resumes from its stored token, which a replica set's
        oplog keeps across a failover (a new primary has the same oplog)."""

    async def began_noted(self) -> None:
        """Nothing to record: `began` is always None."""

    async def open(self) -> None:
        """Take the lease, turn pre-images on, and open the stream after the checkpoint."""
        await self._lease()
        for name in await self._db.list_collection_names():
            if name not in self._exclude and not name.startswith("system."):
                # Pre-images: an update's event names the fields from the old document,
                # and a delete's carries the tenant of the document it removed.
                await self._db.command(
                    "collMod", name, changeStreamPreAndPostImages={"enabled": True}
                )
        state = await self._db[STATE].find_one({"_id": "capture"})
        token = state.get("resumeToken") if state else None
        self._stream = await self._db.watch(
            full_document="updateLookup",
            full_document_before_change="whenAvailable",
            resume_after=token,
        )

    async def _lease(self) -> None:
        now = dt.datetime.now(dt.UTC)
        until = now + dt.timedelta(seconds=LEASE_SECONDS)
        claimed = await self._db[STATE].find_one_and_update(
            {
                "_id": "lease",
                "$or": [{"owner": self._owner}, {"until": {"$lt": now}}],
            },
            {"$set": {"owner": self._owner, "until": until}},
        )
        if claimed is None:
            try:
                await self._db[STATE].insert_one(
                    {"_id": "lease", "owner": self._owner, "until": until}
                )
            except Exception as exc:  # the lease exists and is another's
                raise CaptureBusy(self._owner) from exc

    async def read(self, limit: int) -> list[RawChange]:
        """Return the changes the stream has ready (at most `limit`), renewing the lease."""
        if self._stream is None:
            raise RuntimeError("the change source is not open")
        await self._lease()
        out: list[RawChange] = []
        while len(out) < limit:
            event = await self._stream.try_next()
            if event is None:
                break
            raw = self._raw(event)
            if raw is not None:
                out.append(raw)
                self._tokens[raw.position] = self._stream.resume_token
        return out

    def _raw(self, event: Doc) -> RawChange | None:
        kind = {"insert": "insert", "update": "update", "replace": "update", "delete": "delete"}
        op = kind.get(str(event.get("operationType")))
        ns = event.get("ns") or {}
        collection = str(ns.get("coll", ""))
        if op is None or not collection or collection in self._exclude:
            return None
        at = event["clusterTime"]
        # The changes of one transaction share a cluster time: number them in stream order.
        clock = (at.time << 32) | at.inc
        self._index = self._index + 1 if clock == self._clock else 1
        self._clock = clock
        position = position_of(clock, self._index)
        described = event.get("updateDescription")
        changed = None
        if described is not None:
            names = list(described.get("updatedFields", {})) + described.get("removedFields", [])
            changed = tuple(sorted({name.split(".")[0] for name in names}))
        commit = event.get("wallTime") or at.as_datetime()
        return RawChange(
            position=position,
            collection=collection,
            kind=op,  # type: ignore[arg-type]
            doc_id=(event.get("documentKey") or {}).get("_id"),
            before=event.get("fullDocumentBeforeChange"),
            after=event.get("fullDocument") if op != "delete" else None,
            commit_time=commit if commit.tzinfo else commit.replace(tzinfo=dt.UTC),
            changed_fields=changed,
        )

    async def confirm(self, position: str) -> None:
        """Store the stream's resume token after `position` as the checkpoint."""
        token = self._tokens.get(position)
        if token is None:
            return
        await self._db[STATE].update_one(
            {"_id": "capture"},
            {"$set": {"resumeToken": token, "position": position}},
            upsert=True,
        )
        self._tokens = {p: t for p, t in self._tokens.items() if p > position}

    async def close(self) -> None:
        """Close the stream and give the lease up."""
        if self._stream is not None:
            stream, self._stream = self._stream, None
            await stream.close()
        await self._db[STATE].update_one(
            {"_id": "lease", "owner": self._owner}, {"$set": {"until": dt.datetime.now(dt.UTC)}}
        )
