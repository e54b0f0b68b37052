"""`watch_changes`: the change feed (`ChangeService.WatchChanges`) as an iterator that resumes.

The feed is delivered at least once and ends with UNAVAILABLE whenever a server shuts
down, so every consumer needs the same loop: remember the last position, reconnect after a
wait, resume from that position, and drop what it already had. `ChangeWatcher` (asyncio)
and `ChangeWatcherSync` (a `connect` channel) are that loop:

    async with watch_changes(channel, WatchChangesRequest(entity_types=[...])) as watcher:
        async for event in watcher:
            handle(event)
            checkpoint(watcher.resume_token)

The position (`resume_token`) is the last event yielded or, between events, the last
response's token, heartbeats included, so a filtered watcher that saw nothing for a while
still resumes past what the server skipped for it. Errors that a retry cannot fix
(INVALID_ARGUMENT, FAILED_PRECONDITION: a token older than the retained history,
PERMISSION_DENIED, UNAUTHENTICATED, ...) are raised as the typed `ModelstoreError`.
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import grpc
import grpc.aio

from modelstore.v1 import change_pb2, change_pb2_grpc

from .errors import from_rpc_error

CallMetadata = Sequence[tuple[str, str]]
AsyncChannelSource = grpc.aio.Channel | Callable[[], grpc.aio.Channel]
"""A channel the watcher reuses, or a factory it calls for each connection (and closes)."""
ChannelSource = grpc.Channel | Callable[[], grpc.Channel]
"""The same for a sync channel."""

DEDUP_WINDOW = 10_000
"""How many of the last yielded tokens a watcher remembers to drop duplicates.

A watcher resumes after its own position, so a server only repeats what came after it;
the window is there for a server that repeats more than that (at-least-once)."""


@dataclass(frozen=True)
class WatchBackoff:
    """How a watcher waits before connecting again after the stream broke.

    The wait before the n-th consecutive reconnect is a random time in `[0, b)` with
    `b = min(initial * multiplier**(n-1), cap)` (full jitter, so the watchers of a restarted
    server do not all come back at once). Any response, a heartbeat included, resets n.
    """

    initial: float = 0.1
    """Seconds: the upper bound of the first wait."""
    cap: float = 5.0
    """Seconds: no wait is longer."""
    multiplier: float = 2.0
    """Growth of the upper bound per failed connection."""
    max_attempts: int | None = None
    """Consecutive connections that may fail before the last error is raised; None: keep
    trying (a feed consumer usually outlives any one server)."""
    retryable_codes: frozenset[grpc.StatusCode] = field(
        default_factory=lambda: frozenset({grpc.StatusCode.UNAVAILABLE})
    )
    """Codes after which the watcher reconnects. UNAVAILABLE is what the server sends when
    it shuts down or loses its database, and what gRPC reports for a lost connection."""

    def __post_init__(self) -> None:
        if self.initial <= 0 or self.cap <= 0 or self.multiplier < 1:
            raise ValueError("initial and cap must be positive, multiplier at least 1")
        if self.max_attempts is not None and self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1 (or None)")

    def wait(self, attempt: int) -> float:
        """Return the jittered wait before reconnect number `attempt` (1, 2, ...)."""
        bound = min(self.initial * self.multiplier ** (attempt - 1), self.cap)
        return random.uniform(0, bound)


DEFAULT_WATCH_BACKOFF = WatchBackoff()
"""The backoff `watch_changes` uses unless told otherwise."""


class _Cursor:
    """The position of one watcher, its recent tokens, and the request of each connection."""

    def __init__(
        self,
        request: change_pb2.WatchChangesRequest | None,
        resume_token: str,
        backoff: WatchBackoff,
    ) -> None:
        self.request = change_pb2.WatchChangesRequest()
        if request is not None:
            self.request.CopyFrom(request)
        if resume_token and self.request.resume_token not in ("", resume_token):
            raise ValueError("resume_token differs from the request's resume_token")
        self.token = resume_token or self.request.resume_token
        self.backoff = backoff
        self.failures = 0
        self._started: dt.datetime | None = None
        self._recent: collections.deque[str] = collections.deque(maxlen=DEDUP_WINDOW)
        self._seen: set[str] = set()
        self._pending: collections.deque[change_pb2.ChangeEvent] = collections.deque()
        self._after = ""

    def next_request(self) -> change_pb2.WatchChangesRequest:
        """Return the request of the next connection: from the position once there is one."""
        request = change_pb2.WatchChangesRequest()
        request.CopyFrom(self.request)
        if self.token:
            request.resume_token = self.token
            request.ClearField("start_time")
        elif not request.HasField("start_time"):
            # "From now" has no position until the first response (at most a heartbeat,
            # 10 s, away). A reconnect before it starts at the first connection's time
            # instead of now again, so what was committed in between is not skipped (to
            # within the clocks' difference between this machine and the database).
            if self._started is None:
                self._started = dt.datetime.now(dt.UTC)
            else:
                request.start_time.FromDatetime(self._started)
        return request

    def accept(self, response: change_pb2.WatchChangesResponse) -> None:
        """Take in a response: its events not handed over before wait in `pending`."""
        self.failures = 0
        self._pending.extend(e for e in response.events if e.resume_token not in self._seen)
        self._after = response.resume_token
        if not self._pending:
            self._advance(self._after)

    def hand_over(self) -> change_pb2.ChangeEvent | None:
        """Return the next pending event, which becomes the position; None when none wait.

        After the last event of a response the position is the response's own token: what
        lies between was read and did not match.
        """
        if not self._pending:
            return None
        event = self._pending.popleft()
        if event.resume_token:
            self._advance(event.resume_token)
            if len(self._recent) == self._recent.maxlen:
                self._seen.discard(self._recent[0])
            self._recent.append(event.resume_token)
            self._seen.add(event.resume_token)
        if not self._pending:
            self._advance(self._after)
        return event

    def _advance(self, token: str) -> None:
        if token:
            self.token = token

    def retry_wait(self, error: grpc.RpcError | None) -> float:
        """Return the wait before reconnecting, or raise the typed error of `error`.

        `error` is None when the server ended the stream cleanly, which the feed never
        does by itself (a proxy may): that is reconnected like a lost connection.
        """
        code = error.code() if error is not None else grpc.StatusCode.OK
        retryable = error is None or code in self.backoff.retryable_codes
        self.failures += 1
        limit = self.backoff.max_attempts
        if error is not None and (not retryable or (limit is not None and self.failures > limit)):
            raise from_rpc_error(error) from error
        return self.backoff.wait(self.failures)


class ChangeWatcher:
    """An async iterator over the change feed that reconnects and resumes by itself.

    Made by `watch_changes`. Iterate with `async for`; `resume_token` is the position to
    checkpoint once an event is handled; `aclose()` (or `async with`) ends the stream and
    closes the channels the watcher made. A read that is cancelled (`asyncio.wait_for`
    timing out) cancels the stream, and the next read connects again from the position.
    """

    def __init__(
        self,
        channel: AsyncChannelSource,
        request: change_pb2.WatchChangesRequest | None = None,
        *,
        resume_token: str = "",
        metadata: CallMetadata = (),
        backoff: WatchBackoff = DEFAULT_WATCH_BACKOFF,
    ) -> None:
        self._source = channel
        self._cursor = _Cursor(request, resume_token, backoff)
        self._metadata = tuple(metadata) or None
        self._channel: grpc.aio.Channel | None = None
        self._call: Any = None
        self._wait = 0.0
        self._closed = False

    @property
    def resume_token(self) -> str:
        """The position after the last event handed over (or heartbeat read); "" before any."""
        return self._cursor.token

    def __aiter__(self) -> ChangeWatcher:
        return self

    async def __anext__(self) -> change_pb2.ChangeEvent:
        cursor = self._cursor
        while not self._closed:
            if (event := cursor.hand_over()) is not None:
                return event
            if self._call is None:
                await asyncio.sleep(self._wait)
                self._wait = 0.0
                stub = change_pb2_grpc.ChangeServiceStub(self._connect())
                self._call = stub.WatchChanges(cursor.next_request(), metadata=self._metadata)
            try:
                response = await self._call.read()
            except grpc.RpcError as error:
                await self._broken(error)
                continue
            except asyncio.CancelledError:
                self._cancel()
                raise
            if response is grpc.aio.EOF:
                await self._broken(None)
                continue
            cursor.accept(response)
        raise StopAsyncIteration

    async def __aenter__(self) -> ChangeWatcher:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Cancel the stream and close any channel the watcher made."""
        self._closed = True
        self._cancel()
        await self._drop_channel()

    def _cancel(self) -> None:
        if self._call is not None:
            self._call.cancel()
            self._call = None

    async def _broken(self, error: grpc.RpcError | None) -> None:
        self._call = None
        self._wait = self._cursor.retry_wait(error)  # raises what is not retried
        await self._drop_channel()

    def _connect(self) -> grpc.aio.Channel:
        if self._channel is None:
            source = self._source
            self._channel = source if isinstance(source, grpc.aio.Channel) else source()
        return self._channel

    async def _drop_channel(self) -> None:
        # A channel the watcher made is closed after a failure, so the next connection
        # gets a fresh one, possibly to another address (a factory that looks it up).
        if isinstance(self._source, grpc.aio.Channel):
            return
        if self._channel is not None:
            await self._channel.close()
        self._channel = None


class ChangeWatcherSync:
    """`ChangeWatcher` for a sync channel (`connect`): a blocking iterator.

    `close()` (or `with`) ends the stream; called from another thread it wakes a blocked
    iteration, which then ends.
    """

    def __init__(
        self,
        channel: ChannelSource,
        request: change_pb2.WatchChangesRequest | None = None,
        *,
        resume_token: str = "",
        metadata: CallMetadata = (),
        backoff: WatchBackoff = DEFAULT_WATCH_BACKOFF,
    ) -> None:
        self._source = channel
        self._cursor = _Cursor(request, resume_token, backoff)
        self._metadata = tuple(metadata) or None
        self._channel: grpc.Channel | None = None
        self._call: Any = None
        self._wait = 0.0
        self._closed = False

    @property
    def resume_token(self) -> str:
        """The position after the last event handed over (or heartbeat read); "" before any."""
        return self._cursor.token

    def __iter__(self) -> ChangeWatcherSync:
        return self

    def __next__(self) -> change_pb2.ChangeEvent:
        cursor = self._cursor
        while not self._closed:
            if (event := cursor.hand_over()) is not None:
                return event
            if self._call is None:
                time.sleep(self._wait)
                self._wait = 0.0
                stub = change_pb2_grpc.ChangeServiceStub(self._connect())
                self._call = stub.WatchChanges(cursor.next_request(), metadata=self._metadata)
            try:
                response = next(self._call)
            except StopIteration:
                self._broken(None)
                continue
            except grpc.RpcError as error:
                if self._closed:
                    break  # close() cancelled the call
                self._broken(error)
                continue
            cursor.accept(response)
        raise StopIteration

    def __enter__(self) -> ChangeWatcherSync:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Cancel the stream and close any channel the watcher made."""
        self._closed = True
        call, self._call = self._call, None
        if call is not None:
            call.cancel()
        self._drop_channel()

    def _broken(self, error: grpc.RpcError | None) -> None:
        self._call = None
        self._wait = self._cursor.retry_wait(error)  # raises what is not retried
        self._drop_channel()

    def _connect(self) -> grpc.Channel:
        if self._channel is None:
            source = self._source
            self._channel = source if isinstance(source, grpc.Channel) else source()
        return self._channel

    def _drop_channel(self) -> None:
        if isinstance(self._source, grpc.Channel):
            return
        if self._channel is not None:
            self._channel.close()
        self._channel = None


def watch_changes(
    channel: AsyncChannelSource,
    request: change_pb2.WatchChangesRequest | None = None,
    *,
    resume_token: str = "",
    metadata: CallMetadata = (),
    backoff: WatchBackoff = DEFAULT_WATCH_BACKOFF,
) -> ChangeWatcher:
    """Watch the change feed (asyncio), reconnecting and resuming after any disconnect.

    Args:
        channel: a `grpc.aio.Channel` (from `connect_async`), reused for every connection,
            or a function returning a new one for each (the watcher closes those).
        request: what to watch (`entity_types`, `filter`, `read_mask`, `start_time`);
            every change of every entity type from now when None.
        resume_token: start after this position (a checkpointed `resume_token`).
        metadata: sent on every connection, for example `(("x-tenant-id", "ws_1"),)`.
        backoff: how long to wait before each reconnect.

    Returns:
        A `ChangeWatcher`: `async for event in watcher` yields each `ChangeEvent` once, in
        commit order; it raises the typed `ModelstoreError` of an error that is not retried.
    """
    return ChangeWatcher(
        channel, request, resume_token=resume_token, metadata=metadata, backoff=backoff
    )


def watch_changes_sync(
    channel: ChannelSource,
    request: change_pb2.WatchChangesRequest | None = None,
    *,
    resume_token: str = "",
    metadata: CallMetadata = (),
    backoff: WatchBackoff = DEFAULT_WATCH_BACKOFF,
) -> ChangeWatcherSync:
    """Run `watch_changes` with blocking calls (a `connect` channel, or a factory of them)."""
    return ChangeWatcherSync(
        channel, request, resume_token=resume_token, metadata=metadata, backoff=backoff
    )
