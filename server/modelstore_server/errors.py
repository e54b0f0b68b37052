"""The typed errors of the engine and storage layers.

Handlers and storage raise these; exactly one function at the service edge
(`transport.status.to_rpc_status`) turns them into `google.rpc.Status`. Driver exceptions
are translated into them by type in `storage.driver_errors`, never by message text.
"""

from __future__ import annotations

import dataclasses
import traceback
from collections.abc import Sequence
from dataclasses import dataclass

from modelstore.v1 import errors_pb2


@dataclass(frozen=True)
class FieldViolation:
    """One invalid field: a snake_case path and a caller-safe description."""

    field: str
    description: str
    limit: bool = dataclasses.field(default=False, compare=False)
    """A size limit (too many items), not a wrong value: reported as LIMIT_EXCEEDED."""


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


# ---- named constructors ----------------------------------------------------------------
# Every error the server raises is made here, so one wrong (or one reason) is always worded
# and coded the same way, whichever layer finds it. The client's exception classes
# (`modelstore.client.errors`) carry the same names per status code.


def required(field: str, message: str | None = None) -> InvalidArgument:
    """Report that a required field (snake_case path) is empty."""
    return InvalidArgument(
        message or f"{field} is required", [FieldViolation(field, "is required")]
    )


def invalid_field(field: str, description: str, message: str | None = None) -> InvalidArgument:
    """One field breaks a rule."""
    return InvalidArgument(
        message or f"{field} {description}", [FieldViolation(field, description)]
    )


def immutable(field: str, name: str) -> InvalidArgument:
    """Report that a write tried to change an immutable field."""
    return InvalidArgument(
        f"{name} is immutable", [FieldViolation(field, "is immutable and cannot change")]
    )


def invalid_mask(mask: str, message: str) -> InvalidArgument:
    """Report that a field mask (`read_mask`, `update_mask`) names a field it may not."""
    return InvalidArgument(
        f"{mask}: {message}",
        [FieldViolation(mask, message)],
        reason=errors_pb2.ERROR_REASON_INVALID_FIELD_MASK,
    )


def invalid_filter(message: str) -> InvalidArgument:
    """Report that a List filter (AIP-160) does not parse or names an unknown field."""
    return InvalidArgument(
        f"filter: {message}",
        [FieldViolation("filter", message)],
        reason=errors_pb2.ERROR_REASON_INVALID_FILTER,
    )


def negative_page_size() -> InvalidArgument:
    """`page_size` below zero (AIP-158)."""
    return InvalidArgument(
        "page_size must not be negative",
        [FieldViolation("page_size", "must not be negative")],
        reason=errors_pb2.ERROR_REASON_INVALID_PAGE_SIZE,
    )


def too_many(field: str, limit: int) -> InvalidArgument:
    """Report that a repeated request field holds more items than one call may."""
    return InvalidArgument(
        f"at most {limit} {field} per call",
        [FieldViolation(field, f"must hold at most {limit} {field}")],
        reason=errors_pb2.ERROR_REASON_LIMIT_EXCEEDED,
    )


def request_id_reused() -> InvalidArgument:
    """Report that a `request_id` (AIP-155) came back with a different request."""
    return InvalidArgument(
        "request_id was already used for a different request",
        [FieldViolation("request_id", "was used for another request")],
        reason=errors_pb2.ERROR_REASON_REQUEST_ID_REUSED,
    )


def not_found(label: str, doc_id: str) -> NotFound:
    """No visible entity `label` has this id."""
    return NotFound(f"{label} {doc_id[:100]!r} not found")


def etag_mismatch(label: str, doc_id: str) -> EtagMismatch:
    """Report that the entity changed since the caller read the etag it sent."""
    return EtagMismatch(f"{label} {doc_id[:100]!r} has changed (etag mismatch)")


def keeps_changing(label: str, doc_id: str) -> EtagMismatch:
    """Report that a conditional write lost every retry to concurrent writers: ABORTED, retry."""
    return EtagMismatch(f"{label} {doc_id[:100]!r} keeps changing; retry")


def batch_in_progress() -> EtagMismatch:
    """Report that a batch with this request_id is being applied right now: ABORTED, retry."""
    return EtagMismatch("a batch with this request_id is being applied; retry")


def batch_overran(seconds: int) -> EtagMismatch:
    """Report that a batch ran past its lease and undid itself: ABORTED, retry."""
    return EtagMismatch(f"the batch took longer than {seconds} s and was undone; retry")


def at_item(exc: ModelstoreError, index: int, not_undone: Sequence[str] = ()) -> ModelstoreError:
    """Name item `index` of a batch in `exc`: its message, field violations and metadata.

    `not_undone` lists the ids of items the batch had applied and could not undo (another
    writer changed them since): the caller learns of them, as the log does.
    """
    at = f"requests[{index}]"
    exc.message = f"{at}: {exc.message}"
    exc.args = (exc.message,)
    if isinstance(exc, InvalidArgument):
        exc.violations = [dataclasses.replace(v, field=f"{at}.{v.field}") for v in exc.violations]
    exc.metadata = {**exc.metadata, "index": str(index)}
    if not_undone:
        exc.metadata["not_undone"] = ",".join(not_undone)
    return exc


def already_exists(label: str, fields: Sequence[str]) -> AlreadyExists:
    """Report that a unique index already holds these field values."""
    return AlreadyExists(f"a {label} with this {', '.join(fields)} already exists", fields)


def id_exists(label: str) -> AlreadyExists:
    """Report that the id is taken."""
    return AlreadyExists(
        f"a {label} with this id already exists",
        ["id"],
        reason=errors_pb2.ERROR_REASON_ALREADY_EXISTS_ID,
    )


def not_deleted(label: str, doc_id: str) -> AlreadyExists:
    """Undelete of a live entity (AIP-164)."""
    return AlreadyExists(
        f"{label} {doc_id[:100]!r} is not deleted",
        ["id"],
        reason=errors_pb2.ERROR_REASON_ALREADY_EXISTS_ID,
    )


def invalid_state(message: str, field: str | None = None) -> FailedPrecondition:
    """Report that the entity's state does not allow the change."""
    return FailedPrecondition(message, field=field)


def reference_missing(field: str, label: str, ref: str) -> FailedPrecondition:
    """Report that a reference field names no live entity of the caller's tenant."""
    return FailedPrecondition(
        f"{field}: {label} {ref[:100]!r} does not exist",
        reason=errors_pb2.ERROR_REASON_REFERENCE_MISSING,
        field=field,
    )


def still_referenced(label: str, doc_id: str, child: str, field: str) -> FailedPrecondition:
    """Report that a hard delete would orphan entities that refer to this one."""
    return FailedPrecondition(
        f"{label} {doc_id[:100]!r} is still referenced by {child}.{field}; delete those first or "
        "set force",
        reason=errors_pb2.ERROR_REASON_STILL_REFERENCED,
        field=field,
    )


def tenant_required() -> FailedPrecondition:
    """Report a tenant-scoped call without a tenant by a caller bound to tenants."""
    return FailedPrecondition(
        "this entity is tenant-scoped: set the x-tenant-id metadata header",
        reason=errors_pb2.ERROR_REASON_TENANT_REQUIRED,
    )


def tenant_mismatch(message: str) -> PermissionDenied:
    """Report that the request names a tenant the caller may not act for."""
    return PermissionDenied(message, reason=errors_pb2.ERROR_REASON_TENANT_MISMATCH)


def lacks_rights(caller: str, rights: Sequence[str]) -> PermissionDenied:
    """Report that the caller lacks a right the RPC needs."""
    return PermissionDenied(f"caller {caller!r} lacks the right {', '.join(rights)}")


def undecryptable(message: str, field: str | None = None) -> FailedPrecondition:
    """Report that a stored encrypted value cannot be decrypted with the configured keys."""
    return FailedPrecondition(message, field=field)


def shutting_down() -> Unavailable:
    """Report that the server is draining: the call did not start; retry elsewhere."""
    return Unavailable("the server is shutting down", reason=errors_pb2.ERROR_REASON_SHUTTING_DOWN)


def audit_unavailable() -> Unavailable:
    """Report a write whose audit entries could not be stored: the call is not acknowledged.

    The write itself may have happened (docs/audit.md): a retry of an idempotent Create
    (same request_id) answers with it and stores its entry.
    """
    return Unavailable("the audit log could not be written; the call is not acknowledged")


def not_found_among(label: str, missing: Sequence[str]) -> NotFound:
    """Report the ids of a batch that no visible entity has (the first five shown)."""
    shown = ", ".join(repr(i[:100]) for i in missing[:5])
    return NotFound(f"{label} not found: {shown}")


def already_deleted(label: str, doc_id: str) -> NotFound:
    """Report a Delete of a soft-deleted entity: gone, as far as Delete is concerned."""
    return NotFound(f"{label} {doc_id[:100]!r} is already deleted")


def not_a_member(user: str, where: str) -> NotFound:
    """Report that the user is not a member of the entity described by `where`."""
    return NotFound(f"user {user[:100]!r} is not a member of {where}")


def already_a_member(user: str, where: str, field: str) -> AlreadyExists:
    """Report that the user is already a member of the entity described by `where`."""
    return AlreadyExists(f"user {user[:100]!r} is already a member of {where}", [field])


def no_match(what: str) -> NotFound:
    """Report a lookup by secret value (a token, a code) that found nothing.

    `what` says what was looked for, never the value: unknown, expired and used values
    read the same on purpose.
    """
    return NotFound(f"no {what}")


# What upb's DecodeError says (its text also names the message type, so it is never
# forwarded), and the caller-safe words for it.
_UNPARSEABLE = (
    ("UTF-8", "a string field holds invalid UTF-8"),
    ("MaxDepth", "messages are nested more deeply than the parser allows (100 levels)"),
)


def unparseable_request(parser_text: str) -> InvalidArgument:
    """Report request bytes that are not a valid protobuf message of the RPC's request type."""
    why = next(
        (said for found, said in _UNPARSEABLE if found in parser_text),
        "the bytes are truncated or corrupt",
    )
    return InvalidArgument(f"the request does not parse: {why}")


def duplicate_header(name: str) -> InvalidArgument:
    """Report a call that sends a single-valued metadata header more than once."""
    return InvalidArgument(
        f"the {name} metadata header must be sent at most once",
        [FieldViolation(name, "must be sent at most once")],
    )


def untranscodable(field: str, description: str) -> InvalidArgument:
    """Report an HTTP request that does not map onto its RPC's request (docs/http.md).

    `field` is the request field, or `body` / `query` / a query parameter's name.
    """
    return invalid_request([FieldViolation(field, description)])


def body_too_large(limit: int) -> ResourceExhausted:
    """Report an HTTP body larger than the largest request the server accepts."""
    return ResourceExhausted(f"the request body is larger than {limit} bytes")


def no_such_route(verb: str, path: str) -> NotFound:
    """Report an HTTP method and path that no RPC is bound to."""
    return NotFound(f"no RPC is bound to {verb} {shown(path)}")


# A status travels in trailing metadata, which clients cap (8 KiB by default): violations
# are capped in number and their paths, which may hold caller-chosen keys, in length.
MAX_VIOLATIONS = 10
SHOWN = 100
"""The characters of caller input an error message or field path shows, at most."""


def shown(value: str) -> str:
    """Return caller input as an error shows it: quoted, and cut to `SHOWN` characters."""
    return repr(_cut(value, SHOWN))


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "..."


def _capped(violation: FieldViolation) -> FieldViolation:
    if len(violation.field) <= 2 * SHOWN:
        return violation
    return FieldViolation(_cut(violation.field, 2 * SHOWN), violation.description, violation.limit)


def invalid_request(violations: Sequence[FieldViolation]) -> InvalidArgument:
    """Report the rules a request breaks (the first ten), the first three in the message.

    LIMIT_EXCEEDED when every violation is a size limit, as `too_many` reports one.
    """
    kept = [_capped(v) for v in violations[:MAX_VIOLATIONS]]
    summary = "; ".join(f"{_cut(v.field, SHOWN)} {v.description}" for v in kept[:3])
    reason = errors_pb2.ERROR_REASON_LIMIT_EXCEEDED if all(v.limit for v in kept) else None
    return InvalidArgument(f"invalid request: {summary}", kept, reason=reason)


def invalid_page_token(message: str) -> InvalidArgument:
    """Report a page token that is corrupt, expired or from another query (AIP-158)."""
    return InvalidArgument(
        message,
        [FieldViolation("page_token", message)],
        reason=errors_pb2.ERROR_REASON_INVALID_PAGE_TOKEN,
    )


def invalid_order_by(message: str) -> InvalidArgument:
    """Report an `order_by` that does not parse or names a field that cannot be sorted."""
    return InvalidArgument(
        message,
        [FieldViolation("order_by", message)],
        reason=errors_pb2.ERROR_REASON_INVALID_ORDER_BY,
    )


def internal(message: str) -> ModelstoreError:
    """Report a fault of the server or its data (INTERNAL); `message` names no secret."""
    return ModelstoreError(message, reason=errors_pb2.ERROR_REASON_INTERNAL)


def loggable(exc: BaseException) -> str:
    """Describe an exception for a log line: its class and code, never its message.

    Driver messages and details embed request values: a WriteError's details hold the
    document, a duplicate-key error the key's value, a FerretDB InternalError the text of
    the PostgreSQL error (with the values it names). No log line carries request data, so
    a log line gets the class, the numeric code and the code name, and nothing else.
    """
    parts = [f"{type(exc).__module__}.{type(exc).__qualname__}"]
    code = getattr(exc, "code", None)
    if isinstance(code, int) and not isinstance(code, bool):
        parts.append(f"code {code}")
    details = getattr(exc, "details", None)
    code_name = details.get("codeName") if isinstance(details, dict) else None
    if isinstance(code_name, str) and code_name.isidentifier():
        parts.append(code_name)
    return " ".join(parts)


def loggable_traceback(exc: BaseException) -> str:
    """Return the frames of an exception's traceback: where it happened, without messages."""
    return "".join(traceback.format_tb(exc.__traceback__))
