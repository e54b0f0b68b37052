"""The retry policies: UNAVAILABLE by the channel, ABORTED by `read_modify_write`.

UNAVAILABLE: reads are retried by gRPC itself, from a service config
(`grpc.service_config`) whose `methodConfig` lists every read RPC
(`methods.read_methods`). Mutations are not in it: a mutation is retried only when its
request carries a non-empty `request_id` (AIP-155), which the server deduplicates, and that
is decided per request by `RequestIdRetry*Interceptor` (`interceptors.py`) with the same
policy and the same jittered backoff as gRPC's.

ABORTED (ETAG_MISMATCH: another writer changed the document since it was read) is never
retried by the channel: resending the same request carries the same stale etag and fails
again, and resending it without the etag would overwrite the other write. The retry is a
new read, the change applied again, and a new write: `read_modify_write` (asyncio) and
`read_modify_write_sync` do that, waiting between attempts with `ContentionBackoff`, a
jittered ("full jitter") exponential backoff with a cap, so that writers racing for one
document spread out instead of colliding again in lockstep.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import grpc
from google.protobuf.message import Message

from .methods import read_methods

T = TypeVar("T")
R = TypeVar("R")

GRPC_MAX_ATTEMPTS = 5
"""gRPC caps `maxAttempts` of a retry policy at 5."""


def _duration(seconds: float) -> str:
    """Format seconds as a protobuf JSON duration (`"0.1s"`)."""
    text = f"{seconds:.9f}".rstrip("0").rstrip(".")
    return f"{text}s"


@dataclass(frozen=True)
class RetryPolicy:
    """How failed calls are retried: which codes, how often, how long to wait.

    The wait before attempt n+1 is a random time in `[0, b)`, where
    `b = min(initial_backoff * backoff_multiplier**(n-1), max_backoff)` (gRPC's jittered
    exponential backoff). A call's deadline covers all its attempts.
    """

    max_attempts: int = 5
    """Attempts in all, the first included: 2 to 5 (gRPC's cap)."""
    initial_backoff: float = 0.1
    """Seconds: the upper bound of the first wait."""
    max_backoff: float = 5.0
    """Seconds: no wait is longer."""
    backoff_multiplier: float = 2.0
    """Growth of the upper bound per attempt."""
    retryable_codes: frozenset[grpc.StatusCode] = field(
        default_factory=lambda: frozenset({grpc.StatusCode.UNAVAILABLE})
    )
    """Status codes that are retried. Modelstore marks only UNAVAILABLE as safe."""

    def __post_init__(self) -> None:
        if not 2 <= self.max_attempts <= GRPC_MAX_ATTEMPTS:
            raise ValueError(f"max_attempts must be 2..{GRPC_MAX_ATTEMPTS}")
        if self.initial_backoff <= 0 or self.max_backoff <= 0:
            raise ValueError("backoffs must be positive")
        if self.backoff_multiplier <= 0:
            raise ValueError("backoff_multiplier must be positive")
        if not self.retryable_codes or grpc.StatusCode.OK in self.retryable_codes:
            raise ValueError("retryable_codes must name at least one error code")

    def backoffs(self) -> Iterator[float]:
        """Yield the jittered wait before each retry (`max_attempts - 1` values)."""
        bound = self.initial_backoff
        for _ in range(self.max_attempts - 1):
            yield random.uniform(0, min(bound, self.max_backoff))
            bound *= self.backoff_multiplier

    def retry_policy_json(self) -> dict[str, Any]:
        """Return the `retryPolicy` object of a gRPC service config."""
        return {
            "maxAttempts": self.max_attempts,
            "initialBackoff": _duration(self.initial_backoff),
            "maxBackoff": _duration(self.max_backoff),
            "backoffMultiplier": self.backoff_multiplier,
            "retryableStatusCodes": sorted(c.name for c in self.retryable_codes),
        }


DEFAULT_RETRY = RetryPolicy()
"""The policy `connect` uses unless told otherwise."""


def service_config(
    policy: RetryPolicy | None = DEFAULT_RETRY, methods: Iterable[str] | None = None
) -> str:
    """Return the JSON service config that retries the read RPCs under a policy.

    `methods` are gRPC paths (`/package.Service/Method`); the default is every read RPC of
    Modelstore. Without a policy the config retries nothing.
    """
    paths = sorted(read_methods() if methods is None else methods)
    names = []
    for path in paths:
        service, _, method = path.strip("/").partition("/")
        names.append({"service": service, "method": method})
    config: dict[str, Any] = {"methodConfig": []}
    if policy is not None and names:
        config["methodConfig"].append({"name": names, "retryPolicy": policy.retry_policy_json()})
    return json.dumps(config, separators=(",", ":"))


def request_id_of(request: object) -> str:
    """Return the request's `request_id` field, or "" when it has none."""
    if not isinstance(request, Message):
        return ""
    if "request_id" not in request.DESCRIPTOR.fields_by_name:
        return ""
    value = getattr(request, "request_id", "")
    return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class ContentionBackoff:
    """How `read_modify_write` waits after an ABORTED write before reading again.

    The wait after the n-th lost race is a random time in `[0, b)`, with
    `b = min(initial * multiplier**(n-1), cap)`: full jitter, so racing writers spread
    over the window rather than retrying together, and the window doubles while they keep
    colliding, up to the cap. After `max_attempts` attempts the last AbortedError is raised.
    """

    initial: float = 0.01
    """Seconds: the upper bound of the first wait (about one read + write round trip)."""
    cap: float = 2.0
    """Seconds: no wait is longer. 2 s measured best of 0.25, 1 and 2 for 64 writers on one
    document (docs/performance.md): a lower cap keeps them colliding."""
    multiplier: float = 2.0
    """Growth of the upper bound per lost race."""
    max_attempts: int = 64
    """Attempts in all, the first included."""

    def __post_init__(self) -> None:
        if self.initial <= 0 or self.cap <= 0 or self.multiplier < 1:
            raise ValueError("initial and cap must be positive, multiplier at least 1")
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")

    def waits(self) -> Iterator[float]:
        """Yield the jittered wait after each lost race (`max_attempts - 1` values)."""
        bound = self.initial
        for _ in range(self.max_attempts - 1):
            yield random.uniform(0, min(bound, self.cap))
            bound *= self.multiplier


DEFAULT_CONTENTION = ContentionBackoff()
"""The backoff `read_modify_write` uses unless told otherwise."""


def _is_aborted(error: BaseException) -> bool:
    code = getattr(error, "code", None)
    return isinstance(error, grpc.RpcError) and callable(code) and code() == grpc.StatusCode.ABORTED


async def read_modify_write(
    read: Callable[[], Awaitable[T]],
    write: Callable[[T], Awaitable[R]],
    backoff: ContentionBackoff = DEFAULT_CONTENTION,
) -> R:
    """Read, change and write one document until the write wins its etag race.

    `read` fetches the current document; `write` builds the change from it (with its
    etag) and sends it. An ABORTED write is followed by a `backoff` wait and a new read;
    any other error is raised at once, and so is the last ABORTED one.
    """
    waits = backoff.waits()
    while True:
        current = await read()
        try:
            return await write(current)
        except grpc.RpcError as error:
            if not _is_aborted(error):
                raise
            wait = next(waits, None)
            if wait is None:
                raise
            await asyncio.sleep(wait)


def read_modify_write_sync(
    read: Callable[[], T],
    write: Callable[[T], R],
    backoff: ContentionBackoff = DEFAULT_CONTENTION,
) -> R:
    """Run `read_modify_write` with blocking calls (a `connect` channel's stubs)."""
    waits = backoff.waits()
    while True:
        current = read()
        try:
            return write(current)
        except grpc.RpcError as error:
            if not _is_aborted(error):
                raise
            wait = next(waits, None)
            if wait is None:
                raise
            time.sleep(wait)
