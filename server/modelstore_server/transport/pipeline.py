"""What runs around every handler, composed once per method when the server is built.

Every call passes, in this order: the drain gate (UNAVAILABLE once shutdown starts), one
read of the metadata, the caller check (UNAUTHENTICATED / PERMISSION_DENIED, when a
credentials file is configured), the request context (the tenant the call acts for,
`request_context.decide`), request validation (INVALID_ARGUMENT, for the RPCs the protos
declare), then the handler, which reads the context from `request_context.current_context`.

Why not grpc.aio server interceptors: with any interceptor installed, grpc.aio runs its
interceptor pipeline (one coroutine per interceptor, plus a handler lookup) on every call,
and each wrapping layer adds another coroutine. Composing the steps a method needs into one
function at registration costs nothing per call for the steps it does not need (no caller
check without credentials, no validation for reflection), and was measurably cheaper on
the GetUser hot path (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeAlias

import grpc
from google.protobuf.message import Message

from .. import errors
from ..engine.registry import MethodSpec
from ..security.callers import ANONYMOUS, Credentials
from .caller_auth import check, is_open, metadata_of
from .drain_gate import DrainGate
from .request_context import current_context, decide
from .request_validation import check_request
from .status import abort

# A string: grpc's runtime classes are not generic, only its type stubs are.
Handler: TypeAlias = "grpc.RpcMethodHandler[Any, Any]"
Services: TypeAlias = Mapping[str, Mapping[str, Handler]]
"""Service full name -> method name -> handler."""


class CallPipeline:
    """Composes the gate, caller check and validation around each method's handler."""

    def __init__(
        self, gate: DrainGate, credentials: Credentials | None, specs: Mapping[str, MethodSpec]
    ) -> None:
        self._gate = gate
        self._credentials = credentials
        self._specs = specs

    def register(self, server: grpc.aio.Server, services: Services) -> None:
        """Add every service's wrapped handlers to the server, as one method table."""
        table = {
            f"/{service}/{name}": self.wrap(f"/{service}/{name}", handler)
            for service, methods in services.items()
            for name, handler in methods.items()
        }
        # Only a generic handler, never `add_registered_method_handlers`: grpc.aio (1.7x-1.8x)
        # waits on one future per *registered* method for every incoming call, so with our
        # ~200 methods registration cost 0.1-0.3 ms of CPU per call (docs/performance.md).
        # One dictionary lookup finds any method instead.
        server.add_generic_rpc_handlers((MethodTable(table),))

    def wrap(self, method: str, handler: Handler) -> Handler:
        """Return `handler` with the steps `method` needs run before it."""
        if handler.unary_unary is not None:
            return self._unary(method, handler)
        if handler.stream_stream is not None:
            return self._stream(method, handler)
        return handler  # health's Watch: open, long-lived, nothing to check

    def _unary(self, method: str, handler: Handler) -> Handler:
        inner = handler.unary_unary
        assert inner is not None  # wrap() sends only unary-unary handlers here
        gate = self._gate
        spec = self._specs.get(method)
        credentials = None if is_open(method) else self._credentials

        if is_open(method):

            async def noted(request: Message, context: Any) -> Message:
                gate.arrive()  # health answers NOT_SERVING while draining: never refused
                result: Message = await inner(request, context)
                return result

            return _unary_like(handler, noted)

        async def call(request: Message, context: Any) -> Message:
            if not gate.arrive():
                await abort(context, errors.shutting_down())
            try:
                metadata = metadata_of(context)
                caller = (
                    ANONYMOUS
                    if credentials is None
                    else check(credentials, spec, metadata, context)
                )
                ctx = decide(metadata, caller)
                if spec is not None:
                    check_request(spec, request)
            except Exception as exc:  # the caller and validation errors, as statuses
                await abort(context, exc)
                raise
            token = current_context.set(ctx)
            try:
                result: Message = await inner(request, context)
                return result
            finally:
                current_context.reset(token)

        return _unary_like(handler, call)

    def _stream(self, method: str, handler: Handler) -> Handler:
        stream: Any = handler.stream_stream  # an async generator under grpc.aio (reflection)
        gate = self._gate
        spec = self._specs.get(method)
        credentials = self._credentials

        async def streaming(requests: Any, context: Any) -> Any:
            if not gate.arrive():
                await abort(context, errors.shutting_down())
            if credentials is not None:
                try:
                    check(credentials, spec, metadata_of(context), context)
                except (errors.Unauthenticated, errors.PermissionDenied) as exc:
                    await abort(context, exc)
                    raise
            async for item in stream(requests, context):
                yield item

        return grpc.stream_stream_rpc_method_handler(
            streaming,
            request_deserializer=handler.request_deserializer,
            response_serializer=handler.response_serializer,
        )


class MethodTable(grpc.GenericRpcHandler):
    """Finds a method's handler by its full path ("/package.Service/Method") in one lookup."""

    def __init__(self, table: Mapping[str, Handler]) -> None:
        self._table = dict(table)

    def service(self, handler_call_details: grpc.HandlerCallDetails) -> Handler | None:
        """Return the method's handler, or None (grpc answers UNIMPLEMENTED)."""
        return self._table.get(handler_call_details.method)


def generated_handlers(add_to_server: Callable[[Any, Any], None], servicer: Any) -> Services:
    """Return the handlers a generated `add_<Name>Servicer_to_server` function registers."""
    recorded: dict[str, Mapping[str, Handler]] = {}

    class Recorder:
        def add_generic_rpc_handlers(self, handlers: Any) -> None:
            pass  # the same handlers arrive below, by method name

        def add_registered_method_handlers(
            self, service: str, methods: Mapping[str, Handler]
        ) -> None:
            recorded[service] = dict(methods)

    add_to_server(servicer, Recorder())
    return recorded


def _unary_like(handler: Handler, behavior: Any) -> Handler:
    return grpc.unary_unary_rpc_method_handler(
        behavior,
        request_deserializer=handler.request_deserializer,
        response_serializer=handler.response_serializer,
    )
