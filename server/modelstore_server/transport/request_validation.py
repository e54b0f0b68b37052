"""Request validation: every request is normalised and checked before any handler runs.

Rules come from the protos (see `engine.validation`). Create validates the whole entity;
Update validates only the fields its mask writes; every other RPC validates its request.
Required means required whatever the request's shape: a Create without its entity field
is validated as an empty entity (so its required fields are reported), an Update without
one is refused (there is nothing to write).
A batch write validates each item as its single method would validate it, its violations
named by the item (`requests[3].user.email`), and the batch itself: 1 to `MAX_BATCH_ITEMS`
items, no id twice, no item `request_id` (the batch's covers it) and no `force` (a batch
does not cascade). So every item is checked before anything of a batch is written.
Violations become one INVALID_ARGUMENT with `google.rpc.BadRequest` field violations.
"""

from __future__ import annotations

from typing import Any

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

from .. import errors
from ..engine.model import EntityModel
from ..engine.registry import BATCH_ITEMS, MAX_BATCH_ITEMS, Kind, MethodSpec
from ..engine.validation import is_set as _is_set
from ..engine.validation import normalise, validate
from ..errors import FieldViolation


def violations_for(spec: MethodSpec, request: Message) -> list[FieldViolation]:
    """Normalise a request in place and return the rules it breaks."""
    if spec.kind in BATCH_ITEMS and spec.model is not None:
        return _batch_violations(spec.kind, spec.item_entity_field, spec.model, request)
    return _violations(spec.kind, spec.entity_field, spec.model, request)


def _batch_violations(
    kind: Kind, entity_field: str | None, model: EntityModel, request: Any
) -> list[FieldViolation]:
    """Return the rules a batch write breaks: its own, and each item's as its single method's."""
    out = validate(request, skip=lambda fd: fd.name == "requests")
    items = request.requests
    if not items:
        return [*out, FieldViolation("requests", "is required")]
    if len(items) > MAX_BATCH_ITEMS:
        limit = f"must hold at most {MAX_BATCH_ITEMS} requests"
        return [*out, FieldViolation("requests", limit, limit=True)]
    single = BATCH_ITEMS[kind]
    first: dict[str, int] = {}  # id -> the first item that names it
    for i, item in enumerate(items):
        at = f"requests[{i}]."
        out.extend(
            FieldViolation(at + v.field, v.description, v.limit)
            for v in _violations(single, entity_field, model, item)
        )
        if single is Kind.CREATE and item.request_id:
            out.append(FieldViolation(at + "request_id", "must be empty: the batch's covers it"))
        if single is Kind.DELETE and getattr(item, "force", False):
            out.append(FieldViolation(at + "force", "is not allowed: a batch does not cascade"))
        holder = getattr(item, entity_field) if entity_field else item
        doc_id = str(holder.id)
        id_path = f"{at}{entity_field}.id" if entity_field else f"{at}id"
        if not doc_id:
            if single is not Kind.CREATE:  # the server chooses only a created entity's id
                out.append(FieldViolation(id_path, "is required"))
            continue
        if doc_id in first:
            out.append(FieldViolation(id_path, f"repeats the id of requests[{first[doc_id]}]"))
        else:
            first[doc_id] = i
    return out


def _violations(
    kind: Kind, entity_field: str | None, model: EntityModel | None, request: Message
) -> list[FieldViolation]:
    """Return the rules one request (or one item of a batch) breaks."""
    if entity_field is None or model is None:
        normalise(request)
        return validate(request)
    out = validate(request, skip=lambda fd: fd.name == entity_field)
    present = request.HasField(entity_field)
    if not present and kind is not Kind.CREATE:
        out.append(FieldViolation(entity_field, "is required"))
        return out
    # An absent entity reads as the empty message, which the checks below see as such.
    entity = getattr(request, entity_field)
    normalise(entity)
    prefix = f"{entity_field}."

    def output_only(fd: FieldDescriptor) -> bool:
        return fd.name in model.output_only

    def server_filled(fd: FieldDescriptor) -> bool:
        # The tenant field may be left empty: the store fills it from x-tenant-id.
        return output_only(fd) or (fd.name == model.tenant_field and not _is_set(entity, fd))

    if kind is Kind.CREATE:
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


def check_request(spec: MethodSpec, request: Message) -> None:
    """Normalise a request in place; raise one INVALID_ARGUMENT listing every violation."""
    found = violations_for(spec, request)
    if found:
        raise errors.invalid_request(found)
