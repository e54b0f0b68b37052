"""`order_by` parsing (AIP-132): `field [asc|desc], ...`, always ending with `id`."""

from __future__ import annotations

from dataclasses import dataclass

from google.protobuf.descriptor import Descriptor, FieldDescriptor

from modelstore.v1 import errors_pb2

from ..errors import FieldViolation, InvalidArgument
from .model import resolve_path
from .naming import is_hidden

_SORTABLE_MESSAGES = {"google.protobuf.Timestamp"}


@dataclass(frozen=True)
class SortKey:
    """One key of a sort: the document key and 1 (ascending) or -1 (descending)."""

    key: str
    direction: int


def _bad(message: str) -> InvalidArgument:
    return InvalidArgument(
        message,
        [FieldViolation("order_by", message)],
        reason=errors_pb2.ERROR_REASON_INVALID_ORDER_BY,
    )


def parse_order_by(text: str, descriptor: Descriptor) -> tuple[SortKey, ...]:
    """Parse an order_by string into sort keys that end with `_id` ascending."""
    keys: list[SortKey] = []
    seen: set[str] = set()
    for raw in text.split(","):
        part = raw.strip()
        if not part:
            if text.strip():
                raise _bad("order_by has an empty item")
            continue
        words = part.split()
        if len(words) > 2 or (len(words) == 2 and words[1].lower() not in ("asc", "desc")):
            raise _bad(f"order_by item {part[:80]!r} must be 'field' or 'field desc'")
        path = words[0]
        try:
            key, chain = resolve_path(descriptor, path)
        except KeyError:
            raise _bad(f"order_by names an unknown field {path[:80]!r}") from None
        last: FieldDescriptor = chain[-1]
        if any(is_hidden(fd) for fd in chain):
            raise _bad(f"order_by cannot use the field {path!r}")
        repeated = any(fd.is_repeated for fd in chain)
        mt = last.message_type if last.type == FieldDescriptor.TYPE_MESSAGE else None
        if repeated or (mt is not None and mt.full_name not in _SORTABLE_MESSAGES):
            raise _bad(f"order_by cannot sort on {path!r}: it is not a single scalar value")
        if key in seen:
            raise _bad(f"order_by names {path!r} twice")
        seen.add(key)
        direction = -1 if len(words) == 2 and words[1].lower() == "desc" else 1
        keys.append(SortKey(key, direction))
        if key == "_id":
            break  # `id` is unique: nothing after it can change the order
    if "_id" not in seen:
        keys.append(SortKey("_id", 1))
    return tuple(keys)
