"""Harness of the end-to-end tests: `modelstore serve` as a real process, read through /proc.

The embedded database is two children of the server (`postgres`, with its own backends
under it, and `ferretdb`). Tests find them by walking /proc from the server's pid, and
identify a process by (pid, start time), so a recycled pid never passes for a survivor.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pathlib
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from modelstore.platform.v1 import workspace_pb2, workspace_pb2_grpc
from modelstore_server.embedded import free_port, launch
from tests.support import failure

SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING
GO_BIN = pathlib.Path(os.environ.get("GOPATH") or pathlib.Path.home() / "go") / "bin"


def modelstore_command() -> list[str]:
    """The installed console script next to this interpreter, else `python -m`."""
    script = pathlib.Path(sys.executable).parent / "modelstore"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "modelstore_server.cli"]


def serve_env(**extra: str) -> dict[str, str]:
    """The environment without any MONGODB_URI / MODELSTORE_* of the caller's, plus `extra`."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k != "MONGODB_URI" and not k.startswith("MODELSTORE_")
    }
    env["PATH"] = f"{GO_BIN}{os.pathsep}{env.get('PATH', '')}"
    env["MODELSTORE_LOG_LEVEL"] = "INFO"
    env.update(extra)
    return env


# --- processes, from /proc ------------------------------------------------------------------


@dataclass(frozen=True)
class Proc:
    """One process as /proc showed it: the pid and start time name it uniquely."""

    pid: int
    ppid: int
    started: int
    argv: tuple[str, ...] = field(compare=False)

    @property
    def kind(self) -> str:
        """`ferretdb`, `postgres` (the postmaster), `postgres-backend`, or `other`."""
        exe = self.argv[0] if self.argv else ""
        if exe.endswith("/ferretdb"):
            return "ferretdb"
        if exe.endswith("/postgres") and "-D" in self.argv:
            return "postgres"
        if exe.startswith("postgres: "):
            return "postgres-backend"  # postmaster children retitle themselves
        return "other"


def _read(pid: int) -> Proc | None:
    try:
        stat = pathlib.Path(f"/proc/{pid}/stat").read_text()
        raw = pathlib.Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    rest = stat.rsplit(")", 1)[1].split()
    if rest[0] == "Z":
        return None  # exited, waiting to be reaped: not running
    argv = tuple(part.decode(errors="replace") for part in raw.split(b"\0") if part)
    return Proc(pid=pid, ppid=int(rest[1]), started=int(rest[19]), argv=argv)


def processes() -> list[Proc]:
    """Every running (not zombie) process."""
    found = []
    for entry in pathlib.Path("/proc").iterdir():
        if entry.name.isdigit() and (proc := _read(int(entry.name))) is not None:
            found.append(proc)
    return found


def descendants(root: int) -> list[Proc]:
    """The running processes under `root`, at any depth."""
    by_parent: dict[int, list[Proc]] = {}
    for proc in processes():
        by_parent.setdefault(proc.ppid, []).append(proc)
    out: list[Proc] = []
    todo = [root]
    while todo:
        for child in by_parent.get(todo.pop(), []):
            out.append(child)
            todo.append(child.pid)
    return out


def database_children(server_pid: int) -> dict[str, Proc]:
    """The server's own `postgres` and `ferretdb` children (one each, or an error)."""
    found: dict[str, Proc] = {}
    for proc in descendants(server_pid):
        if proc.ppid == server_pid and proc.kind in ("postgres", "ferretdb"):
            assert proc.kind not in found, f"two {proc.kind} children: {found[proc.kind]}, {proc}"
            found[proc.kind] = proc
    return found


def database_processes(data_dir: pathlib.Path) -> list[Proc]:
    """Running postgres/ferretdb processes whose command line names `data_dir`."""
    marker = str(data_dir.resolve())
    return [
        p
        for p in processes()
        if p.kind in ("postgres", "ferretdb") and any(marker in arg for arg in p.argv)
    ]


def running(proc: Proc) -> bool:
    """Whether this very process (same pid and start time) still runs."""
    now = _read(proc.pid)
    return now is not None and now.started == proc.started


async def survivors(procs: Iterable[Proc], within: float) -> list[Proc]:
    """Wait up to `within` seconds for `procs` to end; return those still running."""
    left = list(procs)
    deadline = time.monotonic() + within
    while left:
        left = [p for p in left if running(p)]
        if not left or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.05)
    return left


# --- health -----------------------------------------------------------------------------


async def health_status(stub: health_pb2_grpc.HealthStub, service: str = "") -> int | str:
    """The health status of `service`, or the name of the call's error code."""
    try:
        reply = await stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=1)
    except grpc.aio.AioRpcError as exc:
        return str(exc.code().name)
    return int(reply.status)


async def wait_status(
    address: str,
    want: int,
    within: float,
    proc: subprocess.Popen[bytes] | None = None,
    every: float = 0.02,
) -> float:
    """Poll Health/Check("") until `want`; return the seconds it took."""
    start = time.monotonic()
    async with grpc.aio.insecure_channel(address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        while True:
            if proc is not None and proc.poll() is not None:
                raise AssertionError(f"modelstore serve exited early with {proc.returncode}")
            got = await health_status(stub)
            if got == want:
                return time.monotonic() - start
            if time.monotonic() - start > within:
                raise AssertionError(f"{address} stayed {got}, not {want}, for {within}s")
            await asyncio.sleep(every)


# --- a served process -------------------------------------------------------------------


@dataclass
class Served:
    """A running `modelstore serve` subprocess."""

    proc: subprocess.Popen[bytes]
    address: str
    data_dir: pathlib.Path
    stdout_path: pathlib.Path
    stderr_path: pathlib.Path
    ready_after: float = 0.0
    """Seconds from spawning the process to health SERVING."""

    async def signal(self, sig: signal.Signals, *, group: bool = False) -> int:
        """Send `sig` (to the whole process group, like a terminal's Ctrl-C, when `group`)."""
        if group:
            os.killpg(self.proc.pid, sig)
        else:
            self.proc.send_signal(sig)
        return await asyncio.to_thread(self.proc.wait, 60)

    def output(self) -> str:
        return self.stdout_path.read_text() + self.stderr_path.read_text()


def log_paths(logs: pathlib.Path) -> tuple[pathlib.Path, pathlib.Path]:
    """Fresh stdout/stderr files for the next server process."""
    logs.mkdir(parents=True, exist_ok=True)
    n = len(list(logs.glob("stdout-*")))
    return logs / f"stdout-{n}", logs / f"stderr-{n}"


@contextlib.asynccontextmanager
async def serve(
    data_dir: pathlib.Path,
    logs: pathlib.Path,
    args: Sequence[str] = (),
    *,
    within: float = 60,
    address: str | None = None,
    env: Mapping[str, str] | None = None,
    **more_env: str,
) -> AsyncIterator[Served]:
    """Run `modelstore --data-dir <data_dir> serve --listen 127.0.0.1:<free> [args]`.

    `address` listens there instead of on a free port (a restart that clients find where
    they left it). The environment is `serve_env` plus `env` and `more_env`. Yields once
    health is SERVING; on exit anything still running is killed with its group.
    """
    stdout_path, stderr_path = log_paths(logs)
    address = address or f"127.0.0.1:{free_port()}"
    argv = [
        *modelstore_command(),
        "--data-dir",
        str(data_dir),
        "serve",
        "--listen",
        address,
        *args,
    ]
    # The server gets SIGTERM should this test process die without its clean-up (killed
    # or timed out), so no server outlives the run; its children follow it (PDEATHSIG).
    argv, extra = launch(argv, parent_death_signal=signal.SIGTERM)
    with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
        proc = subprocess.Popen(  # noqa: ASYNC220 - a long-lived child, waited on below
            argv,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env=serve_env(**(env or {}), **more_env),
            start_new_session=True,
            **extra,
        )
    served = Served(proc, address, data_dir, stdout_path, stderr_path)
    try:
        try:
            served.ready_after = await wait_status(address, SERVING, within, proc, every=0.05)
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n{served.output()}") from None
        yield served
    finally:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        await asyncio.to_thread(proc.wait)


# --- writes whose acknowledgement is recorded -------------------------------------------


def new_workspace(wid: str, name: str | None = None) -> workspace_pb2.CreateWorkspaceRequest:
    return workspace_pb2.CreateWorkspaceRequest(
        workspace=workspace_pb2.Workspace(
            id=wid, name=name or wid, allowed_origins=["https://a.example"]
        )
    )


@dataclass
class Writers:
    """Concurrent CreateWorkspace loops that record what was acknowledged and what failed."""

    address: str
    prefix: str
    acked: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    """(code name, ErrorInfo reason) of every failed call."""
    failed_at: list[float] = field(default_factory=list)
    """When each failed call ended (time.monotonic)."""
    _stop: asyncio.Event = field(default_factory=asyncio.Event)
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def start(self, concurrency: int = 4) -> None:
        for n in range(concurrency):
            self._tasks.append(asyncio.create_task(self._loop(n)))

    async def _loop(self, n: int) -> None:
        async with grpc.aio.insecure_channel(self.address) as channel:
            stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            for i in range(100_000):  # bounded: the test stops the writers long before
                if self._stop.is_set():
                    return
                wid = f"{self.prefix}-{n}-{i:05d}"
                try:
                    await stub.CreateWorkspace(new_workspace(wid), timeout=15)
                    self.acked.append(wid)
                except grpc.aio.AioRpcError as exc:
                    got = failure(exc)
                    self.failures.append((got.code.name, got.reason))
                    self.failed_at.append(time.monotonic())
                    await asyncio.sleep(0.01)

    async def stop(self) -> None:
        self._stop.set()
        await asyncio.gather(*self._tasks)


async def missing_workspaces(address: str, ids: Sequence[str]) -> list[str]:
    """The ids among `ids` that the server does not have."""
    found: set[str] = set()
    async with grpc.aio.insecure_channel(address) as channel:
        stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            try:
                reply = await stub.BatchGetWorkspaces(
                    workspace_pb2.BatchGetWorkspacesRequest(ids=chunk), timeout=30
                )
                found.update(w.id for w in reply.workspaces)
            except grpc.aio.AioRpcError as exc:
                if exc.code() != grpc.StatusCode.NOT_FOUND:
                    raise
                for wid in chunk:  # some are missing: find which, one by one
                    with contextlib.suppress(grpc.aio.AioRpcError):
                        got = await stub.GetWorkspace(
                            workspace_pb2.GetWorkspaceRequest(id=wid), timeout=30
                        )
                        found.add(got.workspace.id)
    return [wid for wid in ids if wid not in found]
