"""Failover under FerretDB v2/DocumentDB: kill -9 of the primary, promotion of the
synchronous standby, and nothing acknowledged lost or duplicated.

A PostgreSQL 15 primary with a synchronous standby (tests/e2e/replication.py), and
`modelstore serve --postgresql-url` naming both: the server runs FerretDB in front of
whichever is the primary. Writers create workspaces through the gRPC API, each call with its
own `request_id` and retried with it on UNAVAILABLE, recording every acknowledged create.
The primary's postmaster gets SIGKILL, the test promotes the standby a second later (as an
orchestrator would, once it noticed), and then: health went NOT_SERVING and back to
SERVING, every acknowledged create is there exactly once, retries made nothing twice,
and the change feed recovered on the new primary with its gap reported
(FAILED_PRECONDITION for a token from before the failover).
The measured times are printed (docs/deployment.md quotes them).
"""

from __future__ import annotations

import asyncio
import json
import pathlib
import time
import uuid
from dataclasses import dataclass, field

import grpc
import pytest
from grpc_health.v1 import health_pb2_grpc

from modelstore.client import ChangeWatcher, FailedPreconditionError, watch_changes
from modelstore.platform.v1 import workspace_pb2, workspace_pb2_grpc
from modelstore.v1 import change_pb2, change_pb2_grpc
from modelstore_server.security.encryption import Keyring
from tests.e2e.harness import NOT_SERVING, SERVING, health_status, serve
from tests.e2e.replication import ReplicatedPair

WRITERS = 4
BEFORE_KILL = 60
"""Creates acknowledged before the primary is killed."""
DETECTION_SECONDS = 1.0
"""How long after the kill the test promotes the standby, standing in for the time an
orchestrator takes to decide the primary is gone (seconds to tens of seconds in practice)."""
RETRY_FIRST, RETRY_MAX = 0.05, 0.5
"""A writer's backoff between attempts of one call (seconds), doubling."""
KEYS = {"MODELSTORE_ENCRYPTION_KEYS": Keyring.generate_spec("failover-1")}
"""One keyring for the writing server and the standby's reader, as a deployment has."""
CALL_WITHIN = 20.0
"""How long one create may keep being retried before the test fails."""


def _create(rid: str) -> workspace_pb2.CreateWorkspaceRequest:
    return workspace_pb2.CreateWorkspaceRequest(
        workspace=workspace_pb2.Workspace(name=rid), request_id=rid
    )


@dataclass
class Writers:
    """Create loops that retry each call with its request id until it is acknowledged."""

    address: str
    sent: list[str] = field(default_factory=list)
    acked: dict[str, str] = field(default_factory=dict)
    unavailable: list[float] = field(default_factory=list)
    """When an attempt failed with UNAVAILABLE (monotonic time)."""
    longest: float = 0.0
    """The longest time from a call's first attempt to its acknowledgement."""
    errors: list[str] = field(default_factory=list)
    _stop: asyncio.Event = field(default_factory=asyncio.Event)
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._loop(n)) for n in range(WRITERS)]

    async def _loop(self, n: int) -> None:
        async with grpc.aio.insecure_channel(self.address) as channel:
            stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            for i in range(100_000):  # bounded: stopped long before
                if self._stop.is_set():
                    return
                rid = f"fo-{n}-{i:05d}"
                self.sent.append(rid)
                await self._create(stub, rid)

    async def _create(self, stub: workspace_pb2_grpc.WorkspaceServiceStub, rid: str) -> None:
        first = time.monotonic()
        wait = RETRY_FIRST
        while time.monotonic() - first < CALL_WITHIN:
            try:
                got = await stub.CreateWorkspace(_create(rid), timeout=5)
            except grpc.aio.AioRpcError as exc:
                if exc.code() is not grpc.StatusCode.UNAVAILABLE:
                    self.errors.append(f"{exc.code().name}: {exc.details()}")
                    return
                self.unavailable.append(time.monotonic())
                await asyncio.sleep(wait)
                wait = min(wait * 2, RETRY_MAX)
                continue
            self.acked[rid] = got.workspace.id
            self.longest = max(self.longest, time.monotonic() - first)
            return
        self.errors.append(f"{rid} not acknowledged within {CALL_WITHIN}s")

    async def stop(self) -> None:
        self._stop.set()
        await asyncio.gather(*self._tasks)


@dataclass
class HealthLog:
    """Health/Check("") polled every 20 ms: each change of status, with its time."""

    address: str
    changes: list[tuple[float, int | str]] = field(default_factory=list)
    _task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._poll())

    async def _poll(self) -> None:
        async with grpc.aio.insecure_channel(self.address) as channel:
            stub = health_pb2_grpc.HealthStub(channel)
            for _ in range(10_000):  # bounded: 200 s at most, cancelled long before
                got = await health_status(stub)
                if not self.changes or self.changes[-1][1] != got:
                    self.changes.append((time.monotonic(), got))
                await asyncio.sleep(0.02)

    def first(self, status: int, after: float) -> float | None:
        return next((t for t, s in self.changes if s == status and t >= after), None)

    async def stop(self) -> None:
        assert self._task is not None
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)


async def _names(stub: workspace_pb2_grpc.WorkspaceServiceStub) -> list[str]:
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


async def _follow(watcher: ChangeWatcher) -> BaseException | None:
    """Follow the feed until the watcher raises; return what it raised."""
    try:
        async for _ in watcher:
            pass
    except Exception as exc:
        return exc
    finally:
        await watcher.aclose()
    return None


async def _feed_recovers(
    stub: workspace_pb2_grpc.WorkspaceServiceStub, changes: change_pb2_grpc.ChangeServiceStub
) -> int:
    """Watch from now and create a workspace until the watch sees its event; return tries.

    What a consumer does after FAILED_PRECONDITION: start again without a token. A watch
    begun before the capture has its new slot may itself meet the gap, and starts again.
    """
    for attempt in range(20):  # bounded: the capture retries its source every 2 s
        call = changes.WatchChanges(change_pb2.WatchChangesRequest(), timeout=10)
        try:
            await call.read()  # the start position: the watch is open
            wid = f"fo-after-{attempt}"
            await stub.CreateWorkspace(
                workspace_pb2.CreateWorkspaceRequest(
                    workspace=workspace_pb2.Workspace(id=wid, name="after")
                )
            )
            for _ in range(100):  # bounded: heartbeats every 10 s
                response = await call.read()
                assert response is not grpc.aio.EOF
                if any(e.entity_id == wid for e in response.events):
                    return attempt + 1
        except grpc.aio.AioRpcError as exc:
            if exc.code() is not grpc.StatusCode.FAILED_PRECONDITION:
                raise
        finally:
            call.cancel()
        await asyncio.sleep(0.5)
    raise AssertionError("the change feed did not recover")


async def _reads_from_the_standby(
    pair: ReplicatedPair,
    data_dir: pathlib.Path,
    logs: pathlib.Path,
    written: workspace_pb2.Workspace,
) -> None:
    """A read pool on the standby (docs/deployment.md): Get and List answer, writes do not.

    Started with the same keys as the writing server (page tokens and encrypted fields),
    without migrating or capturing changes, as the deployment guide says. A read may lag
    the acknowledged write by the replay delay (synchronous commit waits for the
    standby's flush, not its replay), so it is retried briefly.
    """
    reader_dir = data_dir.with_name(f"{data_dir.name}-reader")
    reader_dir.mkdir()
    flags = {"MODELSTORE_POSTGRESQL_URL": pair.standby_url, "MODELSTORE_CHANGE_FEED": "false"}
    async with (
        serve(reader_dir, logs, ["--no-migrate"], env={**KEYS, **flags}) as reader,
        grpc.aio.insecure_channel(reader.address) as channel,
    ):
        stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
        for _ in range(100):  # bounded: 2 s
            try:
                got = await stub.GetWorkspace(workspace_pb2.GetWorkspaceRequest(id=written.id))
                break
            except grpc.aio.AioRpcError as exc:
                if exc.code() is not grpc.StatusCode.NOT_FOUND:  # NOT_FOUND: not replayed yet
                    raise
                await asyncio.sleep(0.02)
        else:
            raise AssertionError("the standby never served the acknowledged create")
        assert got.workspace == written
        page = await stub.ListWorkspaces(workspace_pb2.ListWorkspacesRequest())
        assert [w.id for w in page.workspaces] == [written.id]
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await stub.CreateWorkspace(_create("on-the-standby"), timeout=5)
        assert refused.value.code() is grpc.StatusCode.UNAVAILABLE  # a read-only database


@pytest.mark.timeout(90)
async def test_failover_to_the_synchronous_standby_loses_nothing(
    data_dir: pathlib.Path, tmp_root: pathlib.Path
) -> None:
    pair = await ReplicatedPair.start(tmp_root / f"pair-{uuid.uuid4().hex[:8]}")
    try:
        logs = tmp_root / f"logs-{data_dir.name}"
        async with (
            serve(data_dir, logs, env=KEYS, MODELSTORE_POSTGRESQL_URL=pair.url) as served,
            grpc.aio.insecure_channel(served.address) as channel,
        ):
            stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            changes = change_pb2_grpc.ChangeServiceStub(channel)
            # A token from before the failover, and a watcher (the client library's,
            # which reconnects through UNAVAILABLE) following the feed across it.
            first = await changes.ListChanges(change_pb2.ListChangesRequest())
            before = first.next_page_token
            assert before
            watcher = watch_changes(channel)
            following = asyncio.create_task(_follow(watcher))
            health = HealthLog(served.address)
            health.start()
            seeded = await stub.CreateWorkspace(_create("fo-seed"))
            await _reads_from_the_standby(pair, data_dir, logs, seeded.workspace)
            writers = Writers(served.address)
            writers.start()
            for _ in range(3000):  # bounded: 30 s
                if len(writers.acked) >= BEFORE_KILL:
                    break
                await asyncio.sleep(0.01)
            assert len(writers.acked) >= BEFORE_KILL, writers.errors
            acked_before = len(writers.acked)

            killed = time.monotonic()
            pair.kill_primary()
            # An orchestrator notices a dead primary only after its checks; promoting at
            # once could end the outage before any call or health check saw it.
            await asyncio.sleep(DETECTION_SECONDS)
            await pair.promote()
            promoted = time.monotonic()
            assert await pair.is_primary(pair.standby)
            for _ in range(1500):  # bounded: 30 s
                if health.first(SERVING, after=health.first(NOT_SERVING, killed) or 1e18):
                    break
                await asyncio.sleep(0.02)
            down = health.first(NOT_SERVING, killed)
            assert down is not None, f"health never went NOT_SERVING: {health.changes}"
            back = health.first(SERVING, down)
            assert back is not None, f"health did not come back: {health.changes}"
            acked_at_back = len(writers.acked)
            await asyncio.sleep(1.0)  # writes on the new primary
            await writers.stop()
            await health.stop()

            assert writers.errors == []
            assert len(writers.acked) > acked_at_back  # written after the failover
            # Every create that was sent was acknowledged in the end (retried with its
            # request id), and exactly one workspace exists per request id.
            assert sorted(writers.acked) == sorted(writers.sent)
            names = await _names(stub)
            assert sorted(names) == sorted([*writers.sent, "fo-seed"])
            # Retrying any of them again answers with the entity the first attempt made.
            again = await asyncio.gather(
                *(stub.CreateWorkspace(_create(rid)) for rid in writers.sent)
            )
            assert {
                rid: got.workspace.id for rid, got in zip(writers.sent, again, strict=True)
            } == writers.acked

            # The change feed: the watcher and the old token meet the gap it reports...
            ended = await asyncio.wait_for(following, 20)
            assert isinstance(ended, FailedPreconditionError), ended
            with pytest.raises(grpc.aio.AioRpcError) as refused:
                await changes.ListChanges(change_pb2.ListChangesRequest(page_token=before))
            assert refused.value.code() is grpc.StatusCode.FAILED_PRECONDITION
            assert "gap" in (refused.value.details() or "")
            # ...and a new watch gets the events of writes on the new primary.
            feed_tries = await _feed_recovers(stub, changes)
            feed_back = time.monotonic()
        print(
            "failover:",
            json.dumps(
                {
                    "acked_before_kill": acked_before,
                    "acked_total": len(writers.acked),
                    "promote_s": round(promoted - killed, 3),
                    "not_serving_after_s": round(down - killed, 3),
                    "serving_after_s": round(back - killed, 3),
                    "unavailable_attempts": len(writers.unavailable),
                    "unavailable_span_s": round(
                        max(writers.unavailable) - min(writers.unavailable), 3
                    )
                    if writers.unavailable
                    else 0,
                    "longest_call_s": round(writers.longest, 3),
                    "feed_watch_tries": feed_tries,
                    "feed_back_after_s": round(feed_back - killed, 3),
                }
            ),
        )
    finally:
        await pair.stop()
