"""One compiled field plan per message type: the single place that reads a descriptor.

`plan_of(descriptor)` walks a message type once (and only once: it is the engine's one
descriptor-keyed cache) and records for every field its name, document key, kind, how
its values are stored (`values`), its declared rules (`rules`) and, for messages, the plan
of the nested type. The codec, defaults, validation, the entity model, filters, ordering
and masks all read this plan, and `MessagePlan.resolve` is the engine's one resolver of
dotted field paths, so a field is spelled and stored the same way everywhere.

The document loops (`encode_fields`, `decode_into`) live here because a nested message
field's converters are those loops over the nested plan; `codec` re-exports them.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

from bson import ObjectId
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from google.protobuf.message_factory import GetMessageClass

from modelstore.v1 import storage_pb2

from .naming import document_key, enum_values_by_stored, stored_enum_value
from .rules import Rules, read_rules
from .stored_ids import api_text, matching, same
from .values import (
    Decoder,
    Encoder,
    enum_converters,
    fill_timestamp,
    scalar_converters,
    well_known_converters,
)

_WKT = "google.protobuf."


class FieldKind(enum.StrEnum):
    """What a field holds, as comparisons, sorts and path resolution see it."""

    STRING = "string"
    BYTES = "bytes"
    BOOL = "bool"
    INT = "int"
    FLOAT = "float"
    ENUM = "enum"
    MESSAGE = "message"
    """A message stored as a sub-document (any message without a stored form of its own)."""
    MAP = "map"
    STRUCT = "struct"
    DYNAMIC = "dynamic"
    """A `google.protobuf.Value` or `ListValue`: any JSON value."""
    TIMESTAMP = "timestamp"
    DURATION = "duration"
    """Stored as integer milliseconds."""


_MESSAGE_KINDS = {
    "google.protobuf.Struct": FieldKind.STRUCT,
    "google.protobuf.Value": FieldKind.DYNAMIC,
    "google.protobuf.ListValue": FieldKind.DYNAMIC,
    "google.protobuf.Timestamp": FieldKind.TIMESTAMP,
    "google.protobuf.Duration": FieldKind.DURATION,
}
_SCALAR_KINDS = {
    FieldDescriptor.CPPTYPE_BOOL: FieldKind.BOOL,
    FieldDescriptor.CPPTYPE_ENUM: FieldKind.ENUM,
    FieldDescriptor.CPPTYPE_DOUBLE: FieldKind.FLOAT,
    FieldDescriptor.CPPTYPE_FLOAT: FieldKind.FLOAT,
}
_FREE_KINDS = (FieldKind.STRUCT, FieldKind.DYNAMIC)
# Kinds whose values validation checks whatever the rules: enum membership, Struct content
# the database accepts, the storable range of Timestamps and Durations, finite numbers.
_VALIDATED_KINDS = frozenset(
    {
        FieldKind.ENUM,
        FieldKind.STRUCT,
        FieldKind.DYNAMIC,
        FieldKind.TIMESTAMP,
        FieldKind.DURATION,
        FieldKind.FLOAT,
    }
)
FIELD_MASK = "google.protobuf.FieldMask"
_MAX_PATHS = 1024


@dataclass(frozen=True, slots=True)
class FieldPlan:
    """How one field is named, stored, checked and addressed.

    For a map field, `encode`, `decode`, `is_message` and `enum_stored` describe one
    value of the map, and `map_value` is the plan of the map's value field.
    """

    name: str
    """The snake_case field name."""
    key: str
    """The document key: the JSON name, `_id` for an entity's own id."""
    fd: FieldDescriptor
    kind: FieldKind
    repeated: bool
    """A repeated field that is not a map."""
    is_map: bool
    is_message: bool
    """Whether the (map) value is a message, which decodes by CopyFrom."""
    has_presence: bool
    hidden: bool
    """A secret or encrypted field: never encoded, decoded, filtered on or sorted by."""
    encode: Encoder
    decode: Decoder
    rules: Rules
    enum_stored: Mapping[int, str] | None
    """The stored string of every enum number (UNSPECIFIED included), for enum fields."""
    map_value: FieldPlan | None
    nested_type: Descriptor | None
    """The message type of a MESSAGE field (or map value), whose plan `nested` is."""
    checked_type: Descriptor | None
    """The message type validation and defaults descend into: MESSAGE fields whose type
    is not a well-known type."""

    @property
    def nested(self) -> MessagePlan | None:
        """Return the plan of a MESSAGE field's type (built on first use: types may recurse)."""
        return None if self.nested_type is None else plan_of(self.nested_type)

    def match(self, value: Any) -> Any:
        """Return the query value that finds one (element) value of this field as stored.

        An id matches in either stored form (`stored_ids.matching`); any other value in
        its encoded form.
        """
        return matching(value) if self.rules.ids is not None else self.encode(value)

    def holds(self, stored: Any, value: Any) -> bool:
        """Whether a stored (element) value is `value`, an id in either stored form."""
        return same(stored, value) if self.rules.ids is not None else stored == self.encode(value)


class Resolved(NamedTuple):
    """A dotted field path resolved against a plan (a tuple: masks resolve per request)."""

    key: str
    """The dotted document key path."""
    chain: tuple[FieldPlan, ...]
    """The fields the path names, outermost first (map keys and Struct keys excluded)."""
    field: FieldPlan | None
    """The field the path ends on: a map's value field after a map key, None inside a
    Struct or Value."""


PathProblem = Literal["unknown", "not_a_message", "hidden", "bad_key"]


class PathError(KeyError):
    """A path that does not resolve. A KeyError, as `model.resolve_path` always raised.

    `at` is the path up to and including the segment at fault (the key itself for a
    `bad_key`), `problem` says what is wrong with it.
    """

    def __init__(self, path: str, at: str, problem: PathProblem) -> None:
        super().__init__(path)
        self.path = path
        self.at = at
        self.problem: PathProblem = problem


class MessagePlan:
    """The compiled fields of one message type. Build it with `plan_of`."""

    __slots__ = (
        "_defaulted",
        "_paths",
        "by_name",
        "descriptor",
        "fields",
        "is_entity",
        "normalised",
        "stored",
        "stored_by_name",
        "validated",
    )

    def __init__(self, descriptor: Descriptor) -> None:
        self.descriptor = descriptor
        self.is_entity = descriptor.GetOptions().HasExtension(storage_pb2.storage)
        self.fields: tuple[FieldPlan, ...] = tuple(
            _field_plan(fd, in_entity=self.is_entity) for fd in descriptor.fields
        )
        """Every field, in declaration order."""
        self.by_name: Mapping[str, FieldPlan] = MappingProxyType({f.name: f for f in self.fields})
        self.stored: tuple[FieldPlan, ...] = tuple(f for f in self.fields if not f.hidden)
        """The fields the codec moves between messages and documents (hidden ones left out)."""
        self.stored_by_name: Mapping[str, FieldPlan] = MappingProxyType(
            {f.name: f for f in self.stored}
        )
        # Validation and normalisation visit only fields that can break or change, so a
        # request pays nothing for the many fields without rules.
        self.validated: tuple[FieldPlan, ...] = tuple(
            f
            for f in self.fields
            if f.rules.checks_value
            or f.kind in _VALIDATED_KINDS
            or f.checked_type is not None
            or f.is_map
            or (f.nested_type is not None and f.nested_type.full_name == FIELD_MASK)
        )
        self.normalised: tuple[FieldPlan, ...] = tuple(
            f
            for f in self.fields
            if f.rules.trim or f.rules.lowercase or f.checked_type is not None
        )
        self._defaulted: tuple[FieldPlan, ...] | None = None
        # Resolved plain paths (no map or Struct keys), with whether they name a hidden field:
        # masks resolve the same few paths on every request. Failures are not kept, and the
        # size is capped, since a recursive type has endless valid paths.
        self._paths: dict[str, tuple[Resolved, bool]] = {}

    @property
    def defaulted(self) -> tuple[FieldPlan, ...]:
        """The fields with a default, and embedded messages whose type declares some.

        Computed on first use, since it needs the nested plans, and types may recurse: a
        type that reaches itself sees its own defaults as empty while they are computed.
        """
        found = self._defaulted
        if found is None:
            self._defaulted = ()
            found = self._defaulted = tuple(
                f
                for f in self.fields
                if f.rules.has_default
                or (f.checked_type is not None and plan_of(f.checked_type).defaulted)
            )
        return found

    def resolve(
        self, path: str | Sequence[str], *, hidden: bool = False, keyed: bool = False
    ) -> Resolved:
        """Resolve a dotted snake_case path (or its segments) to document keys and fields.

        Paths descend into MESSAGE fields (repeated ones included), never into Timestamps,
        Durations or scalars. `hidden` allows secret and encrypted fields (update masks
        write them); `keyed` allows a map key after a map field and any keys after a Struct
        or Value (filters test them).

        Raises:
            PathError: naming the first segment that does not resolve.
        """
        if isinstance(path, str) and not keyed:
            known = self._paths.get(path)
            if known is None:
                segments = path.split(".")
                try:
                    resolved = self._walk(segments, hidden=True, keyed=False)
                except PathError:
                    if hidden:
                        raise
                    # Report what a walk without hidden fields meets first.
                    return self._walk(segments, hidden=False, keyed=False)
                known = (resolved, any(f.hidden for f in resolved.chain))
                if len(self._paths) < _MAX_PATHS:
                    self._paths[path] = known
            if hidden or not known[1]:
                return known[0]
        return self._walk(path.split(".") if isinstance(path, str) else path, hidden, keyed)

    def _walk(self, segments: Sequence[str], hidden: bool, keyed: bool) -> Resolved:
        keys: list[str] = []
        chain: list[FieldPlan] = []
        plan: MessagePlan | None = self
        field: FieldPlan | None = None
        count = len(segments)
        i = 0
        while i < count:
            if plan is None:
                raise PathError(_joined(segments), _joined(segments[: i + 1]), "not_a_message")
            field = plan.by_name.get(segments[i])
            if field is None:
                raise PathError(_joined(segments), _joined(segments[: i + 1]), "unknown")
            if field.hidden and not hidden:
                raise PathError(_joined(segments), _joined(segments[: i + 1]), "hidden")
            chain.append(field)
            keys.append(field.key)
            i += 1
            if keyed and i < count:
                if field.map_value is not None:
                    keys.append(_subkey(segments, segments[i]))
                    field = field.map_value
                    i += 1
                if field.kind in _FREE_KINDS and i < count:
                    keys.extend(_subkey(segments, s) for s in segments[i:])
                    return Resolved(".".join(keys), tuple(chain), None)
            plan = field.nested if field.kind is FieldKind.MESSAGE else None
        return Resolved(".".join(keys), tuple(chain), field)


def _joined(segments: Sequence[str]) -> str:
    return ".".join(segments)


def addressable(key: str) -> bool:
    """Whether a caller-chosen key of a Struct or map can be addressed in a MongoDB path."""
    return bool(key) and "." not in key and not key.startswith("$") and "\x00" not in key


def _subkey(segments: Sequence[str], key: str) -> str:
    if not addressable(key):
        raise PathError(_joined(segments), key, "bad_key")
    return key


@cache  # the engine's one descriptor-keyed cache: message types are a bounded set
def plan_of(descriptor: Descriptor) -> MessagePlan:
    """Return the compiled plan of a message type (the same object on every call)."""
    return MessagePlan(descriptor)


def _kind(fd: FieldDescriptor) -> FieldKind:
    mt = fd.message_type
    if mt is not None:
        if mt.GetOptions().map_entry:
            return FieldKind.MAP
        return _MESSAGE_KINDS.get(mt.full_name, FieldKind.MESSAGE)
    if fd.cpp_type == FieldDescriptor.CPPTYPE_STRING:
        return FieldKind.BYTES if fd.type == FieldDescriptor.TYPE_BYTES else FieldKind.STRING
    return _SCALAR_KINDS.get(fd.cpp_type, FieldKind.INT)


def _field_plan(fd: FieldDescriptor, *, in_entity: bool) -> FieldPlan:
    """Compile one field (a map's value field is compiled the same way, as `map_value`)."""
    kind = _kind(fd)
    rules = read_rules(fd, in_entity=in_entity)
    map_value: FieldPlan | None = None
    enum_stored: Mapping[int, str] | None = None
    nested_type: Descriptor | None = None
    mt = fd.message_type
    if kind is FieldKind.MAP:
        assert mt is not None  # a map field's type is its entry message
        map_value = _field_plan(mt.fields_by_name["value"], in_entity=False)
        encode, decode = map_value.encode, map_value.decode
        enum_stored = map_value.enum_stored
    elif mt is not None:
        nested_type = mt if kind is FieldKind.MESSAGE else None
        encode, decode = _message_converters(mt)
        if rules.element_ids is not None:
            encode = _with_element_id(encode)
    elif kind is FieldKind.ENUM:
        enum_type = fd.enum_type
        assert enum_type is not None  # set on every enum field
        enum_stored = MappingProxyType({v.number: stored_enum_value(v) for v in enum_type.values})
        encode, decode = enum_converters(enum_stored, enum_values_by_stored(enum_type))
    elif rules.ids is not None:
        encode, decode = rules.ids.stored, api_text
    else:
        encode, decode = scalar_converters(fd)
    checked = nested_type is not None and not nested_type.full_name.startswith(_WKT)
    return FieldPlan(
        name=fd.name,
        key=document_key(fd),
        fd=fd,
        kind=kind,
        repeated=fd.is_repeated and map_value is None,
        is_map=map_value is not None,
        is_message=map_value.is_message if map_value is not None else mt is not None,
        has_presence=fd.has_presence,
        hidden=rules.secret is not None or rules.encrypted,
        encode=encode,
        decode=decode,
        rules=rules,
        enum_stored=enum_stored,
        map_value=map_value,
        nested_type=nested_type,
        checked_type=nested_type if checked else None,
    )


def _message_converters(mt: Descriptor) -> tuple[Encoder, Decoder]:
    cls = GetMessageClass(mt)
    special = well_known_converters(mt.full_name, cls)
    if special is not None:
        return special
    # The nested plan is looked up on first use, not now: the type may contain itself.
    stored: tuple[FieldPlan, ...] | None = None

    def fields() -> tuple[FieldPlan, ...]:
        nonlocal stored
        if stored is None:
            stored = plan_of(mt).stored
        return stored

    def enc_msg(v: Message) -> dict[str, Any]:
        return encode_fields(v, stored if stored is not None else fields())

    def dec_msg(v: Any) -> Message:
        msg = cls()
        if isinstance(v, Mapping):
            decode_into(msg, v, stored if stored is not None else fields())
        return msg

    return enc_msg, dec_msg


def _with_element_id(encode: Encoder) -> Encoder:
    """Give each encoded element of a sub-document array a new `_id`, as Mongoose does.

    Every encoding makes a new id; a write that replaces a stored array puts back the
    ids of the elements it keeps (`elements.keep_stored`).
    """

    def enc_element(v: Message) -> dict[str, Any]:
        return {"_id": ObjectId(), **encode(v)}

    return enc_element


def encode_fields(message: Message, plans: Iterable[FieldPlan]) -> dict[str, Any]:
    """Encode the set fields of a message into a document (unset fields stay absent).

    A field whose declared default is its zero value is stored even when zero: the seed
    states that value, and its apps query for it (`rules.Rules.stores_zero`).
    """
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
        elif value or plan.rules.stores_zero:
            doc[plan.key] = plan.encode(value)
    return doc


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
                # A stored date is set in place: every read has two or more, and making a
                # Timestamp to copy in cost a microsecond more each (GetUser's hot path).
                target = getattr(message, plan.name)
                if plan.kind is not FieldKind.TIMESTAMP or not fill_timestamp(target, raw):
                    target.CopyFrom(plan.decode(raw))
            else:
                setattr(message, plan.name, plan.decode(raw))
        except (TypeError, ValueError, AttributeError, OverflowError):
            # A document written by another tool may hold a value of another type; the
            # field reads as unset rather than failing the whole request.
            continue
