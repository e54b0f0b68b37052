"""The audit log (docs/audit.md): an entry per write of every entity, scoped, secret-free.

Driven from the descriptors like the conformance suite: every entity a client can create
is created, updated, deleted (and undeleted) through its standard methods, and each write
must have its entry, with the caller, the RPC, the request id and the fields it wrote.
"""

from __future__ import annotations

import asyncio
import json
import pathlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

import bson
import grpc
import pytest
from google.protobuf import field_mask_pb2

from modelstore.platform.v1 import workspace_pb2
from modelstore.v1 import audit_pb2, change_pb2
from modelstore_server.app import Modelstore
from modelstore_server.engine.audit_log import ENTRY
from modelstore_server.engine.registry import Kind, MethodSpec, ServiceSpec
from modelstore_server.security.callers import new_token
from tests.conftest import make_settings
from tests.support import (
    ENTITY_SERVICES,
    MODELS,
    SERVICE_OF,
    Samples,
    expect_error,
    header_for,
    is_tenant_entity,
    method,
    stub,
)

pytestmark = pytest.mark.timeout(180)

CREATABLE = [s for s in ENTITY_SERVICES if method(s, Kind.CREATE)]
IDS = [s.full_name.rsplit(".", 1)[1] + "@" + s.full_name.split(".")[1] for s in CREATABLE]
AUDIT = SERVICE_OF[ENTRY]
ANONYMOUS = "anonymous-loopback"
Entry = audit_pb2.AuditLogEntry


async def rpc(
    channel: grpc.aio.Channel,
    spec: MethodSpec,
    request: Any,
    tenant: str | None,
    request_id: str = "",
    token: str = "",
) -> Any:
    """Call one RPC with the tenant header and, when given, x-request-id and a bearer token."""
    service = next(s for s in ENTITY_SERVICES if s.full_name == spec.path.split("/")[1])
    metadata = [("x-tenant-id", tenant)] if tenant else []
    if request_id:
        metadata.append(("x-request-id", request_id))
    if token:
        metadata.append(("authorization", f"Bearer {token}"))
    fn = getattr(stub(channel, service), spec.descriptor.name)
    return await fn(request, metadata=tuple(metadata), timeout=30)


async def entries(
    channel: grpc.aio.Channel,
    tenant: str | None,
    filter_text: str,
    token: str = "",
    page_size: int = 3,
) -> list[Entry]:
    """Every audit entry `filter_text` selects, as `tenant` sees them, page by page (small
    pages by default, so that paging is exercised too)."""
    listed = method(AUDIT, Kind.LIST)
    assert listed is not None
    out: list[Entry] = []
    page_token = ""
    for _ in range(100):
        request = listed.request_class(
            page_size=page_size, page_token=page_token, filter=filter_text
        )
        page = await rpc(channel, listed, request, tenant, token=token)
        out.extend(page.audit_log_entries)
        page_token = page.next_page_token
        if not page_token:
            return out
    raise AssertionError("paging did not end")


def of_entity(full_name: str, entity_id: str) -> str:
    return f'entity_type = "{full_name}" AND entity_id = "{entity_id}"'


def audit_tenant(model: Any, tenant: str, entity_id: str) -> str | None:
    """The header that sees an entity's entries: its tenant (a tenant entity is its own)."""
    if is_tenant_entity(model):
        return entity_id
    return tenant if model.tenant_field else None


def editable(model: Any) -> str | None:
    """A plain string field an update may change (the conformance suite's rule)."""
    from tests.engine.test_conformance import _editable_string

    fd = _editable_string(SERVICE_OF[model.full_name])
    return fd.name if fd is not None else None


@pytest.mark.parametrize("service", CREATABLE, ids=IDS)
async def test_every_write_has_its_entry(
    service: ServiceSpec, channel: grpc.aio.Channel, tenant: str
) -> None:
    model = service.model
    assert model is not None
    samples = Samples(channel, tenant)
    header = header_for(model, tenant)
    create = method(service, Kind.CREATE)
    assert create is not None
    msg = await samples.build(model)
    rid = f"rid-{uuid.uuid4().hex}"
    request = create.request_class(**{create.entity_field or "": msg})
    created = getattr(await rpc(channel, create, request, header, rid), create.response_field or "")
    seen = audit_tenant(model, tenant, created.id)
    writes: list[tuple[int, list[str], str]] = [
        (
            change_pb2.CHANGE_OPERATION_CREATE,
            [fd.name for fd, _ in msg.ListFields() if fd.name != "id"],
            created.etag,
        )
    ]

    name = editable(model)
    update = method(service, Kind.UPDATE)
    if name is not None and update is not None:
        changed = model.message_class(id=created.id, etag=created.etag)
        setattr(changed, name, "changed value")
        mask = field_mask_pb2.FieldMask(paths=[name])
        request = update.request_class(update_mask=mask, **{update.entity_field or "": changed})
        reply = await rpc(channel, update, request, header, rid)
        updated = getattr(reply, update.response_field or "")
        writes.append((change_pb2.CHANGE_OPERATION_UPDATE, [name], updated.etag))

    delete = method(service, Kind.DELETE)
    assert delete is not None
    soft = bool(model.soft_delete_field)
    # A stale etag first: the failed write has an entry too, with the status and reason.
    stale = delete.request_class(id=created.id, etag="stale-etag")
    got = await expect_error(rpc(channel, delete, stale, header, rid), grpc.StatusCode.ABORTED)
    deleted_op = (
        change_pb2.CHANGE_OPERATION_SOFT_DELETE if soft else change_pb2.CHANGE_OPERATION_DELETE
    )
    writes.append((deleted_op, [], "failed:ABORTED:" + got.reason))
    reply = await rpc(channel, delete, delete.request_class(id=created.id), header, rid)
    if soft:
        after = getattr(reply, delete.response_field or "")
        writes.append((deleted_op, [model.soft_delete_field or ""], after.etag))
    else:
        writes.append((deleted_op, [], ""))
    undelete = method(service, Kind.UNDELETE)
    if soft and undelete is not None:
        reply = await rpc(channel, undelete, undelete.request_class(id=created.id), header, rid)
        restored = getattr(reply, undelete.response_field or "")
        writes.append(
            (change_pb2.CHANGE_OPERATION_UNDELETE, [model.soft_delete_field], restored.etag)
        )

    found = await entries(channel, seen, of_entity(model.full_name, created.id))
    # Only this entity's own writes, in the order they were made (ids are time-ordered).
    ours = [e for e in found if e.request_id == rid]
    assert [e.operation for e in ours] == [op for op, _, _ in writes], [
        (e.id, e.operation, e.status_code, e.request_id, list(e.changed_paths)) for e in found
    ]
    for entry, (op, paths, etag_or_failure) in zip(ours, writes, strict=True):
        assert entry.principal == ANONYMOUS
        assert entry.rpc.startswith(f"/{service.full_name}/")
        assert entry.entity_type == model.full_name
        assert entry.entity_id == created.id
        assert entry.tenant_id == (seen or "")
        assert list(entry.changed_paths) == sorted(entry.changed_paths)
        assert entry.created_at == entry.updated_at
        assert entry.etag
        if etag_or_failure.startswith("failed:"):
            _, code, reason = etag_or_failure.split(":")
            assert (entry.status_code, entry.error_reason) == (code, reason)
            assert entry.entity_etag == ""
            continue
        assert (entry.status_code, entry.error_reason) == ("OK", "")
        if op == change_pb2.CHANGE_OPERATION_CREATE:
            # Every field the request set is named (defaults the server adds may be too).
            assert set(paths) <= set(entry.changed_paths), entry
            assert entry.entity_etag == etag_or_failure
        else:
            assert list(entry.changed_paths) == paths, entry
            if etag_or_failure:
                assert entry.entity_etag == etag_or_failure
    # Another tenant sees none of them, and cannot Get one.
    other = f"t-{uuid.uuid4().hex[:12]}"
    assert await entries(channel, other, of_entity(model.full_name, created.id)) == []
    get = method(AUDIT, Kind.GET)
    assert get is not None
    if seen is not None:
        await expect_error(
            rpc(channel, get, get.request_class(id=ours[0].id), other), grpc.StatusCode.NOT_FOUND
        )
    reply = await rpc(channel, get, get.request_class(id=ours[0].id), seen)
    assert reply.audit_log_entry == ours[0]


async def test_reads_record_nothing(channel: grpc.aio.Channel, tenant: str) -> None:
    model = MODELS["modelstore.platform.v1.Workspace"]
    service = SERVICE_OF[model.full_name]
    created = await Samples(channel, tenant).create(model)
    rid = f"read-{uuid.uuid4().hex}"
    for kind, request in [
        (Kind.GET, {"id": created.id}),
        (Kind.LIST, {"filter": f'id = "{created.id}"'}),
        (Kind.BATCH_GET, {"ids": [created.id]}),
    ]:
        spec = method(service, kind)
        assert spec is not None
        await rpc(channel, spec, spec.request_class(**request), None, rid)
    # A failed read is no write either.
    get = method(service, Kind.GET)
    assert get is not None
    await expect_error(
        rpc(channel, get, get.request_class(id=f"missing-{rid}"), None, rid),
        grpc.StatusCode.NOT_FOUND,
    )
    assert await entries(channel, None, f'request_id = "{rid}"') == []
    # The create before them has its entry: the filter would have found them.
    made = await entries(channel, None, of_entity(model.full_name, created.id))
    assert [e.operation for e in made] == [change_pb2.CHANGE_OPERATION_CREATE]


async def test_a_request_id_outside_the_rules_is_replaced(
    channel: grpc.aio.Channel, tenant: str
) -> None:
    create = method(SERVICE_OF["modelstore.platform.v1.Workspace"], Kind.CREATE)
    assert create is not None
    made = []
    for rid in ["x" * 129, "has space", "semi;colon"]:
        wid = f"{tenant}-{uuid.uuid4().hex[:6]}"
        workspace = workspace_pb2.Workspace(id=wid, name=wid, allowed_origins=["https://a.example"])
        await rpc(channel, create, create.request_class(workspace=workspace), None, rid)
        (entry,) = await entries(channel, wid, of_entity("modelstore.platform.v1.Workspace", wid))
        assert entry.request_id
        assert entry.request_id != rid
        made.append(entry.request_id)
    assert len(set(made)) == len(made)


def _cascades(app: Modelstore) -> list[tuple[str, str, str]]:
    """(parent, child, field) of every hard-deleted parent whose children cascade."""
    from modelstore_server.engine.store.relations import Relations

    some = next(iter(app.stores.values()))
    relations = some.relations
    assert isinstance(relations, Relations)
    found = []
    for parent, refs in relations.incoming.items():
        for ref in refs:
            model = MODELS.get(parent)
            if (
                ref.cascade
                and not ref.where
                and model is not None
                and not model.soft_delete_field
                and method(SERVICE_OF[parent], Kind.DELETE)
                and method(SERVICE_OF[ref.child.model.full_name], Kind.CREATE)
                and ref.field in ref.child.model.references
            ):
                found.append((parent, ref.child.model.full_name, ref.field))
    return found


async def test_a_cascade_writes_an_entry_per_removed_entity(
    server: Modelstore, channel: grpc.aio.Channel, tenant: str
) -> None:
    cascades = _cascades(server)
    assert cascades, "the seeds declare cascading references"
    parent_name, child_name, field = cascades[0]
    parent_model, child_model = MODELS[parent_name], MODELS[child_name]
    samples = Samples(channel, tenant)
    parent = await samples.create(parent_model)
    children = []
    for _ in range(2):
        msg = await samples.build(child_model)
        setattr(msg, field, parent.id)
        children.append(await samples.create(child_model, msg))
    delete = method(SERVICE_OF[parent_name], Kind.DELETE)
    assert delete is not None
    rid = f"cascade-{uuid.uuid4().hex}"
    header = header_for(parent_model, tenant)
    await rpc(channel, delete, delete.request_class(id=parent.id), header, rid)
    found = await entries(channel, None, f'request_id = "{rid}"')  # a cross-tenant caller
    deleted = {(e.entity_type, e.entity_id) for e in found}
    assert (parent_name, parent.id) in deleted
    for child in children:
        assert (child_name, child.id) in deleted
    assert {e.operation for e in found} == {change_pb2.CHANGE_OPERATION_DELETE}
    assert {e.rpc for e in found} == {delete.path}


SECRET_SERVICES = [s for s in CREATABLE if s.model and (s.model.secrets or s.model.encrypted)]


@pytest.mark.parametrize("service", SECRET_SERVICES, ids=lambda s: s.full_name)
async def test_no_secret_in_any_entry(
    server: Modelstore, service: ServiceSpec, channel: grpc.aio.Channel, tenant: str
) -> None:
    model = service.model
    assert model is not None
    samples = Samples(channel, tenant)
    created = await samples.create(model)
    seen = audit_tenant(model, tenant, created.id)
    header = header_for(model, tenant)
    update = method(service, Kind.UPDATE)
    hidden = sorted({*model.secrets, *model.encrypted})
    if update is not None:  # write the secrets again, with new values
        changed = model.message_class(id=created.id)
        for name in hidden:
            value = f"{name}-new-{uuid.uuid4().hex}"
            setattr(changed, name, value)
            samples.secrets[f"{model.full_name}.{name}-new"] = value
        request = update.request_class(
            update_mask=field_mask_pb2.FieldMask(paths=hidden),
            **{update.entity_field or "": changed},
        )
        await rpc(channel, update, request, header)
    # A failed create that carries the secrets (its id is taken) names none either.
    create = method(service, Kind.CREATE)
    assert create is not None
    again = await samples.build(model)
    again.id = created.id  # type: ignore[attr-defined]
    await expect_error(
        rpc(channel, create, create.request_class(**{create.entity_field or "": again}), header),
        grpc.StatusCode.ALREADY_EXISTS,
    )
    values = [v for v in samples.secrets.values() if v]
    assert values
    found = await entries(channel, seen, of_entity(model.full_name, created.id))
    assert len(found) == (3 if update is not None else 2)
    for entry in found:
        wire = entry.SerializeToString()
        assert not any(v.encode() in wire for v in values), entry
    # Names, though: which secret a write changed is what an auditor asks.
    assert set(model.secrets) | set(model.encrypted) <= set(found[0].changed_paths)
    # And not in the stored documents either (the database sees what the log keeps).
    ids = [e.id for e in found]
    docs = await server.stores[ENTRY].documents.find({"_id": {"$in": ids}})
    assert len(docs) == len(found)
    stored = b"".join(bson.encode(d) for d in docs)
    assert not any(v.encode() in stored for v in values)


async def test_bad_list_parameters_and_keyset_pages(channel: grpc.aio.Channel) -> None:
    listed = method(AUDIT, Kind.LIST)
    assert listed is not None
    tenant = f"t-{uuid.uuid4().hex[:12]}"
    create = method(SERVICE_OF["modelstore.platform.v1.Workspace"], Kind.CREATE)
    assert create is not None
    wids = [f"{tenant}-{n}" for n in range(5)]
    await asyncio.gather(
        *(
            rpc(
                channel,
                create,
                create.request_class(
                    workspace=workspace_pb2.Workspace(
                        id=w, name=w, allowed_origins=["https://a.example"]
                    )
                ),
                None,
            )
            for w in wids
        )
    )
    flt = " OR ".join(f'entity_id = "{w}"' for w in wids)
    found = await entries(channel, None, flt)  # pages of 3: a keyset page token between
    assert sorted(e.entity_id for e in found) == sorted(wids)
    assert [e.id for e in found] == sorted(e.id for e in found)
    newest = await rpc(
        channel, listed, listed.request_class(filter=flt, order_by="created_at desc"), None
    )
    assert len(newest.audit_log_entries) == len(wids)
    for kwargs, reason in [
        ({"filter": "no_such_field = 1"}, "INVALID_FILTER"),
        ({"page_token": "not-a-token"}, "INVALID_PAGE_TOKEN"),
        ({"order_by": "no_such_field desc"}, "INVALID_ORDER_BY"),
        ({"page_size": -1}, "INVALID_PAGE_SIZE"),
    ]:
        got = await expect_error(
            rpc(channel, listed, listed.request_class(**kwargs), None),
            grpc.StatusCode.INVALID_ARGUMENT,
        )
        assert got.reason == reason


async def test_retention_is_the_ttl_index(database_uri: str, data_dir: pathlib.Path) -> None:
    app = Modelstore(make_settings(database_uri, data_dir))
    await app.connect()
    try:
        report = {f"{a.collection}.{a.name}": a.action for a in await app.migrate()}
        assert report["modelstore.audit_log.createdAt_1"] == "created"
        app.settings.audit_retention_days = 7
        app.services = []  # discovered again, with the new retention
        report = {f"{a.collection}.{a.name}": a.action for a in await app.migrate()}
        assert report["modelstore.audit_log.createdAt_1"] == "recreated"
        assert app.db is not None
        info = await app.db["modelstore.audit_log"].index_information()
        assert info["createdAt_1"]["expireAfterSeconds"] == 7 * 86_400
    finally:
        await app.stop(grace=0)


@pytest.fixture(scope="module")
async def secured(
    database_uri: str, tmp_root: pathlib.Path
) -> AsyncIterator[tuple[Modelstore, dict[str, str]]]:
    tokens: dict[str, str] = {}
    callers = []
    for name, tenants in [("acme-writer", ["acme-audit"]), ("globex-writer", ["globex-audit"])]:
        token, digest = new_token()
        tokens[name] = token
        callers.append(
            {"name": name, "token_sha256": digest, "tenants": tenants, "rights": ["read", "write"]}
        )
    path = tmp_root / "audit-callers.json"
    path.write_text(json.dumps({"callers": callers}))
    app = Modelstore(make_settings(database_uri, tmp_root / "audit-secured", credentials_file=path))
    await app.start()
    try:
        yield app, tokens
    finally:
        await app.stop(grace=0)


async def test_the_principal_is_the_caller_and_each_tenant_sees_its_own(
    secured: tuple[Modelstore, dict[str, str]],
) -> None:
    app, tokens = secured
    create = method(SERVICE_OF["modelstore.platform.v1.Workspace"], Kind.CREATE)
    assert create is not None
    async with grpc.aio.insecure_channel(app.address) as channel:
        made = {}
        for caller, tenant in [("acme-writer", "acme-audit"), ("globex-writer", "globex-audit")]:
            workspace = workspace_pb2.Workspace(
                id=tenant, name=tenant, allowed_origins=["https://a.example"]
            )
            request = create.request_class(workspace=workspace)
            await rpc(channel, create, request, tenant, token=tokens[caller])
            made[tenant] = (caller, tenant)
        for tenant, (caller, uid) in made.items():
            mine = await entries(channel, tenant, "", token=tokens[caller])
            assert mine, "a caller lists its own tenant's entries"
            assert {e.tenant_id for e in mine} == {tenant}
            assert {e.principal for e in mine} == {caller}
            assert uid in {e.entity_id for e in mine}
        # A caller may not read another tenant's log at all (its header is refused).
        await expect_error(
            entries(channel, "globex-audit", "", token=tokens["acme-writer"]),
            grpc.StatusCode.PERMISSION_DENIED,
        )


async def test_a_write_whose_entries_cannot_be_stored_is_not_acknowledged(
    server: Modelstore, channel: grpc.aio.Channel, tenant: str
) -> None:
    from tests.engine.test_relations import _FailingCollection

    create = method(SERVICE_OF["modelstore.platform.v1.Workspace"], Kind.CREATE)
    assert create is not None
    wid = f"{tenant}-unlogged"
    workspace = workspace_pb2.Workspace(id=wid, name=wid, allowed_origins=["https://a.example"])
    documents = server.stores[ENTRY].documents
    real = documents._collection
    documents._collection = _FailingCollection(real, "insert_many")  # type: ignore[assignment]
    try:
        got = await expect_error(
            rpc(channel, create, create.request_class(workspace=workspace), None),
            grpc.StatusCode.UNAVAILABLE,
        )
    finally:
        documents._collection = real
    assert got.reason == "DATABASE_UNAVAILABLE"
    # The workspace was written, but the call failed: nothing acknowledged lacks an entry.
    assert await entries(channel, wid, of_entity("modelstore.platform.v1.Workspace", wid)) == []
