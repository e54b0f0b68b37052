"""End to end: `modelstore serve --workers 2`: two processes share one port and one database.

The parent starts the embedded database once (one PostgreSQL, one FerretDB, its children),
the workers serve the same port (SO_REUSEPORT), every connection is answered, and SIGTERM
stops the workers, then both database children, with exit 0. The change feed is captured
by one of the workers. The group's metrics are one endpoint, the parent's, summing what
every worker counted (docs/operations.md).
"""

from __future__ import annotations

import asyncio
import pathlib
import signal
import urllib.request

import grpc

from modelstore.platform.v1 import workspace_pb2, workspace_pb2_grpc
from modelstore.v1 import change_pb2, change_pb2_grpc
from modelstore_server.embedded import free_port
from tests.e2e.harness import (
    database_children,
    database_processes,
    descendants,
    new_workspace,
    serve,
    survivors,
)


async def _changed_ids(address: str) -> set[str]:
    """The entity ids the change feed holds, once it holds any (within 10 s)."""
    async with grpc.aio.insecure_channel(address) as channel:
        changes = change_pb2_grpc.ChangeServiceStub(channel)
        for _ in range(100):  # bounded: 10 s
            page = await changes.ListChanges(change_pb2.ListChangesRequest(), timeout=10)
            if len(page.events) >= 12:
                return {e.entity_id for e in page.events}
            await asyncio.sleep(0.1)
    return set()


def workers_of(parent: int) -> list[int]:
    """The worker processes of a `serve --workers` parent."""
    return [
        p.pid
        for p in descendants(parent)
        if p.ppid == parent and any("modelstore_server.cli" in arg for arg in p.argv)
    ]


def _environ(pid: int) -> dict[str, str]:
    raw = pathlib.Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(item.decode().split("=", 1) for item in raw if b"=" in item)


def _scrape(url: str) -> dict[str, object]:
    with urllib.request.urlopen(url, timeout=10) as reply:
        text = reply.read().decode()
    counts: dict[str, object] = {"text": text}
    for line in text.splitlines():
        if line.startswith("modelstore_rpcs_total{") and 'code="OK"' in line:
            method = line.split('method="', 1)[1].split('"', 1)[0]
            counts[method] = float(line.rsplit(" ", 1)[1])
    return counts


async def test_two_workers_share_the_port_and_stop_on_sigterm(
    data_dir: pathlib.Path, tmp_root: pathlib.Path
) -> None:
    logs = tmp_root / f"logs-{data_dir.name}"
    metrics = f"127.0.0.1:{free_port()}"
    async with serve(data_dir, logs, ["--workers", "2", "--metrics-listen", metrics]) as served:
        # Both workers must be up: each prints its own line once serving.
        for _ in range(300):
            if served.stdout_path.read_text().count("modelstore serving on") >= 3:
                break
            assert served.proc.poll() is None, served.output()
            await asyncio.sleep(0.1)
        assert served.stdout_path.read_text().count("modelstore serving on") == 3, served.output()
        workers = workers_of(served.proc.pid)
        assert len(workers) == 2, workers
        # One database for both workers, run by the parent; none started by a worker.
        assert sorted(database_children(served.proc.pid)) == ["ferretdb", "postgres"]
        for worker in workers:
            assert database_children(worker) == {}
        processes = descendants(served.proc.pid)

        # Many fresh connections: the kernel spreads them over the workers; all are served
        # and all see the same database.
        ids = [f"ws-{i}" for i in range(12)]
        for wid in ids:
            async with grpc.aio.insecure_channel(served.address) as channel:
                stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
                await stub.CreateWorkspace(new_workspace(wid), timeout=30)
        for wid in ids:
            async with grpc.aio.insecure_channel(served.address) as channel:
                stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
                got = await stub.GetWorkspace(workspace_pb2.GetWorkspaceRequest(id=wid), timeout=30)
                assert got.workspace.id == wid
        # One of the workers captures the change feed (the parent passes them the
        # PostgreSQL under the database), whichever worker serves the read.
        assert set(ids) <= await _changed_ids(served.address)

        # One scrape of the parent counts every worker's calls, whichever served them.
        scraped = await asyncio.to_thread(_scrape, f"http://{metrics}/metrics")
        for method in ("CreateWorkspace", "GetWorkspace"):
            assert scraped[method] == len(ids), scraped
        assert 'modelstore_embedded_restarts_total{child="postgres"} 0.0' in scraped["text"]
        shared = pathlib.Path(_environ(workers[0])["PROMETHEUS_MULTIPROC_DIR"])
        files = {f.name for f in await asyncio.to_thread(lambda: list(shared.iterdir()))}
        assert {f"counter_{pid}.db" for pid in workers} <= files, files

        code = await served.signal(signal.SIGTERM)
        output = served.output()
        assert code == 0, output
        assert "with 2 workers" in output
        assert "Traceback" not in output
        # The workers, PostgreSQL with its backends, and FerretDB: all gone.
        assert await survivors(processes, within=0.5) == []
        assert database_processes(data_dir) == []
        # The parent removed the workers' metrics files.
        assert not await asyncio.to_thread(shared.exists)
        log = (data_dir / "postgres.log").read_text()
        assert log.rstrip().endswith("database system is shut down"), log[-2000:]
