"""The change feed across kill -9: of the server, and of its PostgreSQL, during writes.

`modelstore serve` on the embedded default (the feed on), writers creating workspaces, a
kill -9 in the middle, a restart; then every acknowledged write has exactly one CREATE
event in the feed (read from the oldest event with ListChanges), and a watcher that had
been following the feed before the crash resumes from its last token and sees the rest
exactly once.
"""

from __future__ import annotations

import asyncio
import os
import pathlib
import signal
from collections import Counter

import grpc
import pytest

from modelstore.v1 import change_pb2, change_pb2_grpc
from tests.e2e.harness import Writers, database_children, database_processes, serve

pytestmark = pytest.mark.timeout(300)

WORKSPACE = "modelstore.platform.v1.Workspace"


async def all_creates(address: str, prefix: str) -> Counter[str]:
    """Every CREATE event of a workspace named `prefix-*`, counted by id, from the start."""
    seen: Counter[str] = Counter()
    token = ""
    async with grpc.aio.insecure_channel(address) as channel:
        stub = change_pb2_grpc.ChangeServiceStub(channel)
        for _ in range(10_000):  # bounded: the feed holds a few thousand events here
            reply = await stub.ListChanges(
                change_pb2.ListChangesRequest(
                    entity_types=[WORKSPACE],
                    filter="operation = CREATE",
                    page_size=1000,
                    page_token=token,
                ),
                timeout=30,
            )
            for event in reply.events:
                if event.entity_id.startswith(prefix):
                    seen[event.entity_id] += 1
            if not reply.events:
                return seen
            token = reply.next_page_token
    raise AssertionError("the feed did not end")


async def wait_for_events(address: str, prefix: str, ids: list[str], within: float) -> Counter[str]:
    """Poll the feed until it holds a CREATE of every id in `ids` (captured asynchronously)."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        seen = await all_creates(address, prefix)
        if all(seen[i] for i in ids) or asyncio.get_running_loop().time() > deadline:
            return seen
        await asyncio.sleep(0.2)


async def follow(address: str, tokens: list[str], events: list[str]) -> None:
    """Watch workspace creates until cancelled or the stream breaks, noting tokens."""
    async with grpc.aio.insecure_channel(address) as channel:
        stub = change_pb2_grpc.ChangeServiceStub(channel)
        call = stub.WatchChanges(
            change_pb2.WatchChangesRequest(entity_types=[WORKSPACE], filter="operation = CREATE")
        )
        try:
            async for reply in call:
                events.extend(e.entity_id for e in reply.events)
                tokens.append(reply.resume_token)
        except grpc.aio.AioRpcError:
            return


@pytest.mark.parametrize("victim", ["server", "postgres"])
async def test_every_acknowledged_write_has_exactly_its_event_across_kill_9(
    data_dir: pathlib.Path, tmp_root: pathlib.Path, victim: str
) -> None:
    logs = tmp_root / f"logs-{data_dir.name}"
    prefix = f"ws-feed-{victim}"
    acked: list[str] = []
    watched: list[str] = []
    tokens: list[str] = []
    async with serve(data_dir, logs) as served:
        watcher = asyncio.create_task(follow(served.address, tokens, watched))
        for _ in range(1000):  # the stream's first answer is its start: writes come after
            if tokens:
                break
            await asyncio.sleep(0.01)
        assert tokens, "the watch did not start"
        writers = Writers(served.address, prefix)
        writers.start(concurrency=4)
        for _ in range(2000):  # writes acknowledged, and some already watched
            if len(writers.acked) >= 60 and len(watched) >= 10:
                break
            await asyncio.sleep(0.01)
        assert watched, "the watcher received nothing before the crash"
        if victim == "server":
            os.killpg(served.proc.pid, signal.SIGKILL)
            await asyncio.to_thread(served.proc.wait)
            for _ in range(500):  # its database children follow it (parent-death signal)
                if not database_processes(data_dir):
                    break
                await asyncio.sleep(0.02)
        else:
            os.kill(database_children(served.proc.pid)["postgres"].pid, signal.SIGKILL)
            for _ in range(2000):  # writes go through again after the restart
                if len(writers.acked) >= 120:
                    break
                await asyncio.sleep(0.01)
        await writers.stop()
        acked.extend(writers.acked)
        if victim == "postgres":
            seen = await wait_for_events(served.address, prefix, acked, within=30)
            watcher.cancel()
            assert not [i for i in acked if seen[i] != 1], "missing or repeated events"
            assert await served.signal(signal.SIGTERM) == 0, served.output()
        await asyncio.gather(watcher, return_exceptions=True)

    async with serve(data_dir, logs) as served:
        seen = await wait_for_events(served.address, prefix, acked, within=30)
        missing = [i for i in acked if seen[i] == 0]
        repeated = [i for i, n in seen.items() if n > 1]
        assert missing == [], f"{len(missing)} acknowledged writes without their event"
        assert repeated == [], f"{len(repeated)} events stored twice"

        # The watcher of before the crash resumes from its last token: the rest, once each.
        last = next((t for t in reversed(tokens) if t), "")
        assert last, "the watcher received nothing before the crash"
        rest: list[str] = []
        async with grpc.aio.insecure_channel(served.address) as channel:
            stub = change_pb2_grpc.ChangeServiceStub(channel)
            call = stub.WatchChanges(
                change_pb2.WatchChangesRequest(
                    entity_types=[WORKSPACE], filter="operation = CREATE", resume_token=last
                )
            )
            wanted = {i for i in seen if i not in watched}

            async def read() -> None:
                async for reply in call:
                    rest.extend(e.entity_id for e in reply.events)
                    if wanted <= set(rest):
                        return

            await asyncio.wait_for(read(), 30)
            call.cancel()
        ours = [i for i in watched + rest if i.startswith(prefix)]
        assert len(ours) == len(set(ours)), "a resumed watcher saw an event twice"
        assert set(ours) == set(seen)
        assert await served.signal(signal.SIGTERM) == 0, served.output()
