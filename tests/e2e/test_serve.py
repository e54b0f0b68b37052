"""End to end: `modelstore serve` as a real process, with its embedded database.

The embedded default is two children of the server: PostgreSQL 15 with DocumentDB, and
FerretDB v2 in front of it. Covered here: start on a data directory (first start creates
the cluster; a later start is SERVING within 5 s), data kept across restarts, SIGTERM/SIGINT
drain in-flight RPCs and then stop both children cleanly, a child killed with kill -9 is
restarted with backoff while health says NOT_SERVING and no acknowledged write is lost, a
server killed with kill -9 takes its children with it, MONGODB_URI selects another
database, reflection, and one-line start-up errors.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import pathlib
import shutil
import signal
import subprocess
import time
import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any

import grpc
import pytest
from google.protobuf import descriptor_pb2
from grpc_health.v1 import health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc
from pymongo import AsyncMongoClient

from modelstore.platform.v1 import workspace_pb2, workspace_pb2_grpc
from modelstore_server.embedded import EmbeddedDatabase, free_port
from modelstore_server.embedded.postgres import CLUSTER_USER
from modelstore_server.storage.documents import version_of
from tests.e2e.harness import (
    GO_BIN,
    NOT_SERVING,
    SERVING,
    Proc,
    Served,
    Writers,
    database_children,
    database_processes,
    descendants,
    health_status,
    missing_workspaces,
    modelstore_command,
    new_workspace,
    running,
    serve,
    serve_env,
    survivors,
    wait_status,
)
from tests.support import failure

WORKSPACE_SERVICE = "modelstore.platform.v1.WorkspaceService"
HEALTH_SERVICE = "grpc.health.v1.Health"
V1_REFLECTION = "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo"
LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}
"""The levels of a log line: every stderr line is one JSON object (docs/operations.md)."""
STARTUP_BUDGET = 5.0
"""Seconds from spawning `modelstore serve` on an existing data directory to SERVING."""
DATABASE_DOWN = ("UNAVAILABLE", "DATABASE_UNAVAILABLE")
"""What a call gets while the database is away: retryable, and saying why."""


# --- helpers -------------------------------------------------------------------------------


def tool(name: str) -> str:
    found = shutil.which(name) or (str(GO_BIN / name) if (GO_BIN / name).exists() else None)
    if found is None:
        pytest.fail(f"{name} is not installed; run ./scripts/setup")
    return found


def owner(pid: int) -> int:
    """The real uid of a process."""
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Uid:"):
            return int(line.split()[1])
    raise AssertionError(f"no Uid line for {pid}")


def check_children(served: Served) -> tuple[dict[str, Proc], list[Proc]]:
    """The server's two database children, each in its own process group; and all its
    descendants (the children, PostgreSQL's backends), to check for survivors later."""
    children = database_children(served.proc.pid)
    assert sorted(children) == ["ferretdb", "postgres"], children
    for child in children.values():
        # A terminal's Ctrl-C goes to the foreground process group: the database must not
        # be in it, or it stops while the server still drains.
        assert os.getpgid(child.pid) != os.getpgid(served.proc.pid), child
    if os.geteuid() == 0:
        # PostgreSQL refuses to run as root: the cluster runs as its own system user.
        import pwd

        assert owner(children["postgres"].pid) == pwd.getpwnam(CLUSTER_USER).pw_uid
    return children, descendants(served.proc.pid)


async def check_stopped_cleanly(served: Served, processes: list[Proc]) -> None:
    """After the server exited: no child or backend of it runs, and PostgreSQL shut down
    properly (a crash would make the next start replay the WAL)."""
    assert await survivors(processes, within=0.5) == []
    assert database_processes(served.data_dir) == []
    log = (served.data_dir / "postgres.log").read_text()
    assert log.rstrip().endswith("database system is shut down"), log[-2000:]
    assert "Traceback" not in served.output()


async def get_workspace(address: str, wid: str) -> workspace_pb2.Workspace:
    async with grpc.aio.insecure_channel(address) as channel:
        stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
        reply = await stub.GetWorkspace(workspace_pb2.GetWorkspaceRequest(id=wid), timeout=10)
        return reply.workspace


async def run(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return await asyncio.to_thread(
        subprocess.run,
        list(argv),
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


# --- 1. serve, stop, restart ----------------------------------------------------------------


async def test_serve_stop_restart_keeps_data(
    data_dir: pathlib.Path, tmp_root: pathlib.Path
) -> None:
    # The first run is on the default event loop (uvloop, installed with the server), the
    # restart on asyncio's own: both serve, drain on a signal and stop both children.
    logs = tmp_root / f"logs-{data_dir.name}"
    async with serve(data_dir, logs) as served:
        assert f"modelstore serving on {served.address}" in served.stdout_path.read_text()
        assert "event loop: uvloop" in served.output()
        assert "created the embedded PostgreSQL cluster" in served.output()
        assert (data_dir / "postgres" / "PG_VERSION").is_file()
        _, processes = check_children(served)
        async with grpc.aio.insecure_channel(served.address) as channel:
            stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            reply = await stub.CreateWorkspace(new_workspace("ws-e2e", "E2E"), timeout=10)
            created = reply.workspace
            assert created.id == "ws-e2e"
            assert created.created_at.seconds > 0
            assert created.updated_at.seconds > 0
            assert created.etag
            assert created.status == workspace_pb2.WORKSPACE_STATUS_ACTIVE
        assert await get_workspace(served.address, "ws-e2e") == created
        assert await served.signal(signal.SIGTERM) == 0, served.output()
        await check_stopped_cleanly(served, processes)

    async with serve(data_dir, logs, MODELSTORE_EVENT_LOOP="asyncio") as served:
        # Warm: the cluster exists, so this is PostgreSQL's start, FerretDB's and ours.
        assert served.ready_after < STARTUP_BUDGET, f"SERVING after {served.ready_after:.2f}s"
        print(f"e2e: start-up to SERVING on an existing data dir: {served.ready_after:.2f}s")
        assert "event loop: asyncio" in served.output()
        assert "created the embedded PostgreSQL cluster" not in served.output()
        # Same document, and the generated key file still decrypts what was written.
        assert await get_workspace(served.address, "ws-e2e") == created
        _, processes = check_children(served)
        assert await served.signal(signal.SIGINT) == 0, served.output()
        await check_stopped_cleanly(served, processes)
    log = (data_dir / "postgres.log").read_text()
    assert "not properly shut down" not in log, log[-2000:]


# --- 2. drain -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sig", "group"),
    [(signal.SIGTERM, False), (signal.SIGINT, True)],
    ids=["sigterm", "ctrl-c-to-process-group"],
)
async def test_signal_drains_in_flight_rpcs(
    data_dir: pathlib.Path, tmp_root: pathlib.Path, sig: signal.Signals, group: bool
) -> None:
    logs = tmp_root / f"logs-{data_dir.name}"
    outcomes: dict[str, tuple[str, float]] = {}  # id -> (outcome, wall-clock time)
    async with serve(data_dir, logs) as served:
        _, processes = check_children(served)
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
            for _ in range(5000):  # until a few are done, so the rest are in flight
                if sum(1 for o, _ in outcomes.values() if o == "OK") >= 5:
                    break
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
        await check_stopped_cleanly(served, processes)
        (draining,) = [
            line
            for line in map(json.loads, served.stderr_path.read_text().splitlines())
            if line["message"] == "shutting down: draining in-flight RPCs"
        ]
        # The line's time is UTC with milliseconds: 2026-12-01T18:40:02.113Z.
        shutdown_began = dt.datetime.fromisoformat(draining["time"]).timestamp()

    # UNAVAILABLE is fine only as a call refused before it started: by the drain gate
    # (reason SHUTTING_DOWN) or the transport (no ErrorInfo). One from the handler (reason
    # DATABASE_UNAVAILABLE) would mean the database went away mid-drain.
    refused = ("UNAVAILABLE/: ", "UNAVAILABLE/SHUTTING_DOWN: ")
    bad = {w: o for w, (o, _) in outcomes.items() if o != "OK" and not o.startswith(refused)}
    assert bad == {}, bad
    ok = sorted(w for w, (o, _) in outcomes.items() if o == "OK")
    drained = [w for w, (o, at) in outcomes.items() if o == "OK" and at > shutdown_began]
    assert drained, "no in-flight RPC completed after shutdown began"

    async with serve(data_dir, logs) as served:
        assert await missing_workspaces(served.address, ok) == []
        assert await served.signal(signal.SIGTERM) == 0


# --- 3. a child crashes; the server crashes -------------------------------------------------


async def _watch_recovery(address: str, killed_at: float, within: float) -> tuple[float, float]:
    """Poll health from a kill: return (seconds to NOT_SERVING, seconds to SERVING again)."""
    down: float | None = None
    async with grpc.aio.insecure_channel(address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        for _ in range(int(within / 0.01)):
            got = await health_status(stub)
            now = time.monotonic() - killed_at
            if got == NOT_SERVING and down is None:
                down = now
            if got == SERVING and down is not None:
                # Every named service follows the server's own status.
                assert await health_status(stub, WORKSPACE_SERVICE) == SERVING
                return down, now
            assert now < within, f"health {got} {now:.1f}s after the kill"
            await asyncio.sleep(0.01)
    raise AssertionError(f"no recovery within {within}s (NOT_SERVING seen: {down is not None})")


@pytest.mark.parametrize("name", ["ferretdb", "postgres"])
async def test_a_killed_child_is_restarted_without_losing_writes(
    data_dir: pathlib.Path, tmp_root: pathlib.Path, name: str
) -> None:
    logs = tmp_root / f"logs-{data_dir.name}"
    async with serve(data_dir, logs) as served:
        children, _ = check_children(served)
        writers = Writers(served.address, f"ws-{name}")
        writers.start(concurrency=4)
        for _ in range(1000):  # some writes acknowledged before the kill
            if len(writers.acked) >= 20:
                break
            await asyncio.sleep(0.01)
        timings = []
        # Twice: the second restart of the same child waits longer (backoff).
        for attempt in (1, 2):
            victim = children[name]
            acked_before = len(writers.acked)
            killed_at = time.monotonic()
            os.kill(victim.pid, signal.SIGKILL)
            down, up = await _watch_recovery(served.address, killed_at, within=20)
            timings.append((down, up))
            serving_again = killed_at + up
            print(f"e2e: kill -9 {name} #{attempt}: NOT_SERVING {down:.2f}s, SERVING {up:.2f}s")
            assert not running(victim)
            children, _ = check_children(served)
            assert children[name].pid != victim.pid
            for _ in range(1000):  # writes go through again
                if len(writers.acked) >= acked_before + 20:
                    break
                await asyncio.sleep(0.01)
            # SERVING means it: a call that fails later than a moment after it (one that was
            # already waiting for the database may still end in UNAVAILABLE) is a lie.
            late = [at - serving_again for at in writers.failed_at if at > serving_again + 1]
            assert late == [], f"calls failed {late} s after SERVING"
        await writers.stop()
        output = served.output()
        supervision = [line for line in output.splitlines() if "modelstore.embedded" in line]
        child_log = (data_dir / f"{name}.log").read_text().splitlines()[-40:]
        assert output.count(f"embedded {name} restarted") == 2, (supervision, child_log)
        for delay in ("0.1", "0.2"):
            line = f"embedded {name} exited (code -9); restarting in {delay}s"
            assert line in output, (supervision, child_log)
        assert "Traceback" not in output

        # What clients saw meanwhile: the database is away, retry (never INTERNAL/UNKNOWN).
        assert set(writers.failures) <= {DATABASE_DOWN}, writers.failures
        print(f"e2e: kill -9 {name}: {len(writers.failures)} calls UNAVAILABLE")
        assert await missing_workspaces(served.address, writers.acked) == []
        assert await served.signal(signal.SIGTERM) == 0, served.output()
    for down, up in timings:
        assert down < up < 10


async def test_kill_9_of_the_server_takes_its_children_along(
    data_dir: pathlib.Path, tmp_root: pathlib.Path
) -> None:
    logs = tmp_root / f"logs-{data_dir.name}"
    async with serve(data_dir, logs) as served:
        _, processes = check_children(served)
        writers = Writers(served.address, "ws-crash")
        writers.start(concurrency=4)
        for _ in range(1000):
            if len(writers.acked) >= 50:
                break
            await asyncio.sleep(0.01)
        killed_at = time.monotonic()
        served.proc.kill()  # the server alone: its children are in their own groups
        await asyncio.to_thread(served.proc.wait, 10)
        await writers.stop()
        # PR_SET_PDEATHSIG: each child is told when the server dies; nothing is left.
        assert await survivors(processes, within=15) == []
        gone_after = time.monotonic() - killed_at
        print(f"e2e: children gone {gone_after:.2f}s after kill -9 of the server")
        assert database_processes(data_dir) == []
        # Calls in flight when the server died lost their connection (no ErrorInfo).
        assert {code for code, _ in writers.failures} <= {"UNAVAILABLE"}, writers.failures

    async with serve(data_dir, logs) as served:
        assert await missing_workspaces(served.address, writers.acked) == []
        assert await served.signal(signal.SIGTERM) == 0, served.output()


# --- 4. MONGODB_URI selects another database ------------------------------------------------


async def test_mongodb_uri_selects_another_database(
    data_dir: pathlib.Path, tmp_root: pathlib.Path
) -> None:
    external = EmbeddedDatabase(tmp_root / f"external-{data_dir.name}")
    uri = await external.start()
    database = f"e2e_{uuid.uuid4().hex[:8]}"
    logs = tmp_root / f"logs-{data_dir.name}"
    try:
        # `--no-migrate` leaves the indexes to `modelstore migrate`: a write goes through,
        # and the collection has its primary key only.
        unmigrated = f"{database}_unmigrated"
        async with serve(
            data_dir, logs, ["--no-migrate"], MONGODB_URI=uri, MODELSTORE_DATABASE=unmigrated
        ) as served:
            async with grpc.aio.insecure_channel(served.address) as channel:
                stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
                await stub.CreateWorkspace(new_workspace("ws-unmigrated"), timeout=10)
            plain: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri)
            try:
                indexes = await plain[unmigrated]["platform.workspaces"].index_information()
            finally:
                await plain.close()
            assert list(indexes) == ["_id_"], indexes
            assert await served.signal(signal.SIGTERM) == 0, served.output()
        async with serve(data_dir, logs, MONGODB_URI=uri, MODELSTORE_DATABASE=database) as served:
            assert database_children(served.proc.pid) == {}
            assert not (data_dir / "postgres").exists()
            async with grpc.aio.insecure_channel(served.address) as channel:
                stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
                created = (
                    await stub.CreateWorkspace(new_workspace("ws-ext"), timeout=10)
                ).workspace
                client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri)
                try:
                    doc = await client[database]["platform.workspaces"].find_one({"_id": "ws-ext"})
                finally:
                    await client.close()
                assert doc is not None
                assert version_of(doc) == created.etag  # the digest of what is stored

                # The external database goes away: NOT_SERVING, and calls are UNAVAILABLE
                # (after the driver's server selection timeout), never INTERNAL.
                port = external.port
                await external.stop()
                await wait_status(served.address, NOT_SERVING, within=10)
                started = time.monotonic()
                with pytest.raises(grpc.aio.AioRpcError) as raised:
                    await stub.CreateWorkspace(new_workspace("ws-down"), timeout=20)
                got = failure(raised.value)
                assert (got.code.name, got.reason) == DATABASE_DOWN, got
                assert time.monotonic() - started < 5

                # Back on the same address: SERVING again, with the data.
                await external.start(port=port)
                await wait_status(served.address, SERVING, within=10)
                again = await stub.GetWorkspace(
                    workspace_pb2.GetWorkspaceRequest(id="ws-ext"), timeout=10
                )
                assert again.workspace == created
            assert await served.signal(signal.SIGTERM) == 0, served.output()
        assert external.healthy, "stopping the server must leave an external database alone"
    finally:
        await external.stop()


# --- 5. reflection --------------------------------------------------------------------------


@pytest.fixture(scope="module")
async def served(tmp_root: pathlib.Path) -> AsyncIterator[Served]:
    root = tmp_root / f"reflection-{uuid.uuid4().hex[:8]}"
    async with serve(root / "data", root / "logs") as running_server:
        yield running_server
        assert await running_server.signal(signal.SIGTERM) == 0


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


# --- 6. start-up errors ---------------------------------------------------------------------


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr
    lines = [json.loads(line) for line in result.stderr.splitlines()]
    assert all(line["level"] in LEVELS for line in lines), result.stderr
    errors = [line["message"] for line in lines if line["level"] == "ERROR"]
    assert len(errors) == 1, result.stderr
    assert "serving" not in result.stdout
    return str(errors[0])


async def test_startup_errors_are_one_line(tmp_path: pathlib.Path, tmp_root: pathlib.Path) -> None:
    def serve_with(data: pathlib.Path, **env: str) -> Any:
        return run(
            *modelstore_command(),
            "--data-dir",
            str(data),
            "serve",
            "--listen",
            f"127.0.0.1:{free_port()}",
            env=serve_env(**env),
        )

    # Data directories under tmp_root (traversable) unless the test is about reachability.
    base = tmp_root / f"startup-{uuid.uuid4().hex[:8]}"
    unreachable, malformed, no_ferretdb, no_postgres, bad_loop, bad_flag = await asyncio.gather(
        serve_with(base / "unreachable", MONGODB_URI=f"mongodb://127.0.0.1:{free_port()}/"),
        serve_with(base / "malformed", MONGODB_URI="not-a-mongodb-uri"),
        serve_with(base / "no-ferretdb", MODELSTORE_FERRETDB_BIN="/nonexistent/ferretdb"),
        serve_with(base / "no-postgres", MODELSTORE_POSTGRES_BIN_DIR="/nonexistent/bin"),
        serve_with(base / "bad-loop", MODELSTORE_EVENT_LOOP="trio"),
        serve_with(base / "bad-flag", MODELSTORE_MIGRATE_ON_START="maybe"),
    )
    assert "MODELSTORE_MIGRATE_ON_START must be true or false" in _one_line_error(bad_flag)
    assert "MODELSTORE_EVENT_LOOP must be one of auto, uvloop, asyncio" in _one_line_error(bad_loop)
    assert "127.0.0.1" in _one_line_error(unreachable)
    assert "mongodb" in _one_line_error(malformed).lower()
    assert "/nonexistent/ferretdb" in _one_line_error(no_ferretdb)
    assert "/nonexistent/bin" in _one_line_error(no_postgres)
    for name in ("no-ferretdb", "no-postgres"):
        assert not (base / name / "postgres").exists()
    if os.geteuid() == 0:
        # As root the cluster runs as its own user, which cannot reach a data directory in
        # pytest's 0700 folders. (As another user the cluster is that user's: no such case.)
        private = _one_line_error(await serve_with(tmp_path / "private"))
        assert "cannot reach" in private
        assert CLUSTER_USER in private
