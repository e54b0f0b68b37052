"""Caller security: credentials, rights, tenants, TLS and mutual TLS, loopback, limits."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from modelstore.platform.v1 import client_pb2, client_pb2_grpc
from modelstore.platform.v1 import workspace_pb2 as ws_pb2
from modelstore.platform.v1 import workspace_pb2_grpc as ws_grpc
from modelstore_server.app import Modelstore
from modelstore_server.security.callers import new_token
from tests.conftest import make_settings
from tests.support import expect_error

TOKENS: dict[str, str] = {}


def _credentials(path: pathlib.Path) -> pathlib.Path:
    callers = []
    for name, tenants, rights in [
        ("reader", ["acme"], ["read"]),
        ("writer", ["acme"], ["read", "write"]),
        ("admin", "*", ["read", "write", "read-secrets", "cross-tenant"]),
    ]:
        token, digest = new_token()
        TOKENS[name] = token
        callers.append({"name": name, "token_sha256": digest, "tenants": tenants, "rights": rights})
    callers.append(
        {
            "name": "mtls-ops",
            "subject": "CN=ops-client",
            "tenants": "*",
            "rights": ["read", "write", "cross-tenant"],
        }
    )
    path.write_text(json.dumps({"callers": callers}))
    return path


def _cert(
    name: str, issuer: tuple[Any, x509.Name] | None, *, ca: bool = False, san: str | None = None
) -> tuple[Any, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    signer_key, issuer_name = issuer if issuer else (key, subject)
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if san:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName(san)]), critical=False
        )
    return key, builder.sign(signer_key, hashes.SHA256())


def _pem(key: Any, cert: x509.Certificate) -> tuple[bytes, bytes]:
    return (
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        cert.public_bytes(serialization.Encoding.PEM),
    )


@pytest.fixture(scope="session")
def pki(tmp_root: pathlib.Path) -> dict[str, bytes]:
    ca_key, ca = _cert("modelstore-test-ca", None, ca=True)
    srv_key, srv = _cert("localhost", (ca_key, ca.subject), san="localhost")
    cli_key, cli = _cert("ops-client", (ca_key, ca.subject))
    out: dict[str, bytes] = {"ca": ca.public_bytes(serialization.Encoding.PEM)}
    out["server_key"], out["server_cert"] = _pem(srv_key, srv)
    out["client_key"], out["client_cert"] = _pem(cli_key, cli)
    folder = tmp_root / "pki"
    folder.mkdir(exist_ok=True)
    for name, data in out.items():
        (folder / f"{name}.pem").write_bytes(data)
    return out


@pytest.fixture(scope="session")
async def secured(database_uri: str, tmp_root: pathlib.Path) -> AsyncIterator[Modelstore]:
    settings = make_settings(
        database_uri, tmp_root / "secured", credentials_file=_credentials(tmp_root / "callers.json")
    )
    app = Modelstore(settings)
    await app.start()
    try:
        yield app
    finally:
        await app.stop(grace=0)


def _md(token: str | None = None, tenant: str | None = None) -> tuple[tuple[str, str], ...]:
    md = []
    if token:
        md.append(("authorization", f"Bearer {token}"))
    if tenant:
        md.append(("x-tenant-id", tenant))
    return tuple(md)


async def test_credential_cases(secured: Modelstore) -> None:
    async with grpc.aio.insecure_channel(secured.address) as ch:
        stub = ws_grpc.WorkspaceServiceStub(ch)
        create = ws_pb2.CreateWorkspaceRequest(workspace=ws_pb2.Workspace(name="Acme"))
        got = await expect_error(stub.CreateWorkspace(create), grpc.StatusCode.UNAUTHENTICATED)
        assert got.reason == "UNAUTHENTICATED"
        await expect_error(
            stub.CreateWorkspace(create, metadata=_md("wrong-token")),
            grpc.StatusCode.UNAUTHENTICATED,
        )
        # A tenant-bound writer creates its own workspace through the header.
        made = await stub.CreateWorkspace(create, metadata=_md(TOKENS["writer"], "acme"))
        assert made.workspace.id == "acme"
        # Missing right: the reader cannot write.
        got = await expect_error(
            stub.CreateWorkspace(create, metadata=_md(TOKENS["reader"], "acme")),
            grpc.StatusCode.PERMISSION_DENIED,
        )
        assert "write" in got.message
        # A tenant not granted.
        got = await expect_error(
            stub.GetWorkspace(
                ws_pb2.GetWorkspaceRequest(id="acme"), metadata=_md(TOKENS["reader"], "other")
            ),
            grpc.StatusCode.PERMISSION_DENIED,
        )
        assert got.reason == "TENANT_MISMATCH"
        # Without a header a tenant-bound caller cannot reach tenant-scoped data...
        got = await expect_error(
            stub.GetWorkspace(
                ws_pb2.GetWorkspaceRequest(id="acme"), metadata=_md(TOKENS["reader"])
            ),
            grpc.StatusCode.FAILED_PRECONDITION,
        )
        assert got.reason == "TENANT_REQUIRED"
        # ...but a cross-tenant caller can.
        got_ws = await stub.GetWorkspace(
            ws_pb2.GetWorkspaceRequest(id="acme"), metadata=_md(TOKENS["admin"])
        )
        assert got_ws.workspace.id == "acme"
        # The reader reads its own tenant.
        own = await stub.GetWorkspace(
            ws_pb2.GetWorkspaceRequest(id="acme"), metadata=_md(TOKENS["reader"], "acme")
        )
        assert own.workspace.name == "Acme"
        # Health stays open for load balancers.
        from grpc_health.v1 import health_pb2, health_pb2_grpc

        health = await health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest())
        assert health.status == health_pb2.HealthCheckResponse.SERVING


@pytest.mark.parametrize("version", ["v1", "v1alpha"])
async def test_reflection_needs_a_caller(secured: Modelstore, version: str) -> None:
    # Reflection describes the whole API, so it is behind the same caller check as the RPCs.
    from grpc_reflection.v1alpha import reflection_pb2

    method = f"/grpc.reflection.{version}.ServerReflection/ServerReflectionInfo"
    async with grpc.aio.insecure_channel(secured.address) as ch:
        info = ch.stream_stream(
            method,
            request_serializer=reflection_pb2.ServerReflectionRequest.SerializeToString,
            response_deserializer=reflection_pb2.ServerReflectionResponse.FromString,
        )
        ask = reflection_pb2.ServerReflectionRequest(list_services="")
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            async for _ in info(iter([ask])):
                pass
        assert refused.value.code() == grpc.StatusCode.UNAUTHENTICATED
        replies = [r async for r in info(iter([ask]), metadata=_md(TOKENS["reader"]))]
        names = {s.name for s in replies[0].list_services_response.service}
        assert "modelstore.platform.v1.WorkspaceService" in names


async def test_caller_is_checked_before_the_request(secured: Modelstore) -> None:
    # An unknown caller learns nothing about the API's rules: UNAUTHENTICATED, not the
    # INVALID_ARGUMENT the same (invalid) request gets from a known caller.
    async with grpc.aio.insecure_channel(secured.address) as ch:
        stub = ws_grpc.WorkspaceServiceStub(ch)
        invalid = ws_pb2.CreateWorkspaceRequest(workspace=ws_pb2.Workspace(name=""))
        await expect_error(stub.CreateWorkspace(invalid), grpc.StatusCode.UNAUTHENTICATED)
        got = await expect_error(
            stub.CreateWorkspace(invalid, metadata=_md(TOKENS["writer"], "acme")),
            grpc.StatusCode.INVALID_ARGUMENT,
        )
        assert any(field == "workspace.name" for field, _ in got.violations), got.violations


async def test_secret_rpcs_need_read_secrets(secured: Modelstore) -> None:
    """A secret-returning RPC refuses a caller without read-secrets (where one is declared)."""
    secret_rpcs = [
        m
        for s in secured.services
        for m in s.methods
        if 3 in m.requires  # ACCESS_READ_SECRETS
    ]
    async with grpc.aio.insecure_channel(secured.address) as ch:
        for spec in secret_rpcs:
            call = ch.unary_unary(
                spec.path,
                request_serializer=spec.request_class.SerializeToString,
                response_deserializer=spec.response_class.FromString,
            )
            got = await expect_error(
                call(spec.request_class(), metadata=_md(TOKENS["writer"], "acme")),
                grpc.StatusCode.PERMISSION_DENIED,
            )
            assert "read-secrets" in got.message


async def test_the_change_feed_needs_the_read_right_only(secured: Modelstore) -> None:
    """A read-only caller lists and watches the feed; a caller without credentials cannot."""
    from modelstore.v1 import change_pb2, change_pb2_grpc

    async with grpc.aio.insecure_channel(secured.address) as ch:
        feed = change_pb2_grpc.ChangeServiceStub(ch)
        reader = _md(TOKENS["reader"], "acme")
        page = await feed.ListChanges(change_pb2.ListChangesRequest(), metadata=reader)
        assert page.next_page_token
        watch = feed.WatchChanges(change_pb2.WatchChangesRequest(), metadata=reader)
        first = await watch.read()
        assert first.resume_token  # the stream's start position, at once
        watch.cancel()
        await expect_error(
            feed.ListChanges(change_pb2.ListChangesRequest()), grpc.StatusCode.UNAUTHENTICATED
        )
        refused = feed.WatchChanges(change_pb2.WatchChangesRequest())
        with pytest.raises(grpc.aio.AioRpcError) as raised:
            await refused.read()
        assert raised.value.code() == grpc.StatusCode.UNAUTHENTICATED
        # Another tenant's events are not the reader's to see.
        await expect_error(
            feed.ListChanges(
                change_pb2.ListChangesRequest(), metadata=_md(TOKENS["reader"], "other")
            ),
            grpc.StatusCode.PERMISSION_DENIED,
        )


async def test_refuses_non_loopback_without_credentials(
    database_uri: str, tmp_root: pathlib.Path
) -> None:
    app = Modelstore(make_settings(database_uri, tmp_root / "open", listen="0.0.0.0:0"))
    with pytest.raises(RuntimeError, match="without credentials"):
        await app.start()
    await app.stop(grace=0)
    app = Modelstore(
        make_settings(database_uri, tmp_root / "open2", listen="0.0.0.0:0", insecure=True)
    )
    await app.start()
    await app.stop(grace=0)


async def test_tls_and_mutual_tls(
    database_uri: str, tmp_root: pathlib.Path, pki: dict[str, bytes]
) -> None:
    folder = tmp_root / "pki"
    settings = make_settings(
        database_uri,
        tmp_root / "tls",
        listen="127.0.0.1:0",
        tls_cert=folder / "server_cert.pem",
        tls_key=folder / "server_key.pem",
        tls_client_ca=folder / "ca.pem",
        credentials_file=_credentials(tmp_root / "callers-tls.json"),
    )
    app = Modelstore(settings)
    await app.start()
    target = f"localhost:{app.port}"
    try:
        creds = grpc.ssl_channel_credentials(
            root_certificates=pki["ca"],
            private_key=pki["client_key"],
            certificate_chain=pki["client_cert"],
        )
        async with grpc.aio.secure_channel(target, creds) as ch:
            # Identified by the client certificate's subject: no token needed.
            made = await ws_grpc.WorkspaceServiceStub(ch).CreateWorkspace(
                ws_pb2.CreateWorkspaceRequest(
                    workspace=ws_pb2.Workspace(id=f"tls-{uuid.uuid4().hex[:6]}", name="TLS")
                )
            )
            assert made.workspace.name == "TLS"
        # Without a client certificate the handshake fails.
        async with grpc.aio.secure_channel(
            target, grpc.ssl_channel_credentials(root_certificates=pki["ca"])
        ) as ch:
            await expect_error(
                ws_grpc.WorkspaceServiceStub(ch).GetWorkspace(
                    ws_pb2.GetWorkspaceRequest(id="x"), timeout=5
                ),
                grpc.StatusCode.UNAVAILABLE,
            )
    finally:
        await app.stop(grace=0)


async def test_limits(channel: grpc.aio.Channel) -> None:
    stub = ws_grpc.WorkspaceServiceStub(channel)
    huge = ws_pb2.Workspace(name="x" * 100, allowed_origins=["o" * 1024] * 5000)
    await expect_error(
        stub.CreateWorkspace(ws_pb2.CreateWorkspaceRequest(workspace=huge)),
        grpc.StatusCode.RESOURCE_EXHAUSTED,
    )
    got = await expect_error(
        stub.ListWorkspaces(
            ws_pb2.ListWorkspacesRequest(filter='name = "a" OR ' * 500 + 'name = "b"')
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert got.reason == "INVALID_FILTER"
    deep = "(" * 100 + 'name = "a"' + ")" * 100
    got = await expect_error(
        stub.ListWorkspaces(ws_pb2.ListWorkspacesRequest(filter=deep)),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    got = await expect_error(
        stub.BatchGetWorkspaces(
            ws_pb2.BatchGetWorkspacesRequest(ids=[f"id{i}" for i in range(1001)])
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert got.reason == "LIMIT_EXCEEDED"
    # An oversized page is lowered, not refused.
    page = await stub.ListWorkspaces(ws_pb2.ListWorkspacesRequest(page_size=100_000))
    assert len(page.workspaces) <= 1000
    _ = client_pb2, client_pb2_grpc
