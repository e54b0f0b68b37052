"""How a deep `_id`-ordered page is read where no secondary index is ordered (DocumentDB).

A List page in `_id` order after a page token is the matching rows after the cursor, first
51. With an ordered `{tenant, _id}` index (MongoDB) that is one range scan. DocumentDB 0.106
has one ordered index, the primary key, in `_id` order across all tenants, so the page is
either a walk of the primary key from the cursor that skips non-matching rows (it reads
about `limit / share` rows, `share` being the matching rows' part of the collection) or a
fetch of every matching row after the cursor through a secondary index, then a sort (it
reads all of them). PostgreSQL's planner prices both from estimates that miss the share of
one tenant, and sorted 100,000 rows for a deep page of a large tenant (75-105 ms at 1M
documents, where the walk takes 15 ms).

So the page is planned here, from the share measured with a count: when the walk reads at
most `WALK_ROWS` rows, it is hinted (`hint: {_id: 1}`); otherwise the planner chooses,
which for a small tenant is the sort of its own few rows. The count runs once per query
shape and `SHARE_TTL` (a deep page of that query reuses it), so paging costs no extra
round trip after the first token.
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from collections.abc import Sequence

WALK_ROWS = 5000
"""Most rows a primary-key walk may read for one page (at ~1 µs a row: a few ms)."""
SHARE_TTL = 60.0
"""Seconds a measured share is used before it is counted again."""
MAX_SHAPES = 1024
"""Query shapes whose share is remembered (least recently used dropped first)."""


class PagePlanner:
    """Measured shares of query shapes, and the hint each deep page gets."""

    def __init__(self) -> None:
        self._shares: OrderedDict[bytes, tuple[float, float]] = OrderedDict()

    def cached(self, key: bytes) -> float | None:
        """Return the share measured for `key` within `SHARE_TTL`, or None."""
        entry = self._shares.get(key)
        if entry is None or entry[1] < time.monotonic():
            return None
        self._shares.move_to_end(key)
        return entry[0]

    def remember(self, key: bytes, share: float) -> None:
        """Keep the share measured for `key`."""
        self._shares[key] = (share, time.monotonic() + SHARE_TTL)
        self._shares.move_to_end(key)
        while len(self._shares) > MAX_SHAPES:
            self._shares.popitem(last=False)

    @staticmethod
    def key(collection: str, shape: bytes) -> bytes:
        """Return the cache key of a query shape: its collection and what names it."""
        digest = hashlib.blake2b(digest_size=16)
        digest.update(collection.encode())
        digest.update(shape)
        return digest.digest()

    @staticmethod
    def walks(share: float, limit: int) -> bool:
        """Whether a primary-key walk reads few enough rows for a page of `limit`."""
        return share > 0 and limit / share <= WALK_ROWS


def id_order(sort: Sequence[tuple[str, int]]) -> bool:
    """Whether a sort is the `_id` order alone (the one the primary key holds)."""
    return len(sort) == 1 and sort[0][0] == "_id"
