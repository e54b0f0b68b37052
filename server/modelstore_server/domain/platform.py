"""Domain methods of `modelstore.platform.v1` (seed 000).

- `ClientService.VerifyClientSecret`, `ClientService.RotateClientSecret` (secret-returning);
- `UserService.VerifyUserPassword`;
- `SessionService.RevokeSession`, and `report_session_expiry`, the decode hook that makes
  an expired session read EXPIRED (see `decode_hooks`);
- `NotificationService.MarkNotificationSent`, `NotificationService.MarkNotificationFailed`.

Secrets (candidates and the rotated secret) never reach a log line or an error message.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import secrets
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from google.protobuf.message import Message
from pymongo import ReturnDocument

from modelstore.platform.v1 import client_pb2, notification_pb2, session_pb2, user_pb2

from ..engine.codec import datetime_to_timestamp, encode_value, now
from ..engine.context import CallContext
from ..engine.store import EntityStore, new_etag
from ..errors import EtagMismatch, FailedPrecondition, FieldViolation, InvalidArgument
from ..security.hashing import hash_secret, verify_secret
from . import DomainDeps, DomainHandler

PKG = "modelstore.platform.v1"
SESSION = f"{PKG}.Session"
_ATTEMPTS = 3  # conditional writes retried when the state changes under them
_SECRET_BYTES = 32  # 256 bits of entropy for a rotated client secret

DecodeHook = Callable[[Message, Mapping[str, Any]], None]
M = TypeVar("M", bound=Message)


def require_id(doc_id: str) -> str:
    """Reject an empty id (request validation exempts fields named `id`)."""
    if not doc_id:
        raise InvalidArgument("id is required", [FieldViolation("id", "is required")])
    return doc_id


def decode_as(store: EntityStore, doc: Mapping[str, Any], cls: type[M]) -> M:
    """Decode a stored document into the store's entity message, typed as `cls`."""
    msg = store.decode(doc)
    assert isinstance(msg, cls)
    return msg


async def verify_stored_secret(
    store: EntityStore, ctx: CallContext, doc_id: str, field: str, candidate: str
) -> bool:
    """Check a candidate against an entity's stored salted hash (constant time, off-loop)."""
    secret = store.model.secrets[field]
    projection = {secret.hash_key: 1}
    if secret.salt_key:
        projection[secret.salt_key] = 1
    doc = await store.coll.find_one(store.id_filter(ctx, require_id(doc_id)), projection)
    if doc is None:
        raise store.not_found(doc_id)
    digest = doc.get(secret.hash_key)
    salt = doc.get(secret.salt_key) if secret.salt_key else None
    if not isinstance(digest, str) or not digest or not (salt is None or isinstance(salt, str)):
        return False  # no secret stored: nothing can match
    try:
        return await asyncio.to_thread(verify_secret, secret.algorithm, candidate, digest, salt)
    except ValueError:  # a corrupt stored salt
        return False


async def transition(
    store: EntityStore,
    ctx: CallContext,
    doc_id: str,
    etag: str,
    allowed: list[str],
    changes: dict[str, Any],
    refusal: Callable[[Mapping[str, Any]], str],
) -> Mapping[str, Any]:
    """Move an entity's `status` from one of `allowed` by a single conditional write.

    Only when the write matches nothing is the entity read again, to tell NOT_FOUND,
    ABORTED (etag) and FAILED_PRECONDITION (state) apart; if the state turns out to
    be allowed after all (it changed between the two reads), the write is retried.
    """
    status_key = store.model.field_keys["status"]
    require_id(doc_id)
    for _ in range(_ATTEMPTS):
        filt = {**store.id_filter(ctx, doc_id), status_key: {"$in": allowed}}
        if etag:
            filt["etag"] = etag
        update = {"$set": {**changes, "updatedAt": now(), "etag": new_etag()}}
        doc = await store.coll.find_one_and_update(
            filt, update, return_document=ReturnDocument.AFTER
        )
        if doc is not None:
            return doc
        existing = await store.coll.find_one(store.id_filter(ctx, doc_id))
        if existing is None:
            raise store.not_found(doc_id)
        if etag and existing.get("etag") != etag:
            raise EtagMismatch(f"{store.label} {doc_id!r} has changed (etag mismatch)")
        if existing.get(status_key) not in allowed:
            raise FailedPrecondition(refusal(existing), field="status")
    raise EtagMismatch(f"{store.label} {doc_id!r} keeps changing; retry")


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def report_session_expiry(msg: Message, doc: Mapping[str, Any]) -> None:
    """Decode hook of Session: an active session past `expires_at` reads EXPIRED.

    Works from the stored document, so it also applies when a read mask left
    `expires_at` out of the response (the engine must then still project `expiresAt`).
    """
    assert isinstance(msg, session_pb2.Session)
    expires = doc.get("expiresAt")
    if (
        msg.status == session_pb2.SESSION_STATUS_ACTIVE
        and isinstance(expires, dt.datetime)
        and _aware(expires) <= now()
    ):
        msg.status = session_pb2.SESSION_STATUS_EXPIRED


def decode_hooks() -> dict[str, DecodeHook]:
    """Per-entity hooks the engine should run after decoding any document of the entity."""
    return {SESSION: report_session_expiry}


def handlers(deps: DomainDeps) -> dict[str, DomainHandler]:
    """Return the platform domain's handlers by gRPC path."""
    clients = deps.store(f"{PKG}.Client")
    users = deps.store(f"{PKG}.User")
    sessions = deps.store(SESSION)
    notifications = deps.store(f"{PKG}.Notification")

    async def verify_client_secret(
        request: client_pb2.VerifyClientSecretRequest, ctx: CallContext
    ) -> client_pb2.VerifyClientSecretResponse:
        valid = await verify_stored_secret(clients, ctx, request.id, "secret", request.secret)
        return client_pb2.VerifyClientSecretResponse(valid=valid)

    async def rotate_client_secret(
        request: client_pb2.RotateClientSecretRequest, ctx: CallContext
    ) -> client_pb2.RotateClientSecretResponse:
        filt = clients.id_filter(ctx, require_id(request.id))
        if request.etag:
            filt["etag"] = request.etag
        field = clients.model.secrets["secret"]
        secret = secrets.token_urlsafe(_SECRET_BYTES)
        digest, salt = await asyncio.to_thread(hash_secret, field.algorithm, secret)
        changes: dict[str, Any] = {field.hash_key: digest, "updatedAt": now(), "etag": new_etag()}
        if field.salt_key and salt is not None:
            changes[field.salt_key] = salt
        update = {"$set": changes}
        doc = await clients.coll.find_one_and_update(
            filt, update, return_document=ReturnDocument.AFTER
        )
        if doc is None:
            if request.etag and await clients.coll.find_one(
                clients.id_filter(ctx, request.id), {"_id": 1}
            ):
                raise EtagMismatch(f"Client {request.id!r} has changed (etag mismatch)")
            raise clients.not_found(request.id)
        return client_pb2.RotateClientSecretResponse(
            client=decode_as(clients, doc, client_pb2.Client), secret=secret
        )

    async def verify_user_password(
        request: user_pb2.VerifyUserPasswordRequest, ctx: CallContext
    ) -> user_pb2.VerifyUserPasswordResponse:
        valid = await verify_stored_secret(users, ctx, request.id, "password", request.password)
        return user_pb2.VerifyUserPasswordResponse(valid=valid)

    async def revoke_session(
        request: session_pb2.RevokeSessionRequest, ctx: CallContext
    ) -> session_pb2.RevokeSessionResponse:
        # An active session past expires_at may still be revoked: the stored state
        # moves active -> revoked, and it then reads REVOKED.
        doc = await transition(
            sessions,
            ctx,
            request.id,
            request.etag,
            ["active"],
            {"status": "revoked"},
            lambda d: f"session {request.id!r} is {d.get('status') or 'not active'}, not active",
        )
        msg = decode_as(sessions, doc, session_pb2.Session)
        report_session_expiry(msg, doc)
        return session_pb2.RevokeSessionResponse(session=msg)

    def _refuse_notification(doc: Mapping[str, Any]) -> str:
        return f"notification {doc.get('_id')!r} is already {doc.get('status') or 'settled'}"

    async def mark_notification_sent(
        request: notification_pb2.MarkNotificationSentRequest, ctx: CallContext
    ) -> notification_pb2.MarkNotificationSentResponse:
        doc = await transition(
            notifications,
            ctx,
            request.id,
            request.etag,
            ["queued", "failed"],  # failed -> sent: a retry succeeded
            {"status": "sent", "deliveredAt": now()},
            _refuse_notification,
        )
        msg = decode_as(notifications, doc, notification_pb2.Notification)
        return notification_pb2.MarkNotificationSentResponse(notification=msg)

    async def mark_notification_failed(
        request: notification_pb2.MarkNotificationFailedRequest, ctx: CallContext
    ) -> notification_pb2.MarkNotificationFailedResponse:
        error = notification_pb2.NotificationError()
        error.CopyFrom(request.error)
        if not error.HasField("timestamp"):
            error.timestamp.CopyFrom(datetime_to_timestamp(now()))
        stored = encode_value(notifications.plan_map["error"], error)
        doc = await transition(
            notifications,
            ctx,
            request.id,
            request.etag,
            ["queued", "failed"],  # failed -> failed: another attempt failed
            {"status": "failed", notifications.model.field_keys["error"]: stored},
            _refuse_notification,
        )
        msg = decode_as(notifications, doc, notification_pb2.Notification)
        return notification_pb2.MarkNotificationFailedResponse(notification=msg)

    svc = f"/{PKG}"
    return {
        f"{svc}.ClientService/VerifyClientSecret": verify_client_secret,
        f"{svc}.ClientService/RotateClientSecret": rotate_client_secret,
        f"{svc}.UserService/VerifyUserPassword": verify_user_password,
        f"{svc}.SessionService/RevokeSession": revoke_session,
        f"{svc}.NotificationService/MarkNotificationSent": mark_notification_sent,
        f"{svc}.NotificationService/MarkNotificationFailed": mark_notification_failed,
    }
