"""References, cascades and write ordering, driven by the `references` options.

Every reference declared in the protos is covered: a missing or another tenant's parent
is FAILED_PRECONDITION naming the field; deleting a parent cascades, or is refused unless
`force`; and an interrupted cascade (fault injected at the storage layer) leaves no child
pointing at a deleted parent, and a retry finishes the job.
"""

from __future__ import annotations

from typing import Any

import grpc
import pytest
from bson import ObjectId

from modelstore.platform.v1 import user_pb2, user_pb2_grpc
from modelstore_server.app import Modelstore
from modelstore_server.engine.registry import Kind
from modelstore_server.engine.store import EntityStore
from tests.support import (
    MODELS,
    SERVICE_OF,
    Samples,
    call,
    either,
    expect_error,
    header_for,
    method,
)

REFS = [
    (model, field, target)
    for model in MODELS.values()
    for field, target in model.references.items()
    if field != model.tenant_field
]
REF_IDS = [f"{m.name}.{f}@{m.full_name.split('.')[1]}" for m, f, _ in REFS]


async def _create_raw(channel: grpc.aio.Channel, model: Any, msg: Any, tenant: str) -> Any:
    spec = method(SERVICE_OF[model.full_name], Kind.CREATE)
    assert spec is not None
    request = spec.request_class(**{spec.entity_field or "": msg})
    return call(channel, spec, request, header_for(model, tenant))


@pytest.mark.parametrize(("model", "field", "target"), REFS, ids=REF_IDS)
async def test_missing_parent_is_failed_precondition(
    model: Any, field: str, target: str, channel: grpc.aio.Channel, tenant: str
) -> None:
    samples = Samples(channel, tenant)
    msg = await samples.build(model)
    setattr(msg, field, "no-such-parent")
    got = await expect_error(
        await _create_raw(channel, model, msg, tenant), grpc.StatusCode.FAILED_PRECONDITION
    )
    assert got.reason == "REFERENCE_MISSING"
    snake = "".join("_" + c.lower() if c.isupper() else c for c in model.name).lstrip("_")
    assert got.metadata["field"] == f"{snake}.{field}"


CROSS = [
    (m, f, t)
    for m, f, t in REFS
    if MODELS[t].tenant_field not in (None, "id") and m.tenant_field not in (None, "id")
]


@pytest.mark.parametrize(
    ("model", "field", "target"), CROSS, ids=[f"{m.name}.{f}" for m, f, _ in CROSS]
)
async def test_reference_into_another_tenant_counts_as_missing(
    model: Any, field: str, target: str, channel: grpc.aio.Channel, tenant: str
) -> None:
    other = Samples(channel, str(ObjectId()))  # another tenant, of any entity's id type
    parent = await other.create(MODELS[target])
    msg = await Samples(channel, tenant).build(model)
    setattr(msg, field, parent.id)
    got = await expect_error(
        await _create_raw(channel, model, msg, tenant), grpc.StatusCode.FAILED_PRECONDITION
    )
    assert got.reason == "REFERENCE_MISSING"


async def test_tenant_reference_must_exist(channel: grpc.aio.Channel, tenant: str) -> None:
    stub = user_pb2_grpc.UserServiceStub(channel)
    user = user_pb2.User(username=f"u-{tenant}", password="pw-123456")
    got = await expect_error(
        stub.CreateUser(user_pb2.CreateUserRequest(user=user), metadata=(("x-tenant-id", tenant),)),
        grpc.StatusCode.FAILED_PRECONDITION,
    )
    assert got.metadata["field"] == "user.workspace_id"


DELETES = [
    (m, f, t)
    for m, f, t in REFS
    if not MODELS[t].soft_delete_field and method(SERVICE_OF[t], Kind.DELETE) is not None
]


@pytest.mark.parametrize(
    ("model", "field", "target"), DELETES, ids=[f"{t}<-{m.name}.{f}" for m, f, t in DELETES]
)
async def test_deleting_a_parent_cascades_or_is_refused(
    model: Any, field: str, target: str, channel: grpc.aio.Channel, tenant: str, server: Modelstore
) -> None:
    samples = Samples(channel, tenant)
    child = await samples.create(model)
    parent_id = getattr(child, field)
    parent_model = MODELS[target]
    delete = method(SERVICE_OF[target], Kind.DELETE)
    assert delete is not None
    header = header_for(parent_model, tenant)
    cascade = server.stores[target].relations is not None and any(
        i.cascade
        for i in server.stores[target].relations.incoming[target]  # type: ignore[union-attr]
        if i.child.model.full_name == model.full_name and i.field == field
    )
    request = delete.request_class(id=parent_id)
    if not cascade:
        got = await expect_error(
            call(channel, delete, request, header), grpc.StatusCode.FAILED_PRECONDITION
        )
        assert got.reason == "STILL_REFERENCED"
        request = delete.request_class(id=parent_id, force=True)
    await call(channel, delete, request, header)
    assert server.db is not None
    assert await server.db[model.collection].find_one({"_id": either(child.id)}) is None
    assert await server.db[parent_model.collection].find_one({"_id": either(parent_id)}) is None


class _FailingCollection:
    """Fault injection at the storage layer: the real collection, with one method failing."""

    def __init__(self, real: Any, fail: str) -> None:
        self._real = real
        self._fail = fail

    def __getattr__(self, name: str) -> Any:
        if name == self._fail:

            async def boom(*args: Any, **kwargs: Any) -> Any:
                raise ConnectionResetError("injected fault")

            return boom
        return getattr(self._real, name)


async def test_interrupted_cascade_leaves_no_dangling_child(
    channel: grpc.aio.Channel, tenant: str, server: Modelstore
) -> None:
    users = "modelstore.auth.v1.User"
    sessions_model = MODELS["modelstore.auth.v1.Session"]
    samples = Samples(channel, tenant)
    session = await samples.create(sessions_model)
    store: EntityStore[Any] = server.stores[users]
    real = store.documents._collection
    # The parent's delete is a findAndModify (its audit entry needs the removed tenant).
    failing = _FailingCollection(real, "find_one_and_delete")
    store.documents._collection = failing  # type: ignore[assignment]
    delete = method(SERVICE_OF[users], Kind.DELETE)
    assert delete is not None
    try:
        await expect_error(
            call(channel, delete, delete.request_class(id=session.user_id)),
            grpc.StatusCode.INTERNAL,
        )
    finally:
        store.documents._collection = real
    assert server.db is not None
    # Children went first: the surviving parent has no half-deleted state to dangle from.
    assert await server.db["auth.sessions"].find_one({"_id": either(session.id)}) is None
    assert await server.db["auth.users"].find_one({"_id": either(session.user_id)}) is not None
    # The retry completes the delete.
    await call(channel, delete, delete.request_class(id=session.user_id))
    assert await server.db["auth.users"].find_one({"_id": either(session.user_id)}) is None


async def test_child_of_a_concurrently_deleted_parent_is_not_kept(
    channel: grpc.aio.Channel, tenant: str, server: Modelstore
) -> None:
    """The post-insert check removes a child whose parent vanished after the first check."""
    accounts = server.stores["modelstore.auth.v1.Account"]
    samples = Samples(channel, tenant)
    account = await samples.build(MODELS["modelstore.auth.v1.Account"])
    assert server.db is not None
    real_insert = accounts.documents._collection.insert_one

    async def insert_then_parent_vanishes(doc: Any, *args: Any, **kwargs: Any) -> Any:
        result = await real_insert(doc, *args, **kwargs)
        await server.db["auth.users"].delete_one({"_id": either(doc["userId"])})  # type: ignore[index]
        return result

    class _Racing(_FailingCollection):
        def __getattr__(self, name: str) -> Any:
            if name == "insert_one":
                return insert_then_parent_vanishes
            return getattr(self._real, name)

    real = accounts.documents._collection
    accounts.documents._collection = _Racing(real, "")  # type: ignore[assignment]
    try:
        got = await expect_error(
            await _create_raw(channel, MODELS["modelstore.auth.v1.Account"], account, tenant),
            grpc.StatusCode.FAILED_PRECONDITION,
        )
    finally:
        accounts.documents._collection = real
    assert got.reason == "REFERENCE_MISSING"
    assert await server.db["auth.accounts"].find_one({"userId": account.user_id}) is None


# ---- polymorphic references (`references_by`): platform Session.principal_id -----------

PS = "modelstore.platform.v1.Session"


async def _platform_session(
    channel: grpc.aio.Channel, tenant: str, principal_id: str, kind: int
) -> Any:
    from modelstore.platform.v1 import session_pb2, session_pb2_grpc

    await Samples(channel, tenant).tenant_root(MODELS["modelstore.platform.v1.Workspace"])
    session = session_pb2.Session(principal_id=principal_id, principal_type=kind, scopes=["r"])
    return await session_pb2_grpc.SessionServiceStub(channel).CreateSession(
        session_pb2.CreateSessionRequest(session=session), metadata=(("x-tenant-id", tenant),)
    )


async def test_principal_in_another_tenant_or_of_another_kind_is_missing(
    channel: grpc.aio.Channel, tenant: str
) -> None:
    from modelstore.platform.v1 import session_pb2

    other_user = await Samples(channel, tenant + "-other").create(
        MODELS["modelstore.platform.v1.User"]
    )
    own_user = await Samples(channel, tenant).create(MODELS["modelstore.platform.v1.User"])
    user, client = (
        session_pb2.SESSION_PRINCIPAL_TYPE_USER,
        session_pb2.SESSION_PRINCIPAL_TYPE_CLIENT,
    )
    for principal_id, kind in ((other_user.id, user), (own_user.id, client), ("nobody", user)):
        got = await expect_error(
            _platform_session(channel, tenant, principal_id, kind),
            grpc.StatusCode.FAILED_PRECONDITION,
        )
        assert got.reason == "REFERENCE_MISSING"
        assert got.metadata["field"] == "session.principal_id"
    made = await _platform_session(channel, tenant, own_user.id, user)
    assert made.session.principal_id == own_user.id


async def test_deleting_a_principal_deletes_only_the_sessions_it_selects(
    channel: grpc.aio.Channel, tenant: str, server: Modelstore
) -> None:
    from modelstore.platform.v1 import client_pb2, client_pb2_grpc, session_pb2

    samples = Samples(channel, tenant)
    user = await samples.create(MODELS["modelstore.platform.v1.User"])
    # A client with the same id as the user: the discriminator tells their sessions apart.
    clients = client_pb2_grpc.ClientServiceStub(channel)
    await clients.CreateClient(
        client_pb2.CreateClientRequest(client=client_pb2.Client(id=user.id, allowed_scopes=["r"]))
    )
    of_user = (
        await _platform_session(channel, tenant, user.id, session_pb2.SESSION_PRINCIPAL_TYPE_USER)
    ).session
    of_client = (
        await _platform_session(channel, tenant, user.id, session_pb2.SESSION_PRINCIPAL_TYPE_CLIENT)
    ).session
    assert server.db is not None
    sessions = server.db["platform.sessions"]
    await clients.DeleteClient(client_pb2.DeleteClientRequest(id=user.id))
    assert await sessions.find_one({"_id": either(of_client.id)}) is None
    assert await sessions.find_one({"_id": either(of_user.id)}) is not None
    await user_pb2_grpc.UserServiceStub(channel).DeleteUser(
        user_pb2.DeleteUserRequest(id=user.id), metadata=(("x-tenant-id", tenant),)
    )
    assert await sessions.find_one({"_id": either(of_user.id)}) is None


# Fields named like ids that name no entity of this server: external systems' ids, and
# values that are not entity ids. Every other `*_id` / `*_ids` field must be a declared
# reference (`references` or `references_by`), so the relations check covers it.
NOT_REFERENCES = {
    "modelstore.auth.v1.Account.account_id": "the provider's account id (better-auth)",
    "modelstore.auth.v1.Account.provider_id": "the provider's name, `google`, `credential`",
    "modelstore.directory.v1.Organization.clerk_id": "Clerk's id",
    "modelstore.directory.v1.User.external_id": "the identity provider's id",
    "modelstore.directory.v1.User.clerk_id": "Clerk's id",
    "modelstore.directory.v1.User.clerk_event_id": "the id of a Clerk webhook event",
    "modelstore.iam.v1.PlatformCredential.external_account_id": "the platform's account id",
    "modelstore.knowledge.v1.DocumentSource.source_id": "the page's id in Notion",
    "modelstore.knowledge.v1.DocumentSource.vector_store_ids": "point ids in Qdrant",
    "modelstore.knowledge.v1.NotionWorkspace.workspace_id": "Notion's workspace id",
    "modelstore.knowledge.v1.NotionWorkspace.current_sync_job_id": "a job queue id",
    "modelstore.knowledge.v1.SyncJob.job_id": "the job queue's id",
    "modelstore.platform.v1.Notification.correlation_id": "an opaque caller value",
    "modelstore.v1.AuditLogEntry.tenant_id": "the audited entity's tenant, kept after it",
    "modelstore.v1.AuditLogEntry.entity_id": "an entity of any type, kept after it is gone",
    "modelstore.v1.AuditLogEntry.request_id": "the caller's x-request-id",
}


def test_every_id_field_is_a_declared_reference() -> None:
    undeclared = [
        f"{m.full_name}.{fd.name}"
        for m in MODELS.values()
        for fd in m.descriptor.fields
        if fd.name.endswith(("_id", "_ids"))
        and fd.name not in m.references
        and fd.name not in m.reference_choices
        and f"{m.full_name}.{fd.name}" not in NOT_REFERENCES
    ]
    assert not undeclared, f"id fields without `references`: {undeclared}"
