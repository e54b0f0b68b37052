"""Traces: OpenTelemetry's SDK with the OTLP/gRPC exporter, when configured; off otherwise.

On when `otlp_endpoint` is set (flag, MODELSTORE_OTLP_ENDPOINT or the file) or the standard
`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` / `OTEL_EXPORTER_OTLP_ENDPOINT` is, unless
`OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none`. Every other standard variable
works as the SDK documents it (OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES,
OTEL_TRACES_SAMPLER, OTEL_EXPORTER_OTLP_HEADERS, ..._CERTIFICATE, ..._TIMEOUT).

Off, nothing of OpenTelemetry's SDK is imported or installed: the server is built without
the grpc interceptor and the driver without the tracing listener, so tracing costs nothing
per call. The spans themselves are the well-kept instrumentations' (the grpc.aio server
interceptor, which honours a caller's W3C `traceparent`, and pymongo's command listener,
`storage/driver_tracing.py`), never hand-written.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any

log = logging.getLogger("modelstore.tracing")

SERVICE_NAME = "modelstore"
"""The `service.name` of the spans, unless OTEL_SERVICE_NAME (or the resource) says else."""
_ENDPOINT_VARS = ("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT")


def wanted(endpoint: str | None, environ: Mapping[str, str] | None = None) -> bool:
    """Say whether traces are to be exported."""
    environ = os.environ if environ is None else environ
    if environ.get("OTEL_SDK_DISABLED", "").lower() == "true":
        return False
    if environ.get("OTEL_TRACES_EXPORTER", "").lower() == "none":
        return False
    return bool(endpoint) or any(environ.get(name) for name in _ENDPOINT_VARS)


class Tracing:
    """The process's tracer provider, exporting over OTLP/gRPC in batches."""

    def __init__(self, endpoint: str | None) -> None:
        # Imported here: a server without tracing never loads the SDK.
        from opentelemetry import trace
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor

        attributes = {} if os.environ.get("OTEL_SERVICE_NAME") else {"service.name": SERVICE_NAME}
        self.provider = TracerProvider(resource=Resource.create(attributes))
        # endpoint None: the exporter reads the OTEL_EXPORTER_OTLP_* variables itself.
        exporter = OTLPSpanExporter(endpoint=endpoint) if endpoint else OTLPSpanExporter()
        self.provider.add_span_processor(BatchSpanProcessor(exporter))
        trace.set_tracer_provider(self.provider)
        log.info("exporting traces over OTLP/gRPC to %s", endpoint or "the OTEL_* endpoint")

    def server_interceptors(self) -> list[Any]:
        """Return the grpc.aio server interceptor that makes each call's server span.

        Health checks and reflection are not traced: probes every few seconds would
        outnumber the calls worth a trace, and they tell nothing about the data path.
        """
        from opentelemetry.instrumentation.grpc import aio_server_interceptor, filters

        traced = filters.negate(
            filters.any_of(
                filters.health_check(),
                filters.service_prefix("grpc.reflection."),
            )
        )
        return [aio_server_interceptor(tracer_provider=self.provider, filter_=traced)]  # type: ignore[no-untyped-call]

    def close(self) -> None:
        """Export what is buffered, then stop."""
        self.provider.shutdown()
