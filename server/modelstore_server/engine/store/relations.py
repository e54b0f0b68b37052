"""References between entities: `(modelstore.v1.field).references`, `references_by`.

A field names one entity (`references`) or, by the value of a discriminator, one of
several (`references_by`, polymorphic); `on_delete` says what deleting it does.

- On write, every reference field that is set must name a live entity of the same tenant;
  a missing (or another tenant's, or soft-deleted) parent is FAILED_PRECONDITION with
  reason REFERENCE_MISSING naming the field.
- On a hard delete, referring entities are deleted first where the reference cascades (or
  the request sets `force`); otherwise a remaining reference is FAILED_PRECONDITION
  (STILL_REFERENCED).

Without multi-document transactions the order of writes is the guarantee
(docs/consistency.md): children are deleted before their parent, so an interruption never
leaves a child pointing at a deleted parent; and a child is checked again after its insert,
so a parent deleted concurrently never keeps a new child.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from modelstore.v1 import storage_pb2

from ... import errors
from ..context import CallContext
from ..naming import field_rules
from ..stored_ids import forms, matching
from .repository import EntityStore, FoundParents


@dataclass(frozen=True)
class Incoming:
    """A reference from a child entity's field to a parent entity."""

    child: EntityStore[Any]
    field: str
    key: str
    cascade: bool
    where: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    """More conditions on the children: a polymorphic reference's discriminator value."""


class Relations:
    """The reference graph of all entities, built once from their models."""

    def __init__(self, stores: Mapping[str, EntityStore[Any]]) -> None:
        self.stores = stores
        self.incoming: dict[str, list[Incoming]] = {}
        for store in stores.values():
            if store.model.tenant_from is not None:
                store.tenant_parent = stores[store.model.references[store.model.tenant_from]]
            for name, target in store.model.references.items():
                fd = store.model.descriptor.fields_by_name[name]
                rules = field_rules(fd)
                cascade = rules is not None and rules.on_delete == (
                    storage_pb2.REFERENCE_ACTION_CASCADE
                )
                self.incoming.setdefault(target, []).append(
                    Incoming(store, name, store.model.field_keys[name], cascade)
                )
            for name, choice in store.model.reference_choices.items():
                rules = field_rules(store.model.descriptor.fields_by_name[name])
                cascade = rules is not None and rules.on_delete == (
                    storage_pb2.REFERENCE_ACTION_CASCADE
                )
                disc_key = store.model.field_keys[choice.discriminator]
                for number, target in choice.targets.items():
                    # Only the children whose discriminator selects this entity refer to it.
                    where = {disc_key: store.encode(choice.discriminator, number)}
                    self.incoming.setdefault(target, []).append(
                        Incoming(store, name, store.model.field_keys[name], cascade, where)
                    )

    def has_incoming(self, full_name: str) -> bool:
        """Whether any entity refers to entities of `full_name`."""
        return bool(self.incoming.get(full_name))

    async def check(
        self,
        store: EntityStore[Any],
        tenant: str | None,
        values: Mapping[str, Any],
        prefix: str,
        seen: FoundParents | None = None,
    ) -> None:
        """Fail unless every set reference in `values` (by field name) names a live parent.

        `seen`: the parents already found by this check's caller (a batch's items), which
        are not read again, and where each parent found is added: a batch of a thousand
        children of one parent reads it once, not a thousand times.
        """
        wanted: list[tuple[str, str | None]] = list(store.model.references.items())
        for name, choice in store.model.reference_choices.items():
            if name in values:
                wanted.append((name, choice.targets.get(values.get(choice.discriminator) or 0)))
        for name, target_name in wanted:
            ref = values.get(name)
            if not ref:
                continue
            if target_name is None:  # the discriminator selects no entity: nothing exists
                raise errors.reference_missing(f"{prefix}{name}", "entity", str(ref))
            target = self.stores.get(target_name)
            if target is None:
                continue
            key = (target_name, tenant, str(ref))
            if seen is not None and key in seen:
                continue
            query = target.visibility.reference(tenant, str(ref))
            if await target.documents.find_one(query, {"_id": 1}) is None:
                raise errors.reference_missing(f"{prefix}{name}", target.label, str(ref))
            if seen is not None:
                seen.add(key)

    async def before_delete(
        self, ctx: CallContext, store: EntityStore[Any], doc_id: str, force: bool
    ) -> None:
        """Delete or refuse to orphan the entities that refer to `doc_id`."""
        for ref in self.incoming.get(store.model.full_name, []):
            child = ref.child
            # Children stored without their tenant field are this parent's tenant's too.
            adopted = tuple(forms(doc_id)) if child.model.tenant_from_key == ref.key else ()
            query = {ref.key: matching(doc_id), **ref.where, **child.visibility.scope(ctx, adopted)}
            if ref.cascade or force:
                await self.delete_children(ctx, child, query)
                continue
            query.update(child.visibility.not_deleted())
            if await child.documents.find_one(query, {"_id": 1}) is not None:
                raise errors.still_referenced(store.label, doc_id, child.label, ref.field)

    async def delete_children(
        self, ctx: CallContext, child: EntityStore[Any], query: Mapping[str, Any]
    ) -> None:
        """Delete children matching `query`, their own children first (depth first)."""
        if self.has_incoming(child.model.full_name):
            for child_id in await child.documents.ids(query):
                await self.before_delete(ctx, child, str(child_id), force=True)
        await child.writes.delete_many(query)
