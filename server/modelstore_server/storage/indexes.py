"""Create the declared indexes, idempotently, with fallbacks where the database lacks a feature.

Fallbacks (docs/storage.md):
- "unique when present" without partial indexes: a plain unique index. FerretDB indexes
  document fields as SQLite expressions, and SQLite treats missing values as distinct, so a
  plain unique index already accepts any number of documents without the field. A probe
  checks that property at start-up instead of trusting it.
- TTL without TTL indexes: a plain index on the date field; reads filter out expired
  documents and a periodic sweep (`storage.sweeper`) deletes them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from ..engine.model import EntityModel, IndexModel
from .capabilities import Capabilities

log = logging.getLogger("modelstore.indexes")
PROBE_COLLECTION = "modelstore.capability_probe"


@dataclass(frozen=True)
class IndexAction:
    """What migrate did to one index."""

    collection: str
    name: str
    action: str
    """`created`, `recreated`, `unchanged`, or `fallback:<what>` notes."""

    def __str__(self) -> str:
        return f"{self.collection}.{self.name}: {self.action}"


def _options(index: IndexModel, caps: Capabilities) -> tuple[dict[str, Any], str | None]:
    opts: dict[str, Any] = {"name": index.name}
    note = None
    if index.unique:
        opts["unique"] = True
    if index.only_when_present:
        if caps.partial_indexes:
            opts["partialFilterExpression"] = {k: {"$exists": True} for k, _ in index.keys}
        else:
            note = "fallback: unique index that ignores missing values (no partial indexes)"
    if index.expire_after_seconds > 0:
        if caps.ttl_indexes:
            opts["expireAfterSeconds"] = index.expire_after_seconds
        else:
            note = "fallback: plain index, expired documents hidden on read and swept"
    return opts, note


def _matches(existing: dict[str, Any], index: IndexModel, opts: dict[str, Any]) -> bool:
    keys = [(k, int(v)) for k, v in existing.get("key", [])]
    return (
        keys == list(index.keys)
        and bool(existing.get("unique", False)) == bool(opts.get("unique", False))
        and existing.get("partialFilterExpression") == opts.get("partialFilterExpression")
        and existing.get("expireAfterSeconds") == opts.get("expireAfterSeconds")
    )


async def probe_missing_values_distinct(db: AsyncDatabase[dict[str, Any]]) -> bool:
    """Check that a unique index accepts two documents that both lack the key."""
    coll = db[PROBE_COLLECTION]
    await coll.drop()
    await coll.create_index([("k", 1)], unique=True, name="k_1")
    try:
        await coll.insert_many([{"_id": "a"}, {"_id": "b"}])
        return True
    except DuplicateKeyError:
        return False
    finally:
        await coll.drop()


async def ensure_indexes(
    db: AsyncDatabase[dict[str, Any]], models: Iterable[EntityModel], caps: Capabilities
) -> list[IndexAction]:
    """Create or fix every declared index; return what was done, one line per index."""
    actions: list[IndexAction] = []
    models = list(models)
    needs_probe = not caps.partial_indexes and any(
        i.only_when_present for m in models for i in m.indexes
    )
    if needs_probe and not await probe_missing_values_distinct(db):
        raise RuntimeError(
            "the database has neither partial indexes nor unique indexes that ignore "
            "missing values; 'unique when present' cannot be enforced"
        )
    for model in models:
        coll = db[model.collection]
        existing = await coll.index_information()
        for index in (*model.indexes, *model.list_indexes):
            opts, note = _options(index, caps)
            current = existing.get(index.name)
            if current is not None and _matches(current, index, opts):
                action = "unchanged"
            else:
                if current is not None:
                    await coll.drop_index(index.name)
                await coll.create_index(list(index.keys), **opts)
                action = "recreated" if current is not None else "created"
            if note:
                action = f"{action} ({note})"
            actions.append(IndexAction(model.collection, index.name, action))
    return actions


async def ping(client: AsyncMongoClient[dict[str, Any]]) -> bool:
    """Whether the database answers a ping."""
    try:
        await client.admin.command("ping")
        return True
    except Exception:  # any failure means "not serving"
        return False
