"""Committed writes, read from the database's own log: the source of the change feed.

Two sources, one per backend, behind one shape (`ChangeSource`): each returns the writes
committed after its checkpoint, in commit order, as `RawChange`s with a position that
sorts in that order, and moves its checkpoint only when told (`confirm`), after the caller
has stored what it read. A crash between the two re-reads the same changes with the same
positions, so storing them is idempotent (docs/changes.md).

- FerretDB v2 / DocumentDB (`PostgresChangeSource`): PostgreSQL logical decoding with
  wal2json, from a replication slot made for the database. The slot keeps every WAL record
  it has not confirmed, across restarts and crashes of anything, so a write that committed
  (and so may have been acknowledged) is read eventually, whoever wrote it.
- MongoDB (`MongoChangeSource`, storage/change_streams.py): a change stream, where the
  deployment is a replica set or a sharded cluster.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

import bson
import psycopg
from psycopg import sql

log = logging.getLogger("modelstore.changes")

Doc = dict[str, Any]
Kind = Literal["insert", "update", "delete"]

POSITION_DIGITS = 22
"""Every position is 22 lower-case hex digits, so positions sort as strings."""


@dataclass(frozen=True)
class RawChange:
    """One committed write of one document, as the database's log holds it."""

    position: str
    """Where the write sits in commit order (`POSITION_DIGITS` hex digits), unique."""
    collection: str
    kind: Kind
    doc_id: Any
    """The document's `_id` as stored."""
    before: Doc | None
    """The document before the write (updates and deletes), when the log has it."""
    after: Doc | None
    """The document after the write (inserts and updates)."""
    commit_time: dt.datetime
    changed_fields: tuple[str, ...] | None = None
    """The top-level fields an update set or removed, where the log says so without the
    old document (a MongoDB change stream's `updateDescription`)."""


class ChangeSource(Protocol):
    """The committed writes of one database, after a checkpoint."""

    began: str | None
    """Set by `open` (or `ensure_slot`) when the source had no checkpoint and began anew at
    this position, and the log has not been told yet (`began_noted`): writes committed
    before it that the log does not hold are lost to the feed (a PostgreSQL failover loses
    the primary's logical slot). None: it continued."""

    async def began_noted(self) -> None:
        """Record that the log knows where the source began (`began` is None from now on)."""

    async def open(self) -> None:
        """Connect, and make whatever the source needs (a slot); idempotent."""

    async def read(self, limit: int) -> list[RawChange]:
        """Return writes committed after the checkpoint, in commit order (about `limit`)."""

    async def confirm(self, position: str) -> None:
        """Move the checkpoint to `position`: the changes up to it are stored."""

    async def close(self) -> None:
        """Release the connection (and the lock that makes this the only reader)."""


_SLOTS_TABLE = """
CREATE TABLE IF NOT EXISTS public.modelstore_change_slots (
  slot text PRIMARY KEY, began pg_lsn NOT NULL, noted boolean NOT NULL DEFAULT false
)
"""
"""Where each slot began, and whether the change log was told (`began_noted`). In the
database, beside the slot, so a crash between making a slot and telling the log is seen by
the next open, which tells the log then; and replicated to a standby with everything else,
where the slot itself is not (the promoted standby makes a new slot and a new row)."""


class CaptureBusy(Exception):
    """Another process reads this database's changes (it holds the capture lock)."""


def position_of(major: int, minor: int) -> str:
    """Return a position from a log location and an index inside it."""
    return f"{major:016x}{minor:06x}"


ORIGIN = position_of(0, 0)
"""The position before every change."""

_SLOT_UNSAFE = re.compile(r"[^a-z0-9_]")


def slot_name(database: str) -> str:
    """Return the replication slot of a MongoDB database: one per database served."""
    name = "modelstore_" + _SLOT_UNSAFE.sub("_", database.lower())
    if len(name) > 63:  # PostgreSQL's name limit: keep it unique with a digest of the rest
        name = name[:46] + "_" + hashlib.blake2b(database.encode(), digest_size=8).hexdigest()
    return name


def _lsn(text: str) -> int:
    high, low = text.split("/")
    return (int(high, 16) << 32) | int(low, 16)


def _lsn_text(value: int) -> str:
    return f"{value >> 32:X}/{value & 0xFFFFFFFF:X}"


def _bson(text: str) -> Any:
    """Decode DocumentDB's text form of a bson value (`BSONHEX<hex>`)."""
    if not text.startswith("BSONHEX"):
        raise ValueError("not a DocumentDB bson value")
    return bson.decode(bytes.fromhex(text[7:]))


_FULL_IDENTITY = """
CREATE OR REPLACE FUNCTION public.modelstore_full_replica_identity() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_ddl_commands()
           WHERE command_tag = 'CREATE TABLE' AND schema_name = 'documentdb_data' LOOP
    IF r.object_identity LIKE 'documentdb_data.documents\\_%' THEN
      EXECUTE format('ALTER TABLE %s REPLICA IDENTITY FULL', r.object_identity);
    END IF;
  END LOOP;
END $$;
"""
"""Every collection table logs its old rows: an update's event then names the fields it
changed and a delete's names the tenant, from the document as it was. A trigger does it in
the transaction that creates the table, so no write to a new collection misses it."""


class PostgresChangeSource:
    """Logical decoding of DocumentDB's collection tables through wal2json.

    One slot per MongoDB database (`slot_name`); a session advisory lock on the same name
    makes one process at a time its reader (`CaptureBusy` for the others). The lock is the
    connection's: a reader killed with kill -9 releases it when PostgreSQL notices the
    closed connection, and another takes over from the slot's checkpoint.
    """

    def __init__(self, dsn: str, database: str) -> None:
        self._dsn = dsn
        self._database = database
        self.slot = slot_name(database)
        self._conn: psycopg.AsyncConnection[Any] | None = None
        self._tables: dict[str, str] = {}
        """`documents_<id>` -> collection name, for this database's collections."""
        self._others: set[str] = set()
        """Tables of other databases' collections (skipped)."""
        self.began: str | None = None

    async def open(self) -> None:
        """Connect, take the reader's lock, and prepare the slot (`_prepare`)."""
        conn = await psycopg.AsyncConnection.connect(self._dsn, autocommit=True)
        try:
            lock = await conn.execute(
                "SELECT pg_try_advisory_lock(hashtext(%s))", (f"modelstore-capture:{self.slot}",)
            )
            row = await lock.fetchone()
            if not (row and row[0]):
                raise CaptureBusy(self.slot)
            await self._prepare(conn)
        except BaseException:
            await conn.close()
            raise
        self._conn = conn

    async def ensure_slot(self) -> None:
        """Make the slot (and the full replica identity) without becoming the reader.

        Run before the server accepts a write, so no write of the database predates the
        slot and escapes the feed.
        """
        async with await psycopg.AsyncConnection.connect(self._dsn, autocommit=True) as conn:
            await self._prepare(conn)

    async def _prepare(self, conn: psycopg.AsyncConnection[Any]) -> None:
        """Make the trigger, every collection table's full replica identity, the slot."""
        # One preparer at a time (servers start together): DDL and slot creation race.
        await conn.execute("SELECT pg_advisory_lock(hashtext('modelstore-capture-setup'))")
        try:
            await self._prepare_locked(conn)
        finally:
            await conn.execute("SELECT pg_advisory_unlock(hashtext('modelstore-capture-setup'))")

    async def _prepare_locked(self, conn: psycopg.AsyncConnection[Any]) -> None:
        await conn.execute(_FULL_IDENTITY)
        exists = await conn.execute(
            "SELECT 1 FROM pg_event_trigger WHERE evtname = 'modelstore_full_replica_identity'"
        )
        if await exists.fetchone() is None:
            await conn.execute(
                "CREATE EVENT TRIGGER modelstore_full_replica_identity ON ddl_command_end"
                " WHEN TAG IN ('CREATE TABLE')"
                " EXECUTE FUNCTION public.modelstore_full_replica_identity()"
            )
        # Tables made before the trigger existed.
        tables = await conn.execute(
            "SELECT c.oid::regclass::text FROM pg_class c"
            " WHERE c.relnamespace = 'documentdb_data'::regnamespace AND c.relkind = 'r'"
            " AND c.relname LIKE 'documents\\_%%' AND c.relreplident <> 'f'"
        )
        for (table,) in await tables.fetchall():
            await conn.execute(
                sql.SQL("ALTER TABLE {} REPLICA IDENTITY FULL").format(sql.SQL(table))
            )
        await conn.execute(_SLOTS_TABLE)
        slot = await conn.execute(
            "SELECT 1 FROM pg_replication_slots WHERE slot_name = %s", (self.slot,)
        )
        if await slot.fetchone() is not None:
            noted = await conn.execute(
                "SELECT began::text, noted FROM public.modelstore_change_slots WHERE slot = %s",
                (self.slot,),
            )
            found = await noted.fetchone()
            if found is None:  # a slot made before this table: its beginning is history
                await conn.execute(
                    "INSERT INTO public.modelstore_change_slots (slot, began, noted)"
                    " SELECT slot_name, confirmed_flush_lsn, true FROM pg_replication_slots"
                    " WHERE slot_name = %s ON CONFLICT (slot) DO NOTHING",
                    (self.slot,),
                )
            elif not found[1]:  # made, but the log was never told (a crash, a lost write)
                self.began = position_of(_lsn(str(found[0])), 0)
        else:
            # A physical standby has no copy of the primary's logical slots (PostgreSQL 15),
            # so after a failover the slot is made anew here, on the promoted standby: it
            # decodes the transactions that commit after its consistent point, and the
            # caller records what lies before it as a gap (changes/log.py).
            made = await conn.execute(
                "SELECT lsn::text FROM pg_create_logical_replication_slot(%s, 'wal2json')",
                (self.slot,),
            )
            row = await made.fetchone()
            assert row is not None
            await conn.execute(
                "INSERT INTO public.modelstore_change_slots (slot, began) VALUES (%s, %s)"
                " ON CONFLICT (slot) DO UPDATE SET began = excluded.began, noted = false",
                (self.slot, str(row[0])),
            )
            self.began = position_of(_lsn(str(row[0])), 0)
            log.info("created replication slot %s for the change feed", self.slot)

    async def began_noted(self) -> None:
        """Mark the slot's beginning as known to the change log."""
        if self.began is None:
            return
        statement = "UPDATE public.modelstore_change_slots SET noted = true WHERE slot = %s"
        if self._conn is not None:
            await self._conn.execute(statement, (self.slot,))
        else:  # after `ensure_slot`, which keeps no connection
            async with await psycopg.AsyncConnection.connect(self._dsn, autocommit=True) as c:
                await c.execute(statement, (self.slot,))
        self.began = None

    async def read(self, limit: int) -> list[RawChange]:
        """Return the transactions committed after the slot's checkpoint, without moving it."""
        conn = self._require()
        rows = await conn.execute(
            "SELECT lsn::text, data FROM pg_logical_slot_peek_changes(%s, NULL, %s,"
            " 'format-version', '1', 'include-timestamp', '1', 'include-xids', '0',"
            " 'add-tables', 'documentdb_data.*')",
            (self.slot, limit),
        )
        out: list[RawChange] = []
        for lsn_text, data in await rows.fetchall():
            # format-version 1 writes a transaction as one row at its commit, so the row's
            # LSN is the commit's: it orders transactions as they committed.
            lsn = _lsn(lsn_text)
            txn = json.loads(data)
            changes = txn.get("change", [])
            if not changes:
                out.append(self._empty(lsn, txn))
                continue
            at = _timestamp(txn["timestamp"])
            for index, change in enumerate(changes):
                raw = await self._raw(position_of(lsn, index + 1), change, at)
                if raw is not None:
                    out.append(raw)
            if not out or out[-1].position < position_of(lsn, 0):
                # Nothing of ours in it: still move past it on confirm.
                out.append(self._empty(lsn, txn))
        return out

    def _empty(self, lsn: int, txn: Mapping[str, Any]) -> RawChange:
        """Return a marker for a transaction with no change of ours, to confirm past."""
        at = _timestamp(txn["timestamp"]) if "timestamp" in txn else dt.datetime.now(dt.UTC)
        return RawChange(position_of(lsn, 0), "", "delete", None, None, None, at)

    async def _raw(
        self, position: str, change: Mapping[str, Any], at: dt.datetime
    ) -> RawChange | None:
        table = str(change.get("table", ""))
        collection = await self._collection(table)
        if collection is None:
            return None
        kind = change["kind"]
        after = before = None
        if "columnvalues" in change:
            after = _bson(_column(change["columnnames"], change["columnvalues"], "document"))
        old = change.get("oldkeys")
        if old and "document" in old.get("keynames", []):
            before = _bson(_column(old["keynames"], old["keyvalues"], "document"))
        if kind not in ("insert", "update", "delete"):
            return None
        source = after if after is not None else before
        if source is None and old:  # only the key: a table logged before it was full
            source = {"_id": _bson(_column(old["keynames"], old["keyvalues"], "object_id"))[""]}
        if source is None:
            return None
        return RawChange(position, collection, kind, source.get("_id"), before, after, at)

    async def _collection(self, table: str) -> str | None:
        """Return the collection of this database behind `documents_<id>`, else None."""
        if not table.startswith("documents_"):
            return None
        if table in self._tables:
            return self._tables[table]
        if table in self._others:
            return None
        conn = self._require()
        rows = await conn.execute(
            "SELECT collection_id, database_name, collection_name"
            " FROM documentdb_api_catalog.collections"
        )
        for collection_id, database, name in await rows.fetchall():
            key = f"documents_{collection_id}"
            if database == self._database:
                self._tables[key] = name
            else:
                self._others.add(key)
        if table not in self._tables:
            # A dropped collection's table, or one made since: skipped either way.
            self._others.add(table)
        return self._tables.get(table)

    async def confirm(self, position: str) -> None:
        """Advance the slot past the transaction of `position`: its WAL may go."""
        lsn = int(position[:16], 16)
        if lsn == 0:
            return
        conn = self._require()
        await conn.execute(
            "SELECT pg_replication_slot_advance(%s, %s::pg_lsn)", (self.slot, _lsn_text(lsn))
        )

    async def lag_bytes(self) -> int:
        """Return how much WAL the slot holds that is not confirmed (the feed's backlog)."""
        conn = self._require()
        rows = await conn.execute(
            "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::bigint"
            " FROM pg_replication_slots WHERE slot_name = %s",
            (self.slot,),
        )
        row = await rows.fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    async def close(self) -> None:
        """Close the connection, which releases the reader's lock."""
        if self._conn is not None:
            conn, self._conn = self._conn, None
            await conn.close()

    def _require(self) -> psycopg.AsyncConnection[Any]:
        if self._conn is None:
            raise RuntimeError("the change source is not open")
        return self._conn


def _column(names: Sequence[str], values: Sequence[Any], name: str) -> str:
    return str(values[list(names).index(name)])


def _timestamp(text: str) -> dt.datetime:
    """Parse wal2json's commit timestamp (`2026-12-01 15:53:45.497259+00`)."""
    value = dt.datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
