"""The repository primitives domain methods are written with, on a real entity's store.

`update_where` diagnoses a miss once (NOT_FOUND, ABORTED, the domain's refusal) and
retries when the refusal says the state allows the write after all; `claim` and
`upsert_where` keep their guarantees; `Visibility` builds the same rules it checks.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

import pytest

from modelstore.platform.v1 import notification_pb2
from modelstore_server import errors
from modelstore_server.app import Modelstore
from modelstore_server.engine.context import CallContext
from modelstore_server.engine.store import Changes, EntityStore

NOTIFICATION = notification_pb2.Notification
CORR = "correlationId"  # the stored key of correlation_id, a free-text field


def _store(server: Modelstore) -> EntityStore[Any]:
    return server.stores[NOTIFICATION.DESCRIPTOR.full_name]


async def _notification(server: Modelstore, tenant: str) -> str:
    store = _store(server)
    ctx = CallContext(tenant=tenant)
    msg = NOTIFICATION(type="email", correlation_id="t")
    store_relations, store.relations = store.relations, None  # no parent user needed here
    try:
        created = await store.create(ctx, msg)
    finally:
        store.relations = store_relations
    return str(created.id)


def _refuse_unless(state: str) -> Any:
    def refuse(doc: Mapping[str, Any]) -> Exception | None:
        return None if doc.get("status") == state else errors.invalid_state("no", "status")

    return refuse


async def test_update_where_writes_and_stamps(server: Modelstore, tenant: str) -> None:
    store, ctx = _store(server), CallContext(tenant=tenant)
    doc_id = await _notification(server, tenant)
    before = await store.require(ctx, doc_id)
    doc = await store.update_where(ctx, doc_id, Changes(set={CORR: "new"}))
    assert doc[CORR] == "new"
    assert doc["etag"] != before["etag"]
    assert doc["updatedAt"] >= before["updatedAt"]


async def test_update_where_diagnoses_a_miss(server: Modelstore, tenant: str) -> None:
    store, ctx = _store(server), CallContext(tenant=tenant)
    doc_id = await _notification(server, tenant)
    with pytest.raises(errors.NotFound):
        await store.update_where(ctx, f"missing-{uuid.uuid4()}", Changes(set={CORR: "x"}))
    with pytest.raises(errors.NotFound):  # another tenant's entity reads as missing
        await store.update_where(
            CallContext(tenant=f"other-{tenant}"), doc_id, Changes(set={CORR: "x"})
        )
    with pytest.raises(errors.EtagMismatch):
        await store.update_where(ctx, doc_id, Changes(set={CORR: "x"}), etag="stale")
    with pytest.raises(errors.FailedPrecondition) as refused:
        await store.update_where(
            ctx,
            doc_id,
            Changes(set={CORR: "x"}),
            where={"status": "sent"},
            refuse=_refuse_unless("sent"),
        )
    assert refused.value.field == "status"
    assert (await store.require(ctx, doc_id))[CORR] == "t"  # nothing was written


async def test_update_where_retries_while_the_refusal_allows(
    server: Modelstore, tenant: str
) -> None:
    store, ctx = _store(server), CallContext(tenant=tenant)
    doc_id = await _notification(server, tenant)
    seen: list[Any] = []

    def allows_always(doc: Mapping[str, Any]) -> Exception | None:
        seen.append(doc.get("status"))
        return None  # "the state allows it": the write is tried again

    with pytest.raises(errors.EtagMismatch):  # ABORTED after every attempt missed
        await store.update_where(
            ctx,
            doc_id,
            Changes(set={CORR: "x"}),
            where={"status": "never"},
            refuse=allows_always,
            attempts=3,
        )
    assert len(seen) == 3


async def test_claim_and_tenant_scope(server: Modelstore, tenant: str) -> None:
    store, ctx = _store(server), CallContext(tenant=tenant)
    doc_id = await _notification(server, tenant)
    this = {"_id": store.match("id", doc_id)}
    assert await store.claim(CallContext(tenant=f"other-{tenant}"), this) is None
    claimed = await store.claim(ctx, this)
    assert claimed is not None
    assert str(claimed["_id"]) == doc_id
    assert await store.claim(ctx, this) is None


async def test_upsert_where_reports_insert_and_version(server: Modelstore, tenant: str) -> None:
    store, ctx = _store(server), CallContext(tenant=tenant)
    key = f"upsert-{uuid.uuid4().hex[:8]}"
    first = await store.upsert_where(ctx, {CORR: key}, Changes(set={"type": "1"}))
    assert first.inserted
    assert first.current
    assert first.doc.get(store.model.tenant_key or "") == tenant
    second = await store.upsert_where(ctx, {CORR: key}, Changes(set={"type": "2"}))
    assert not second.inserted
    assert second.current
    assert second.doc["_id"] == first.doc["_id"]
    assert second.doc["type"] == "2"


async def test_visibility_builds_what_it_checks(server: Modelstore, tenant: str) -> None:
    store, ctx = _store(server), CallContext(tenant=tenant)
    doc_id = await _notification(server, tenant)
    doc = await store.documents.find_one({"_id": store.match("id", doc_id)})
    assert doc is not None
    vis = store.visibility
    assert vis.admits(ctx, doc)
    assert await store.documents.find_one(vis.of_id(ctx, doc_id)) is not None
    other = CallContext(tenant=f"other-{tenant}")
    assert not vis.admits(other, doc)
    assert await store.documents.find_one(vis.of_id(other, doc_id)) is None
    bound = CallContext(tenant=None, cross_tenant=False)
    with pytest.raises(errors.FailedPrecondition):
        vis.scope(bound)
