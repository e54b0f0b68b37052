"""What the pipeline records of each finished call: its metrics and its access-log line.

`CallRecorder.for_method` is asked once per method when the pipeline is composed, and
returns None when neither metrics nor the access log is on: the call path then records
nothing at all. Otherwise the method's series are bound here once (`RpcSeries`), so a call
costs a gauge increment, a decrement, one histogram observation and one counter increment.

The access line (logger `modelstore.access`, docs/operations.md) holds the method, the
gRPC code, the duration, the request id, the principal and the tenant: what a call is,
never what it carried.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from typing import Any

from ..engine.context import CallContext
from ..observability.logs import ACCESS
from ..observability.metrics import RpcSeries
from .request_context import request_id_of

log = logging.getLogger(ACCESS)
"""The access log (named `log` so tests/security/test_logs_carry_no_values.py checks it)."""


def code_of(exc: BaseException, context: Any) -> str:
    """Return the gRPC code a call that raised `exc` ends with (its name: `NOT_FOUND`)."""
    if isinstance(exc, asyncio.CancelledError):
        return "CANCELLED"
    code = context.code()  # set by the abort that raised (the error edge, status.abort)
    return "UNKNOWN" if code is None else str(code.name)


class MethodRecord:
    """One method's recording: its series (metrics on) and whether to write access lines."""

    __slots__ = ("_access", "_path", "_series")

    def __init__(self, path: str, series: RpcSeries | None, access: bool) -> None:
        self._path = path
        self._series = series
        self._access = access

    def start(self) -> float:
        """Note a call's arrival; return its start time."""
        if self._series is not None:
            self._series.in_flight.inc()
        return time.perf_counter()

    def finish(
        self,
        started: float,
        code: str,
        ctx: CallContext | None,
        metadata: Mapping[str, str] | None,
    ) -> None:
        """Record a call that ended with `code`; `ctx` is None when it ended before one."""
        seconds = time.perf_counter() - started
        if self._series is not None:
            self._series.finished(code, seconds)
        if self._access:
            request_id = ctx.request_id if ctx is not None else request_id_of(metadata or {})
            log.info(
                "%s %s %.3fms",
                self._path,
                code,
                seconds * 1000,
                extra={
                    "rpc": self._path,
                    "code": code,
                    "duration_ms": round(seconds * 1000, 3),
                    "request_id": request_id,
                    "principal": ctx.principal if ctx is not None else "",
                    "tenant": ctx.tenant if ctx is not None else None,
                },
            )


class CallRecorder:
    """Decides, per method, what is recorded: metrics, the access log, both or nothing."""

    def __init__(self, metrics: bool, access_log: bool) -> None:
        self._metrics = metrics
        self._access = access_log

    def for_method(self, path: str) -> MethodRecord | None:
        """Return the method's record, or None when nothing is recorded."""
        if not (self._metrics or self._access):
            return None
        return MethodRecord(path, RpcSeries(path) if self._metrics else None, self._access)
