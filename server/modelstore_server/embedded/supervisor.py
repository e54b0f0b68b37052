"""Start, watch and stop the two children: PostgreSQL first, then FerretDB in front of it.

Either child that dies is restarted on its old port, with exponential backoff, while the
server reports NOT_SERVING (`healthy` is false); PostgreSQL's WAL keeps every acknowledged
write across such a crash, and FerretDB holds no state of its own. FerretDB reconnects to a
restarted PostgreSQL by itself, and the driver reconnects to a restarted FerretDB, so
clients see UNAVAILABLE for the gap and nothing else.

Given a PostgreSQL of its own (`postgresql_url`, `serve --postgresql-url`), only FerretDB is
started and supervised, in front of it. That URL may name a primary and its standbys: FerretDB
then connects only to the one that accepts writes (`target_session_attrs=read-write`), so
after a standby is promoted its pool reconnects to the new primary by itself, and the server
is NOT_SERVING only while no host is the primary (docs/deployment.md, tests/e2e/
test_failover.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import pathlib
import signal

from ..observability.metrics import EMBEDDED_RESTARTS
from ..storage.connection import answers, open_client
from . import ferretdb
from .errors import EmbeddedError
from .postgres import PostgresCluster, primary_url
from .process import Child, free_port

log = logging.getLogger("modelstore.embedded")

POLL_SECONDS = 0.1
"""How often the children's liveness is checked (a waitpid each, no I/O)."""
BACKOFF_FIRST, BACKOFF_MAX = 0.1, 5.0
"""Restart delays double from the first to the largest while restarts keep failing."""
STABLE_AFTER = 30.0
"""A child up this long has its backoff reset."""
RESTART_WITHIN = 10.0
"""How long one restart may take before it counts as failed (and is tried again)."""


async def _accepts(port: int) -> bool:
    """Whether something accepts TCP connections on 127.0.0.1:`port`."""
    try:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return False
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()
    return True


class EmbeddedDatabase:
    """PostgreSQL + DocumentDB + FerretDB v2 under `data_dir`, supervised."""

    def __init__(
        self,
        data_dir: pathlib.Path,
        ferretdb_bin: str | None = None,
        postgresql_url: str | None = None,
    ) -> None:
        self.data_dir = data_dir.resolve()
        self.binary = ferretdb.find_binary(ferretdb_bin)
        self.postgres = None if postgresql_url else PostgresCluster(self.data_dir)
        """The cluster this process runs (None: FerretDB is in front of `postgresql_url`)."""
        self._postgresql_url = None if postgresql_url is None else primary_url(postgresql_url)
        self.port = 0
        self.ferretdb: Child | None = None
        self.restarts: dict[str, int] = {"postgres": 0, "ferretdb": 0}
        """Restarts after a crash, per child (operators and tests read this)."""
        for name in self.restarts:
            EMBEDDED_RESTARTS.labels(name)  # a series from the start: 0 until a restart
        self._healthy = False
        self._changes = 0
        self._changed = asyncio.Event()
        self._monitor: asyncio.Task[None] | None = None

    @property
    def postgres_url(self) -> str:
        """The libpq URL of the PostgreSQL under FerretDB (the change feed reads it too)."""
        if self.postgres is None:
            assert self._postgresql_url is not None
            return self._postgresql_url
        return self.postgres.url

    @property
    def uri(self) -> str:
        """The MongoDB URI of FerretDB (stable across its restarts)."""
        return f"mongodb://127.0.0.1:{self.port}/"

    @property
    def healthy(self) -> bool:
        """Whether both children run and none is being restarted."""
        return self._healthy

    @property
    def changes(self) -> int:
        """How often `healthy` has changed so far: the cursor `wait_change` takes."""
        return self._changes

    async def wait_change(self, seen: int, at_most: float) -> None:
        """Return once `healthy` has changed since `changes` was `seen`, or after `at_most` s.

        The server's health watcher waits here instead of sleeping, so NOT_SERVING shows at
        once even for a restart shorter than its polling interval.
        """
        if self._changes != seen:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._changed.wait(), at_most)

    def _set_healthy(self, healthy: bool) -> None:
        if healthy == self._healthy:
            return
        self._healthy = healthy
        self._changes += 1
        # Wake every waiter, and give later ones a fresh event to wait on.
        self._changed.set()
        self._changed = asyncio.Event()

    @property
    def pid(self) -> int | None:
        """FerretDB's process id (benchmarks account its CPU time)."""
        return None if self.ferretdb is None else self.ferretdb.pid

    @property
    def pids(self) -> dict[str, int | None]:
        """Both children's process ids."""
        pg = None if self.postgres is None else self.postgres.child
        return {"postgres": None if pg is None else pg.pid, "ferretdb": self.pid}

    async def start(self, ready_within: float = 30.0, port: int | None = None) -> str:
        """Start both children and wait until FerretDB answers; return its URI."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + ready_within
        self.data_dir.mkdir(parents=True, exist_ok=True)
        try:
            if self.postgres is not None:
                if await self.postgres.initdb():
                    log.info("created the embedded PostgreSQL cluster in %s", self.postgres.pgdata)
                await self._start_postgres(free_port(), deadline)
                await self.postgres.ensure_extension()
            self.port = port or free_port()
            await self._start_ferretdb(deadline)
        except BaseException:
            await self.stop()
            raise
        self._set_healthy(True)
        self._monitor = asyncio.create_task(self._supervise())
        log.info(
            "embedded database ready: FerretDB %s on 127.0.0.1:%d, PostgreSQL %s (data in %s)",
            ferretdb.VERSION,
            self.port,
            "given" if self.postgres is None else f"on 127.0.0.1:{self.postgres.port}",
            self.data_dir,
        )
        return self.uri

    async def _start_postgres(self, port: int, deadline: float) -> None:
        assert self.postgres is not None
        self.postgres.spawn(port)
        await self.postgres.wait_ready(deadline)

    async def _start_ferretdb(self, deadline: float) -> None:
        self.ferretdb = ferretdb.child(self.binary, self.postgres_url, self.port, self.data_dir)
        self.ferretdb.spawn()
        await self._wait_ferretdb(deadline)

    async def _wait_ferretdb(self, deadline: float) -> None:
        loop = asyncio.get_running_loop()
        # First until the port accepts, cheaply and often: the driver's own retry after a
        # refused connection waits for its next heartbeat (half a second).
        while not await _accepts(self.port):
            self._check_alive()
            if loop.time() > deadline:
                raise EmbeddedError("FerretDB did not listen in time")
            await asyncio.sleep(0.02)
        # Then until it answers a ping, which goes through to PostgreSQL.
        client = open_client(self.uri, 500, connect_timeout_ms=500)
        try:
            while True:
                self._check_alive()
                if await answers(client):
                    return
                if loop.time() > deadline:
                    raise EmbeddedError("FerretDB did not answer in time")
                await asyncio.sleep(0.02)
        finally:
            await client.close()

    def _check_alive(self) -> None:
        """Fail when a child that FerretDB's start waits on has exited."""
        pg = None if self.postgres is None else self.postgres.child
        if self.postgres is not None and not (pg and pg.running()):
            raise EmbeddedError("PostgreSQL is not running")
        if self.ferretdb is None or not self.ferretdb.running():
            code = None if self.ferretdb is None else self.ferretdb.returncode()
            raise EmbeddedError(
                f"FerretDB exited with code {code}; see {self.data_dir / 'ferretdb.log'}"
            )

    def _children(self) -> dict[str, Child | None]:
        """Return the children, PostgreSQL first: the order they start and restart in."""
        if self.postgres is None:
            return {"ferretdb": self.ferretdb}
        return {"postgres": self.postgres.child, "ferretdb": self.ferretdb}

    async def _supervise(self) -> None:
        """Restart whichever child died, PostgreSQL first, until stopped."""
        loop = asyncio.get_running_loop()
        failures = {"postgres": 0, "ferretdb": 0}
        up_since = {"postgres": loop.time(), "ferretdb": loop.time()}
        while True:
            await asyncio.sleep(POLL_SECONDS)
            children = self._children()
            dead = [name for name, child in children.items() if not (child and child.running())]
            if not dead:
                self._set_healthy(True)
                for name, since in up_since.items():
                    if loop.time() - since > STABLE_AFTER:
                        failures[name] = 0
                continue
            self._set_healthy(False)
            name = dead[0]
            child = children[name]
            delay = min(BACKOFF_FIRST * 2 ** failures[name], BACKOFF_MAX)
            code = None if child is None else child.returncode()
            log.warning("embedded %s exited (code %s); restarting in %.1fs", name, code, delay)
            await asyncio.sleep(delay)
            failures[name] += 1
            try:
                await self._restart(name, loop.time() + RESTART_WITHIN)
            except EmbeddedError as exc:
                log.warning("restarting embedded %s failed: %s", name, exc)
                continue
            self.restarts[name] += 1
            EMBEDDED_RESTARTS.labels(name).inc()
            up_since[name] = loop.time()
            log.warning("embedded %s restarted", name)

    async def _restart(self, name: str, deadline: float) -> None:
        if name == "postgres" and self.postgres is not None:
            # The same port: FerretDB's pool reconnects to it without being told.
            await self._start_postgres(self.postgres.port, deadline)
        else:
            assert self.ferretdb is not None
            self.ferretdb.spawn()
            await self._wait_ferretdb(deadline)

    def kill(self, name: str = "ferretdb") -> None:
        """SIGKILL one child, as a crash would (tests and operators' drills)."""
        child = self.ferretdb
        if name == "postgres":
            child = None if self.postgres is None else self.postgres.child
        if child is not None:
            child.kill()

    async def stop(self) -> None:
        """Stop supervising, then FerretDB (SIGTERM), then PostgreSQL (fast shutdown)."""
        self._set_healthy(False)
        monitor, self._monitor = self._monitor, None
        if monitor is not None:
            monitor.cancel()
            # A caller that started us under another event loop (asyncio.run per step, as
            # the benchmarks do) has nothing left to await: that loop ended the task.
            if monitor.get_loop() is asyncio.get_running_loop():
                with contextlib.suppress(asyncio.CancelledError):
                    await monitor
        if self.ferretdb is not None:
            await self.ferretdb.stop(signal.SIGTERM, kill_after=10.0)
        if self.postgres is not None and self.postgres.child is not None:
            await self.postgres.child.stop(signal.SIGINT, kill_after=30.0)
