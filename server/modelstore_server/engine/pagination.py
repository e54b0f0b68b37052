"""Keyset page tokens (AIP-158): no skip, no offset, bound to their query.

A token holds the sort-key values of the last document of the page and a digest of the
query it was issued for (entity, tenant, filter, order_by, show_deleted). The next page
asks for documents strictly after those values in sort order, which an index on the sort
keys answers directly however deep the page is. A token presented with any other query is
INVALID_ARGUMENT.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

import bson
from bson.errors import BSONError

from .. import errors
from ..errors import InvalidArgument
from .ordering import SortKey

_VERSION = 1


def _bad(message: str) -> InvalidArgument:
    return errors.invalid_page_token(message)


def query_digest(*parts: str) -> bytes:
    """Return a short digest that binds a token to the query it belongs to."""
    h = hashlib.blake2b(digest_size=12)
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.digest()


def get_path(doc: Mapping[str, Any], dotted: str) -> Any:
    """Return the value at a dotted path of a document, or None."""
    current: Any = doc
    for segment in dotted.split("."):
        if not isinstance(current, Mapping):
            return None
        current = current.get(segment)
    return current


def encode_token(last: Mapping[str, Any], sort: Sequence[SortKey], digest: bytes) -> str:
    """Make the token that continues after `last`."""
    payload = {"v": _VERSION, "d": digest, "k": [get_path(last, s.key) for s in sort]}
    return base64.urlsafe_b64encode(bson.encode(payload)).decode("ascii").rstrip("=")


def decode_token(token: str, sort: Sequence[SortKey], digest: bytes) -> list[Any]:
    """Return the last values a token carries, after checking it belongs to this query."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        payload: dict[str, Any] = bson.decode(raw, codec_options=bson.CodecOptions(tz_aware=True))
    except (binascii.Error, BSONError, ValueError, TypeError, IndexError):
        raise _bad("page_token is malformed") from None
    values = payload.get("k")
    if payload.get("v") != _VERSION or not isinstance(values, list) or len(values) != len(sort):
        raise _bad("page_token is malformed")
    if payload.get("d") != digest:
        raise _bad("page_token was issued for a different filter, order_by or tenant")
    return values


def _after(key: str, direction: int, value: Any) -> dict[str, Any] | None:
    """Documents strictly after `value` on one key; missing values sort first (as null)."""
    if direction == 1:
        return {key: {"$ne": None}} if value is None else {key: {"$gt": value}}
    if value is None:
        return None  # nothing sorts below null in descending order
    return {"$or": [{key: {"$lt": value}}, {key: None}]}


def keyset_condition(sort: Sequence[SortKey], values: Sequence[Any]) -> dict[str, Any]:
    """Build `(k1, k2, ...) > (v1, v2, ...)` in sort order as a MongoDB query."""
    branches: list[dict[str, Any]] = []
    for i, key in enumerate(sort):
        after = _after(key.key, key.direction, values[i])
        if after is None:
            continue
        equal = [{s.key: values[j]} for j, s in enumerate(sort[:i])]
        branches.append({"$and": [*equal, after]} if equal else after)
    if not branches:
        return {"_id": {"$exists": False}}
    return branches[0] if len(branches) == 1 else {"$or": branches}
