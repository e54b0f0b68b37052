"""End to end: `modelstore serve --workers 2`: two processes share one port and one database.

The parent starts the embedded FerretDB once, the workers serve the same port
(SO_REUSEPORT), every connection is answered, and SIGTERM stops everything with exit 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pathlib
import signal
import subprocess

import grpc

from modelstore.platform.v1 import workspace_pb2, workspace_pb2_grpc
from modelstore_server.embedded import free_port
from tests.e2e.test_serve import (
    alive,
    ferretdb_pids,
    log_paths,
    modelstore_command,
    serve_env,
    wait_serving,
)


def _children(pid: int) -> list[int]:
    out = []
    for entry in pathlib.Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            out.append(int(entry.name))
    return out


async def test_two_workers_share_the_port_and_stop_on_sigterm(tmp_path: pathlib.Path) -> None:
    data = tmp_path / "data"
    stdout_path, stderr_path = log_paths(tmp_path / "logs")
    address = f"127.0.0.1:{free_port()}"
    argv = [
        *modelstore_command(),
        "--data-dir",
        str(data),
        "serve",
        "--listen",
        address,
        "--workers",
        "2",
    ]
    with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
        proc = subprocess.Popen(  # noqa: ASYNC220 - a long-lived child, waited on below
            argv,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env=serve_env(),
            start_new_session=True,
        )
    try:
        await wait_serving(address, proc, within=60)
        # Both workers must be up: each prints its own line once serving.
        deadline = asyncio.get_running_loop().time() + 30
        while stdout_path.read_text().count("modelstore serving on") < 3:
            assert proc.poll() is None, stderr_path.read_text()
            assert asyncio.get_running_loop().time() < deadline, stdout_path.read_text()
            await asyncio.sleep(0.1)
        workers = [p for p in _children(proc.pid) if p not in ferretdb_pids(data)]
        assert len(workers) == 2, workers
        assert len(ferretdb_pids(data)) == 1  # one database for both workers

        # Many fresh connections: the kernel spreads them over the workers; all are served
        # and all see the same database.
        ids = [f"ws-{i}" for i in range(12)]
        for wid in ids:
            async with grpc.aio.insecure_channel(address) as channel:
                stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
                await stub.CreateWorkspace(
                    workspace_pb2.CreateWorkspaceRequest(
                        workspace=workspace_pb2.Workspace(id=wid, name=wid)
                    ),
                    timeout=30,
                )
        for wid in ids:
            async with grpc.aio.insecure_channel(address) as channel:
                stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
                got = await stub.GetWorkspace(workspace_pb2.GetWorkspaceRequest(id=wid), timeout=30)
                assert got.workspace.id == wid

        proc.send_signal(signal.SIGTERM)
        code = await asyncio.to_thread(proc.wait, 60)
        output = stdout_path.read_text() + stderr_path.read_text()
        assert code == 0, output
        assert "with 2 workers" in output
        for pid in workers:
            assert not alive(pid)
        assert ferretdb_pids(data) == []  # the parent stopped it before exiting
    finally:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        await asyncio.to_thread(proc.wait)
