"""References between entities, from `(modelstore.v1.field).references` and `on_delete`.

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

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from modelstore.v1 import errors_pb2, storage_pb2

from ..errors import FailedPrecondition
from .context import CallContext
from .naming import field_rules

if TYPE_CHECKING:
    from .store import EntityStore


@dataclass(frozen=True)
class Incoming:
    """A reference from a child entity's field to a parent entity."""

    child: EntityStore
    field: str
    key: str
    cascade: bool


class Relations:
    """The reference graph of all entities, built once from their models."""

    def __init__(self, stores: Mapping[str, EntityStore]) -> None:
        self.stores = stores
        self.incoming: dict[str, list[Incoming]] = {}
        for store in stores.values():
            for name, target in store.model.references.items():
                fd = store.model.descriptor.fields_by_name[name]
                rules = field_rules(fd)
                cascade = rules is not None and rules.on_delete == (
                    storage_pb2.REFERENCE_ACTION_CASCADE
                )
                self.incoming.setdefault(target, []).append(
                    Incoming(store, name, store.model.field_keys[name], cascade)
                )

    def _parent_filter(self, target: EntityStore, tenant: str | None, ref: str) -> dict[str, Any]:
        query: dict[str, Any] = {**target.live(), "_id": ref}
        key = target.model.tenant_key
        if key is not None and tenant is not None:
            if key == "_id":
                if ref != tenant:
                    return {"_id": {"$in": []}}
            elif target.model.tenant_field in target.model.required:
                query[key] = tenant
            else:
                # An optional tenant field left empty means "global" (iam Permission).
                query[key] = {"$in": [tenant, "", None]}
        if target.model.soft_delete_key:
            query[target.model.soft_delete_key] = {"$ne": False}
        return query

    async def check(
        self, store: EntityStore, tenant: str | None, values: Mapping[str, Any], prefix: str
    ) -> None:
        """Fail unless every set reference in `values` (by field name) names a live parent."""
        for name, target_name in store.model.references.items():
            ref = values.get(name)
            if not ref:
                continue
            target = self.stores.get(target_name)
            if target is None:
                continue
            found = await target.coll.find_one(
                self._parent_filter(target, tenant, str(ref)), {"_id": 1}
            )
            if found is None:
                raise FailedPrecondition(
                    f"{prefix}{name}: {target.model.name} {str(ref)[:100]!r} does not exist",
                    reason=errors_pb2.ERROR_REASON_REFERENCE_MISSING,
                    field=f"{prefix}{name}",
                )

    async def before_delete(
        self, ctx: CallContext, store: EntityStore, doc_id: str, force: bool
    ) -> None:
        """Delete or refuse to orphan the entities that refer to `doc_id`."""
        for ref in self.incoming.get(store.model.full_name, []):
            child = ref.child
            query = {ref.key: doc_id, **child.scope(ctx)}
            if child.model.soft_delete_key and not (ref.cascade or force):
                query[child.model.soft_delete_key] = {"$ne": False}
            if ref.cascade or force:
                await self.delete_children(ctx, child, query)
                continue
            if await child.coll.find_one(query, {"_id": 1}) is not None:
                raise FailedPrecondition(
                    f"{store.model.name} {doc_id!r} is still referenced by "
                    f"{child.model.name}.{ref.field}; delete those first or set force",
                    reason=errors_pb2.ERROR_REASON_STILL_REFERENCED,
                    field=ref.field,
                )

    async def delete_children(
        self, ctx: CallContext, child: EntityStore, query: Mapping[str, Any]
    ) -> None:
        """Delete children matching `query`, their own children first (depth first)."""
        if self.incoming.get(child.model.full_name):
            async for doc in child.coll.find(query, {"_id": 1}):
                await self.before_delete(ctx, child, str(doc["_id"]), force=True)
        await child.coll.delete_many(query)
