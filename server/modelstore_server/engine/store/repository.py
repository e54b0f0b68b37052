"""`EntityStore[M]`: the closed repository of one entity, and its standard methods.

Everything that reads or writes an entity's documents goes through its store: the standard
methods (AIP-131..135, 164, 231) served for every entity alike, and the few primitives
domain methods are written with (`find`, `find_all`, `update_where`, `upsert_where`,
`claim`, ...). Each applies the entity's visibility (tenant, expiry, soft delete), and each
write is one atomic conditional command whose version stamp `storage.documents` adds; a
write that matches nothing is diagnosed once (`conflicts`): NOT_FOUND, ABORTED (etag) or
the domain's own refusal. The raw collection stays inside `storage.documents`.

Each standard method is one database round trip on its happy path: the whole condition
(id, tenant, liveness, immutable fields) is the filter of a single command. A write given
an etag is two: the etag is a digest of the whole stored document (`version_of`), so the
document is read first, a different etag is ABORTED there, and the write's filter requires
the document to be still exactly the one read (`unchanged`): any writer's change in
between, through Modelstore or not, makes it match nothing.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeAlias, TypeVar

from google.protobuf.message import Message

from modelstore.client.standard_methods import MAX_BATCH_ITEMS

from ... import errors
from ...security.encryption import Keyring
from ...storage.capabilities import Capabilities
from ...storage.documents import Changes, Documents, unchanged, version_of
from ...storage.driver_errors import DuplicateKey
from .. import audit
from ..codec import (
    FieldPlan,
    compile_plan,
    decode_into,
    encode_fields,
    encode_value,
    now,
    plan_by_name,
)
from ..context import CallContext
from ..defaults import apply_defaults
from ..field_plan import plan_of
from ..hooks import EntityHooks
from ..model import EntityModel, resolve_path
from ..naming import snake_case
from ..pagination import PURPOSE as PAGE_TOKEN_PURPOSE
from ..pagination import PageTokens, get_path
from ..stored_ids import forms, matching, matching_any
from ..validation import id_refusal, validate
from .bulk_limits import PURGE_SAMPLE, BulkLimits
from .conflicts import Conflicts, Refusal
from .field_secrets import FieldSecrets
from .kept_keys import keep_stored, needs_merge
from .list_query import ListQuery
from .list_query import page_size as rows_per_page
from .masks import Masks, present
from .visibility import Visibility
from .writes import CASCADE_BATCH, Writes

M = TypeVar("M", bound=Message)
Doc = dict[str, Any]
MAX_BATCH_IDS = MAX_BATCH_ITEMS
"""The most ids one BatchGet may name: the bound of the batch writes (one declaration)."""
ATTEMPTS = 3
"""How often `update_where` writes again when the refused state turned out allowed."""
_REQUEST_NS = uuid.UUID("6f1c7f52-8a43-4c35-9d7e-3b0f0e8f4a11")
_RID = "_rid"  # the idempotency record kept on a created document
RID_KEY = _RID
"""The key of a created document's idempotency record (`{"id": request_id, "h": ...}`)."""


FoundParents: TypeAlias = set[tuple[str, str | None, str]]
"""The parents (entity, tenant, id) a batch's reference checks have found already."""


class ReferenceGraph(Protocol):
    """What a store needs of the references between entities (`relations.Relations`)."""

    def has_incoming(self, full_name: str) -> bool:
        """Whether any entity refers to entities of `full_name`."""
        ...

    async def check(
        self,
        store: EntityStore[Any],
        tenant: str | None,
        values: Mapping[str, Any],
        prefix: str,
        seen: FoundParents | None = None,
    ) -> None:
        """Fail unless every set reference in `values` names a live parent (`seen`: found)."""
        ...

    async def before_delete(
        self, ctx: CallContext, store: EntityStore[Any], doc_id: str, force: bool
    ) -> None:
        """Delete or refuse to orphan the entities that refer to `doc_id`."""
        ...


@dataclass(frozen=True)
class _Kept:
    """An update's filter and `$set` after `kept_keys` merged the stored sub-documents."""

    filter: Doc
    set: Doc
    read: bool
    """Whether the stored document was read (and its values made conditions)."""


@dataclass(frozen=True)
class _Write:
    """What one standard Update writes."""

    filt: Doc
    set: Doc
    unset: list[str]
    wholes: Sequence[tuple[str, FieldPlan]]
    """The keys of sub-documents written whole, merged with the stored ones (`kept_keys`)."""
    on_insert: Doc | None
    """The rest of the document, when allow_missing may create it (`_create_missing`)."""
    at: dt.datetime
    prior: Doc | None = None
    """The whole stored document the etag was checked on (the filter requires it)."""


@dataclass(frozen=True)
class NewEntity(Generic[M]):
    """A Create's entity and document, checked and ready to insert (`prepare_create`)."""

    msg: M
    doc: Doc
    at: dt.datetime
    """The creation time (`createdAt`, `updatedAt`)."""
    chosen: bool
    """Whether the client chose the id."""
    tenant: str | None


@dataclass(frozen=True)
class Listed(Generic[M]):
    """One List page (AIP-132), and the total when it was asked for (AIP-158)."""

    items: list[M]
    next_page_token: str
    total_size: int = 0
    """How many documents the page's condition matches in all pages (0 when not asked)."""
    total_size_capped: bool = False
    """The count reached `BulkLimits.count`: `total_size` is that limit, a lower bound."""


@dataclass(frozen=True)
class Purged:
    """What a Purge (AIP-165) deleted, or in a dry run would delete."""

    count: int
    sample: list[str]
    """Ids of some of those documents, at most `PURGE_SAMPLE`."""


@dataclass(frozen=True)
class Upserted:
    """What an upsert wrote."""

    doc: Doc
    """The document as stored after the write."""
    inserted: bool
    """Whether the upsert created the document."""
    current: bool
    """Whether the stored version is this write's (no later write landed first)."""


class EntityStore(Generic[M]):
    """The repository of one entity: standard methods and the domain primitives."""

    def __init__(
        self,
        model: EntityModel,
        message_class: type[M],
        documents: Documents,
        keyring: Keyring,
        caps: Capabilities,
        limits: BulkLimits | None = None,
    ) -> None:
        self.model = model
        self.limits = limits or BulkLimits()
        """How much one List total counts and one Purge deletes (settings)."""
        self.message_class = message_class
        self.label = model.name
        self.documents = documents
        """The entity's documents (storage), for reads; domain code uses the methods below."""
        self.writes = Writes(model, documents)
        """Every write of the entity's documents, journaled for the audit log."""
        self.caps = caps
        self.visibility = Visibility(model)
        self.secrets = FieldSecrets(model, keyring)
        self.conflicts = Conflicts(model, documents)
        self.lists = ListQuery(
            model, self.visibility, PageTokens(keyring.derive(PAGE_TOKEN_PURPOSE))
        )
        self.relations: ReferenceGraph | None = None  # set once every store exists
        self.tenant_parent: EntityStore[Any] | None = None
        """The store of the `tenant_from` entity (set with `relations`)."""
        self.plans = compile_plan(model.descriptor)
        self.plan_map = plan_by_name(model.descriptor)
        self._entity_field = snake_case(model.name)
        self.hooks = EntityHooks()
        self.masks = Masks(model, whole_reads=False)
        # Fields of non-partial unique indexes are always stored, even when empty, so a
        # missing value means the same thing on every backend (MongoDB indexes it as null).
        self.always_store = {
            key
            for index in model.indexes
            if index.unique and not index.only_when_present
            for key, _ in index.keys
            if "." not in key and key != "_id"
        }
        # A Create can answer with the entity it just encoded, plus the server-set fields,
        # instead of decoding the stored document again (~18 µs of a Create's ~60 µs of
        # Python), when that round trip is exact: no secret or encrypted fields (hidden from
        # responses), and no field whose stored form loses anything (messages other than
        # the server-set output-only ones, e.g. a client timestamp stored to milliseconds).
        # The conformance suite checks Create's answer against a Get of every entity.
        self._echo_lossless = (
            not model.secrets
            and not model.encrypted
            and all(not plan.is_message or plan.name in model.output_only for plan in self.plans)
        )
        self._server_set = [p for p in self.plans if p.name in model.output_only]
        self._has_etag = "etag" in model.descriptor.fields_by_name
        # Every field that names another entity: plain and polymorphic references.
        self._reference_fields = (*model.references, *model.reference_choices)

    def install(self, hooks: EntityHooks) -> None:
        """Attach the domain's hooks (at start-up, before serving)."""
        self.hooks = hooks
        self.masks = Masks(self.model, whole_reads=hooks.on_decode is not None)

    # ---- the entity's shape ----------------------------------------------------------

    def key(self, field: str) -> str:
        """Return the document key of field `field`."""
        return self.model.field_keys[field]

    def encode(self, field: str, value: Any) -> Any:
        """Return the stored form of `value` for field `field`."""
        return encode_value(self.plan_map[field], value)

    def match(self, path: str, value: Any) -> Any:
        """Return the condition that finds `value` of field `path` (dotted) as stored.

        An id matches in either stored form, whatever its declared type (`stored_ids`);
        for `where` conditions of domain code, so that none of it spells an id's type.
        """
        return self._field_at(path).match(value)

    def match_any(self, path: str, values: Iterable[Any]) -> Doc:
        """Return the condition that finds any of `values` of field `path` as stored."""
        field = self._field_at(path)
        if field.rules.ids is not None:
            return {"$in": matching_any(values)}
        return {"$in": [field.encode(v) for v in values]}

    def differs(self, path: str, value: Any) -> Doc:
        """Return the condition that `path` is not `value` (in either form, for an id)."""
        found = self.match(path, value)
        if isinstance(found, Mapping) and "$in" in found:
            return {"$nin": found["$in"]}
        return {"$ne": found}

    def _field_at(self, path: str) -> FieldPlan:
        field = plan_of(self.model.descriptor).resolve(path, hidden=True).field
        if field is None:
            raise KeyError(path)
        return field

    def encode_element(self, field: str, value: Any) -> Any:
        """Return the stored form of one element of the repeated field `field`, for a `$push`.

        An element of a sub-document array gets its `_id` here.
        """
        return self.plan_map[field].encode(value)

    def decode(
        self, doc: Mapping[str, Any], version: str | None = None, into: M | None = None
    ) -> M:
        """Turn a stored document into the entity message (hidden fields never included).

        Its etag is `version` when given ("" for a part of a document, which has none),
        else that of `doc`, which must then be the whole stored document. `into`: an empty
        message to fill (a response's own field) instead of a new one to be copied there.
        """
        msg = self.message_class() if into is None else into
        decode_into(msg, doc, self.plans)
        self._stamp_version(msg, version_of(doc) if version is None else version)
        if self.hooks.on_decode is not None:
            self.hooks.on_decode(msg, doc)
        return msg

    def decode_read(
        self,
        ctx: CallContext,
        doc: Mapping[str, Any],
        version: str | None = None,
        into: M | None = None,
    ) -> M:
        """`decode` for a read in `ctx`: an adopted child reports the tenant it belongs to.

        A child another writer stored without its tenant field (`tenant_from`) is seen in a
        tenant only through its parent (`adopted`), so that tenant is its tenant: the
        message says so, as it will once the next write stores the field.
        """
        msg = self.decode(doc, version, into)
        m, tenant = self.model, ctx.tenant
        adopted = self.tenant_parent is not None and m.tenant_key and m.tenant_field
        if adopted and tenant and doc.get(m.tenant_key or "") is None:
            setattr(msg, m.tenant_field or "", tenant)
        return msg

    def _stamp_version(self, msg: Message, version: str) -> None:
        """Set the etag of `msg` (the stored `etag` key is a write stamp, not the etag)."""
        if self._has_etag:
            msg.etag = version  # type: ignore[attr-defined]

    # ---- primitives: reads -----------------------------------------------------------

    async def find(
        self,
        ctx: CallContext,
        doc_id: str,
        keys: Iterable[str] | None = None,
        *,
        include_deleted: bool = True,
    ) -> Doc | None:
        """Return the caller-visible document `doc_id` (only `keys`, when given), or None."""
        filt = self.visibility.of_id(ctx, _required_id(doc_id))
        if not include_deleted:
            filt.update(self.visibility.not_deleted())
        return await self.documents.find_one(filt, _fields(keys))

    async def require(
        self,
        ctx: CallContext,
        doc_id: str,
        keys: Iterable[str] | None = None,
        *,
        include_deleted: bool = True,
    ) -> Doc:
        """Like `find`, but a missing document is NOT_FOUND."""
        doc = await self.find(ctx, doc_id, keys, include_deleted=include_deleted)
        if doc is None:
            raise errors.not_found(self.label, doc_id)
        return doc

    async def find_first(
        self,
        ctx: CallContext,
        where: Mapping[str, Any],
        keys: Iterable[str] | None = None,
        sort: Sequence[tuple[str, int]] = (),
    ) -> Doc | None:
        """Return the first caller-visible document meeting `where` (in `sort` order), or None."""
        return await self.documents.find_one(self.visibility.where(ctx, where), _fields(keys), sort)

    async def find_all(
        self,
        ctx: CallContext,
        where: Mapping[str, Any],
        keys: Iterable[str] | None = None,
        sort: Sequence[tuple[str, int]] = (),
        limit: int = 0,
        *,
        include_deleted: bool = True,
        with_global: bool = False,
    ) -> list[Doc]:
        """Return the caller-visible documents meeting `where` (see `Visibility.where`)."""
        filt = self.visibility.where(
            ctx, where, include_deleted=include_deleted, with_global=with_global
        )
        return await self.documents.find(filt, _fields(keys), sort, limit)

    async def count(self, ctx: CallContext, where: Mapping[str, Any]) -> int:
        """How many caller-visible documents meet `where`."""
        return await self.documents.count(self.visibility.where(ctx, where))

    # ---- primitives: writes ----------------------------------------------------------

    async def update_where(
        self,
        ctx: CallContext,
        doc_id: str,
        changes: Changes,
        *,
        etag: str = "",
        where: Mapping[str, Any] | None = None,
        refuse: Refusal | None = None,
        attempts: int = ATTEMPTS,
        at: dt.datetime | None = None,
    ) -> Doc:
        """Apply `changes` to visible document `doc_id` if it meets `where` (and `etag`).

        One atomic conditional write. When it matches nothing, the document is read once:
        missing is NOT_FOUND, another etag ABORTED, and otherwise `refuse(stored)` says
        what to raise (FAILED_PRECONDITION, typically), or None when the state allows the
        write after all (it changed in between): then the write is tried again, up to
        `attempts` times, before ABORTED. `at` is the write's time (`updatedAt`; now by
        default), for writes that store the same time in a field of their own.
        """
        visible = self.visibility.of_id(ctx, _required_id(doc_id))
        filt = {**visible, **(where or {})}
        if etag:
            filt.update(_as_read(await self._prior(ctx, visible, doc_id, etag), etag))
        for _ in range(attempts):
            doc, _etag = await self.writes.update(filt, changes, at or now())
            if doc is not None:
                return doc
            await self.conflicts.diagnose(
                visible, doc_id, etag, refuse or (_retry if where is None else _refuse_generic)
            )
        raise errors.keeps_changing(self.label, doc_id)

    async def try_update(
        self,
        ctx: CallContext,
        doc_id: str,
        changes: Changes,
        where: Mapping[str, Any],
        at: dt.datetime | None = None,
    ) -> Doc | None:
        """Apply `changes` if visible document `doc_id` meets `where`; None if it did not.

        For optimistic loops that decide themselves what a miss means (counters).
        """
        filt = {**self.visibility.of_id(ctx, doc_id), **where}
        doc, _ = await self.writes.update(filt, changes, at or now())
        return doc

    async def upsert_where(
        self, ctx: CallContext, where: Mapping[str, Any], changes: Changes
    ) -> Upserted:
        """Update the visible document meeting `where`, or insert one (`set_on_insert`).

        A unique index that refuses the insert raises `DuplicateKey`: some other document
        holds the key, typically one a concurrent call just inserted.
        """
        at = now()  # a created document's createdAt and updatedAt are one instant
        new_id = self.model.ids.stored(self.model.ids.new())
        on_insert = {
            "_id": new_id,
            "createdAt": at,
            **self.visibility.tenant_on_insert(ctx),
            **(changes.set_on_insert or {}),
        }
        changes = dataclasses.replace(changes, set_on_insert=on_insert)
        doc, etag = await self.writes.update(
            self.visibility.where(ctx, where), changes, at, upsert=True
        )
        assert doc is not None  # an upsert always returns a document
        return Upserted(doc, inserted=doc["_id"] == on_insert["_id"], current=doc["etag"] == etag)

    async def claim(self, ctx: CallContext, where: Mapping[str, Any]) -> Doc | None:
        """Delete and return the visible document meeting `where`: one racer gets it."""
        return await self.writes.claim(self.visibility.where(ctx, where))

    async def remove(self, doc_id: Any) -> None:
        """Delete document `doc_id` outright: the undo of an insert this call made."""
        await self.writes.delete_one({"_id": matching(doc_id)})

    async def verify_secret(
        self, ctx: CallContext, doc_id: str, field: str, candidate: str
    ) -> bool:
        """Whether `candidate` matches the stored hash of secret `field` (off the loop)."""
        doc = await self.require(ctx, doc_id, self.secrets.keys_of(field))
        return await self.secrets.verify(field, doc, candidate)

    def secret_where(
        self, field: str, candidate: str, *, plaintext_too: bool = False
    ) -> dict[str, Any]:
        """Return the condition matching a keyed secret (SECRET_ALGORITHM_HMAC_SHA256) by value.

        For `find_first` and the like: one indexed equality on the stored hash; the
        plaintext reaches the query only with `plaintext_too`, to find what another writer
        stored in plaintext (`FieldSecrets.lookup`).
        """
        return self.secrets.lookup(field, candidate, plaintext_too=plaintext_too)

    async def open_secret(
        self, ctx: CallContext, doc_id: str, field: str, *, include_deleted: bool = True
    ) -> str | None:
        """Return the plaintext of encrypted `field` (None when unset). The caller must not log it.

        Raises `KeyringError` when the configured keys cannot decrypt it.
        """
        doc = await self.require(ctx, doc_id, [self.key(field)], include_deleted=include_deleted)
        return self.secrets.decrypt(field, doc, doc_id)

    # ---- standard methods ------------------------------------------------------------

    async def create(
        self, ctx: CallContext, entity: M, request_id: str = "", fingerprint: bytes = b""
    ) -> M:
        """Create an entity (AIP-133), idempotently when `request_id` is set (AIP-155).

        `fingerprint` identifies the whole request a `request_id` came with: the same id
        with another fingerprint is refused (REQUEST_ID_REUSED).
        """
        new = await self.prepare_create(ctx, entity, request_id, fingerprint)
        doc = new.doc
        if new.chosen:
            await self._refuse_other_form(doc["_id"])
        try:
            await self.writes.insert(doc, new.at)
        except DuplicateKey as dup:
            if request_id:
                replay = await self._replay(ctx, doc["_id"], request_id, fingerprint)
                if replay is not None:
                    # The same request (fingerprint) again: it carries the same secrets.
                    self.secrets.reveal_on_create(new.msg, replay)
                    return replay
            await self.conflicts.name_duplicate(dup, doc)
        return await self.finish_create(ctx, new)

    async def prepare_create(
        self,
        ctx: CallContext,
        entity: M,
        request_id: str = "",
        fingerprint: bytes = b"",
        found: FoundParents | None = None,
    ) -> NewEntity[M]:
        """Build the document a Create stores, with every check that precedes the insert.

        Tenant, defaults, id, secrets, the idempotency record, the domain's `before_create`
        and the references; only the other-form id check is left (`create` makes it, a
        batch's precondition read covers it). For `create` and the batch create, which
        inserts many prepared documents with one command (and gives `found`, the parents
        its items have found already: `Relations.check`).
        """
        m = self.model
        msg = self.message_class()
        msg.CopyFrom(entity)
        for name in m.output_only:
            msg.ClearField(name)
        created = now()
        apply_defaults(msg, created)
        self.visibility.fill_tenant(ctx, msg, self._entity_field)
        await self._inherit_tenant(ctx, msg)
        chosen = bool(msg.id)  # type: ignore[attr-defined]
        if not chosen:
            seed = f"{m.collection}\x00{ctx.tenant or ''}\x00{request_id}"
            msg.id = m.ids.derived(_REQUEST_NS, seed) if request_id else m.ids.new()  # type: ignore[attr-defined]
        else:
            self._check_chosen_id(msg.id)  # type: ignore[attr-defined]
        doc = encode_fields(msg, self.plans)
        for key in self.always_store:
            doc.setdefault(key, "")
        await self.secrets.write(msg, [*m.secrets, *m.encrypted], doc)
        if request_id:
            doc[_RID] = {"id": request_id, "h": fingerprint}
        if self.hooks.before_create is not None:
            await self.hooks.before_create(msg, ctx)
            doc.update(encode_fields(msg, self.plans))
        tenant = self.visibility.tenant_of(msg, ctx)
        await self._check_references(msg, tenant, self._reference_fields, found)
        return NewEntity(msg, doc, created, chosen, tenant)

    async def finish_create(
        self,
        ctx: CallContext,
        new: NewEntity[M],
        found: FoundParents | None = None,
    ) -> M:
        """Finish a Create after its document's insert; return the created entity.

        The references are checked again (a parent deleted meanwhile must not keep this
        child: the document is removed, FAILED_PRECONDITION), then the hooks run. A batch
        gives `found` (as in `prepare_create`): one read after its insert covers all its
        children of a parent, since a delete of the parent after that read sees them all.
        """
        msg, doc = new.msg, new.doc
        if self.relations is not None and self._reference_fields:
            try:
                await self._check_references(msg, new.tenant, self._reference_fields, found)
            except errors.FailedPrecondition:
                await self.remove(doc["_id"])
                raise
        if self.hooks.after_write is not None:
            await self.hooks.after_write("created", doc, ctx)
        if self._echo_lossless and self.hooks.on_decode is None:
            decode_into(msg, doc, self._server_set)  # createdAt, updatedAt, ...
            self._stamp_version(msg, version_of(doc))
            return msg
        created_msg = self.decode(doc)
        self.secrets.reveal_on_create(msg, created_msg)
        return created_msg

    async def _refuse_other_form(self, stored_id: Any) -> None:
        """Refuse a chosen 24-hex id that a document holds in its other stored form.

        The unique `_id` index sees an ObjectId and its hex text as two values, so without
        this a Create could store a second entity with the same API id as a document a
        script wrote. One indexed lookup, for chosen 24-hex ids only.
        """
        others = [form for form in forms(stored_id) if form != stored_id]
        if others and await self.documents.find_one({"_id": {"$in": others}}, {"_id": 1}):
            raise errors.id_exists(self.label)

    def _check_chosen_id(self, doc_id: str) -> None:
        """Refuse a client-chosen id that breaks the id rule or the declared id type."""
        refusal = id_refusal(doc_id) or self.model.ids.refusal(doc_id)
        if refusal is not None:
            raise errors.invalid_field(f"{self._entity_field}.id", refusal)

    async def _inherit_tenant(self, ctx: CallContext, msg: Message) -> None:
        """Copy a new child's tenant from its `tenant_from` parent.

        The parent is read in the caller's tenant: another tenant's is missing
        (REFERENCE_MISSING).
        """
        parent, m = self.tenant_parent, self.model
        if parent is None or m.tenant_from is None or m.tenant_field is None:
            return
        ref = str(getattr(msg, m.tenant_from))
        found = await parent.find(ctx, ref, [parent.model.tenant_key or "_id"]) if ref else None
        if found is None:
            raise errors.reference_missing(
                f"{self._entity_field}.{m.tenant_from}", parent.label, ref
            )
        setattr(msg, m.tenant_field, str(_tenant_in(parent, found) or ""))

    async def adopted(self, ctx: CallContext, doc_id: str | None = None) -> tuple[Any, ...]:
        """Return the parents of the caller's tenant that have orphaned children.

        An orphan (of `doc_id` only, when given) is a child another writer stored without
        the tenant field, under a `tenant_from` rule.

        Such a child is the tenant's by its parent: reads include it, and the next write
        of it stores the tenant field. Where no child lacks the field, this costs one
        indexed query on the tenant key.
        """
        parent, m = self.tenant_parent, self.model
        if parent is None or ctx.tenant is None or m.tenant_key is None:
            return ()
        ref_key = m.tenant_from_key
        assert ref_key is not None  # set with tenant_from
        orphans: Doc = {m.tenant_key: None}
        if doc_id is not None:
            orphans["_id"] = matching(doc_id)
        refs = [r for r in await self.documents.distinct(ref_key, orphans) if r is not None]
        if not refs:
            return ()
        # A child may name its parent in either id form (`stored_ids`): both are matched.
        mine = parent.visibility.where(ctx, {"_id": {"$in": matching_any(refs)}})
        found = await parent.documents.find(mine, {"_id": 1})
        return tuple(matching_any(d["_id"] for d in found))

    async def _replay(
        self, ctx: CallContext, doc_id: str, request_id: str, fingerprint: bytes
    ) -> M | None:
        """Return the entity a repeated create (same `request_id`) made before, or None."""
        previous = await self.documents.find_one({"_id": doc_id})
        if previous is None or not self.visibility.admits(ctx, previous):
            return None
        record = previous.get(_RID) or {}
        if record.get("id") != request_id:
            return None
        if record.get("h") != fingerprint:
            raise errors.request_id_reused() from None
        self.writes.replayed(previous)  # its first attempt may have died before its entry
        if self.hooks.after_write is not None:
            await self.hooks.after_write("created", previous, ctx)  # repairs
        return self.decode(previous)

    async def _check_references(
        self,
        msg: Message,
        tenant: str | None,
        names: Iterable[str],
        seen: FoundParents | None = None,
    ) -> None:
        """Fail with FAILED_PRECONDITION unless each named reference field of `msg` resolves.

        `seen` as in `Relations.check` (the parents a batch has found already).
        """
        if self.relations is None:
            return
        m = self.model
        values = {n: getattr(msg, n) for n in names if n in m.references}
        for name in names:
            choice = m.reference_choices.get(name)
            if choice is not None:  # the discriminator says which entity the id names
                values[name] = getattr(msg, name)
                values[choice.discriminator] = getattr(msg, choice.discriminator)
        await self.relations.check(self, tenant, values, f"{self._entity_field}.", seen)

    async def get(
        self, ctx: CallContext, doc_id: str, paths: Sequence[str] | None, into: M | None = None
    ) -> M:
        """Get one entity (AIP-131); `into` as in `decode`."""
        projection = self.masks.projection(paths)
        doc = await self.documents.find_one(
            self.visibility.of_id(ctx, doc_id), projection, stale_ok=True
        )
        if doc is None and self.tenant_parent is not None:
            adopted = await self.adopted(ctx, doc_id)
            if adopted:
                filt = self.visibility.of_id(ctx, doc_id, adopted)
                doc = await self.documents.find_one(filt, projection, stale_ok=True)
        if doc is None:
            raise errors.not_found(self.label, doc_id)
        msg = self.decode_read(ctx, doc, None if projection is None else "", into)
        self.masks.trim(msg, paths)
        return msg

    async def batch_get(
        self, ctx: CallContext, ids: Sequence[str], paths: Sequence[str] | None
    ) -> list[M]:
        """Get several entities in request order (AIP-231); any missing id fails the call."""
        if not ids:
            raise errors.required("ids", "ids must not be empty")
        if len(ids) > MAX_BATCH_IDS:
            raise errors.too_many("ids", MAX_BATCH_IDS)
        wanted = list(dict.fromkeys(ids))
        adopted = await self.adopted(ctx)
        filt = self.visibility.where(ctx, {"_id": {"$in": matching_any(wanted)}}, adopted=adopted)
        projection = self.masks.projection(paths)
        found = await self.documents.find(filt, projection, stale_ok=True)
        by_id = {str(doc["_id"]): doc for doc in found}
        missing = [i for i in ids if i not in by_id]
        if missing:
            raise errors.not_found_among(self.label, missing)
        part = None if projection is None else ""  # a part of a document has no etag
        out = [self.decode_read(ctx, by_id[i], part) for i in ids]
        for msg in out:
            self.masks.trim(msg, paths)
        return out

    async def list(
        self,
        ctx: CallContext,
        *,
        page_size: int,
        page_token: str,
        filter_text: str,
        order_by: str,
        show_deleted: bool = False,
        show_total_size: bool = False,
    ) -> Listed[M]:
        """List one keyset page (AIP-132, AIP-158, AIP-160), with its total when asked.

        The total counts the page's own condition without the page token's range (the
        same tenant, filter and show_deleted, so the same indexes), at most
        `limits.count` documents; it runs alongside the page's query, so it costs no
        extra wait beyond the slower of the two.
        """
        size = rows_per_page(page_size)
        adopted = await self.adopted(ctx)
        page = self.lists.page(ctx, filter_text, order_by, show_deleted, page_token, adopted)
        sort = page.sort
        order = [(s.key, s.direction) for s in sort]
        matching, digest = page.matching, page.digest
        reading = self.documents.find_page(page.query, order, size + 1, matching, digest)
        total, capped = 0, False
        if show_total_size:
            counting = self._count_capped(matching if matching is not None else page.query)
            docs, (total, capped) = await asyncio.gather(reading, counting)
        else:
            docs = await reading
        if len(docs) <= size and page.continuation is not None:
            # The token's range ran out: the page goes on into the other id type.
            rest = size + 1 - len(docs)
            docs += await self.documents.find_page(page.continuation, order, rest, matching, digest)
        more = len(docs) > size
        docs = docs[:size]
        token = (
            self.lists.tokens.encode(docs[-1], sort, page.digest, page.now) if more and docs else ""
        )
        return Listed([self.decode_read(ctx, d) for d in docs], token, total, capped)

    async def _count_capped(self, query: Mapping[str, Any]) -> tuple[int, bool]:
        """Count `query`'s documents up to the count limit; whether the limit was reached.

        One past the limit is counted, so that a total of exactly the limit is exact.
        """
        limit = self.limits.count
        found = await self.documents.count(query, limit + 1, stale_ok=True)
        return min(found, limit), found > limit

    async def purge(self, ctx: CallContext, filter_text: str, force: bool) -> Purged:
        """Hard-delete the caller-visible entities `filter_text` matches (AIP-165).

        Soft-deleted ones are purged too (a purge is what removes them for good). `*`
        matches every one; an empty filter is refused. Without `force` nothing is
        deleted: the count (at most `limits.count`) and a sample of ids say what would be.
        With it, rounds of `CASCADE_BATCH` are deleted, at most `limits.purge` documents
        per call. Each round first deletes (or refuses to orphan, STILL_REFERENCED) the
        entities that refer to its documents, as Delete does, and then the documents:
        killed at any point, a purge leaves no child whose parent it deleted, and running
        it again goes on where it stopped.
        """
        text = filter_text.strip()
        if not text:
            raise errors.required("filter", "filter is required; `*` purges every entity")
        adopted = await self.adopted(ctx)
        query = self.lists.page(ctx, "" if text == "*" else text, "", True, "", adopted).query
        if not force:
            (count, _capped), sample = await asyncio.gather(
                self._count_capped(query),
                self.documents.find(query, {"_id": 1}, [("_id", 1)], PURGE_SAMPLE),
            )
            return Purged(count, [str(d["_id"]) for d in sample])
        cascades = self.relations is not None and self.relations.has_incoming(self.model.full_name)
        deleted: list[str] = []
        budget = self.limits.purge
        while len(deleted) < budget:
            wanted = min(CASCADE_BATCH, budget - len(deleted))
            found = await self.documents.find(query, self.writes.identity, limit=wanted)
            if not found:
                break
            if cascades:
                assert self.relations is not None
                for doc in found:
                    await self.relations.before_delete(ctx, self, str(doc["_id"]), False)
            deleted.extend(await self._remove_found(ctx, query, found))
        return Purged(len(deleted), deleted[:PURGE_SAMPLE])

    async def _remove_found(
        self, ctx: CallContext, query: Mapping[str, Any], found: Sequence[Doc]
    ) -> Sequence[str]:
        """Delete the documents `found` that still meet `query`; return the ids deleted.

        One `deleteMany` for them all, unless the domain's hooks must see each document.
        """
        if self.hooks.after_write is None:
            await self.writes.delete_found(query, found)
            return [str(doc["_id"]) for doc in found]
        gone = []
        for doc in found:
            if await self._remove_one(ctx, {"$and": [query, {"_id": doc["_id"]}]}):
                gone.append(str(doc["_id"]))
        return gone

    def check_update(
        self, ctx: CallContext, entity: Message, mask: Sequence[str] | None, allow_missing: bool
    ) -> tuple[Sequence[str], Sequence[str]]:
        """Refuse an update the request alone shows to be wrong; return its paths and guards.

        No read: the id, an upsert's id and tenant, a move to another tenant, the mask.
        `update` runs it first; a batch update runs it for every item before any is written.
        """
        m = self.model
        doc_id: str = entity.id  # type: ignore[attr-defined]
        if not doc_id:
            raise errors.required(f"{self._entity_field}.id", "the entity id is required")
        self.visibility.scope(ctx)  # a call without its tenant is refused first, as ever
        if allow_missing and self.visibility.foreign(ctx, doc_id):
            # Another tenant's id (of a tenant entity): the filter matches nothing, and an
            # upsert on it would insert a document with an `_id` the database invents, which
            # no Get finds. Creating it is what Create refuses, so refuse it the same way.
            raise errors.tenant_mismatch(f"id {doc_id!r} is not the caller's tenant")
        if allow_missing:
            self._check_chosen_id(doc_id)  # it may create the entity with this id
        tenant_field = m.tenant_field
        if tenant_field and tenant_field != "id" and ctx.tenant is not None:
            value = getattr(entity, tenant_field)
            if value and value != ctx.tenant:
                raise errors.invalid_field(
                    f"{self._entity_field}.{tenant_field}",
                    "cannot change",
                    f"{tenant_field} cannot move the entity to another tenant",
                )
        return self.masks.update_paths(entity, mask)

    async def update(
        self, ctx: CallContext, entity: Message, mask: Sequence[str] | None, allow_missing: bool
    ) -> M:
        """Update an entity (AIP-134) with field masks, etags and allow_missing."""
        m = self.model
        doc_id: str = entity.id  # type: ignore[attr-defined]
        paths, guards = self.check_update(ctx, entity, mask, allow_missing)
        visible = self.visibility.of_id(ctx, doc_id)
        changed_refs = [p for p in paths if p in self._reference_fields]
        if changed_refs:
            await self._check_references(entity, ctx.tenant, changed_refs)
        set_doc: Doc = {}
        unset: list[str] = []
        await self.secrets.write(entity, [p for p in paths if m.hidden(p)], set_doc, unset)
        wholes: list[tuple[str, FieldPlan]] = []  # sub-documents written whole
        for path in paths:
            if m.hidden(path):
                continue
            key, chain = resolve_path(m.descriptor, path)
            owner: Any = entity
            for fd in chain[:-1]:
                owner = getattr(owner, fd.name)
            last = chain[-1]
            containing = last.containing_type
            assert containing is not None  # a field always belongs to a message
            plan = plan_by_name(containing)[last.name]
            if present(owner, last) or plan.rules.stores_zero:
                set_doc[key] = encode_value(plan, getattr(owner, last.name))
                if needs_merge(plan):
                    wholes.append((key, plan))
            elif key in self.always_store:
                set_doc[key] = ""
            else:
                unset.append(key)
        filt = dict(visible)
        for name in guards:
            filt[m.field_keys[name]] = self.plan_map[name].match(getattr(entity, name))
        etag: str = entity.etag  # type: ignore[attr-defined]
        prior = await self._prior(ctx, visible, doc_id, etag) if etag else None
        if etag:
            filt.update(_as_read(prior, etag))
        current = now()
        on_insert = (
            self._insert_defaults(ctx, entity, doc_id, paths, current) if allow_missing else None
        )
        if allow_missing and etag and prior is None:
            # AIP-154: an etag names a stored version; with none stored it cannot match, and
            # a conditional write must not create (docs/decisions.md, "Upsert").
            raise errors.etag_mismatch(self.label, doc_id)
        write = _Write(filt, set_doc, unset, wholes, on_insert, current, prior)
        doc = await self._write_update(ctx, doc_id, etag, write)
        if doc is None and self.tenant_parent is not None and m.tenant_key is not None:
            adopted = await self.adopted(ctx, doc_id)
            if adopted:  # a child stored without its tenant field: the write stores it
                scoped = {**filt, **self.visibility.of_id(ctx, doc_id, adopted)}
                scoped.pop(m.tenant_key, None)
                fixed = {**set_doc, **self.visibility.tenant_on_insert(ctx)}
                write = dataclasses.replace(write, filt=scoped, set=fixed)
                doc = await self._write_update(ctx, doc_id, etag, write)
        if doc is None and allow_missing and not etag:
            # Missing: create it; when a racing upsert created it first, update that one.
            # Immutable fields are the filter's guards, not `$set`: the insert writes them.
            fields = m.descriptor.fields_by_name
            guarded = [g for g in guards if present(entity, fields[g])]
            doc = await self._create_missing(ctx, entity, [*paths, *guarded], write)
            if doc is None:
                doc = await self._write_update(ctx, doc_id, etag, write)
        if doc is None:
            await self.conflicts.diagnose(
                visible, doc_id, etag, self._guard_refusal(guards, entity)
            )
            raise errors.not_found(self.label, doc_id)
        return self.decode(doc)

    async def _prior(
        self, ctx: CallContext, visible: Mapping[str, Any], doc_id: str, etag: str
    ) -> Doc | None:
        """Return the whole stored document a write given `etag` is conditioned on.

        None when there is none (the write then matches nothing and says NOT_FOUND, or
        creates it with allow_missing); ABORTED when its etag is not `etag`. A child
        stored without its tenant field (`adopted`) is found as the write will find it.
        """
        doc = await self.documents.find_one(visible)
        if doc is None and self.tenant_parent is not None:
            adopted = await self.adopted(ctx, doc_id)
            if adopted:
                doc = await self.documents.find_one(self.visibility.of_id(ctx, doc_id, adopted))
        if doc is not None and version_of(doc) != etag:
            raise errors.etag_mismatch(self.label, doc_id)
        return doc

    def _refuse_incomplete(self, paths: Sequence[str]) -> None:
        """Refuse to create, as Create would, an entity whose required fields are unwritten.

        Request validation checks an Update's written fields only (it cannot know the
        entity is missing); an upsert that creates must meet Create's rules (AIP-134), so
        every required field without a default (not output only, not the tenant field the
        store fills) must be among the written ones.
        """
        m = self.model
        tops = {p.split(".")[0] for p in paths}
        unwritten = [name for name in m.required if name not in tops]
        if not unwritten:
            return
        found = validate(
            self.message_class(),
            prefix=f"{self._entity_field}.",
            only=unwritten,
            skip=lambda fd: fd.name in m.output_only or fd.name == m.tenant_field,
        )
        if found:
            raise errors.invalid_request(found)

    async def _create_missing(
        self, ctx: CallContext, entity: Message, written: Sequence[str], w: _Write
    ) -> Doc | None:
        """Insert the entity an Update with allow_missing found missing (AIP-134).

        An insert, not an upserting update: of any number of racing upserts of one id,
        the unique `_id` index lets exactly one insert, whose journal entry is the one
        CREATE; the others get None here and update what it inserted. (An upsert command
        cannot say whether it inserted, and two racing ones may both try to, one then
        failing on the index.) Another unique index refusing the insert is ALREADY_EXISTS.
        What Create checks holds here too: the required fields (`_refuse_incomplete`),
        every reference the insert writes (immutable ones included, which an update
        only compares), again after the insert, and the domain's after-write hook.
        """
        assert w.on_insert is not None  # set for allow_missing
        self._refuse_incomplete(written)
        refs = [name for name in written if name in self._reference_fields]
        if refs:
            await self._check_references(entity, ctx.tenant, refs)
        doc: Doc = dict(w.on_insert)
        for key, value in w.set.items():
            _put_path(doc, key, value)
        for key in self.always_store:
            doc.setdefault(key, "")
        await self._refuse_other_form(doc["_id"])
        try:
            created = await self.writes.insert(doc, w.at)
        except DuplicateKey as dup:
            if await self.documents.find_one({"_id": doc["_id"]}, {"_id": 1}) is None:
                await self.conflicts.name_duplicate(dup, doc, True)
            return None
        if refs:
            try:  # a parent deleted between the check and the insert keeps no child
                await self._check_references(entity, ctx.tenant, refs)
            except errors.FailedPrecondition:
                await self.remove(created["_id"])
                raise
        if self.hooks.after_write is not None:
            await self.hooks.after_write("created", created, ctx)
        return created

    async def _update_duplicate(
        self,
        ctx: CallContext,
        dup: DuplicateKey,
        doc_id: str,
        changes: Changes,
    ) -> None:
        """Explain a unique violation of an update: ALREADY_EXISTS, naming the fields.

        An update never inserts (allow_missing creates through `_create_missing`), so the
        stored document with the update's values is what collided.
        """
        values = await self.documents.find_one(self.visibility.of_id(ctx, doc_id))
        stored = values or {"_id": doc_id}
        await self.conflicts.name_duplicate(dup, {**stored, **changes.set}, inserting=False)

    async def _write_update(
        self, ctx: CallContext, doc_id: str, etag: str, w: _Write
    ) -> Doc | None:
        """Run one update's write; again when only the merged sub-documents changed."""
        doc = None
        stored = w.prior
        for _ in range(ATTEMPTS):
            kept = await self._keep_stored(w.filt, w.set, w.wholes, stored)
            stored = None  # a retry reads what is stored now
            changes = Changes(set=kept.set, unset=w.unset)
            try:
                doc, _ = await self.writes.update(kept.filter, changes, w.at)
            except DuplicateKey as dup:
                await self._update_duplicate(ctx, dup, doc_id, changes)
            if doc is not None or not kept.read:
                break
            # Missed: write again only if what changed is the merged values alone.
            if await self.documents.find_one(w.filt, {"_id": 1}) is None:
                break
        return doc

    async def _keep_stored(
        self,
        filt: Mapping[str, Any],
        set_doc: Doc,
        wholes: Sequence[tuple[str, FieldPlan]],
        stored: Doc | None = None,
    ) -> _Kept:
        """Merge the stored sub-documents into the ones an update writes whole.

        What they keep is `kept_keys`'s decision; the stored values become conditions of
        the write. `stored` is the document the etag was checked on, when it was read
        already (the write's filter then requires it unchanged).
        """
        if not wholes:
            return _Kept(dict(filt), set_doc, read=False)
        if stored is None:
            fields = dict.fromkeys((k for k, _ in wholes), 1)
            stored = await self.documents.find_one(filt, fields)
        if stored is None:
            return _Kept(dict(filt), set_doc, read=False)
        out = dict(set_doc)
        guarded = dict(filt)
        for key, plan in wholes:
            old = get_path(stored, key)
            out[key] = keep_stored(plan, set_doc[key], old)
            guarded[key] = old  # None also matches an absent key
        return _Kept(guarded, out, read=True)

    def _guard_refusal(self, guards: Sequence[str], entity: Message) -> Refusal:
        """Return the refusal of an update whose immutable guard did not match the stored value."""

        def refuse(existing: Mapping[str, Any]) -> Exception | None:
            for name in guards:
                stored = existing.get(self.model.field_keys[name])
                if not self.plan_map[name].holds(stored, getattr(entity, name)):
                    return errors.immutable(f"{self._entity_field}.{name}", name)
            return None

        return refuse

    def _insert_defaults(
        self, ctx: CallContext, entity: Message, doc_id: str, paths: Sequence[str], current: Any
    ) -> Doc:
        """Fields an upsert (allow_missing) writes only when it creates the document.

        The filter matches the id, the tenant and id-typed guards in either stored form
        (`$in`), which an upsert does not copy into what it inserts: they are set here, of
        their declared types.
        """
        m = self.model
        fresh = self.message_class()
        apply_defaults(fresh, current)
        fresh_doc = encode_fields(fresh, self.plans)
        tops = {m.field_keys[p.split(".")[0]] for p in paths}
        out = {k: v for k, v in fresh_doc.items() if k not in tops}
        out["createdAt"] = current
        out["_id"] = m.ids.stored(doc_id)
        for key, value in self.visibility.tenant_on_insert(ctx).items():
            if key not in tops:
                out[key] = value
        for name in m.immutable:
            key = m.field_keys[name]
            if name == "id" or key in tops:
                continue
            if present(entity, m.descriptor.fields_by_name[name]):
                out[key] = self.encode(name, getattr(entity, name))  # a guard of the filter
        return out

    async def delete(
        self, ctx: CallContext, doc_id: str, etag: str, force: bool = False
    ) -> M | None:
        """Delete an entity (AIP-135); soft where the entity declares it (AIP-164).

        A hard delete first deletes (or refuses to orphan) the entities that refer to this
        one, children before parent, so an interruption leaves no dangling reference.
        """
        visible = self.visibility.of_id(ctx, doc_id)
        prior = await self._prior(ctx, visible, doc_id, etag) if etag else None
        filt = {**visible, **_as_read(prior, etag)} if etag else dict(visible)
        soft = self.model.soft_delete_key
        if soft:
            doc, _ = await self.writes.update(
                {**filt, soft: {"$ne": False}},
                Changes(set={soft: False}),
                now(),
                operation=audit.SOFT_DELETE,
            )
            if doc is None:
                await self.conflicts.diagnose(visible, doc_id, etag, None)
                # AIP-164: a deleted entity is gone as far as Delete is concerned.
                raise errors.already_deleted(self.label, doc_id)
            return self.decode(doc)
        if self.relations is not None and self.relations.has_incoming(self.model.full_name):
            if prior is None and await self.documents.find_one(filt, {"_id": 1}) is None:
                await self.conflicts.diagnose(visible, doc_id, etag, None)
                raise errors.not_found(self.label, doc_id)
            await self.relations.before_delete(ctx, self, doc_id, force)
        if await self._remove_one(ctx, filt):
            return None
        tenant_key = self.model.tenant_key
        if self.tenant_parent is not None and tenant_key is not None:
            adopted = await self.adopted(ctx, doc_id)
            if adopted:  # a child stored without its tenant field
                scoped = {**filt, **self.visibility.of_id(ctx, doc_id, adopted)}
                scoped.pop(tenant_key, None)
                if await self._remove_one(ctx, scoped):
                    return None
        await self.conflicts.diagnose(visible, doc_id, etag, None)
        raise errors.not_found(self.label, doc_id)

    async def _remove_one(self, ctx: CallContext, filt: Mapping[str, Any]) -> bool:
        """Delete the document `filt` finds, telling the hooks; whether one was deleted."""
        if self.hooks.after_write is None:
            return await self.writes.delete_one(filt)
        gone = await self.writes.claim(filt)
        if gone is None:
            return False
        await self.hooks.after_write("deleted", gone, ctx)
        return True

    async def undelete(self, ctx: CallContext, doc_id: str, etag: str) -> M:
        """Restore a soft-deleted entity (AIP-164)."""
        soft = self.model.soft_delete_key
        if soft is None:
            raise errors.invalid_state(f"{self.label} has no soft delete")
        visible = self.visibility.of_id(ctx, doc_id)
        filt = {**visible, soft: False}
        if etag:
            filt.update(_as_read(await self._prior(ctx, visible, doc_id, etag), etag))
        doc, _ = await self.writes.update(
            filt, Changes(set={soft: True}), now(), operation=audit.UNDELETE
        )
        if doc is None:
            await self.conflicts.diagnose(visible, doc_id, etag, None)
            raise errors.not_deleted(self.label, doc_id)  # AIP-164: undelete of a live one
        return self.decode(doc)


def _tenant_in(store: EntityStore[Any], doc: Mapping[str, Any]) -> Any:
    """Return the tenant a stored document of `store` belongs to."""
    key = store.model.tenant_key
    return get_path(doc, key) if key else None


def _put_path(doc: Doc, key: str, value: Any) -> None:
    """Set dotted key `key` (`address.city`, as a `$set` names it) in `doc` as nested ones."""
    *parents, last = key.split(".")
    for part in parents:
        doc = doc.setdefault(part, {})
    doc[last] = value


def _as_read(prior: Doc | None, etag: str) -> Doc:
    """Return the condition of a write given `etag` that found `prior` with that etag."""
    if prior is None:
        # Nothing stored: a stamp never equals an etag (12 characters, not 16), so the
        # update matches nothing (allow_missing refuses an etag of a missing entity first).
        return {"etag": etag}
    return unchanged(prior)


def _required_id(doc_id: str) -> str:
    """Reject an empty id (request validation exempts fields named `id`)."""
    if not doc_id:
        raise errors.required("id")
    return doc_id


def _fields(keys: Iterable[str] | Mapping[str, int] | None) -> dict[str, int] | None:
    if keys is None:
        return None
    return dict.fromkeys(keys, 1)


def _retry(existing: Mapping[str, Any]) -> Exception | None:
    return None  # nothing but the version was asked: the miss was a race, write again


def _refuse_generic(existing: Mapping[str, Any]) -> Exception | None:
    return errors.invalid_state("the entity's state does not allow this change")
