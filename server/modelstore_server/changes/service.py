"""`modelstore.v1.ChangeService`: the change log, streamed (WatchChanges) and paged (ListChanges).

Both read the log through one plan per request (`FeedQuery`): the caller's tenants exactly
as List scopes them (with `x-tenant-id`, that tenant's events and those of global entity
types; without it, every tenant's, for a caller allowed across tenants), the requested
types, and the AIP-160 filter compiled over `ChangeEvent`'s fields. A read covers a window
of positions `(cursor, newest]`; when it returns fewer events than asked, the whole window
was read, so the cursor moves to `newest` whether anything matched or not, and the next
resume token says so.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from google.protobuf import any_pb2
from google.protobuf.message import Message

from modelstore.v1 import change_pb2

from .. import errors
from ..engine.context import CallContext
from ..engine.filters import FilterError, compile_filter
from ..engine.store import EntityStore
from ..engine.store.list_query import page_size
from ..transport.drain_gate import DrainGate
from ..transport.request_context import current_context
from ..transport.status import abort
from .log import ChangeLog, parse_token
from .tail import Tail

Doc = dict[str, Any]

READ_BATCH = 500
"""Events read from the log per round of a watch."""
HEARTBEAT_SECONDS = 10.0
"""A watch sends a response at least this often, events or not."""
WAKE_SECONDS = 1.0
"""How long a watch waits for the log before looking at the drain gate again."""
_OPERATIONS = {
    name.removeprefix("CHANGE_OPERATION_").lower(): number
    for name, number in change_pb2.ChangeOperation.items()
}


@dataclass(frozen=True)
class FeedQuery:
    """What one request reads from the log."""

    condition: Doc
    masks: Mapping[str, list[str] | None]
    """Entity type -> the read-mask paths that apply to it (None: every field)."""


class ChangeFeed:
    """The handlers of `modelstore.v1.ChangeService`."""

    def __init__(
        self,
        log: ChangeLog,
        tail: Tail,
        stores: Mapping[str, EntityStore[Any]],
        gate: DrainGate,
    ) -> None:
        self._log = log
        self._tail = tail
        self._stores = stores
        self._gate = gate
        self._global_types = sorted(n for n, s in stores.items() if s.model.tenant_key is None)

    # ---- the plan of a request ----------------------------------------------------------

    def plan(
        self, ctx: CallContext, types: Sequence[str], filter_text: str, mask: Sequence[str]
    ) -> FeedQuery:
        """Return the condition and masks of one request; INVALID_ARGUMENT when bad."""
        if ctx.tenant is None and not ctx.cross_tenant:
            raise errors.tenant_required()
        for index, name in enumerate(types):
            if name not in self._stores:
                raise errors.invalid_field(
                    f"entity_types[{index}]",
                    f"{errors.shown(name)} is not an entity type of this server",
                )
        watched = list(dict.fromkeys(types)) or sorted(self._stores)
        parts: list[Doc] = []
        if ctx.tenant is not None:
            scoped: list[Doc] = [{"tenant": ctx.tenant}]
            if self._global_types:
                scoped.append({"entityType": {"$in": self._global_types}})
            parts.append(scoped[0] if len(scoped) == 1 else {"$or": scoped})
        if types:
            parts.append({"entityType": {"$in": watched}})
        try:
            compiled = compile_filter(filter_text, change_pb2.ChangeEvent.DESCRIPTOR)
        except FilterError as exc:
            raise errors.invalid_filter(str(exc)) from None
        if compiled:
            parts.append(compiled)
        condition = parts[0] if len(parts) == 1 else ({"$and": parts} if parts else {})
        return FeedQuery(condition, self._masks(watched, mask))

    def _masks(self, watched: Sequence[str], paths: Sequence[str]) -> dict[str, list[str] | None]:
        if not paths:
            return dict.fromkeys(watched)
        out: dict[str, list[str] | None] = {name: [] for name in watched}
        for path in paths:
            found = False
            for name in watched:
                try:
                    self._stores[name].masks.resolve(path, "read_mask")
                except errors.InvalidArgument:
                    continue
                found = True
                masked = out[name]
                assert masked is not None
                masked.append(path)
            if not found:
                raise errors.invalid_mask(
                    "read_mask", f"no watched entity type has field {errors.shown(path)}"
                )
        return out

    async def start(self, request: Message, token_field: str) -> str:
        """Return the cursor a request starts after (empty when it gives no start).

        The start is its token (in `token_field`) or its `start_time`, not both.
        """
        token: str = getattr(request, token_field)
        start_time = (
            request.start_time.ToDatetime(tzinfo=dt.UTC)  # type: ignore[attr-defined]
            if request.HasField("start_time")
            else None
        )
        if token and start_time is not None:
            raise errors.invalid_field(
                "start_time", "give a resume token or a start time, not both"
            )
        if token:
            position = parse_token(token, token_field)
            await self._log.check_resumable(position, token_field)
            return position
        if start_time is not None:
            return await self._log.position_at(start_time, "start_time")
        return ""

    def event(self, doc: Doc, query: FeedQuery) -> change_pb2.ChangeEvent:
        """Return a log document as the `ChangeEvent` a caller receives."""
        event = change_pb2.ChangeEvent(
            resume_token=str(doc["_id"]),
            entity_type=str(doc.get("entityType", "")),
            entity_id=str(doc.get("entityId", "")),
            tenant=str(doc.get("tenant", "")),
            operation=_OPERATIONS.get(str(doc.get("operation")), 0),  # type: ignore[arg-type]
            changed_paths=[str(p) for p in doc.get("changedPaths", [])],
            etag=str(doc.get("etag", "")),
        )
        event.commit_time.FromDatetime(doc["commitTime"])
        stored = doc.get("entity")
        store = self._stores.get(event.entity_type)
        if isinstance(stored, Mapping) and store is not None:
            # The logged document lacks its secrets, so its etag is the logged one.
            decoded = store.decode(stored, version=event.etag)
            entity = _trim(decoded, query.masks.get(event.entity_type))
            packed = any_pb2.Any()
            packed.Pack(entity)
            event.entity.CopyFrom(packed)
        return event

    # ---- the RPCs -------------------------------------------------------------------------

    async def list_changes(
        self, request: change_pb2.ListChangesRequest, context: Any
    ) -> change_pb2.ListChangesResponse:
        """ListChanges: one page after a position."""
        try:
            ctx = current_context.get()
            query = self.plan(ctx, request.entity_types, request.filter, request.read_mask.paths)
            size = page_size(request.page_size)
            cursor = await self.start(request, "page_token")
            if not cursor:  # from the oldest retained event
                cursor = (await self._log.horizon()).position
            newest = await self._log.latest()
            docs = await self._log.read(query.condition, cursor, newest, size)
            following = str(docs[-1]["_id"]) if docs else max(cursor, newest)
            return change_pb2.ListChangesResponse(
                events=[self.event(d, query) for d in docs], next_page_token=following
            )
        except Exception as exc:  # the error edge of this service
            await abort(context, exc)
            raise AssertionError("abort returned") from exc

    async def watch_changes(
        self, request: change_pb2.WatchChangesRequest, context: Any
    ) -> AsyncIterator[change_pb2.WatchChangesResponse]:
        """WatchChanges: stream events from a position until the caller or the server ends."""
        try:
            ctx = current_context.get()
            query = self.plan(ctx, request.entity_types, request.filter, request.read_mask.paths)
            cursor = await self.start(request, "resume_token")
            if not cursor:  # from now
                cursor = await self._tail.current()
        except Exception as exc:
            await abort(context, exc)
            raise AssertionError("abort returned") from exc
        # The start position at once: a client starting "from now" has a token before any
        # write it makes next, and knows the stream is open.
        yield change_pb2.WatchChangesResponse(resume_token=cursor)
        loop = asyncio.get_running_loop()
        sent = loop.time()
        while True:
            if self._gate.draining:
                await abort(context, errors.shutting_down())
            try:
                newest = await self._tail.wait_past(cursor, WAKE_SECONDS)
                docs: list[Doc] = []
                if newest > cursor:
                    docs = await self._log.read(query.condition, cursor, newest, READ_BATCH)
                    # The window is read to its end only when a read finds nothing more.
                    cursor = str(docs[-1]["_id"]) if docs else newest
            except Exception as exc:
                await abort(context, exc)
                raise AssertionError("abort returned") from exc
            if docs or loop.time() - sent >= HEARTBEAT_SECONDS:
                yield change_pb2.WatchChangesResponse(
                    events=[self.event(d, query) for d in docs], resume_token=cursor
                )
                sent = loop.time()


def _trim(entity: Message, paths: Sequence[str] | None) -> Message:
    """Clear the top-level fields a read mask leaves out (`id` always stays)."""
    if paths is None:
        return entity
    keep = {p.split(".")[0] for p in paths} | {"id"}
    for fd, _ in entity.ListFields():
        if fd.name not in keep:
            entity.ClearField(fd.name)
    return entity
