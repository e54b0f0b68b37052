"""Client interceptors, sync (`grpc.Channel`) and asyncio (`grpc.aio.Channel`).

- metadata: adds `x-tenant-id` and `authorization: Bearer <token>` to every call (all four
  arities); a key the call already sets is left alone, so one call can name another tenant.
- request-id retry: retries a mutation that failed with a retryable code (UNAVAILABLE) when
  its request carries a non-empty `request_id`; reads are retried by gRPC's own retry
  (`retry.service_config`) and are passed through untouched.
- typed errors: turns the `grpc.RpcError` of a failed unary call into the
  `ModelstoreError` subclass of its code (`errors.from_rpc_error`).

`connect` and `connect_async` (`channel.py`) install them in that order, outermost first:
typed errors, metadata, request-id retry.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Sequence,
)
from typing import TYPE_CHECKING, TypeVar

import grpc
import grpc.aio

from .errors import ModelstoreError, from_rpc_error
from .methods import is_read_path
from .retry import RetryPolicy, request_id_of

if TYPE_CHECKING:
    from grpc import _CallFuture, _CallIterator

_Req = TypeVar("_Req")
_Resp = TypeVar("_Resp")

TENANT_HEADER = "x-tenant-id"
"""The metadata key that names the caller's tenant (CONTRACT.md section 5)."""
AUTHORIZATION_HEADER = "authorization"
"""The metadata key of the bearer token (docs/security.md)."""

Pairs = tuple[tuple[str, str], ...]


def call_metadata(tenant: str | None = None, token: str | None = None) -> Pairs:
    """Return the metadata pairs of a tenant and a bearer token (either may be None)."""
    pairs: list[tuple[str, str]] = []
    if tenant:
        pairs.append((TENANT_HEADER, tenant))
    if token:
        pairs.append((AUTHORIZATION_HEADER, f"Bearer {token}"))
    return tuple(pairs)


def _merged(
    existing: Iterable[tuple[str, str | bytes]] | None, extra: Pairs
) -> list[tuple[str, str | bytes]]:
    """Append the `extra` pairs whose key the call does not set already."""
    pairs = list(existing or ())
    present = {key.lower() for key, _ in pairs}
    pairs.extend((key, value) for key, value in extra if key not in present)
    return pairs


def _should_retry_mutation(method: str | bytes, request: object) -> bool:
    """Mutations with a request id; reads are left to gRPC's service-config retry."""
    return bool(request_id_of(request)) and not is_read_path(method)


def _remaining(deadline: float | None) -> float | None:
    return None if deadline is None else deadline - time.monotonic()


# --- sync -----------------------------------------------------------------------------------


class _CallDetails(grpc.ClientCallDetails):
    """A concrete `grpc.ClientCallDetails` with replaced fields."""

    def __init__(
        self,
        base: grpc.ClientCallDetails,
        *,
        metadata: Sequence[tuple[str, str | bytes]] | None = None,
        timeout: float | None = None,
    ) -> None:
        self.method = base.method
        self.timeout = timeout if timeout is not None else base.timeout
        self.metadata = tuple(metadata) if metadata is not None else base.metadata
        self.credentials = base.credentials
        self.wait_for_ready = base.wait_for_ready
        self.compression = getattr(base, "compression", None)


class MetadataInterceptor(
    grpc.UnaryUnaryClientInterceptor,
    grpc.UnaryStreamClientInterceptor,
    grpc.StreamUnaryClientInterceptor,
    grpc.StreamStreamClientInterceptor,
):
    """Adds fixed metadata (tenant, token) to every call of a sync channel."""

    def __init__(self, pairs: Pairs) -> None:
        self.pairs = pairs

    def _details(self, details: grpc.ClientCallDetails) -> grpc.ClientCallDetails:
        return _CallDetails(details, metadata=_merged(details.metadata, self.pairs))

    def intercept_unary_unary(
        self,
        continuation: Callable[[grpc.ClientCallDetails, _Req], _CallFuture[_Resp]],
        client_call_details: grpc.ClientCallDetails,
        request: _Req,
    ) -> _CallFuture[_Resp]:
        """Call with the metadata added."""
        return continuation(self._details(client_call_details), request)

    def intercept_unary_stream(
        self,
        continuation: Callable[[grpc.ClientCallDetails, _Req], _CallIterator[_Resp]],
        client_call_details: grpc.ClientCallDetails,
        request: _Req,
    ) -> _CallIterator[_Resp]:
        """Call with the metadata added."""
        return continuation(self._details(client_call_details), request)

    def intercept_stream_unary(
        self,
        continuation: Callable[[grpc.ClientCallDetails, Iterator[_Req]], _CallFuture[_Resp]],
        client_call_details: grpc.ClientCallDetails,
        request_iterator: Iterator[_Req],
    ) -> _CallFuture[_Resp]:
        """Call with the metadata added."""
        return continuation(self._details(client_call_details), request_iterator)

    def intercept_stream_stream(
        self,
        continuation: Callable[[grpc.ClientCallDetails, Iterator[_Req]], _CallIterator[_Resp]],
        client_call_details: grpc.ClientCallDetails,
        request_iterator: Iterator[_Req],
    ) -> _CallIterator[_Resp]:
        """Call with the metadata added."""
        return continuation(self._details(client_call_details), request_iterator)


class RequestIdRetryInterceptor(grpc.UnaryUnaryClientInterceptor):
    """Retries mutations that carry a `request_id` on a retryable code (sync channel).

    The call's timeout covers every attempt. The attempts happen inside the interceptor, so
    on a sync channel `.future()` of such a call returns only when it is complete.
    """

    def __init__(self, policy: RetryPolicy, sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy
        self._sleep = sleep

    def intercept_unary_unary(
        self,
        continuation: Callable[[grpc.ClientCallDetails, _Req], _CallFuture[_Resp]],
        client_call_details: grpc.ClientCallDetails,
        request: _Req,
    ) -> _CallFuture[_Resp]:
        """Call, and call again after a backoff while the code is retryable."""
        if not _should_retry_mutation(client_call_details.method, request):
            return continuation(client_call_details, request)
        timeout = client_call_details.timeout
        deadline = None if timeout is None else time.monotonic() + timeout
        details = client_call_details
        backoffs = self.policy.backoffs()
        while True:
            outcome = continuation(details, request)
            if outcome.code() not in self.policy.retryable_codes:
                return outcome
            wait = next(backoffs, None)
            left = _remaining(deadline)
            if wait is None or (left is not None and left <= wait):
                return outcome
            self._sleep(wait)
            left = _remaining(deadline)
            details = _CallDetails(client_call_details, timeout=left)


class TypedErrorInterceptor(grpc.UnaryUnaryClientInterceptor):
    """Raises the `ModelstoreError` subclass of a failed unary call (sync channel).

    `stub.Method(request)` and `.with_call(...)` raise it; `.future()` waits for the call
    and returns a future whose `result()` raises it.
    """

    def intercept_unary_unary(
        self,
        continuation: Callable[[grpc.ClientCallDetails, _Req], _CallFuture[_Resp]],
        client_call_details: grpc.ClientCallDetails,
        request: _Req,
    ) -> _CallFuture[_Resp]:
        """Call; on failure raise the typed error, chained to the original."""
        outcome = continuation(client_call_details, request)
        error = outcome.exception()
        if isinstance(error, ModelstoreError):
            raise error
        if isinstance(error, grpc.RpcError):
            raise from_rpc_error(error) from error
        return outcome


# --- asyncio --------------------------------------------------------------------------------


def _aio_details(
    details: grpc.aio.ClientCallDetails,
    *,
    extra: Pairs = (),
    timeout: float | None = None,
) -> grpc.aio.ClientCallDetails:
    metadata = details.metadata
    if extra:
        metadata = grpc.aio.Metadata(*_merged(details.metadata, extra))
    return grpc.aio.ClientCallDetails(
        details.method,
        timeout if timeout is not None else details.timeout,
        metadata,
        details.credentials,
        details.wait_for_ready,
    )


class AsyncUnaryUnaryMetadataInterceptor(grpc.aio.UnaryUnaryClientInterceptor):
    """Adds fixed metadata (tenant, token) to unary calls of an asyncio channel."""

    def __init__(self, pairs: Pairs) -> None:
        self.pairs = pairs

    async def intercept_unary_unary(
        self,
        continuation: Callable[
            [grpc.aio.ClientCallDetails, _Req], Awaitable[grpc.aio.UnaryUnaryCall[_Req, _Resp]]
        ],
        client_call_details: grpc.aio.ClientCallDetails,
        request: _Req,
    ) -> _Resp | grpc.aio.UnaryUnaryCall[_Req, _Resp]:
        """Call with the metadata added."""
        return await continuation(_aio_details(client_call_details, extra=self.pairs), request)


class AsyncUnaryStreamMetadataInterceptor(grpc.aio.UnaryStreamClientInterceptor):
    """Adds fixed metadata (tenant, token) to server-streaming calls of an asyncio channel."""

    def __init__(self, pairs: Pairs) -> None:
        self.pairs = pairs

    async def intercept_unary_stream(
        self,
        continuation: Callable[
            [grpc.aio.ClientCallDetails, _Req], Awaitable[grpc.aio.UnaryStreamCall[_Req, _Resp]]
        ],
        client_call_details: grpc.aio.ClientCallDetails,
        request: _Req,
    ) -> AsyncIterator[_Resp] | grpc.aio.UnaryStreamCall[_Req, _Resp]:
        """Call with the metadata added."""
        return await continuation(_aio_details(client_call_details, extra=self.pairs), request)


class AsyncStreamUnaryMetadataInterceptor(grpc.aio.StreamUnaryClientInterceptor):
    """Adds fixed metadata (tenant, token) to client-streaming calls of an asyncio channel."""

    def __init__(self, pairs: Pairs) -> None:
        self.pairs = pairs

    async def intercept_stream_unary(
        self,
        continuation: Callable[
            [grpc.aio.ClientCallDetails, AsyncIterable[_Req] | Iterable[_Req]],
            Awaitable[grpc.aio.StreamUnaryCall[_Req, _Resp]],
        ],
        client_call_details: grpc.aio.ClientCallDetails,
        request_iterator: AsyncIterable[_Req] | Iterable[_Req],
    ) -> _Resp | grpc.aio.StreamUnaryCall[_Req, _Resp]:
        """Call with the metadata added."""
        details = _aio_details(client_call_details, extra=self.pairs)
        return await continuation(details, request_iterator)


class AsyncStreamStreamMetadataInterceptor(grpc.aio.StreamStreamClientInterceptor):
    """Adds fixed metadata (tenant, token) to bidirectional calls of an asyncio channel."""

    def __init__(self, pairs: Pairs) -> None:
        self.pairs = pairs

    async def intercept_stream_stream(
        self,
        continuation: Callable[
            [grpc.aio.ClientCallDetails, AsyncIterable[_Req] | Iterable[_Req]],
            Awaitable[grpc.aio.StreamStreamCall[_Req, _Resp]],
        ],
        client_call_details: grpc.aio.ClientCallDetails,
        request_iterator: AsyncIterable[_Req] | Iterable[_Req],
    ) -> AsyncIterator[_Resp] | grpc.aio.StreamStreamCall[_Req, _Resp]:
        """Call with the metadata added."""
        details = _aio_details(client_call_details, extra=self.pairs)
        return await continuation(details, request_iterator)


def async_metadata_interceptors(pairs: Pairs) -> list[grpc.aio.ClientInterceptor]:
    """Return the four metadata interceptors of an asyncio channel (one per arity)."""
    return [
        AsyncUnaryUnaryMetadataInterceptor(pairs),
        AsyncUnaryStreamMetadataInterceptor(pairs),
        AsyncStreamUnaryMetadataInterceptor(pairs),
        AsyncStreamStreamMetadataInterceptor(pairs),
    ]


class AsyncRequestIdRetryInterceptor(grpc.aio.UnaryUnaryClientInterceptor):
    """Retries mutations that carry a `request_id` on a retryable code (asyncio channel).

    The call's timeout covers every attempt.
    """

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    async def intercept_unary_unary(
        self,
        continuation: Callable[
            [grpc.aio.ClientCallDetails, _Req], Awaitable[grpc.aio.UnaryUnaryCall[_Req, _Resp]]
        ],
        client_call_details: grpc.aio.ClientCallDetails,
        request: _Req,
    ) -> _Resp | grpc.aio.UnaryUnaryCall[_Req, _Resp]:
        """Call, and call again after a backoff while the code is retryable."""
        if not _should_retry_mutation(client_call_details.method, request):
            return await continuation(client_call_details, request)
        timeout = client_call_details.timeout
        deadline = None if timeout is None else time.monotonic() + timeout
        details = client_call_details
        backoffs = self.policy.backoffs()
        while True:
            call = await continuation(details, request)
            if await call.code() not in self.policy.retryable_codes:
                return call
            wait = next(backoffs, None)
            left = _remaining(deadline)
            if wait is None or (left is not None and left <= wait):
                return call
            await asyncio.sleep(wait)
            details = _aio_details(client_call_details, timeout=_remaining(deadline))


class AsyncTypedErrorInterceptor(grpc.aio.UnaryUnaryClientInterceptor):
    """Raises the `ModelstoreError` subclass of a failed unary call (asyncio channel).

    `await stub.Method(request)` raises it. The call object's own accessors (`code()`,
    `details()`, ...) raise it too, since the call failed inside the interceptor.
    """

    async def intercept_unary_unary(
        self,
        continuation: Callable[
            [grpc.aio.ClientCallDetails, _Req], Awaitable[grpc.aio.UnaryUnaryCall[_Req, _Resp]]
        ],
        client_call_details: grpc.aio.ClientCallDetails,
        request: _Req,
    ) -> _Resp | grpc.aio.UnaryUnaryCall[_Req, _Resp]:
        """Call and wait for the outcome; on failure raise the typed error."""
        try:
            call = await continuation(client_call_details, request)
            await call
        except ModelstoreError:
            raise
        except grpc.RpcError as error:
            raise from_rpc_error(error) from error
        return call
