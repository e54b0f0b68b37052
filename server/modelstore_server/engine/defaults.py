"""The seeds' defaults, applied on create from `(modelstore.v1.field).default_value`.

Like Mongoose subdocument defaults, an embedded message whose type declares defaults is
created on demand (a NotionWorkspace gets `sync_schedule {enabled: true, interval_hours:
24}` without asking), and defaults apply inside repeated embedded messages too. The
defaults and the fields that lead to them are read from the message's field plan.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from google.protobuf.descriptor import Descriptor
from google.protobuf.message import Message

from .field_plan import FieldKind, plan_of
from .rules import parse_default
from .values import datetime_to_timestamp

__all__ = ["apply_defaults", "has_defaults", "parse_default"]


def has_defaults(descriptor: Descriptor) -> bool:
    """Whether a message type declares any default, directly or in embedded messages."""
    return bool(plan_of(descriptor).defaulted)


def apply_defaults(message: Message, now: dt.datetime) -> None:
    """Fill unset fields that have defaults, recursively."""
    # The stubs add upb's Descriptor to DESCRIPTOR's type; it is a Descriptor at runtime.
    for field in plan_of(cast(Descriptor, message.DESCRIPTOR)).defaulted:
        name = field.name
        if not field.rules.has_default:  # an embedded message whose type has defaults
            if field.fd.is_repeated:
                for item in getattr(message, name):
                    apply_defaults(item, now)
            else:
                apply_defaults(getattr(message, name), now)  # creates it on access
                getattr(message, name).SetInParent()
            continue
        if field.fd.is_repeated:
            continue
        if field.has_presence:
            if message.HasField(name):
                continue
        elif getattr(message, name):
            continue
        if field.kind is FieldKind.TIMESTAMP:  # its only default is NOW
            getattr(message, name).CopyFrom(datetime_to_timestamp(now))
        else:
            setattr(message, name, field.rules.default)
