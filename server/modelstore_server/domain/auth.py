"""Domain methods of `modelstore.auth.v1` (seed 003).

- `SessionService.GetSessionByToken`: found by the token's keyed hash (Modelstore never
  stores the plaintext), or by the plaintext better-auth stores; an expired session is
  NOT_FOUND, like a missing one;
- `AccountService.VerifyAccountPassword`: the password in Modelstore's or better-auth's
  scrypt form;
- `VerificationService.ConsumeVerification`: one atomic claim (find-and-delete), so a value
  is consumed at most once even when calls race, and never after `expires_at`;
- `UserService.GetUserWithRelations`: the seed's `with: {sessions, accounts}` query.

Tokens and verification values never reach a log line or an error message.
"""

from __future__ import annotations

import asyncio
from typing import TypeVar

from google.protobuf.message import Message

from modelstore.auth.v1 import account_pb2, session_pb2, user_pb2, verification_pb2

from .. import errors
from ..engine.codec import now
from ..engine.context import CallContext
from ..engine.store import MAX_PAGE_SIZE, EntityStore
from . import DomainDeps, domain_method

PKG = "modelstore.auth.v1"
M = TypeVar("M", bound=Message)


async def _children(
    store: EntityStore[M], ctx: CallContext, parent_id: str, wanted: bool
) -> list[M]:
    """Up to MAX_PAGE_SIZE entities whose `user_id` names the parent, oldest first."""
    if not wanted:
        return []
    docs = await store.find_all(
        ctx,
        {store.key("user_id"): store.match("user_id", parent_id)},
        sort=[("createdAt", 1), ("_id", 1)],
        limit=MAX_PAGE_SIZE,
    )
    return [store.decode(doc) for doc in docs]


@domain_method(f"{PKG}.SessionService.GetSessionByToken")
async def get_session_by_token(
    deps: DomainDeps, request: session_pb2.GetSessionByTokenRequest, ctx: CallContext
) -> session_pb2.GetSessionByTokenResponse:
    """Return the unexpired session holding the token."""
    sessions = deps.store(session_pb2.Session)
    doc = await sessions.find_first(
        ctx,
        # Modelstore stores only the token's keyed hash; better-auth, sharing the
        # collection, stores the token itself. One indexed `$in` finds either, and nothing
        # here writes the plaintext form (docs/storage.md, "better-auth").
        {
            **sessions.secret_where("token", request.token, plaintext_too=True),
            sessions.key("expires_at"): {"$gt": now()},
        },
    )
    if doc is None:
        # The same answer for an unknown and an expired token; the token is not echoed.
        raise errors.no_match("unexpired session holds this token")
    return session_pb2.GetSessionByTokenResponse(session=sessions.decode(doc))


@domain_method(f"{PKG}.AccountService.VerifyAccountPassword")
async def verify_account_password(
    deps: DomainDeps, request: account_pb2.VerifyAccountPasswordRequest, ctx: CallContext
) -> account_pb2.VerifyAccountPasswordResponse:
    """Whether the password matches the account's stored hash (either side's form)."""
    accounts = deps.store(account_pb2.Account)
    valid = await accounts.verify_secret(ctx, request.id, "password", request.password)
    return account_pb2.VerifyAccountPasswordResponse(valid=valid)


@domain_method(f"{PKG}.VerificationService.ConsumeVerification")
async def consume_verification(
    deps: DomainDeps, request: verification_pb2.ConsumeVerificationRequest, ctx: CallContext
) -> verification_pb2.ConsumeVerificationResponse:
    """Claim the verification: of any number of racing calls, exactly one gets it."""
    verifications = deps.store(verification_pb2.Verification)
    keys = verifications.key
    doc = await verifications.claim(
        ctx,
        {
            keys("identifier"): request.identifier,
            keys("value"): request.value,
            # Strictly before expires_at: the TTL index's one-second delay (visibility's
            # `live`) must not stretch the validity of a value.
            keys("expires_at"): {"$gt": now()},
        },
    )
    if doc is None:
        # Wrong, expired and already consumed values are indistinguishable on purpose.
        raise errors.no_match("valid verification matches this identifier and value")
    return verification_pb2.ConsumeVerificationResponse(verification=verifications.decode(doc))


@domain_method(f"{PKG}.UserService.GetUserWithRelations")
async def get_user_with_relations(
    deps: DomainDeps, request: user_pb2.GetUserWithRelationsRequest, ctx: CallContext
) -> user_pb2.GetUserWithRelationsResponse:
    """Return the user, its sessions and its accounts, read concurrently.

    Accounts decode through their own store, so their encrypted tokens and hashed password
    are never included.
    """
    users = deps.store(user_pb2.User)
    user_doc, user_sessions, user_accounts = await asyncio.gather(
        users.require(ctx, request.id),
        _children(deps.store(session_pb2.Session), ctx, request.id, request.include_sessions),
        _children(deps.store(account_pb2.Account), ctx, request.id, request.include_accounts),
    )
    return user_pb2.GetUserWithRelationsResponse(
        user=users.decode(user_doc), sessions=user_sessions, accounts=user_accounts
    )
