"""`order_by` parsing (AIP-132): `field [asc|desc], ...`, always ending with `id`.

Field paths resolve through the message's field plan (`MessagePlan.resolve`), as masks
and filters do.
"""

from __future__ import annotations

from dataclasses import dataclass

from google.protobuf.descriptor import Descriptor

from .. import errors
from ..errors import InvalidArgument
from .field_plan import FieldKind, FieldPlan, MessagePlan, plan_of

# Single scalar values (enums sort by their stored strings) and Timestamps; a sort on a
# sub-document, map, Struct or Duration would not order by anything a caller can read.
_SORTABLE = frozenset(
    {
        FieldKind.STRING,
        FieldKind.BYTES,
        FieldKind.BOOL,
        FieldKind.INT,
        FieldKind.FLOAT,
        FieldKind.ENUM,
        FieldKind.TIMESTAMP,
    }
)


@dataclass(frozen=True)
class SortKey:
    """One key of a sort: the document key and 1 (ascending) or -1 (descending)."""

    key: str
    direction: int
    kind: FieldKind = FieldKind.STRING
    """What the key's field holds: the values a page token may carry for it (pagination)."""
    ids: bool = False
    """Whether the key holds entity ids, stored as strings or ObjectIds (`stored_ids`)."""


def _bad(message: str) -> InvalidArgument:
    return errors.invalid_order_by(message)


def parse_order_by(text: str, descriptor: Descriptor) -> tuple[SortKey, ...]:
    """Parse an order_by string into sort keys that end with `_id` ascending."""
    plan = plan_of(descriptor)
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
            # Hidden fields resolve so that they are refused as such, not as unknown.
            resolved = plan.resolve(path, hidden=True)
        except KeyError:
            raise _bad(f"order_by names an unknown field {path[:80]!r}") from None
        chain: tuple[FieldPlan, ...] = resolved.chain
        if any(f.hidden for f in chain):
            raise _bad(f"order_by cannot use the field {errors.shown(path)}")
        if any(f.fd.is_repeated for f in chain) or chain[-1].kind not in _SORTABLE:
            raise _bad(
                f"order_by cannot sort on {errors.shown(path)}: it is not a single scalar value"
            )
        key = resolved.key
        if key in seen:
            raise _bad(f"order_by names {errors.shown(path)} twice")
        seen.add(key)
        direction = -1 if len(words) == 2 and words[1].lower() == "desc" else 1
        keys.append(SortKey(key, direction, chain[-1].kind, chain[-1].rules.ids is not None))
        if key == "_id":
            break  # `id` is unique: nothing after it can change the order
    if "_id" not in seen:
        keys.append(SortKey("_id", 1, _id_kind(plan), ids=True))
    return tuple(keys)


def _id_kind(plan: MessagePlan) -> FieldKind:
    """Return the kind of the entity's `id` (a string on every entity the contract declares)."""
    try:
        return plan.resolve("id").chain[-1].kind
    except KeyError:
        return FieldKind.STRING
