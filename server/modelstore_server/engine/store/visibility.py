"""Which documents a call may see: tenant scope, soft delete and expiry, in one object.

`Visibility` both builds the query conditions (for every read and every conditional write)
and checks a document already in hand (`admits`), so the two can never disagree. The tenant
it applies is the one the transport decided for the call (`CallContext.tenant`); nothing
here reads metadata or decides tenancy, it only applies the decision to one entity.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from google.protobuf.message import Message

from ... import errors
from ..codec import now
from ..context import CallContext
from ..model import EntityModel
from ..stored_ids import forms, matching, same

Doc = dict[str, Any]
NOTHING: Mapping[str, Any] = {"_id": {"$in": []}}
"""A condition no document meets."""


class Visibility:
    """The visibility rules of one entity."""

    def __init__(self, model: EntityModel) -> None:
        self.model = model
        self.tenant_key = model.tenant_key
        self.soft_delete_key = model.soft_delete_key
        self._ttl = tuple((rule.key, dt.timedelta(seconds=rule.seconds)) for rule in model.ttl)
        # An optional tenant field left empty means "global": such entities (iam Permission)
        # are visible from every tenant where the caller asks for global ones too.
        self._global_allowed = (
            model.tenant_field is not None
            and model.tenant_field != "id"
            and model.tenant_field not in model.required
        )

    # ---- conditions ----------------------------------------------------------------

    def scope(self, ctx: CallContext, adopted: Sequence[Any] = ()) -> Doc:
        """Return the tenant condition every query of this entity must carry.

        `adopted` are parents of the caller's tenant (`tenant_from`) whose children another
        writer stored without the tenant field: those children are the caller's too.
        """
        key = self.tenant_key
        if key is None:
            return {}
        if ctx.tenant is None:
            if ctx.cross_tenant:
                return {}
            raise errors.tenant_required()
        parent_key = self.model.tenant_from_key
        mine = matching(ctx.tenant)  # the tenant id in either stored form
        if adopted and parent_key is not None:
            orphans = {key: None, parent_key: {"$in": list(adopted)}}
            return {"$or": [{key: mine}, orphans]}
        return {key: mine}

    def tenant_or_global(self, tenant: str | None) -> Doc:
        """Return the condition of `tenant`'s own documents and, where allowed, the global ones."""
        key = self.tenant_key
        if key is None or tenant is None:
            return {}
        if key == "_id" or not self._global_allowed:
            return {key: matching(tenant)}
        return {key: {"$in": [*forms(tenant), "", None]}}  # None also matches an absent key

    def live(self) -> Doc:
        """Return the condition that hides expired documents (TTL rules).

        Every backend removes expired documents asynchronously (MongoDB's TTL monitor and
        DocumentDB's pg_cron job run about once a minute), so reads never rely on removal.
        """
        if not self._ttl:
            return {}
        current = now()
        return {key: {"$gt": current - after} for key, after in self._ttl}

    def not_deleted(self) -> Doc:
        """Return the condition that hides soft-deleted documents (AIP-164)."""
        key = self.soft_delete_key
        return {key: {"$ne": False}} if key else {}

    def foreign(self, ctx: CallContext, doc_id: str) -> bool:
        """Whether `doc_id` of a tenant entity is another tenant than the caller's."""
        return self.tenant_key == "_id" and ctx.tenant is not None and doc_id != ctx.tenant

    def of_id(self, ctx: CallContext, doc_id: str, adopted: Sequence[Any] = ()) -> Doc:
        """Return the filter that finds one live document of the caller's tenant.

        The id matches in either stored form (`stored_ids.matching`).
        """
        scope = self.scope(ctx, adopted)
        if self.foreign(ctx, doc_id):
            return {**NOTHING}  # another tenant: exactly like a missing id
        return {**scope, **self.live(), "_id": matching(doc_id)}

    def tenant_on_insert(self, ctx: CallContext) -> Doc:
        """Return the caller's tenant as the tenant key stores it (of the declared type).

        For an upsert's insert (the scope matches the tenant in either form, an `$in`,
        which an upsert does not copy into the document it inserts) and for a child
        another writer stored without its tenant field, which the next update fills in.
        """
        key = self.tenant_key
        if key is None or key == "_id" or ctx.tenant is None:
            return {}
        return {key: self.model.tenant_ids.stored(ctx.tenant)}

    def where(
        self,
        ctx: CallContext,
        condition: Mapping[str, Any],
        *,
        include_deleted: bool = True,
        with_global: bool = False,
        adopted: Sequence[Any] = (),
    ) -> Doc:
        """Return `condition` restricted to what the caller may see.

        `with_global` adds the global documents of an entity whose tenant is optional;
        `include_deleted=False` hides soft-deleted ones.
        """
        scope = self.tenant_or_global(ctx.tenant) if with_global else self.scope(ctx, adopted)
        rules: Doc = {**scope, **self.live()}
        if not include_deleted:
            rules.update(self.not_deleted())
        if any(key in rules for key in condition):
            # The caller's condition on a key the rules also constrain (a tighter expiry,
            # an id list of a tenant entity) must hold as well, not replace the rule.
            return {"$and": [rules, dict(condition)]}
        return {**condition, **rules}

    def reference(self, tenant: str | None, ref: str) -> Doc:
        """Return the filter that finds a live, undeleted parent `ref` seen from `tenant`."""
        if self.tenant_key == "_id" and tenant is not None and ref != tenant:
            return {**NOTHING}
        found = {"_id": matching(ref)}
        return {**self.tenant_or_global(tenant), **self.live(), **self.not_deleted(), **found}

    # ---- checks --------------------------------------------------------------------

    def admits(self, ctx: CallContext, doc: Mapping[str, Any]) -> bool:
        """Whether the caller may see `doc`, by the same rules as `scope` and `live`."""
        self.scope(ctx)  # refuses a call without a tenant where one is required
        key = self.tenant_key
        if key is not None and ctx.tenant is not None and not same(doc.get(key), ctx.tenant):
            return False
        current = now()
        for key, after in self._ttl:
            stamp = doc.get(key)
            if isinstance(stamp, dt.datetime) and _aware(stamp) <= current - after:
                return False
        return True

    # ---- the tenant field of a new entity ------------------------------------------

    def tenant_of(self, msg: Message, ctx: CallContext) -> str | None:
        """Return the tenant an entity belongs to (its tenant field, or the caller's)."""
        field = self.model.tenant_field
        if field is None:
            return ctx.tenant
        value = str(getattr(msg, field))
        return value or ctx.tenant

    def fill_tenant(self, ctx: CallContext, msg: Message, entity_field: str) -> None:
        """Set a new entity's tenant field from the call's tenant, or refuse a foreign one."""
        field = self.model.tenant_field
        if field is None:
            return
        value = getattr(msg, field)
        if ctx.tenant is None:
            if not ctx.cross_tenant:
                raise errors.tenant_required()
            if not value and field != "id" and field in self.model.required:
                raise errors.required(
                    f"{entity_field}.{field}", f"{field} is required when no x-tenant-id is sent"
                )
            return
        if value and value != ctx.tenant:
            raise errors.tenant_mismatch(
                f"{field} {errors.shown(value)} is not the caller's tenant"
            )
        setattr(msg, field, ctx.tenant)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
