"""`watch_changes`: the change feed iterator of the Python client, against real servers.

A real `modelstore serve` (the feed is on for the embedded database) is stopped under a
watcher twice, once with SIGTERM (the stream ends with UNAVAILABLE) and once with kill -9
(the connection drops), and started again on the same data and port: the watcher yields
every write once, in order, with nothing missing. An in-process server with the feed on
checks what is not retried (a trimmed token, a bad filter), heartbeats moving the
position, and the sync variant.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import pathlib
import signal
import threading
import uuid
from collections.abc import AsyncIterator

import grpc
import pytest
from google.protobuf import field_mask_pb2

from modelstore.client import (
    FailedPreconditionError,
    InvalidArgumentError,
    WatchBackoff,
    connect,
    watch_changes,
    watch_changes_sync,
)
from modelstore.platform.v1 import workspace_pb2, workspace_pb2_grpc
from modelstore.v1 import change_pb2
from modelstore_server.app import Modelstore
from modelstore_server.changes import log as changes_log
from modelstore_server.embedded import free_port
from tests.conftest import make_settings
from tests.e2e.harness import serve
from tests.statistics import EMBEDDED

pytestmark = pytest.mark.timeout(300)

OP = change_pb2.ChangeOperation
WORKSPACE = "modelstore.platform.v1.Workspace"
FAST = WatchBackoff(initial=0.05, cap=0.5)


def only(wid: str) -> change_pb2.WatchChangesRequest:
    return change_pb2.WatchChangesRequest(entity_types=[WORKSPACE], filter=f'entity_id = "{wid}"')


async def create(address: str, wid: str) -> str:
    async with grpc.aio.insecure_channel(address) as channel:
        reply = await workspace_pb2_grpc.WorkspaceServiceStub(channel).CreateWorkspace(
            workspace_pb2.CreateWorkspaceRequest(
                workspace=workspace_pb2.Workspace(id=wid, name=wid)
            ),
            timeout=15,
        )
    return reply.workspace.etag


async def rename(address: str, wid: str, name: str) -> str:
    async with grpc.aio.insecure_channel(address) as channel:
        reply = await workspace_pb2_grpc.WorkspaceServiceStub(channel).UpdateWorkspace(
            workspace_pb2.UpdateWorkspaceRequest(
                workspace=workspace_pb2.Workspace(id=wid, name=name),
                update_mask=field_mask_pb2.FieldMask(paths=["name"]),
            ),
            metadata=(("x-tenant-id", wid),),
            timeout=15,
        )
    return reply.workspace.etag


async def take(events: AsyncIterator[change_pb2.ChangeEvent], count: int, within: float = 60):
    """The next `count` events of a watcher, or fail after `within` seconds."""
    out: list[change_pb2.ChangeEvent] = []

    async def read() -> None:
        while len(out) < count:
            out.append(await anext(events))

    await asyncio.wait_for(read(), within)
    return out


async def test_the_watcher_resumes_across_restarts_with_no_gap_and_no_repeat(
    data_dir: pathlib.Path, tmp_root: pathlib.Path
) -> None:
    logs = tmp_root / f"logs-{data_dir.name}"
    address = f"127.0.0.1:{free_port()}"
    wid = f"ws-watch-{uuid.uuid4().hex[:8]}"
    etags: list[str] = []
    got: list[change_pb2.ChangeEvent] = []
    channels = 0

    def channel() -> grpc.aio.Channel:
        nonlocal channels
        channels += 1
        return grpc.aio.insecure_channel(address)

    async with serve(data_dir, logs, address=address) as served:
        watcher = watch_changes(channel, only(wid), backoff=FAST)
        # The first connection opens when iteration starts: start it before writing.
        first = asyncio.ensure_future(anext(watcher))
        await asyncio.sleep(1)
        etags.append(await create(address, wid))
        got += [await asyncio.wait_for(first, 60)]
        etags += [await rename(address, wid, f"before {i}") for i in range(3)]
        got += await take(watcher, 1)
        # Two of these updates are committed but not yet taken when the server stops.
        assert await served.signal(signal.SIGTERM) == 0, served.output()

    async with serve(data_dir, logs, address=address) as served:
        etags += [await rename(address, wid, f"between {i}") for i in range(2)]
        got += await take(watcher, 4)
        served.proc.kill()
        await asyncio.to_thread(served.proc.wait, 10)

    async with serve(data_dir, logs, address=address) as served:
        etags += [await rename(address, wid, f"after {i}") for i in range(2)]
        got += await take(watcher, 2)
        checkpoint = watcher.resume_token
        await watcher.aclose()
        assert await served.signal(signal.SIGTERM) == 0, served.output()

    updates = [OP.CHANGE_OPERATION_UPDATE] * (len(etags) - 1)
    assert [e.operation for e in got] == [OP.CHANGE_OPERATION_CREATE, *updates]
    assert [e.etag for e in got] == etags  # every write once, in commit order
    assert {e.entity_id for e in got} == {wid}
    tokens = [e.resume_token for e in got]
    assert len(set(tokens)) == len(tokens)
    assert checkpoint == tokens[-1]
    assert channels >= 3  # a fresh channel after each stop


@pytest.fixture(scope="module")
async def fed(database_uri: str, tmp_root: pathlib.Path) -> AsyncIterator[Modelstore]:
    """An in-process server with the change feed on, on a database of its own."""
    embedded = EMBEDDED.get(database_uri)
    app = Modelstore(
        make_settings(
            database_uri,
            tmp_root / f"watch-{uuid.uuid4().hex[:6]}",
            change_feed=True,
            change_capture_url=embedded.postgres.url if embedded is not None else None,
        )
    )
    await app.start()
    try:
        yield app
    finally:
        await app.stop(grace=0)


async def test_a_trimmed_token_and_a_bad_filter_are_raised_not_retried(fed: Modelstore) -> None:
    wid = f"ws-trim-{uuid.uuid4().hex[:8]}"
    async with grpc.aio.insecure_channel(fed.address) as channel:
        watcher = watch_changes(channel, only(wid), backoff=FAST)
        first = asyncio.ensure_future(anext(watcher))
        await asyncio.sleep(0.5)
        await create(fed.address, wid)
        await rename(fed.address, wid, "trimmed too")
        created = await asyncio.wait_for(first, 30)
        (renamed,) = await take(watcher, 1)
        await watcher.aclose()

        assert fed.capture is not None
        log = changes_log.ChangeLog(fed.capture._log.events, fed.capture._log.state)
        at = renamed.commit_time.ToDatetime(tzinfo=dt.UTC) + dt.timedelta(milliseconds=1)
        assert await log.trim(at, dt.timedelta(0)) >= 2
        # A position before the horizon: its events may be gone, so it must not resume.
        stale = watch_changes(channel, only(wid), resume_token=created.resume_token, backoff=FAST)
        with pytest.raises(FailedPreconditionError) as trimmed:
            await asyncio.wait_for(anext(stale), 30)
        assert trimmed.value.reason == "INVALID_STATE"
        assert "retained" in trimmed.value.message

        bad = watch_changes(channel, change_pb2.WatchChangesRequest(filter="operation = "))
        with pytest.raises(InvalidArgumentError):
            await asyncio.wait_for(anext(bad), 30)


async def test_a_heartbeat_moves_the_position_without_an_event(fed: Modelstore) -> None:
    async with grpc.aio.insecure_channel(fed.address) as channel:
        watcher = watch_changes(channel, only(f"ws-none-{uuid.uuid4().hex[:8]}"))
        assert watcher.resume_token == ""
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(anext(watcher), 12)  # the server heartbeats every 10 s
        # wait_for cancelled the pending read; the position it read stays.
        assert watcher.resume_token
        await watcher.aclose()


async def test_the_sync_watcher_yields_events_and_closes_from_another_thread(
    fed: Modelstore,
) -> None:
    wid = f"ws-sync-{uuid.uuid4().hex[:8]}"
    seen: list[change_pb2.ChangeEvent] = []
    ready = threading.Event()

    def consume() -> None:
        with connect(fed.address) as channel:
            watcher = watch_changes_sync(channel, only(wid), backoff=FAST)
            ready.set()
            for event in watcher:
                seen.append(event)
                if len(seen) == 2:
                    watcher.close()
            # close() ended the loop: the iterator is exhausted, not broken.
            assert next(watcher, None) is None

    consumer = asyncio.ensure_future(asyncio.to_thread(consume))
    await asyncio.to_thread(ready.wait, 10)
    await asyncio.sleep(1)
    etags = [await create(fed.address, wid), await rename(fed.address, wid, "sync")]
    await asyncio.wait_for(consumer, 30)
    assert [e.etag for e in seen] == etags
