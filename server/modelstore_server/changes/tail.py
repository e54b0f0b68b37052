"""The newest position of the change log, as this process knows it, and waiting for it.

Watchers wait here instead of each polling the database: the local capture (when this
process is the one capturing) advances it as it appends, and otherwise one poll per
process, run only while someone waits, reads the log's newest position.

It also knows the end of the log's newest gap (changes/log.py): the poll reads it after the
newest position, and a capture notes it before appending past it, so a watcher that sees a
position past a gap also sees the gap.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

POLL_SECONDS = 0.1
"""How often the newest position is read while watchers wait and no local capture runs."""


class Tail:
    """The newest known position of the log, and a way to wait for a newer one."""

    def __init__(
        self, latest: Callable[[], Awaitable[str]], gap: Callable[[], Awaitable[str]]
    ) -> None:
        self._latest = latest
        self._gap = gap
        self.position = ""
        self.gap = ""
        """The end of the log's newest gap, as last read ("" before the first read)."""
        self._moved = asyncio.Event()
        self._waiters = 0
        self._poller: asyncio.Task[None] | None = None

    def advance(self, position: str) -> None:
        """Note that the log holds events up to `position`."""
        if position > self.position:
            self.position = position
            self._moved.set()
            self._moved = asyncio.Event()

    def mark_gap(self, position: str) -> None:
        """Note that the log has a gap ending at `position`."""
        self.gap = max(self.gap, position)

    async def current(self) -> str:
        """Return the newest position, reading the log when nothing is known yet."""
        if not self.position:
            self.advance(await self._latest())
        return self.position

    async def wait_past(self, position: str, seconds: float) -> str:
        """Wait until the log is past `position`, at most `seconds`; return the newest."""
        if self.position > position:
            return self.position
        self._waiters += 1
        if self._poller is None or self._poller.done():
            self._poller = asyncio.create_task(self._poll())
        try:
            moved = self._moved
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(seconds):
                    while self.position <= position:
                        await moved.wait()
                        moved = self._moved
        finally:
            self._waiters -= 1
        return self.position

    async def _poll(self) -> None:
        while self._waiters > 0:
            with contextlib.suppress(Exception):  # an unreachable database: try again
                newest = await self._latest()
                self.mark_gap(await self._gap())  # after the newest: see the module's doc
                self.advance(newest)
            await asyncio.sleep(POLL_SECONDS)

    async def close(self) -> None:
        """Stop polling."""
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
