"""A PostgreSQL 15 primary with a synchronous standby on loopback ports, for failover tests.

Both clusters are the product's own `PostgresCluster` (the same settings, DocumentDB
preloads and cluster user as the embedded database), so the test fails over what a
deployment runs. The standby is a `pg_basebackup -R` copy of the primary taken after
DocumentDB was created (a physical copy brings the extensions' catalogs; their libraries
are installed on this machine). Replication is made synchronous once the standby streams
(`synchronous_standby_names = '*'`): before that, the primary's commits would wait for a
standby that does not exist yet. Promotion is this harness's `promote` (pg_promote); see
docs/deployment.md for why the test promotes instead of pg_auto_failover.
"""

from __future__ import annotations

import asyncio
import os
import pathlib
import pwd
import signal
from dataclasses import dataclass

from modelstore_server.embedded import free_port
from modelstore_server.embedded.postgres import PostgresCluster, _run_as

READY_WITHIN = 30.0
RETRY_WAL = "200ms"
"""The standby's `wal_retrieve_retry_interval` (docs/deployment.md)."""


async def _sql(cluster: PostgresCluster, *statements: str) -> str:
    """Run statements through psql on `cluster`; return the unaligned output."""
    args = [str(cluster.bin / "psql"), "-X", "-At", "-v", "ON_ERROR_STOP=1"]
    args += ["-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres", "-d", "postgres"]
    for statement in statements:
        args += ["-c", statement]
    done = await _run_as(args, None, seconds=60)
    out = done.stdout.decode(errors="replace")
    if done.returncode != 0:
        raise AssertionError(f"psql on port {cluster.port} failed: {out}")
    return out.strip()


def _folder(path: pathlib.Path) -> pathlib.Path:
    """A cluster's parent folder, which the cluster user must be able to traverse."""
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(0o711)
    return path


@dataclass
class ReplicatedPair:
    """A primary and its synchronous standby, each a supervised-looking child of the test."""

    primary: PostgresCluster
    standby: PostgresCluster

    @classmethod
    async def start(cls, root: pathlib.Path) -> ReplicatedPair:
        """initdb and start the primary, create DocumentDB, copy it, start the standby."""
        loop = asyncio.get_running_loop()
        primary = PostgresCluster(_folder(root / "primary"))
        standby = PostgresCluster(_folder(root / "standby"))
        pair = cls(primary, standby)
        try:
            await primary.initdb()
            primary.spawn(free_port())
            await primary.wait_ready(loop.time() + READY_WITHIN)
            await primary.ensure_extension()
            # Copied into the standby by the base backup (postgresql.auto.conf). A standby
            # whose walreceiver just lost the primary waits this long before acting on a
            # promote request it received meanwhile: 5 s by default, measured as a 5 s
            # promotion when the test promotes right after the kill.
            await _sql(primary, f"ALTER SYSTEM SET wal_retrieve_retry_interval = '{RETRY_WAL}'")
            await pair._base_backup()
            standby.spawn(free_port())
            await standby.wait_ready(loop.time() + READY_WITHIN)
            await pair._wait_streaming()
            await _sql(
                primary,
                "ALTER SYSTEM SET synchronous_standby_names = '*'",
                "SELECT pg_reload_conf()",
            )
            await pair._wait_synchronous()
        except BaseException:
            await pair.stop()
            raise
        return pair

    async def _base_backup(self) -> None:
        pgdata = self.standby.pgdata
        pgdata.mkdir(mode=0o700)
        if self.standby.user is not None:
            entry = pwd.getpwnam(self.standby.user)
            os.chown(pgdata, entry.pw_uid, entry.pw_gid)
        args = [str(self.standby.bin / "pg_basebackup"), "-h", "127.0.0.1"]
        args += ["-p", str(self.primary.port), "-U", "postgres", "-D", str(pgdata)]
        args += ["-R", "-X", "stream", "-c", "fast"]  # -R: standby.signal + primary_conninfo
        done = await _run_as(args, self.standby.user, seconds=120)
        assert done.returncode == 0, done.stdout.decode(errors="replace")

    async def _wait_streaming(self) -> None:
        for _ in range(500):  # bounded: 10 s
            if await _sql(self.primary, "SELECT count(*) FROM pg_stat_replication") == "1":
                return
            await asyncio.sleep(0.02)
        raise AssertionError("the standby did not start streaming")

    async def _wait_synchronous(self) -> None:
        query = "SELECT sync_state FROM pg_stat_replication"
        for _ in range(500):  # bounded: 10 s
            if await _sql(self.primary, query) == "sync":
                return
            await asyncio.sleep(0.02)
        raise AssertionError("the standby did not become synchronous")

    @property
    def url(self) -> str:
        """Both hosts, primary first, as a libpq URL (Modelstore adds read-write)."""
        hosts = f"127.0.0.1:{self.primary.port},127.0.0.1:{self.standby.port}"
        return f"postgres://postgres@{hosts}/postgres"

    @property
    def standby_url(self) -> str:
        """The standby alone, for a pool of servers that serve reads from it."""
        port = self.standby.port
        return f"postgres://postgres@127.0.0.1:{port}/postgres?target_session_attrs=prefer-standby"

    def kill_primary(self) -> int:
        """SIGKILL the primary's postmaster, as a crash of its machine would; return its pid."""
        child = self.primary.child
        assert child is not None
        pid = child.pid
        assert pid is not None
        child.kill()
        return pid

    async def promote(self) -> None:
        """Promote the standby and wait until it accepts writes (pg_promote waits)."""
        assert await _sql(self.standby, "SELECT pg_promote(true, 30)") == "t"

    async def is_primary(self, cluster: PostgresCluster) -> bool:
        """Whether `cluster` is out of recovery (accepts writes)."""
        return await _sql(cluster, "SELECT NOT pg_is_in_recovery()") == "t"

    async def stop(self) -> None:
        """Stop both (fast shutdown); the primary may be gone already."""
        for cluster in (self.standby, self.primary):
            if cluster.child is not None:
                await cluster.child.stop(signal.SIGINT, kill_after=15.0)
