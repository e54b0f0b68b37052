"""The process's signal that a call found the database unavailable.

Health is a periodic ping (`app.Modelstore._watch_health`), every few seconds while the
database answers. A call that fails with DATABASE_UNAVAILABLE is fresher news than the last
ping: it notifies this signal, and the health watcher pings at once, so a failover or an
outage turns health NOT_SERVING within milliseconds of the first failed call instead of at
the next tick (and a load balancer stops sending work to this server that soon).
"""

from __future__ import annotations

import asyncio
import contextlib


class OutageSignal:
    """Set by a failed call, waited for by the health watcher."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        """Note that a call just found the database unavailable."""
        self._event.set()

    async def wait(self, seconds: float) -> bool:
        """Wait up to `seconds` for a notification; return whether one came (and clear it)."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self._event.wait()
        came = self._event.is_set()
        self._event.clear()
        return came


outages = OutageSignal()
"""The one signal of this process (every server in it rechecks: a ping each, harmless)."""
