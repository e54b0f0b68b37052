"""Logging: one JSON object per line on stderr (python-json-logger), or text for a terminal.

Every line logged while a call is served carries the call's `request_id`: a filter on the
handler asks the transport for the current call's id (a context variable, so it follows
the call's task and nothing is passed down). The access log (logger `modelstore.access`,
off by default) is one INFO line per RPC with its method, code, duration, request id,
principal and tenant; it is enabled on its own, whatever the level of the other loggers.

What a line may hold is the server's rule, not this module's: messages and their
arguments never carry request payloads, documents or secrets
(tests/security/test_logs_carry_no_values.py, tests/observability/).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable

from pythonjsonlogger.json import JsonFormatter

ACCESS = "modelstore.access"
"""The access log's logger."""
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# The record attributes, renamed to short stable keys; the rest of a line is the record's
# extra fields (the request id, the access log's fields).
_JSON_FIELDS = "%(asctime)s %(levelname)s %(name)s %(message)s"
_RENAMED = {"asctime": "time", "levelname": "level", "name": "logger"}


class _RequestId(logging.Filter):
    """Adds the current call's request id to a record logged inside a call."""

    def __init__(self, current: Callable[[], str | None]) -> None:
        super().__init__()
        self._current = current

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            request_id = self._current()
            if request_id is not None:
                record.request_id = request_id
        return True


class _UtcJsonFormatter(JsonFormatter):
    """JSON lines with an ISO 8601 UTC time (milliseconds), whatever the machine's zone."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
        return f"{stamp}.{int(record.msecs):03d}Z"


def configure(
    level: str,
    log_format: str,
    access_log: bool = False,
    request_id: Callable[[], str | None] | None = None,
) -> None:
    """Send every logger's records to stderr, in `log_format`, from `level` up."""
    handler = logging.StreamHandler(sys.stderr)
    if log_format == "json":
        handler.setFormatter(_UtcJsonFormatter(_JSON_FIELDS, rename_fields=_RENAMED))
    else:
        handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    if request_id is not None:
        handler.addFilter(_RequestId(request_id))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    # The driver's DEBUG lines (`pymongo.command`, ...) quote commands, documents included:
    # never below INFO, whatever the level asked for.
    driver = logging.getLogger("pymongo")
    driver.setLevel(max(logging.INFO, root.getEffectiveLevel()))
    access = logging.getLogger(ACCESS)
    # On: INFO whatever the root's level. Off: nothing, even at DEBUG (it must be asked for).
    access.setLevel(logging.INFO if access_log else logging.CRITICAL + 1)
