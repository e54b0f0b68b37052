"""The capture: the database's committed writes, appended to the change log as events.

One capture runs per database across all servers: the source's lock (PostgreSQL) or lease
(MongoDB) lets one process read, and the others retry every few seconds, so a capture
killed with kill -9 is taken over. Each round reads a batch of committed writes, appends
their events to the log, and only then confirms the batch to the source, so a crash at any
point re-reads and re-appends (the log skips what it holds): no committed write is without
its event, and none has two.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from collections.abc import Callable, Mapping

from ..errors import loggable
from ..observability import metrics
from ..storage.change_capture import CaptureBusy, ChangeSource
from .events import EntityShape, event_doc
from .log import ChangeLog
from .tail import Tail

log = logging.getLogger("modelstore.changes")

BATCH = 500
"""Committed writes read per round."""
IDLE_SECONDS = 0.1
"""The longest pause after a round that found nothing. A write through this process wakes
the capture at once (`nudge`), so this bounds the latency of other writers' changes (a
seed's own app, another server's calls), at the cost of one read of the log per pause
(about 5 ms of PostgreSQL's time when idle)."""
RETRY_SECONDS = 2.0
"""The pause before trying again after losing the source (or finding it taken)."""
TRIM_SECONDS = 60.0
"""How often the log is trimmed to its retention."""


class Capture:
    """Reads committed writes from a source and appends their events to the log."""

    def __init__(
        self,
        source: Callable[[], ChangeSource],
        log_: ChangeLog,
        shapes: Mapping[str, EntityShape],
        tail: Tail,
        retention: dt.timedelta,
    ) -> None:
        self._source = source
        self._log = log_
        self._shapes = shapes
        self._tail = tail
        self._retention = retention
        self.capturing = False
        """Whether this process holds the source (for health and metrics)."""
        self.captured = 0
        """Events this process appended."""
        self._nudged = asyncio.Event()

    def nudge(self) -> None:
        """Note that this process just committed a write: read the log now."""
        self._nudged.set()

    async def run(self) -> None:
        """Capture until cancelled, taking the source over whenever it is free."""
        while True:
            source = self._source()
            try:
                await source.open()
            except CaptureBusy:
                await asyncio.sleep(RETRY_SECONDS)
                continue
            except Exception as exc:
                log.warning("change capture cannot start (%s); retrying", loggable(exc))
                await asyncio.sleep(RETRY_SECONDS)
                continue
            self.capturing = True
            metrics.CAPTURING.set(1)
            try:
                await self._note_gap(source)
                await self._rounds(source)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("change capture stopped (%s); resuming", loggable(exc))
                await asyncio.sleep(RETRY_SECONDS / 4)
            finally:
                self.capturing = False
                metrics.CAPTURING.set(0)
                try:
                    await asyncio.shield(source.close())
                except Exception as exc:  # a connection already gone
                    log.debug("closing the change source: %s", loggable(exc))

    async def _note_gap(self, source: ChangeSource) -> None:
        """Record a gap before appending anything after it, when the source began anew."""
        if source.began is not None:
            # Told before the source forgets where it began: a failure in between makes
            # the next open tell the log again (storage/change_capture.py).
            await self._log.note_gap(source.began)
            await source.began_noted()
        self._tail.mark_gap(await self._log.gap())

    async def _rounds(self, source: ChangeSource) -> None:
        trimmed = 0.0
        while True:
            if time.monotonic() - trimmed > TRIM_SECONDS:
                removed = await self._log.trim(dt.datetime.now(dt.UTC), self._retention)
                if removed:
                    log.info("trimmed %d change events past the retention", removed)
                trimmed = time.monotonic()
            self._nudged.clear()
            raws = await source.read(BATCH)
            if not raws:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(IDLE_SECONDS):
                        await self._nudged.wait()
                continue
            docs = [
                event_doc(raw, self._shapes[raw.collection])
                for raw in raws
                if raw.collection in self._shapes
            ]
            appended = await self._log.append(docs)
            self.captured += appended
            metrics.CAPTURED.inc(appended)
            metrics.CAPTURE_LAG.observe(
                max(0.0, (dt.datetime.now(dt.UTC) - raws[-1].commit_time).total_seconds())
            )
            await source.confirm(raws[-1].position)
            if docs:
                self._tail.advance(str(docs[-1]["_id"]))
