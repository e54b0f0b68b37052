"""Create the declared indexes, idempotently.

Unique, partial ("unique when present") and TTL indexes are native on every supported
backend (MongoDB 6+, FerretDB v2 with DocumentDB), so each declared index is created as
declared; an existing index whose shape differs is dropped and made again. The indexes
arrive as plain `IndexSpec`s: storage knows nothing of entities (the engine converts its
models, `EntityModel.index_specs`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

from .capabilities import Capabilities

log = logging.getLogger("modelstore.indexes")


@dataclass(frozen=True)
class IndexSpec:
    """One index to exist on one collection."""

    collection: str
    """The collection it belongs to."""
    name: str
    """The index name."""
    keys: tuple[tuple[str, int], ...]
    """(document key, 1 or -1) pairs."""
    unique: bool = False
    """Whether the index is unique."""
    only_when_present: bool = False
    """Whether it covers only documents that have every key (a partial index)."""
    expire_after_seconds: int = 0
    """TTL in seconds after the date in the first key, or 0 for none."""


@dataclass(frozen=True)
class IndexAction:
    """What migrate did to one index."""

    collection: str
    name: str
    action: str
    """`created`, `recreated` or `unchanged`."""

    def __str__(self) -> str:
        return f"{self.collection}.{self.name}: {self.action}"


def _options(index: IndexSpec) -> dict[str, Any]:
    opts: dict[str, Any] = {"name": index.name}
    if index.unique:
        opts["unique"] = True
    if index.only_when_present:
        opts["partialFilterExpression"] = {k: {"$exists": True} for k, _ in index.keys}
    if index.expire_after_seconds > 0:
        opts["expireAfterSeconds"] = index.expire_after_seconds
    return opts


def _matches(existing: dict[str, Any], index: IndexSpec, opts: dict[str, Any]) -> bool:
    keys = [(k, int(v)) for k, v in existing.get("key", [])]
    return (
        keys == list(index.keys)
        and bool(existing.get("unique", False)) == bool(opts.get("unique", False))
        and existing.get("partialFilterExpression") == opts.get("partialFilterExpression")
        and existing.get("expireAfterSeconds") == opts.get("expireAfterSeconds")
    )


async def ensure_indexes(
    db: AsyncDatabase[dict[str, Any]], specs: Iterable[IndexSpec], caps: Capabilities
) -> list[IndexAction]:
    """Create or fix every index in `specs`; return what was done, one line per index.

    `caps` is where a backend that needs another index shape would be told apart; both
    supported backends take every declared shape as it is.
    """
    by_collection: dict[str, list[IndexSpec]] = {}
    for spec in specs:
        by_collection.setdefault(spec.collection, []).append(spec)
    actions: list[IndexAction] = []
    for collection, wanted in by_collection.items():
        coll = db[collection]
        existing = await coll.index_information()
        for index in wanted:
            opts = _options(index)
            current = existing.get(index.name)
            if current is not None and _matches(current, index, opts):
                action = "unchanged"
            else:
                if current is not None:
                    await coll.drop_index(index.name)
                await coll.create_index(list(index.keys), **opts)
                action = "recreated" if current is not None else "created"
            actions.append(IndexAction(collection, index.name, action))
    return actions


async def ping(client: AsyncMongoClient[dict[str, Any]]) -> bool:
    """Whether the database answers a ping."""
    try:
        await client.admin.command("ping")
        return True
    except Exception:  # any failure means "not serving"
        return False
