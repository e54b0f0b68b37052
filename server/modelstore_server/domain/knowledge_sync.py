"""Sync job methods of `modelstore.knowledge.v1` (seed 001's `updateProgress`, `complete`, `fail`).

- `UpdateSyncJobProgress` merges the set progress fields with `$set progress.<key>` in one
  conditional write (status QUEUED or PROCESSING). The first progress of a QUEUED job moves
  it to PROCESSING; `started_at` takes the time of the call through `$min`, so an earlier
  stored start is kept and a missing one is set.
- `CompleteSyncJob` / `FailSyncJob` need `started_at` to compute `duration`, so they read
  the job, then write conditionally on the state and `started_at` they read (not on the
  etag, so concurrent progress updates do not force a retry). `duration` is
  `completed_at - started_at` in milliseconds, clamped at 0; a job that never started gets
  0 (stored absent, as proto3 reads it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from modelstore.knowledge.v1 import sync_job_pb2

from .. import errors
from ..engine.codec import compile_plan, encode_fields, now
from ..engine.context import CallContext
from ..engine.store import Changes, EntityStore
from . import DomainDeps, domain_method

SERVICE = "modelstore.knowledge.v1.SyncJobService"
OPEN = ["queued", "processing"]  # the states a job can still progress, complete or fail from
_ATTEMPTS = 5
_PROGRESS = compile_plan(sync_job_pb2.SyncJobProgress.DESCRIPTOR)
_RESULTS = compile_plan(sync_job_pb2.SyncJobResults.DESCRIPTOR)
Jobs = EntityStore[sync_job_pb2.SyncJob]


def _refused(store: Jobs, doc_id: str, doc: Mapping[str, Any], what: str) -> Exception:
    return errors.invalid_state(
        f"{store.label} {doc_id[:100]!r} is {doc.get('status')}: only a queued or processing "
        f"job can {what}",
        "status",
    )


def _open_or_refuse(store: Jobs, doc_id: str, what: str) -> Any:
    def refuse(doc: Mapping[str, Any]) -> Exception | None:
        return None if doc.get("status") in OPEN else _refused(store, doc_id, doc, what)

    return refuse


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


@domain_method(f"{SERVICE}.UpdateSyncJobProgress")
async def update_progress(
    deps: DomainDeps, request: sync_job_pb2.UpdateSyncJobProgressRequest, ctx: CallContext
) -> sync_job_pb2.UpdateSyncJobProgressResponse:
    """Merge the set progress fields; the first progress moves a queued job to processing."""
    store = deps.store(sync_job_pb2.SyncJob)
    fields = encode_fields(request.progress, _PROGRESS)
    if not fields:
        raise errors.invalid_field(
            "progress", "must set at least one field", "progress must set at least one field"
        )
    progress = {f"progress.{key}": value for key, value in fields.items()}
    current = now()
    doc = await store.update_where(
        ctx,
        request.id,
        Changes(set={**progress, "status": "processing"}, min={"startedAt": current}),
        where={"status": {"$in": OPEN}},
        refuse=_open_or_refuse(store, request.id, "report progress"),
        attempts=_ATTEMPTS,
        at=current,
    )
    return sync_job_pb2.UpdateSyncJobProgressResponse(sync_job=store.decode(doc))


async def _finish(
    store: Jobs,
    ctx: CallContext,
    doc_id: str,
    status: str,
    changes: Callable[[dt.datetime], dict[str, Any]],
) -> Mapping[str, Any]:
    """Move an open job to `status` with `changes(completed_at)`, plus completedAt, duration.

    The job is read for its `started_at`, then written on the condition that its state and
    `started_at` are still the ones read (not its etag, so concurrent progress updates do
    not force a retry). A `None` value in the changes unsets that key.
    """
    what = "complete" if status == "completed" else "fail"
    refuse = _open_or_refuse(store, doc_id, what)
    for _ in range(_ATTEMPTS):
        doc = await store.require(ctx, doc_id, ["status", "startedAt"])
        refusal = refuse(doc)
        if refusal is not None:
            raise refusal
        completed = now()
        started = doc.get("startedAt")
        duration = 0
        if isinstance(started, dt.datetime):
            duration = max(0, int((completed - _aware(started)).total_seconds() * 1000))
        values: dict[str, Any] = {
            **changes(completed),
            "status": status,
            "completedAt": completed,
            "duration": duration or None,
        }
        guard = {"startedAt": started} if "startedAt" in doc else {"startedAt": {"$exists": False}}
        written = await store.try_update(
            ctx,
            doc_id,
            Changes(
                set={k: v for k, v in values.items() if v is not None},
                unset=[k for k, v in values.items() if v is None],
            ),
            {"status": {"$in": OPEN}, **guard},
            at=completed,
        )
        if written is not None:
            return written
    raise errors.keeps_changing(store.label, doc_id)


@domain_method(f"{SERVICE}.CompleteSyncJob")
async def complete(
    deps: DomainDeps, request: sync_job_pb2.CompleteSyncJobRequest, ctx: CallContext
) -> sync_job_pb2.CompleteSyncJobResponse:
    """Complete an open job with its results."""
    store = deps.store(sync_job_pb2.SyncJob)
    results = encode_fields(request.results, _RESULTS) if request.HasField("results") else None
    doc = await _finish(store, ctx, request.id, "completed", lambda _: {"results": results})
    return sync_job_pb2.CompleteSyncJobResponse(sync_job=store.decode(doc))


@domain_method(f"{SERVICE}.FailSyncJob")
async def fail(
    deps: DomainDeps, request: sync_job_pb2.FailSyncJobRequest, ctx: CallContext
) -> sync_job_pb2.FailSyncJobResponse:
    """Fail an open job with its error message."""
    store = deps.store(sync_job_pb2.SyncJob)
    message = request.error_message

    def failure(at: dt.datetime) -> dict[str, Any]:
        return {"error": {"message": message, "timestamp": at}}

    doc = await _finish(store, ctx, request.id, "failed", failure)
    return sync_job_pb2.FailSyncJobResponse(sync_job=store.decode(doc))
