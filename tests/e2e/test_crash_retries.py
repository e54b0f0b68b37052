"""kill -9 of the server under concurrent creates with request ids: nothing acknowledged is
lost, and retrying every call after the restart creates nothing twice (AIP-155).

Writers create workspaces without choosing their ids, each call with its own `request_id`,
so the server derives the id. The server is killed mid-stream; after a restart every call
that was sent (acknowledged or not) is sent again with its request id. Each retry must
succeed with the entity the first attempt made (when it landed), and the database must hold
exactly one workspace per request id.
"""

from __future__ import annotations

import asyncio
import pathlib
import signal
from dataclasses import dataclass, field

import grpc

from modelstore.platform.v1 import workspace_pb2, workspace_pb2_grpc
from tests.e2e.harness import serve


def _create(rid: str) -> workspace_pb2.CreateWorkspaceRequest:
    return workspace_pb2.CreateWorkspaceRequest(
        workspace=workspace_pb2.Workspace(name=rid, allowed_origins=["https://a.example"]),
        request_id=rid,
    )


@dataclass
class RequestIdWriters:
    """Create loops that remember every request id sent, and the id of each acknowledged."""

    address: str
    sent: list[str] = field(default_factory=list)
    acked: dict[str, str] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    _stop: asyncio.Event = field(default_factory=asyncio.Event)
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def start(self, concurrency: int) -> None:
        self._tasks = [asyncio.create_task(self._loop(n)) for n in range(concurrency)]

    async def _loop(self, n: int) -> None:
        async with grpc.aio.insecure_channel(self.address) as channel:
            stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            for i in range(100_000):  # bounded: the test stops the writers long before
                if self._stop.is_set():
                    return
                rid = f"crash-{n}-{i:05d}"
                self.sent.append(rid)
                try:
                    got = await stub.CreateWorkspace(_create(rid), timeout=15)
                    self.acked[rid] = got.workspace.id
                except grpc.aio.AioRpcError as exc:
                    self.failures.append(exc.code().name)
                    return  # the server is gone: this loop's work is retried later

    async def stop(self) -> None:
        self._stop.set()
        await asyncio.gather(*self._tasks)


async def _all_names(stub: workspace_pb2_grpc.WorkspaceServiceStub) -> list[str]:
    names: list[str] = []
    token = ""
    for _ in range(1000):  # bounded paging
        page = await stub.ListWorkspaces(
            workspace_pb2.ListWorkspacesRequest(page_size=500, page_token=token)
        )
        names += [w.name for w in page.workspaces]
        token = page.next_page_token
        if not token:
            return names
    raise AssertionError("paging did not end")


async def test_retries_after_kill_9_create_nothing_twice(
    data_dir: pathlib.Path, tmp_root: pathlib.Path
) -> None:
    logs = tmp_root / f"logs-{data_dir.name}"
    async with serve(data_dir, logs) as served:
        writers = RequestIdWriters(served.address)
        writers.start(concurrency=8)
        for _ in range(2000):  # until enough are acknowledged, so many are in flight
            if len(writers.acked) >= 80:
                break
            await asyncio.sleep(0.01)
        served.proc.kill()
        await asyncio.to_thread(served.proc.wait, 10)
        await writers.stop()
    assert set(writers.failures) <= {"UNAVAILABLE", "DEADLINE_EXCEEDED"}, writers.failures
    assert len(writers.acked) >= 80

    async with serve(data_dir, logs) as served:
        async with grpc.aio.insecure_channel(served.address) as channel:
            stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            retried = await asyncio.gather(
                *(stub.CreateWorkspace(_create(r)) for r in writers.sent)
            )
            by_rid = {rid: got.workspace.id for rid, got in zip(writers.sent, retried, strict=True)}
            # An acknowledged create answers its retry with the same entity.
            assert {rid: by_rid[rid] for rid in writers.acked} == writers.acked
            names = await _all_names(stub)
        assert sorted(names) == sorted(writers.sent)  # one workspace per request id, no more
        assert len(set(by_rid.values())) == len(writers.sent)
        assert await served.signal(signal.SIGTERM) == 0, served.output()
