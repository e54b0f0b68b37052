"""Descriptor-driven fuzzing of every entity's standard methods and every domain RPC.

The standard methods fuzzed: Create, Update, List, Get, Purge (dry runs) and the batch writes.

The RPCs come from `engine.registry.discover()` (no list here), the requests from
hypothesis strategies built from their descriptors (tests/fuzz/strategies.py), sent to the
real server of tests/conftest.py as messages and as raw wire bytes. Whatever the input:

- no call ends INTERNAL or UNKNOWN (a bad input is the caller's error, said as such);
- every reply decodes as the RPC's response message;
- what a write stored reads back (Get of the id it returned), and at the end every stored
  document of every entity lists and reads back;
- the server stays up and its health SERVING.

Example counts: `MODELSTORE_FUZZ_EXAMPLES` per RPC and kind of input (default 6, the CI
setting: the whole suite runs in a few minutes on two shared cores); raise it to fuzz for
longer, e.g. `MODELSTORE_FUZZ_EXAMPLES=500`.

KNOWN_CLASSES lists the classes of hostile input issue 15 found (each once ended INTERNAL
or was stored in a form that did not read back). All are on; a class can be switched off
(`False`) while a regression in it is being fixed, which draws none of its inputs (it
skips no test). `MODELSTORE_FUZZ_CLASSES=all` (or a comma list of names) overrides it.
"""

from __future__ import annotations

import os
import uuid
from typing import Any

import grpc
import pytest
from google.protobuf.message import Message
from grpc_health.v1 import health_pb2, health_pb2_grpc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from modelstore_server.engine.registry import Kind, MethodSpec, discover
from tests.fuzz import strategies as fz

KNOWN_CLASSES: dict[str, bool] = {
    fz.INVALID_UTF8: True,  # a string field holding invalid UTF-8 on the wire
    fz.TRUNCATED_BYTES: True,  # request bytes that are no message: truncated, garbage
    fz.DEEP_STRUCT: True,  # google.protobuf.Struct nested 30-400 levels
    fz.STRUCT_SPECIAL_KEYS: True,  # Struct keys with `$`, `.` or NUL
    fz.NAN_INFINITY: True,  # NaN and +-Infinity in double/float fields and Struct numbers
    fz.OUT_OF_RANGE_TIMESTAMP: True,  # Timestamp seconds/nanos outside 0001..9999
    fz.ABSENT_ENTITY: True,  # Create/Update without the entity field
    fz.OVERSIZED: True,  # strings and ids of 2,000-200,000 characters
    fz.PAGE_TOKENS: True,  # page tokens the server did not issue
}
"""Known-failing input classes on this branch: True draws them."""


def enabled_classes() -> frozenset[str]:
    """KNOWN_CLASSES switched on, plus any named in MODELSTORE_FUZZ_CLASSES."""
    named = os.environ.get("MODELSTORE_FUZZ_CLASSES", "")
    on = {name for name, value in KNOWN_CLASSES.items() if value}
    if named.strip() == "all":
        return fz.ALL_CLASSES
    for name in filter(None, (n.strip() for n in named.split(","))):
        if name not in fz.ALL_CLASSES:
            raise ValueError(f"MODELSTORE_FUZZ_CLASSES: unknown class {name!r}")
        on.add(name)
    return frozenset(on)


EXAMPLES = int(os.environ.get("MODELSTORE_FUZZ_EXAMPLES", "6"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # a call to a real database; time is bounded by the call timeouts
    database=None,  # no .hypothesis folder in the tree; failures print their seed
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
FUZZ_KINDS = (
    Kind.CREATE,
    Kind.UPDATE,
    Kind.LIST,
    Kind.GET,
    Kind.PURGE,
    Kind.BATCH_CREATE,
    Kind.BATCH_UPDATE,
    Kind.BATCH_DELETE,
    Kind.DOMAIN,
)
SPECS = [m for s in discover() for m in s.methods if m.kind in FUZZ_KINDS]
GETS = {m.model.full_name: m for m in SPECS if m.kind is Kind.GET and m.model is not None}
LISTS = [m for m in SPECS if m.kind is Kind.LIST and m.model is not None]
TENANT = f"fuzz-{uuid.uuid4().hex[:8]}"
CONTEXT = fz.Context(classes=enabled_classes(), known=fz.Known())
BAD = (grpc.StatusCode.INTERNAL, grpc.StatusCode.UNKNOWN)
TIMEOUT = 30.0


def headers(with_tenant: bool) -> tuple[tuple[str, str], ...]:
    return (("x-tenant-id", TENANT),) if with_tenant else ()


async def call(
    channel: grpc.aio.Channel, spec: MethodSpec, blob: bytes, meta: tuple[tuple[str, str], ...]
) -> Message | None:
    """Send `blob` to `spec`; the decoded reply, or None for an error that is not ours."""
    method = channel.unary_unary(spec.path)  # bytes in, bytes out: nothing is checked here
    try:
        reply = await method(blob, metadata=meta, timeout=TIMEOUT)
    except grpc.aio.AioRpcError as exc:
        failed = exc
    else:
        return spec.response_class.FromString(reply)
    assert failed.code() not in BAD, (
        f"{spec.path} answered {failed.code().name}: {failed.details()!r}\nrequest: {blob!r}"
    )
    return None


def entities_in(spec: MethodSpec, reply: Message) -> list[Message]:
    """The entities a reply carries in its response field."""
    if spec.response_field is None or spec.model is None:
        return []
    value: Any = getattr(reply, spec.response_field)
    if isinstance(value, Message):
        return [value] if reply.HasField(spec.response_field) else []
    return list(value)


async def read_back(
    channel: grpc.aio.Channel, spec: MethodSpec, entity: Message, meta: tuple[tuple[str, str], ...]
) -> None:
    """Get a document a write returned; it must decode (it may be gone, or another's)."""
    assert spec.model is not None
    ident = str(getattr(entity, "id", ""))
    if not ident:
        return
    CONTEXT.known.remember(spec.model.full_name, ident)
    getter = GETS.get(spec.model.full_name)
    if getter is not None:
        request = getter.request_class(id=ident)  # type: ignore[call-arg]
        await call(channel, getter, request.SerializeToString(), meta)


async def assert_serving(channel: grpc.aio.Channel) -> None:
    stub = health_pb2_grpc.HealthStub(channel)
    reply = await stub.Check(health_pb2.HealthCheckRequest(), timeout=10)
    assert reply.status == health_pb2.HealthCheckResponse.SERVING


def requests(spec: MethodSpec) -> st.SearchStrategy[Message]:
    """Requests of `spec`; a Create or Update carries its entity unless ABSENT_ENTITY is on."""
    base = fz.messages(spec.request_class.DESCRIPTOR, CONTEXT)
    if spec.kind is Kind.PURGE:
        # A dry run only: a forced purge whose fuzzed filter happened to parse would delete
        # other tests' documents of the shared server (global entities have no tenant).
        return base.map(_dry_run)
    field = spec.entity_field
    if field is None or fz.ABSENT_ENTITY in CONTEXT.classes:
        return base

    def with_entity(msg: Message) -> Message:
        getattr(msg, field).SetInParent()
        return msg

    return base.map(with_entity)


def _dry_run(msg: Message) -> Message:
    msg.force = False  # type: ignore[attr-defined]
    return msg


BY_PATH = {m.path.lstrip("/"): m for m in SPECS}
"""Tests take the path, not the spec: hypothesis prints its arguments on a failure."""
WIRE_PATHS = [path for path, m in BY_PATH.items() if m.kind is not Kind.PURGE]
"""Raw bytes may set a Purge's `force` (see `requests`): its decoding is every RPC's."""


@pytest.mark.parametrize("path", list(BY_PATH))
@FUZZ
@given(data=st.data())
async def test_messages(channel: grpc.aio.Channel, path: str, data: st.DataObject) -> None:
    """Fuzzed messages, valid and not: never INTERNAL/UNKNOWN; what is written reads back."""
    spec = BY_PATH[path]
    request = data.draw(requests(spec), label="request")
    meta = headers(data.draw(st.booleans(), label="with tenant header"))
    reply = await call(channel, spec, request.SerializeToString(), meta)
    if reply is not None and spec.kind is not Kind.GET:
        for entity in entities_in(spec, reply):
            await read_back(channel, spec, entity, meta)
    await assert_serving(channel)


@pytest.mark.parametrize("path", WIRE_PATHS)
@FUZZ
@given(data=st.data())
async def test_wire_bytes(channel: grpc.aio.Channel, path: str, data: st.DataObject) -> None:
    """Raw request bytes: extended with unknown fields, bit-flipped, made up."""
    spec = BY_PATH[path]
    _made_how, blob = data.draw(
        fz.wire_bytes(spec.request_class.DESCRIPTOR, CONTEXT), label="bytes"
    )
    await call(channel, spec, blob, headers(data.draw(st.booleans(), label="with tenant header")))
    await assert_serving(channel)


async def test_every_stored_document_still_decodes(channel: grpc.aio.Channel) -> None:
    """After the fuzzing above: every entity lists, page by page, and each document reads back.

    Runs last in this module (pytest keeps the order of definition); on its own it reads
    whatever the server holds, which is fine too.
    """
    read = 0
    for spec in LISTS:
        assert spec.model is not None
        getter = GETS[spec.model.full_name]
        for meta in (headers(True), headers(False)):
            token = ""
            for _ in range(100):  # bounded: far more pages than the fuzzing writes
                request = spec.request_class(page_size=100, page_token=token)  # type: ignore[call-arg]
                reply = await call(channel, spec, request.SerializeToString(), meta)
                if reply is None:
                    break  # e.g. TENANT_REQUIRED without the header: not this check's concern
                for entity in entities_in(spec, reply):
                    get = getter.request_class(id=entity.id)  # type: ignore[attr-defined,call-arg]
                    method = channel.unary_unary(getter.path)
                    try:
                        raw = await method(get.SerializeToString(), metadata=meta, timeout=TIMEOUT)
                    except grpc.aio.AioRpcError as exc:
                        raise AssertionError(
                            f"{spec.model.full_name} {entity.id!r} lists with {meta} but Get "
                            f"answers {exc.code().name}: {exc.details()}"  # type: ignore[attr-defined]
                        ) from None
                    getter.response_class.FromString(raw)
                    read += 1
                token = str(getattr(reply, "next_page_token", ""))
                if not token:
                    break
    await assert_serving(channel)
    # The fuzzing must have stored something to read back, or this proved nothing.
    assert read > 0
