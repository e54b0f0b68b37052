"""Domain methods of `modelstore.auth.v1` (seed 003).

- `SessionService.GetSessionByToken`: an expired session is NOT_FOUND, like a missing one;
- `VerificationService.ConsumeVerification`: one atomic find-and-delete, so a value is
  consumed at most once even when calls race, and never after `expires_at`;
- `UserService.GetUserWithRelations`: the seed's `with: {sessions, accounts}` query.

Tokens and verification values never reach a log line or an error message.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from google.protobuf.message import Message

from modelstore.auth.v1 import session_pb2, user_pb2, verification_pb2

from ..engine.codec import now
from ..engine.context import CallContext
from ..engine.store import MAX_PAGE_SIZE, EntityStore
from ..errors import FieldViolation, InvalidArgument, NotFound
from . import DomainDeps, DomainHandler

PKG = "modelstore.auth.v1"
M = TypeVar("M", bound=Message)


def decode_as(store: EntityStore, doc: Mapping[str, Any], cls: type[M]) -> M:
    """Decode a stored document into the store's entity message, typed as `cls`."""
    msg = store.decode(doc)
    assert isinstance(msg, cls)
    return msg


async def _children(
    store: EntityStore, ctx: CallContext, field: str, parent_id: str, wanted: bool
) -> Sequence[Message]:
    """Return up to MAX_PAGE_SIZE entities whose `field` names the parent, oldest first."""
    if not wanted:
        return []
    filt = {**store.scope(ctx), **store.live(), store.model.field_keys[field]: parent_id}
    cursor = store.coll.find(filt, sort=[("createdAt", 1), ("_id", 1)], limit=MAX_PAGE_SIZE)
    return [store.decode(doc) for doc in await cursor.to_list(length=MAX_PAGE_SIZE)]


def handlers(deps: DomainDeps) -> dict[str, DomainHandler]:
    """Return the auth domain's handlers by gRPC path."""
    users = deps.store(f"{PKG}.User")
    sessions = deps.store(f"{PKG}.Session")
    accounts = deps.store(f"{PKG}.Account")
    verifications = deps.store(f"{PKG}.Verification")

    async def get_session_by_token(
        request: session_pb2.GetSessionByTokenRequest, ctx: CallContext
    ) -> session_pb2.GetSessionByTokenResponse:
        keys = sessions.model.field_keys
        filt: dict[str, Any] = {
            **sessions.scope(ctx),
            **sessions.live(),
            keys["token"]: request.token,
            keys["expires_at"]: {"$gt": now()},
        }
        doc = await sessions.coll.find_one(filt)
        if doc is None:
            # The same answer for an unknown and an expired token; the token is not echoed.
            raise NotFound("no unexpired session holds this token")
        msg = decode_as(sessions, doc, session_pb2.Session)
        return session_pb2.GetSessionByTokenResponse(session=msg)

    async def consume_verification(
        request: verification_pb2.ConsumeVerificationRequest, ctx: CallContext
    ) -> verification_pb2.ConsumeVerificationResponse:
        keys = verifications.model.field_keys
        filt: dict[str, Any] = {
            **verifications.scope(ctx),
            keys["identifier"]: request.identifier,
            keys["value"]: request.value,
            # Strictly before expires_at: the TTL index's one-second delay (store.live())
            # must not stretch the validity of a value.
            keys["expires_at"]: {"$gt": now()},
        }
        # The claim is one atomic find-and-delete: of any number of racing calls (in any
        # number of server processes), exactly one gets the document.
        doc = await verifications.coll.find_one_and_delete(filt)
        if doc is None:
            # Wrong, expired and already consumed values are indistinguishable on purpose.
            raise NotFound("no valid verification matches this identifier and value")
        msg = decode_as(verifications, doc, verification_pb2.Verification)
        return verification_pb2.ConsumeVerificationResponse(verification=msg)

    async def get_user_with_relations(
        request: user_pb2.GetUserWithRelationsRequest, ctx: CallContext
    ) -> user_pb2.GetUserWithRelationsResponse:
        # The seed's relational query: the user, its sessions and its accounts, read
        # concurrently. Accounts decode through their own store, so their encrypted
        # tokens and hashed password are never included.
        if not request.id:  # request validation exempts fields named `id`
            raise InvalidArgument("id is required", [FieldViolation("id", "is required")])
        user_doc, user_sessions, user_accounts = await asyncio.gather(
            users.coll.find_one(users.id_filter(ctx, request.id)),
            _children(sessions, ctx, "user_id", request.id, request.include_sessions),
            _children(accounts, ctx, "user_id", request.id, request.include_accounts),
        )
        if user_doc is None:
            raise users.not_found(request.id)
        return user_pb2.GetUserWithRelationsResponse(
            user=decode_as(users, user_doc, user_pb2.User),
            sessions=user_sessions,
            accounts=user_accounts,
        )

    svc = f"/{PKG}"
    return {
        f"{svc}.SessionService/GetSessionByToken": get_session_by_token,
        f"{svc}.VerificationService/ConsumeVerification": consume_verification,
        f"{svc}.UserService/GetUserWithRelations": get_user_with_relations,
    }
