"""The change log: the events of committed writes, in `modelstore.changes`, by position.

Each event's `_id` is its position (`storage.change_capture.POSITION_DIGITS` hex digits),
which sorts in commit order; its resume token is that position. The log is appended to by
one capture at a time and trimmed by it (`trim`): events older than the retention go, and
the `horizon` (in `modelstore.change_state`) records the last position trimmed, before the
delete, so a token at or before it is known to be gone (FAILED_PRECONDITION, never a silent
gap) and one after it is whole.

The log can also have a hole in the middle: when the capture's source had to begin anew
(a PostgreSQL failover: the promoted standby has no copy of the primary's logical slot),
writes committed between the last event the log holds and the new slot's start have no
event. `note_gap` records that range (the `gap` document of `modelstore.change_state`)
before the capture appends anything after it, and a token or start time before its end is
refused with FAILED_PRECONDITION, as a trimmed one is, so no reader crosses it unaware.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .. import errors
from ..storage.change_capture import ORIGIN
from ..storage.documents import Documents
from ..storage.indexes import IndexSpec

Doc = dict[str, Any]
log = logging.getLogger("modelstore.changes")

COLLECTION = "modelstore.changes"
STATE = "modelstore.change_state"
_TOKEN = re.compile(r"[0-9a-f]{22}")

INDEXES = (
    IndexSpec(COLLECTION, "tenant_1__id_1", (("tenant", 1), ("_id", 1))),
    IndexSpec(COLLECTION, "entityType_1__id_1", (("entityType", 1), ("_id", 1))),
    IndexSpec(COLLECTION, "commitTime_1", (("commitTime", 1),)),
)
"""What a feed read filters on before its position range: the caller's tenant, the watched
types, and a start time."""


def parse_token(token: str, field: str) -> str:
    """Return the position a resume token names; INVALID_ARGUMENT for a malformed one."""
    if not _TOKEN.fullmatch(token):
        raise errors.invalid_field(
            field, "not a resume token of this feed", f"{field} is not a resume token"
        )
    return token


@dataclass(frozen=True)
class Horizon:
    """How far the log has been trimmed."""

    position: str
    """The last position trimmed (`ORIGIN` when nothing was)."""
    before: dt.datetime | None
    """Events committed before this time may be gone (None when nothing was trimmed)."""


class ChangeLog:
    """Appends, trims and pages the change log of one database."""

    def __init__(self, events: Documents, state: Documents) -> None:
        self.events = events
        self.state = state

    async def append(self, docs: Sequence[Doc]) -> int:
        """Store events in position order; those already stored are skipped."""
        return await self.events.append(docs) if docs else 0

    async def horizon(self) -> Horizon:
        """Return how far the log has been trimmed."""
        doc = await self.state.find_one({"_id": "horizon"})
        if doc is None:
            return Horizon(ORIGIN, None)
        before = doc.get("before")
        if isinstance(before, dt.datetime) and before.tzinfo is None:
            before = before.replace(tzinfo=dt.UTC)
        return Horizon(str(doc.get("position", ORIGIN)), before)

    async def gap(self) -> str:
        """Return the end of the newest gap in the log (`ORIGIN` when it has none)."""
        doc = await self.state.find_one({"_id": "gap"})
        return ORIGIN if doc is None else str(doc.get("position", ORIGIN))

    async def note_gap(self, began: str) -> bool:
        """Record that the source began anew at `began`; return whether that left a gap.

        It did when the log already holds events (or trimmed some) before `began`: the
        writes committed between the newest of them and `began` may have no event. A log
        that never held anything has no gap (the first start).
        """
        latest = await self.latest()
        if latest == ORIGIN or latest >= began:
            return False
        await self.state.put(
            "gap", {"after": latest, "position": began, "at": dt.datetime.now(dt.UTC)}
        )
        log.warning(
            "the change capture began anew at %s (its replication slot was gone, as after a"
            " failover): writes committed after %s and before it may have no event; a token"
            " or start time before it is refused with FAILED_PRECONDITION",
            began,
            latest,
        )
        return True

    async def latest(self) -> str:
        """Return the position of the newest event (the horizon's when the log is empty)."""
        doc = await self.events.find_one({}, {"_id": 1}, sort=[("_id", -1)])
        if doc is not None:
            return str(doc["_id"])
        return (await self.horizon()).position

    async def check_resumable(self, position: str, field: str) -> None:
        """Raise FAILED_PRECONDITION when events after `position` may have been trimmed."""
        horizon = await self.horizon()
        if position < horizon.position:
            raise errors.invalid_state(
                f"{field} is older than the retained change history (events up to"
                f" {horizon.position} were removed); start again without it",
                field,
            )
        await self.check_gap(position, field)

    async def check_gap(self, position: str, field: str, gap: str | None = None) -> None:
        """Raise FAILED_PRECONDITION when a gap of the log lies after `position`.

        `gap` is the gap's end when the caller knows it (`gap()` otherwise).
        """
        end = await self.gap() if gap is None else gap
        if position < end:
            raise errors.invalid_state(
                f"the change history after {field} has a gap: events committed before"
                f" {end} may be missing (the change capture began anew, as after a database"
                " failover); start again without it and re-read the entities",
                field,
            )

    async def position_at(self, at: dt.datetime, field: str) -> str:
        """Return the position just before the first event committed at or after `at`."""
        horizon = await self.horizon()
        if horizon.before is not None and at < horizon.before:
            raise errors.invalid_state(
                f"{field} is older than the retained change history, which starts at"
                f" {horizon.before.isoformat()}",
                field,
            )
        doc = await self.events.find_one(
            {"commitTime": {"$lt": at}}, {"_id": 1}, sort=[("commitTime", -1), ("_id", -1)]
        )
        position = str(doc["_id"]) if doc is not None else horizon.position
        await self.check_gap(position, field)
        return position

    async def read(self, condition: Doc, after: str, upto: str, limit: int) -> list[Doc]:
        """Return events matching `condition` with `after < position <= upto`, in order.

        At most `limit`, and possibly fewer although more match (one batch stops at 16 MB):
        the window is read to its end only when this returns none.
        """
        window = {"_id": {"$gt": after, "$lte": upto}}
        query = {"$and": [condition, window]} if condition else window
        # Along the primary key: a window is usually the few events since the last read.
        return await self.events.walk(query, limit)

    async def trim(self, now: dt.datetime, retention: dt.timedelta) -> int:
        """Remove events committed before `now - retention`; return how many went."""
        before = now - retention
        last = await self.events.find_one(
            {"commitTime": {"$lt": before}}, {"_id": 1}, sort=[("commitTime", -1), ("_id", -1)]
        )
        if last is None:
            return 0
        position = str(last["_id"])
        # The horizon first: a reader never sees the log shorter than the horizon says.
        await self.state.put("horizon", {"position": position, "before": before})
        return await self.events.delete_many({"_id": {"$lte": position}})
