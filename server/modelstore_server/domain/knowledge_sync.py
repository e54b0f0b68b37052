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

from pymongo import ReturnDocument

from modelstore.knowledge.v1 import sync_job_pb2

from ..engine.codec import compile_plan, encode_fields, now
from ..engine.context import CallContext
from ..engine.store import EntityStore, new_etag
from ..errors import EtagMismatch, FailedPrecondition, FieldViolation, InvalidArgument
from . import DomainDeps, DomainHandler
from .knowledge_members import decode_as

SYNC_JOB = "modelstore.knowledge.v1.SyncJob"
SERVICE = "/modelstore.knowledge.v1.SyncJobService"
OPEN = ["queued", "processing"]  # the states a job can still progress, complete or fail from
_ATTEMPTS = 5
_PROGRESS = compile_plan(sync_job_pb2.SyncJobProgress.DESCRIPTOR)
_RESULTS = compile_plan(sync_job_pb2.SyncJobResults.DESCRIPTOR)


def _refused(store: EntityStore, doc_id: str, doc: Mapping[str, Any], what: str) -> Exception:
    return FailedPrecondition(
        f"{store.label} {doc_id!r} is {doc.get('status')}: only a queued or processing job "
        f"can {what}",
        field="status",
    )


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


async def _update_progress(
    store: EntityStore, request: sync_job_pb2.UpdateSyncJobProgressRequest, ctx: CallContext
) -> sync_job_pb2.UpdateSyncJobProgressResponse:
    fields = encode_fields(request.progress, _PROGRESS)
    if not fields:
        raise InvalidArgument(
            "progress must set at least one field",
            [FieldViolation("progress", "must set at least one field")],
        )
    changes: dict[str, Any] = {f"progress.{key}": value for key, value in fields.items()}
    for _ in range(_ATTEMPTS):
        current = now()
        doc = await store.coll.find_one_and_update(
            {**store.id_filter(ctx, request.id), "status": {"$in": OPEN}},
            {
                "$set": {
                    **changes,
                    "status": "processing",
                    "updatedAt": current,
                    "etag": new_etag(),
                },
                "$min": {"startedAt": current},
            },
            return_document=ReturnDocument.AFTER,
        )
        if doc is not None:
            return sync_job_pb2.UpdateSyncJobProgressResponse(
                sync_job=decode_as(store, doc, sync_job_pb2.SyncJob)
            )
        existing = await store.coll.find_one(store.id_filter(ctx, request.id), {"status": 1})
        if existing is None:
            raise store.not_found(request.id)
        if existing.get("status") not in OPEN:
            raise _refused(store, request.id, existing, "report progress")
    raise EtagMismatch(f"{store.label} {request.id!r} keeps changing; retry")


async def _finish(
    store: EntityStore,
    ctx: CallContext,
    doc_id: str,
    status: str,
    changes: Callable[[dt.datetime], dict[str, Any]],
) -> Mapping[str, Any]:
    """Move an open job to `status` with `changes(completed_at)`, plus completedAt, duration.

    A `None` value in the changes unsets that key.
    """
    what = "complete" if status == "completed" else "fail"
    for _ in range(_ATTEMPTS):
        doc = await store.coll.find_one(store.id_filter(ctx, doc_id), {"status": 1, "startedAt": 1})
        if doc is None:
            raise store.not_found(doc_id)
        if doc.get("status") not in OPEN:
            raise _refused(store, doc_id, doc, what)
        completed = now()
        started = doc.get("startedAt")
        duration = 0
        if isinstance(started, dt.datetime):
            duration = max(0, int((completed - _aware(started)).total_seconds() * 1000))
        values: dict[str, Any] = {
            **changes(completed),
            "status": status,
            "completedAt": completed,
            "updatedAt": completed,
            "etag": new_etag(),
            "duration": duration or None,
        }
        update: dict[str, Any] = {"$set": {k: v for k, v in values.items() if v is not None}}
        unset = {k: "" for k, v in values.items() if v is None}
        if unset:
            update["$unset"] = unset
        guard = {"startedAt": started} if "startedAt" in doc else {"startedAt": {"$exists": False}}
        written = await store.coll.find_one_and_update(
            {**store.id_filter(ctx, doc_id), "status": {"$in": OPEN}, **guard},
            update,
            return_document=ReturnDocument.AFTER,
        )
        if written is not None:
            return written
    raise EtagMismatch(f"{store.label} {doc_id!r} keeps changing; retry")


def handlers(deps: DomainDeps) -> dict[str, DomainHandler]:
    """Return the SyncJobService domain methods by gRPC path."""
    store = deps.store(SYNC_JOB)

    async def update_progress(
        request: sync_job_pb2.UpdateSyncJobProgressRequest, ctx: CallContext
    ) -> sync_job_pb2.UpdateSyncJobProgressResponse:
        return await _update_progress(store, request, ctx)

    async def complete(
        request: sync_job_pb2.CompleteSyncJobRequest, ctx: CallContext
    ) -> sync_job_pb2.CompleteSyncJobResponse:
        results = None
        if request.HasField("results"):
            results = encode_fields(request.results, _RESULTS)
        doc = await _finish(store, ctx, request.id, "completed", lambda _: {"results": results})
        return sync_job_pb2.CompleteSyncJobResponse(
            sync_job=decode_as(store, doc, sync_job_pb2.SyncJob)
        )

    async def fail(
        request: sync_job_pb2.FailSyncJobRequest, ctx: CallContext
    ) -> sync_job_pb2.FailSyncJobResponse:
        message = request.error_message

        def failure(at: dt.datetime) -> dict[str, Any]:
            return {"error": {"message": message, "timestamp": at}}

        doc = await _finish(store, ctx, request.id, "failed", failure)
        return sync_job_pb2.FailSyncJobResponse(
            sync_job=decode_as(store, doc, sync_job_pb2.SyncJob)
        )

    return {
        f"{SERVICE}/UpdateSyncJobProgress": update_progress,
        f"{SERVICE}/CompleteSyncJob": complete,
        f"{SERVICE}/FailSyncJob": fail,
    }
