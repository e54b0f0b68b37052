"""The server's Prometheus metrics: every series declared here, and the `/metrics` endpoint.

Names follow Prometheus conventions: the `modelstore_` prefix, base units (`_seconds`),
`_total` on counters. docs/operations.md lists each with its meaning.

Metrics cost something only where they are switched on (`--metrics-listen`): the call
pipeline and the driver's event listeners are built without them otherwise. Where on, the
hot path touches label children bound once per method (`RpcSeries`), never `labels()`.

`serve --workers N`: each worker keeps its series in prometheus-client's multiprocess
files (PROMETHEUS_MULTIPROC_DIR, set by the parent before the worker's interpreter starts,
which is when prometheus-client chooses how values are kept); the parent serves one
`/metrics` that sums the workers' files and adds its own series (the embedded database's
restarts). So one scrape target shows the whole group, whatever worker served a call.
"""

from __future__ import annotations

import logging
import os
import pathlib
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from typing import Any
from wsgiref.simple_server import WSGIServer

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram, multiprocess
from prometheus_client.exposition import start_http_server
from prometheus_client.metrics_core import Metric

log = logging.getLogger("modelstore.metrics")

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
"""Where the workers of `serve --workers N` keep their series (prometheus-client's name)."""

# Seconds: a GetUser takes about a millisecond here, a List page tens of milliseconds.
RPC_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
DB_BUCKETS = (0.0002, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5)

RPCS = Counter(
    "modelstore_rpcs_total",
    "RPCs finished, by service, method and gRPC status code.",
    ("service", "method", "code"),
)
RPC_DURATION = Histogram(
    "modelstore_rpc_duration_seconds",
    "Time from a call's arrival in the pipeline to its answer (a stream: to its end).",
    ("service", "method"),
    buckets=RPC_BUCKETS,
)
RPCS_IN_FLIGHT = Gauge(
    "modelstore_rpcs_in_flight",
    "Calls being served now.",
    ("service", "method"),
    multiprocess_mode="livesum",
)
DB_OPERATIONS = Histogram(
    "modelstore_db_operation_duration_seconds",
    "Database operations and their latency, by operation: find_one, find, find_page, insert,"
    " update, claim, delete_one, ... (one round trip each, or a few: a retried insert, a page"
    " that counts first); its _count is the number of operations.",
    ("operation",),
    buckets=DB_BUCKETS,
)
DB_ERRORS = Counter(
    "modelstore_db_operation_errors_total",
    "Database operations that failed (a duplicate key, an unreachable database, ...).",
    ("operation",),
)
POOL_OPEN = Gauge(
    "modelstore_db_pool_connections",
    "Connections the driver's pools hold open to the database (sampled every second).",
    multiprocess_mode="livesum",
)
POOL_IN_USE = Gauge(
    "modelstore_db_pool_connections_in_use",
    "Pool connections checked out by an operation (sampled every second).",
    multiprocess_mode="livesum",
)
EMBEDDED_RESTARTS = Counter(
    "modelstore_embedded_restarts_total",
    "Restarts of the embedded database's children after a crash, by child.",
    ("child",),
)
CAPTURE_LAG = Histogram(
    "modelstore_change_capture_lag_seconds",
    "Per captured batch: from the newest write's commit to its event in the change log.",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
CAPTURED = Counter(
    "modelstore_change_events_captured_total",
    "Change events this server appended to the change log.",
)
CAPTURING = Gauge(
    "modelstore_change_capture_active",
    "1 while this server holds the change source and captures (one server per database).",
    multiprocess_mode="livesum",
)

PARENT_OWN = (EMBEDDED_RESTARTS,)
"""Series the parent of `serve --workers N` keeps itself: it supervises the database."""


class RpcSeries:
    """One method's series, bound once: what the pipeline touches per call."""

    __slots__ = ("_codes", "_method", "_service", "duration", "in_flight")

    def __init__(self, path: str) -> None:
        self._service, _, self._method = path.lstrip("/").partition("/")
        self.in_flight = RPCS_IN_FLIGHT.labels(self._service, self._method)
        self.duration = RPC_DURATION.labels(self._service, self._method)
        self._codes = {"OK": RPCS.labels(self._service, self._method, "OK")}

    def finished(self, code: str, seconds: float) -> None:
        """Count a call that ended with `code` after `seconds`."""
        self.in_flight.dec()
        self.duration.observe(seconds)
        counter = self._codes.get(code)
        if counter is None:  # the first call with this code: bind it once
            counter = self._codes[code] = RPCS.labels(self._service, self._method, code)
        counter.inc()


class _Own:
    """A collector of some of this process's own series (the parent's, beside its workers')."""

    def __init__(self, metrics: Iterable[Any]) -> None:
        self._metrics = tuple(metrics)

    def collect(self) -> Iterator[Metric]:
        for metric in self._metrics:
            yield from metric.collect()


def _address(listen: str) -> tuple[str, int]:
    host, _, port = listen.rpartition(":")
    return host.strip("[]"), int(port)


class MetricsEndpoint:
    """`/metrics` over HTTP on a thread of this process (prometheus-client's server)."""

    def __init__(self, listen: str, registry: CollectorRegistry = REGISTRY) -> None:
        host, port = _address(listen)
        try:
            self._server, self._thread = start_http_server(port, host, registry)
        except OSError as exc:
            raise RuntimeError(f"cannot serve metrics on {listen}: {exc.strerror}") from None
        server: WSGIServer = self._server
        self.port = int(server.server_address[1])
        log.info("serving Prometheus metrics on http://%s:%d/metrics", host, self.port)

    def close(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


class WorkerMetrics:
    """The parent's side of `serve --workers N`: the workers' shared directory, one endpoint."""

    def __init__(self, listen: str) -> None:
        self.directory = pathlib.Path(tempfile.mkdtemp(prefix="modelstore-metrics-"))
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, path=str(self.directory))  # type: ignore[no-untyped-call]
        registry.register(_Own(PARENT_OWN))
        try:
            self.endpoint = MetricsEndpoint(listen, registry)
        except BaseException:
            shutil.rmtree(self.directory, ignore_errors=True)
            raise

    def env(self) -> dict[str, str]:
        """Return what a worker's environment needs so its series reach this endpoint."""
        return {MULTIPROC_ENV: str(self.directory)}

    def close(self) -> None:
        """Stop serving and remove the directory."""
        self.endpoint.close()
        shutil.rmtree(self.directory, ignore_errors=True)


def in_worker() -> bool:
    """Whether this process keeps its series in a parent's multiprocess directory."""
    return bool(os.environ.get(MULTIPROC_ENV))
