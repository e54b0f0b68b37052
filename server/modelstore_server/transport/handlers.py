"""Generic gRPC handlers: one per declared RPC, built from the method specs.

No entity has a hand-written servicer. A standard method is served by `EntityStore`; a
domain method by the function declared for it in `modelstore_server.domain`. Each runs with
the `CallContext` that `transport.pipeline` decided for the call. A declared RPC with
neither stops the server from starting (`require_implemented`): serving anyway would
answer UNIMPLEMENTED to clients that were generated from the same protos.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

import grpc
from google.protobuf.message import Message

from ..engine.context import CallContext
from ..engine.registry import Kind, MethodSpec, ServiceSpec
from ..engine.store import EntityStore
from ..engine.store.batches import Batches
from .request_context import current_context
from .status import abort

log = logging.getLogger("modelstore.rpc")

Context = grpc.aio.ServicerContext[Message, Message]
Handler = Callable[[Message, Context], Awaitable[Message]]
DomainHandler = Callable[[Message, CallContext], Awaitable[Message]]


def _mask(request: Message, name: str) -> list[str] | None:
    if name not in request.DESCRIPTOR.fields_by_name or not request.HasField(name):
        return None
    return list(getattr(request, name).paths)


def _fingerprint(request: Message) -> bytes:
    """Identify a whole request, for a request_id sent again with other contents (AIP-155)."""
    return hashlib.sha256(request.SerializeToString(deterministic=True)).digest()


def standard_handler(
    spec: MethodSpec, store: EntityStore[Any], batches: Batches | None = None
) -> Handler:
    """Build the handler of one standard method (`batches` serves the batch writes)."""
    resp_cls = spec.response_class
    out = spec.response_field
    entity_field = spec.entity_field
    request_fields = spec.request_class.DESCRIPTOR.fields_by_name
    has_show_deleted = "show_deleted" in request_fields
    # A List that can report its total (AIP-158): both fields, as every entity's protos have.
    has_total = "show_total_size" in request_fields and (
        "total_size" in spec.response_class.DESCRIPTOR.fields_by_name
    )

    async def run(request: Any, ctx: CallContext) -> Message:
        kind = spec.kind
        if kind is Kind.CREATE:
            fingerprint = _fingerprint(request) if request.request_id else b""
            entity = await store.create(
                ctx, getattr(request, entity_field or ""), request.request_id, fingerprint
            )
            return resp_cls(**{out or "": entity})
        if kind is Kind.GET:
            return resp_cls(
                **{out or "": await store.get(ctx, request.id, _mask(request, "read_mask"))}
            )
        if kind is Kind.LIST:
            listed = await store.list(
                ctx,
                page_size=request.page_size,
                page_token=request.page_token,
                filter_text=request.filter,
                order_by=request.order_by,
                show_deleted=bool(request.show_deleted) if has_show_deleted else False,
                show_total_size=bool(request.show_total_size) if has_total else False,
            )
            response = resp_cls(
                **{out or "": listed.items, "next_page_token": listed.next_page_token}
            )
            if has_total and request.show_total_size:
                response.total_size = listed.total_size  # type: ignore[attr-defined]
                response.total_size_capped = listed.total_size_capped  # type: ignore[attr-defined]
            return response
        if kind is Kind.PURGE:
            purged = await store.purge(ctx, request.filter, bool(request.force))
            return resp_cls(purge_count=purged.count, purge_sample=purged.sample)
        if kind is Kind.UPDATE:
            entity = await store.update(
                ctx,
                getattr(request, entity_field or ""),
                _mask(request, "update_mask"),
                bool(request.allow_missing),
            )
            return resp_cls(**{out or "": entity})
        if kind is Kind.DELETE:
            deleted = await store.delete(
                ctx, request.id, request.etag, bool(getattr(request, "force", False))
            )
            return resp_cls(**{out: deleted}) if out and deleted is not None else resp_cls()
        if kind is Kind.UNDELETE:
            return resp_cls(**{out or "": await store.undelete(ctx, request.id, request.etag)})
        if kind is Kind.BATCH_GET:
            items = await store.batch_get(ctx, list(request.ids), _mask(request, "read_mask"))
            return resp_cls(**{out or "": items})
        return await batch(request, ctx)

    async def batch(request: Any, ctx: CallContext) -> Message:
        kind, rid = spec.kind, request.request_id
        if batches is None:
            raise AssertionError(f"{spec.path}: no batch journal was given")
        fingerprint = _fingerprint(request) if rid else b""
        field = spec.item_entity_field or ""
        if kind is Kind.BATCH_CREATE:
            entities = [getattr(r, field) for r in request.requests]
            items = await batches.create(ctx, store, entities, rid, fingerprint)
        elif kind is Kind.BATCH_UPDATE:
            items = await batches.update(ctx, store, request.requests, field, rid, fingerprint)
        elif kind is Kind.BATCH_DELETE:
            items = await batches.delete(ctx, store, request.requests, rid, fingerprint)
        else:
            raise AssertionError(kind)
        return resp_cls(**{out: items}) if out else resp_cls()

    return _edge(run)


def _edge(run: Callable[[Any, CallContext], Awaitable[Message]]) -> Handler:
    """Wrap a handler with the error edge: every failure becomes a rich status."""

    async def handler(request: Message, context: Context) -> Message:
        try:
            return await run(request, current_context.get())
        except Exception as exc:  # the one place errors become statuses
            await abort(context, exc)
            raise AssertionError("abort returned") from exc

    return handler


def build_handlers(
    services: list[ServiceSpec],
    stores: Mapping[str, EntityStore[Any]],
    domain: Mapping[str, DomainHandler],
    batches: Batches | None = None,
) -> tuple[dict[str, dict[str, grpc.RpcMethodHandler[Any, Any]]], list[str]]:
    """Return every service's method handlers, and the RPC paths left unimplemented.

    `batches` serves the batch writes (the server always gives it).

    The handlers are bare: `transport.pipeline` adds the gate, caller check and validation.
    """
    built: dict[str, dict[str, grpc.RpcMethodHandler[Any, Any]]] = {}
    missing: list[str] = []
    for service in services:
        methods: dict[str, grpc.RpcMethodHandler[Any, Any]] = {}
        for spec in service.methods:
            if spec.kind is Kind.DOMAIN:
                fn = domain.get(spec.path)
                if fn is None:
                    missing.append(spec.path)
                    continue
                handler = _edge(fn)
            else:
                assert spec.model is not None
                handler = standard_handler(spec, stores[spec.model.full_name], batches)
            methods[spec.descriptor.name] = grpc.unary_unary_rpc_method_handler(
                handler,
                request_deserializer=spec.request_class.FromString,
                response_serializer=spec.response_class.SerializeToString,
            )
        built[service.full_name] = methods
    return built, missing


class UnimplementedRpcError(RuntimeError):
    """Declared RPCs that have no implementation; the server does not start with any."""

    def __init__(self, specs: list[MethodSpec]) -> None:
        self.paths = [spec.path for spec in specs]
        lines = []
        for spec in specs:
            line = f"  {spec.descriptor.full_name}"
            if spec.mismatch:
                line += f" ({spec.mismatch})"
            lines.append(line)
        super().__init__(
            f"{len(specs)} declared RPC(s) have no implementation; register a domain handler "
            "for each in modelstore_server.domain, or give it a standard method's name and "
            "shape:\n" + "\n".join(lines)
        )


def require_implemented(services: Iterable[ServiceSpec], missing: Iterable[str]) -> None:
    """Raise `UnimplementedRpcError` naming every RPC in `missing` (paths from `build_handlers`)."""
    wanted = set(missing)
    if not wanted:
        return
    specs = [m for s in services for m in s.methods if m.path in wanted]
    raise UnimplementedRpcError(sorted(specs, key=lambda m: m.path))
