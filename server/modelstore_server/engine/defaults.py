"""The seeds' defaults, applied on create from `(modelstore.v1.field).default_value`.

Like Mongoose subdocument defaults, an embedded message whose type declares defaults is
created on demand (a NotionWorkspace gets `sync_schedule {enabled: true, interval_hours:
24}` without asking), and defaults apply inside repeated embedded messages too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from .codec import datetime_to_timestamp
from .naming import enum_values_by_stored, field_rules

_WKT = "google.protobuf."


@dataclass(frozen=True)
class DefaultPlan:
    """A default to apply, or a nested message to descend into."""

    fd: FieldDescriptor
    value: Any
    """The parsed value; `now` for timestamps; None for nested messages."""
    nested: Descriptor | None


_PLANS: dict[str, list[DefaultPlan]] = {}


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
        if mt.full_name == "google.protobuf.Timestamp" and text == "now":
            return "now"
        raise ValueError(f"unsupported default {text!r} for {fd.full_name}")
    return int(text)


def _plans(descriptor: Descriptor) -> list[DefaultPlan]:
    cached = _PLANS.get(descriptor.full_name)
    if cached is not None:
        return cached
    plans: list[DefaultPlan] = []
    _PLANS[descriptor.full_name] = plans
    for fd in descriptor.fields:
        rules = field_rules(fd)
        mt = fd.message_type if fd.type == FieldDescriptor.TYPE_MESSAGE else None
        if rules is not None and rules.default_value:
            plans.append(DefaultPlan(fd, parse_default(fd, rules.default_value), None))
        elif (
            mt is not None
            and not mt.full_name.startswith(_WKT)
            and not mt.GetOptions().map_entry
            and _plans(mt)
        ):
            plans.append(DefaultPlan(fd, None, mt))
    return plans


def has_defaults(descriptor: Descriptor) -> bool:
    """Whether a message type declares any default, directly or in embedded messages."""
    return bool(_plans(descriptor))


def apply_defaults(message: Message, now: dt.datetime) -> None:
    """Fill unset fields that have defaults, recursively."""
    # The stubs add upb's Descriptor to DESCRIPTOR's type; it is a Descriptor at runtime.
    for plan in _plans(cast(Descriptor, message.DESCRIPTOR)):
        fd = plan.fd
        repeated = fd.is_repeated
        if plan.nested is not None:
            if repeated:
                for item in getattr(message, fd.name):
                    apply_defaults(item, now)
            else:
                apply_defaults(getattr(message, fd.name), now)  # creates it on access
                getattr(message, fd.name).SetInParent()
            continue
        if repeated:
            continue
        if fd.has_presence:
            if message.HasField(fd.name):
                continue
        elif getattr(message, fd.name):
            continue
        if plan.value == "now":
            getattr(message, fd.name).CopyFrom(datetime_to_timestamp(now))
        else:
            setattr(message, fd.name, plan.value)
