"""Domain methods of modelstore.platform.v1: client secrets, user passwords, session
revocation and expiry, notification delivery state."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import grpc
from google.protobuf import struct_pb2, timestamp_pb2

from modelstore.platform.v1 import (
    client_pb2,
    client_pb2_grpc,
    notification_pb2,
    notification_pb2_grpc,
    session_pb2,
    session_pb2_grpc,
    user_pb2,
    user_pb2_grpc,
)
from modelstore.v1 import storage_pb2
from modelstore_server.app import Modelstore
from modelstore_server.domain.platform import report_session_expiry
from tests.support import MODELS, SERVICES, Samples, expect_error

SESSION = "modelstore.platform.v1.Session"
NS = notification_pb2


def _md(tenant: str) -> tuple[tuple[str, str], ...]:
    return (("x-tenant-id", tenant),)


def _ts(delta: dt.timedelta) -> timestamp_pb2.Timestamp:
    ts = timestamp_pb2.Timestamp()
    ts.FromDatetime(dt.datetime.now(dt.UTC) + delta)
    return ts


async def _workspace(channel: grpc.aio.Channel, tenant: str) -> None:
    await Samples(channel, tenant).tenant_root(MODELS["modelstore.platform.v1.Workspace"])


# ---- ClientService.VerifyClientSecret / RotateClientSecret -----------------------------


async def _client(channel: grpc.aio.Channel, unique: str, secret: str = "") -> client_pb2.Client:
    stub = client_pb2_grpc.ClientServiceStub(channel)
    client = client_pb2.Client(id=f"cl-{unique}", secret=secret, allowed_scopes=["events:publish"])
    return (await stub.CreateClient(client_pb2.CreateClientRequest(client=client))).client


async def test_verify_client_secret(channel: grpc.aio.Channel, unique: str) -> None:
    stub = client_pb2_grpc.ClientServiceStub(channel)
    client = await _client(channel, unique, secret="correct horse battery")
    ok = await stub.VerifyClientSecret(
        client_pb2.VerifyClientSecretRequest(id=client.id, secret="correct horse battery")
    )
    assert ok.valid is True
    bad = await stub.VerifyClientSecret(
        client_pb2.VerifyClientSecretRequest(id=client.id, secret="correct horse batter")
    )
    assert bad.valid is False


async def test_verify_client_secret_without_stored_secret_is_invalid(
    channel: grpc.aio.Channel, unique: str
) -> None:
    stub = client_pb2_grpc.ClientServiceStub(channel)
    client = await _client(channel, unique)
    res = await stub.VerifyClientSecret(
        client_pb2.VerifyClientSecretRequest(id=client.id, secret="anything")
    )
    assert res.valid is False


async def test_verify_client_secret_errors(channel: grpc.aio.Channel, unique: str) -> None:
    stub = client_pb2_grpc.ClientServiceStub(channel)
    failure = await expect_error(
        stub.VerifyClientSecret(
            client_pb2.VerifyClientSecretRequest(id=f"missing-{unique}", secret="hunter2-secret")
        ),
        grpc.StatusCode.NOT_FOUND,
    )
    assert "hunter2-secret" not in failure.message
    client = await _client(channel, unique, secret="s3cret")
    failure = await expect_error(
        stub.VerifyClientSecret(client_pb2.VerifyClientSecretRequest(id=client.id)),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert any(field == "secret" for field, _ in failure.violations)


async def test_rotate_client_secret(
    channel: grpc.aio.Channel, server: Modelstore, unique: str
) -> None:
    stub = client_pb2_grpc.ClientServiceStub(channel)
    client = await _client(channel, unique, secret="old-secret")
    rotated = await stub.RotateClientSecret(client_pb2.RotateClientSecretRequest(id=client.id))
    new = rotated.secret
    assert len(new) >= 43  # 256 bits, URL-safe base64
    assert rotated.client.id == client.id
    assert rotated.client.etag != client.etag
    assert rotated.client.allowed_scopes == ["events:publish"]
    assert rotated.client.secret == ""  # the entity never carries it

    async def valid(secret: str) -> bool:
        req = client_pb2.VerifyClientSecretRequest(id=client.id, secret=secret)
        return (await stub.VerifyClientSecret(req)).valid

    assert await valid(new) is True
    assert await valid("old-secret") is False
    # Only the salted hash is stored; the secret is nowhere in the document or on reads.
    assert server.db is not None
    doc = await server.db["platform.clients"].find_one({"_id": client.id})
    assert doc is not None
    assert doc["secretHash"]
    assert doc["secretSalt"]
    assert new not in repr(doc)
    got = await stub.GetClient(client_pb2.GetClientRequest(id=client.id))
    assert got.client.secret == ""
    assert got.client == rotated.client
    # Every rotation returns a different secret, and only the latest one verifies.
    again = await stub.RotateClientSecret(
        client_pb2.RotateClientSecretRequest(id=client.id, etag=rotated.client.etag)
    )
    assert again.secret != new
    assert await valid(again.secret) is True
    assert await valid(new) is False


async def test_rotate_client_secret_errors(channel: grpc.aio.Channel, unique: str) -> None:
    stub = client_pb2_grpc.ClientServiceStub(channel)
    await expect_error(
        stub.RotateClientSecret(client_pb2.RotateClientSecretRequest(id=f"missing-{unique}")),
        grpc.StatusCode.NOT_FOUND,
    )
    await expect_error(
        stub.RotateClientSecret(client_pb2.RotateClientSecretRequest()),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    client = await _client(channel, unique, secret="keep-me")
    await expect_error(
        stub.RotateClientSecret(client_pb2.RotateClientSecretRequest(id=client.id, etag="stale")),
        grpc.StatusCode.ABORTED,
    )
    # A refused rotation changes nothing.
    res = await stub.VerifyClientSecret(
        client_pb2.VerifyClientSecretRequest(id=client.id, secret="keep-me")
    )
    assert res.valid is True


def test_rpc_rights() -> None:
    """The secret-returning RPC needs read-secrets; the verifications only read."""
    requires = {m.path.rsplit("/", 1)[1]: m.requires for s in SERVICES for m in s.methods}
    rotate = requires["RotateClientSecret"]
    assert rotate == {storage_pb2.ACCESS_WRITE, storage_pb2.ACCESS_READ_SECRETS}
    assert requires["VerifyClientSecret"] == {storage_pb2.ACCESS_READ}
    for name in ("RevokeSession", "MarkNotificationSent", "MarkNotificationFailed"):
        assert requires[name] == {storage_pb2.ACCESS_WRITE}


# ---- UserService.VerifyUserPassword ----------------------------------------------------


async def _user(
    channel: grpc.aio.Channel, tenant: str, unique: str, password: str = ""
) -> user_pb2.User:
    await _workspace(channel, tenant)
    stub = user_pb2_grpc.UserServiceStub(channel)
    user = user_pb2.User(username=f"ada-{unique}", password=password)
    res = await stub.CreateUser(user_pb2.CreateUserRequest(user=user), metadata=_md(tenant))
    return res.user


async def test_verify_user_password(channel: grpc.aio.Channel, tenant: str, unique: str) -> None:
    stub = user_pb2_grpc.UserServiceStub(channel)
    user = await _user(channel, tenant, unique, password="pa55-word")

    async def valid(password: str) -> bool:
        req = user_pb2.VerifyUserPasswordRequest(id=user.id, password=password)
        return (await stub.VerifyUserPassword(req, metadata=_md(tenant))).valid

    assert await valid("pa55-word") is True
    assert await valid("pa55-Word") is False
    assert await valid("pa55-word ") is False


async def test_verify_user_password_without_password(
    channel: grpc.aio.Channel, tenant: str, unique: str
) -> None:
    stub = user_pb2_grpc.UserServiceStub(channel)
    user = await _user(channel, tenant, unique)
    res = await stub.VerifyUserPassword(
        user_pb2.VerifyUserPasswordRequest(id=user.id, password="guess"), metadata=_md(tenant)
    )
    assert res.valid is False


async def test_verify_user_password_is_tenant_scoped(
    channel: grpc.aio.Channel, tenant: str, unique: str
) -> None:
    stub = user_pb2_grpc.UserServiceStub(channel)
    user = await _user(channel, tenant, unique, password="pa55-word")
    other = f"{tenant}-other"
    await _workspace(channel, other)
    failure = await expect_error(
        stub.VerifyUserPassword(
            user_pb2.VerifyUserPasswordRequest(id=user.id, password="pa55-word"),
            metadata=_md(other),
        ),
        grpc.StatusCode.NOT_FOUND,
    )
    assert "pa55-word" not in failure.message
    await expect_error(
        stub.VerifyUserPassword(
            user_pb2.VerifyUserPasswordRequest(id=f"missing-{unique}", password="x"),
            metadata=_md(tenant),
        ),
        grpc.StatusCode.NOT_FOUND,
    )
    await expect_error(
        stub.VerifyUserPassword(
            user_pb2.VerifyUserPasswordRequest(id=user.id), metadata=_md(tenant)
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )


# ---- SessionService.RevokeSession and expiry -------------------------------------------


async def _session(
    channel: grpc.aio.Channel, tenant: str, expires_in: dt.timedelta | None = None
) -> session_pb2.Session:
    await _workspace(channel, tenant)
    stub = session_pb2_grpc.SessionServiceStub(channel)
    # The principal must exist (a declared polymorphic reference, `references_by`).
    principal = await Samples(channel, tenant).create(MODELS["modelstore.platform.v1.Client"])
    session = session_pb2.Session(
        principal_id=principal.id,
        principal_type=session_pb2.SESSION_PRINCIPAL_TYPE_CLIENT,
        scopes=["events:publish"],
    )
    if expires_in is not None:
        session.expires_at.CopyFrom(_ts(expires_in))
    res = await stub.CreateSession(
        session_pb2.CreateSessionRequest(session=session), metadata=_md(tenant)
    )
    return res.session


async def test_revoke_session(channel: grpc.aio.Channel, tenant: str) -> None:
    stub = session_pb2_grpc.SessionServiceStub(channel)
    session = await _session(channel, tenant, dt.timedelta(hours=1))
    assert session.status == session_pb2.SESSION_STATUS_ACTIVE
    res = await stub.RevokeSession(
        session_pb2.RevokeSessionRequest(id=session.id, etag=session.etag), metadata=_md(tenant)
    )
    assert res.session.status == session_pb2.SESSION_STATUS_REVOKED
    assert res.session.etag != session.etag
    assert res.session.updated_at.ToDatetime() >= session.updated_at.ToDatetime()
    assert res.session.scopes == ["events:publish"]
    got = await stub.GetSession(session_pb2.GetSessionRequest(id=session.id), metadata=_md(tenant))
    assert got.session == res.session
    failure = await expect_error(
        stub.RevokeSession(session_pb2.RevokeSessionRequest(id=session.id), metadata=_md(tenant)),
        grpc.StatusCode.FAILED_PRECONDITION,
    )
    assert failure.reason == "INVALID_STATE"


async def test_revoke_session_errors(channel: grpc.aio.Channel, tenant: str, unique: str) -> None:
    stub = session_pb2_grpc.SessionServiceStub(channel)
    session = await _session(channel, tenant)
    await expect_error(
        stub.RevokeSession(
            session_pb2.RevokeSessionRequest(id=f"missing-{unique}"), metadata=_md(tenant)
        ),
        grpc.StatusCode.NOT_FOUND,
    )
    other = f"{tenant}-other"
    await _workspace(channel, other)
    await expect_error(
        stub.RevokeSession(session_pb2.RevokeSessionRequest(id=session.id), metadata=_md(other)),
        grpc.StatusCode.NOT_FOUND,
    )
    await expect_error(
        stub.RevokeSession(
            session_pb2.RevokeSessionRequest(id=session.id, etag="stale"), metadata=_md(tenant)
        ),
        grpc.StatusCode.ABORTED,
    )
    await expect_error(
        stub.RevokeSession(session_pb2.RevokeSessionRequest(), metadata=_md(tenant)),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    # None of the refused calls changed the session.
    got = await stub.GetSession(session_pb2.GetSessionRequest(id=session.id), metadata=_md(tenant))
    assert got.session.status == session_pb2.SESSION_STATUS_ACTIVE


async def test_revoke_session_stored_as_expired_is_refused(
    channel: grpc.aio.Channel, tenant: str
) -> None:
    stub = session_pb2_grpc.SessionServiceStub(channel)
    session = await _session(channel, tenant)
    session.status = session_pb2.SESSION_STATUS_EXPIRED
    await stub.UpdateSession(
        session_pb2.UpdateSessionRequest(session=session, update_mask={"paths": ["status"]}),
        metadata=_md(tenant),
    )
    await expect_error(
        stub.RevokeSession(session_pb2.RevokeSessionRequest(id=session.id), metadata=_md(tenant)),
        grpc.StatusCode.FAILED_PRECONDITION,
    )


async def test_an_expired_active_session_can_be_revoked(
    channel: grpc.aio.Channel, tenant: str
) -> None:
    stub = session_pb2_grpc.SessionServiceStub(channel)
    session = await _session(channel, tenant, dt.timedelta(seconds=-5))
    res = await stub.RevokeSession(
        session_pb2.RevokeSessionRequest(id=session.id), metadata=_md(tenant)
    )
    assert res.session.status == session_pb2.SESSION_STATUS_REVOKED


async def test_concurrent_revocations_succeed_once(
    channel: grpc.aio.Channel, server: Modelstore, tenant: str
) -> None:
    stub = session_pb2_grpc.SessionServiceStub(channel)
    session = await _session(channel, tenant)
    results = await asyncio.gather(
        *(
            stub.RevokeSession(
                session_pb2.RevokeSessionRequest(id=session.id), metadata=_md(tenant)
            )
            for _ in range(10)
        ),
        return_exceptions=True,
    )
    ok = [r for r in results if isinstance(r, session_pb2.RevokeSessionResponse)]
    refused = [
        r
        for r in results
        if isinstance(r, grpc.aio.AioRpcError) and r.code() == grpc.StatusCode.FAILED_PRECONDITION
    ]
    assert len(ok) + len(refused) == 10
    assert ok
    assert all(r.session.status == session_pb2.SESSION_STATUS_REVOKED for r in ok)
    assert len(ok) == 1, "exactly one revocation wins (one atomic conditional write)"


def test_session_expiry_hook() -> None:
    current = dt.datetime.now(dt.UTC)

    def shown(status: str, expires: Any) -> int:
        msg = session_pb2.Session(status=getattr(session_pb2, f"SESSION_STATUS_{status}"))
        doc = {"status": status.lower()} if expires is None else {"expiresAt": expires}
        report_session_expiry(msg, doc)
        return msg.status

    past, future = current - dt.timedelta(seconds=1), current + dt.timedelta(hours=1)
    assert shown("ACTIVE", past) == session_pb2.SESSION_STATUS_EXPIRED
    assert shown("ACTIVE", past.replace(tzinfo=None)) == session_pb2.SESSION_STATUS_EXPIRED
    assert shown("ACTIVE", future) == session_pb2.SESSION_STATUS_ACTIVE
    assert shown("ACTIVE", None) == session_pb2.SESSION_STATUS_ACTIVE  # never expires
    assert shown("REVOKED", past) == session_pb2.SESSION_STATUS_REVOKED


async def test_standard_methods_report_an_expired_session_as_expired(
    channel: grpc.aio.Channel, server: Modelstore, tenant: str
) -> None:
    assert server.stores[SESSION].hooks.on_decode is not None
    stub = session_pb2_grpc.SessionServiceStub(channel)
    md = _md(tenant)
    expired = await _session(channel, tenant, dt.timedelta(seconds=-5))
    live = await _session(channel, tenant, dt.timedelta(hours=1))
    expired_status = session_pb2.SESSION_STATUS_EXPIRED
    assert expired.status == expired_status  # Create
    assert live.status == session_pb2.SESSION_STATUS_ACTIVE
    got = await stub.GetSession(session_pb2.GetSessionRequest(id=expired.id), metadata=md)
    assert got.session.status == expired_status
    masked = await stub.GetSession(
        session_pb2.GetSessionRequest(id=expired.id, read_mask={"paths": ["status"]}), metadata=md
    )
    assert masked.session.status == expired_status
    listed = await stub.ListSessions(session_pb2.ListSessionsRequest(), metadata=md)
    by_id = {s.id: s.status for s in listed.sessions}
    assert by_id == {expired.id: expired_status, live.id: session_pb2.SESSION_STATUS_ACTIVE}
    batch = await stub.BatchGetSessions(
        session_pb2.BatchGetSessionsRequest(ids=[expired.id, live.id]), metadata=md
    )
    assert [s.status for s in batch.sessions] == [expired_status, session_pb2.SESSION_STATUS_ACTIVE]
    updated = await stub.UpdateSession(
        session_pb2.UpdateSessionRequest(
            session=session_pb2.Session(id=expired.id, scopes=["x"]),
            update_mask={"paths": ["scopes"]},
        ),
        metadata=md,
    )
    assert updated.session.status == expired_status


# ---- NotificationService.MarkNotificationSent / MarkNotificationFailed -----------------


async def _notification(channel: grpc.aio.Channel, tenant: str) -> NS.Notification:
    await _workspace(channel, tenant)
    stub = notification_pb2_grpc.NotificationServiceStub(channel)
    note = NS.Notification(
        channel=NS.NOTIFICATION_CHANNEL_SLACK,
        type="pipeline.failed",
        target=NS.NotificationTarget(slack=NS.NotificationSlackTarget(channel="#alerts")),
    )
    res = await stub.CreateNotification(
        NS.CreateNotificationRequest(notification=note), metadata=_md(tenant)
    )
    assert res.notification.status == NS.NOTIFICATION_STATUS_QUEUED
    return res.notification


def _error(code: str, timestamp: timestamp_pb2.Timestamp | None = None) -> NS.NotificationError:
    details = struct_pb2.Struct()
    details.update({"http_status": 404})
    err = NS.NotificationError(code=code, message="the channel is gone", details=details)
    if timestamp is not None:
        err.timestamp.CopyFrom(timestamp)
    return err


async def test_mark_notification_sent(channel: grpc.aio.Channel, tenant: str) -> None:
    stub = notification_pb2_grpc.NotificationServiceStub(channel)
    note = await _notification(channel, tenant)
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    res = await stub.MarkNotificationSent(
        NS.MarkNotificationSentRequest(id=note.id, etag=note.etag), metadata=_md(tenant)
    )
    sent = res.notification
    assert sent.status == NS.NOTIFICATION_STATUS_SENT
    delivered = sent.delivered_at.ToDatetime(dt.UTC)
    assert before <= delivered <= dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
    assert sent.etag != note.etag
    assert not sent.HasField("error")
    got = await stub.GetNotification(NS.GetNotificationRequest(id=note.id), metadata=_md(tenant))
    assert got.notification == sent
    # sent -> sent and sent -> failed are refused.
    failure = await expect_error(
        stub.MarkNotificationSent(NS.MarkNotificationSentRequest(id=note.id), metadata=_md(tenant)),
        grpc.StatusCode.FAILED_PRECONDITION,
    )
    assert failure.reason == "INVALID_STATE"
    await expect_error(
        stub.MarkNotificationFailed(
            NS.MarkNotificationFailedRequest(id=note.id, error=_error("late")),
            metadata=_md(tenant),
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
    )


async def test_mark_notification_failed_then_retry(channel: grpc.aio.Channel, tenant: str) -> None:
    stub = notification_pb2_grpc.NotificationServiceStub(channel)
    md = _md(tenant)
    note = await _notification(channel, tenant)
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    first = await stub.MarkNotificationFailed(
        NS.MarkNotificationFailedRequest(id=note.id, error=_error("channel_not_found")),
        metadata=md,
    )
    failed = first.notification
    assert failed.status == NS.NOTIFICATION_STATUS_FAILED
    assert failed.error.code == "channel_not_found"
    assert failed.error.message == "the channel is gone"
    assert dict(failed.error.details) == {"http_status": 404}
    assert failed.error.timestamp.ToDatetime(dt.UTC) >= before  # set by the server
    assert not failed.HasField("delivered_at")
    # failed -> failed: another attempt; its snapshot (with its own timestamp) replaces the last.
    when = timestamp_pb2.Timestamp(seconds=1_700_000_000)
    second = await stub.MarkNotificationFailed(
        NS.MarkNotificationFailedRequest(id=note.id, error=_error("rate_limited", when)),
        metadata=md,
    )
    assert second.notification.status == NS.NOTIFICATION_STATUS_FAILED
    assert second.notification.error.code == "rate_limited"
    assert second.notification.error.timestamp == when
    # failed -> sent: a retry succeeded; the last failure's snapshot is kept.
    sent = await stub.MarkNotificationSent(NS.MarkNotificationSentRequest(id=note.id), metadata=md)
    assert sent.notification.status == NS.NOTIFICATION_STATUS_SENT
    assert sent.notification.HasField("delivered_at")
    assert sent.notification.error.code == "rate_limited"


async def test_mark_notification_errors(
    channel: grpc.aio.Channel, tenant: str, unique: str
) -> None:
    stub = notification_pb2_grpc.NotificationServiceStub(channel)
    md = _md(tenant)
    note = await _notification(channel, tenant)
    await expect_error(
        stub.MarkNotificationSent(
            NS.MarkNotificationSentRequest(id=f"missing-{unique}"), metadata=md
        ),
        grpc.StatusCode.NOT_FOUND,
    )
    await expect_error(
        stub.MarkNotificationFailed(
            NS.MarkNotificationFailedRequest(id=f"missing-{unique}", error=_error("x")),
            metadata=md,
        ),
        grpc.StatusCode.NOT_FOUND,
    )
    other = f"{tenant}-other"
    await _workspace(channel, other)
    await expect_error(
        stub.MarkNotificationSent(NS.MarkNotificationSentRequest(id=note.id), metadata=_md(other)),
        grpc.StatusCode.NOT_FOUND,
    )
    await expect_error(
        stub.MarkNotificationSent(
            NS.MarkNotificationSentRequest(id=note.id, etag="stale"), metadata=md
        ),
        grpc.StatusCode.ABORTED,
    )
    await expect_error(
        stub.MarkNotificationFailed(
            NS.MarkNotificationFailedRequest(id=note.id, error=_error("x"), etag="stale"),
            metadata=md,
        ),
        grpc.StatusCode.ABORTED,
    )
    failure = await expect_error(
        stub.MarkNotificationFailed(NS.MarkNotificationFailedRequest(id=note.id), metadata=md),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert any(field == "error" for field, _ in failure.violations)
    await expect_error(
        stub.MarkNotificationSent(NS.MarkNotificationSentRequest(), metadata=md),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    got = await stub.GetNotification(NS.GetNotificationRequest(id=note.id), metadata=md)
    assert got.notification == note  # nothing changed
