"""The one codec between protobuf messages and BSON documents, driven by descriptors.

Keys are the proto JSON names (`workspaceId`), a top-level `id` is `_id`, enums are the
seeds' lowercase strings, Timestamps are BSON dates (millisecond precision, UTC), Structs
are embedded documents, nested and repeated messages are sub-documents and arrays, and
unset fields are absent. Each message type is compiled once into a list of field plans so
that encoding and decoding never consult descriptor options per request.

Secret and encrypted fields are skipped in both directions: the engine writes them
through the hashing and encryption modules and never decodes them into a response.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from bson import ObjectId
from google.protobuf import duration_pb2, struct_pb2, timestamp_pb2
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from google.protobuf.message_factory import GetMessageClass

from .naming import document_key, enum_values_by_stored, is_hidden, stored_enum_value

Encoder = Callable[[Any], Any]
Decoder = Callable[[Any], Any]

_UTC = dt.UTC
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=_UTC)


@dataclass(frozen=True)
class FieldPlan:
    """How one field moves between a message and a document."""

    name: str
    key: str
    repeated: bool
    is_map: bool
    is_message: bool
    has_presence: bool
    encode: Encoder
    decode: Decoder


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


def _scalar_codec(fd: FieldDescriptor) -> tuple[Encoder, Decoder]:
    t = fd.type
    if t == FieldDescriptor.TYPE_ENUM:
        enum = fd.enum_type
        assert enum is not None  # set on every enum field
        by_number = {v.number: stored_enum_value(v) for v in enum.values}
        by_stored = enum_values_by_stored(enum)

        def enc_enum(v: int) -> Any:
            return by_number.get(v, v)

        def dec_enum(v: Any) -> int:
            if isinstance(v, str):
                return by_stored.get(v.lower(), 0)
            return int(v)

        return enc_enum, dec_enum
    if t in (FieldDescriptor.TYPE_STRING,):
        return _to_str, _to_str
    if t == FieldDescriptor.TYPE_BYTES:
        return bytes, bytes
    if t == FieldDescriptor.TYPE_BOOL:
        return bool, bool
    if t in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT):
        return float, float
    return int, _to_int


def _message_codec(fd: FieldDescriptor) -> tuple[Encoder, Decoder]:
    mt = fd.message_type
    assert mt is not None  # set on every message field
    name = mt.full_name
    if name == "google.protobuf.Timestamp":
        return timestamp_to_datetime, _to_datetime
    if name == "google.protobuf.Struct":
        return _struct_to_dict, _dict_to_struct
    if name == "google.protobuf.Value":
        return _value_to_python, _python_to_value
    cls = GetMessageClass(mt)
    if name == "google.protobuf.Duration":

        def enc_duration(v: Any) -> int:
            return int(v.seconds * 1000 + v.nanos // 1_000_000)

        def dec_duration(v: Any) -> Any:
            msg = cast(duration_pb2.Duration, cls())  # the generated Duration class
            msg.FromMilliseconds(int(v))
            return msg

        return enc_duration, dec_duration
    plan = compile_plan(mt)

    def enc_msg(v: Message) -> dict[str, Any]:
        return encode_fields(v, plan)

    def dec_msg(v: Any) -> Message:
        msg = cls()
        if isinstance(v, Mapping):
            decode_into(msg, v, plan)
        return msg

    return enc_msg, dec_msg


_PLANS: dict[str, list[FieldPlan]] = {}


def compile_plan(descriptor: Descriptor) -> list[FieldPlan]:
    """Return (and cache) the field plans of a message type. Hidden fields are left out."""
    cached = _PLANS.get(descriptor.full_name)
    if cached is not None:
        return cached
    plans: list[FieldPlan] = []
    _PLANS[descriptor.full_name] = plans  # set early: message types may be recursive
    for fd in descriptor.fields:
        if is_hidden(fd):
            continue
        entry = fd.message_type
        is_map = entry is not None and entry.GetOptions().map_entry
        if entry is not None and is_map:
            value_fd = entry.fields_by_name["value"]
            enc, dec = (
                _message_codec(value_fd)
                if value_fd.type == FieldDescriptor.TYPE_MESSAGE
                else _scalar_codec(value_fd)
            )
            is_message = value_fd.type == FieldDescriptor.TYPE_MESSAGE
        elif fd.type == FieldDescriptor.TYPE_MESSAGE:
            enc, dec = _message_codec(fd)
            is_message = True
        else:
            enc, dec = _scalar_codec(fd)
            is_message = False
        plans.append(
            FieldPlan(
                name=fd.name,
                key=document_key(fd),
                repeated=fd.is_repeated and not is_map,
                is_map=bool(is_map),
                is_message=is_message,
                has_presence=fd.has_presence,
                encode=enc,
                decode=dec,
            )
        )
    return plans


def encode_fields(message: Message, plans: Iterable[FieldPlan]) -> dict[str, Any]:
    """Encode the set fields of a message into a document (unset fields stay absent)."""
    doc: dict[str, Any] = {}
    for plan in plans:
        value = getattr(message, plan.name)
        if plan.is_map:
            if value:
                doc[plan.key] = {str(k): plan.encode(v) for k, v in value.items()}
        elif plan.repeated:
            if value:
                doc[plan.key] = [plan.encode(v) for v in value]
        elif plan.has_presence:
            if message.HasField(plan.name):
                doc[plan.key] = plan.encode(value)
        elif value:
            doc[plan.key] = plan.encode(value)
    return doc


def encode_value(plan: FieldPlan, value: Any) -> Any:
    """Encode a single field value (a whole repeated or map value included)."""
    if plan.is_map:
        return {str(k): plan.encode(v) for k, v in value.items()}
    if plan.repeated:
        return [plan.encode(v) for v in value]
    return plan.encode(value)


def decode_into(message: Message, doc: Mapping[str, Any], plans: Iterable[FieldPlan]) -> None:
    """Fill a message from a document. Unknown keys and unconvertible values are ignored."""
    for plan in plans:
        raw = doc.get(plan.key)
        if raw is None:
            continue
        try:
            if plan.is_map:
                target = getattr(message, plan.name)
                for k, v in raw.items():
                    if plan.is_message:
                        target[k].CopyFrom(plan.decode(v))
                    else:
                        target[k] = plan.decode(v)
            elif plan.repeated:
                items = raw if isinstance(raw, list) else [raw]
                target = getattr(message, plan.name)
                if plan.is_message:
                    target.extend(plan.decode(v) for v in items)
                else:
                    target.extend(plan.decode(v) for v in items if v is not None)
            elif plan.is_message:
                getattr(message, plan.name).CopyFrom(plan.decode(raw))
            else:
                setattr(message, plan.name, plan.decode(raw))
        except (TypeError, ValueError, AttributeError, OverflowError):
            # A document written by another tool may hold a value of another type; the
            # field reads as unset rather than failing the whole request.
            continue


def plan_by_name(descriptor: Descriptor) -> dict[str, FieldPlan]:
    """Return the compiled field plans of a message keyed by field name."""
    return {p.name: p for p in compile_plan(descriptor)}
