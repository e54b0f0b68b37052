"""The Python client (`modelstore.client`) against the live in-process server.

Covers: tenant and token metadata from `connect`/`connect_async`, paging through several
pages (sync and asyncio), typed errors with reason, metadata and field violations, TLS,
and the retry policy against a small flaky server (reads retried by gRPC's service config,
mutations only with a `request_id`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import pathlib
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import grpc
import pytest
from cryptography.hazmat.primitives import serialization
from google.protobuf import field_mask_pb2

from modelstore.client import (
    AlreadyExistsError,
    FailedPreconditionError,
    FieldViolation,
    InvalidArgumentError,
    ModelstoreError,
    NotFoundError,
    PermissionDeniedError,
    RetryPolicy,
    TlsConfig,
    UnauthenticatedError,
    UnavailableError,
    connect,
    connect_async,
    count,
    from_rpc_error,
    is_read_path,
    pages,
    paginate,
    service_config,
)
from modelstore.platform.v1 import user_pb2, user_pb2_grpc
from modelstore.platform.v1 import workspace_pb2 as ws_pb2
from modelstore.platform.v1 import workspace_pb2_grpc as ws_grpc
from modelstore_server.app import Modelstore
from modelstore_server.security.callers import new_token
from tests.conftest import make_settings
from tests.security.test_callers import _cert, _pem

FAST = RetryPolicy(max_attempts=4, initial_backoff=0.01, max_backoff=0.05)
WORKSPACE_SERVICE = "modelstore.platform.v1.WorkspaceService"


async def _make_workspace(address: str, tenant: str) -> ws_pb2.Workspace:
    async with connect_async(address, tenant=tenant) as channel:
        made = await ws_grpc.WorkspaceServiceStub(channel).CreateWorkspace(
            ws_pb2.CreateWorkspaceRequest(workspace=ws_pb2.Workspace(name=f"Client {tenant}"))
        )
    return made.workspace


async def _make_users(address: str, tenant: str, names: list[str]) -> list[user_pb2.User]:
    async with connect_async(address, tenant=tenant) as channel:
        users = user_pb2_grpc.UserServiceStub(channel)
        out = []
        for name in names:
            made = await users.CreateUser(
                user_pb2.CreateUserRequest(user=user_pb2.User(username=name, roles=["member"]))
            )
            out.append(made.user)
    return out


# --- metadata ------------------------------------------------------------------------------


async def test_tenant_metadata_scopes_every_call(server: Modelstore, tenant: str, unique: str):
    workspace = await _make_workspace(server.address, tenant)
    # The header filled the tenant entity's id.
    assert workspace.id == tenant
    (user,) = await _make_users(server.address, tenant, [f"meta-{unique}"])
    assert user.workspace_id == tenant  # filled from x-tenant-id

    other = f"{tenant}-other"
    async with connect_async(server.address, tenant=other) as channel:
        users = user_pb2_grpc.UserServiceStub(channel)
        with pytest.raises(NotFoundError) as caught:
            await users.GetUser(user_pb2.GetUserRequest(id=user.id))
        assert caught.value.reason == "NOT_FOUND"
        # A call's own header wins over the channel's.
        got = await users.GetUser(
            user_pb2.GetUserRequest(id=user.id), metadata=(("x-tenant-id", tenant),)
        )
        assert got.user.username == f"meta-{unique}"

    # Without a tenant the anonymous caller (all rights, cross-tenant) sees every tenant.
    async with connect_async(server.address) as channel:
        got = await user_pb2_grpc.UserServiceStub(channel).GetUser(
            user_pb2.GetUserRequest(id=user.id)
        )
        assert got.user.workspace_id == tenant


async def test_sync_channel_sends_tenant(server: Modelstore, tenant: str, unique: str):
    await _make_workspace(server.address, tenant)

    def run() -> tuple[str, str]:
        with connect(server.address, tenant=tenant) as channel:
            users = user_pb2_grpc.UserServiceStub(channel)
            made = users.CreateUser(
                user_pb2.CreateUserRequest(user=user_pb2.User(username=f"sync-{unique}"))
            )
            got = users.GetUser(user_pb2.GetUserRequest(id=made.user.id))
            return made.user.workspace_id, got.user.username

    # The in-process server runs on this event loop: block a worker thread, not the loop.
    assert await asyncio.to_thread(run) == (tenant, f"sync-{unique}")


# --- paging --------------------------------------------------------------------------------


async def test_paginate_async_walks_every_page(server: Modelstore, tenant: str, unique: str):
    await _make_workspace(server.address, tenant)
    names = [f"page-{unique}-{i}" for i in range(7)]
    await _make_users(server.address, tenant, names)
    request = user_pb2.ListUsersRequest(order_by="username")
    async with connect_async(server.address, tenant=tenant) as channel:
        users = user_pb2_grpc.UserServiceStub(channel)
        got = [
            u.username
            async for u in paginate(users.ListUsers, request, page_size=3, item_type=user_pb2.User)
        ]
        assert got == names
        sizes = [len(p.users) async for p in pages(users.ListUsers, request, page_size=3)]
        assert sizes == [3, 3, 1]
        # Without item_type the repeated field is found from the response.
        filtered = user_pb2.ListUsersRequest(filter=f'username = "{names[4]}"')
        assert len([u async for u in paginate(users.ListUsers, filtered)]) == 1
        # The caller's request is left as it was.
        assert request.page_token == ""
        assert request.page_size == 0


async def test_paginate_sync_walks_every_page(server: Modelstore, tenant: str, unique: str):
    await _make_workspace(server.address, tenant)
    names = [f"sync-page-{unique}-{i}" for i in range(5)]
    await _make_users(server.address, tenant, names)

    def run() -> tuple[list[str], int]:
        with connect(server.address, tenant=tenant) as channel:
            users = user_pb2_grpc.UserServiceStub(channel)
            request = user_pb2.ListUsersRequest(order_by="username desc")
            items = paginate(users.ListUsers, request, page_size=2, item_type=user_pb2.User)
            got = [u.username for u in items]
            count = sum(1 for _ in pages(users.ListUsers, request, page_size=2))
            return got, count

    got, count = await asyncio.to_thread(run)
    assert got == sorted(names, reverse=True)
    assert count == 3


async def test_paginate_refuses_non_list_rpcs(server: Modelstore, tenant: str):
    async with connect_async(server.address, tenant=tenant) as channel:
        users = user_pb2_grpc.UserServiceStub(channel)
        with pytest.raises(TypeError, match="page_token"):
            paginate(users.GetUser, user_pb2.GetUserRequest(id="x"))
        with pytest.raises(ValueError, match="page_size"):
            paginate(users.ListUsers, user_pb2.ListUsersRequest(), page_size=-1)
        with pytest.raises(TypeError, match="async for"):
            for _ in paginate(users.ListUsers, user_pb2.ListUsersRequest()):  # type: ignore[attr-defined]
                pass


async def test_count_async_and_sync(server: Modelstore, tenant: str, unique: str):
    await _make_workspace(server.address, tenant)
    names = [f"count-{unique}-{i}" for i in range(4)]
    await _make_users(server.address, tenant, names)
    some = user_pb2.ListUsersRequest(filter=f'username = "{names[0]}" OR username = "{names[1]}"')
    async with connect_async(server.address, tenant=tenant) as channel:
        users = user_pb2_grpc.UserServiceStub(channel)
        total = await count(users.ListUsers, user_pb2.ListUsersRequest(page_token="ignored"))
        assert (total.size, total.exact) == (4, True)
        assert (await count(users.ListUsers, some)).size == 2
        with pytest.raises(TypeError, match="show_total_size"):
            count(users.GetUser, user_pb2.GetUserRequest(id="x"))  # type: ignore[arg-type]

    def run() -> int:
        with connect(server.address, tenant=tenant) as channel:
            return count(user_pb2_grpc.UserServiceStub(channel).ListUsers, some).size

    assert await asyncio.to_thread(run) == 2


# --- errors --------------------------------------------------------------------------------


async def test_typed_errors_carry_reason_metadata_and_violations(
    server: Modelstore, tenant: str, unique: str
):
    await _make_workspace(server.address, tenant)
    await _make_users(server.address, tenant, [f"dup-{unique}"])
    async with connect_async(server.address, tenant=tenant) as channel:
        users = user_pb2_grpc.UserServiceStub(channel)
        with pytest.raises(AlreadyExistsError) as dup:
            await users.CreateUser(
                user_pb2.CreateUserRequest(user=user_pb2.User(username=f"dup-{unique}"))
            )
        err = dup.value
        assert err.code() is grpc.StatusCode.ALREADY_EXISTS
        assert err.reason == "ALREADY_EXISTS_UNIQUE"
        assert err.domain == "modelstore.dev"
        assert err.metadata  # names the unique index's fields
        assert isinstance(err, grpc.RpcError)  # still caught by plain gRPC handlers
        assert isinstance(err.__cause__, grpc.aio.AioRpcError)

        with pytest.raises(InvalidArgumentError) as bad:
            await users.CreateUser(user_pb2.CreateUserRequest(user=user_pb2.User(username="")))
        assert bad.value.reason == "INVALID_FIELD"
        assert bad.value.violation("user.username") is not None
        assert all(isinstance(v, FieldViolation) for v in bad.value.field_violations)
        assert "user.username" in str(bad.value)

        with pytest.raises(InvalidArgumentError) as bad_filter:
            await users.ListUsers(user_pb2.ListUsersRequest(filter="nope = 1"))
        assert bad_filter.value.reason == "INVALID_FILTER"


async def test_sync_typed_errors(server: Modelstore, tenant: str):
    await _make_workspace(server.address, tenant)

    def run() -> tuple[ModelstoreError, ModelstoreError]:
        with connect(server.address, tenant=tenant) as channel:
            users = user_pb2_grpc.UserServiceStub(channel)
            with pytest.raises(NotFoundError) as missing:
                users.GetUser(user_pb2.GetUserRequest(id="no-such-user"))
            future = users.GetUser.future(user_pb2.GetUserRequest(id="no-such-user"))
            with pytest.raises(NotFoundError) as from_future:
                future.result()
            return missing.value, from_future.value

    missing, from_future = await asyncio.to_thread(run)
    assert missing.reason == from_future.reason == "NOT_FOUND"


async def test_from_rpc_error_decodes_plain_grpc_errors(server: Modelstore, tenant: str):
    async with connect_async(server.address, tenant=tenant, raise_typed=False) as channel:
        users = user_pb2_grpc.UserServiceStub(channel)
        with pytest.raises(grpc.aio.AioRpcError) as raw:
            await users.ListUsers(user_pb2.ListUsersRequest(page_size=-1))
    typed = from_rpc_error(raw.value)
    assert isinstance(typed, InvalidArgumentError)
    assert typed.reason == "INVALID_PAGE_SIZE"
    assert typed.violation("page_size") is not None
    assert typed.status is not None
    assert typed.status.code == grpc.StatusCode.INVALID_ARGUMENT.value[0]
    assert from_rpc_error(typed) is typed
    # The accessors of grpc.RpcError keep working on the typed error.
    assert typed.details() == raw.value.details()
    keys = [pair[0] for pair in typed.trailing_metadata()]  # type: ignore[index]
    assert "grpc-status-details-bin" in keys


# --- token ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
async def secured_with_tokens(
    database_uri: str, tmp_root: pathlib.Path
) -> AsyncIterator[tuple[Modelstore, dict[str, str]]]:
    tokens: dict[str, str] = {}
    callers = []
    for name, rights in [("client-writer", ["read", "write"]), ("client-reader", ["read"])]:
        token, digest = new_token()
        tokens[name] = token
        callers.append({"name": name, "token_sha256": digest, "tenants": "*", "rights": rights})
    path = tmp_root / "client-callers.json"
    path.write_text(json.dumps({"callers": callers}))
    app = Modelstore(
        make_settings(database_uri, tmp_root / "client-secured", credentials_file=path)
    )
    await app.start()
    try:
        yield app, tokens
    finally:
        await app.stop(grace=0)


async def test_token_is_sent_as_bearer(secured_with_tokens: tuple[Modelstore, dict[str, str]]):
    app, tokens = secured_with_tokens
    tenant = f"tok-{uuid.uuid4().hex[:8]}"
    create = ws_pb2.CreateWorkspaceRequest(workspace=ws_pb2.Workspace(name="Token Co"))
    async with connect_async(app.address, tenant=tenant) as channel:
        with pytest.raises(UnauthenticatedError) as anonymous:
            await ws_grpc.WorkspaceServiceStub(channel).CreateWorkspace(create)
        assert anonymous.value.reason == "UNAUTHENTICATED"
    async with connect_async(app.address, tenant=tenant, token=tokens["client-reader"]) as ch:
        with pytest.raises(PermissionDeniedError):
            await ws_grpc.WorkspaceServiceStub(ch).CreateWorkspace(create)
    async with connect_async(app.address, tenant=tenant, token=tokens["client-writer"]) as ch:
        made = await ws_grpc.WorkspaceServiceStub(ch).CreateWorkspace(create)
        assert made.workspace.id == tenant
    # Without cross-tenant access a tenant-scoped call needs the header.
    async with connect_async(app.address, token=tokens["client-writer"]) as channel:
        with pytest.raises(FailedPreconditionError) as missing:
            await user_pb2_grpc.UserServiceStub(channel).ListUsers(user_pb2.ListUsersRequest())
        assert missing.value.reason == "TENANT_REQUIRED"

    def run() -> str:
        with connect(app.address, tenant=tenant, token=tokens["client-reader"]) as channel:
            got = ws_grpc.WorkspaceServiceStub(channel).GetWorkspace(
                ws_pb2.GetWorkspaceRequest(id=tenant)
            )
            return got.workspace.name

    assert await asyncio.to_thread(run) == "Token Co"


# --- TLS -----------------------------------------------------------------------------------


async def test_mutual_tls(database_uri: str, tmp_root: pathlib.Path):
    folder = tmp_root / "client-pki"
    folder.mkdir(exist_ok=True)
    ca_key, ca = _cert("client-test-ca", None, ca=True)
    srv_key, srv = _pem(*_cert("localhost", (ca_key, ca.subject), san="localhost"))
    cli_key, cli = _pem(*_cert("client-ops", (ca_key, ca.subject)))
    files = {
        "ca.pem": ca.public_bytes(serialization.Encoding.PEM),
        "server_key.pem": srv_key,
        "server_cert.pem": srv,
        "client_key.pem": cli_key,
        "client_cert.pem": cli,
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    callers = folder / "callers.json"
    callers.write_text(
        json.dumps(
            {
                "callers": [
                    {
                        "name": "client-ops",
                        "subject": "CN=client-ops",
                        "tenants": "*",
                        "rights": ["read", "write", "cross-tenant"],
                    }
                ]
            }
        )
    )
    app = Modelstore(
        make_settings(
            database_uri,
            tmp_root / "client-tls",
            tls_cert=folder / "server_cert.pem",
            tls_key=folder / "server_key.pem",
            tls_client_ca=folder / "ca.pem",
            credentials_file=callers,
        )
    )
    await app.start()
    try:
        tls = TlsConfig.from_files(
            root_certificates=folder / "ca.pem",
            private_key=folder / "client_key.pem",
            certificate_chain=folder / "client_cert.pem",
        )
        async with connect_async(f"localhost:{app.port}", tls=tls) as channel:
            made = await ws_grpc.WorkspaceServiceStub(channel).CreateWorkspace(
                ws_pb2.CreateWorkspaceRequest(
                    workspace=ws_pb2.Workspace(id=f"tls-{uuid.uuid4().hex[:6]}", name="TLS")
                )
            )
            assert made.workspace.name == "TLS"
        # By address, with the certificate's name given; and ready credentials, sync.
        by_ip = TlsConfig(
            root_certificates=files["ca.pem"],
            private_key=cli_key,
            certificate_chain=cli,
            server_name="localhost",
        )
        async with connect_async(f"127.0.0.1:{app.port}", tls=by_ip) as channel:
            got = await ws_grpc.WorkspaceServiceStub(channel).GetWorkspace(
                ws_pb2.GetWorkspaceRequest(id=made.workspace.id)
            )
            assert got.workspace.name == "TLS"

        def run() -> str:
            with connect(f"localhost:{app.port}", tls=tls.credentials()) as channel:
                return (
                    ws_grpc.WorkspaceServiceStub(channel)
                    .GetWorkspace(ws_pb2.GetWorkspaceRequest(id=made.workspace.id))
                    .workspace.name
                )

        assert await asyncio.to_thread(run) == "TLS"
    finally:
        await app.stop(grace=0)
    with pytest.raises(ValueError, match="both"):
        TlsConfig(private_key=b"key only")


# --- retries -------------------------------------------------------------------------------


@dataclass
class Flaky:
    """A fake WorkspaceService that fails the first `failures` calls of each method."""

    failures: int
    calls: dict[str, int] = field(default_factory=dict)
    address: str = ""

    def handler(self, name: str, response: Callable[[Any], Any]) -> Callable[..., Any]:
        async def handle(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
            self.calls[name] = self.calls.get(name, 0) + 1
            if self.calls[name] <= self.failures:
                await context.abort(grpc.StatusCode.UNAVAILABLE, "try again")
            return response(request)

        return handle


@contextlib.asynccontextmanager
async def flaky_server(failures: int) -> AsyncIterator[Flaky]:
    flaky = Flaky(failures)
    handlers: dict[str, grpc.RpcMethodHandler[Any, Any]] = {
        "GetWorkspace": grpc.unary_unary_rpc_method_handler(
            flaky.handler(
                "GetWorkspace",
                lambda r: ws_pb2.GetWorkspaceResponse(workspace=ws_pb2.Workspace(id=r.id)),
            ),
            request_deserializer=ws_pb2.GetWorkspaceRequest.FromString,
            response_serializer=ws_pb2.GetWorkspaceResponse.SerializeToString,
        ),
        "CreateWorkspace": grpc.unary_unary_rpc_method_handler(
            flaky.handler(
                "CreateWorkspace",
                lambda r: ws_pb2.CreateWorkspaceResponse(workspace=r.workspace),
            ),
            request_deserializer=ws_pb2.CreateWorkspaceRequest.FromString,
            response_serializer=ws_pb2.CreateWorkspaceResponse.SerializeToString,
        ),
    }
    server = grpc.aio.server()
    server.add_generic_rpc_handlers(
        (grpc.method_handlers_generic_handler(WORKSPACE_SERVICE, handlers),)
    )
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    flaky.address = f"127.0.0.1:{port}"
    try:
        yield flaky
    finally:
        await server.stop(grace=0)


def _create(request_id: str = "") -> ws_pb2.CreateWorkspaceRequest:
    return ws_pb2.CreateWorkspaceRequest(
        workspace=ws_pb2.Workspace(id="ws_retry", name="Retry"), request_id=request_id
    )


async def test_reads_are_retried_on_unavailable():
    async with flaky_server(failures=2) as flaky, connect_async(flaky.address, retry=FAST) as ch:
        got = await ws_grpc.WorkspaceServiceStub(ch).GetWorkspace(
            ws_pb2.GetWorkspaceRequest(id="ws_1"), timeout=10
        )
        assert got.workspace.id == "ws_1"
        assert flaky.calls["GetWorkspace"] == 3


async def test_mutations_are_retried_only_with_a_request_id():
    async with flaky_server(failures=2) as flaky, connect_async(flaky.address, retry=FAST) as ch:
        stub = ws_grpc.WorkspaceServiceStub(ch)
        with pytest.raises(UnavailableError) as failed:
            await stub.CreateWorkspace(_create(), timeout=10)
        assert failed.value.message == "try again"
        assert flaky.calls["CreateWorkspace"] == 1  # not retried
        made = await stub.CreateWorkspace(_create(request_id=uuid.uuid4().hex), timeout=10)
        assert made.workspace.id == "ws_retry"
        assert flaky.calls["CreateWorkspace"] == 3  # the first failure, then 2 more attempts


async def test_retries_stop_after_max_attempts():
    policy = RetryPolicy(max_attempts=3, initial_backoff=0.01, max_backoff=0.02)
    async with flaky_server(failures=10) as flaky, connect_async(flaky.address, retry=policy) as ch:
        stub = ws_grpc.WorkspaceServiceStub(ch)
        with pytest.raises(UnavailableError):
            await stub.GetWorkspace(ws_pb2.GetWorkspaceRequest(id="x"), timeout=10)
        with pytest.raises(UnavailableError):
            await stub.CreateWorkspace(_create(request_id="rid-1"), timeout=10)
        assert flaky.calls == {"GetWorkspace": 3, "CreateWorkspace": 3}


async def test_retry_none_disables_retries():
    async with flaky_server(failures=1) as flaky, connect_async(flaky.address, retry=None) as ch:
        with pytest.raises(UnavailableError):
            await ws_grpc.WorkspaceServiceStub(ch).GetWorkspace(
                ws_pb2.GetWorkspaceRequest(id="x"), timeout=10
            )
        assert flaky.calls["GetWorkspace"] == 1


async def test_sync_channel_retries():
    async with flaky_server(failures=2) as flaky:

        def run() -> tuple[str, str, bool]:
            with connect(flaky.address, retry=FAST) as channel:
                stub = ws_grpc.WorkspaceServiceStub(channel)
                read = stub.GetWorkspace(ws_pb2.GetWorkspaceRequest(id="ws_2"), timeout=10)
                try:
                    stub.CreateWorkspace(_create(), timeout=10)
                except UnavailableError:
                    failed = True
                else:
                    failed = False
                made = stub.CreateWorkspace(_create(request_id="rid-sync"), timeout=10)
                return read.workspace.id, made.workspace.id, failed

        read, made, failed = await asyncio.to_thread(run)
    assert (read, made) == ("ws_2", "ws_retry")
    # Create without a request id: one attempt, which fails; with one: the second failure,
    # then a retry that succeeds.
    assert failed is True
    assert flaky.calls == {"GetWorkspace": 3, "CreateWorkspace": 3}


def test_service_config_lists_reads_only():
    config = json.loads(service_config(FAST))
    (method_config,) = config["methodConfig"]
    names = {(n["service"], n["method"]) for n in method_config["name"]}
    assert (WORKSPACE_SERVICE, "GetWorkspace") in names
    assert (WORKSPACE_SERVICE, "ListWorkspaces") in names
    assert (WORKSPACE_SERVICE, "BatchGetWorkspaces") in names
    assert (WORKSPACE_SERVICE, "CreateWorkspace") not in names
    assert ("modelstore.platform.v1.UserService", "VerifyUserPassword") in names  # ACCESS_READ
    assert ("modelstore.platform.v1.ClientService", "RotateClientSecret") not in names
    assert method_config["retryPolicy"] == {
        "maxAttempts": 4,
        "initialBackoff": "0.01s",
        "maxBackoff": "0.05s",
        "backoffMultiplier": 2.0,
        "retryableStatusCodes": ["UNAVAILABLE"],
    }
    assert is_read_path("/modelstore.iam.v1.PermissionService/CheckPermission")
    assert not is_read_path("/modelstore.platform.v1.UserService/UpdateUser")
    with pytest.raises(ValueError, match="max_attempts"):
        RetryPolicy(max_attempts=6)


async def test_update_with_field_mask(server: Modelstore, tenant: str, unique: str):
    await _make_workspace(server.address, tenant)
    (user,) = await _make_users(server.address, tenant, [f"mask-{unique}"])
    async with connect_async(server.address, tenant=tenant) as channel:
        users = user_pb2_grpc.UserServiceStub(channel)
        updated = await users.UpdateUser(
            user_pb2.UpdateUserRequest(
                user=user_pb2.User(id=user.id, roles=["admin"], username="ignored"),
                update_mask=field_mask_pb2.FieldMask(paths=["roles"]),
            )
        )
        assert list(updated.user.roles) == ["admin"]
        assert updated.user.username == f"mask-{unique}"
