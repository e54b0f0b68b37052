"""No log line carries request data: documents, requests, Structs or driver error text.

Statically: no log call of the server passes a request, a document or a bare exception
(whose message may quote values); exceptions are logged through `errors.loggable`.
At run time: a driver error whose message and details embed a document is logged by class
and code only, on both paths that log one.
"""

from __future__ import annotations

import ast
import logging
import pathlib

import pytest
from pymongo import errors as mongo_errors

from modelstore_server import errors
from modelstore_server.storage.driver_errors import translate
from modelstore_server.transport.status import to_rpc_status

SERVER = pathlib.Path(__file__).resolve().parents[2] / "server" / "modelstore_server"
_LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical"}
_VALUE_NAMES = {"request", "doc", "document", "msg", "entity", "values", "payload", "struct"}
# Exceptions whose text is the server's own, never a request's: start-up and supervision
# of the embedded database (configuration and process errors), and the relay's (a gRPC
# status's details from our server, which never quote values, Kafka client errors, which
# name topics and brokers, and its own messages, which name an entity type and id).
_ALLOWED_EXC = {
    ("cli.py", "exc"),
    ("embedded/supervisor.py", "exc"),
    ("domain/iam.py", "exc"),
    ("relay/runner.py", "exc"),
}
SECRET = "s3cret-value-in-a-document"


def _log_calls() -> list[tuple[str, ast.Call]]:
    out = []
    for path in SERVER.rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _LOG_METHODS
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in {"log", "_log", "logger", "logging"}
            ):
                out.append((str(path.relative_to(SERVER)), node))
    return out


def test_log_calls_pass_no_request_values() -> None:
    calls = _log_calls()
    assert calls, "the server logs something"
    bad = []
    for where, call in calls:
        for arg in [*call.args[1:], *(k.value for k in call.keywords if k.arg != "exc_info")]:
            root = arg
            while isinstance(root, ast.Attribute):
                root = root.value
            if isinstance(root, ast.Name) and root.id in _VALUE_NAMES:
                bad.append(f"{where}:{call.lineno} logs {ast.unparse(arg)}")
            if (
                isinstance(arg, ast.Name)
                and arg.id in {"exc", "e", "error", "err"}
                and (where, arg.id) not in _ALLOWED_EXC
            ):
                bad.append(f"{where}:{call.lineno} logs the text of {arg.id}")
        for k in call.keywords:
            if k.arg == "exc_info" and (where, "exc") not in _ALLOWED_EXC:
                bad.append(f"{where}:{call.lineno} logs a traceback with its message")
    assert not bad, bad


def _write_error() -> mongo_errors.WriteError:
    doc = {"_id": "u1", "password": SECRET}
    return mongo_errors.WriteError(
        f"document failed validation: {doc}",
        121,
        {"code": 121, "codeName": "DocumentValidationFailure", "op": doc, "errmsg": SECRET},
    )


def test_an_unhandled_driver_error_is_logged_without_its_values(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    try:
        raise _write_error()
    except mongo_errors.WriteError as exc:
        status = to_rpc_status(exc)
    assert status.message == "internal error"
    text = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "WriteError code 121" in text
    assert SECRET not in text
    assert SECRET not in caplog.text


def test_an_internal_error_taken_for_unavailability_is_logged_without_its_text(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    failure = mongo_errors.OperationFailure(
        f'invalid input syntax for type json: "{SECRET}"', 1, {"code": 1, "errmsg": SECRET}
    )
    assert isinstance(translate(failure), errors.Unavailable)
    assert "OperationFailure code 1" in caplog.text
    assert SECRET not in caplog.text


def test_loggable_names_class_and_code_only() -> None:
    described = errors.loggable(_write_error())
    assert described == "pymongo.errors.WriteError code 121 DocumentValidationFailure"
