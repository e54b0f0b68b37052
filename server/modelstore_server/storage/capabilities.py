"""What the connected database can do, detected once at start-up.

Two backends are supported: MongoDB 6 or later, and FerretDB v2 on PostgreSQL with the
DocumentDB extension (the embedded default). Both have atomic single-document conditional
writes, unique, partial and TTL indexes. They differ in what spans documents: DocumentDB has
no multi-document transactions and no change streams (docs/storage.md says what the engine
does instead); and in one error: FerretDB's findAndModify reports a unique-index violation
untyped (`typed_find_and_modify_duplicates`). FerretDB answers `hello` as MongoDB 7, so its
`buildInfo.ferretdb` field is the reliable sign. FerretDB v1 (`buildInfo.ferretdbVersion`)
is refused: its conditional writes are not atomic, and it scans every collection.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pymongo import AsyncMongoClient

MONGODB, DOCUMENTDB = "mongodb", "ferretdb-documentdb"
MIN_MONGODB_MAJOR = 6


class UnsupportedBackend(RuntimeError):
    """The database is one Modelstore cannot keep its guarantees on."""


@dataclass(frozen=True)
class Capabilities:
    """Features of the connected database that the engine adapts to."""

    backend: str
    """`mongodb` or `ferretdb-documentdb`."""
    version: str
    """The server's own version string (FerretDB's, not the MongoDB version it emulates)."""
    transactions: bool
    """Whether multi-document transactions are available (a replica set or sharded cluster)."""
    change_streams: bool
    """Whether `watch()` works (a MongoDB replica set or sharded cluster)."""
    ordered_secondary_indexes: bool = True
    """Whether a secondary index returns rows in its key order (B-trees on MongoDB).

    DocumentDB 0.106's secondary indexes are RUM indexes, which find rows but return them
    unordered; only its primary key (shard, object_id) is ordered. `page_plans` then
    chooses, per deep `_id`-ordered page, between walking the primary key and sorting the
    matching rows (docs/performance.md, "Scale").
    """
    typed_find_and_modify_duplicates: bool = True
    """Whether findAndModify reports a unique-index violation as DuplicateKeyError (11000).

    FerretDB 2.5 leaves the PostgreSQL error of DocumentDB's find_and_modify unmapped: a
    unique (23505) or exclusion (23P01) violation arrives as InternalError (code 1) whose
    only sign is PostgreSQL's message text. The insert and update commands are typed there.
    Where this is false, `driver_errors.unique_violations` treats an InternalError as a
    possible violation that the caller confirms against the data.
    """

    sharded: bool = False
    """Whether the connection is to a `mongos` (`hello` answers `msg: "isdbgrid"`): a
    sharded cluster, whose collections `modelstore migrate` shards (storage/sharding.py)."""

    def describe(self) -> str:
        """Return a one-line summary for the start-up log."""
        missing = [
            name
            for name, ok in (
                ("transactions", self.transactions),
                ("change streams", self.change_streams),
                ("typed findAndModify duplicates", self.typed_find_and_modify_duplicates),
            )
            if not ok
        ]
        lacks = f"; lacks {', '.join(missing)}" if missing else ""
        return f"{self.backend} {self.version}{lacks}"


async def detect(client: AsyncMongoClient[dict[str, Any]]) -> Capabilities:
    """Ask the server what it is; refuse backends that cannot keep the guarantees."""
    info = await client.admin.command("buildInfo")
    if "ferretdbVersion" in info:
        raise UnsupportedBackend(
            f"FerretDB {info['ferretdbVersion']} (v1) is not supported: its conditional writes "
            "are not atomic; use FerretDB v2 with DocumentDB (the embedded default) or MongoDB"
        )
    ferret = info.get("ferretdb")
    if isinstance(ferret, dict):
        return Capabilities(
            backend=DOCUMENTDB,
            version=str(ferret.get("version", "unknown")),
            transactions=False,
            change_streams=False,
            ordered_secondary_indexes=False,
            typed_find_and_modify_duplicates=False,
        )
    version = str(info.get("version", "0"))
    major = int(version.split(".", 1)[0]) if version.split(".", 1)[0].isdigit() else 0
    if major < MIN_MONGODB_MAJOR:
        raise UnsupportedBackend(f"MongoDB {version} is too old: {MIN_MONGODB_MAJOR}.0 or later")
    hello = await client.admin.command("hello")
    replicated = "setName" in hello or hello.get("msg") == "isdbgrid"
    return Capabilities(
        backend=MONGODB,
        version=version,
        transactions=replicated,
        change_streams=replicated,
        sharded=hello.get("msg") == "isdbgrid",
    )
