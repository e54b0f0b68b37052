"""The error edge: every error becomes one rich `google.rpc.Status`, and nothing else leaks."""

from __future__ import annotations

import pytest
from google.protobuf.message import Message
from google.rpc import code_pb2, error_details_pb2, status_pb2
from pymongo.errors import ServerSelectionTimeoutError

from modelstore_server import errors
from modelstore_server.transport.status import to_rpc_status


def _detail(status: status_pb2.Status, cls: type[Message]) -> Message | None:
    for detail in status.details:
        if detail.Is(cls.DESCRIPTOR):
            out = cls()
            detail.Unpack(out)
            return out
    return None


def _info(status: status_pb2.Status) -> error_details_pb2.ErrorInfo:
    info = _detail(status, error_details_pb2.ErrorInfo)
    assert isinstance(info, error_details_pb2.ErrorInfo)
    return info


@pytest.mark.parametrize(
    ("error", "code", "reason"),
    [
        (errors.required("user.email"), code_pb2.INVALID_ARGUMENT, "INVALID_FIELD"),
        (errors.invalid_mask("read_mask", "no"), code_pb2.INVALID_ARGUMENT, "INVALID_FIELD_MASK"),
        (errors.invalid_filter("bad"), code_pb2.INVALID_ARGUMENT, "INVALID_FILTER"),
        (errors.negative_page_size(), code_pb2.INVALID_ARGUMENT, "INVALID_PAGE_SIZE"),
        (errors.too_many("ids", 3), code_pb2.INVALID_ARGUMENT, "LIMIT_EXCEEDED"),
        (errors.request_id_reused(), code_pb2.INVALID_ARGUMENT, "REQUEST_ID_REUSED"),
        (errors.not_found("User", "u1"), code_pb2.NOT_FOUND, "NOT_FOUND"),
        (errors.already_deleted("User", "u1"), code_pb2.NOT_FOUND, "NOT_FOUND"),
        (errors.etag_mismatch("User", "u1"), code_pb2.ABORTED, "ETAG_MISMATCH"),
        (errors.keeps_changing("User", "u1"), code_pb2.ABORTED, "ETAG_MISMATCH"),
        (errors.id_exists("User"), code_pb2.ALREADY_EXISTS, "ALREADY_EXISTS_ID"),
        (
            errors.already_exists("User", ["email"]),
            code_pb2.ALREADY_EXISTS,
            "ALREADY_EXISTS_UNIQUE",
        ),
        (errors.invalid_state("no", "status"), code_pb2.FAILED_PRECONDITION, "INVALID_STATE"),
        (
            errors.reference_missing("a.b", "B", "x"),
            code_pb2.FAILED_PRECONDITION,
            "REFERENCE_MISSING",
        ),
        (
            errors.still_referenced("U", "u", "S", "user_id"),
            code_pb2.FAILED_PRECONDITION,
            "STILL_REFERENCED",
        ),
        (errors.tenant_required(), code_pb2.FAILED_PRECONDITION, "TENANT_REQUIRED"),
        (errors.tenant_mismatch("no"), code_pb2.PERMISSION_DENIED, "TENANT_MISMATCH"),
        (errors.lacks_rights("c", ["write"]), code_pb2.PERMISSION_DENIED, "PERMISSION_DENIED"),
        (errors.shutting_down(), code_pb2.UNAVAILABLE, "SHUTTING_DOWN"),
    ],
)
def test_named_errors_have_their_code_and_reason(
    error: errors.ModelstoreError, code: int, reason: str
) -> None:
    status = to_rpc_status(error)
    assert status.code == code
    info = _info(status)
    assert info.reason == reason
    assert info.domain == "modelstore.dev"
    assert status.message == error.message


def test_field_violations_and_metadata_travel() -> None:
    status = to_rpc_status(errors.required("user.email"))
    bad = _detail(status, error_details_pb2.BadRequest)
    assert isinstance(bad, error_details_pb2.BadRequest)
    assert [(v.field, v.description) for v in bad.field_violations] == [
        ("user.email", "is required")
    ]
    assert dict(_info(to_rpc_status(errors.already_exists("U", ["a", "b"]))).metadata) == {
        "fields": "a,b"
    }
    assert dict(_info(to_rpc_status(errors.invalid_state("x", "status"))).metadata) == {
        "field": "status"
    }


def test_an_unknown_failure_is_internal_and_says_nothing_of_itself() -> None:
    status = to_rpc_status(RuntimeError("secret-token-value in a traceback"))
    assert status.code == code_pb2.INTERNAL
    assert "secret" not in status.message
    assert _info(status).reason == "INTERNAL"


def test_an_unreachable_database_is_unavailable() -> None:
    status = to_rpc_status(ServerSelectionTimeoutError("no servers"))
    assert status.code == code_pb2.UNAVAILABLE
    assert _info(status).reason == "DATABASE_UNAVAILABLE"
