"""Batch writes (AIP-233, 234, 235) of any entity: all or none, under the batch journal.

A batch runs in four steps:

1. Request validation (transport) has checked every item before this runs: rules, the
   bound, ids twice, per-item request_id and force.
2. Preconditions, with one read of every item's document: a create's chosen id taken, a
   unique value twice within the batch, an update's or delete's entity missing, an etag
   that does not match. Any failure names the item (`errors.at_item`) and nothing is
   written.
3. The journal record (`batch_journal`) is stored: what undoing each item needs.
4. A create's documents are prepared as the single Create prepares one
   (`EntityStore.prepare_create`: tenancy, references, secrets, hooks) and inserted with
   one ordered `insert_many`, then finished as it finishes one (`finish_create`). An
   update or delete item is written by its single method (`EntityStore.update`,
   `delete`), conditioned on the document the precondition read found: one without an
   etag gets that document's etag, so a writer that got in after the check makes the
   item fail instead of being overwritten. A failing item undoes the items before it,
   only where each is still what the batch wrote (another writer's later change is kept,
   and reported in the error's `not_undone`), and fails the call naming the item. Once
   every item is written the record says applied, and only then is the call answered.

A process that dies part way leaves its record `applying`; `recover` undoes it (at
start-up, and when a retry with its request_id arrives). Recovery does not know what the
dead process wrote last, so it puts back every item's former document where the stored
one differs from it: a change another writer made to one of the batch's entities in the
instant between the batch's check and the crash is undone with it. Readers are not
isolated: while a batch is applying, they may see some of its items written and others
not (docs/batches.md). A hard delete's cascade to referring entities is not undone;
batch items cannot ask for one (`force`), but a reference declared to cascade does.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, NoReturn

from google.protobuf.message import Message

from ... import errors
from ...storage.documents import BatchInsertFailed, unchanged, version_of
from ..codec import now
from ..context import SYSTEM, CallContext
from ..stored_ids import matching_any
from .batch_journal import APPLIED, LEASE, BatchJournal, Item, Record, batch_key
from .masks import mask_paths
from .repository import RID_KEY, EntityStore, FoundParents

log = logging.getLogger("modelstore.batches")

Doc = dict[str, Any]
Apply = Callable[[int, Item], Awaitable[tuple[Message, str]]]
"""Write item i; return its answer and the etag of what it stored ("" deleted)."""


class Batches:
    """The batch writes of every entity, and the recovery of interrupted ones."""

    def __init__(self, journal: BatchJournal, stores: Mapping[str, EntityStore[Any]]) -> None:
        self._journal = journal
        self._stores = stores

    # ---- the three batch methods ------------------------------------------------------

    async def create(
        self,
        ctx: CallContext,
        store: EntityStore[Any],
        entities: Sequence[Message],
        request_id: str,
        fingerprint: bytes,
    ) -> list[Message]:
        """Create `entities` (AIP-233), all or none."""
        key = batch_key(store.model.full_name, ctx.tenant, request_id)
        replay = await self._previous(ctx, store, key, "create", fingerprint, request_id)
        if replay is not None:
            return await self._answer(ctx, store, replay.result, entities)
        ids = store.model.ids
        for entity in entities:
            if not entity.id:  # type: ignore[attr-defined]
                # Chosen here, not by the single create: the journal names it beforehand.
                entity.id = ids.new()  # type: ignore[attr-defined]
        chosen = [str(e.id) for e in entities]  # type: ignore[attr-defined]
        taken = await store.documents.find({"_id": {"$in": matching_any(chosen)}}, {"_id": 1})
        held = {str(doc["_id"]) for doc in taken}
        for i, doc_id in enumerate(chosen):
            if doc_id in held:
                raise errors.at_item(errors.id_exists(store.label), i)
        _refuse_repeated_unique(store, entities)
        prepared = []
        found_before: FoundParents = set()  # each parent read once
        for i, entity in enumerate(entities):
            try:
                prepared.append(
                    await store.prepare_create(ctx, entity, f"{key}:{i}", fingerprint, found_before)
                )
            except errors.ModelstoreError as exc:
                raise errors.at_item(exc, i) from None
        items = [Item(new.doc["_id"], None, rid=f"{key}:{i}") for i, new in enumerate(prepared)]
        await self._begin(store, key, "create", fingerprint, items)
        docs = [new.doc for new in prepared]
        try:
            await store.writes.insert_batch(docs, now())  # the one write of the batch
        except BatchInsertFailed as failed:
            kept = await self._undo(store, _written(items, docs, failed.index))
            await self._journal.forget(key)
            await self._refusal(store, failed, docs, kept)
        except BaseException:
            await self._give_up(store, key, items)
            raise
        out = []
        found_after: FoundParents = set()  # once more after the insert
        for i, new in enumerate(prepared):
            try:
                out.append(await store.finish_create(ctx, new, found_after))
            except errors.ModelstoreError as exc:
                kept = await self._undo(store, _written(items, docs, len(docs)))
                await self._journal.forget(key)
                raise errors.at_item(exc, i, kept) from None
            except BaseException:
                await self._give_up(store, key, _written(items, docs, len(docs)))
                raise
        await self._applied(key, items)
        return out

    async def _refusal(
        self,
        store: EntityStore[Any],
        failed: BatchInsertFailed,
        docs: Sequence[Doc],
        kept: Sequence[str],
    ) -> NoReturn:
        """Raise why the batch insert stopped, naming the item."""
        if failed.duplicate is not None:
            try:
                await store.conflicts.name_duplicate(failed.duplicate, docs[failed.index])
            except errors.ModelstoreError as exc:
                raise errors.at_item(exc, failed.index, kept) from None
        raise failed.cause

    async def update(
        self,
        ctx: CallContext,
        store: EntityStore[Any],
        requests: Sequence[Any],
        entity_field: str,
        request_id: str,
        fingerprint: bytes,
    ) -> list[Message]:
        """Apply the update requests (AIP-234), all or none."""
        key = batch_key(store.model.full_name, ctx.tenant, request_id)
        replay = await self._previous(ctx, store, key, "update", fingerprint, request_id)
        if replay is not None:
            return await self._answer(ctx, store, replay.result)
        entities = [getattr(r, entity_field) for r in requests]
        for i, (request, entity) in enumerate(zip(requests, entities, strict=True)):
            try:  # what the request alone shows wrong, for every item before any write
                mask = mask_paths(request, "update_mask")
                store.check_update(ctx, entity, mask, bool(request.allow_missing))
            except errors.ModelstoreError as exc:
                raise errors.at_item(exc, i) from None
        stored = await self._read(ctx, store, [str(e.id) for e in entities])
        items = []
        for i, (request, entity) in enumerate(zip(requests, entities, strict=True)):
            before = stored.get(str(entity.id))
            if before is None and not request.allow_missing:
                raise errors.at_item(errors.not_found(store.label, entity.id), i)
            if before is not None and entity.etag and version_of(before) != entity.etag:
                raise errors.at_item(errors.etag_mismatch(store.label, entity.id), i)
            stored_id = before["_id"] if before is not None else store.model.ids.stored(entity.id)
            items.append(Item(stored_id, before))

        async def apply(i: int, item: Item) -> tuple[Message, str]:
            request = requests[i]
            entity = type(entities[i])()
            entity.CopyFrom(entities[i])
            if item.before is not None and not entity.etag:
                entity.etag = version_of(item.before)  # as checked: no write in between
            mask = mask_paths(request, "update_mask")
            updated = await store.update(ctx, entity, mask, bool(request.allow_missing))
            return updated, _etag_of(updated)

        return await self._apply(store, key, "update", fingerprint, items, apply)

    async def delete(
        self,
        ctx: CallContext,
        store: EntityStore[Any],
        requests: Sequence[Any],
        request_id: str,
        fingerprint: bytes,
    ) -> list[Message]:
        """Apply the delete requests (AIP-235), all or none; the deleted entities if soft."""
        key = batch_key(store.model.full_name, ctx.tenant, request_id)
        replay = await self._previous(ctx, store, key, "delete", fingerprint, request_id)
        soft = store.model.soft_delete_key
        if replay is not None:
            return await self._answer(ctx, store, replay.result) if soft else []
        stored = await self._read(ctx, store, [str(r.id) for r in requests])
        items = []
        for i, request in enumerate(requests):
            before = stored.get(str(request.id))
            if before is None:
                raise errors.at_item(errors.not_found(store.label, request.id), i)
            if request.etag and version_of(before) != request.etag:
                raise errors.at_item(errors.etag_mismatch(store.label, request.id), i)
            if soft and before.get(soft) is False:
                raise errors.at_item(errors.already_deleted(store.label, request.id), i)
            items.append(Item(before["_id"], before))

        async def apply(i: int, item: Item) -> tuple[Message, str]:
            request = requests[i]
            etag = request.etag or version_of(item.before or {})
            deleted = await store.delete(ctx, request.id, etag)
            if deleted is None:
                return store.message_class(), ""
            return deleted, _etag_of(deleted)

        done = await self._apply(store, key, "delete", fingerprint, items, apply)
        return done if soft else []

    # ---- the steps they share ---------------------------------------------------------

    async def _previous(
        self,
        ctx: CallContext,
        store: EntityStore[Any],
        key: str,
        kind: str,
        fingerprint: bytes,
        request_id: str,
    ) -> Record | None:
        """Return the applied record a retry answers from; undo one left applying.

        A record of other requests under the same request_id is REQUEST_ID_REUSED, one
        still being applied by a live process ABORTED (retry).
        """
        if not request_id:
            return None
        store.visibility.scope(ctx)  # a call without its tenant is refused before anything
        record = await self._journal.find(key)
        if record is None:
            return None
        if record.fingerprint != fingerprint or record.kind != kind:
            raise errors.request_id_reused()
        if record.state == APPLIED:
            return record
        if not record.stale:
            raise errors.batch_in_progress()
        await self._recover(record)
        return None

    async def _read(
        self, ctx: CallContext, store: EntityStore[Any], ids: Sequence[str]
    ) -> dict[str, Doc]:
        """Return the caller-visible stored documents of `ids`, by API id: one read."""
        adopted = await store.adopted(ctx)
        filt = store.visibility.where(ctx, {"_id": {"$in": matching_any(ids)}}, adopted=adopted)
        return {str(doc["_id"]): doc for doc in await store.documents.find(filt)}

    async def _apply(
        self,
        store: EntityStore[Any],
        key: str,
        kind: str,
        fingerprint: bytes,
        items: Sequence[Item],
        apply: Apply,
    ) -> list[Message]:
        """Journal the batch, write its items in order, and undo them all if one fails."""
        until = await self._begin(store, key, kind, fingerprint, items)
        done: list[tuple[Item, str]] = []
        out: list[Message] = []
        index = 0
        try:
            for index, item in enumerate(items):
                if now() >= until:
                    raise errors.batch_overran(int(LEASE.total_seconds()))
                answer, etag = await apply(index, item)
                done.append((item, etag))
                out.append(answer)
        except (errors.Unavailable, errors.DeadlineExceeded) as exc:
            # Whether the item being written was is not known: it is undone as unknown.
            await self._give_up(store, key, [*done, (items[index], None)])
            raise errors.at_item(exc, index) from None
        except errors.ModelstoreError as exc:
            # The item was refused (missing, changed, taken ...): only those before it stand.
            kept = await self._undo(store, done)
            await self._journal.forget(key)
            raise errors.at_item(exc, index, kept) from None
        except BaseException:
            await self._give_up(store, key, [*done, (items[index], None)])
            raise
        await self._applied(key, items)
        return out

    async def _applied(self, key: str, items: Sequence[Item]) -> None:
        """Record the batch applied; ABORTED if it overran its lease and was undone meanwhile."""
        if not await self._journal.applied(key, [item.stored_id for item in items]):
            raise errors.batch_overran(int(LEASE.total_seconds()))

    async def _begin(
        self,
        store: EntityStore[Any],
        key: str,
        kind: str,
        fingerprint: bytes,
        items: Sequence[Item],
    ) -> dt.datetime:
        """Store the batch's journal record; return the end of its lease."""
        until = await self._journal.begin(key, store.model.full_name, kind, fingerprint, items)
        if until is None:  # the same request_id, begun by another call just now
            raise errors.batch_in_progress()
        return until

    async def _give_up(
        self,
        store: EntityStore[Any],
        key: str,
        done: Sequence[Item] | Sequence[tuple[Item, str | None]],
    ) -> None:
        """Undo what can be after an unexpected failure (the database may be away).

        Items whose result is not known are undone as recovery does; if the undo fails
        too, the record stays applying and recovery finishes the job.
        """
        pairs = [d if isinstance(d, tuple) else (d, None) for d in done]
        try:
            await self._undo(store, pairs)
            await self._journal.forget(key)
        except Exception as undo_exc:  # the original failure is the one to report
            log.warning("undoing batch %s failed: %s", key, errors.loggable(undo_exc))

    async def _answer(
        self,
        ctx: CallContext,
        store: EntityStore[Any],
        stored_ids: Sequence[Any],
        sent: Sequence[Message] = (),
    ) -> list[Message]:
        """Answer a retry of an applied batch: its entities as stored now, in request order.

        A create's answer carries the keyed secrets its request sent, as a replayed single
        create does; an entity deleted since is NOT_FOUND.
        """
        found = await store.documents.find({"_id": {"$in": list(stored_ids)}})
        by_id = {str(doc["_id"]): doc for doc in found}
        missing = [str(i) for i in stored_ids if str(i) not in by_id]
        if missing:
            raise errors.not_found_among(store.label, missing)
        out = []
        for i, stored_id in enumerate(stored_ids):
            doc = by_id[str(stored_id)]
            msg = store.decode_read(ctx, doc)
            if sent:
                store.writes.replayed(doc)
                store.secrets.reveal_on_create(sent[i], msg)
            out.append(msg)
        return out

    # ---- undoing -----------------------------------------------------------------------

    async def _undo(
        self, store: EntityStore[Any], done: Sequence[tuple[Item, str | None]]
    ) -> list[str]:
        """Undo applied items, last first; return the ids of those another writer changed since."""
        kept = []
        repair = store.hooks.after_write
        for item, etag in reversed(done):
            undone, touched = await _undo_item(store, item, etag)
            if not undone:
                kept.append(str(item.stored_id))
            elif touched is not None and repair is not None:
                # The domain's derived data (knowledge's counters) saw the write: it is
                # told of the undo too, as the single methods tell it of theirs.
                await repair("deleted" if item.before is None else "created", touched, SYSTEM)
        if kept:
            log.warning(
                "batch undo of %s kept %d item(s) another writer changed since: %s",
                store.label,
                len(kept),
                ", ".join(kept),
            )
        return kept

    async def _recover(self, record: Record) -> None:
        """Undo a batch whose process died while applying it, then forget it."""
        store = self._stores.get(record.entity)
        if store is None:  # an entity no longer declared: nothing to put back into
            log.warning("batch %s of unknown entity %s left as it is", record.key, record.entity)
        else:
            await self._undo(store, [(item, None) for item in record.items])
        await self._journal.forget(record.key)
        log.info("undid interrupted batch %s of %s", record.key, record.entity)

    async def recover(self) -> int:
        """Undo every batch left applying by a process that is gone; return how many."""
        stale = await self._journal.stale()
        for record in stale:
            await self._recover(record)
        return len(stale)


async def _undo_item(
    store: EntityStore[Any], item: Item, etag: str | None
) -> tuple[bool, Doc | None]:
    """Put one item's document back as it was.

    Returns whether it is as it was (False: another writer changed it since, and it is
    kept), and the document the undo wrote or removed (None when it wrote nothing).
    `etag` is that of what the item stored ("" when it deleted the document), or None when
    it is not known (recovery): any difference from the former document is then the batch's.
    """
    current = await store.documents.find_one({"_id": item.stored_id})
    if current is None:
        if item.before is None:
            return True, None
        await store.writes.reinsert(item.before)  # the item deleted it
        return True, item.before
    if item.before is None:  # the item created it
        if etag is not None:
            ours = version_of(current) == etag
        else:
            ours = not item.rid or (current.get(RID_KEY) or {}).get("id") == item.rid
    elif version_of(current) == version_of(item.before):
        return True, None  # never written, or written back already
    else:
        ours = etag is None or version_of(current) == etag
    if not ours:
        return False, None
    filt = {"_id": item.stored_id, **unchanged(current)}
    if item.before is None:
        removed = await store.writes.delete_one(filt)
        return removed, current if removed else None
    restored = await store.writes.restore(filt, item.before)
    return restored, item.before if restored else None


def _written(items: Sequence[Item], docs: Sequence[Doc], count: int) -> list[tuple[Item, str]]:
    """Return the first `count` items of a batch insert, with the etags of what they stored."""
    return [(items[i], version_of(docs[i])) for i in range(count)]


def _etag_of(msg: Message) -> str:
    return str(getattr(msg, "etag", "")) if "etag" in msg.DESCRIPTOR.fields_by_name else ""


def _refuse_repeated_unique(store: EntityStore[Any], entities: Sequence[Message]) -> None:
    """Refuse two items of one batch create with the same value of a unique index.

    Only indexes of top-level scalar fields are compared here; any other duplicate the database
    refuses when the item is written, and the batch is undone.
    """
    fields = store.model.descriptor.fields_by_name
    for index in store.model.indexes:
        plain = all(
            f in fields and not fields[f].is_repeated and fields[f].message_type is None
            for f in index.fields
        )
        if not index.unique or not plain:  # scalars compare (and hash) as values
            continue
        first: dict[tuple[Any, ...], int] = {}
        for i, entity in enumerate(entities):
            values = tuple(getattr(entity, f) for f in index.fields)
            if index.only_when_present and not all(values):
                continue
            if values in first:
                raise errors.at_item(errors.already_exists(store.label, index.fields), i)
            first[values] = i
