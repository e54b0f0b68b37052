"""No log line, error message or response carries a secret, through every secret-handling RPC."""

from __future__ import annotations

import logging

import grpc
import pytest

from modelstore.iam.v1 import platform_credential_pb2 as pc_pb2
from modelstore.iam.v1 import platform_credential_pb2_grpc as pc_grpc
from modelstore.platform.v1 import client_pb2, client_pb2_grpc
from modelstore_server.app import Modelstore
from modelstore_server.engine.registry import Kind
from tests.engine.test_conformance import SECRET_SERVICES
from tests.support import MODELS, Samples, call, header_for, method


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


async def test_secrets_never_reach_logs_errors_or_responses(
    channel: grpc.aio.Channel, server: Modelstore, tenant: str, caplog: pytest.LogCaptureFixture
) -> None:
    capture = _Capture()
    capture.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s %(exc_text)s"))
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(capture)
    plaintexts: list[str] = []
    wire: list[bytes] = []
    errors: list[str] = []
    try:
        samples = Samples(channel, tenant)
        for service in SECRET_SERVICES:
            model = service.model
            assert model is not None
            created = await samples.create(model)
            dup = model.message_class()
            dup.CopyFrom(created)
            # A keyed lookup secret (a session token) is returned once, by its Create
            # (SECRET_ALGORITHM_HMAC_SHA256 in storage.proto): the one exception.
            for name, secret in model.secrets.items():
                if secret.keyed:
                    assert getattr(created, name)
                    created.ClearField(name)
            wire.append(created.SerializeToString())
            get = method(service, Kind.GET)
            assert get is not None
            wire.append(
                (
                    await call(
                        channel, get, get.request_class(id=created.id), header_for(model, tenant)
                    )
                ).SerializeToString()
            )
            # A failing call that carries the secret: the error must not echo it.
            create = method(service, Kind.CREATE)
            assert create is not None
            for name in model.secrets:
                setattr(dup, name, samples.secrets.get(f"{model.full_name}.{name}", "x"))
            try:
                await call(
                    channel,
                    create,
                    create.request_class(**{create.entity_field or "": dup}),
                    header_for(model, tenant),
                )
            except grpc.aio.AioRpcError as exc:
                errors.append(exc.details() or "")
        plaintexts += list(samples.secrets.values())

        clients = client_pb2_grpc.ClientServiceStub(channel)
        client = await samples.create(MODELS["modelstore.platform.v1.Client"])
        rotated = await clients.RotateClientSecret(
            client_pb2.RotateClientSecretRequest(id=client.id)
        )
        plaintexts.append(rotated.secret)
        ok = await clients.VerifyClientSecret(
            client_pb2.VerifyClientSecretRequest(id=client.id, secret=rotated.secret)
        )
        assert ok.valid
        bad = await clients.VerifyClientSecret(
            client_pb2.VerifyClientSecretRequest(id=client.id, secret="wrong-" + rotated.secret)
        )
        assert not bad.valid

        cred = await samples.build(MODELS["modelstore.iam.v1.PlatformCredential"])
        await samples.tenant_root(MODELS["modelstore.iam.v1.Tenant"])
        cred.access_token = "ya29.super-secret-access"
        cred.refresh_token = "1//super-secret-refresh"
        plaintexts += [cred.access_token, cred.refresh_token]
        md = (("x-tenant-id", tenant),)
        made = (
            await pc_grpc.PlatformCredentialServiceStub(channel).CreatePlatformCredential(
                pc_pb2.CreatePlatformCredentialRequest(platform_credential=cred), metadata=md
            )
        ).platform_credential
        wire.append(made.SerializeToString())
        secret = await pc_grpc.PlatformCredentialServiceStub(channel).GetPlatformCredentialSecret(
            pc_pb2.GetPlatformCredentialSecretRequest(id=made.id), metadata=md
        )
        assert secret.access_token == cred.access_token  # the one RPC that returns it
    finally:
        root.removeHandler(capture)
        root.setLevel(old_level)
    assert plaintexts
    logs = "\n".join(capture.lines + [r.getMessage() for r in caplog.records])
    for value in plaintexts:
        assert value not in logs, "a secret reached the logs"
        assert all(value not in e for e in errors), "a secret reached an error message"
        assert all(value.encode() not in w for w in wire), "a secret reached a response"
