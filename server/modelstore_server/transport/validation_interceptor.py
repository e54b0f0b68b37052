"""The validation interceptor: every request is normalised and checked before any handler.

Rules come from the protos (see `engine.validation`). Create validates the whole entity;
Update validates only the fields its mask writes; every other RPC validates its request.
Violations become one INVALID_ARGUMENT with `google.rpc.BadRequest` field violations.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import grpc
from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

from ..engine.registry import Kind, MethodSpec
from ..engine.validation import is_set as _is_set
from ..engine.validation import normalise, validate
from ..errors import FieldViolation, InvalidArgument
from .status import abort
from .wrapping import WrappedHandlers, unary_like


def violations_for(spec: MethodSpec, request: Message) -> list[FieldViolation]:
    """Normalise a request in place and return the rules it breaks."""
    entity_field = spec.entity_field
    model = spec.model
    if entity_field is None or model is None:
        normalise(request)
        return validate(request)
    out = validate(request, skip=lambda fd: fd.name == entity_field)
    if not request.HasField(entity_field):
        return out
    entity = getattr(request, entity_field)
    normalise(entity)
    prefix = f"{entity_field}."

    def output_only(fd: FieldDescriptor) -> bool:
        return fd.name in model.output_only

    def server_filled(fd: FieldDescriptor) -> bool:
        # The tenant field may be left empty: the store fills it from x-tenant-id.
        return output_only(fd) or (fd.name == model.tenant_field and not _is_set(entity, fd))

    if spec.kind is Kind.CREATE:
        out.extend(validate(entity, prefix=prefix, skip=server_filled))
        return out
    # Update: only the written fields matter, and required ones must not be cleared.
    mask = getattr(request, "update_mask", None)
    paths = list(mask.paths) if mask is not None and request.HasField("update_mask") else []
    if "*" in paths:
        out.extend(validate(entity, prefix=prefix, skip=output_only))
    elif paths:
        tops = {p.split(".")[0] for p in paths}
        out.extend(validate(entity, prefix=prefix, only=tops, skip=output_only))
    else:
        out.extend(validate(entity, prefix=prefix, enforce_required=False, skip=output_only))
    return out


class ValidationInterceptor(grpc.aio.ServerInterceptor):
    """Runs `violations_for` before the handler of every known RPC."""

    def __init__(self, specs: Mapping[str, MethodSpec]) -> None:
        self._specs = specs
        self._wrapped = WrappedHandlers()

    async def intercept_service(
        self,
        continuation: Callable[
            [grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler[Any, Any] | None]
        ],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler[Any, Any] | None:
        """Wrap the unary-unary handler of a known RPC with normalisation and validation."""
        handler = await continuation(handler_call_details)
        method = handler_call_details.method
        spec = self._specs.get(method)
        if spec is None or handler is None or handler.unary_unary is None:
            return handler
        return self._wrapped.get(method, handler, lambda h: _checked(spec, h))


def _checked(spec: MethodSpec, handler: grpc.RpcMethodHandler[Any, Any]) -> Any:
    inner = handler.unary_unary
    assert inner is not None  # intercept_service only wraps unary-unary handlers

    async def checked(request: Message, context: Any) -> Message:
        found = violations_for(spec, request)
        if found:
            summary = "; ".join(f"{v.field} {v.description}" for v in found[:3])
            await abort(context, InvalidArgument(f"invalid request: {summary}", found))
        result: Message = await inner(request, context)
        return result

    return unary_like(handler, checked)
