"""Request validation: every request is normalised and checked before any handler runs.

Rules come from the protos (see `engine.validation`). Create validates the whole entity;
Update validates only the fields its mask writes; every other RPC validates its request.
Required means required whatever the request's shape: a Create without its entity field
is validated as an empty entity (so its required fields are reported), an Update without
one is refused (there is nothing to write).
Violations become one INVALID_ARGUMENT with `google.rpc.BadRequest` field violations.
"""

from __future__ import annotations

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

from .. import errors
from ..engine.registry import Kind, MethodSpec
from ..engine.validation import is_set as _is_set
from ..engine.validation import normalise, validate
from ..errors import FieldViolation


def violations_for(spec: MethodSpec, request: Message) -> list[FieldViolation]:
    """Normalise a request in place and return the rules it breaks."""
    entity_field = spec.entity_field
    model = spec.model
    if entity_field is None or model is None:
        normalise(request)
        return validate(request)
    out = validate(request, skip=lambda fd: fd.name == entity_field)
    present = request.HasField(entity_field)
    if not present and spec.kind is not Kind.CREATE:
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


def check_request(spec: MethodSpec, request: Message) -> None:
    """Normalise a request in place; raise one INVALID_ARGUMENT listing every violation."""
    found = violations_for(spec, request)
    if found:
        raise errors.invalid_request(found)
