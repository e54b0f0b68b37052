"""What a write that replaces a stored sub-document keeps of it.

A `$set` of one top-level key leaves every other key alone, so the keys another writer
added at the top of a document (a Mongoose app's `__v`, its own extras) survive every
Modelstore write. A `$set` of a whole sub-document or array does not: it would drop the
keys the proto does not know inside it, and the `_id` of every element of a sub-document
array (`(modelstore.v1.field).element_ids`). So an update that writes such a value first
merges the stored one into it (`keep_stored`), and makes the stored value a condition of
its write (`Kept.guard`), so a write in between is never overwritten with stale extras.

An element of a sub-document array is kept (its `_id` and extra keys carried over) when
its declared key field equals a stored element's, or, without a key, when all its fields
do; a new element keeps the new `_id` its encoding gave it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..field_plan import FieldKind, FieldPlan, MessagePlan
from ..stored_ids import same

Doc = dict[str, Any]


def needs_merge(plan: FieldPlan) -> bool:
    """Whether writing this field whole could drop stored keys the proto does not know."""
    return plan.kind is FieldKind.MESSAGE and not plan.is_map


def keep_stored(plan: FieldPlan, new: Any, stored: Any) -> Any:
    """Return `new` (the encoded value of `plan`) with what it must keep of `stored`."""
    nested = plan.nested
    if nested is None or stored is None:
        return new
    if plan.repeated:
        if not isinstance(new, list) or not isinstance(stored, list):
            return new
        return _merge_elements(plan, nested, new, stored)
    if isinstance(new, Mapping) and isinstance(stored, Mapping):
        return _merge_document(nested, new, stored)
    return new


def _merge_document(nested: MessagePlan, new: Mapping[str, Any], stored: Mapping[str, Any]) -> Doc:
    known = {f.key: f for f in nested.fields}
    # Unknown keys first, where the stored document had them; then the written fields.
    out: Doc = {k: v for k, v in stored.items() if k not in known}
    for key, value in new.items():
        field = known.get(key)
        if field is not None and needs_merge(field) and key in stored:
            out[key] = keep_stored(field, value, stored[key])
        else:
            out[key] = value
    return out


def _merge_elements(
    plan: FieldPlan, nested: MessagePlan, new: list[Any], stored: list[Any]
) -> list[Any]:
    ids = plan.rules.element_ids
    known = {f.key for f in nested.fields}
    key_field = nested.by_name.get(ids.key) if ids is not None and ids.key else None
    available = [s for s in stored if isinstance(s, Mapping)]
    out: list[Any] = []
    for element in new:
        if not isinstance(element, Mapping):
            out.append(element)
            continue
        match = _find(element, available, known, key_field)
        if match is None:
            out.append(element)
            continue
        available.remove(match)
        merged = _merge_document(nested, _without_id(element), match)
        if ids is not None:
            # The stored element's `_id`, or the new one for an element stored without.
            kept_id = match.get("_id", element.get("_id"))
            merged = {"_id": kept_id, **{k: v for k, v in merged.items() if k != "_id"}}
        out.append(merged)
    return out


def _find(
    element: Mapping[str, Any],
    stored: list[Mapping[str, Any]],
    known: set[str],
    key_field: FieldPlan | None,
) -> Mapping[str, Any] | None:
    if key_field is not None:
        wanted = element.get(key_field.key)
        key = key_field.key
        # An id key (a member's `user`) matches in either stored form.
        if key_field.rules.ids is not None:
            return next((s for s in stored if same(s.get(key), wanted)), None)
        return next((s for s in stored if s.get(key) == wanted), None)
    fields = _without_id(element)
    return next((s for s in stored if {k: v for k, v in s.items() if k in known} == fields), None)


def _without_id(element: Mapping[str, Any]) -> Doc:
    return {k: v for k, v in element.items() if k != "_id"}
