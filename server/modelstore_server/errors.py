"""The typed errors of the engine and storage layers.

Handlers and storage raise these; exactly one function at the service edge
(`transport.status.to_rpc_status`) turns them into `google.rpc.Status`. Driver exceptions
are translated into them by type in `storage.driver_errors`, never by message text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from modelstore.v1 import errors_pb2


@dataclass(frozen=True)
class FieldViolation:
    """One invalid field: a snake_case path and a caller-safe description."""

    field: str
    description: str


class ModelstoreError(Exception):
    """Base of all errors the service edge knows how to report."""

    reason: int = errors_pb2.ERROR_REASON_INTERNAL

    def __init__(self, message: str, *, reason: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if reason is not None:
            self.reason = reason

    metadata: dict[str, str] = {}  # noqa: RUF012 - overridden per instance where needed


class InvalidArgument(ModelstoreError):
    """The request is malformed: INVALID_ARGUMENT, with field violations."""

    reason = errors_pb2.ERROR_REASON_INVALID_FIELD

    def __init__(
        self,
        message: str,
        violations: Sequence[FieldViolation] = (),
        *,
        reason: int | None = None,
    ) -> None:
        super().__init__(message, reason=reason)
        self.violations = list(violations)


class NotFound(ModelstoreError):
    """No such entity (or another tenant's): NOT_FOUND."""

    reason = errors_pb2.ERROR_REASON_NOT_FOUND


class AlreadyExists(ModelstoreError):
    """The id or a unique index is taken: ALREADY_EXISTS, naming the fields."""

    reason = errors_pb2.ERROR_REASON_ALREADY_EXISTS_UNIQUE

    def __init__(self, message: str, fields: Sequence[str], *, reason: int | None = None) -> None:
        super().__init__(message, reason=reason)
        self.fields = list(fields)
        self.metadata = {"fields": ",".join(self.fields)}


class EtagMismatch(ModelstoreError):
    """The etag does not match: ABORTED."""

    reason = errors_pb2.ERROR_REASON_ETAG_MISMATCH


class FailedPrecondition(ModelstoreError):
    """A reference is missing, a state change is not allowed, or the tenant header is absent."""

    reason = errors_pb2.ERROR_REASON_INVALID_STATE

    def __init__(
        self, message: str, *, reason: int | None = None, field: str | None = None
    ) -> None:
        super().__init__(message, reason=reason)
        self.field = field
        self.metadata = {"field": field} if field else {}


class PermissionDenied(ModelstoreError):
    """The caller may not do this: PERMISSION_DENIED."""

    reason = errors_pb2.ERROR_REASON_PERMISSION_DENIED


class Unauthenticated(ModelstoreError):
    """No or unknown credentials: UNAUTHENTICATED."""

    reason = errors_pb2.ERROR_REASON_UNAUTHENTICATED


class Unavailable(ModelstoreError):
    """The database cannot be reached: UNAVAILABLE (safe to retry)."""

    reason = errors_pb2.ERROR_REASON_DATABASE_UNAVAILABLE


class DeadlineExceeded(ModelstoreError):
    """The operation ran out of time: DEADLINE_EXCEEDED."""

    reason = errors_pb2.ERROR_REASON_DEADLINE_EXCEEDED


class ResourceExhausted(ModelstoreError):
    """A request limit was passed: RESOURCE_EXHAUSTED."""

    reason = errors_pb2.ERROR_REASON_LIMIT_EXCEEDED
