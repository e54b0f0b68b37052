"""A real `modelstore serve` observed from outside: a Prometheus scrape, an OTLP trace, JSON logs.

One server process for the module, with every signal on: `--metrics-listen`, traces
exported to an OTLP/gRPC receiver this test runs (opentelemetry-proto's TraceService,
served by grpc.aio on a loopback port), the access log, and DEBUG logs. Calls carry a
W3C `traceparent`, an `x-request-id`, and a password, which must not appear in any span,
metric or log line.
"""

from __future__ import annotations

import asyncio
import json
import pathlib
import re
import secrets
import urllib.request
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import grpc
import pytest
from google.protobuf import timestamp_pb2
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2, trace_service_pb2_grpc
from prometheus_client.parser import text_string_to_metric_families

from modelstore.directory.v1 import user_pb2 as clerk_pb2
from modelstore.directory.v1 import user_pb2_grpc as clerk_pb2_grpc
from modelstore.platform.v1 import user_pb2, user_pb2_grpc, workspace_pb2, workspace_pb2_grpc
from modelstore_server.embedded import free_port
from tests.conftest import TEST_KEYS
from tests.e2e.harness import Served, serve

PASSWORD = f"pw-{secrets.token_hex(12)}"
"""The secret the calls send: never in a span, a metric or a log line."""
TRACE_ID = secrets.token_hex(16)
PARENT_SPAN = secrets.token_hex(8)
REQUEST_ID = f"obs-{uuid.uuid4().hex[:12]}"
CLERK_REQUEST_ID = f"obs-clerk-{uuid.uuid4().hex[:8]}"
TENANT = f"t-{uuid.uuid4().hex[:8]}"


@dataclass
class Receiver(trace_service_pb2_grpc.TraceServiceServicer):
    """An OTLP/gRPC trace collector: keeps every export request it receives."""

    requests: list[trace_service_pb2.ExportTraceServiceRequest] = field(default_factory=list)

    async def Export(
        self, request: trace_service_pb2.ExportTraceServiceRequest, context: object
    ) -> trace_service_pb2.ExportTraceServiceResponse:
        self.requests.append(request)
        return trace_service_pb2.ExportTraceServiceResponse()

    def spans(self) -> list[object]:
        return [
            span
            for request in self.requests
            for resource in request.resource_spans
            for scope in resource.scope_spans
            for span in scope.spans
        ]


@dataclass
class Observed:
    served: Served
    metrics_url: str
    receiver: Receiver
    user_id: str


@pytest.fixture(scope="module")
async def observed(database_uri: str, tmp_root: pathlib.Path) -> AsyncIterator[Observed]:
    receiver = Receiver()
    collector = grpc.aio.server()
    trace_service_pb2_grpc.add_TraceServiceServicer_to_server(receiver, collector)
    otlp_port = collector.add_insecure_port("127.0.0.1:0")
    await collector.start()
    metrics_port = free_port()
    base = tmp_root / f"observed-{uuid.uuid4().hex[:8]}"
    try:
        async with serve(
            base / "data",
            base / "logs",
            [
                "--metrics-listen",
                f"127.0.0.1:{metrics_port}",
                "--otlp-endpoint",
                f"http://127.0.0.1:{otlp_port}",
                "--access-log",
            ],
            MONGODB_URI=database_uri,
            MODELSTORE_DATABASE=f"test_{uuid.uuid4().hex[:12]}",
            MODELSTORE_ENCRYPTION_KEYS=TEST_KEYS,
            MODELSTORE_LOG_LEVEL="DEBUG",
            OTEL_BSP_SCHEDULE_DELAY="50",  # export within 50 ms, not the default 5 s
        ) as served:
            user_id = await _calls(served.address)
            yield Observed(served, f"http://127.0.0.1:{metrics_port}/metrics", receiver, user_id)
    finally:
        await collector.stop(0)


async def _calls(address: str) -> str:
    """A traced CreateUser with a password, a GetUser, a NOT_FOUND, and a logged Clerk sync."""
    traceparent = f"00-{TRACE_ID}-{PARENT_SPAN}-01"
    async with grpc.aio.insecure_channel(address) as channel:
        await workspace_pb2_grpc.WorkspaceServiceStub(channel).CreateWorkspace(
            workspace_pb2.CreateWorkspaceRequest(
                workspace=workspace_pb2.Workspace(id=TENANT, name="Observed")
            )
        )
        users = user_pb2_grpc.UserServiceStub(channel)
        created = await users.CreateUser(
            user_pb2.CreateUserRequest(
                user=user_pb2.User(username=f"obs-{uuid.uuid4().hex[:8]}", password=PASSWORD)
            ),
            metadata=(
                ("x-tenant-id", TENANT),
                ("x-request-id", REQUEST_ID),
                ("traceparent", traceparent),
            ),
        )
        await users.GetUser(
            user_pb2.GetUserRequest(id=created.user.id), metadata=(("x-tenant-id", TENANT),)
        )
        with pytest.raises(grpc.aio.AioRpcError) as missing:
            await users.GetUser(
                user_pb2.GetUserRequest(id="no-such-user"), metadata=(("x-tenant-id", TENANT),)
            )
        assert missing.value.code() == grpc.StatusCode.NOT_FOUND
        # SyncClerkUser logs a DEBUG line inside the call: it must carry the request id.
        clerk = clerk_pb2_grpc.UserServiceStub(channel)
        at = timestamp_pb2.Timestamp()
        at.GetCurrentTime()
        clerk_id = f"user_{uuid.uuid4().hex[:12]}"
        await clerk.SyncClerkUser(
            clerk_pb2.SyncClerkUserRequest(
                event_id=f"msg_{uuid.uuid4().hex[:8]}",
                event_type=clerk_pb2.CLERK_EVENT_TYPE_USER_CREATED,
                occurred_at=at,
                user=clerk_pb2.ClerkUser(clerk_id=clerk_id, email=f"{clerk_id}@example.com"),
            ),
            metadata=(("x-request-id", CLERK_REQUEST_ID),),
        )
    return created.user.id


def _scrape(url: str) -> Samples:
    with urllib.request.urlopen(url, timeout=5) as reply:
        assert reply.headers["Content-Type"].startswith("text/plain")
        text = reply.read().decode()
    assert PASSWORD not in text
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def _value(samples: Samples, name: str, **labels: str) -> float:
    want = tuple(sorted(labels.items()))
    return sum(v for (n, ls), v in samples.items() if n == name and set(want) <= set(ls))


async def test_prometheus_scrape_counts_rpcs_and_database_operations(observed: Observed) -> None:
    samples = await asyncio.to_thread(_scrape, observed.metrics_url)
    users = {"service": "modelstore.platform.v1.UserService"}

    def rpc(name: str, method: str, **labels: str) -> float:
        return _value(samples, f"modelstore_{name}", **users, method=method, **labels)

    assert rpc("rpcs_total", "CreateUser", code="OK") == 1
    assert rpc("rpcs_total", "GetUser", code="OK") == 1
    assert rpc("rpcs_total", "GetUser", code="NOT_FOUND") == 1
    assert rpc("rpc_duration_seconds_count", "GetUser") == 2
    assert rpc("rpc_duration_seconds_bucket", "GetUser", le="+Inf") == 2
    assert ("modelstore_rpcs_in_flight", (("method", "GetUser"), *users.items())) in samples
    assert rpc("rpcs_in_flight", "GetUser") == 0
    # The database: the create's insert and the reads' lookups, each a timed operation.
    operations = "modelstore_db_operation_duration_seconds_count"
    assert _value(samples, operations, operation="insert") >= 1
    assert _value(samples, operations, operation="find_one") >= 2
    # The pools are sampled every second: the connections the calls opened show.
    for _ in range(30):
        if _value(samples, "modelstore_db_pool_connections") >= 1:
            break
        await asyncio.sleep(0.1)
        samples = await asyncio.to_thread(_scrape, observed.metrics_url)
    assert _value(samples, "modelstore_db_pool_connections") >= 1
    assert ("modelstore_db_pool_connections_in_use", ()) in samples
    # Declared even before anything happens: operators can alert on them from the start.
    for name in (
        "modelstore_change_events_captured_total",
        "modelstore_change_capture_active",
    ):
        assert any(n == name for n, _ in samples), name


async def test_otlp_trace_continues_the_callers_trace(observed: Observed) -> None:
    receiver = observed.receiver
    for _ in range(100):
        spans = receiver.spans()
        if any(s.trace_id.hex() == TRACE_ID and s.kind == s.SPAN_KIND_CLIENT for s in spans):
            break
        await asyncio.sleep(0.05)
    # The harness polled health until SERVING: probes are not traced.
    assert not [s for s in receiver.spans() if s.name.startswith("/grpc.health.v1.Health/")]
    traced = [s for s in receiver.spans() if s.trace_id.hex() == TRACE_ID]
    (server,) = [s for s in traced if s.kind == s.SPAN_KIND_SERVER]
    assert server.name == "/modelstore.platform.v1.UserService/CreateUser"
    assert server.parent_span_id.hex() == PARENT_SPAN  # the caller's traceparent, honoured
    driver = [s for s in traced if s.kind == s.SPAN_KIND_CLIENT]
    assert driver, "no pymongo span under the server span"
    assert all(s.parent_span_id == server.span_id for s in driver)
    attributes = {a.key: a.value.string_value for s in driver for a in s.attributes}
    assert attributes.get("db.system") == "mongodb"
    # The statement is the command's name alone, never a filter or a document.
    statements = {
        a.value.string_value for s in driver for a in s.attributes if a.key == "db.statement"
    }
    assert statements <= {
        "insert",
        "find",
        "findAndModify",
        "update",
        "aggregate",
    }
    resources = {
        a.key: a.value.string_value
        for r in receiver.requests
        for rs in r.resource_spans
        for a in rs.resource.attributes
    }
    assert resources["service.name"] == "modelstore"
    # No payload and no secret anywhere in what was exported: spans, events, resources.
    exported = b"".join(r.SerializeToString() for r in receiver.requests)
    assert PASSWORD.encode() not in exported
    assert observed.user_id.encode() not in exported  # not even the ids of the request


async def test_logs_are_json_lines_with_request_ids_and_no_secret(observed: Observed) -> None:
    text = observed.served.stderr_path.read_text()
    assert PASSWORD not in text
    lines = [json.loads(line) for line in text.splitlines()]  # every line is one JSON object
    assert all({"time", "level", "logger", "message"} <= set(line) for line in lines)
    assert any(line["level"] == "DEBUG" for line in lines)  # DEBUG was on
    access = [line for line in lines if line["logger"] == "modelstore.access"]
    (created,) = [line for line in access if line["request_id"] == REQUEST_ID]
    assert created["rpc"] == "/modelstore.platform.v1.UserService/CreateUser"
    assert created["code"] == "OK"
    assert created["principal"] == "anonymous-loopback"
    assert created["tenant"] == TENANT
    assert created["duration_ms"] > 0
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", created["time"])
    assert {line["code"] for line in access if line["rpc"].endswith("/GetUser")} == {
        "OK",
        "NOT_FOUND",
    }
    assert all(line.get("request_id") for line in access)
    # A line logged inside a call carries that call's request id.
    (clerk,) = [line for line in lines if line["message"].startswith("clerk event")]
    assert clerk["request_id"] == CLERK_REQUEST_ID
    assert clerk["logger"] != "modelstore.access"
