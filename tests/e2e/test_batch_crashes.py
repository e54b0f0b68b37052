"""kill -9 of the server during a stream of batch creates: all or none, and no duplicates.

Writers send BatchCreateWorkspaces of `SIZE` workspaces each, every batch with its own
`request_id` and its workspaces named after it, and the server is killed mid-stream, so
some batch is being applied at that instant (its record `applying` in the batch journal).
After a restart (whose start-up undoes that batch):

- every batch is whole or absent: no request_id has some of its workspaces stored;
- every acknowledged batch is whole;
- every batch sent, acknowledged or not, is sent again with its request_id: each retry
  succeeds, an acknowledged one answers with the workspaces it made, and afterwards the
  database holds exactly `SIZE` workspaces per request_id.

Then the same for BatchUpdate, whose items are written one by one (so a kill lands
between two of them far more often): writers rename their own workspaces batch after
batch, and after the kill and restart each writer's workspaces carry one batch's name,
the last acknowledged one's or a later one's, never a mix.
"""

from __future__ import annotations

import asyncio
import collections
import pathlib
import signal
from dataclasses import dataclass, field

import grpc
from google.protobuf import field_mask_pb2

from modelstore.platform.v1 import workspace_pb2, workspace_pb2_grpc
from tests.e2e.harness import serve

SIZE = 20
WS = workspace_pb2


def _batch(rid: str) -> WS.BatchCreateWorkspacesRequest:
    items = [
        WS.CreateWorkspaceRequest(
            workspace=WS.Workspace(name=f"{rid}/{k:02d}", allowed_origins=["https://a.example"])
        )
        for k in range(SIZE)
    ]
    return WS.BatchCreateWorkspacesRequest(requests=items, request_id=rid)


@dataclass
class BatchWriters:
    """Batch loops that remember every request_id sent, and the ids each acknowledged one got."""

    address: str
    sent: list[str] = field(default_factory=list)
    acked: dict[str, list[str]] = field(default_factory=dict)
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
                rid = f"batch-{n}-{i:05d}"
                self.sent.append(rid)
                try:
                    got = await stub.BatchCreateWorkspaces(_batch(rid), timeout=30)
                    self.acked[rid] = [w.id for w in got.workspaces]
                except grpc.aio.AioRpcError as exc:
                    self.failures.append(exc.code().name)
                    return  # the server is gone: this loop's work is retried later

    async def stop(self) -> None:
        self._stop.set()
        await asyncio.gather(*self._tasks)


async def _stored(stub: workspace_pb2_grpc.WorkspaceServiceStub) -> collections.Counter[str]:
    """How many stored workspaces each request_id has (by the names the batches gave)."""
    count: collections.Counter[str] = collections.Counter()
    token = ""
    for _ in range(1000):  # bounded paging
        page = await stub.ListWorkspaces(WS.ListWorkspacesRequest(page_size=500, page_token=token))
        count.update(w.name.split("/")[0] for w in page.workspaces)
        token = page.next_page_token
        if not token:
            return count
    raise AssertionError("paging did not end")


async def test_a_batch_killed_part_way_is_undone_and_retries_duplicate_nothing(
    data_dir: pathlib.Path, tmp_root: pathlib.Path
) -> None:
    logs = tmp_root / f"logs-{data_dir.name}"
    async with serve(data_dir, logs) as served:
        writers = BatchWriters(served.address)
        writers.start(concurrency=4)
        for _ in range(3000):  # until enough are acknowledged, so several are mid-batch
            if len(writers.acked) >= 12:
                break
            await asyncio.sleep(0.01)
        served.proc.kill()
        await asyncio.to_thread(served.proc.wait, 10)
        await writers.stop()
    assert set(writers.failures) <= {"UNAVAILABLE", "DEADLINE_EXCEEDED"}, writers.failures
    assert len(writers.acked) >= 12

    async with serve(data_dir, logs) as served:
        async with grpc.aio.insecure_channel(served.address) as channel:
            stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            stored = await _stored(stub)
            assert {rid: n for rid, n in stored.items() if n != SIZE} == {}  # none half-applied
            assert all(stored[rid] == SIZE for rid in writers.acked)
            retried = await asyncio.gather(
                *(stub.BatchCreateWorkspaces(_batch(r), timeout=60) for r in writers.sent)
            )
            by_rid = {
                rid: [w.id for w in got.workspaces]
                for rid, got in zip(writers.sent, retried, strict=True)
            }
            # An acknowledged batch answers its retry with the same workspaces.
            assert {rid: by_rid[rid] for rid in writers.acked} == writers.acked
            after = await _stored(stub)
        assert after == dict.fromkeys(writers.sent, SIZE)  # each batch once, whole
        assert await served.signal(signal.SIGTERM) == 0, served.output()


@dataclass
class UpdateWriters:
    """Loops that each rename their own `SIZE` workspaces in one BatchUpdate after another."""

    address: str
    owned: dict[int, list[str]]
    sent: dict[int, list[str]] = field(default_factory=lambda: collections.defaultdict(list))
    acked: dict[int, list[str]] = field(default_factory=lambda: collections.defaultdict(list))
    failures: list[str] = field(default_factory=list)
    _stop: asyncio.Event = field(default_factory=asyncio.Event)
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._loop(n)) for n in self.owned]

    async def _loop(self, n: int) -> None:
        async with grpc.aio.insecure_channel(self.address) as channel:
            stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            for i in range(100_000):  # bounded: the test stops the writers long before
                if self._stop.is_set():
                    return
                rid = f"rename-{n}-{i:05d}"
                self.sent[n].append(rid)
                try:
                    await stub.BatchUpdateWorkspaces(_renames(self.owned[n], rid), timeout=30)
                    self.acked[n].append(rid)
                except grpc.aio.AioRpcError as exc:
                    self.failures.append(exc.code().name)
                    return

    async def stop(self) -> None:
        self._stop.set()
        await asyncio.gather(*self._tasks)


def _renames(ids: list[str], rid: str) -> WS.BatchUpdateWorkspacesRequest:
    items = [
        WS.UpdateWorkspaceRequest(
            workspace=WS.Workspace(id=wid, name=rid),
            update_mask=field_mask_pb2.FieldMask(paths=["name"]),
        )
        for wid in ids
    ]
    return WS.BatchUpdateWorkspacesRequest(requests=items, request_id=rid)


async def test_a_batch_update_killed_part_way_is_undone(
    data_dir: pathlib.Path, tmp_root: pathlib.Path
) -> None:
    """Each writer's workspaces always carry one batch's name: never two after a crash."""
    logs = tmp_root / f"logs-{data_dir.name}"
    async with serve(data_dir, logs) as served:
        async with grpc.aio.insecure_channel(served.address) as channel:
            stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            owned: dict[int, list[str]] = {}
            for n in range(3):
                made = await stub.BatchCreateWorkspaces(_batch(f"own-{n}"))
                owned[n] = [w.id for w in made.workspaces]
                await stub.BatchUpdateWorkspaces(_renames(owned[n], f"start-{n}"))
        writers = UpdateWriters(served.address, owned)
        for n in owned:  # the state before the stream: one name, as if one batch made it
            writers.sent[n].append(f"start-{n}")
            writers.acked[n].append(f"start-{n}")
        writers.start()
        for _ in range(3000):
            if sum(len(a) for a in writers.acked.values()) >= 15:
                break
            await asyncio.sleep(0.01)
        served.proc.kill()
        await asyncio.to_thread(served.proc.wait, 10)
        await writers.stop()
    assert set(writers.failures) <= {"UNAVAILABLE", "DEADLINE_EXCEEDED"}, writers.failures

    async with serve(data_dir, logs) as served:
        async with grpc.aio.insecure_channel(served.address) as channel:
            stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            for n, ids in owned.items():
                got = await stub.BatchGetWorkspaces(WS.BatchGetWorkspacesRequest(ids=ids))
                names = {w.name for w in got.workspaces}
                assert len(names) == 1, names  # whole batches only
                (name,) = names
                # The last acknowledged batch, or the one after it that was applied whole.
                assert name in writers.sent[n][len(writers.acked[n]) - 1 :], (name, n)
                last = writers.sent[n][-1]
                retried = await stub.BatchUpdateWorkspaces(_renames(ids, last), timeout=60)
                assert {w.name for w in retried.workspaces} == {last}
        assert await served.signal(signal.SIGTERM) == 0, served.output()
