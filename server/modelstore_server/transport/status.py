"""The service edge: the one place where errors become `google.rpc.Status`.

Every status carries an ErrorInfo (domain `modelstore.dev`, reason from
`modelstore.v1.ErrorReason`) and, where fields are at fault, BadRequest field violations.
Unknown exceptions are logged in full here and reach the caller as a generic INTERNAL
with no exception text, so driver messages (which may quote stored values) never leak.
"""

from __future__ import annotations

import logging
from typing import Any

import grpc
from google.protobuf import any_pb2
from google.protobuf.message import Message
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from modelstore.v1 import errors_pb2

from .. import errors
from ..engine.audit import failing
from ..storage.driver_errors import translate
from ..storage.outages import outages

DOMAIN = "modelstore.dev"
_PREFIX = "ERROR_REASON_"
log = logging.getLogger("modelstore.errors")

_CODES: list[tuple[type[errors.ModelstoreError], int]] = [
    (errors.InvalidArgument, code_pb2.INVALID_ARGUMENT),
    (errors.NotFound, code_pb2.NOT_FOUND),
    (errors.AlreadyExists, code_pb2.ALREADY_EXISTS),
    (errors.EtagMismatch, code_pb2.ABORTED),
    (errors.FailedPrecondition, code_pb2.FAILED_PRECONDITION),
    (errors.PermissionDenied, code_pb2.PERMISSION_DENIED),
    (errors.Unauthenticated, code_pb2.UNAUTHENTICATED),
    (errors.Unavailable, code_pb2.UNAVAILABLE),
    (errors.DeadlineExceeded, code_pb2.DEADLINE_EXCEEDED),
    (errors.ResourceExhausted, code_pb2.RESOURCE_EXHAUSTED),
]


def reason_name(reason: int) -> str:
    """Return the ErrorInfo reason string: the enum value name without its prefix."""
    return errors_pb2.ErrorReason.Name(reason).removeprefix(_PREFIX)  # type: ignore[arg-type]


def _pack(message: Message) -> any_pb2.Any:
    packed = any_pb2.Any()
    packed.Pack(message)
    return packed


def to_rpc_status(exc: BaseException) -> status_pb2.Status:
    """Translate any exception into a rich `google.rpc.Status`."""
    return _status_of(_typed(exc))


def _typed(exc: BaseException) -> errors.ModelstoreError:
    """Return `exc` as the typed error it reports (INTERNAL, logged, for an unknown one)."""
    if not isinstance(exc, errors.ModelstoreError):
        exc = translate(exc) or exc
    if not isinstance(exc, errors.ModelstoreError):
        # The class and the frames, not the message: an unexpected exception's text (a
        # driver error's above all) may quote the request's values.
        log.error("unhandled error: %s\n%s", errors.loggable(exc), errors.loggable_traceback(exc))
        exc = errors.ModelstoreError("internal error", reason=errors_pb2.ERROR_REASON_INTERNAL)
    return exc


def _status_of(exc: errors.ModelstoreError) -> status_pb2.Status:
    code: int = code_pb2.INTERNAL
    for cls, value in _CODES:
        if isinstance(exc, cls):
            code = value
            break
    info = error_details_pb2.ErrorInfo(
        reason=reason_name(exc.reason), domain=DOMAIN, metadata=dict(exc.metadata)
    )
    details = [_pack(info)]
    if isinstance(exc, errors.InvalidArgument) and exc.violations:
        bad = error_details_pb2.BadRequest(
            field_violations=[
                error_details_pb2.BadRequest.FieldViolation(
                    field=v.field, description=v.description
                )
                for v in exc.violations
            ]
        )
        details.append(_pack(bad))
    return status_pb2.Status(code=code, message=exc.message, details=details)


async def abort(context: grpc.aio.ServicerContext[Any, Any], exc: BaseException) -> None:
    """Abort the RPC with the rich status of an exception.

    First the call's audit entries are stored, with this code and reason (a failed write's
    entry, `engine.audit_log`): this is where a call's failure gets its status, and once
    aborted the caller has it.
    """
    typed = _typed(exc)
    if typed.reason == errors_pb2.ERROR_REASON_DATABASE_UNAVAILABLE:
        outages.notify()  # health rechecks now, not at its next tick
    status = _status_of(typed)
    await failing(code_pb2.Code.Name(status.code), reason_name(typed.reason))
    rich = rpc_status.to_status(status)
    # What `abort_with_status` does, spelled out: a wrapped context (OpenTelemetry's, when
    # tracing is on) sees `abort`, and so the call's span gets its status code.
    await context.abort(rich.code, rich.details, rich.trailing_metadata)
