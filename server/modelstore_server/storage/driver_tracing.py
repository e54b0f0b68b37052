"""The driver's spans: OpenTelemetry's pymongo instrumentation, statements never captured.

Each database command becomes a client span, a child of the call's server span (the
listener runs in the task that sends the command, so it sees the call's context). The
instrumentation's `capture_statement` stays off: a span names the command, the database
and the collection, never a filter or a document. A failed command's span would carry the
server's error message, which can quote a stored value (a duplicate key's); the failed
hook replaces it with the error's code name.

Imported by the assembly always, but OpenTelemetry is loaded only by `instrument`, which
runs only when tracing is configured.
"""

from __future__ import annotations

from typing import Any

from pymongo import monitoring


def _failed(span: Any, event: monitoring.CommandFailedEvent) -> None:
    from opentelemetry.trace import Status, StatusCode

    code_name = str(event.failure.get("codeName") or "error")
    span.set_status(Status(StatusCode.ERROR, code_name))


def instrument(tracer_provider: Any) -> None:
    """Trace every client made from now on (pymongo's listeners are registered globally)."""
    from opentelemetry.instrumentation.pymongo import PymongoInstrumentor

    instrumentor = PymongoInstrumentor()
    if not instrumentor.is_instrumented_by_opentelemetry:
        instrumentor.instrument(
            tracer_provider=tracer_provider, capture_statement=False, failed_hook=_failed
        )
