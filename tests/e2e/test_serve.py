"""End to end: `modelstore serve` as a real process, with its embedded FerretDB.

Covers the foundation of the server's lifecycle: start on a data directory, serve, stop on
SIGTERM/SIGINT after draining in-flight RPCs (exit 0, FerretDB gone), keep data across a
restart, reflection (v1 and v1alpha, through grpcurl and directly), health that follows
the database, and one-line start-up errors.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import grpc
import pytest
from google.protobuf import descriptor_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from modelstore.platform.v1 import workspace_pb2, workspace_pb2_grpc
from modelstore_server.app import Modelstore
from modelstore_server.embedded import EmbeddedFerretDB, free_port
from tests.conftest import make_settings
from tests.support import failure

SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING
WORKSPACE_SERVICE = "modelstore.platform.v1.WorkspaceService"
HEALTH_SERVICE = "grpc.health.v1.Health"
V1_REFLECTION = "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo"
LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|CRITICAL) ")
GO_BIN = pathlib.Path(os.environ.get("GOPATH") or pathlib.Path.home() / "go") / "bin"


# --- helpers -------------------------------------------------------------------------------


def modelstore_command() -> list[str]:
    """The installed console script next to this interpreter, else `python -m`."""
    script = pathlib.Path(sys.executable).parent / "modelstore"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "modelstore_server.cli"]


def tool(name: str) -> str:
    found = shutil.which(name) or (str(GO_BIN / name) if (GO_BIN / name).exists() else None)
    if found is None:
        pytest.fail(f"{name} is not installed; run ./scripts/setup")
    return found


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


def ferretdb_pids(data_dir: pathlib.Path) -> list[int]:
    """Live FerretDB processes whose command line names this data directory."""
    marker = str(data_dir.resolve() / "ferretdb").encode()
    pids = []
    for entry in pathlib.Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if argv and argv[0].endswith(b"ferretdb") and any(marker in arg for arg in argv):
            pids.append(int(entry.name))
    return pids


def alive(pid: int) -> bool:
    """Whether a pid is a running (not zombie) process."""
    try:
        stat = pathlib.Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


async def wait_serving(address: str, proc: subprocess.Popen[bytes] | None, within: float) -> None:
    """Poll grpc.health.v1.Health/Check("") until SERVING."""
    deadline = time.monotonic() + within
    async with grpc.aio.insecure_channel(address) as channel:
        health = health_pb2_grpc.HealthStub(channel)
        while True:
            if proc is not None and proc.poll() is not None:
                raise AssertionError(f"modelstore serve exited early with {proc.returncode}")
            with contextlib.suppress(grpc.aio.AioRpcError):
                reply = await health.Check(health_pb2.HealthCheckRequest(), timeout=1)
                if reply.status == SERVING:
                    return
            if time.monotonic() > deadline:
                raise AssertionError(f"{address} did not become SERVING in {within}s")
            await asyncio.sleep(0.1)


@dataclass
class Served:
    """A running `modelstore serve` subprocess."""

    proc: subprocess.Popen[bytes]
    address: str
    data_dir: pathlib.Path
    stdout_path: pathlib.Path
    stderr_path: pathlib.Path

    async def signal(self, sig: signal.Signals, *, group: bool = False) -> int:
        """Send `sig` (to the whole process group, like a terminal's Ctrl-C, when `group`)."""
        if group:
            os.killpg(self.proc.pid, sig)
        else:
            self.proc.send_signal(sig)
        return await asyncio.to_thread(self.proc.wait, 30)

    def output(self) -> str:
        return self.stdout_path.read_text() + self.stderr_path.read_text()


def log_paths(logs: pathlib.Path) -> tuple[pathlib.Path, pathlib.Path]:
    """Fresh stdout/stderr files for the next server process."""
    logs.mkdir(parents=True, exist_ok=True)
    n = len(list(logs.glob("stdout-*")))
    return logs / f"stdout-{n}", logs / f"stderr-{n}"


@contextlib.asynccontextmanager
async def serve(data_dir: pathlib.Path, logs: pathlib.Path, **env: str) -> AsyncIterator[Served]:
    """Run `modelstore --data-dir <data_dir> serve --listen 127.0.0.1:<free>` until SERVING."""
    stdout_path, stderr_path = log_paths(logs)
    address = f"127.0.0.1:{free_port()}"
    argv = [*modelstore_command(), "--data-dir", str(data_dir), "serve", "--listen", address]
    with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
        proc = subprocess.Popen(  # noqa: ASYNC220 - a long-lived child, waited on below
            argv,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env=serve_env(**env),
            start_new_session=True,
        )
    served = Served(proc, address, data_dir, stdout_path, stderr_path)
    try:
        try:
            await wait_serving(address, proc, within=30)
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n{served.output()}") from None
        yield served
    finally:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        await asyncio.to_thread(proc.wait)


def new_workspace(wid: str, name: str) -> workspace_pb2.CreateWorkspaceRequest:
    return workspace_pb2.CreateWorkspaceRequest(
        workspace=workspace_pb2.Workspace(id=wid, name=name, allowed_origins=["https://a.example"])
    )


async def run(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return await asyncio.to_thread(
        subprocess.run,
        list(argv),
        capture_output=True,
        text=True,
        timeout=30,
        env=env,
        check=False,
    )


# --- 1. serve, stop, restart ----------------------------------------------------------------


async def test_serve_stop_restart_keeps_data(tmp_path: pathlib.Path) -> None:
    # The first run is on the default event loop (uvloop, installed with the server), the
    # restart on asyncio's own: both serve, drain on a signal and exit 0.
    data = tmp_path / "data"
    async with serve(data, tmp_path / "logs") as served:
        assert f"modelstore serving on {served.address}" in served.stdout_path.read_text()
        assert "event loop: uvloop" in served.output()
        assert (data / "ferretdb").is_dir()
        ferrets = ferretdb_pids(data)
        assert len(ferrets) == 1, ferrets
        async with grpc.aio.insecure_channel(served.address) as channel:
            stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            reply = await stub.CreateWorkspace(new_workspace("ws-e2e", "E2E"), timeout=10)
            created = reply.workspace
            assert created.id == "ws-e2e"
            assert created.HasField("created_at")
            assert created.created_at.seconds > 0
            assert created.HasField("updated_at")
            assert created.updated_at.seconds > 0
            assert created.etag
            assert created.status == workspace_pb2.WORKSPACE_STATUS_ACTIVE
            got = (
                await stub.GetWorkspace(workspace_pb2.GetWorkspaceRequest(id="ws-e2e"), timeout=10)
            ).workspace
            assert got == created

        assert await served.signal(signal.SIGTERM) == 0, served.output()
        assert not alive(ferrets[0]), "FerretDB outlived `modelstore serve`"
        assert ferretdb_pids(data) == []
        assert "Traceback" not in served.output()

    async with serve(data, tmp_path / "logs", MODELSTORE_EVENT_LOOP="asyncio") as served:
        assert "event loop: asyncio" in served.output()
        async with grpc.aio.insecure_channel(served.address) as channel:
            stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            again = (
                await stub.GetWorkspace(workspace_pb2.GetWorkspaceRequest(id="ws-e2e"), timeout=10)
            ).workspace
            # Same document, and the generated key file still decrypts what was written.
            assert again == created
        ferrets = ferretdb_pids(data)
        assert len(ferrets) == 1, ferrets
        assert await served.signal(signal.SIGINT) == 0, served.output()
        assert not alive(ferrets[0])
        assert ferretdb_pids(data) == []
        assert "Traceback" not in served.output()


# --- 2. drain -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sig", "group"),
    [(signal.SIGTERM, False), (signal.SIGINT, True)],
    ids=["sigterm", "ctrl-c-to-process-group"],
)
async def test_signal_drains_in_flight_rpcs(
    tmp_path: pathlib.Path, sig: signal.Signals, group: bool
) -> None:
    data = tmp_path / "data"
    outcomes: dict[str, tuple[str, float]] = {}  # id -> (outcome, wall-clock time)
    async with serve(data, tmp_path / "logs") as served:
        # A terminal's Ctrl-C goes to the whole foreground process group: FerretDB must not
        # be in it, or it stops accepting connections while the server still drains.
        (ferret,) = ferretdb_pids(data)
        assert os.getpgid(ferret) != os.getpgid(served.proc.pid)
        async with grpc.aio.insecure_channel(served.address) as channel:
            stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)

            async def create(i: int) -> None:
                wid = f"ws-drain-{i:03d}"
                try:
                    await stub.CreateWorkspace(new_workspace(wid, f"drain {i}"), timeout=30)
                    outcomes[wid] = ("OK", time.time())
                except grpc.aio.AioRpcError as exc:
                    got = failure(exc)
                    outcomes[wid] = (f"{got.code.name}/{got.reason}: {got.message}", time.time())

            first = [asyncio.create_task(create(i)) for i in range(200)]
            while sum(1 for o, _ in outcomes.values() if o == "OK") < 5:
                if all(t.done() for t in first):
                    break
                await asyncio.sleep(0.002)
            assert len(outcomes) < 200, "every RPC finished before the signal"
            ret = asyncio.create_task(served.signal(sig, group=group))
            # More calls while the server drains: they may be refused, but only cleanly.
            late = [asyncio.create_task(create(i)) for i in range(200, 220)]
            await asyncio.gather(*first, *late)
            code = await ret

        assert code == 0, served.output()
        assert ferretdb_pids(data) == []
        assert "Traceback" not in served.output()
        (draining,) = [
            line
            for line in served.stderr_path.read_text().splitlines()
            if "shutting down: draining in-flight RPCs" in line
        ]
        shutdown_began = dt.datetime.strptime(draining[:23], "%Y-%m-%d %H:%M:%S,%f").timestamp()

    # UNAVAILABLE is fine only as the transport refusing a call (no ErrorInfo); one from the
    # handler (reason DATABASE_UNAVAILABLE) would mean the database went away mid-drain.
    bad = {
        w: o for w, (o, _) in outcomes.items() if o != "OK" and not o.startswith("UNAVAILABLE/: ")
    }
    assert bad == {}, bad
    ok = sorted(w for w, (o, _) in outcomes.items() if o == "OK")
    drained = [w for w, (o, at) in outcomes.items() if o == "OK" and at > shutdown_began]
    assert drained, "no in-flight RPC completed after shutdown began"

    async with serve(data, tmp_path / "logs") as served:
        async with grpc.aio.insecure_channel(served.address) as channel:
            stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            reply = await stub.BatchGetWorkspaces(
                workspace_pb2.BatchGetWorkspacesRequest(ids=ok), timeout=30
            )
            assert sorted(w.id for w in reply.workspaces) == ok
        assert await served.signal(signal.SIGTERM) == 0


# --- 3. reflection --------------------------------------------------------------------------


@pytest.fixture(scope="module")
async def served(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Served]:
    root = tmp_path_factory.mktemp("reflection")
    async with serve(root / "data", root / "logs") as running:
        yield running
        assert await running.signal(signal.SIGTERM) == 0


async def test_grpcurl_list_and_describe(served: Served) -> None:
    grpcurl = tool("grpcurl")
    listed = await run(grpcurl, "-plaintext", served.address, "list")
    assert listed.returncode == 0, listed.stderr
    services = listed.stdout.split()
    for name in (
        WORKSPACE_SERVICE,
        HEALTH_SERVICE,
        "grpc.reflection.v1.ServerReflection",
        "grpc.reflection.v1alpha.ServerReflection",
    ):
        assert name in services

    described = await run(
        grpcurl, "-plaintext", served.address, "describe", "modelstore.platform.v1.Workspace"
    )
    assert described.returncode == 0, described.stderr
    assert "modelstore.platform.v1.Workspace is a message" in described.stdout
    assert "google.protobuf.Timestamp created_at" in described.stdout

    service = await run(grpcurl, "-plaintext", served.address, "describe", WORKSPACE_SERVICE)
    assert service.returncode == 0, service.stderr
    assert "rpc CreateWorkspace" in service.stdout

    health = await run(grpcurl, "-plaintext", served.address, f"{HEALTH_SERVICE}/Check")
    assert health.returncode == 0, health.stderr
    assert '"SERVING"' in health.stdout


async def reflect(
    call: Callable[..., Any], *requests: reflection_pb2.ServerReflectionRequest
) -> list[reflection_pb2.ServerReflectionResponse]:
    stream = call(iter(requests), timeout=10)
    return [reply async for reply in stream]


@pytest.mark.parametrize("version", ["v1alpha", "v1"])
async def test_reflection_protocol(served: Served, version: str) -> None:
    async with grpc.aio.insecure_channel(served.address) as channel:
        if version == "v1alpha":
            call = reflection_pb2_grpc.ServerReflectionStub(channel).ServerReflectionInfo
        else:
            call = channel.stream_stream(
                V1_REFLECTION,
                request_serializer=reflection_pb2.ServerReflectionRequest.SerializeToString,
                response_deserializer=reflection_pb2.ServerReflectionResponse.FromString,
            )
        listed, symbol = await reflect(
            call,
            reflection_pb2.ServerReflectionRequest(list_services=""),
            reflection_pb2.ServerReflectionRequest(
                file_containing_symbol="modelstore.platform.v1.Workspace"
            ),
        )
    assert listed.WhichOneof("message_response") == "list_services_response"
    names = {s.name for s in listed.list_services_response.service}
    assert {WORKSPACE_SERVICE, HEALTH_SERVICE} <= names
    assert f"grpc.reflection.{version}.ServerReflection" in names

    assert symbol.WhichOneof("message_response") == "file_descriptor_response", symbol
    files = [
        descriptor_pb2.FileDescriptorProto.FromString(raw)
        for raw in symbol.file_descriptor_response.file_descriptor_proto
    ]
    workspace_file = next(f for f in files if f.name == "modelstore/platform/v1/workspace.proto")
    assert "Workspace" in [m.name for m in workspace_file.message_type]


# --- 4. health follows the database ---------------------------------------------------------


async def test_health_follows_database(tmp_path: pathlib.Path) -> None:
    ferret = EmbeddedFerretDB(tmp_path / "db")
    uri = await ferret.start()
    app = Modelstore(
        make_settings(
            uri,
            tmp_path / "server",
            health_interval=0.2,
            server_selection_timeout_ms=1000,
        )
    )
    try:
        await app.start()
        async with grpc.aio.insecure_channel(app.address) as channel:
            health = health_pb2_grpc.HealthStub(channel)
            stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)

            async def status(service: str = "") -> int:
                request = health_pb2.HealthCheckRequest(service=service)
                reply = await health.Check(request, timeout=5)
                return int(reply.status)

            async def until(want: int, within: float) -> float:
                start = time.monotonic()
                while (got := await status()) != want:
                    assert time.monotonic() - start < within, f"health stuck at {got}"
                    await asyncio.sleep(0.05)
                return time.monotonic() - start

            assert await status() == SERVING
            assert await status(WORKSPACE_SERVICE) == SERVING
            reply = await stub.CreateWorkspace(new_workspace("ws-health", "H"), timeout=10)
            created = reply.workspace

            port = ferret.port
            ferret.kill()
            await until(NOT_SERVING, within=5)
            assert await status(WORKSPACE_SERVICE) == NOT_SERVING

            start = time.monotonic()
            with pytest.raises(grpc.aio.AioRpcError) as raised:
                await stub.CreateWorkspace(new_workspace("ws-down", "D"), timeout=20)
            elapsed = time.monotonic() - start
            got = failure(raised.value)
            assert got.code == grpc.StatusCode.UNAVAILABLE, got
            assert got.reason == "DATABASE_UNAVAILABLE"
            assert elapsed < 5, f"UNAVAILABLE took {elapsed:.1f}s"

            await ferret.start(port=port)
            assert ferret.port == port
            await until(SERVING, within=10)
            assert await status(WORKSPACE_SERVICE) == SERVING
            again = (
                await stub.GetWorkspace(
                    workspace_pb2.GetWorkspaceRequest(id="ws-health"), timeout=10
                )
            ).workspace
            assert again == created
            await stub.CreateWorkspace(new_workspace("ws-up", "U"), timeout=10)
    finally:
        await app.stop(grace=0)
        await ferret.stop()


# --- 5. start-up errors ---------------------------------------------------------------------


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert all(LOG_LINE.match(line) for line in lines), result.stderr
    errors = [line for line in lines if " ERROR " in line]
    assert len(errors) == 1, result.stderr
    assert "serving" not in result.stdout
    return errors[0]


async def test_startup_errors_are_one_line(tmp_path: pathlib.Path) -> None:
    def serve_with(name: str, **env: str) -> Any:
        return run(
            *modelstore_command(),
            "--data-dir",
            str(tmp_path / name),
            "serve",
            "--listen",
            f"127.0.0.1:{free_port()}",
            env=serve_env(**env),
        )

    unreachable, malformed, missing, bad_loop = await asyncio.gather(
        serve_with("unreachable", MONGODB_URI=f"mongodb://127.0.0.1:{free_port()}/"),
        serve_with("malformed", MONGODB_URI="not-a-mongodb-uri"),
        serve_with("missing", MODELSTORE_FERRETDB_BIN="/nonexistent"),
        serve_with("bad-loop", MODELSTORE_EVENT_LOOP="trio"),
    )
    assert "event loop must be one of auto, uvloop, asyncio" in _one_line_error(bad_loop)
    assert "127.0.0.1" in _one_line_error(unreachable)
    assert "mongodb" in _one_line_error(malformed).lower()
    assert "/nonexistent" in _one_line_error(missing)
    assert not (tmp_path / "missing" / "ferretdb").exists()
