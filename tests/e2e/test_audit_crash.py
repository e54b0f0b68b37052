"""kill -9 of the server under concurrent writes: every acknowledged write has its entry.

Writers create workspaces with request ids (AIP-155); the server is killed mid-stream.
After a restart, every acknowledged create must have its CREATE entry, written before its
answer left. Then every create is sent again with its request id: a create whose first
attempt landed but died before its entry (never acknowledged) is answered from the stored
workspace, and that answer, now acknowledged, must have its entry too.
"""

from __future__ import annotations

import asyncio
import collections
import pathlib
import signal

import grpc

from modelstore.platform.v1 import workspace_pb2_grpc
from modelstore.v1 import audit_pb2, audit_pb2_grpc
from tests.e2e.harness import serve
from tests.e2e.test_crash_retries import RequestIdWriters, _create

WORKSPACE = "modelstore.platform.v1.Workspace"


async def _created_entries(channel: grpc.aio.Channel) -> collections.Counter[str]:
    """How many successful CREATE entries each workspace has (a cross-tenant caller)."""
    stub = audit_pb2_grpc.AuditLogServiceStub(channel)
    flt = (
        f'entity_type = "{WORKSPACE}" AND operation = CHANGE_OPERATION_CREATE'
        ' AND status_code = "OK"'
    )
    counts: collections.Counter[str] = collections.Counter()
    token = ""
    for _ in range(1000):  # bounded paging
        page = await stub.ListAuditLogEntries(
            audit_pb2.ListAuditLogEntriesRequest(page_size=1000, page_token=token, filter=flt),
            timeout=30,
        )
        counts.update(e.entity_id for e in page.audit_log_entries)
        token = page.next_page_token
        if not token:
            return counts
    raise AssertionError("paging did not end")


async def test_every_acknowledged_write_has_its_entry_after_kill_9(
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
            logged = await _created_entries(channel)
            unlogged = [rid for rid, wid in writers.acked.items() if logged[wid] == 0]
            assert unlogged == [], f"acknowledged creates without their entry: {unlogged}"
            # One entry each: the server wrote it once, and nothing wrote it again.
            assert {logged[wid] for wid in writers.acked.values()} == {1}

            stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            retried = await asyncio.gather(
                *(stub.CreateWorkspace(_create(rid)) for rid in writers.sent)
            )
            logged = await _created_entries(channel)
            ids = [got.workspace.id for got in retried]
            assert [wid for wid in ids if logged[wid] == 0] == []
            # A replay stores its entry only when the first attempt's is missing.
            assert {logged[wid] for wid in ids} == {1}
        assert await served.signal(signal.SIGTERM) == 0, served.output()
