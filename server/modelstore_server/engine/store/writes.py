"""The writes of one entity's documents: the one place every write passes, and is journaled.

Each method runs one write of `storage.documents` and, when it wrote something, records
one `engine.audit.Change` per entity it wrote in the call's journal (the pipeline stores
them as audit entries before it answers: docs/audit.md). The repository and the
references write only through here; `tests/architecture/test_audit_seam.py` checks that
no other module calls a write of `Documents`.

A change names the top-level fields a write wrote (set, unset, incremented, pushed ...),
as snake_case field names; values never leave the write. The version stamp (`updatedAt`,
`etag`), `createdAt`, `_id` and keys that are no field (an idempotency record, a counter
version) are not named: every write has the first, and the others say nothing to a reader.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ...storage.documents import BatchInsertFailed, Changes, Documents, version_of
from .. import audit
from ..model import EntityModel

Doc = dict[str, Any]
_UNNAMED = frozenset({"_id", "createdAt", "updatedAt", "etag"})
CASCADE_BATCH = 1000
"""Documents a cascade reads and deletes per round."""


class Writes:
    """The journaled writes of one entity (see the module doc)."""

    def __init__(self, model: EntityModel, documents: Documents) -> None:
        self._documents = documents
        self._entity = model.full_name
        self._tenant_key = model.tenant_key
        self._names = {k: n for k, n in model.field_of_key.items() if k not in _UNNAMED}
        # Enough of a removed document to name it: its id and its tenant.
        self.identity = {"_id": 1, self._tenant_key: 1} if self._tenant_key else {"_id": 1}

    async def insert(self, doc: Doc, at: dt.datetime) -> Doc:
        """`Documents.insert`, journaled as a CREATE of every field the document holds."""
        written = await self._documents.insert(doc, at)
        self._record(audit.CREATE, written, written.keys(), version_of(written))
        return written

    async def insert_batch(self, docs: Sequence[Doc], at: dt.datetime) -> None:
        """`Documents.insert_batch`, each stored document journaled as a CREATE.

        On `BatchInsertFailed` the documents before its index were stored: they are
        journaled too (the caller undoes them, which journals their removal).
        """
        try:
            await self._documents.insert_batch(docs, at)
        except BatchInsertFailed as failed:
            self._created(docs[: failed.index])
            raise
        self._created(docs)

    def _created(self, docs: Sequence[Doc]) -> None:
        for doc in docs:
            self._record(audit.CREATE, doc, doc.keys(), version_of(doc))

    async def update(
        self,
        filt: Mapping[str, Any],
        changes: Changes,
        at: dt.datetime,
        *,
        upsert: bool = False,
        operation: int = audit.UPDATE,
    ) -> tuple[Doc | None, str]:
        """`Documents.update`, journaled as `operation` (CREATE when an upsert inserted).

        Returns the document as written and the stamp the write stored; the journal gets
        the document's etag (`version_of`).
        """
        doc, etag = await self._documents.update(filt, changes, at, upsert=upsert)
        if doc is None:
            return doc, etag
        keys: list[str] = [*changes.set, *changes.unset]
        for values in (changes.inc, changes.push, changes.pull, changes.min):
            keys.extend(values or ())
        # An upsert that inserted holds the fresh `_id` and the `at` of its set_on_insert
        # (`EntityStore.upsert_where`): a racer's write of the same millisecond updating
        # that document carries another `_id`, which the time alone would not tell apart.
        on_insert = changes.set_on_insert
        if upsert and on_insert is not None and _inserted(doc, on_insert, at):
            operation = audit.CREATE
            keys.extend(on_insert)
        self._record(operation, doc, keys, version_of(doc))
        return doc, etag

    async def claim(
        self, filt: Mapping[str, Any], fields: Mapping[str, int] | None = None
    ) -> Doc | None:
        """`Documents.claim`, journaled as a DELETE."""
        doc = await self._documents.claim(filt, fields)
        if doc is not None:
            self._record(audit.DELETE, doc, (), "")
        return doc

    async def delete_one(self, filt: Mapping[str, Any]) -> bool:
        """Delete the one document matching `filt`; return whether one was. Journaled.

        A claim that returns only the id and tenant rather than a plain delete: the entry
        needs the tenant, which the filter of a cross-tenant caller does not hold.
        """
        return await self.claim(filt, self.identity) is not None

    async def delete_many(self, filt: Mapping[str, Any]) -> int:
        """Delete every document matching `filt` (a cascade); return how many. Journaled.

        Read the ids, delete those, and again until none matches: each entry names a
        document this call deleted, and a document that came to match meanwhile is
        deleted in the next round, as one `deleteMany` would have. A document that another
        writer deleted between the read and the delete still gets an entry here.
        """
        deleted = 0
        while True:
            found = await self._documents.find(filt, self.identity, limit=CASCADE_BATCH)
            if not found:
                return deleted
            deleted += await self.delete_found(filt, found)

    async def delete_found(self, filt: Mapping[str, Any], found: Sequence[Doc]) -> int:
        """Delete the documents `found` (read as meeting `filt`, with `identity`); journaled.

        One round of `delete_many`, and of a purge; returns how many were deleted.
        """
        ids = [doc["_id"] for doc in found]
        deleted = await self._documents.delete_many({"$and": [filt, {"_id": {"$in": ids}}]})
        for doc in found:
            self._record(audit.DELETE, doc, (), "")
        return deleted

    async def restore(self, filt: Mapping[str, Any], before: Doc) -> bool:
        """Put `before` back whole as the document matching `filt` (an undo). Journaled.

        Whether one matched; the entry is an UPDATE of every field `before` holds.
        """
        if not await self._documents.replace_where(filt, before):
            return False
        self._record(audit.UPDATE, before, before.keys(), version_of(before))
        return True

    async def reinsert(self, before: Doc) -> None:
        """Insert `before` exactly as it was (the undo of a delete). Journaled as a CREATE."""
        await self._documents.insert_as_is(before)
        self._record(audit.CREATE, before, before.keys(), version_of(before))

    def replayed(self, doc: Mapping[str, Any]) -> None:
        """Journal an idempotent Create answered with `doc`, made by an earlier attempt."""
        change = self._change(audit.CREATE, doc, doc.keys(), version_of(doc))
        audit.record(dataclasses.replace(change, replayed=True))

    def _record(
        self, operation: int, doc: Mapping[str, Any], keys: Iterable[str], etag: str
    ) -> None:
        audit.record(self._change(operation, doc, keys, etag))

    def _change(
        self, operation: int, doc: Mapping[str, Any], keys: Iterable[str], etag: str
    ) -> audit.Change:
        names = self._names
        paths = {names[top] for key in keys if (top := key.split(".", 1)[0]) in names}
        return audit.Change(
            entity_type=self._entity,
            entity_id=str(doc["_id"]),
            tenant=self._tenant(doc),
            operation=operation,
            paths=tuple(sorted(paths)),
            etag=etag,
        )

    def _tenant(self, doc: Mapping[str, Any]) -> str:
        key = self._tenant_key
        if key is None:
            return ""
        value: Any = doc
        for part in key.split("."):
            value = value.get(part) if isinstance(value, Mapping) else None
        return "" if value is None else str(value)


def _inserted(doc: Mapping[str, Any], on_insert: Mapping[str, Any], at: dt.datetime) -> bool:
    """Whether the upsert that returned `doc` inserted it: its own `_id` and time."""
    own_id = "_id" not in on_insert or doc.get("_id") == on_insert["_id"]
    return own_id and doc.get("createdAt") == at
