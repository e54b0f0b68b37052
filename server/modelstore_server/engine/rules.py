"""What a field declares in its options, read once into the field plan.

`google.api.field_behavior` gives REQUIRED, OUTPUT_ONLY and IMMUTABLE; `(modelstore.v1.field)`
gives the default, the validation and normalisation rules, secrets, encryption and
references. Validation, defaults and the entity model read these instead of the options.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from google.api import field_behavior_pb2
from google.protobuf.descriptor import FieldDescriptor

from modelstore.v1 import storage_pb2

from .naming import behaviors, enum_values_by_stored, field_rules
from .stored_ids import OBJECT_ID, STRING, IdCodec

NOW = "now"
"""The parsed default of a Timestamp whose default is the time of the create."""

# The maxima of fields whose proto declares none (documented at `FieldRules.max_len` in
# modelstore/v1/storage.proto, and in docs/decisions.md). Every string, bytes and repeated
# field of every request is bounded, so nothing unbounded reaches the database, a hash, a
# regex or an error message.
ID_MAX_LEN = 256
"""Identifiers: the longest entity id the id rule allows (stored ids stay reachable)."""
PARSED_MAX_LEN = 16384
"""`page_token`, `filter`, `order_by`: their parsers have tighter limits and reasons."""
SECRET_MAX_LEN = 16384
"""Secret and encrypted fields: OAuth and OpenID tokens run to several kilobytes."""
TEXT_MAX_LEN = 4096
"""Any other string."""
BYTES_MAX_LEN = 65536
MAX_ITEMS = 1000
"""Items of a repeated or map field (the paths of a field mask too)."""
_PARSED = frozenset({"page_token", "filter", "order_by"})
_IDS = frozenset({"id", "ids", "request_id", "etag"})


def default_max_len(fd: FieldDescriptor, options: storage_pb2.FieldRules | None) -> int:
    """Return the maximum length of a string or bytes field whose proto declares none."""
    if fd.type == FieldDescriptor.TYPE_BYTES:
        return BYTES_MAX_LEN
    name = fd.name
    if name in _IDS or name.endswith(("_id", "_ids")) or (options and options.references):
        return ID_MAX_LEN
    if name in _PARSED:
        return PARSED_MAX_LEN
    if options is not None and (options.HasField("secret") or options.encrypted):
        return SECRET_MAX_LEN
    return TEXT_MAX_LEN


@dataclass(frozen=True, slots=True)
class Rules:
    """The declared rules of one field."""

    required: bool
    output_only: bool
    immutable: bool
    has_default: bool
    default: Any
    """The parsed default value (`NOW` for a timestamp), or None."""
    email: bool
    min_len: int
    max_len: int
    """The declared maximum length, else the default for the field (0: not a string)."""
    max_items: int
    """The declared maximum number of items, else `MAX_ITEMS` (0: not repeated)."""
    trim: bool
    lowercase: bool
    gte: float | None
    is_id: bool
    """An entity's own string id: it may be empty (the server generates one)."""
    secret: storage_pb2.SecretOptions | None
    encrypted: bool
    references: str
    """The full name of the entity this field refers to by id, or ""."""
    options: storage_pb2.FieldRules | None
    """The raw `(modelstore.v1.field)` options, for rules read only at start-up."""
    stores_zero: bool = False
    """A field without presence whose declared default is its zero value (`0`, `false`):
    always stored, zero included, so a seed app's raw query `{messageCount: 0}` finds a
    document whose count was never set (proto3 cannot tell such a zero from unset)."""
    element_ids: storage_pb2.ElementIds | None = None
    """The elements of this repeated message field carry a stored `_id` (Mongoose
    sub-documents); `element_ids.key` names the field that identifies an element."""
    ids: IdCodec | None = None
    """How an id field's values are stored (`id_type`): an entity's own id, a reference,
    or a string field that declares `id_type`. None for any other field."""

    @property
    def checks_value(self) -> bool:
        """Whether validation has anything to check on this field's values or presence."""
        return bool(
            self.required
            or self.email
            or self.min_len
            or self.max_len
            or self.max_items
            or self.gte is not None
            or self.is_id
        )


def parse_default(fd: FieldDescriptor, text: str) -> Any:
    """Parse a default's text for a field's type."""
    if fd.type == FieldDescriptor.TYPE_BOOL:
        return text.strip().lower() == "true"
    if fd.type == FieldDescriptor.TYPE_ENUM:
        enum = fd.enum_type
        assert enum is not None  # set on every enum field
        by_stored = enum_values_by_stored(enum)
        if text in by_stored:
            return by_stored[text]
        return enum.values_by_name[text].number
    if fd.type in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT):
        return float(text)
    if fd.type == FieldDescriptor.TYPE_STRING:
        return text
    if fd.type == FieldDescriptor.TYPE_MESSAGE:
        mt = fd.message_type
        assert mt is not None  # set on every message field
        if mt.full_name == "google.protobuf.Timestamp" and text == NOW:
            return NOW
        raise ValueError(f"unsupported default {text!r} for {fd.full_name}")
    return int(text)


def read_rules(fd: FieldDescriptor, *, in_entity: bool) -> Rules:
    """Read a field's rules from its options; `in_entity` when its message is an entity."""
    kinds = behaviors(fd)
    options = field_rules(fd)
    max_len = options.max_len if options is not None else 0
    if not max_len and fd.cpp_type == FieldDescriptor.CPPTYPE_STRING:
        max_len = default_max_len(fd, options)
    max_items = options.max_items if options is not None else 0
    if not max_items and fd.is_repeated:
        max_items = MAX_ITEMS
    default_text = options.default_value if options is not None else ""
    default = parse_default(fd, default_text) if default_text else None
    return Rules(
        required=field_behavior_pb2.REQUIRED in kinds,
        output_only=field_behavior_pb2.OUTPUT_ONLY in kinds,
        immutable=field_behavior_pb2.IMMUTABLE in kinds,
        has_default=bool(default_text),
        default=default,
        email=bool(options and options.email),
        min_len=options.min_len if options is not None else 0,
        max_len=max_len,
        max_items=max_items,
        trim=bool(options and options.trim),
        lowercase=bool(options and options.lowercase),
        gte=options.gte if options is not None and options.HasField("gte") else None,
        is_id=in_entity and fd.name == "id" and fd.type == FieldDescriptor.TYPE_STRING,
        secret=options.secret if options is not None and options.HasField("secret") else None,
        encrypted=bool(options and options.encrypted),
        references=options.references if options is not None else "",
        options=options,
        stores_zero=bool(default_text)
        and not fd.has_presence
        and not fd.is_repeated
        and fd.cpp_type != FieldDescriptor.CPPTYPE_MESSAGE
        and not default,
        element_ids=(
            options.element_ids if options is not None and options.HasField("element_ids") else None
        ),
        ids=_id_codec(fd, options, in_entity=in_entity),
    )


def _id_codec(
    fd: FieldDescriptor, options: storage_pb2.FieldRules | None, *, in_entity: bool
) -> IdCodec | None:
    """Return the id codec of an id field, or None for a field that holds no entity ids.

    Raises ValueError for `id_type` on a field that is not a string (a contract error).
    """
    declared = options.id_type if options is not None else storage_pb2.ID_TYPE_UNSPECIFIED
    if fd.type != FieldDescriptor.TYPE_STRING:
        if declared:
            raise ValueError(f"{fd.full_name}: id_type applies to string fields only")
        return None
    if declared == storage_pb2.ID_TYPE_OBJECT_ID:
        return OBJECT_ID
    names_an_entity = (in_entity and fd.name == "id") or (
        options is not None and (bool(options.references) or options.HasField("references_by"))
    )
    return STRING if declared or names_an_entity else None
