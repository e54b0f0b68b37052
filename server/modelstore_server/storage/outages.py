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
    """Set by a failed call, waited for by the health watcher.

    Not an `asyncio.Event`, which binds to the first loop that waits on it: this object is
    the process's, and the servers of one process (tests, benchmarks) may run on different
    loops over time. Each wait is a future of the waiter's own loop.
    """

    def __init__(self) -> None:
        self._pending = False
        self._waiters: set[asyncio.Future[None]] = set()

    def notify(self) -> None:
        """Note that a call just found the database unavailable."""
        self._pending = True
        for waiter in list(self._waiters):
            if not waiter.done():
                waiter.get_loop().call_soon_threadsafe(_settle, waiter)

    async def wait(self, seconds: float) -> bool:
        """Wait up to `seconds` for a notification; return whether one came (and clear it).

        A notification that came while nobody waited is returned at once.
        """
        if not self._pending:
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.add(waiter)
            try:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(seconds):
                        await waiter
            finally:
                self._waiters.discard(waiter)
        came, self._pending = self._pending, False
        return came


def _settle(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)


outages = OutageSignal()
"""The one signal of this process (every server in it rechecks: a ping each, harmless)."""
