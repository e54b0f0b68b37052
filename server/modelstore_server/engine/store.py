"""The standard methods (AIP-131..135, 231) of any entity, over one MongoDB collection.

Each method is one database round trip on its happy path: the whole condition (id, tenant,
liveness, etag, immutable fields) is the filter of a single command, and a conditional
write is atomic on every supported backend, across processes. Failure paths may read once
more to say precisely what went wrong (missing vs. etag mismatch vs. a moved tenant),
because a conditional write alone cannot tell those apart.
"""

from __future__ import annotations

import asyncio
import base64
import builtins
import datetime as dt
import itertools
import os
import random
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, NoReturn

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message
from pymongo import ReturnDocument
from pymongo.asynchronous.collection import AsyncCollection

from modelstore.v1 import errors_pb2

from ..errors import (
    AlreadyExists,
    EtagMismatch,
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    NotFound,
    PermissionDenied,
)
from ..security.encryption import Keyring, field_aad
from ..security.hashing import hash_secret
from ..storage.capabilities import Capabilities
from ..storage.driver_errors import DuplicateKey, unique_violations
from .codec import compile_plan, decode_into, encode_fields, encode_value, now, plan_by_name
from .context import CallContext
from .defaults import apply_defaults
from .filters import FilterError, compile_filter
from .hooks import EntityHooks
from .model import EntityModel, resolve_path
from .naming import snake_case
from .ordering import SortKey, parse_order_by
from .pagination import decode_token, encode_token, get_path, keyset_condition, query_digest
from .relations import Relations

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000
MAX_BATCH_IDS = 1000
_REQUEST_NS = uuid.UUID("6f1c7f52-8a43-4c35-9d7e-3b0f0e8f4a11")
_CONFLICT_RETRIES = 3
"""How often an insert aborted by a concurrent writer is run again (`EntityStore._insert`)."""
_RID = "_rid"  # the idempotency record kept on a created document


def new_etag() -> str:
    """Return a fresh opaque etag."""
    return base64.urlsafe_b64encode(os.urandom(9)).decode("ascii")


class EntityStore:
    """Standard-method semantics for one entity; shared by every entity alike."""

    def __init__(
        self,
        model: EntityModel,
        collection: AsyncCollection[dict[str, Any]],
        keyring: Keyring,
        caps: Capabilities,
    ) -> None:
        self.model = model
        self.coll = collection
        self.keyring = keyring
        self.caps = caps
        """What the database can do; handed to the storage seam, never branched on here."""
        self.relations: Relations | None = None  # set once every store exists
        self.hooks = EntityHooks()  # set by the domain modules at start-up
        self.plans = compile_plan(model.descriptor)
        self.plan_map = plan_by_name(model.descriptor)
        self.label = model.name
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

    # ---- scoping -------------------------------------------------------------------

    def scope(self, ctx: CallContext) -> dict[str, Any]:
        """Return the tenant condition every query of this entity must carry."""
        key = self.model.tenant_key
        if key is None:
            return {}
        if ctx.tenant is None:
            if ctx.cross_tenant:
                return {}
            raise FailedPrecondition(
                "this entity is tenant-scoped: set the x-tenant-id metadata header",
                reason=errors_pb2.ERROR_REASON_TENANT_REQUIRED,
            )
        return {key: ctx.tenant}

    def live(self) -> dict[str, Any]:
        """Return the condition that hides expired documents (TTL rules).

        Every backend removes expired documents asynchronously (MongoDB's TTL monitor and
        DocumentDB's pg_cron job run about once a minute), so reads never rely on removal.
        """
        if not self.model.ttl:
            return {}
        current = now()
        return {rule.key: {"$gt": current - _seconds(rule.seconds)} for rule in self.model.ttl}

    def id_filter(self, ctx: CallContext, doc_id: str) -> dict[str, Any]:
        """Return the filter that finds one live document of the caller's tenant."""
        scope = self.scope(ctx)
        if scope.get("_id") is not None and scope["_id"] != doc_id:
            raise self.not_found(doc_id)  # another tenant: exactly like a missing id
        return {**scope, **self.live(), "_id": doc_id}

    def not_found(self, doc_id: str) -> NotFound:
        """Return the NOT_FOUND error for an id."""
        return NotFound(f"{self.label} {doc_id!r} not found")

    # ---- codec helpers -------------------------------------------------------------

    def decode(self, doc: Mapping[str, Any]) -> Message:
        """Turn a stored document into an entity message (hidden fields never included)."""
        msg = self.model.message_class()
        decode_into(msg, doc, self.plans)
        if self.hooks.on_decode is not None:
            self.hooks.on_decode(msg, doc)
        return msg

    def projection(self, paths: Sequence[str] | None) -> dict[str, int] | None:
        """Return the projection of a read mask (None for every field).

        With a decode hook the whole document is read, since the hook may need fields the
        mask leaves out; `masked` then trims the response.
        """
        if not paths or self.hooks.on_decode is not None:
            if paths:
                for path in paths:
                    self.resolve(path, "read_mask")
            return None
        proj: dict[str, int] = {"_id": 1}
        for path in paths:
            proj[self.resolve(path, "read_mask")[0]] = 1
        return proj

    def masked(self, msg: Message, paths: Sequence[str] | None) -> Message:
        """Clear the top-level fields a read mask leaves out (after a whole-document read)."""
        if paths and self.hooks.on_decode is not None:
            keep = {p.split(".")[0] for p in paths} | {"id"}
            for fd, _ in msg.ListFields():
                if fd.name not in keep:
                    msg.ClearField(fd.name)
        return msg

    def resolve(self, path: str, mask_name: str) -> tuple[str, list[FieldDescriptor]]:
        """Resolve a mask path, rejecting unknown and hidden fields."""
        try:
            key, chain = resolve_path(self.model.descriptor, path)
        except KeyError:
            raise self._mask_error(mask_name, f"unknown field {path[:100]!r}") from None
        if self.model.hidden(chain[0].name) and mask_name == "read_mask":
            raise self._mask_error(mask_name, f"field {path!r} is write-only")
        return key, chain

    @staticmethod
    def _mask_error(mask_name: str, message: str) -> InvalidArgument:
        return InvalidArgument(
            f"{mask_name}: {message}",
            [FieldViolation(mask_name, message)],
            reason=errors_pb2.ERROR_REASON_INVALID_FIELD_MASK,
        )

    async def _write_secrets(
        self,
        msg: Message,
        names: Sequence[str],
        doc: dict[str, Any],
        unset: dict[str, str] | None = None,
    ) -> None:
        """Hash secrets and encrypt encrypted fields of `msg` into `doc` (by name)."""
        m = self.model
        doc_id = str(msg.id)  # type: ignore[attr-defined]
        for name in names:
            value = getattr(msg, name)
            if name in m.secrets:
                secret = m.secrets[name]
                if value:
                    digest, salt = await asyncio.to_thread(hash_secret, secret.algorithm, value)
                    doc[secret.hash_key] = digest
                    if secret.salt_key and salt is not None:
                        doc[secret.salt_key] = salt
                elif unset is not None:
                    unset[secret.hash_key] = ""
                    if secret.salt_key:
                        unset[secret.salt_key] = ""
            elif name in m.encrypted:
                key = m.field_keys[name]
                if value:
                    doc[key] = self.keyring.encrypt(value, field_aad(m.collection, doc_id, name))
                elif unset is not None:
                    unset[key] = ""

    async def _raise_duplicate(
        self, dup: DuplicateKey, values: Mapping[str, Any], inserting: bool = True
    ) -> NoReturn:
        """Turn a unique-index violation into ALREADY_EXISTS naming the fields at fault.

        Where the backend names the index's keys (MongoDB's keyPattern) they decide;
        otherwise (DocumentDB names the index only in its message text) the index is found
        by asking which unique index already holds `values`, the document the write tried
        to store (`_id` too when `inserting` it; an update keeps its own). An unconfirmed
        violation (an untyped error, see `DuplicateKey`) that no index explains is not
        one: its own error is raised again.
        """
        if dup.key_pattern is not None:
            keys = list(dup.key_pattern)
            for index in self.model.indexes:
                if [k for k, _ in index.keys] == keys:
                    raise self._already(index.fields) from None
            if keys == ["_id"]:
                raise self._already(["id"], errors_pb2.ERROR_REASON_ALREADY_EXISTS_ID) from None
        if inserting and await self.coll.find_one({"_id": values.get("_id")}, {"_id": 1}):
            raise self._already(["id"], errors_pb2.ERROR_REASON_ALREADY_EXISTS_ID) from None
        for index in self.model.indexes:
            if not index.unique:
                continue
            query = {k: get_path(values, k) for k, _ in index.keys}
            if index.only_when_present and any(v is None for v in query.values()):
                continue
            query["_id"] = {"$ne": values.get("_id")}
            if await self.coll.find_one(query, {"_id": 1}) is not None:
                raise self._already(index.fields) from None
        if not dup.confirmed:
            raise dup.cause
        # The holder is gone again (deleted since): name every unique field.
        raise self._already([f for i in self.model.indexes if i.unique for f in i.fields])

    async def _insert(self, doc: dict[str, Any]) -> None:
        """Insert one document; a write aborted by a concurrent writer is run again.

        DocumentDB can abort racing inserts of one unique value as a deadlock (PostgreSQL
        40P01) instead of refusing all but one as duplicates. Such an insert was not
        applied, so running it again is safe, and answers what the caller should hear: it
        succeeds, or meets the now committed value as a plain duplicate.
        """
        for attempt in range(_CONFLICT_RETRIES + 1):
            try:
                with unique_violations(self.caps):
                    await self.coll.insert_one(doc)
                return
            except DuplicateKey as dup:
                if not dup.write_conflict or attempt == _CONFLICT_RETRIES:
                    raise
                await asyncio.sleep(random.uniform(0.001, 0.01) * (attempt + 1))

    def _already(self, fields: Sequence[str], reason: int | None = None) -> AlreadyExists:
        names = ", ".join(fields)
        what = "id" if reason == errors_pb2.ERROR_REASON_ALREADY_EXISTS_ID else names
        return AlreadyExists(
            f"a {self.label} with this {what} already exists", fields, reason=reason
        )

    # ---- standard methods ----------------------------------------------------------

    async def create(
        self, ctx: CallContext, entity: Message, request_id: str, fingerprint: bytes
    ) -> Message:
        """Create an entity (AIP-133), idempotently when `request_id` is set (AIP-155)."""
        m = self.model
        msg = self.model.message_class()
        msg.CopyFrom(entity)
        for name in m.output_only:
            msg.ClearField(name)
        created = now()
        apply_defaults(msg, created)
        self._fill_tenant(ctx, msg)
        if not msg.id:  # type: ignore[attr-defined]
            seed = f"{m.collection}\x00{ctx.tenant or ''}\x00{request_id}"
            msg.id = str(uuid.uuid5(_REQUEST_NS, seed) if request_id else uuid.uuid4())  # type: ignore[attr-defined]
        doc = encode_fields(msg, self.plans)
        for key in self.always_store:
            doc.setdefault(key, "")
        await self._write_secrets(msg, [*m.secrets, *m.encrypted], doc)
        doc["createdAt"] = created
        doc["updatedAt"] = created
        doc["etag"] = new_etag()
        if request_id:
            doc[_RID] = {"id": request_id, "h": fingerprint}
        if self.hooks.before_create is not None:
            await self.hooks.before_create(msg, ctx)
            doc.update(encode_fields(msg, self.plans))
        tenant = self.tenant_of(msg, ctx)
        await self.check_references(msg, tenant, m.references)
        try:
            await self._insert(doc)
        except DuplicateKey as dup:
            if request_id:
                previous = await self.coll.find_one({**self.scope(ctx), "_id": doc["_id"]})
                record = (previous or {}).get(_RID) or {}
                if previous is not None and record.get("id") == request_id:
                    if record.get("h") != fingerprint:
                        raise InvalidArgument(
                            "request_id was already used for a different request",
                            [FieldViolation("request_id", "was used for another request")],
                            reason=errors_pb2.ERROR_REASON_REQUEST_ID_REUSED,
                        ) from None
                    if self.hooks.after_write is not None:
                        await self.hooks.after_write("created", previous, ctx)  # repairs
                    return self.decode(previous)
            await self._raise_duplicate(dup, doc)
        if self.relations is not None and m.references:
            # A parent deleted between the check and the insert must not keep this child.
            try:
                await self.check_references(msg, tenant, m.references)
            except FailedPrecondition:
                await self.coll.delete_one({"_id": doc["_id"]})
                raise
        if self.hooks.after_write is not None:
            await self.hooks.after_write("created", doc, ctx)
        if self._echo_lossless and self.hooks.on_decode is None:
            decode_into(msg, doc, self._server_set)  # createdAt, updatedAt, etag, ...
            return msg
        return self.decode(doc)

    def tenant_of(self, msg: Message, ctx: CallContext) -> str | None:
        """Return the tenant an entity belongs to (its tenant field, or the caller's)."""
        field = self.model.tenant_field
        if field is None:
            return ctx.tenant
        value = str(getattr(msg, field))
        return value or ctx.tenant

    async def check_references(
        self, msg: Message, tenant: str | None, names: Sequence[str] | Mapping[str, str]
    ) -> None:
        """Fail with FAILED_PRECONDITION unless each named reference field of `msg` resolves."""
        if self.relations is None:
            return
        values = {n: getattr(msg, n) for n in names if n in self.model.references}
        await self.relations.check(self, tenant, values, f"{snake_case(self.model.name)}.")

    def _fill_tenant(self, ctx: CallContext, msg: Message) -> None:
        field = self.model.tenant_field
        if field is None:
            return
        value = getattr(msg, field)
        if ctx.tenant is None:
            if not ctx.cross_tenant:
                self.scope(ctx)  # raises TENANT_REQUIRED
            if not value and field != "id" and field in self.model.required:
                raise InvalidArgument(
                    f"{field} is required when no x-tenant-id header is sent",
                    [FieldViolation(f"{snake_case(self.model.name)}.{field}", "is required")],
                )
            return
        if value and value != ctx.tenant:
            raise PermissionDenied(
                f"{field} {value!r} is not the caller's tenant",
                reason=errors_pb2.ERROR_REASON_TENANT_MISMATCH,
            )
        setattr(msg, field, ctx.tenant)

    async def get(self, ctx: CallContext, doc_id: str, paths: Sequence[str] | None) -> Message:
        """Get one entity (AIP-131)."""
        doc = await self.coll.find_one(self.id_filter(ctx, doc_id), self.projection(paths))
        if doc is None:
            raise self.not_found(doc_id)
        return self.masked(self.decode(doc), paths)

    async def batch_get(
        self, ctx: CallContext, ids: Sequence[str], paths: Sequence[str] | None
    ) -> list[Message]:
        """Get several entities in request order (AIP-231); any missing id fails the call."""
        if not ids:
            raise InvalidArgument("ids must not be empty", [FieldViolation("ids", "is required")])
        if len(ids) > MAX_BATCH_IDS:
            raise InvalidArgument(
                f"at most {MAX_BATCH_IDS} ids per call",
                [FieldViolation("ids", f"must hold at most {MAX_BATCH_IDS} ids")],
                reason=errors_pb2.ERROR_REASON_LIMIT_EXCEEDED,
            )
        scope = self.scope(ctx)
        wanted = list(dict.fromkeys(ids))
        own = scope.pop("_id", None)
        if own is not None:  # a tenant entity: only the caller's own id can be found
            wanted = [i for i in wanted if i == own]
        by_id: dict[str, Mapping[str, Any]] = {}
        if wanted:
            filt = {**scope, **self.live(), "_id": {"$in": wanted}}
            async for doc in self.coll.find(filt, self.projection(paths)):
                by_id[str(doc["_id"])] = doc
        missing = [i for i in ids if i not in by_id]
        if missing:
            shown = ", ".join(repr(i) for i in missing[:5])
            raise NotFound(f"{self.label} not found: {shown}")
        return [self.masked(self.decode(by_id[i]), paths) for i in ids]

    async def list(
        self,
        ctx: CallContext,
        *,
        page_size: int,
        page_token: str,
        filter_text: str,
        order_by: str,
        show_deleted: bool = False,
    ) -> tuple[list[Message], str]:
        """List one keyset page (AIP-132, AIP-158, AIP-160)."""
        if page_size < 0:
            raise InvalidArgument(
                "page_size must not be negative",
                [FieldViolation("page_size", "must not be negative")],
                reason=errors_pb2.ERROR_REASON_INVALID_PAGE_SIZE,
            )
        size = min(page_size or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
        query, sort, digest = self.list_query(ctx, filter_text, order_by, show_deleted, page_token)
        cursor = self.coll.find(query, sort=[(s.key, s.direction) for s in sort], limit=size + 1)
        docs = await cursor.to_list(length=size + 1)
        more = len(docs) > size
        docs = docs[:size]
        token = encode_token(docs[-1], sort, digest) if more and docs else ""
        return [self.decode(d) for d in docs], token

    def list_query(
        self,
        ctx: CallContext,
        filter_text: str,
        order_by: str,
        show_deleted: bool = False,
        page_token: str = "",
    ) -> tuple[dict[str, Any], tuple[SortKey, ...], bytes]:
        """Return the query, the sort and the token digest of one List page.

        This is exactly what `list` sends; `tests/engine/test_index_use.py` explains it.
        """
        sort = parse_order_by(order_by, self.model.descriptor)
        parts: list[dict[str, Any]] = []
        scope = self.scope(ctx)
        if scope:
            parts.append(scope)
        live = self.live()
        if live:
            parts.append(live)
        if self.model.soft_delete_key and not show_deleted:
            parts.append({self.model.soft_delete_key: {"$ne": False}})
        try:
            compiled = compile_filter(filter_text, self.model.descriptor)
        except FilterError as exc:
            raise InvalidArgument(
                f"filter: {exc}",
                [FieldViolation("filter", str(exc))],
                reason=errors_pb2.ERROR_REASON_INVALID_FILTER,
            ) from None
        if compiled:
            parts.append(compiled)
        digest = query_digest(
            self.model.full_name,
            ctx.tenant or "",
            filter_text.strip(),
            ",".join(f"{s.key}:{s.direction}" for s in sort),
            str(show_deleted),
        )
        if page_token:
            parts.append(keyset_condition(sort, decode_token(page_token, sort, digest)))
        query: dict[str, Any] = parts[0] if len(parts) == 1 else ({"$and": parts} if parts else {})
        return query, sort, digest

    async def update(
        self, ctx: CallContext, entity: Message, mask: Sequence[str] | None, allow_missing: bool
    ) -> Message:
        """Update an entity (AIP-134) with field masks, etags and allow_missing."""
        m = self.model
        doc_id: str = entity.id  # type: ignore[attr-defined]
        entity_field = snake_case(m.name)
        if not doc_id:
            raise InvalidArgument(
                "the entity id is required", [FieldViolation(f"{entity_field}.id", "is required")]
            )
        filt = self.id_filter(ctx, doc_id)
        tenant_field = m.tenant_field
        if tenant_field and tenant_field != "id" and ctx.tenant is not None:
            value = getattr(entity, tenant_field)
            if value and value != ctx.tenant:
                raise InvalidArgument(
                    f"{tenant_field} cannot move the entity to another tenant",
                    [FieldViolation(f"{entity_field}.{tenant_field}", "cannot change")],
                )
        paths, guards = self._update_paths(entity, mask)
        changed_refs = [p for p in paths if p in m.references]
        if changed_refs:
            await self.check_references(entity, ctx.tenant, changed_refs)
        set_doc: dict[str, Any] = {}
        unset: dict[str, str] = {}
        hidden = [p for p in paths if m.hidden(p)]
        await self._write_secrets(entity, hidden, set_doc, unset)
        for path in paths:
            if m.hidden(path):
                continue
            key, chain = resolve_path(m.descriptor, path)
            owner: Any = entity
            for fd in chain[:-1]:
                owner = getattr(owner, fd.name)
            last = chain[-1]
            if _present(owner, last):
                containing = last.containing_type
                assert containing is not None  # a field always belongs to a message
                plan = plan_by_name(containing)[last.name]
                set_doc[key] = encode_value(plan, getattr(owner, last.name))
            elif key in self.always_store:
                set_doc[key] = ""
            else:
                unset[key] = ""
        for name in guards:
            value = getattr(entity, name)
            filt[m.field_keys[name]] = encode_value(self.plan_map[name], value)
        current = now()
        set_doc["updatedAt"] = current
        set_doc["etag"] = new_etag()
        etag: str = entity.etag  # type: ignore[attr-defined]
        if etag:
            filt["etag"] = etag
        update: dict[str, Any] = {"$set": set_doc}
        if unset:
            update["$unset"] = unset
        if allow_missing:
            update["$setOnInsert"] = await self._insert_defaults(ctx, entity, paths, current)
        try:
            with unique_violations(self.caps):
                doc = await self.coll.find_one_and_update(
                    filt, update, return_document=ReturnDocument.AFTER, upsert=allow_missing
                )
        except DuplicateKey as dup:
            # Only an upsert can collide on `_id`: a different etag then means the document
            # exists and changed (the etag filter did not match), not a duplicate.
            if etag and await self.coll.find_one(
                {**self.id_filter(ctx, doc_id), "etag": {"$ne": etag}}, {"_id": 1}
            ):
                raise EtagMismatch(f"{self.label} {doc_id!r} has changed (etag mismatch)") from None
            # An upsert whose filter matches nothing inserted: the document it would have
            # made is its filter's equalities plus $setOnInsert; otherwise the stored one.
            inserting = allow_missing and await self.coll.find_one(filt, {"_id": 1}) is None
            if inserting:
                equal = {k: v for k, v in filt.items() if not isinstance(v, Mapping)}
                values = {**update["$setOnInsert"], **equal}
            else:
                values = await self.coll.find_one(self.id_filter(ctx, doc_id)) or {"_id": doc_id}
            await self._raise_duplicate(dup, {**values, **set_doc}, inserting)
        if doc is None:
            await self._diagnose(ctx, doc_id, etag, guards, entity)
            raise self.not_found(doc_id)
        return self.decode(doc)

    # `builtins.list`: in this class body `list` is the `list` method.
    def _update_paths(
        self, entity: Message, mask: Sequence[str] | None
    ) -> tuple[builtins.list[str], builtins.list[str]]:
        """Return the paths to write and the immutable fields to guard with equality."""
        m = self.model
        guards: list[str] = []
        if mask and "*" in mask:
            if len(mask) > 1:
                raise self._mask_error("update_mask", "'*' cannot be combined with other paths")
            paths = [
                fd.name
                for fd in m.descriptor.fields
                if fd.name not in m.output_only and fd.name not in m.immutable and fd.name != "id"
            ]
            # A replace keeps stored secrets unless new ones are sent.
            paths = [p for p in paths if not m.hidden(p) or _present(entity, _fd(m, p))]
            guards = [n for n in m.immutable if n != "id" and _present(entity, _fd(m, n))]
            return paths, guards
        if mask:
            paths = []
            for path in mask:
                _, chain = self.resolve(path, "update_mask")
                top = chain[0].name
                if top == "id" or top in m.output_only:
                    raise self._mask_error("update_mask", f"field {path!r} is output only")
                if top in m.immutable:
                    raise self._mask_error("update_mask", f"field {path!r} is immutable")
                paths.append(path)
            _check_overlap(paths, self._mask_error)
            return paths, guards
        paths = []
        for fd, _ in entity.ListFields():
            if fd.name == "id" or fd.name in m.output_only:
                continue
            if fd.name in m.immutable:
                guards.append(fd.name)
                continue
            paths.append(fd.name)
        return paths, guards

    async def _insert_defaults(
        self, ctx: CallContext, entity: Message, paths: Sequence[str], current: Any
    ) -> dict[str, Any]:
        """Fields an upsert (allow_missing) writes only when it creates the document."""
        m = self.model
        fresh = m.message_class()
        apply_defaults(fresh, current)
        fresh_doc = encode_fields(fresh, self.plans)
        tops = {p.split(".")[0] for p in paths}
        out = {k: v for k, v in fresh_doc.items() if k not in {m.field_keys[t] for t in tops}}
        out["createdAt"] = current
        if m.tenant_key and m.tenant_key != "_id" and ctx.tenant is not None:
            out.pop(m.tenant_key, None)  # already copied from the filter's equality
        for name in m.immutable:
            if name != "id" and _present(entity, _fd(m, name)):
                out.pop(m.field_keys[name], None)
        return out

    async def _diagnose(
        self, ctx: CallContext, doc_id: str, etag: str, guards: Sequence[str], entity: Message
    ) -> None:
        """Explain why a conditional write matched nothing."""
        existing = await self.coll.find_one(self.id_filter(ctx, doc_id))
        if existing is None:
            raise self.not_found(doc_id)
        if etag and existing.get("etag") != etag:
            raise EtagMismatch(f"{self.label} {doc_id!r} has changed (etag mismatch)")
        entity_field = snake_case(self.model.name)
        for name in guards:
            stored = existing.get(self.model.field_keys[name])
            if stored != encode_value(self.plan_map[name], getattr(entity, name)):
                raise InvalidArgument(
                    f"{name} is immutable",
                    [FieldViolation(f"{entity_field}.{name}", "is immutable and cannot change")],
                )

    async def delete(
        self, ctx: CallContext, doc_id: str, etag: str, force: bool = False
    ) -> Message | None:
        """Delete an entity (AIP-135); soft where the entity declares it (AIP-164).

        A hard delete first deletes (or refuses to orphan) the entities that refer to this
        one, children before parent, so an interruption leaves no dangling reference.
        """
        filt = self.id_filter(ctx, doc_id)
        if etag:
            filt["etag"] = etag
        soft = self.model.soft_delete_key
        if (
            not soft
            and self.relations is not None
            and self.relations.incoming.get(self.model.full_name)
        ):
            if await self.coll.find_one(filt, {"_id": 1}) is None:
                await self._diagnose(ctx, doc_id, etag, (), self.model.message_class())
                raise self.not_found(doc_id)
            await self.relations.before_delete(ctx, self, doc_id, force)
        if soft:
            filt[soft] = {"$ne": False}
            doc = await self.coll.find_one_and_update(
                filt,
                {"$set": {soft: False, "updatedAt": now(), "etag": new_etag()}},
                return_document=ReturnDocument.AFTER,
            )
            if doc is None:
                await self._diagnose(ctx, doc_id, etag, (), self.model.message_class())
                # AIP-164: a deleted entity is gone as far as Delete is concerned.
                raise NotFound(f"{self.label} {doc_id!r} is already deleted")
            return self.decode(doc)
        if self.hooks.after_write is not None:
            gone = await self.coll.find_one_and_delete(filt)
            if gone is not None:
                await self.hooks.after_write("deleted", gone, ctx)
                return None
        else:
            result = await self.coll.delete_one(filt)
            if result.deleted_count:
                return None
        await self._diagnose(ctx, doc_id, etag, (), self.model.message_class())
        raise self.not_found(doc_id)

    async def undelete(self, ctx: CallContext, doc_id: str, etag: str) -> Message:
        """Restore a soft-deleted entity (AIP-164)."""
        soft = self.model.soft_delete_key
        if soft is None:
            raise FailedPrecondition(f"{self.label} has no soft delete")
        filt = {**self.id_filter(ctx, doc_id), soft: False}
        if etag:
            filt["etag"] = etag
        doc = await self.coll.find_one_and_update(
            filt,
            {"$set": {soft: True, "updatedAt": now(), "etag": new_etag()}},
            return_document=ReturnDocument.AFTER,
        )
        if doc is None:
            await self._diagnose(ctx, doc_id, etag, (), self.model.message_class())
            # AIP-164: undeleting a live entity is ALREADY_EXISTS.
            raise AlreadyExists(
                f"{self.label} {doc_id!r} is not deleted",
                ["id"],
                reason=errors_pb2.ERROR_REASON_ALREADY_EXISTS_ID,
            )
        return self.decode(doc)


def _seconds(value: int) -> dt.timedelta:
    return dt.timedelta(seconds=value)


def _fd(model: EntityModel, name: str) -> FieldDescriptor:
    return model.descriptor.fields_by_name[name]


def _present(owner: Message, fd: FieldDescriptor) -> bool:
    if fd.is_repeated:
        return len(getattr(owner, fd.name)) > 0
    if fd.has_presence:
        return owner.HasField(fd.name)
    return bool(getattr(owner, fd.name))


def _check_overlap(paths: Sequence[str], error: Any) -> None:
    ordered = sorted(paths)
    for a, b in itertools.pairwise(ordered):
        if a == b or b.startswith(a + "."):
            raise error("update_mask", f"paths {a!r} and {b!r} overlap")
