"""The request context: the tenant decided once per call, from the caller and the metadata."""

from __future__ import annotations

from typing import Any

import grpc
import pytest
from google.protobuf.message import Message
from google.rpc import error_details_pb2

from modelstore.platform.v1 import workspace_pb2
from modelstore_server import errors
from modelstore_server.engine.context import CallContext
from modelstore_server.security.callers import ANONYMOUS, Caller, Right
from modelstore_server.transport.drain_gate import DrainGate
from modelstore_server.transport.pipeline import CallPipeline
from modelstore_server.transport.request_context import current_context, decide
from modelstore_server.transport.status import to_rpc_status

BOUND = Caller(name="bound", rights=frozenset({Right.READ, Right.WRITE}), tenants=frozenset({"t1"}))


def test_the_header_decides_the_tenant() -> None:
    assert decide({"x-tenant-id": " t1 "}, ANONYMOUS) == CallContext("t1", True, "anonymous")
    assert decide({}, ANONYMOUS).tenant is None
    assert decide({"x-tenant-id": "  "}, ANONYMOUS).tenant is None


def test_a_caller_bound_to_tenants_may_use_only_those() -> None:
    assert decide({"x-tenant-id": "t1"}, BOUND) == CallContext("t1", False, "bound")
    with pytest.raises(errors.PermissionDenied) as denied:
        decide({"x-tenant-id": "t2"}, BOUND)
    assert denied.value.reason == errors.errors_pb2.ERROR_REASON_TENANT_MISMATCH


class _Context:
    """A servicer context that counts how often the metadata is read."""

    def __init__(self, metadata: tuple[tuple[str, str], ...]) -> None:
        self.metadata = metadata
        self.reads = 0

    def invocation_metadata(self) -> tuple[tuple[str, str], ...]:
        self.reads += 1
        return self.metadata

    async def abort(self, code: grpc.StatusCode, details: str) -> None:
        raise AssertionError(f"aborted: {code} {details}")


async def test_the_pipeline_reads_the_metadata_once_and_hands_the_context_on() -> None:
    seen: list[CallContext] = []

    async def handler(request: Message, context: Any) -> Message:
        seen.append(current_context.get())
        return request

    method = "/modelstore.platform.v1.WorkspaceService/GetWorkspace"
    bare = grpc.unary_unary_rpc_method_handler(handler)
    wrapped = CallPipeline(DrainGate(), None, {}).wrap(method, bare)
    assert wrapped.unary_unary is not None
    context = _Context((("x-tenant-id", "t9"), ("other", "x")))
    request = workspace_pb2.GetWorkspaceRequest(id="w")
    assert await wrapped.unary_unary(request, context) == request
    assert context.reads == 1
    assert seen == [CallContext("t9", True, "anonymous")]


def test_the_drain_refusal_carries_error_info() -> None:
    status = to_rpc_status(errors.shutting_down())
    assert status.code == grpc.StatusCode.UNAVAILABLE.value[0]
    infos = [d for d in status.details if d.Is(error_details_pb2.ErrorInfo.DESCRIPTOR)]
    assert len(infos) == 1
    info = error_details_pb2.ErrorInfo()
    infos[0].Unpack(info)
    assert info.domain == "modelstore.dev"
    assert info.reason
