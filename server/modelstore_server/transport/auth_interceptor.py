"""Caller authentication and rights, before validation and before any handler.

With a credentials file, every RPC except health checks needs a known caller: a bearer
token (`authorization: Bearer <token>`) or, under mutual TLS, a client certificate whose
subject the file names. A missing or unknown identity is UNAUTHENTICATED; a right the RPC
needs that the caller lacks, or a tenant header naming a tenant the caller may not act for,
is PERMISSION_DENIED. Without a credentials file every call is the anonymous caller with
every right, which the CLI only allows on a loopback address (or with `--insecure`).

The caller travels to the handlers in a context variable, since grpc.aio's servicer
context cannot carry attributes.
"""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import grpc
from google.protobuf.message import Message

from modelstore.v1 import errors_pb2, storage_pb2

from ..engine.registry import MethodSpec
from ..errors import PermissionDenied, Unauthenticated
from ..security.callers import ANONYMOUS, Caller, Credentials, Right
from .status import abort
from .wrapping import WrappedHandlers, stream_like, unary_like

current_caller: contextvars.ContextVar[Caller] = contextvars.ContextVar(
    "modelstore_caller", default=ANONYMOUS
)
_RIGHT_OF: dict[int, Right] = {
    storage_pb2.ACCESS_READ: Right.READ,
    storage_pb2.ACCESS_WRITE: Right.WRITE,
    storage_pb2.ACCESS_READ_SECRETS: Right.READ_SECRETS,
}
_OPEN = ("/grpc.health.v1.Health/",)
_TENANT_HEADER = "x-tenant-id"


def _metadata(context: Any) -> dict[str, str]:
    return {k: str(v) for k, v in (context.invocation_metadata() or ())}


def identify(credentials: Credentials, context: Any) -> Caller:
    """Return the caller of an RPC, or raise UNAUTHENTICATED."""
    header = _metadata(context).get("authorization", "")
    scheme, _, token = header.partition(" ")
    if token and scheme.lower() == "bearer":
        caller = credentials.by_token(token.strip())
        if caller is not None:
            return caller
        raise Unauthenticated("unknown bearer token")
    auth = context.auth_context() or {}
    subjects = [s.decode() for s in auth.get("x509_subject", [])]
    subjects += [s.decode() for s in auth.get("x509_common_name", [])]
    if subjects:
        caller = credentials.by_subject(subjects)
        if caller is not None:
            return caller
    raise Unauthenticated(
        "this server requires credentials: send 'authorization: Bearer <token>'",
        reason=errors_pb2.ERROR_REASON_UNAUTHENTICATED,
    )


def authorise(caller: Caller, spec: MethodSpec | None, context: Any) -> None:
    """Raise PERMISSION_DENIED unless the caller holds the RPC's rights and may use its tenant."""
    needed: frozenset[int] = (
        spec.requires if spec is not None else frozenset({int(storage_pb2.ACCESS_READ)})
    )
    missing = [_RIGHT_OF[a].value for a in needed if _RIGHT_OF.get(a) not in caller.rights]
    if missing:
        raise PermissionDenied(f"caller {caller.name!r} lacks the right {', '.join(missing)}")
    tenant = _metadata(context).get(_TENANT_HEADER, "").strip()
    if tenant and not caller.may_act_for(tenant):
        raise PermissionDenied(
            f"caller {caller.name!r} may not act for this tenant",
            reason=errors_pb2.ERROR_REASON_TENANT_MISMATCH,
        )


class AuthInterceptor(grpc.aio.ServerInterceptor):
    """Identifies and authorises the caller of every RPC."""

    def __init__(self, credentials: Credentials | None, specs: Mapping[str, MethodSpec]) -> None:
        self._credentials = credentials
        self._specs = specs
        self._wrapped = WrappedHandlers()

    async def intercept_service(
        self,
        continuation: Callable[
            [grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler[Any, Any] | None]
        ],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler[Any, Any] | None:
        """Wrap the handler so the caller is checked before it runs."""
        handler = await continuation(handler_call_details)
        method = handler_call_details.method
        if handler is None or self._credentials is None or method.startswith(_OPEN):
            return handler
        credentials = self._credentials
        spec = self._specs.get(method)
        return self._wrapped.get(method, handler, lambda h: _authenticated(credentials, spec, h))


def _authenticated(
    credentials: Credentials, spec: MethodSpec | None, handler: grpc.RpcMethodHandler[Any, Any]
) -> grpc.RpcMethodHandler[Any, Any]:
    """Wrap a handler so the caller is identified and authorised before it runs."""

    def check(context: Any) -> Caller:
        caller = identify(credentials, context)
        authorise(caller, spec, context)
        return caller

    if handler.unary_unary is not None:
        inner = handler.unary_unary

        async def unary(request: Message, context: Any) -> Message:
            try:
                caller = check(context)
            except (Unauthenticated, PermissionDenied) as exc:
                await abort(context, exc)
                raise
            token = current_caller.set(caller)
            try:
                result: Message = await inner(request, context)
                return result
            finally:
                current_caller.reset(token)

        return unary_like(handler, unary)
    if handler.stream_stream is not None:  # server reflection
        stream: Any = handler.stream_stream  # an async generator under grpc.aio

        async def streaming(requests: Any, context: Any) -> Any:
            try:
                check(context)
            except (Unauthenticated, PermissionDenied) as exc:
                await abort(context, exc)
                raise
            async for item in stream(requests, context):
                yield item

        return stream_like(handler, streaming)
    return handler
