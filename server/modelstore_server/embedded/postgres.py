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

from .errors import EmbeddedError
from .process import Child

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
        proc = await asyncio.create_subprocess_exec("test", "-w", str(self.pgdata), user=self.user)
        if await proc.wait() != 0:
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
            if self.child is None or not self.child.running():
                code = None if self.child is None else self.child.returncode()
                raise EmbeddedError(
                    f"PostgreSQL exited with code {code}; see {self.root / 'postgres.log'}"
                )
            proc = await asyncio.create_subprocess_exec(
                str(self.bin / "pg_isready"),
                "-q",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-t",
                "1",
            )
            if await proc.wait() == 0:
                return
            if loop.time() > deadline:
                raise EmbeddedError("PostgreSQL did not accept connections in time")
            await asyncio.sleep(0.05)

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
        proc = await asyncio.create_subprocess_exec(
            *args,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
            stdin=asyncio.subprocess.DEVNULL,
            user=self.user if as_cluster_user else None,
            cwd="/",
        )
        out, _ = await proc.communicate()
        if proc.returncode != 0:
            raise EmbeddedError(f"{what} failed: {out.decode(errors='replace').strip()}")
