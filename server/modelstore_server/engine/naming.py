"""Names and option readers shared by the field plan and the entity model.

Every mapping between proto names and stored names lives here, so that a field
is spelled the same way in a document, a query and an index. The field plan calls
these once per field when it is built; requests read the plan, not these.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, cast

from google.api import field_behavior_pb2
from google.protobuf.descriptor import EnumDescriptor, EnumValueDescriptor, FieldDescriptor

from modelstore.v1 import storage_pb2

if TYPE_CHECKING:
    from google.protobuf.descriptor_pb2 import FieldOptions
    from google.protobuf.internal.containers import RepeatedScalarFieldContainer
    from google.protobuf.internal.extension_dict import _ExtensionFieldDescriptor

_CAMEL_BOUNDARY = re.compile(r"(?<!^)(?=[A-Z])")
# googleapis-common-protos types its extensions as plain FieldDescriptors; this one is a
# repeated FieldBehavior on FieldOptions.
_FIELD_BEHAVIOR = cast(
    "_ExtensionFieldDescriptor[FieldOptions, RepeatedScalarFieldContainer[int]]",
    field_behavior_pb2.field_behavior,
)


def document_key(field: FieldDescriptor) -> str:
    """Return the document key of a field: `_id` for a top-level `id`, else its JSON name."""
    if field.name == "id":
        owner = field.containing_type
        assert owner is not None  # a field always belongs to a message
        if owner.GetOptions().HasExtension(storage_pb2.storage):
            return "_id"
    return field.json_name


@cache  # message and enum names only: a bounded set, asked for on every Create and Update
def snake_case(name: str) -> str:
    """Return a message name in snake_case, as request fields spell it: `notion_workspace`."""
    return _CAMEL_BOUNDARY.sub("_", name).lower()


def enum_prefix(enum: EnumDescriptor) -> str:
    """Return the value prefix buf's ENUM_VALUE_PREFIX rule asks for: `WORKSPACE_STATUS_`."""
    return snake_case(enum.name).upper() + "_"


# Not cached: only the field plan calls this (and enum_values_by_stored), once per field.
def stored_enum_value(value: EnumValueDescriptor) -> str:
    """Return the string stored for an enum value: `WORKSPACE_STATUS_ACTIVE` becomes `active`.

    An explicit `(modelstore.v1.enum_value).stored_value` wins over the derived name.
    """
    options = value.GetOptions()
    if options.HasExtension(storage_pb2.enum_value):
        explicit: str = options.Extensions[storage_pb2.enum_value].stored_value
        if explicit:
            return explicit
    prefix = enum_prefix(value.type)
    name = value.name[len(prefix) :] if value.name.startswith(prefix) else value.name
    return name.lower()


def enum_values_by_stored(enum: EnumDescriptor) -> dict[str, int]:
    """Return the enum's numbers keyed by their stored strings (UNSPECIFIED excluded)."""
    return {stored_enum_value(v): v.number for v in enum.values if v.number != 0}


def field_rules(field: FieldDescriptor) -> storage_pb2.FieldRules | None:
    """Return the field's `(modelstore.v1.field)` rules, or None when it has none."""
    options = field.GetOptions()
    if options.HasExtension(storage_pb2.field):
        return options.Extensions[storage_pb2.field]
    return None


def is_hidden(field: FieldDescriptor) -> bool:
    """Whether a field is a secret or encrypted field, which reads and filters never expose."""
    rules = field_rules(field)
    return rules is not None and (rules.HasField("secret") or rules.encrypted)


def behaviors(fd: FieldDescriptor) -> set[int]:
    """Return the field's `google.api.field_behavior` values."""
    return set(fd.GetOptions().Extensions[_FIELD_BEHAVIOR])
