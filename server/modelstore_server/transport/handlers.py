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
from ..engine.store.masks import mask_paths
from .request_context import current_context
from .status import abort

log = logging.getLogger("modelstore.rpc")

Context = grpc.aio.ServicerContext[Message, Message]
Handler = Callable[[Message, Context], Awaitable[Message]]
DomainHandler = Callable[[Message, CallContext], Awaitable[Message]]


def _fingerprint(request: Message) -> bytes:
    """Identify a whole request, for a request_id sent again with other contents (AIP-155)."""
    return hashlib.sha256(request.SerializeToString(deterministic=True)).digest()


def standard_handler(
    spec: MethodSpec, store: EntityStore[Any], batches: Batches | None = None
) -> Handler:
    """Build the handler of one standard method (`batches` serves the batch writes).

    The method's kind and the shape of its messages are decided here, once: each kind is
    its own function, so a call runs only its own few lines (a Get is most of the traffic,
    and a dispatch over ten kinds on each call was a measurable part of its cost).
    """
    resp_cls = spec.response_class
    out = spec.response_field or ""
    entity_field = spec.entity_field or ""
    request_fields = spec.request_class.DESCRIPTOR.fields_by_name
    has_read_mask = "read_mask" in request_fields
    has_update_mask = "update_mask" in request_fields
    has_show_deleted = "show_deleted" in request_fields
    has_force = "force" in request_fields
    # A List that can report its total (AIP-158): both fields, as every entity's protos have.
    has_total = "show_total_size" in request_fields and (
        "total_size" in spec.response_class.DESCRIPTOR.fields_by_name
    )

    def read_mask(request: Any) -> list[str] | None:
        return mask_paths(request, "read_mask") if has_read_mask else None

    async def create(request: Any, ctx: CallContext) -> Message:
        fingerprint = _fingerprint(request) if request.request_id else b""
        entity = await store.create(
            ctx, getattr(request, entity_field), request.request_id, fingerprint
        )
        return resp_cls(**{out: entity})

    async def get(request: Any, ctx: CallContext) -> Message:
        # Decoded straight into the response: a copy of the entity saved on every Get.
        response = resp_cls()
        entity = getattr(response, out)
        await store.get(ctx, request.id, read_mask(request), entity)
        entity.SetInParent()  # present even if every field it has is empty
        return response

    async def list_(request: Any, ctx: CallContext) -> Message:
        show_total = has_total and bool(request.show_total_size)
        listed = await store.list(
            ctx,
            page_size=request.page_size,
            page_token=request.page_token,
            filter_text=request.filter,
            order_by=request.order_by,
            show_deleted=bool(request.show_deleted) if has_show_deleted else False,
            show_total_size=show_total,
        )
        response = resp_cls(**{out: listed.items, "next_page_token": listed.next_page_token})
        if show_total:
            response.total_size = listed.total_size  # type: ignore[attr-defined]
            response.total_size_capped = listed.total_size_capped  # type: ignore[attr-defined]
        return response

    async def purge(request: Any, ctx: CallContext) -> Message:
        purged = await store.purge(ctx, request.filter, bool(request.force))
        return resp_cls(purge_count=purged.count, purge_sample=purged.sample)

    async def update(request: Any, ctx: CallContext) -> Message:
        mask = mask_paths(request, "update_mask") if has_update_mask else None
        entity = await store.update(
            ctx, getattr(request, entity_field), mask, bool(request.allow_missing)
        )
        return resp_cls(**{out: entity})

    async def delete(request: Any, ctx: CallContext) -> Message:
        force = bool(request.force) if has_force else False
        deleted = await store.delete(ctx, request.id, request.etag, force)
        return resp_cls(**{out: deleted}) if out and deleted is not None else resp_cls()

    async def undelete(request: Any, ctx: CallContext) -> Message:
        return resp_cls(**{out: await store.undelete(ctx, request.id, request.etag)})

    async def batch_get(request: Any, ctx: CallContext) -> Message:
        items = await store.batch_get(ctx, list(request.ids), read_mask(request))
        return resp_cls(**{out: items})

    def journal() -> Batches:
        if batches is None:
            raise AssertionError(f"{spec.path}: no batch journal was given")
        return batches

    item_field = spec.item_entity_field or ""

    async def batch_create(request: Any, ctx: CallContext) -> Message:
        rid = request.request_id
        entities = [getattr(r, item_field) for r in request.requests]
        fingerprint = _fingerprint(request) if rid else b""
        items = await journal().create(ctx, store, entities, rid, fingerprint)
        return resp_cls(**{out: items}) if out else resp_cls()

    async def batch_update(request: Any, ctx: CallContext) -> Message:
        rid = request.request_id
        fingerprint = _fingerprint(request) if rid else b""
        items = await journal().update(ctx, store, request.requests, item_field, rid, fingerprint)
        return resp_cls(**{out: items}) if out else resp_cls()

    async def batch_delete(request: Any, ctx: CallContext) -> Message:
        rid = request.request_id
        fingerprint = _fingerprint(request) if rid else b""
        items = await journal().delete(ctx, store, request.requests, rid, fingerprint)
        return resp_cls(**{out: items}) if out else resp_cls()

    runs: dict[Kind, Callable[[Any, CallContext], Awaitable[Message]]] = {
        Kind.CREATE: create,
        Kind.GET: get,
        Kind.LIST: list_,
        Kind.PURGE: purge,
        Kind.UPDATE: update,
        Kind.DELETE: delete,
        Kind.UNDELETE: undelete,
        Kind.BATCH_GET: batch_get,
        Kind.BATCH_CREATE: batch_create,
        Kind.BATCH_UPDATE: batch_update,
        Kind.BATCH_DELETE: batch_delete,
    }
    return _edge(runs[spec.kind])


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
