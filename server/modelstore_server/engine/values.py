"""How one value is stored: the converters the field plan attaches to each field.

Enums are the seeds' lowercase strings, Timestamps are BSON dates (millisecond precision,
UTC), Durations are integer milliseconds, Structs are embedded documents. Nothing here
knows about messages as a whole; `field_plan` walks the fields and picks a converter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, cast

from bson import ObjectId
from google.protobuf import duration_pb2, struct_pb2, timestamp_pb2
from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

Encoder = Callable[[Any], Any]
Decoder = Callable[[Any], Any]

_UTC = dt.UTC
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=_UTC)


def timestamp_to_datetime(ts: timestamp_pb2.Timestamp) -> dt.datetime:
    """Convert a Timestamp to an aware UTC datetime, truncated to BSON's milliseconds."""
    return _EPOCH + dt.timedelta(seconds=ts.seconds, microseconds=(ts.nanos // 1_000_000) * 1000)


def datetime_to_timestamp(value: dt.datetime) -> timestamp_pb2.Timestamp:
    """Convert a (naive UTC or aware) datetime to a Timestamp."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=_UTC)
    delta = value - _EPOCH
    seconds = delta.days * 86400 + delta.seconds
    return timestamp_pb2.Timestamp(seconds=seconds, nanos=delta.microseconds * 1000)


def fill_timestamp(target: timestamp_pb2.Timestamp, value: Any) -> bool:
    """Set `target` to a stored datetime in place; False (target untouched) for any other value.

    The decoding of every read's timestamps: setting the two fields costs a third of making
    a Timestamp and copying it in (`datetime_to_timestamp`).
    """
    if type(value) is not dt.datetime:
        return False
    delta = (value if value.tzinfo is not None else value.replace(tzinfo=_UTC)) - _EPOCH
    target.seconds = delta.days * 86400 + delta.seconds
    target.nanos = delta.microseconds * 1000
    return True


def now() -> dt.datetime:
    """Return the current UTC time truncated to milliseconds, as BSON stores it."""
    current = dt.datetime.now(_UTC)
    return current.replace(microsecond=(current.microsecond // 1000) * 1000)


def _plain_value(value: Any) -> Any:
    """Make a value read from a seed-shaped document fit a Struct (dates and ids as text)."""
    if isinstance(value, dict):
        return {str(k): _plain_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=_UTC)
        return aware.isoformat().replace("+00:00", "Z")
    if isinstance(value, ObjectId | bytes):
        return str(value) if isinstance(value, ObjectId) else value.hex()
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    return str(value)


def _struct_to_dict(value: struct_pb2.Struct) -> dict[str, Any]:
    return {k: _value_to_python(v) for k, v in value.fields.items()}


def _value_to_python(value: struct_pb2.Value) -> Any:
    kind = value.WhichOneof("kind")
    if kind == "struct_value":
        return _struct_to_dict(value.struct_value)
    if kind == "list_value":
        return [_value_to_python(v) for v in value.list_value.values]
    if kind == "number_value":
        number = value.number_value
        # Integral numbers are stored as integers so documents look like the seeds'.
        return int(number) if number.is_integer() and abs(number) < 2**53 else number
    if kind == "string_value":
        return value.string_value
    if kind == "bool_value":
        return value.bool_value
    return None


def _dict_to_struct(value: Any) -> struct_pb2.Struct:
    result = struct_pb2.Struct()
    if isinstance(value, Mapping):
        result.update(_plain_value(dict(value)))
    return result


def _python_to_value(value: Any) -> struct_pb2.Value:
    result = struct_pb2.Value()
    plain = _plain_value(value)
    if isinstance(plain, dict):
        result.struct_value.update(plain)
    elif isinstance(plain, list):
        result.list_value.extend(plain)
    elif plain is None:
        result.null_value = struct_pb2.NULL_VALUE
    elif isinstance(plain, bool):
        result.bool_value = plain
    elif isinstance(plain, int | float):
        result.number_value = plain
    else:
        result.string_value = str(plain)
    return result


def _to_str(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _to_int(value: Any) -> int:
    if isinstance(value, dt.datetime):
        return int((value.replace(tzinfo=value.tzinfo or _UTC) - _EPOCH).total_seconds() * 1000)
    return int(value)


def _to_datetime(value: Any) -> timestamp_pb2.Timestamp:
    if isinstance(value, dt.datetime):
        return datetime_to_timestamp(value)
    if isinstance(value, int | float):
        return datetime_to_timestamp(_EPOCH + dt.timedelta(milliseconds=value))
    if isinstance(value, str):
        return datetime_to_timestamp(dt.datetime.fromisoformat(value.replace("Z", "+00:00")))
    raise TypeError(type(value).__name__)


def enum_converters(
    stored_by_number: Mapping[int, str], number_by_stored: Mapping[str, int]
) -> tuple[Encoder, Decoder]:
    """Return the converters of an enum field from its stored-string tables."""

    def enc_enum(v: int) -> Any:
        return stored_by_number.get(v, v)

    def dec_enum(v: Any) -> int:
        if isinstance(v, str):
            return number_by_stored.get(v.lower(), 0)
        return int(v)

    return enc_enum, dec_enum


def scalar_converters(fd: FieldDescriptor) -> tuple[Encoder, Decoder]:
    """Return the converters of a non-enum scalar field."""
    t = fd.type
    if t == FieldDescriptor.TYPE_STRING:
        return _to_str, _to_str
    if t == FieldDescriptor.TYPE_BYTES:
        return bytes, bytes
    if t == FieldDescriptor.TYPE_BOOL:
        return bool, bool
    if t in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT):
        return float, float
    return int, _to_int


def well_known_converters(
    full_name: str, message_class: type[Message]
) -> tuple[Encoder, Decoder] | None:
    """Return the converters of a well-known type stored in its own form, else None.

    Other messages (ListValue and FieldMask included) are stored as sub-documents.
    """
    if full_name == "google.protobuf.Timestamp":
        return timestamp_to_datetime, _to_datetime
    if full_name == "google.protobuf.Struct":
        return _struct_to_dict, _dict_to_struct
    if full_name == "google.protobuf.Value":
        return _value_to_python, _python_to_value
    if full_name == "google.protobuf.Duration":

        def enc_duration(v: Any) -> int:
            return int(v.seconds * 1000 + v.nanos // 1_000_000)

        def dec_duration(v: Any) -> Any:
            msg = cast(duration_pb2.Duration, message_class())  # the generated Duration class
            msg.FromMilliseconds(int(v))
            return msg

        return enc_duration, dec_duration
    return None
