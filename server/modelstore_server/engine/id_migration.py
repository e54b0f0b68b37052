"""`modelstore migrate`'s id step: stored 24-hex strings of ObjectId fields become ObjectIds.

Documents written before a field declared `ID_TYPE_OBJECT_ID` (or by a script that wrote
the hex text) hold ids as strings. Reads match both forms (`stored_ids`), so nothing
breaks meanwhile; this step makes the stored form the declared one, so that the seed's
Mongoose app, which casts to ObjectId, finds them too. Only 24-hex strings are converted
(a UUID an earlier version generated stays a string: it has no ObjectId form), and only
towards ObjectId: a string field holding ObjectIds (better-auth's default) is left alone.

- **References and nested ids** are rewritten in place: one `$set` of the changed
  top-level keys, conditional on their old values, so a concurrent write is never
  overwritten (the document is converted by the next run instead).
- **`_id` cannot be updated in place.** A document whose `_id` changes is first copied
  to the journal collection `modelstore.id_migration` (old and new form), then the old
  document is deleted (only if unchanged since it was read), then the new one inserted,
  then the journal entry removed. Every run first finishes the entries a crashed run
  left: at every instant the document is in its collection or in the journal, so a
  crash never loses one, and running the step again completes it. Between the delete and
  the insert (milliseconds) a read does not find the document.

The step is idempotent: a second run finds nothing to convert and reports so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bson import ObjectId

from ..storage.documents import Documents
from ..storage.driver_errors import DuplicateKey
from .field_plan import FieldKind, MessagePlan, plan_of
from .model import EntityModel
from .stored_ids import is_object_id_text

JOURNAL = "modelstore.id_migration"
"""The collection of `_id` conversions under way."""
_MAX_DEPTH = 8  # sub-document nesting the walk follows (types may recurse)
_HEX_TEXT = {"$regex": "^[0-9a-f]{24}$"}

Doc = dict[str, Any]


@dataclass(frozen=True)
class IdFields:
    """The ObjectId-declared id fields of one entity, as document key paths."""

    collection: str
    converts_id: bool
    """Whether the entity's own `_id` is declared ObjectId."""
    paths: tuple[tuple[str, ...], ...]
    """Other ObjectId fields (references, ids in sub-documents and their arrays)."""

    def query(self) -> Doc:
        """Return the condition of the documents that hold a 24-hex string to convert."""
        dotted = [".".join(p) for p in self.paths]
        if self.converts_id:
            dotted.append("_id")
        return {"$or": [{key: _HEX_TEXT} for key in dotted]}


def id_fields(model: EntityModel) -> IdFields | None:
    """Return the ObjectId fields of `model`, or None when it declares none."""
    paths = tuple(_object_id_paths(plan_of(model.descriptor), (), 0))
    converts_id = model.ids.object_id
    if not paths and not converts_id:
        return None
    return IdFields(model.collection, converts_id, paths)


def _object_id_paths(
    plan: MessagePlan, prefix: tuple[str, ...], depth: int
) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for field in plan.stored:
        path = (*prefix, field.key)
        if field.key == "_id":
            continue  # the entity's own id is converted by a move, not a `$set`
        if field.rules.ids is not None and field.rules.ids.object_id and not field.is_map:
            out.append(path)
        elif field.kind is FieldKind.MESSAGE and field.nested is not None and depth < _MAX_DEPTH:
            out.extend(_object_id_paths(field.nested, path, depth + 1))
    return out


def converted(value: Any, path: Sequence[str]) -> Any:
    """Return `value` with the 24-hex strings at `path` (through arrays) as ObjectIds."""
    if isinstance(value, list):
        return [converted(v, path) for v in value]
    if not path:
        return ObjectId(value) if is_object_id_text(value) else value
    if isinstance(value, Mapping) and path[0] in value:
        return {**value, path[0]: converted(value[path[0]], path[1:])}
    return value


@dataclass
class Report:
    """What the step did to one collection."""

    collection: str
    refs: int = 0
    """Documents whose references (or nested ids) were converted in place."""
    moved: int = 0
    """Documents whose `_id` was converted (moved to the ObjectId form)."""
    recovered: int = 0
    """Moves a crashed earlier run had left in the journal, completed now."""
    skipped: int = 0
    """Documents left as they are: a unique index refused the converted form."""

    def line(self) -> str:
        """Return the report line `modelstore migrate` prints."""
        if not (self.refs or self.moved or self.recovered or self.skipped):
            return f"ids {self.collection}: unchanged"
        parts = [f"{self.moved} ids converted", f"{self.refs} with references converted"]
        if self.recovered:
            parts.append(f"{self.recovered} interrupted conversions completed")
        if self.skipped:
            parts.append(f"{self.skipped} left as they were (a unique index holds the value)")
        return f"ids {self.collection}: " + ", ".join(parts)


class IdMigration:
    """Converts the stored ids of every entity to their declared type."""

    def __init__(self, documents: Callable[[str], Documents]) -> None:
        """`documents(collection)` gives the documents of a collection."""
        self._documents = documents
        self._journal = documents(JOURNAL)

    async def run(self, models: Iterable[EntityModel]) -> list[str]:
        """Convert every collection; return one report line per collection with ObjectIds."""
        lines: list[str] = []
        for model in models:
            fields = id_fields(model)
            if fields is not None:
                lines.append((await self.convert(fields)).line())
        return lines

    async def convert(self, fields: IdFields) -> Report:
        """Convert one collection: first what a crashed run left, then every document."""
        report = Report(fields.collection)
        docs = self._documents(fields.collection)
        await self._recover(fields.collection, docs, report)
        for doc in await docs.find(fields.query()):
            new = doc
            for path in fields.paths:
                new = converted(new, path)
            if fields.converts_id and is_object_id_text(doc["_id"]):
                await self._move(docs, doc, {**new, "_id": ObjectId(doc["_id"])}, report)
            elif new != doc:
                await self._rewrite(docs, doc, new, report)
        return report

    async def _rewrite(self, docs: Documents, old: Doc, new: Doc, report: Report) -> None:
        changed = {k: v for k, v in new.items() if old.get(k) != v}
        unchanged = {"_id": old["_id"], **{k: old[k] for k in changed}}
        try:
            if await docs.set_where(unchanged, changed):
                report.refs += 1
        except DuplicateKey:
            report.skipped += 1

    async def _move(self, docs: Documents, old: Doc, new: Doc, report: Report) -> None:
        entry = _entry_id(docs.name, old["_id"])
        await self._journal.replace(entry, {"collection": docs.name, "old": old, "new": new})
        # Only the document as read: a write since then keeps it for the next run.
        if not await docs.delete_one(old):
            await self._journal.delete_one({"_id": entry})
            return
        try:
            await docs.insert_as_is(new)
            report.moved += 1
        except DuplicateKey:
            await docs.insert_as_is(old)  # another document holds a unique value: put it back
            report.skipped += 1
        await self._journal.delete_one({"_id": entry})

    async def _recover(self, collection: str, docs: Documents, report: Report) -> None:
        for entry in await self._journal.find({"collection": collection}):
            old, new = entry["old"], entry["new"]
            # Neither form stored: it crashed between the delete and the insert. (Only the
            # old one: it crashed before the delete, and the pass below converts it again.)
            either = {"_id": {"$in": [new["_id"], old["_id"]]}}
            if await docs.find_one(either, {"_id": 1}) is None:
                try:
                    await docs.insert_as_is(new)
                    report.recovered += 1
                except DuplicateKey:
                    await docs.insert_as_is(old)
                    report.skipped += 1
            await self._journal.delete_one({"_id": entry["_id"]})


def _entry_id(collection: str, doc_id: Any) -> str:
    return f"{collection}\x00{doc_id}"
