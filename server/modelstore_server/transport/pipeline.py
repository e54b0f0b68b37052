"""What runs around every handler, composed once per method when the server is built.

Every call passes, in this order: the drain gate (UNAVAILABLE once shutdown starts), the
parse of the request bytes (INVALID_ARGUMENT for bytes that are not the request type), one
read of the metadata, the caller check (UNAUTHENTICATED / PERMISSION_DENIED, when a
credentials file is configured), the request context (the tenant the call acts for,
`request_context.decide`), request validation (INVALID_ARGUMENT, for the RPCs the protos
declare), then the handler, which reads the context from `request_context.current_context`.
From the context on, the call has an audit journal (`engine.audit`); before the answer
leaves, its entries are stored with one insert (`engine.audit_log`, docs/audit.md), and a
call whose entries cannot be stored fails UNAVAILABLE, so no write is acknowledged
without them. A call that wrote nothing, and did not fail as a write RPC, stores nothing.

Recording (`call_record`: the per-RPC metrics and the access log) spans the whole call,
refusals included, and is composed in only when metrics or the access log are on.

Why not grpc.aio server interceptors: with any interceptor installed, grpc.aio runs its
interceptor pipeline (one coroutine per interceptor, plus a handler lookup) on every call,
and each wrapping layer adds another coroutine. Composing the steps a method needs into one
function at registration costs nothing per call for the steps it does not need (no caller
check without credentials, no validation for reflection), and was measurably cheaper on
the GetUser hot path (docs/performance.md). The one interceptor a server may have is
OpenTelemetry's, when tracing is configured (docs/operations.md).

Why the pipeline parses the request itself: grpc runs a method's `request_deserializer`
before any handler code, and answers a deserializer that raises with UNKNOWN (the Python
exception's text, which names classes) and a logged traceback. So every wrapped method is
registered without one, receives the raw bytes, and parses them here, where a
`DecodeError` becomes INVALID_ARGUMENT like any other bad request. The parse is the same
`FromString` grpc would have called, so the hot path does the same work.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Mapping
from typing import Any, TypeAlias

import grpc
from google.protobuf.message import DecodeError, Message

from .. import errors
from ..engine.audit import Journal, close_journal, open_journal
from ..engine.audit_log import AuditTrail, is_write
from ..engine.context import CallContext
from ..engine.registry import MethodSpec
from ..security.callers import ANONYMOUS, Credentials
from .call_record import CallRecorder, code_of
from .caller_auth import check, is_open, metadata_of
from .drain_gate import DrainGate
from .request_context import current_context, decide
from .request_validation import check_request
from .status import abort

log = logging.getLogger("modelstore.audit")

# A string: grpc's runtime classes are not generic, only its type stubs are.
Handler: TypeAlias = "grpc.RpcMethodHandler[Any, Any]"
Services: TypeAlias = Mapping[str, Mapping[str, Handler]]
"""Service full name -> method name -> handler."""


class CallPipeline:
    """Composes the gate, caller check and validation around each method's handler."""

    def __init__(
        self,
        gate: DrainGate,
        credentials: Credentials | None,
        specs: Mapping[str, MethodSpec],
        audit: AuditTrail | None = None,
        recorder: CallRecorder | None = None,
    ) -> None:
        self._gate = gate
        self._credentials = credentials
        self._specs = specs
        self._audit = audit
        self._recorder = recorder or CallRecorder(metrics=False, access_log=False)

    def register(self, server: grpc.aio.Server, services: Services) -> dict[str, Handler]:
        """Add every service's wrapped handlers to the server, as one method table.

        Returns the table (method path -> wrapped handler), which the HTTP listener serves
        too (`transport.http`): one pipeline for both.
        """
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
        return table

    def wrap(self, method: str, handler: Handler) -> Handler:
        """Return `handler` with the steps `method` needs run before it."""
        if handler.unary_unary is not None:
            return self._unary(method, handler)
        if handler.stream_stream is not None:
            return self._stream(method, handler)
        if handler.unary_stream is not None:
            if method in self._specs:
                return self._server_stream(method, handler)
            return self._watch(handler)
        return handler

    def _server_stream(self, method: str, handler: Handler) -> Handler:
        """Wrap a declared server-streaming RPC (WatchChanges) like a unary call.

        Every step of a unary call runs first, then the handler's stream, with the call's
        context set for the whole of it.
        """
        inner: Any = handler.unary_stream  # an async generator under grpc.aio
        gate = self._gate
        spec = self._specs.get(method)
        credentials = self._credentials
        parse = _parser(handler)
        record = self._recorder.for_method(method)

        async def streaming(raw: bytes, context: Any) -> Any:
            started = record.start() if record is not None else 0.0
            ctx: CallContext | None = None
            metadata: Mapping[str, str] | None = None
            code = "OK"
            try:
                if not gate.arrive():
                    await abort(context, errors.shutting_down())
                try:
                    request = parse(raw)
                    metadata = metadata_of(context)
                    caller = (
                        ANONYMOUS
                        if credentials is None
                        else check(credentials, spec, metadata, context)
                    )
                    ctx = decide(metadata, caller, method)
                    if spec is not None:
                        check_request(spec, request)
                except Exception as exc:  # the caller and validation errors, as statuses
                    await abort(context, exc)
                    raise
                token = current_context.set(ctx)
                try:
                    async for item in inner(request, context):
                        yield item
                finally:
                    # A stream closed by the collector may end in another context.
                    with contextlib.suppress(ValueError):
                        current_context.reset(token)
            except BaseException as exc:
                code = code_of(exc, context)
                raise
            finally:
                if record is not None:
                    record.finish(started, code, ctx, metadata)

        return grpc.unary_stream_rpc_method_handler(
            streaming,
            request_deserializer=None,  # parsed above, for the reason the module gives
            response_serializer=handler.response_serializer,
        )

    def _unary(self, method: str, handler: Handler) -> Handler:
        inner = handler.unary_unary
        assert inner is not None  # wrap() sends only unary-unary handlers here
        gate = self._gate
        spec = self._specs.get(method)
        credentials = None if is_open(method) else self._credentials
        parse = _parser(handler)
        trail = self._audit
        writes = is_write(spec)
        record = self._recorder.for_method(method)

        if is_open(method):

            async def noted(raw: bytes, context: Any) -> Message:
                started = record.start() if record is not None else 0.0
                code = "OK"
                try:
                    gate.arrive()  # health answers NOT_SERVING while draining: never refused
                    try:
                        request = parse(raw)
                    except errors.InvalidArgument as exc:
                        await abort(context, exc)
                        raise
                    result: Message = await inner(request, context)
                    return result
                except BaseException as exc:
                    code = code_of(exc, context)
                    raise
                finally:
                    if record is not None:
                        record.finish(started, code, None, None)

            return _unary_like(handler, noted)

        async def call(raw: bytes, context: Any) -> Message:
            # Recording (metrics, access log) spans the whole call, refusals included; with
            # neither on, `record` is None and it costs a comparison at each end.
            started = record.start() if record is not None else 0.0
            ctx: CallContext | None = None
            metadata: Mapping[str, str] | None = None
            code = "OK"
            try:
                if not gate.arrive():
                    await abort(context, errors.shutting_down())
                try:
                    request = parse(raw)
                    metadata = metadata_of(context)
                    caller = (
                        ANONYMOUS
                        if credentials is None
                        else check(credentials, spec, metadata, context)
                    )
                    ctx = decided = decide(metadata, caller, method)
                except Exception as exc:  # the caller errors, as statuses
                    await abort(context, exc)
                    raise
                journal, audited = open_journal()
                if trail is not None:

                    async def store_failed(journal: Journal) -> None:
                        try:
                            await trail.store_failed(decided, journal, spec, request)
                        except Exception as exc:  # the call fails anyway, with its own status
                            log.error(
                                "a failed call's audit entries lost: %s", errors.loggable(exc)
                            )
                        finally:
                            journal.changes.clear()  # stored (or lost) once, never twice

                    # The error edge runs it before it aborts (`status.abort`). A read has its
                    # changes' entries stored only when it wrote something (see below).
                    if writes:
                        journal.on_failure = store_failed
                token = current_context.set(decided)
                try:
                    if spec is not None:
                        try:
                            check_request(spec, request)
                        except Exception as exc:  # validation errors, as statuses
                            await abort(context, exc)
                            raise
                    result: Message = await inner(request, context)
                except BaseException as exc:
                    # Not stored yet: a write call that ended without the error edge (cancelled),
                    # or a read that wrote on its way and failed (after its status, then).
                    if trail is not None and (journal.on_failure is not None or journal.changes):
                        if not journal.status_code:
                            cancelled = isinstance(exc, asyncio.CancelledError)
                            journal.status_code = "CANCELLED" if cancelled else "UNKNOWN"
                        journal.on_failure = None
                        await store_failed(journal)
                    raise
                finally:
                    current_context.reset(token)
                    close_journal(audited)
                if trail is not None and journal.changes:
                    try:
                        await trail.store(decided, journal)
                    except Exception as exc:
                        log.error("audit entries not stored: %s", errors.loggable(exc))
                        await abort(context, errors.audit_unavailable())
                        raise
                return result
            except BaseException as exc:
                code = code_of(exc, context)
                raise
            finally:
                if record is not None:
                    record.finish(started, code, ctx, metadata)

        return _unary_like(handler, call)

    def _watch(self, handler: Handler) -> Handler:
        """Health's Watch: open and long-lived, so only its request is parsed here."""
        watch: Any = handler.unary_stream
        parse = _parser(handler)

        async def watching(raw: bytes, context: Any) -> None:
            try:
                request = parse(raw)
            except errors.InvalidArgument as exc:
                await abort(context, exc)
                raise
            # grpc.aio's health servicer writes with `context.write` and returns nothing.
            await watch(request, context)

        return grpc.unary_stream_rpc_method_handler(
            watching,
            request_deserializer=None,  # parsed above, for the reason the module gives
            response_serializer=handler.response_serializer,
        )

    def _stream(self, method: str, handler: Handler) -> Handler:
        stream: Any = handler.stream_stream  # an async generator under grpc.aio (reflection)
        gate = self._gate
        spec = self._specs.get(method)
        credentials = self._credentials
        parse = _parser(handler)

        async def parsed(raws: Any, context: Any) -> Any:
            async for raw in raws:
                try:
                    request = parse(raw)
                except errors.InvalidArgument as exc:
                    await abort(context, exc)
                    raise
                yield request

        async def streaming(requests: Any, context: Any) -> Any:
            if not gate.arrive():
                await abort(context, errors.shutting_down())
            if credentials is not None:
                try:
                    check(credentials, spec, metadata_of(context), context)
                except (
                    errors.Unauthenticated,
                    errors.PermissionDenied,
                    errors.InvalidArgument,
                ) as exc:
                    await abort(context, exc)
                    raise
            async for item in stream(parsed(requests, context), context):
                yield item

        return grpc.stream_stream_rpc_method_handler(
            streaming,
            request_deserializer=None,  # parsed above, for the reason the module gives
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


def _parser(handler: Handler) -> Callable[[bytes], Any]:
    """Return the handler's request parser, raising INVALID_ARGUMENT for bad bytes."""
    deserialize = handler.request_deserializer
    if deserialize is None:  # already raw bytes (no such handler today): pass them on

        def as_is(raw: bytes) -> Any:
            return raw

        return as_is

    def parse(raw: bytes) -> Any:
        try:
            return deserialize(raw)
        except DecodeError as exc:
            # `from None`: the parser's text names the message type and upb internals.
            raise errors.unparseable_request(str(exc)) from None

    return parse


def _unary_like(handler: Handler, behavior: Any) -> Handler:
    return grpc.unary_unary_rpc_method_handler(
        behavior,
        request_deserializer=None,  # `behavior` parses the bytes (the module says why)
        response_serializer=handler.response_serializer,
    )
