"""The audit log (`modelstore.v1.AuditLogEntry`): a call's journal made entries, and kept.

`transport.pipeline` hands every finished write call here before it answers: the changes
its journal holds (`engine.audit`) become one entry each, plus, when the call failed, one
entry for the entity the request named; all of them go to `modelstore.audit_log` in one
insert. Entries are immutable (AuditLogService has only Get and List) and expire with
the TTL index on `created_at`, whose period `with_retention` sets (docs/audit.md).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from google.protobuf.message import Message

from modelstore.v1 import audit_pb2, storage_pb2

from . import audit
from .codec import encode_fields, now
from .context import CallContext
from .group_insert import GroupInsert
from .model import EntityModel
from .registry import Kind, MethodSpec, ServiceSpec
from .store import EntityStore

ENTRY = audit_pb2.AuditLogEntry.DESCRIPTOR.full_name
OK = "OK"
SECONDS_PER_DAY = 86_400

_ATTEMPTED = {
    Kind.CREATE: audit.CREATE,
    Kind.UPDATE: audit.UPDATE,
    Kind.DELETE: audit.DELETE,
    Kind.UNDELETE: audit.UNDELETE,
}
_SERVER_SET = frozenset({"id", "etag", "create_time", "created_at", "update_time", "updated_at"})


def is_write(spec: MethodSpec | None) -> bool:
    """Whether an RPC writes (needs the write right): its failures are audited too."""
    return spec is not None and storage_pb2.ACCESS_WRITE in spec.requires


class AuditTrail:
    """Turns a call's journal into audit entries and stores them, in one insert."""

    def __init__(
        self,
        store: EntityStore[audit_pb2.AuditLogEntry],
        on_write: Callable[[], None] | None = None,
    ) -> None:
        self._store = store
        self._key = store.key
        self._on_write = on_write
        """Told when a call wrote (the change feed's capture reads the log at once)."""
        self._group = GroupInsert(self._insert_now)

    async def store(self, ctx: CallContext, journal: audit.Journal) -> None:
        """Store the entries of a call that is about to answer OK.

        Raises whatever the database raises: the pipeline fails the call then.
        """
        if journal.changes:
            if self._on_write is not None:
                self._on_write()
            await self._insert(await self._entries(ctx, journal, OK, ""))

    async def store_failed(
        self, ctx: CallContext, journal: audit.Journal, spec: MethodSpec | None, request: Message
    ) -> None:
        """Store the entries of a failed call: what it wrote, and the write it attempted.

        The attempted write's entry is made for write RPCs only (`is_write`); a read that
        wrote on its way (and failed) gets its changes' entries alone. The code is the one
        the journal noted (`audit.failing`), UNKNOWN when none was.
        """
        code = journal.status_code or "UNKNOWN"
        reason = journal.error_reason
        entries = await self._entries(ctx, journal, code, reason)
        if spec is not None and is_write(spec):
            entries.append(self._failure(ctx, spec, request, code, reason))
        await self._insert(entries)

    async def _entries(
        self, ctx: CallContext, journal: audit.Journal, code: str, reason: str
    ) -> list[audit_pb2.AuditLogEntry]:
        return [
            self._entry(ctx, change, code, reason)
            for change in journal.changes
            if not change.replayed or not await self._has_create(change)
        ]

    async def _insert(self, entries: Sequence[audit_pb2.AuditLogEntry]) -> None:
        """Store `entries`, in one insert shared with the calls that store theirs meanwhile."""
        docs = [encode_fields(entry, self._store.plans) for entry in entries]
        if docs:
            await self._group.add(docs)

    async def _insert_now(self, docs: list[dict[str, Any]]) -> None:
        """Write the audit log: one command for every call in the group."""
        await self._store.documents.insert_many(docs, now())

    def _entry(
        self, ctx: CallContext, change: audit.Change, code: str, reason: str
    ) -> audit_pb2.AuditLogEntry:
        return audit_pb2.AuditLogEntry(
            id=audit.new_id(),
            tenant_id=change.tenant,
            principal=ctx.principal,
            rpc=ctx.rpc,
            entity_type=change.entity_type,
            entity_id=change.entity_id,
            operation=change.operation,  # type: ignore[arg-type]
            changed_paths=change.paths,
            request_id=ctx.request_id,
            status_code=code,
            error_reason=reason,
            entity_etag=change.etag if code == OK else "",
        )

    def _failure(
        self, ctx: CallContext, spec: MethodSpec, request: Message, code: str, reason: str
    ) -> audit_pb2.AuditLogEntry:
        """Return the entry of a failed write RPC, for the entity its request named (if any)."""
        model = spec.model
        entity = getattr(request, spec.entity_field) if spec.entity_field else None
        entity_id = _string(request, "id") or (_string(entity, "id") if entity else "")
        tenant = ctx.tenant or ""
        if not tenant and model is not None and model.tenant_field == "id":
            tenant = entity_id  # a tenant entity is its own tenant
        operation = _ATTEMPTED.get(spec.kind, audit.UPDATE)  # a domain method: a change
        if operation == audit.DELETE and model is not None and model.soft_delete_key:
            operation = audit.SOFT_DELETE
        change = audit.Change(
            entity_type=model.full_name if model is not None else "",
            entity_id=entity_id,
            tenant=tenant,
            operation=operation,
            paths=_attempted_paths(spec, request, entity),
        )
        return self._entry(ctx, change, code, reason)

    async def _has_create(self, change: audit.Change) -> bool:
        """Whether the log already holds the successful CREATE entry of `change`'s entity."""
        key = self._key
        query: dict[str, Any] = {
            key("tenant_id"): change.tenant or None,  # unset (absent) for a global entity
            key("entity_type"): change.entity_type,
            key("entity_id"): change.entity_id,
            key("operation"): self._store.encode("operation", audit.CREATE),
            key("status_code"): OK,
        }
        return await self._store.documents.find_one(query, {"_id": 1}) is not None


def _string(message: Any, name: str) -> str:
    if message is None or name not in message.DESCRIPTOR.fields_by_name:
        return ""
    value = getattr(message, name)
    return value if isinstance(value, str) else ""


def _attempted_paths(spec: MethodSpec, request: Message, entity: Any) -> tuple[str, ...]:
    """Return the top-level fields a failed Create or Update would have written (names)."""
    if entity is None or spec.kind not in (Kind.CREATE, Kind.UPDATE):
        return ()
    mask = getattr(request, "update_mask", None) if spec.kind is Kind.UPDATE else None
    if mask is not None and mask.paths:
        names = {path.split(".", 1)[0] for path in mask.paths}
    else:
        names = {fd.name for fd, _ in entity.ListFields()}
    return tuple(sorted(names - _SERVER_SET))


def with_retention(services: Sequence[ServiceSpec], days: int) -> list[ServiceSpec]:
    """Return `services` with the audit log's TTL set to `days` (its index and its reads).

    The proto declares 90 days; `MODELSTORE_AUDIT_RETENTION_DAYS` overrides it. Both the
    TTL index (`migrate` recreates an index whose expiry differs) and the expiry every read
    applies (`Visibility`) come from the model, so they cannot disagree.
    """
    out = []
    for service in services:
        model = service.model
        if model is not None and model.full_name == ENTRY:
            model = _retained(model, days * SECONDS_PER_DAY)
            methods = tuple(dataclasses.replace(m, model=model) for m in service.methods)
            service = dataclasses.replace(service, model=model, methods=methods)
        out.append(service)
    return out


def _retained(model: EntityModel, seconds: int) -> EntityModel:
    indexes = tuple(
        dataclasses.replace(i, expire_after_seconds=seconds) if i.expire_after_seconds else i
        for i in model.indexes
    )
    ttl = tuple(dataclasses.replace(rule, seconds=seconds) for rule in model.ttl)
    return dataclasses.replace(model, indexes=indexes, ttl=ttl)
