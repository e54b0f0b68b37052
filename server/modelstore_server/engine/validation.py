"""Validation and normalisation of messages from the rules declared in the protos.

Rules come from `google.api.field_behavior` (REQUIRED) and `(modelstore.v1.field)` (email,
lengths, trim, lowercase, number bounds), plus enum membership. Each message type is
compiled once into a list of checks; `transport.request_validation` runs them before
any handler, so handlers only ever see valid requests.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import cast

from google.api import field_behavior_pb2
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from modelstore.v1 import storage_pb2

from ..errors import FieldViolation
from .model import behaviors
from .naming import field_rules

# A deliberately permissive address check (RFC 5322 is not a regular language): one @,
# no spaces, a dot in the domain. Deliverability is the caller's business.
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$")
# Ids travel in URLs, logs and page tokens: printable, unreserved characters only.
_ID = re.compile(r"^[A-Za-z0-9._~:@+-]{1,256}$")
_WKT = ("google.protobuf.",)


@dataclass(frozen=True)
class Check:
    """The compiled rules of one field."""

    fd: FieldDescriptor
    required: bool
    has_default: bool
    email: bool
    min_len: int
    max_len: int
    trim: bool
    lowercase: bool
    gte: float | None
    is_id: bool
    enum_numbers: frozenset[int] | None
    nested: Descriptor | None


_CHECKS: dict[str, list[Check]] = {}


def compile_checks(descriptor: Descriptor) -> list[Check]:
    """Return (and cache) the checks of a message type."""
    cached = _CHECKS.get(descriptor.full_name)
    if cached is not None:
        return cached
    checks: list[Check] = []
    _CHECKS[descriptor.full_name] = checks
    for fd in descriptor.fields:
        rules = field_rules(fd)
        nested = None
        mt = fd.message_type if fd.type == FieldDescriptor.TYPE_MESSAGE else None
        if mt is not None and not mt.GetOptions().map_entry and not mt.full_name.startswith(_WKT):
            nested = mt
        enum = fd.enum_type if fd.type == FieldDescriptor.TYPE_ENUM else None
        checks.append(
            Check(
                fd=fd,
                required=field_behavior_pb2.REQUIRED in behaviors(fd),
                has_default=bool(rules and rules.default_value),
                email=bool(rules and rules.email),
                min_len=rules.min_len if rules else 0,
                max_len=rules.max_len if rules else 0,
                trim=bool(rules and rules.trim),
                lowercase=bool(rules and rules.lowercase),
                gte=rules.gte if rules is not None and rules.HasField("gte") else None,
                # Only an entity's own id may be empty (the server generates one).
                is_id=fd.name == "id"
                and fd.type == FieldDescriptor.TYPE_STRING
                and descriptor.GetOptions().HasExtension(storage_pb2.storage),
                enum_numbers=(
                    frozenset(v.number for v in enum.values) if enum is not None else None
                ),
                nested=nested,
            )
        )
    return checks


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
    for check in compile_checks(cast(Descriptor, message.DESCRIPTOR)):
        fd = check.fd
        if check.trim or check.lowercase:
            if fd.is_repeated:
                values = getattr(message, fd.name)
                for i, v in enumerate(values):
                    values[i] = _normalised(v, check)
            elif is_set(message, fd):
                setattr(message, fd.name, _normalised(getattr(message, fd.name), check))
        elif check.nested is not None:
            if fd.is_repeated:
                for item in getattr(message, fd.name):
                    normalise(item)
            elif message.HasField(fd.name):
                normalise(getattr(message, fd.name))


def _normalised(value: str, check: Check) -> str:
    if check.trim:
        value = value.strip()
    if check.lowercase:
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
    for check in compile_checks(cast(Descriptor, message.DESCRIPTOR)):
        fd = check.fd
        if only is not None and fd.name not in only:
            continue
        if skip is not None and skip(fd):
            continue
        path = f"{prefix}{fd.name}"
        present = is_set(message, fd)
        if not present:
            if check.required and enforce_required and not check.has_default and not check.is_id:
                out.append(FieldViolation(path, "is required"))
            continue
        values = getattr(message, fd.name)
        items = list(values) if fd.is_repeated else [values]
        for index, value in enumerate(items):
            where = f"{path}[{index}]" if fd.is_repeated else path
            out.extend(_check_value(check, value, where))
    return out


def _check_value(check: Check, value: object, path: str) -> list[FieldViolation]:
    out: list[FieldViolation] = []
    if isinstance(value, str):
        if check.is_id and value and not _ID.match(value):
            out.append(
                FieldViolation(path, "must be 1-256 letters, digits or the characters ._~:@+-")
            )
        if check.email and not _EMAIL.match(value):
            out.append(FieldViolation(path, "must be a valid email address"))
        if check.min_len and len(value) < check.min_len:
            out.append(FieldViolation(path, f"must be at least {check.min_len} characters long"))
        if check.max_len and len(value) > check.max_len:
            out.append(FieldViolation(path, f"must be at most {check.max_len} characters long"))
    elif check.enum_numbers is not None and isinstance(value, int):
        if value not in check.enum_numbers or value == 0:
            enum = check.fd.enum_type
            assert enum is not None  # enum_numbers is only set for enum fields
            names = ", ".join(v.name for v in enum.values if v.number != 0)
            out.append(FieldViolation(path, f"must be one of {names}"))
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if check.gte is not None and value < check.gte:
            out.append(FieldViolation(path, f"must be at least {check.gte:g}"))
    elif check.nested is not None and isinstance(value, Message):
        out.extend(validate(value, prefix=f"{path}."))
    return out
