"""Database metrics without the driver's event listeners: timed operations, sampled pools.

pymongo's command and pool listeners would be the natural source, but registering any
takes the driver off its fast paths (a telemetry object and five event objects per
GetUser, the slow checkout and checkin): measured end to end, that cost 8% of a GetUser's
CPU against 1% for everything else metrics do (docs/performance.md, "Metrics"). So:

- each operation of `Documents` (one round trip, or a few: an insert run again after a
  write conflict, a page that counts first) is timed around the driver call, by the
  operation's name, when metrics are on (`time_operations`), and costs nothing when off;
- the pools' open and checked-out connections are read every second (`sample_pools`)
  from the driver's pool objects. They are private attributes (`_topology._servers`,
  `pool.conns`, `pool.active_sockets`); when a driver version renames them the gauges
  stay 0 and tests/observability fails, rather than the server.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Awaitable, Callable
from typing import Any

from ..observability import metrics
from .connection import Client

OPERATIONS = (
    "find_one",
    "find",
    "find_page",
    "walk",
    "ids",
    "distinct",
    "count",
    "insert",
    "insert_many",
    "update",
    "append",
    "put",
    "claim",
    "delete_one",
    "delete_many",
)
"""The public operations of `Documents`, each timed under its own name."""
SAMPLE_SECONDS = 1.0


def _timed(name: str, operation: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    duration = metrics.DB_OPERATIONS.labels(name)
    failures = metrics.DB_ERRORS.labels(name)

    @functools.wraps(operation)
    async def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return await operation(*args, **kwargs)
        except Exception:
            failures.inc()
            raise
        finally:
            duration.observe(time.perf_counter() - started)

    return timed


def time_operations(documents: object) -> None:
    """Replace a `Documents`' operations by timed ones (on this instance only)."""
    for name in OPERATIONS:
        setattr(documents, name, _timed(name, getattr(documents, name)))


def pool_use(client: Client) -> tuple[int, int]:
    """Return (open, checked out) connections over the client's pools (0, 0 if unknown)."""
    topology = getattr(client, "_topology", None)
    servers = getattr(topology, "_servers", None) or {}
    opened = in_use = 0
    for server in list(servers.values()):
        pool = getattr(server, "pool", None)
        active = getattr(pool, "active_sockets", 0)
        idle = getattr(pool, "conns", ())
        if isinstance(active, int):
            in_use += active
            opened += active + len(idle)
    return opened, in_use


async def sample_pools(client: Client) -> None:
    """Set the pool gauges from the client's pools every second, until cancelled."""
    while True:
        opened, in_use = pool_use(client)
        metrics.POOL_OPEN.set(opened)
        metrics.POOL_IN_USE.set(in_use)
        await asyncio.sleep(SAMPLE_SECONDS)
