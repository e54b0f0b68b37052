"""How ids are stored: the one place that decides between a string and a BSON ObjectId.

An id field (an entity's `id`, a reference, a tenant field, an id inside a sub-document)
declares its stored type with `(modelstore.v1.field).id_type`: a string, the default, or
an ObjectId where the seed's Mongoose model declares `Schema.Types.ObjectId` or no `_id`.
The API is a string either way; an ObjectId is its 24 lowercase hex characters.

Every other module asks an `IdCodec` instead of looking at the type:

- `stored(api)` is the form a write stores: an ObjectId for a 24-hex value of an
  ObjectId field, the string itself otherwise (an id an earlier version stored as a UUID
  keeps working under the new declaration);
- `matching(api)` is the form a query compares with, **whatever the declared type**: a
  seed app or a hand-written script may have stored `_id: "665f..."` in an ObjectId
  collection, and better-auth ObjectIds in a string one, so a 24-hex value matches both
  forms in one `$in` (one round trip, on the same index);
- `new()` and `derived(seed)` make the ids of created entities, of the declared type.

Decoding needs nothing here: a string field reads an ObjectId as `str(oid)`, its hex.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bson import ObjectId

_HEX24 = re.compile(r"[0-9a-f]{24}\Z")
MIN_OBJECT_ID = ObjectId(b"\x00" * 12)
"""The least ObjectId: `{$gte: MIN_OBJECT_ID}` is every ObjectId (type bracketing)."""


def is_object_id_text(value: object) -> bool:
    """Whether `value` is an ObjectId's API form: exactly 24 lowercase hex characters."""
    return isinstance(value, str) and _HEX24.match(value) is not None


def api_text(value: Any) -> str:
    """Return a stored id as the API spells it (an ObjectId as its 24 hex characters)."""
    return value if isinstance(value, str) else str(value)


def forms(value: Any) -> list[Any]:
    """Return every stored form an id may take: both for 24-hex text, else the value."""
    if is_object_id_text(value):
        return [ObjectId(value), value]
    if isinstance(value, ObjectId):
        return [value, str(value)]
    return [value]


def matching(value: Any) -> Any:
    """Return the query value that finds the id `value` in either stored form."""
    if type(value) is str and len(value) != 24:
        return value  # no ObjectId's text: its one form (every Get's id and tenant)
    both = forms(value)
    return both[0] if len(both) == 1 else {"$in": both}


def matching_any(values: Iterable[Any]) -> list[Any]:
    """Return the `$in` list that finds each of `values` in either stored form."""
    return [form for value in values for form in forms(value)]


def same(stored: Any, value: Any) -> bool:
    """Whether a stored id (of either form) is the id `value` (either form too)."""
    if stored is None or value is None:
        return stored is value
    return api_text(stored) == api_text(value)


@dataclass(frozen=True, slots=True)
class IdCodec:
    """The stored type of one id field."""

    object_id: bool
    """Whether the field is declared ID_TYPE_OBJECT_ID."""

    def stored(self, value: Any) -> Any:
        """Return the form a write stores for API id `value`."""
        if self.object_id and is_object_id_text(value):
            return ObjectId(value)
        return api_text(value)

    def new(self) -> str:
        """Return a new id of the declared type, in its API form."""
        return str(ObjectId()) if self.object_id else str(uuid.uuid4())

    def derived(self, namespace: uuid.UUID, seed: str) -> str:
        """Return the id an idempotent create derives from `seed` (the same every retry).

        A UUIDv5 for strings; for ObjectIds, 12 bytes of a SHA-256 of the same name: its
        "timestamp" bytes then carry no time, which nothing of ours reads.
        """
        if not self.object_id:
            return str(uuid.uuid5(namespace, seed))
        digest = hashlib.sha256(namespace.bytes + seed.encode("utf-8")).digest()
        return digest[:12].hex()

    def refusal(self, value: str) -> str | None:
        """Why a client-chosen id cannot be stored as this type, or None when it can."""
        if self.object_id and not is_object_id_text(value):
            return "must be an ObjectId: 24 lowercase hex characters"
        return None


STRING = IdCodec(object_id=False)
OBJECT_ID = IdCodec(object_id=True)
