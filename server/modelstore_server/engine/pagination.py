"""Keyset page tokens (AIP-158): no skip, no offset, bound to their query, signed.

A token holds the sort-key values of the last document of the page and a digest of the
query it was issued for (entity, tenant, filter, order_by, show_deleted). The next page
asks for documents strictly after those values in sort order, which an index on the sort
keys answers directly however deep the page is. A token presented with any other query is
INVALID_ARGUMENT.

A filter with relative times (`now-1h`) is evaluated at one instant per listing: the
first page reads the clock, and its token carries that instant (`n`), which every later
page compares with, so the window does not move between pages and the token stays bound to
the filter's text (the digest), not to the clock.

The values of a token end up inside a query, so a token is signed (HMAC-SHA256 under a key
derived from the server's keyring, `Keyring.derive`), and its values are checked against
the kinds of the sort's fields even when the signature holds: a string key's value must be
a string, a timestamp's a datetime, and nothing is ever a document, array, regex or code,
so no operator can reach the query through a token. A token the server did not sign
(including the unsigned tokens of version 1) is INVALID_ARGUMENT (INVALID_PAGE_TOKEN).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import bson
from bson import ObjectId
from bson.errors import BSONError

from .. import errors
from ..errors import InvalidArgument
from .field_plan import FieldKind
from .ordering import SortKey
from .stored_ids import MIN_OBJECT_ID

_VERSION = b"\x02"
"""The first byte of a token; version 1 tokens (unsigned BSON) are no longer accepted."""
_MAC_BYTES = 32
PURPOSE = "page-token/v2"
"""The `Keyring.derive` purpose of the signing keys."""


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


def _fits(key: SortKey, value: Any) -> bool:
    """Whether `value` is a plain stored value of a sortable field (or null)."""
    kind = key.kind
    if value is None:
        return True  # a missing value sorts as null
    if key.ids and isinstance(value, ObjectId):
        return True  # an id stored as an ObjectId
    if kind in (FieldKind.STRING, FieldKind.ENUM):
        return isinstance(value, str)
    if kind is FieldKind.BOOL:
        return isinstance(value, bool)
    if kind is FieldKind.INT:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is FieldKind.FLOAT:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind is FieldKind.TIMESTAMP:
        return isinstance(value, dt.datetime)
    if kind is FieldKind.BYTES:
        return isinstance(value, bytes)  # bson.Binary is a bytes subclass
    return False  # ordering refuses every other kind; nothing else belongs in a query


class PageTokens:
    """Issues and reads the page tokens of a server: signed, bound, type-checked."""

    def __init__(self, keys: Sequence[tuple[str, bytes]]) -> None:
        """`keys`: (key id, 32-byte key) pairs, the signing key first (`Keyring.derive`)."""
        if not keys:
            raise ValueError("page tokens need at least one signing key")
        self._sign_key = keys[0][1]
        self._keys = tuple(key for _, key in keys)

    @staticmethod
    def _mac(key: bytes, payload: bytes) -> bytes:
        return hmac.new(key, _VERSION + payload, hashlib.sha256).digest()

    def encode(
        self,
        last: Mapping[str, Any],
        sort: Sequence[SortKey],
        digest: bytes,
        now: dt.datetime | None = None,
    ) -> str:
        """Make the token that continues after `last`; `now`: the filter's instant, if any."""
        fields: dict[str, Any] = {"d": digest, "k": [get_path(last, s.key) for s in sort]}
        if now is not None:
            fields["n"] = now
        payload = bson.encode(fields)
        raw = _VERSION + self._mac(self._sign_key, payload) + payload
        return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")

    def decode(self, token: str, sort: Sequence[SortKey], digest: bytes) -> list[Any]:
        """Return the last values a token carries, after checking it belongs to this query."""
        return self.cursor(token, sort, digest).values

    def cursor(self, token: str, sort: Sequence[SortKey], digest: bytes) -> Cursor:
        """Return what a token carries, after checking it belongs to this query."""
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        except (binascii.Error, ValueError):
            raise _bad("page_token is malformed") from None
        if len(raw) <= 1 + _MAC_BYTES or raw[:1] != _VERSION:
            raise _bad("page_token is malformed")
        mac, payload = raw[1 : 1 + _MAC_BYTES], raw[1 + _MAC_BYTES :]
        # Every configured key is tried (constant time each), so tokens signed before a
        # key rotation still read; the signature is checked before anything is parsed.
        if not any(hmac.compare_digest(mac, self._mac(key, payload)) for key in self._keys):
            raise _bad("page_token was not issued by this server, or was altered")
        try:
            decoded: dict[str, Any] = bson.decode(
                payload, codec_options=bson.CodecOptions(tz_aware=True)
            )
        except (BSONError, ValueError, TypeError, IndexError):
            raise _bad("page_token is malformed") from None
        values = decoded.get("k")
        if not isinstance(values, list) or len(values) != len(sort):
            raise _bad("page_token is malformed")
        if decoded.get("d") != digest:
            raise _bad("page_token was issued for a different filter, order_by or tenant")
        # A signed token holds only what the server wrote, but a token is still never
        # trusted to be a query: each value must be a plain value of its key's kind.
        if not all(_fits(s, v) for s, v in zip(sort, values, strict=True)):
            raise _bad("page_token does not match the order's fields")
        now = decoded.get("n")
        if now is not None and not isinstance(now, dt.datetime):
            raise _bad("page_token is malformed")
        return Cursor(values, now)


@dataclass(frozen=True, slots=True)
class Cursor:
    """What a page token carries."""

    values: list[Any]
    """The sort-key values of the last row of the previous page."""
    now: dt.datetime | None
    """The instant the listing's relative times were evaluated at, if its filter has any."""


def _other_types(sort_key: SortKey, value: Any) -> dict[str, Any] | None:
    """Return the values of the other id type that sort after `value`, or None.

    An id key may hold strings and ObjectIds alike (`stored_ids`). Strings sort before
    ObjectIds, and `$gt`/`$lt` compare within one BSON type only, so a page that ends on
    a string continues into the ObjectIds (ascending), and one that ends on an ObjectId
    into the strings (descending): each a range of its own on the same index.
    """
    if not sort_key.ids:
        return None
    if sort_key.direction == 1 and isinstance(value, str):
        return {sort_key.key: {"$gte": MIN_OBJECT_ID}}
    if sort_key.direction == -1 and isinstance(value, ObjectId):
        return {sort_key.key: {"$gte": ""}}  # every string
    return None


def _after(sort_key: SortKey, value: Any, *, other_types: bool) -> dict[str, Any] | None:
    """Documents strictly after `value` on one key; missing values sort first (as null).

    `other_types` adds the other id type's values that sort after it (`_other_types`).
    """
    key, direction = sort_key.key, sort_key.direction
    after: dict[str, Any]
    if direction == 1:
        after = {key: {"$ne": None}} if value is None else {key: {"$gt": value}}
    elif value is None:
        return None  # nothing sorts below null in descending order
    else:
        after = {"$or": [{key: {"$lt": value}}, {key: None}]}
    beyond = _other_types(sort_key, value) if other_types else None
    return after if beyond is None else {"$or": [after, beyond]}


def keyset_condition(sort: Sequence[SortKey], values: Sequence[Any]) -> dict[str, Any]:
    """Build `(k1, k2, ...) > (v1, v2, ...)` in sort order as a MongoDB query.

    A sort on `_id` alone (the default order) leaves the other id type to
    `keyset_continuation`, so that the page's condition stays one range of the primary key
    (a key walk from the token on DocumentDB, not a scan of the index under an `$or`).
    """
    single = len(sort) == 1
    branches: list[dict[str, Any]] = []
    for i, key in enumerate(sort):
        after = _after(key, values[i], other_types=not single)
        if after is None:
            continue
        equal = [{s.key: values[j]} for j, s in enumerate(sort[:i])]
        branches.append({"$and": [*equal, after]} if equal else after)
    if not branches:
        return {"_id": {"$exists": False}}
    return branches[0] if len(branches) == 1 else {"$or": branches}


def keyset_continuation(sort: Sequence[SortKey], values: Sequence[Any]) -> dict[str, Any] | None:
    """Return the rows after a single-key page's range, of the other id type, or None.

    Read only when the range ran out before the page was full: one more indexed query on
    the last page of a List whose token ended on a string id (ascending).
    """
    if len(sort) != 1:
        return None
    return _other_types(sort[0], values[0])
