"""The database connection: the one place that makes a driver client.

Everything above storage holds a `Client` or a `Database` (the driver's types, named here)
and never constructs or configures one itself, so every connection of the server is made
with the same options: timezone-aware datetimes (every stored time is UTC) and a bounded
server selection, so an unreachable database is UNAVAILABLE within a known time.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

Client: TypeAlias = AsyncMongoClient[dict[str, Any]]
Database: TypeAlias = AsyncDatabase[dict[str, Any]]


def open_client(
    uri: str,
    selection_timeout_ms: int,
    connect_timeout_ms: int | None = None,
) -> Client:
    """Return a client of `uri` (connections are made lazily, on first use)."""
    options: dict[str, Any] = {"serverSelectionTimeoutMS": selection_timeout_ms, "tz_aware": True}
    if connect_timeout_ms is not None:
        options["connectTimeoutMS"] = connect_timeout_ms
    return AsyncMongoClient(uri, **options)


async def answers(client: Client) -> bool:
    """Whether the database answers a ping now (any failure: it does not)."""
    try:
        await client.admin.command("ping")
    except Exception:
        return False
    return True
