"""The database connection: the one place that makes a driver client.

Everything above storage holds a `Client` or a `Database` (the driver's types, named here)
and never constructs or configures one itself, so every connection of the server is made
with the same options: timezone-aware datetimes (every stored time is UTC), a bounded
server selection, so an unreachable database is UNAVAILABLE within a known time, and the
durability a replica set needs (docs/deployment.md): every write waits for a majority of
the set (`w: majority`, so an acknowledged write survives the loss of the primary), and the
driver retries a write or read once on a new primary after a failover (retryable writes and
reads; a standalone server or FerretDB ignores both).
"""

from __future__ import annotations

from typing import Any, TypeAlias

from pymongo import AsyncMongoClient, ReadPreference
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.read_preferences import _ServerMode

Client: TypeAlias = AsyncMongoClient[dict[str, Any]]
Database: TypeAlias = AsyncDatabase[dict[str, Any]]


def open_client(
    uri: str,
    selection_timeout_ms: int,
    connect_timeout_ms: int | None = None,
) -> Client:
    """Return a client of `uri` (connections are made lazily, on first use)."""
    options: dict[str, Any] = {
        "serverSelectionTimeoutMS": selection_timeout_ms,
        "tz_aware": True,
        # Stated, not left to the URI: an acknowledged write must not be one a failover can
        # roll back, and a write cut off by a failover is retried once by the driver.
        "w": "majority",
        "retryWrites": True,
        "retryReads": True,
    }
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


ReadMode: TypeAlias = _ServerMode
"""A read preference, as the driver takes it (`read_preference` makes one)."""

_READ_PREFERENCES: dict[str, _ServerMode] = {
    "primary": ReadPreference.PRIMARY,
    "primaryPreferred": ReadPreference.PRIMARY_PREFERRED,
    "secondary": ReadPreference.SECONDARY,
    "secondaryPreferred": ReadPreference.SECONDARY_PREFERRED,
    "nearest": ReadPreference.NEAREST,
}


def read_preference(mode: str) -> _ServerMode:
    """Return the driver's read preference of a mode named as in `config.READ_PREFERENCES`."""
    return _READ_PREFERENCES[mode]
