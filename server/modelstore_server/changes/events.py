"""A committed write of an entity's document, as the event the change log keeps.

The event names the entity, its tenant, what happened (`ChangeOperation`, stored as its
lowercase name like every enum) and which fields changed, and keeps the document after the
write without its secrets: hashed and encrypted fields never enter the log, so no reader of
the feed, however it filters, can see them. The log's field names are `ChangeEvent`'s JSON
names, so AIP-160 filters over events compile with the same filter engine as entities'.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..engine.model import EntityModel
from ..storage.change_capture import RawChange
from ..storage.documents import version_of

Doc = dict[str, Any]

BOOKKEEPING = frozenset({"etag", "updatedAt"})
"""Document keys every write changes: reported by `etag` and `commit_time`, not as paths."""


@dataclass(frozen=True)
class EntityShape:
    """What the feed needs to know of one entity's documents."""

    model: EntityModel
    paths: Mapping[str, str]
    """Document key -> the field's snake_case name."""
    hidden: frozenset[str]
    """Document keys of secrets (hashes, salts) and encrypted values."""

    @classmethod
    def of(cls, model: EntityModel) -> EntityShape:
        """Return the shape of `model`'s documents."""
        paths = {**model.field_of_key, "_id": "id"}
        hidden = {model.field_keys[name] for name in model.encrypted if name in model.field_keys}
        for secret in model.secrets.values():
            hidden.update(k for k in (secret.hash_key, secret.salt_key) if k)
        return cls(model, paths, frozenset(hidden))

    def path(self, key: str) -> str:
        """Return the API path of a document key (a key another writer added: as it is)."""
        return self.paths.get(key, key)


def api_id(value: Any) -> str:
    """Return an `_id` as the API spells it (an ObjectId as its 24 hex digits)."""
    return str(value)


def event_doc(raw: RawChange, shape: EntityShape) -> Doc:
    """Return the change log document of one committed write of an entity."""
    model = shape.model
    source = raw.after if raw.after is not None else (raw.before or {})
    operation, paths = _classify(raw, shape)
    doc: Doc = {
        "_id": raw.position,
        "entityType": model.full_name,
        "entityId": api_id(raw.doc_id),
        "tenant": _tenant(source, model),
        "operation": operation,
        "changedPaths": paths,
        # The etag a Get of the document as written reports (the digest of all of it).
        "etag": version_of(raw.after) if raw.after is not None else "",
        "commitTime": raw.commit_time,
    }
    if raw.after is not None:
        doc["entity"] = {k: v for k, v in raw.after.items() if k not in shape.hidden}
    return doc


def _tenant(doc: Mapping[str, Any], model: EntityModel) -> str:
    key = model.tenant_key
    if key is None:
        return ""
    value = doc.get(key)
    return "" if value is None else str(value)


def _classify(raw: RawChange, shape: EntityShape) -> tuple[str, list[str]]:
    """Return the operation and the changed paths of a write."""
    model = shape.model
    if raw.kind == "insert":
        keys = set(raw.after or {}) - BOOKKEEPING
        return "create", _paths(shape, keys)
    if raw.kind == "delete":
        return ("expire" if _expired(raw, model) else "delete"), []
    before, after = raw.before, raw.after or {}
    if before is None:
        keys = set(raw.changed_fields) if raw.changed_fields is not None else set(after)
    else:
        keys = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    keys -= BOOKKEEPING
    operation = "update"
    flag = model.soft_delete_key
    if flag is not None and before is not None:
        was, now = before.get(flag, True), after.get(flag, True)
        if was is not False and now is False:
            operation = "soft_delete"
        elif was is False and now is not False:
            operation = "undelete"
    return operation, _paths(shape, keys)


def _paths(shape: EntityShape, keys: set[str]) -> list[str]:
    """Return the sorted field paths of changed document keys, each once.

    A secret is stored under two keys (its hash and its salt): both map to its one path.
    """
    return sorted({shape.path(k) for k in keys})


def _expired(raw: RawChange, model: EntityModel) -> bool:
    """Whether a delete is the TTL index's: the document was past its expiry when it went.

    The database's TTL job and a client's delete look alike in the log; a document removed
    after the time its TTL index would remove it is reported as expired.
    """
    if raw.before is None:
        return False
    for rule in model.ttl:
        value = raw.before.get(rule.key)
        if isinstance(value, dt.datetime):
            due = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
            if due + dt.timedelta(seconds=rule.seconds) <= raw.commit_time:
                return True
    return False
