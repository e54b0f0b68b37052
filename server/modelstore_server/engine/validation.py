"""Validation and normalisation of messages from the rules declared in the protos.

Rules come from `google.api.field_behavior` (REQUIRED) and `(modelstore.v1.field)` (email,
lengths, item counts, trim, lowercase, number bounds), plus what every value must be to be
stored at all: enum membership, the default maxima of strings, bytes and repeated fields
(`rules.default_max_len`, `rules.MAX_ITEMS`), Struct and Value content the database
accepts, Timestamps and Durations in their storable range, finite numbers. They are read
once into each message's field plan (`FieldPlan.rules`), which lists the fields worth
visiting; `transport.request_validation` runs these checks before any handler, so handlers
and the database only ever see valid requests.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection
from typing import cast

from google.protobuf import duration_pb2, field_mask_pb2, struct_pb2, timestamp_pb2
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from ..errors import FieldViolation
from .field_plan import FieldKind, FieldPlan, addressable, plan_of
from .rules import ID_MAX_LEN, MAX_ITEMS, TEXT_MAX_LEN

# A deliberately permissive address check (RFC 5322 is not a regular language): one @,
# no spaces, a dot in the domain. Deliverability is the caller's business.
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$")
# Ids travel in URLs, logs and page tokens: printable, unreserved characters only.
_ID = re.compile(r"^[A-Za-z0-9._~:@+-]{1,256}$")
_ID_RULE = "must be 1-256 letters, digits or the characters ._~:@+-"

# The storable range of a Timestamp: the protobuf-defined range, which is also the range
# of Python's datetime (0001-01-01 .. 9999-12-31) the codec converts through. Outside it the
# conversion overflowed (INTERNAL); negative nanos were silently folded into the seconds.
_TS_MIN = -62_135_596_800  # 0001-01-01T00:00:00Z
_TS_MAX = 253_402_300_799  # 9999-12-31T23:59:59Z
_TS_RANGE = "must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z"
_NANOS_MAX = 999_999_999
# Durations: the protobuf-defined range (about 10000 years), stored as int64 milliseconds.
_DURATION_MAX = 315_576_000_000
_INT64_MAX = 2**63 - 1
_UNSIGNED_64 = (FieldDescriptor.TYPE_UINT64, FieldDescriptor.TYPE_FIXED64)

# Struct / Value / ListValue content, which is stored as documents and arrays as it is:
# keys the database (and our dotted paths) accept, finite numbers, no array directly in an
# array (DocumentDB refuses them), a bounded depth (far below upb's 100 message levels,
# three of which one Struct level takes) and bounded sizes.
STRUCT_MAX_DEPTH = 32
STRUCT_KEY_MAX_LEN = ID_MAX_LEN
STRUCT_STRING_MAX_LEN = 65536
STRUCT_MAX_ITEMS = MAX_ITEMS
_KEY_RULE = f"keys must be 1-{STRUCT_KEY_MAX_LEN} characters without '$', '.' or NUL"


def id_refusal(value: str) -> str | None:
    """Why `value` cannot be a chosen entity id, or None: the rule of every `id` field.

    Request validation applies it to the fields it checks; the store applies it where a
    write may create an entity with an id that validation did not check (an Update with
    `allow_missing` and a mask that leaves `id` out).
    """
    return None if _ID.match(value) else _ID_RULE


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
        if fd.is_repeated and len(values) > field.rules.max_items:
            # Not one violation per item: the count is the fault, and the items unbounded.
            limit = field.rules.max_items
            out.append(FieldViolation(path, f"must hold at most {limit} items", limit=True))
        elif field.is_map:
            out.extend(_check_map(field, values, path))
        elif fd.is_repeated:
            for index, value in enumerate(values):
                out.extend(_check_value(field, value, f"{path}[{index}]"))
        else:
            out.extend(_check_value(field, values, path))
    return out


def _check_map(field: FieldPlan, values: object, path: str) -> list[FieldViolation]:
    # Map keys become document keys, so they follow the Struct key rule.
    out: list[FieldViolation] = []
    value_plan = field.map_value
    assert value_plan is not None  # set on every map field
    for key, value in cast("dict[object, object]", values).items():
        if isinstance(key, str) and not _key_ok(key):
            out.append(FieldViolation(f"{path}.{key[:STRUCT_KEY_MAX_LEN]}", _KEY_RULE))
            continue
        out.extend(_check_value(value_plan, value, f"{path}.{key}"))
    return out


def _check_value(field: FieldPlan, value: object, path: str) -> list[FieldViolation]:
    out: list[FieldViolation] = []
    rules = field.rules
    kind = field.kind
    if isinstance(value, bytes):
        if rules.max_len and len(value) > rules.max_len:
            out.append(FieldViolation(path, f"must be at most {rules.max_len} bytes long"))
    elif isinstance(value, str):
        if rules.is_id and value and not _ID.match(value):
            out.append(FieldViolation(path, _ID_RULE))
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
        if isinstance(value, float) and not math.isfinite(value):
            out.append(FieldViolation(path, "must be a finite number"))
        elif rules.gte is not None and value < rules.gte:
            out.append(FieldViolation(path, f"must be at least {rules.gte:g}"))
        elif field.fd.type in _UNSIGNED_64 and value > _INT64_MAX:
            out.append(FieldViolation(path, f"must be at most {_INT64_MAX}"))
    elif kind is FieldKind.TIMESTAMP:
        out.extend(_check_timestamp(cast(timestamp_pb2.Timestamp, value), path))
    elif kind is FieldKind.DURATION:
        out.extend(_check_duration(cast(duration_pb2.Duration, value), path))
    elif kind is FieldKind.STRUCT:
        _check_struct(cast(struct_pb2.Struct, value), path, 1, out)
    elif kind is FieldKind.DYNAMIC:
        if isinstance(value, struct_pb2.ListValue):
            _check_list(value, path, 1, out)
        else:
            _check_json(cast(struct_pb2.Value, value), path, 0, out)
    elif field.checked_type is not None and isinstance(value, Message):
        out.extend(validate(value, prefix=f"{path}."))
    elif isinstance(value, field_mask_pb2.FieldMask):
        out.extend(_check_mask(value, path))
    return out


def _check_timestamp(value: timestamp_pb2.Timestamp, path: str) -> list[FieldViolation]:
    if not _TS_MIN <= value.seconds <= _TS_MAX:
        return [FieldViolation(path, _TS_RANGE)]
    if not 0 <= value.nanos <= _NANOS_MAX:
        return [FieldViolation(f"{path}.nanos", f"must be between 0 and {_NANOS_MAX}")]
    return []


def _check_duration(value: duration_pb2.Duration, path: str) -> list[FieldViolation]:
    seconds, nanos = value.seconds, value.nanos
    if not -_DURATION_MAX <= seconds <= _DURATION_MAX:
        return [FieldViolation(path, f"must be within +-{_DURATION_MAX} seconds")]
    if not -_NANOS_MAX <= nanos <= _NANOS_MAX or (
        seconds and nanos and (seconds < 0) != (nanos < 0)
    ):
        return [
            FieldViolation(
                f"{path}.nanos",
                f"must be between -{_NANOS_MAX} and {_NANOS_MAX}, with the sign of seconds",
            )
        ]
    return []


def _check_mask(value: field_mask_pb2.FieldMask, path: str) -> list[FieldViolation]:
    paths = value.paths
    if len(paths) > MAX_ITEMS:
        return [FieldViolation(f"{path}.paths", f"must hold at most {MAX_ITEMS} items", limit=True)]
    return [
        FieldViolation(f"{path}.paths[{i}]", f"must be at most {TEXT_MAX_LEN} characters long")
        for i, p in enumerate(paths)
        if len(p) > TEXT_MAX_LEN
    ]


def _key_ok(key: str) -> bool:
    return addressable(key) and "$" not in key and len(key) <= STRUCT_KEY_MAX_LEN


def _check_struct(
    value: struct_pb2.Struct, path: str, depth: int, out: list[FieldViolation]
) -> None:
    """Check one object of a Struct (at `depth`, 1 for the field itself) and what it holds."""
    if depth > STRUCT_MAX_DEPTH:
        out.append(FieldViolation(path, f"must be nested at most {STRUCT_MAX_DEPTH} levels deep"))
        return
    fields = value.fields
    if len(fields) > STRUCT_MAX_ITEMS:
        out.append(
            FieldViolation(path, f"must hold at most {STRUCT_MAX_ITEMS} entries", limit=True)
        )
        return
    for key, item in fields.items():
        if not _key_ok(key):
            out.append(FieldViolation(f"{path}.{key[:STRUCT_KEY_MAX_LEN]}", _KEY_RULE))
            continue
        _check_json(item, f"{path}.{key}", depth, out)


def _check_list(
    value: struct_pb2.ListValue, path: str, depth: int, out: list[FieldViolation]
) -> None:
    if depth > STRUCT_MAX_DEPTH:
        out.append(FieldViolation(path, f"must be nested at most {STRUCT_MAX_DEPTH} levels deep"))
        return
    values = value.values
    if len(values) > STRUCT_MAX_ITEMS:
        out.append(FieldViolation(path, f"must hold at most {STRUCT_MAX_ITEMS} items", limit=True))
        return
    for index, item in enumerate(values):
        where = f"{path}[{index}]"
        if item.WhichOneof("kind") == "list_value":
            out.append(FieldViolation(where, "must not be a list: lists cannot hold lists"))
            continue
        _check_json(item, where, depth, out)


def _check_json(value: struct_pb2.Value, path: str, depth: int, out: list[FieldViolation]) -> None:
    """Check one Value found at `depth` (the depth of the object or list holding it)."""
    kind = value.WhichOneof("kind")
    if kind == "number_value":
        if not math.isfinite(value.number_value):
            out.append(FieldViolation(path, "must be a finite number"))
    elif kind == "string_value":
        if len(value.string_value) > STRUCT_STRING_MAX_LEN:
            out.append(
                FieldViolation(path, f"must be at most {STRUCT_STRING_MAX_LEN} characters long")
            )
    elif kind == "struct_value":
        _check_struct(value.struct_value, path, depth + 1, out)
    elif kind == "list_value":
        _check_list(value.list_value, path, depth + 1, out)
