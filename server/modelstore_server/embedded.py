"""The embedded default database: a FerretDB v1 process on its SQLite backend.

It listens on 127.0.0.1 on a free port, keeps its data under `<data_dir>/ferretdb`, has
telemetry off, and dies with the server (SIGTERM on stop, and PR_SET_PDEATHSIG if the
server itself is killed).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import os
import pathlib
import shutil
import signal
import socket
import subprocess
from typing import IO

from pymongo import AsyncMongoClient

log = logging.getLogger("modelstore.embedded")
_PR_SET_PDEATHSIG = 1


class EmbeddedError(RuntimeError):
    """The embedded database could not be started."""


def find_ferretdb(explicit: str | None = None) -> str:
    """Locate the FerretDB binary that scripts/setup installed.

    An explicit binary (MODELSTORE_FERRETDB_BIN) is used as given, never replaced by another.
    """
    if explicit:
        if os.access(explicit, os.X_OK) and not os.path.isdir(explicit):
            return explicit
        raise EmbeddedError(
            f"FerretDB binary {explicit!r} (MODELSTORE_FERRETDB_BIN) is missing or not executable"
        )
    candidates: list[str] = []
    on_path = shutil.which("ferretdb")
    if on_path:
        candidates.append(on_path)
    gopath = os.environ.get("GOPATH") or str(pathlib.Path.home() / "go")
    candidates.append(str(pathlib.Path(gopath) / "bin" / "ferretdb"))
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise EmbeddedError(
        "FerretDB is not installed; run ./scripts/setup, or set MONGODB_URI to use MongoDB"
    )


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def die_with_parent() -> None:
    """Run in a child before exec: it gets SIGTERM when this process dies.

    If the server dies without cleaning up, so does FerretDB (instead of holding the data
    directory's SQLite files), and so do `serve --workers` processes.
    """
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class EmbeddedFerretDB:
    """A FerretDB child process."""

    def __init__(self, data_dir: pathlib.Path, binary: str | None = None) -> None:
        self.data_dir = data_dir.resolve()
        self.binary = find_ferretdb(binary)
        self.port = 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def pid(self) -> int | None:
        """The FerretDB process id while it runs (benchmarks account its CPU time)."""
        return self._proc.pid if self._proc is not None else None

    @property
    def uri(self) -> str:
        """The MongoDB URI of the running process."""
        return f"mongodb://127.0.0.1:{self.port}/"

    async def start(self, ready_within: float = 30.0, port: int | None = None) -> str:
        """Start FerretDB (on `port`, or a free one) and wait for a ping; return its URI."""
        sqlite_dir = self.data_dir / "ferretdb"
        state_dir = self.data_dir / "ferretdb-state"
        sqlite_dir.mkdir(parents=True, exist_ok=True)
        state_dir.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self._log = (self.data_dir / "ferretdb.log").open("ab")
        env = {**os.environ, "FERRETDB_TELEMETRY": "disable"}
        args = [
            self.binary,
            "--handler=sqlite",
            f"--sqlite-url=file:{sqlite_dir}/",
            f"--listen-addr=127.0.0.1:{self.port}",
            f"--state-dir={state_dir}",
            "--debug-addr=-",
            "--telemetry=disable",
            "--log-level=warn",
        ]
        self._proc = subprocess.Popen(  # noqa: ASYNC220 - a child that outlives this call
            args,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            preexec_fn=die_with_parent,
            # Its own process group: a terminal's Ctrl-C reaches only the server, which
            # drains in-flight RPCs and then stops FerretDB (FerretDB on SIGINT would stop
            # accepting connections mid-drain).
            process_group=0,
        )
        await self._wait_ready(ready_within)
        log.info("embedded FerretDB ready on 127.0.0.1:%d (data in %s)", self.port, sqlite_dir)
        return self.uri

    async def _wait_ready(self, ready_within: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + ready_within
        client: AsyncMongoClient[dict[str, object]] = AsyncMongoClient(
            self.uri, serverSelectionTimeoutMS=500, connectTimeoutMS=500
        )
        try:
            while True:
                if self._proc is not None and self._proc.poll() is not None:
                    raise EmbeddedError(
                        f"FerretDB exited with code {self._proc.returncode}; "
                        f"see {self.data_dir / 'ferretdb.log'}"
                    )
                try:
                    await client.admin.command("ping")
                    return
                except Exception:
                    if loop.time() > deadline:
                        raise EmbeddedError("FerretDB did not become ready in time") from None
                    await asyncio.sleep(0.1)
        finally:
            await client.close()

    async def stop(self, kill_after: float = 10.0) -> None:
        """Stop FerretDB (SIGTERM, then SIGKILL after `kill_after` seconds)."""
        proc = self._proc
        self._proc = None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                await asyncio.to_thread(proc.wait, kill_after)
            except subprocess.TimeoutExpired:
                proc.kill()
                await asyncio.to_thread(proc.wait)
        if self._log is not None:
            self._log.close()
            self._log = None

    def kill(self) -> None:
        """Kill FerretDB at once (tests use this to make the database disappear)."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()
        if self._log is not None:
            self._log.close()
            self._log = None
