"""Planner statistics of the embedded database, for tests that read query plans.

PostgreSQL's autovacuum analyses a table some time after enough rows changed, so a plan
read right after seeding depends on whether it has run yet. Tests that assert plans
analyse first, as a database that has lived with its data would have.
"""

from __future__ import annotations

import asyncio

from modelstore_server.embedded import EmbeddedDatabase

EMBEDDED: dict[str, EmbeddedDatabase] = {}
"""The embedded database behind each test URI (filled by the `database_uri` fixture)."""


async def analyze(uri: str) -> None:
    """Run ANALYZE on the embedded cluster behind `uri` (MongoDB keeps its own statistics)."""
    embedded = EMBEDDED.get(uri)
    if embedded is None:
        return
    pg = embedded.postgres
    proc = await asyncio.create_subprocess_exec(
        str(pg.bin / "psql"),
        *("-X", "-q", "-h", "127.0.0.1", "-p", str(pg.port), "-U", "postgres"),
        *("-d", "postgres", "-c", "ANALYZE"),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await proc.communicate()
    assert proc.returncode == 0, err.decode(errors="replace")
