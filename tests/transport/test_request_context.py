"""The request context: the tenant decided once per call, from the caller and the metadata.

With it, what the audit log says of the call: the principal, the RPC and the request id.
"""

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


def _decided(ctx: CallContext) -> CallContext:
    """The tenancy decision alone (the request id differs per call)."""
    return ctx._replace(principal="", rpc="", request_id="")


def test_the_header_decides_the_tenant() -> None:
    got = decide({"x-tenant-id": " t1 "}, ANONYMOUS)
    assert _decided(got) == CallContext("t1", True, "anonymous")
    assert decide({}, ANONYMOUS).tenant is None
    assert decide({"x-tenant-id": "  "}, ANONYMOUS).tenant is None


def test_a_caller_bound_to_tenants_may_use_only_those() -> None:
    assert _decided(decide({"x-tenant-id": "t1"}, BOUND)) == CallContext("t1", False, "bound")
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
    assert [_decided(c) for c in seen] == [CallContext("t9", True, "anonymous")]
    assert seen[0].rpc == method
    assert seen[0].principal == "anonymous-loopback"


def test_the_principal_is_the_callers_name() -> None:
    assert decide({}, ANONYMOUS).principal == "anonymous-loopback"
    assert decide({"x-tenant-id": "t1"}, BOUND).principal == "bound"
    assert decide({}, BOUND, "/p.S/M").rpc == "/p.S/M"


def test_the_request_id_is_the_callers_when_well_formed() -> None:
    assert decide({"x-request-id": "req-1:a/b+c=d@e.f_g"}, ANONYMOUS).request_id == (
        "req-1:a/b+c=d@e.f_g"
    )
    made = {decide({}, ANONYMOUS).request_id for _ in range(100)}
    assert len(made) == 100  # one per call
    for bad in ["", "x" * 129, "has space", "semi;colon", "new\nline"]:
        got = decide({"x-request-id": bad}, ANONYMOUS).request_id
        assert got
        assert got != bad
        assert got not in made


def test_the_drain_refusal_carries_error_info() -> None:
    status = to_rpc_status(errors.shutting_down())
    assert status.code == grpc.StatusCode.UNAVAILABLE.value[0]
    infos = [d for d in status.details if d.Is(error_details_pb2.ErrorInfo.DESCRIPTOR)]
    assert len(infos) == 1
    info = error_details_pb2.ErrorInfo()
    infos[0].Unpack(info)
    assert info.domain == "modelstore.dev"
    assert info.reason
