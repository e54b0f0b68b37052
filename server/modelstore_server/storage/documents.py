"""One collection's documents: the only holder of a raw driver collection in the server.

Every read and write of an entity's documents goes through `Documents`, so the rules that
hold for all of them live here once:

- every write stamps the document: `updatedAt` and a fresh random `etag` key on each
  update (`createdAt` too on insert), in `stamp`;
- the etag the API reports is `version_of` the whole stored document, the one place that
  makes one: a digest of every key and value, the stamp included, so a change by any
  writer (a seed app's Mongoose save, a raw driver call) changes it, and `unchanged` is
  the condition that a document is still exactly the one an etag was computed from
  (docs/consistency.md, "Etags");
- a conditional write is one atomic `findAndModify` whose filter holds the whole
  condition, so of any number of racing writers (in any number of processes) exactly one
  matches;
- unique-index violations surface as `DuplicateKey` on every backend, and an insert that
  the database aborted as a write conflict (DocumentDB reports racing inserts of one unique
  value as a PostgreSQL deadlock) is run again, since it was not applied.

Reads that may lag (`stale_ok`: the Get, BatchGet and List of the API) go with the
configured read preference, so on a replica set they can be served by a secondary; every
other read, in particular those that decide a write, reads the primary.

It speaks in plain documents and filters; it knows no entity, tenant or message (the
engine's visibility rules build the filters it runs).
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import os
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import bson
from pymongo import ReturnDocument
from pymongo.asynchronous.collection import AsyncCollection
from pymongo.errors import BulkWriteError

from .capabilities import Capabilities
from .connection import ReadMode
from .driver_errors import INTERNAL_ERROR, WRITE_CONFLICTS, DuplicateKey, unique_violations
from .page_plans import PagePlanner, id_order

Doc = dict[str, Any]
Filter = Mapping[str, Any]
DUPLICATE_KEY = 11000
"""The server error code of a unique-index violation."""
CONFLICT_RETRIES = 8
"""How often an insert aborted by a concurrent writer is run again.

DocumentDB aborts racing inserts of one unique value as deadlocks, sometimes every racer
of a round at once; three retries let all 16 racers of the two-process test lose in one
CI run (none stored, each told ALREADY_EXISTS). Eight, with the growing jittered pause,
wait at most ~0.36 s in all."""


VERSION_BYTES = 12
"""The digest size of a reported etag (96 bits: 16 URL-safe characters)."""


def new_etag() -> str:
    """Return a fresh write stamp (72 random bits, URL-safe: 12 characters).

    Stored under `etag` by every Modelstore write, so that even a write that stores the
    same values again makes a new `version_of`.
    """
    return base64.urlsafe_b64encode(os.urandom(9)).decode("ascii")


def stamp(changes: Mapping[str, Any], at: dt.datetime) -> Doc:
    """Return `changes` plus the stamp of a write made `at`: `updatedAt` and a new etag key."""
    return {**changes, "updatedAt": at, "etag": new_etag()}


def version_of(doc: Mapping[str, Any]) -> str:
    """Return the etag of a whole stored document: a digest of its BSON, as stored.

    BSON keeps every key in order with its type, so any change by any writer changes it
    (a key added, removed or reordered, a nested value, an int made a double); the
    encoding puts `_id` first as the database stores it, so the document an insert sent
    and the one a read returns give the same etag. Not keyed: every input is already
    either visible to the caller or a hash, ciphertext or high-entropy token.
    """
    digest = hashlib.blake2b(bson.encode(doc), digest_size=VERSION_BYTES).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii")


def unchanged(stored: Mapping[str, Any]) -> Doc:
    """Return the condition that a document is still exactly `stored` (for a filter).

    One `$expr` equality of the whole document with its literal former self: added to an
    `_id` equality it stays one index lookup, and it is evaluated inside the write's row
    lock, so a write conditioned on it fails if anyone changed anything in between.
    """
    return {"$expr": {"$eq": ["$$ROOT", {"$literal": dict(stored)}]}}


class BatchInsertFailed(Exception):
    """An ordered `insert_batch` stopped at document `index`: those before it are stored."""

    def __init__(self, index: int, duplicate: DuplicateKey | None, cause: Exception) -> None:
        super().__init__(f"the batch insert stopped at document {index}")
        self.index = index
        self.duplicate = duplicate
        """The unique violation (or write conflict) that stopped it; None for another error."""
        self.cause = cause


@dataclass(frozen=True)
class Changes:
    """One update's operators, by field key (`set` and `unset` as in `$set` / `$unset`)."""

    set: Mapping[str, Any]
    unset: Sequence[str] = ()
    inc: Mapping[str, Any] | None = None
    push: Mapping[str, Any] | None = None
    pull: Mapping[str, Any] | None = None
    min: Mapping[str, Any] | None = None
    set_on_insert: Mapping[str, Any] | None = None

    def update(self, at: dt.datetime) -> tuple[Doc, str]:
        """Return the update document, stamped, and the stamp it writes."""
        stamped = stamp(self.set, at)
        update: Doc = {"$set": stamped}
        if self.unset:
            update["$unset"] = dict.fromkeys(self.unset, "")
        for op, values in (
            ("$inc", self.inc),
            ("$push", self.push),
            ("$pull", self.pull),
            ("$min", self.min),
            ("$setOnInsert", self.set_on_insert),
        ):
            if values:
                update[op] = dict(values)
        return update, str(stamped["etag"])


class Documents:
    """The documents of one collection, with the write rules above."""

    def __init__(
        self,
        collection: AsyncCollection[Doc],
        caps: Capabilities,
        read_preference: ReadMode | None = None,
    ) -> None:
        self._collection = collection
        self._lagging = (
            collection
            if read_preference is None
            else collection.with_options(read_preference=read_preference)
        )
        self._caps = caps
        self._pages = None if caps.ordered_secondary_indexes else PagePlanner()

    @property
    def name(self) -> str:
        """The collection's name."""
        return self._collection.name

    # ---- reads ---------------------------------------------------------------------

    def _reader(self, stale_ok: bool) -> AsyncCollection[Doc]:
        return self._lagging if stale_ok else self._collection

    async def find_one(
        self,
        filt: Filter,
        fields: Mapping[str, int] | None = None,
        sort: Sequence[Any] = (),
        *,
        stale_ok: bool = False,
    ) -> Doc | None:
        """Return the first document matching `filt` (in `sort` order), or None."""
        reader = self._reader(stale_ok)
        if sort:
            return await reader.find_one(filt, fields, sort=list(sort))
        return await reader.find_one(filt, fields)

    async def find(
        self,
        filt: Filter,
        fields: Mapping[str, int] | None = None,
        sort: Sequence[tuple[str, int]] = (),
        limit: int = 0,
        *,
        stale_ok: bool = False,
    ) -> list[Doc]:
        """Return the documents matching `filt`, in `sort` order, at most `limit` (0: all)."""
        reader = self._reader(stale_ok)
        cursor = reader.find(filt, fields, sort=list(sort) or None, limit=limit)
        return await cursor.to_list(length=limit or None)

    async def find_page(
        self,
        filt: Filter,
        sort: Sequence[tuple[str, int]],
        limit: int,
        matching: Filter | None = None,
        shape: bytes = b"",
    ) -> list[Doc]:
        """Return one page: the first `limit` documents matching `filt` in `sort` order.

        `matching` is the page's condition without its page token (None on a first
        page), and `shape` names that condition stably (it may hold the time, for expiry);
        where no secondary index is ordered, a deep `_id`-ordered page walks the primary
        key when that reads few rows (`page_plans`).
        """
        hint = None
        deep_id_page = self._pages is not None and matching is not None and id_order(sort)
        if deep_id_page and matching is not None and await self._walks(matching, shape, limit):
            hint = [("_id", 1)]
        # A page is a List's: it may be read where the read preference says.
        cursor = self._lagging.find(filt, sort=list(sort) or None, limit=limit, hint=hint)
        return await cursor.to_list(length=limit or None)

    async def walk(self, filt: Filter, limit: int) -> list[Doc]:
        """Return documents matching `filt` in `_id` order, along the primary key, in one batch.

        For a log whose `_id` is its position, read in windows of positions (the change
        log): the primary key walks the window's rows in order and stops at `limit`
        matches. One batch (a negative limit) spares FerretDB a server cursor (about 8 ms
        a find here). A batch stops at 16 MB, so it may hold fewer than `limit` documents
        although more match: a caller continues after the last one it got, and knows it
        has read everything only when a walk returns none.
        """
        cursor = self._collection.find(filt, sort=[("_id", 1)], limit=-limit, hint=[("_id", 1)])
        return await cursor.to_list(length=limit)

    async def _walks(self, matching: Filter, shape: bytes, limit: int) -> bool:
        """Whether a primary-key walk suits a page of `limit` rows meeting `matching`."""
        assert self._pages is not None
        key = self._pages.key(self._collection.name, shape or bson.encode(dict(matching)))
        share = self._pages.cached(key)
        if share is None:
            total = await self._collection.estimated_document_count()
            count = await self._collection.count_documents(matching) if total else 0
            share = count / total if total else 0.0
            self._pages.remember(key, share)
        return self._pages.walks(share, limit)

    async def ids(self, filt: Filter) -> list[Any]:
        """Return the `_id` of every document matching `filt`."""
        return [doc["_id"] async for doc in self._collection.find(filt, {"_id": 1})]

    async def distinct(self, key: str, filt: Filter) -> list[Any]:
        """Return the distinct values of `key` among the documents meeting `filt`."""
        return list(await self._collection.distinct(key, filt))

    async def count(self, filt: Filter, limit: int = 0, *, stale_ok: bool = False) -> int:
        """Return how many documents match `filt`, counting at most `limit` (0: all).

        With a limit the count stops there (`count_documents` adds a `$limit` stage before
        its `$group`), so a broad filter examines no more than `limit` documents.
        """
        reader = self._reader(stale_ok)
        if limit:
            return await reader.count_documents(filt, limit=limit)
        return await reader.count_documents(filt)

    # ---- writes --------------------------------------------------------------------

    async def insert(self, doc: Doc, at: dt.datetime) -> Doc:
        """Insert `doc`, stamped as created `at`; return it. Raise `DuplicateKey`."""
        doc.update(stamp({"createdAt": at}, at))
        for attempt in range(CONFLICT_RETRIES + 1):
            try:
                with unique_violations(self._caps):
                    await self._collection.insert_one(doc)
                return doc
            except DuplicateKey as dup:
                if not dup.write_conflict or attempt == CONFLICT_RETRIES:
                    raise
                await asyncio.sleep(random.uniform(0.001, 0.01) * (attempt + 1))
        raise AssertionError("unreachable")  # pragma: no cover

    async def insert_many(self, docs: Sequence[Doc], at: dt.datetime) -> None:
        """Insert `docs`, each stamped as created `at`, with one command.

        For documents whose ids nobody else makes (audit entries): no unique violation or
        write conflict is expected, so nothing is run again here; any failure raises.
        """
        for doc in docs:
            doc.update(stamp({"createdAt": at}, at))
        await self._collection.insert_many(list(docs), ordered=True)

    async def insert_batch(self, docs: Sequence[Doc], at: dt.datetime) -> None:
        """Insert `docs` in order, each stamped as created `at`, with one command.

        Raise `BatchInsertFailed` naming the first document not stored (those before it
        are): a unique violation, a write conflict (DocumentDB aborts racing inserts of one
        unique value as a deadlock), or any other refusal. Nothing is run again here: the
        caller undoes the part stored and decides.
        """
        for doc in docs:
            doc.update(stamp({"createdAt": at}, at))
        try:
            await self._collection.insert_many(list(docs), ordered=True)
        except BulkWriteError as exc:
            details = exc.details or {}
            first = (details.get("writeErrors") or [{}])[0]
            index = int(first.get("index", details.get("nInserted", 0)))
            code = first.get("code")
            duplicate = None
            if code == DUPLICATE_KEY:
                pattern = first.get("keyPattern")
                keys = tuple(str(k) for k in pattern) if isinstance(pattern, Mapping) else None
                duplicate = DuplicateKey(keys or None, True, exc)
            elif code in WRITE_CONFLICTS or (
                code == INTERNAL_ERROR and not self._caps.typed_find_and_modify_duplicates
            ):
                duplicate = DuplicateKey(None, False, exc)
            raise BatchInsertFailed(index, duplicate, exc) from exc

    async def update(
        self, filt: Filter, changes: Changes, at: dt.datetime, *, upsert: bool = False
    ) -> tuple[Doc | None, str]:
        """Apply `changes` to the one document matching `filt`, atomically.

        Returns the document as written (None when nothing matched) and the stamp this
        write stored, so a caller can tell whether the stored version is its own. An upsert may
        raise `DuplicateKey`, like an insert.
        """
        update, etag = changes.update(at)
        with unique_violations(self._caps):
            doc = await self._collection.find_one_and_update(
                filt, update, return_document=ReturnDocument.AFTER, upsert=upsert
            )
        return doc, etag

    async def append(self, docs: Sequence[Doc]) -> int:
        """Insert `docs` in order, skipping any whose `_id` is stored; return how many were new.

        For logs whose `_id` is a position: storing a batch again after a crash (or by a
        second writer) leaves one copy of each, and a reader that saw document k never
        misses document j < k, since each is inserted only after the ones before it.
        """
        added, rest = 0, list(docs)
        while rest:
            try:
                result = await self._collection.insert_many(rest, ordered=True)
                return added + len(result.inserted_ids)
            except BulkWriteError as exc:
                errors = exc.details.get("writeErrors", [])
                first = errors[0] if errors else {}
                if first.get("code") != DUPLICATE_KEY:
                    raise
                index = int(first.get("index", 0))
                added += index
                rest = rest[index + 1 :]
        return added

    # ---- unstamped writes of the id migration (engine/id_migration.py) -----------------
    # They change how a value is stored, not what it is: no new version is stamped.

    async def set_where(self, filt: Filter, fields: Mapping[str, Any]) -> bool:
        """Set `fields` on the one document matching `filt`; whether one matched.

        Also the batch journal's change of a record's state (`engine.store.batch_journal`).
        """
        with unique_violations(self._caps):
            result = await self._collection.update_one(filt, {"$set": dict(fields)})
        return result.matched_count > 0

    async def insert_as_is(self, doc: Doc) -> None:
        """Insert `doc` exactly as given (no stamp); an `_id` already stored is a no-op."""
        try:
            with unique_violations(self._caps):
                await self._collection.insert_one(doc)
        except DuplicateKey as dup:
            if await self._collection.find_one({"_id": doc["_id"]}, {"_id": 1}) is None:
                raise dup from None

    async def replace_where(self, filt: Filter, doc: Mapping[str, Any]) -> bool:
        """Store `doc` whole (unstamped) as the one document matching `filt`; whether one did.

        For undoing a write (a batch's rollback): the document gets back exactly its former
        self, stamp and all, so its etag is the one its readers had.
        """
        with unique_violations(self._caps):
            result = await self._collection.replace_one(filt, dict(doc))
        return result.matched_count > 0

    async def replace(self, doc_id: Any, doc: Mapping[str, Any]) -> None:
        """Store `doc` as the whole document `doc_id`, creating it when missing."""
        await self._collection.replace_one({"_id": doc_id}, dict(doc), upsert=True)

    async def put(self, doc_id: Any, fields: Mapping[str, Any]) -> None:
        """Set `fields` on the document `doc_id`, creating it when missing (state records)."""
        await self._collection.update_one({"_id": doc_id}, {"$set": dict(fields)}, upsert=True)

    async def claim(self, filt: Filter, fields: Mapping[str, int] | None = None) -> Doc | None:
        """Delete and return the one document matching `filt` (only `fields`, when given).

        Exactly one of any number of racers gets it.
        """
        return await self._collection.find_one_and_delete(filt, fields)

    async def delete_one(self, filt: Filter) -> bool:
        """Delete the one document matching `filt`; return whether one was."""
        result = await self._collection.delete_one(filt)
        return result.deleted_count > 0

    async def delete_many(self, filt: Filter) -> int:
        """Delete every document matching `filt`; return how many were."""
        result = await self._collection.delete_many(filt)
        return result.deleted_count
