"""The embedded PostgreSQL 15 cluster that DocumentDB runs in.

`initdb` on first start, then `postgres` itself as a supervised child (not `pg_ctl`, which
would detach it from us). PostgreSQL refuses to run as root, so as root the cluster runs as
a dedicated unprivileged system user (`CLUSTER_USER`, created on first use) that owns the
cluster's directory. It listens on 127.0.0.1 only, with no Unix socket (a socket path inside
a deep data directory can exceed the 107-byte limit), trust authentication on that loopback
address, and the preload settings DocumentDB's own packaging uses (docs/storage.md).
"""

from __future__ import annotations

import asyncio
import logging
import os
import pathlib
import pwd
import shutil
import signal
import subprocess
import urllib.parse

from .errors import EmbeddedError
from .process import Child, launch

log = logging.getLogger("modelstore.embedded")

PG_MAJOR = 15
CLUSTER_USER = "modelstore-db"
"""The system user that runs the cluster when the server runs as root."""

SETTINGS: dict[str, str] = {
    "listen_addresses": "127.0.0.1",
    "unix_socket_directories": "",
    "shared_preload_libraries": "pg_cron,pg_documentdb_core,pg_documentdb",
    "cron.database_name": "postgres",
    "documentdb.enableCompact": "true",
    "documentdb.enableLetAndCollationForQueryMatch": "true",
    "documentdb.enableNowSystemVariable": "true",
    "documentdb.enableSchemaValidation": "true",
    "documentdb.enableBypassDocumentValidation": "true",
    "documentdb.enableUserCrud": "true",
    "documentdb.maxUserLimit": "100",
    # List pages walk an index in order (tests/engine/test_index_use.py, bench/scale.py).
    # DocumentDB 0.106's secondary indexes (RUM) return rows unordered, so the one index
    # that can serve an order is the primary key (shard_key_value, object_id), in `_id`
    # order, which is the default List order. These settings let the planner use it and
    # bound the keyset ranges of the other orders:
    # - this one (also in the fork's own packaging/10-preload.sh) turns a sort on `_id`
    #   into ORDER BY object_id, which that btree provides, and a page token's
    #   `_id > last` into a range condition on it;
    "documentdb.enableSortbyIdPushDownToPrimaryKey": "true",
    # - the planner's estimates for DocumentDB's operators: with its new selectivity mode it
    #   prices a tenant's share and an `_id` range from statistics instead of constants, so
    #   it walks the primary key where the tenant is a large share of the collection and
    #   sorts the tenant's own rows where it is a small one. We do NOT set
    #   `enable_sort = off`, which made every `_id`-ordered page walk the key (deep pages at
    #   1M users: 16 ms instead of 75-105 ms) but made a small tenant pay for its rarity:
    #   the first page of a 100-user workspace beside 1M users took 2.0 s, growing with the
    #   collection. With sorting allowed a page costs at most a sort of the caller's own
    #   matching rows, bounded by the tenant's size (docs/performance.md, bench/scale.py).
    "documentdb.enableNewSelectivityMode": "true",
    # - indexes built with the composite opclass keep the keys of a compound index as one
    #   ordered term, so a range on a later key (a page token's keyset condition on a
    #   secondary order) is bounded inside the equality prefix instead of scanning that
    #   key's whole column (at 1M users a deep `username` page fell from 250 to 125 ms,
    #   page two from 2.3 s to 0.5 s). It applies when an index is created; indexes made
    #   before keep their opclass until they are dropped and migrated again.
    "documentdb.defaultUseCompositeOpClass": "true",
    # The change feed reads committed writes by logical decoding with wal2json (docs/
    # changes.md): `logical` WAL, and wal2json allowed as an output plugin (Debian's
    # PostgreSQL lists the plugins a slot may name). A slot keeps WAL until the feed has
    # stored its events; the cap stops a feed that stays down from filling the disk (the
    # slot is then invalidated, and the capture says so).
    "wal_level": "logical",
    "output_plugin_libraries": "pgoutput,test_decoding,wal2json",
    "max_slot_wal_keep_size": "8GB",
    # Durability is PostgreSQL's default (fsync, synchronous_commit on): an acknowledged
    # write is in the WAL on disk. Stated here so nobody "tunes" it away.
    "fsync": "on",
    "synchronous_commit": "on",
    "full_page_writes": "on",
}
"""Server settings, passed as `-c` flags on every start (one place, no edited config)."""


def bin_dir() -> pathlib.Path:
    """PostgreSQL's binaries: MODELSTORE_POSTGRES_BIN_DIR, else Debian's PostgreSQL 15."""
    configured = os.environ.get("MODELSTORE_POSTGRES_BIN_DIR")
    path = pathlib.Path(configured or f"/usr/lib/postgresql/{PG_MAJOR}/bin")
    if not (path / "postgres").exists():
        raise EmbeddedError(
            f"PostgreSQL {PG_MAJOR} is not installed at {path}; run ./scripts/setup "
            "(or set MONGODB_URI to use another database)"
        )
    return path


def primary_url(url: str) -> str:
    """Return a libpq URL that connects only to a primary, when it names several hosts.

    A standby accepts connections and reads but refuses every write, so a URL listing a
    primary and its standbys says `target_session_attrs=read-write` (libpq's and pgx's
    setting): each connection then tries the hosts in turn and keeps the one that is the
    primary, and after a failover new connections find the promoted standby. A URL that
    sets the attribute itself is kept as it is.
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise EmbeddedError("the PostgreSQL URL must be a postgres:// URL")
    hosts = parts.netloc.rpartition("@")[2]
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    if "," not in hosts or any(key == "target_session_attrs" for key, _ in query):
        return url
    query.append(("target_session_attrs", "read-write"))
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


def cluster_user() -> str | None:
    """Return the user the cluster runs as: `CLUSTER_USER` as root, else ourselves (None)."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(CLUSTER_USER)
    except KeyError:
        log.info("creating system user %s to run the embedded PostgreSQL", CLUSTER_USER)
        subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                "--user-group",
                CLUSTER_USER,
            ],
            check=True,
            capture_output=True,
        )
    return CLUSTER_USER


class PostgresCluster:
    """A PostgreSQL cluster in `<data_dir>/postgres`, run as a child process."""

    def __init__(self, data_dir: pathlib.Path) -> None:
        self.bin = bin_dir()
        self.root = data_dir
        self.pgdata = data_dir / "postgres"
        self.user = cluster_user()
        self.port = 0
        self.child: Child | None = None

    @property
    def url(self) -> str:
        """The libpq URL FerretDB connects with."""
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    async def initdb(self) -> bool:
        """Create the cluster unless it exists; return whether it was created."""
        if (self.pgdata / "PG_VERSION").exists():
            return False
        if self.pgdata.exists():
            # A half-made cluster from an interrupted first start holds no data yet.
            shutil.rmtree(self.pgdata)
        self.pgdata.mkdir(mode=0o700, parents=True)
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.pgdata, entry.pw_uid, entry.pw_gid)
            await self._check_reachable()
        await self._run(
            [
                str(self.bin / "initdb"),
                "-D",
                str(self.pgdata),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-instructions",
            ],
            "initdb",
        )
        return True

    async def _check_reachable(self) -> None:
        """Fail clearly when the cluster user cannot reach the directory (say under /root)."""
        probe = await _run_as(["test", "-w", str(self.pgdata)], self.user, seconds=10)
        if probe.returncode != 0:
            raise EmbeddedError(
                f"the embedded PostgreSQL runs as the system user {self.user} (PostgreSQL "
                f"refuses root), which cannot reach {self.pgdata}: choose a --data-dir whose "
                "parent folders others may traverse (mode o+x), for example under /var/lib"
            )

    def spawn(self, port: int) -> None:
        """Start the server process on `port` (it becomes ready asynchronously)."""
        self.port = port
        args = [str(self.bin / "postgres"), "-D", str(self.pgdata), "-p", str(port)]
        for key, value in SETTINGS.items():
            args += ["-c", f"{key}={value}"]
        if self.child is None:
            # SIGINT is PostgreSQL's fast shutdown: it ends sessions and checkpoints. SIGTERM
            # (smart shutdown) would wait for FerretDB's pooled connections forever.
            self.child = Child(
                "postgres",
                args,
                self.root / "postgres.log",
                user=self.user,
                parent_death_signal=signal.SIGINT,
            )
        self.child.args = args
        self.child.spawn()

    async def wait_ready(self, deadline: float) -> None:
        """Wait until the server accepts connections, or fail with its log's advice."""
        loop = asyncio.get_running_loop()
        while True:
            child = self.child
            if child is None or child.pid is None:
                code = None if child is None else child.returncode()
                raise EmbeddedError(
                    f"PostgreSQL exited with code {code}; see {self.root / 'postgres.log'}"
                )
            if self._says_ready(child.pid):
                return
            if loop.time() > deadline:
                raise EmbeddedError("PostgreSQL did not accept connections in time")
            await asyncio.sleep(0.02)

    def _says_ready(self, pid: int) -> bool:
        """Whether the postmaster `pid` has written that it accepts connections.

        PostgreSQL keeps its state on line 8 of `postmaster.pid` ("ready" once crash recovery
        is over and connections are accepted); `pg_ctl -w` reads the same line. Reading it
        costs no process, where polling `pg_isready` forked one per try.
        """
        try:
            lines = (self.pgdata / "postmaster.pid").read_text().splitlines()
        except OSError:  # not written yet
            return False
        return len(lines) >= 8 and lines[0].strip() == str(pid) and lines[7].strip() == "ready"

    async def ensure_extension(self) -> None:
        """Create DocumentDB (and what it needs) in database `postgres`, once."""
        await self._run(
            [
                str(self.bin / "psql"),
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "-d",
                "postgres",
                "-c",
                "CREATE EXTENSION IF NOT EXISTS documentdb CASCADE",
            ],
            "CREATE EXTENSION documentdb",
            as_cluster_user=False,
        )

    async def _run(self, args: list[str], what: str, *, as_cluster_user: bool = True) -> None:
        done = await _run_as(args, self.user if as_cluster_user else None, seconds=120)
        if done.returncode != 0:
            raise EmbeddedError(f"{what} failed: {done.stdout.decode(errors='replace').strip()}")


async def _run_as(
    args: list[str], user: str | None, *, seconds: float
) -> subprocess.CompletedProcess[bytes]:
    """Run a short command to completion, as `user` when given, off the event loop.

    Not `asyncio.create_subprocess_exec`: uvloop (the server's default loop) refuses its
    `user=` argument, and these commands are short, so a thread waiting on them is cheap.
    """
    argv, extra = launch(args, user=user)

    def run() -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            argv,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd="/",
            timeout=seconds,
            check=False,
            **extra,
        )

    try:
        return await asyncio.to_thread(run)
    except subprocess.TimeoutExpired as exc:
        raise EmbeddedError(f"{args[0]} did not finish within {seconds:.0f}s") from exc
