"""Typed exceptions for failed calls, decoded from the server's rich `google.rpc.Status`.

Every Modelstore error carries a `google.rpc.Status` in the `grpc-status-details-bin`
trailer with a `google.rpc.ErrorInfo` (domain `modelstore.dev`, a reason such as
`ALREADY_EXISTS_UNIQUE`) and, where fields are at fault, a `google.rpc.BadRequest` with
field violations (CONTRACT.md section 6). `from_rpc_error` turns a `grpc.RpcError` into the
`ModelstoreError` subclass of its status code, with those details as attributes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, cast

import grpc
from google.protobuf.message import DecodeError
from google.rpc import error_details_pb2, status_pb2

from modelstore.v1 import errors_pb2

if TYPE_CHECKING:
    from grpc import _Metadatum

DOMAIN = "modelstore.dev"
"""The `ErrorInfo.domain` of every error the Modelstore server raises."""

STATUS_DETAILS_KEY = "grpc-status-details-bin"
"""The trailing-metadata key that carries the serialized `google.rpc.Status`."""

_REASON_PREFIX = "ERROR_REASON_"


class _Pair(NamedTuple):
    """A metadata pair, shaped like gRPC's own (`key`, `value`)."""

    key: str
    value: bytes


@dataclass(frozen=True)
class FieldViolation:
    """One field at fault: a `google.rpc.BadRequest.FieldViolation`."""

    field: str
    """The snake_case path of the field, for example `workspace.name`."""
    description: str
    """What is wrong with it."""


class ModelstoreError(grpc.RpcError):
    """A failed Modelstore call, with its status code and decoded error details.

    It is a `grpc.RpcError` with that type's accessors (`code()`, `details()`,
    `trailing_metadata()`), so code written for gRPC's own errors keeps working.
    Catch a subclass (`NotFoundError`, `AlreadyExistsError`, ...) to handle one status code.
    The original error, when there is one, is kept in `rpc_error` and as `__cause__`.
    """

    default_code: ClassVar[grpc.StatusCode] = grpc.StatusCode.UNKNOWN
    """The status code a subclass stands for."""

    status_code: grpc.StatusCode
    """The gRPC status code (also returned by `code()`)."""
    message: str
    """The status message (human-readable; never parse it, use `reason`)."""
    reason: str
    """The `ErrorInfo.reason`, for example `NOT_FOUND` or `ALREADY_EXISTS_UNIQUE`; empty when
    the status had no ErrorInfo (for example an error raised by gRPC itself)."""
    domain: str
    """The `ErrorInfo.domain`: `modelstore.dev` for the server's errors."""
    metadata: dict[str, str]
    """The `ErrorInfo.metadata`, for example the fields of a violated unique index."""
    field_violations: list[FieldViolation]
    """The `BadRequest` field violations, in the server's order."""
    status: status_pb2.Status | None
    """The decoded `google.rpc.Status`, when the call carried one."""
    rpc_error: grpc.RpcError | None
    """The error this one was decoded from."""

    def __init__(
        self,
        message: str,
        *,
        code: grpc.StatusCode | None = None,
        reason: str = "",
        domain: str = "",
        metadata: Mapping[str, str] | None = None,
        field_violations: Iterable[FieldViolation] = (),
        status: status_pb2.Status | None = None,
        rpc_error: grpc.RpcError | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = code if code is not None else self.default_code
        self.message = message
        self.reason = reason
        self.domain = domain
        self.metadata = dict(metadata or {})
        self.field_violations = list(field_violations)
        self.status = status
        self.rpc_error = rpc_error

    def code(self) -> grpc.StatusCode:
        """Return the gRPC status code (as `grpc.RpcError.code()` does)."""
        return self.status_code

    def details(self) -> str:
        """Return the status message (as `grpc.RpcError.details()` does)."""
        return self.message

    def trailing_metadata(self) -> tuple[_Metadatum, ...]:
        """Return the call's trailing metadata, with the `grpc-status-details-bin` status."""
        original = _call_value(self.rpc_error, "trailing_metadata") if self.rpc_error else None
        if original is not None:
            return tuple(original)
        if self.status is None:
            return ()
        pair = _Pair(STATUS_DETAILS_KEY, self.status.SerializeToString())
        return (cast("_Metadatum", pair),)

    @property
    def error_reason(self) -> errors_pb2.ErrorReason.ValueType:
        """The reason as a `modelstore.v1.ErrorReason` value (UNSPECIFIED when unknown)."""
        try:
            return errors_pb2.ErrorReason.Value(_REASON_PREFIX + self.reason)
        except ValueError:
            return errors_pb2.ERROR_REASON_UNSPECIFIED

    def violation(self, field: str) -> FieldViolation | None:
        """Return the first violation of a field path, or None."""
        return next((v for v in self.field_violations if v.field == field), None)

    def __str__(self) -> str:
        text = f"{self.status_code.name}: {self.message}"
        if self.reason:
            text += f" [{self.reason}]"
        if self.field_violations:
            text += " (" + "; ".join(f"{v.field}: {v.description}" for v in self.field_violations)
            text += ")"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.status_code.name}, reason={self.reason!r}, "
            f"message={self.message!r}, field_violations={self.field_violations!r})"
        )


class CallCancelledError(ModelstoreError):
    """CANCELLED: the call was cancelled, usually by the caller."""

    default_code = grpc.StatusCode.CANCELLED


class UnknownError(ModelstoreError):
    """UNKNOWN: an error without a known status."""

    default_code = grpc.StatusCode.UNKNOWN


class InvalidArgumentError(ModelstoreError):
    """INVALID_ARGUMENT: a field, filter, order_by, mask, page token or page size is wrong.

    `field_violations` names the fields at fault.
    """

    default_code = grpc.StatusCode.INVALID_ARGUMENT


class DeadlineExceededError(ModelstoreError):
    """DEADLINE_EXCEEDED: the deadline passed before the call completed."""

    default_code = grpc.StatusCode.DEADLINE_EXCEEDED


class NotFoundError(ModelstoreError):
    """NOT_FOUND: no such id (or another tenant's)."""

    default_code = grpc.StatusCode.NOT_FOUND


class AlreadyExistsError(ModelstoreError):
    """ALREADY_EXISTS: the id or a unique key is taken.

    The reason is `ALREADY_EXISTS_ID` (the id) or `ALREADY_EXISTS_UNIQUE` (a unique index,
    whose fields are in `metadata`).
    """

    default_code = grpc.StatusCode.ALREADY_EXISTS


class PermissionDeniedError(ModelstoreError):
    """PERMISSION_DENIED: the caller lacks a right, or the tenant does not match."""

    default_code = grpc.StatusCode.PERMISSION_DENIED


class ResourceExhaustedError(ModelstoreError):
    """RESOURCE_EXHAUSTED: the request is too large or a limit was reached."""

    default_code = grpc.StatusCode.RESOURCE_EXHAUSTED


class FailedPreconditionError(ModelstoreError):
    """FAILED_PRECONDITION: the system is not in the state the call needs.

    A referenced entity is missing, a state transition is not allowed, or the
    `x-tenant-id` header is missing.
    """

    default_code = grpc.StatusCode.FAILED_PRECONDITION


class AbortedError(ModelstoreError):
    """ABORTED: the etag does not match (a concurrent write); read again and retry."""

    default_code = grpc.StatusCode.ABORTED


class OutOfRangeError(ModelstoreError):
    """OUT_OF_RANGE: a value is past the valid range."""

    default_code = grpc.StatusCode.OUT_OF_RANGE


class UnimplementedError(ModelstoreError):
    """UNIMPLEMENTED: the server does not serve this method."""

    default_code = grpc.StatusCode.UNIMPLEMENTED


class InternalError(ModelstoreError):
    """INTERNAL: a bug in the server (it never carries driver text)."""

    default_code = grpc.StatusCode.INTERNAL


class UnavailableError(ModelstoreError):
    """UNAVAILABLE: the server or its database cannot be reached; safe to retry."""

    default_code = grpc.StatusCode.UNAVAILABLE


class DataLossError(ModelstoreError):
    """DATA_LOSS: unrecoverable data loss."""

    default_code = grpc.StatusCode.DATA_LOSS


class UnauthenticatedError(ModelstoreError):
    """UNAUTHENTICATED: the token is missing or unknown."""

    default_code = grpc.StatusCode.UNAUTHENTICATED


_BY_CODE: dict[grpc.StatusCode, type[ModelstoreError]] = {
    cls.default_code: cls
    for cls in (
        CallCancelledError,
        UnknownError,
        InvalidArgumentError,
        DeadlineExceededError,
        NotFoundError,
        AlreadyExistsError,
        PermissionDeniedError,
        ResourceExhaustedError,
        FailedPreconditionError,
        AbortedError,
        OutOfRangeError,
        UnimplementedError,
        InternalError,
        UnavailableError,
        DataLossError,
        UnauthenticatedError,
    )
}


def error_class(code: grpc.StatusCode) -> type[ModelstoreError]:
    """Return the `ModelstoreError` subclass of a status code (`ModelstoreError` for OK)."""
    return _BY_CODE.get(code, ModelstoreError)


def _call_value(error: grpc.RpcError, name: str) -> Any:
    """Call an accessor (`code`, `details`, `trailing_metadata`) that an RpcError may lack."""
    accessor = getattr(error, name, None)
    if not callable(accessor):
        return None
    try:
        return accessor()
    except Exception:  # an accessor of a foreign error type that fails: treat as absent
        return None


def _status_from_trailers(trailers: Any) -> status_pb2.Status | None:
    for item in trailers or ():
        key, value = item
        if key == STATUS_DETAILS_KEY and isinstance(value, bytes):
            try:
                return status_pb2.Status.FromString(value)
            except DecodeError:
                return None
    return None


def from_status(
    status: status_pb2.Status,
    *,
    code: grpc.StatusCode | None = None,
    rpc_error: grpc.RpcError | None = None,
) -> ModelstoreError:
    """Build the typed error of a `google.rpc.Status` (its code unless `code` is given)."""
    if code is None:
        code = next((c for c in grpc.StatusCode if c.value[0] == status.code), None)
        code = code or grpc.StatusCode.UNKNOWN
    reason = domain = ""
    metadata: dict[str, str] = {}
    violations: list[FieldViolation] = []
    for detail in status.details:
        kind = detail.TypeName()
        if kind == error_details_pb2.ErrorInfo.DESCRIPTOR.full_name:
            info = error_details_pb2.ErrorInfo()
            detail.Unpack(info)
            reason, domain, metadata = info.reason, info.domain, dict(info.metadata)
        elif kind == error_details_pb2.BadRequest.DESCRIPTOR.full_name:
            bad = error_details_pb2.BadRequest()
            detail.Unpack(bad)
            violations.extend(FieldViolation(v.field, v.description) for v in bad.field_violations)
    return error_class(code)(
        status.message,
        code=code,
        reason=reason,
        domain=domain,
        metadata=metadata,
        field_violations=violations,
        status=status,
        rpc_error=rpc_error,
    )


def from_rpc_error(error: grpc.RpcError) -> ModelstoreError:
    """Decode a failed call (sync or asyncio) into the `ModelstoreError` of its status code.

    Reads `code()`, `details()` and the `grpc-status-details-bin` trailer; a
    `ModelstoreError` is returned unchanged. Errors without a rich status (raised by gRPC
    itself, such as a connection failure) still get their typed class, with an empty
    `reason` and no violations.
    """
    if isinstance(error, ModelstoreError):
        return error
    raw_code = _call_value(error, "code")
    code = raw_code if isinstance(raw_code, grpc.StatusCode) else grpc.StatusCode.UNKNOWN
    details = _call_value(error, "details")
    message = details if isinstance(details, str) else str(error)
    status = _status_from_trailers(_call_value(error, "trailing_metadata"))
    if status is not None:
        typed = from_status(status, code=code, rpc_error=error)
        if not typed.message:
            typed.message = message
            typed.args = (message,)
        return typed
    return error_class(code)(message, code=code, rpc_error=error)
