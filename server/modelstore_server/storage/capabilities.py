"""What the connected database can do, detected once at start-up.

FerretDB v1 answers `hello` as MongoDB 7, so the only reliable sign is the
`ferretdbVersion` field of `buildInfo`. It lacks partial and TTL indexes, transactions and
change streams; the engine keeps the same guarantees another way (docs/storage.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pymongo import AsyncMongoClient


@dataclass(frozen=True)
class Capabilities:
    """Features of the connected database that the engine adapts to."""

    backend: str
    """`ferretdb` or `mongodb`."""
    version: str
    """The server's own version string."""
    partial_indexes: bool
    """Whether `partialFilterExpression` is supported."""
    ttl_indexes: bool
    """Whether `expireAfterSeconds` is supported (else the server sweeps)."""
    transactions: bool
    """Whether multi-document transactions are available (a replica set or sharded cluster)."""
    atomic_conditional_writes: bool = True
    """Whether a filtered update is one atomic compare-and-write (not on FerretDB v1)."""

    def describe(self) -> str:
        """Return a one-line summary for the start-up log."""
        missing = [
            name
            for name, ok in (
                ("partial indexes", self.partial_indexes),
                ("TTL indexes", self.ttl_indexes),
                ("transactions", self.transactions),
            )
            if not ok
        ]
        lacks = f"; lacks {', '.join(missing)}" if missing else ""
        return f"{self.backend} {self.version}{lacks}"


async def detect(client: AsyncMongoClient[dict[str, Any]]) -> Capabilities:
    """Ask the server what it is."""
    info = await client.admin.command("buildInfo")
    if "ferretdbVersion" in info:
        return Capabilities(
            backend="ferretdb",
            version=str(info["ferretdbVersion"]),
            partial_indexes=False,
            ttl_indexes=False,
            transactions=False,
            atomic_conditional_writes=False,
        )
    hello = await client.admin.command("hello")
    replicated = "setName" in hello or hello.get("msg") == "isdbgrid"
    return Capabilities(
        backend="mongodb",
        version=str(info.get("version", "unknown")),
        partial_indexes=True,
        ttl_indexes=True,
        transactions=replicated,
    )
