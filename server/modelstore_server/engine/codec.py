"""The one codec between protobuf messages and BSON documents, read from the field plan.

Keys are the proto JSON names (`workspaceId`), a top-level `id` is `_id`, enums are the
seeds' lowercase strings, Timestamps are BSON dates (millisecond precision, UTC), Structs
are embedded documents, nested and repeated messages are sub-documents and arrays, and
unset fields are absent. How each field moves is compiled once per message type into its
`field_plan.MessagePlan`; the functions here are the engine's stable names for it, each a
thin reader of that plan (the value converters are in `values`).

Secret and encrypted fields are skipped in both directions: the engine writes them
through the hashing and encryption modules and never decodes them into a response.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from google.protobuf.descriptor import Descriptor

from .field_plan import FieldPlan, decode_into, encode_fields, plan_of
from .values import Decoder, Encoder, datetime_to_timestamp, now, timestamp_to_datetime

__all__ = [
    "Decoder",
    "Encoder",
    "FieldPlan",
    "compile_plan",
    "datetime_to_timestamp",
    "decode_into",
    "encode_fields",
    "encode_value",
    "now",
    "plan_by_name",
    "timestamp_to_datetime",
]


def compile_plan(descriptor: Descriptor) -> list[FieldPlan]:
    """Return the stored (not hidden) field plans of a message type, from its plan."""
    return list(plan_of(descriptor).stored)


def plan_by_name(descriptor: Descriptor) -> Mapping[str, FieldPlan]:
    """Return the stored field plans of a message keyed by field name (a read-only view)."""
    return plan_of(descriptor).stored_by_name


def encode_value(plan: FieldPlan, value: Any) -> Any:
    """Encode a single field value (a whole repeated or map value included)."""
    if plan.is_map:
        return {str(k): plan.encode(v) for k, v in value.items()}
    if plan.repeated:
        return [plan.encode(v) for v in value]
    return plan.encode(value)
