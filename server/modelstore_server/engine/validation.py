"""Validation and normalisation of messages from the rules declared in the protos.

Rules come from `google.api.field_behavior` (REQUIRED) and `(modelstore.v1.field)` (email,
lengths, trim, lowercase, number bounds), plus enum membership. They are read once into
each message's field plan (`FieldPlan.rules`), which lists the fields worth visiting;
`transport.request_validation` runs these checks before any handler, so handlers only
ever see valid requests.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import cast

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from ..errors import FieldViolation
from .field_plan import FieldKind, FieldPlan, plan_of

# A deliberately permissive address check (RFC 5322 is not a regular language): one @,
# no spaces, a dot in the domain. Deliverability is the caller's business.
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$")
# Ids travel in URLs, logs and page tokens: printable, unreserved characters only.
_ID = re.compile(r"^[A-Za-z0-9._~:@+-]{1,256}$")


def is_set(message: Message, fd: FieldDescriptor) -> bool:
    """Whether a field holds a value (non-empty for repeated and implicit-presence fields)."""
    if fd.is_repeated:
        return len(getattr(message, fd.name)) > 0
    if fd.has_presence:
        return message.HasField(fd.name)
    return bool(getattr(message, fd.name))


def normalise(message: Message) -> None:
    """Apply trim and lowercase rules in place, recursively."""
    # The stubs add upb's Descriptor to DESCRIPTOR's type; it is a Descriptor at runtime.
    for field in plan_of(cast(Descriptor, message.DESCRIPTOR)).normalised:
        fd = field.fd
        rules = field.rules
        if rules.trim or rules.lowercase:
            if fd.is_repeated:
                values = getattr(message, fd.name)
                for i, v in enumerate(values):
                    values[i] = _normalised(v, field)
            elif is_set(message, fd):
                setattr(message, fd.name, _normalised(getattr(message, fd.name), field))
        elif fd.is_repeated:  # an embedded message type: normalise every element
            for item in getattr(message, fd.name):
                normalise(item)
        elif message.HasField(fd.name):
            normalise(getattr(message, fd.name))


def _normalised(value: str, field: FieldPlan) -> str:
    if field.rules.trim:
        value = value.strip()
    if field.rules.lowercase:
        value = value.lower()
    return value


def validate(
    message: Message,
    *,
    prefix: str = "",
    enforce_required: bool = True,
    only: Collection[str] | None = None,
    skip: Callable[[FieldDescriptor], bool] | None = None,
) -> list[FieldViolation]:
    """Return every rule the message breaks.

    `only` limits the check to some top-level fields (an update mask); `skip` ignores
    fields the caller handles itself (output-only fields the server overwrites).
    """
    out: list[FieldViolation] = []
    # The stubs add upb's Descriptor to DESCRIPTOR's type; it is a Descriptor at runtime.
    for field in plan_of(cast(Descriptor, message.DESCRIPTOR)).validated:
        fd = field.fd
        if only is not None and fd.name not in only:
            continue
        if skip is not None and skip(fd):
            continue
        path = f"{prefix}{fd.name}"
        if not is_set(message, fd):
            rules = field.rules
            if rules.required and enforce_required and not rules.has_default and not rules.is_id:
                out.append(FieldViolation(path, "is required"))
            continue
        values = getattr(message, fd.name)
        items = list(values) if fd.is_repeated else [values]
        for index, value in enumerate(items):
            where = f"{path}[{index}]" if fd.is_repeated else path
            out.extend(_check_value(field, value, where))
    return out


def _check_value(field: FieldPlan, value: object, path: str) -> list[FieldViolation]:
    out: list[FieldViolation] = []
    rules = field.rules
    if isinstance(value, str):
        if rules.is_id and value and not _ID.match(value):
            out.append(
                FieldViolation(path, "must be 1-256 letters, digits or the characters ._~:@+-")
            )
        if rules.email and not _EMAIL.match(value):
            out.append(FieldViolation(path, "must be a valid email address"))
        if rules.min_len and len(value) < rules.min_len:
            out.append(FieldViolation(path, f"must be at least {rules.min_len} characters long"))
        if rules.max_len and len(value) > rules.max_len:
            out.append(FieldViolation(path, f"must be at most {rules.max_len} characters long"))
    elif field.kind is FieldKind.ENUM and isinstance(value, int):
        if field.enum_stored is None or value not in field.enum_stored or value == 0:
            enum = field.fd.enum_type
            assert enum is not None  # set on every enum field
            names = ", ".join(v.name for v in enum.values if v.number != 0)
            out.append(FieldViolation(path, f"must be one of {names}"))
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if rules.gte is not None and value < rules.gte:
            out.append(FieldViolation(path, f"must be at least {rules.gte:g}"))
    elif field.checked_type is not None and isinstance(value, Message):
        out.extend(validate(value, prefix=f"{path}."))
    return out
