"""Domain methods of `modelstore.platform.v1` (seed 000).

- `ClientService.VerifyClientSecret`, `ClientService.RotateClientSecret` (secret-returning);
- `UserService.VerifyUserPassword`;
- `SessionService.RevokeSession`, and the decode hook that makes an expired session read
  EXPIRED (`report_session_expiry`);
- `NotificationService.MarkNotificationSent`, `NotificationService.MarkNotificationFailed`.

Each state change is one `update_where`: the allowed states are its condition, and only a
write that matches nothing reads again to say why. Secrets (candidates and the rotated
secret) never reach a log line or an error message.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping
from typing import Any

from google.protobuf.message import Message

from modelstore.platform.v1 import client_pb2, notification_pb2, session_pb2, user_pb2

from .. import errors
from ..engine.codec import datetime_to_timestamp, now
from ..engine.context import CallContext
from ..engine.hooks import EntityHooks
from ..engine.store import Changes
from . import DomainDeps, domain_method, entity_hooks

PKG = "modelstore.platform.v1"
_SECRET_BYTES = 32  # 256 bits of entropy for a rotated client secret


def in_states(allowed: list[str], refusal: str) -> tuple[dict[str, Any], Any]:
    """Return the condition `status` in `allowed`, and the refusal of a stored state outside it."""

    def refuse(doc: Mapping[str, Any]) -> Exception | None:
        if doc.get("status") in allowed:
            return None  # it changed back in between: write again
        return errors.invalid_state(refusal.format(status=doc.get("status") or "unset"), "status")

    return {"status": {"$in": allowed}}, refuse


def report_session_expiry(msg: Message, doc: Mapping[str, Any]) -> None:
    """Decode hook of Session: an active session past `expires_at` reads EXPIRED.

    Works from the stored document, so it also applies when a read mask left
    `expires_at` out of the response (the engine then still reads `expiresAt`).
    """
    assert isinstance(msg, session_pb2.Session)
    expires = doc.get("expiresAt")
    if (
        msg.status == session_pb2.SESSION_STATUS_ACTIVE
        and isinstance(expires, dt.datetime)
        and (expires if expires.tzinfo else expires.replace(tzinfo=dt.UTC)) <= now()
    ):
        msg.status = session_pb2.SESSION_STATUS_EXPIRED


@entity_hooks(f"{PKG}.Session")
def session_hooks(deps: DomainDeps) -> EntityHooks:
    """Session reads report expiry."""
    return EntityHooks(on_decode=report_session_expiry)


@domain_method(f"{PKG}.ClientService.VerifyClientSecret")
async def verify_client_secret(
    deps: DomainDeps, request: client_pb2.VerifyClientSecretRequest, ctx: CallContext
) -> client_pb2.VerifyClientSecretResponse:
    """Whether the secret matches the client's stored hash."""
    clients = deps.store(client_pb2.Client)
    valid = await clients.verify_secret(ctx, request.id, "secret", request.secret)
    return client_pb2.VerifyClientSecretResponse(valid=valid)


@domain_method(f"{PKG}.ClientService.RotateClientSecret")
async def rotate_client_secret(
    deps: DomainDeps, request: client_pb2.RotateClientSecretRequest, ctx: CallContext
) -> client_pb2.RotateClientSecretResponse:
    """Store the hash of a new random secret; the response is the only place it appears."""
    clients = deps.store(client_pb2.Client)
    secret = secrets.token_urlsafe(_SECRET_BYTES)
    stored = await clients.secrets.hashed("secret", secret)
    doc = await clients.update_where(ctx, request.id, Changes(set=stored), etag=request.etag)
    return client_pb2.RotateClientSecretResponse(client=clients.decode(doc), secret=secret)


@domain_method(f"{PKG}.UserService.VerifyUserPassword")
async def verify_user_password(
    deps: DomainDeps, request: user_pb2.VerifyUserPasswordRequest, ctx: CallContext
) -> user_pb2.VerifyUserPasswordResponse:
    """Whether the password matches the user's stored hash."""
    users = deps.store(user_pb2.User)
    valid = await users.verify_secret(ctx, request.id, "password", request.password)
    return user_pb2.VerifyUserPasswordResponse(valid=valid)


@domain_method(f"{PKG}.SessionService.RevokeSession")
async def revoke_session(
    deps: DomainDeps, request: session_pb2.RevokeSessionRequest, ctx: CallContext
) -> session_pb2.RevokeSessionResponse:
    """Move an active session to revoked (one past `expires_at` too: it then reads REVOKED)."""
    sessions = deps.store(session_pb2.Session)
    where, refuse = in_states(["active"], f"session {request.id[:100]!r} is {{status}}, not active")
    doc = await sessions.update_where(
        ctx,
        request.id,
        Changes(set={"status": "revoked"}),
        etag=request.etag,
        where=where,
        refuse=refuse,
    )
    return session_pb2.RevokeSessionResponse(session=sessions.decode(doc))


def _settle(doc_id: str) -> tuple[dict[str, Any], Any]:
    # failed -> sent: a retry succeeded; failed -> failed: another attempt failed.
    return in_states(["queued", "failed"], f"notification {doc_id[:100]!r} is already {{status}}")


@domain_method(f"{PKG}.NotificationService.MarkNotificationSent")
async def mark_notification_sent(
    deps: DomainDeps, request: notification_pb2.MarkNotificationSentRequest, ctx: CallContext
) -> notification_pb2.MarkNotificationSentResponse:
    """Record a delivery."""
    notifications = deps.store(notification_pb2.Notification)
    where, refuse = _settle(request.id)
    current = now()  # deliveredAt and updatedAt: the same instant
    changes = Changes(set={"status": "sent", "deliveredAt": current})
    doc = await notifications.update_where(
        ctx, request.id, changes, etag=request.etag, where=where, refuse=refuse, at=current
    )
    return notification_pb2.MarkNotificationSentResponse(notification=notifications.decode(doc))


@domain_method(f"{PKG}.NotificationService.MarkNotificationFailed")
async def mark_notification_failed(
    deps: DomainDeps, request: notification_pb2.MarkNotificationFailedRequest, ctx: CallContext
) -> notification_pb2.MarkNotificationFailedResponse:
    """Record a failed attempt and its error (stamped now unless it has a time)."""
    notifications = deps.store(notification_pb2.Notification)
    error = notification_pb2.NotificationError()
    error.CopyFrom(request.error)
    if not error.HasField("timestamp"):
        error.timestamp.CopyFrom(datetime_to_timestamp(now()))
    where, refuse = _settle(request.id)
    changes = Changes(
        set={"status": "failed", notifications.key("error"): notifications.encode("error", error)}
    )
    doc = await notifications.update_where(
        ctx, request.id, changes, etag=request.etag, where=where, refuse=refuse
    )
    return notification_pb2.MarkNotificationFailedResponse(notification=notifications.decode(doc))
