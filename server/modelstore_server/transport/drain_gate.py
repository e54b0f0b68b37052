"""The drain gate: refuses calls with UNAVAILABLE once shutdown starts, none cut off.

grpc.aio picks calls up from the core one at a time; calls the core has accepted but
Python has not picked up yet are CANCELLED by `server.stop()`, grace or not. So shutdown
first closes this gate and waits until arrivals go quiet (each late call answered
UNAVAILABLE, which clients retry), and only then stops the server, whose grace period lets
the calls already running finish. `transport.pipeline` notes every arrival here.
"""

from __future__ import annotations

import asyncio
import time


class DrainGate:
    """Arrival times of calls, and whether new calls are still let in."""

    QUIET = 0.2
    """Seconds without a new call after which no accepted call is left waiting."""

    def __init__(self) -> None:
        self.draining = False
        self.last_call = 0.0

    def arrive(self) -> bool:
        """Note a call's arrival; return whether it may run (False once draining)."""
        self.last_call = time.monotonic()
        return not self.draining

    async def close(self, limit: float) -> None:
        """Refuse new calls; wait (at most `limit` seconds) until none has arrived lately."""
        self.draining = True
        deadline = time.monotonic() + limit
        while True:
            wait = min(deadline, self.last_call + self.QUIET) - time.monotonic()
            if wait <= 0:
                return
            await asyncio.sleep(wait)
