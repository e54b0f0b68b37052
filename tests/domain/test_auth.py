"""Domain methods of modelstore.auth.v1: sessions by token, one-time verification values,
and a user with its relations."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from typing import Any

import bson
import grpc
from google.protobuf import field_mask_pb2, timestamp_pb2

from modelstore.auth.v1 import (
    account_pb2,
    account_pb2_grpc,
    session_pb2,
    session_pb2_grpc,
    user_pb2,
    user_pb2_grpc,
    verification_pb2,
    verification_pb2_grpc,
)
from modelstore.v1 import storage_pb2
from modelstore_server.app import Modelstore
from modelstore_server.security.encryption import Keyring
from modelstore_server.security.hashing import LookupHasher, hash_secret
from tests.support import expect_error

VS = verification_pb2


def _ts(delta: dt.timedelta) -> timestamp_pb2.Timestamp:
    ts = timestamp_pb2.Timestamp()
    ts.FromDatetime(dt.datetime.now(dt.UTC) + delta)
    return ts


async def _user(channel: grpc.aio.Channel, unique: str, name: str = "ada") -> user_pb2.User:
    stub = user_pb2_grpc.UserServiceStub(channel)
    user = user_pb2.User(name=f"{name} {unique}", email=f"{name}-{unique}@example.com")
    return (await stub.CreateUser(user_pb2.CreateUserRequest(user=user))).user


async def _session(
    channel: grpc.aio.Channel, user_id: str, token: str, expires_in: dt.timedelta
) -> session_pb2.Session:
    stub = session_pb2_grpc.SessionServiceStub(channel)
    session = session_pb2.Session(
        user_id=user_id, token=token, expires_at=_ts(expires_in), ip_address="203.0.113.7"
    )
    return (await stub.CreateSession(session_pb2.CreateSessionRequest(session=session))).session


# ---- SessionService.GetSessionByToken --------------------------------------------------


async def test_get_session_by_token(channel: grpc.aio.Channel, unique: str) -> None:
    stub = session_pb2_grpc.SessionServiceStub(channel)
    user = await _user(channel, unique)
    session = await _session(channel, user.id, f"tok-{unique}", dt.timedelta(hours=1))
    assert session.token == f"tok-{unique}"  # Create returns the token, once
    res = await stub.GetSessionByToken(session_pb2.GetSessionByTokenRequest(token=f"tok-{unique}"))
    session.ClearField("token")
    assert res.session == session  # the same session, without its token


async def test_get_session_by_token_expired_is_not_found(
    channel: grpc.aio.Channel, unique: str
) -> None:
    stub = session_pb2_grpc.SessionServiceStub(channel)
    user = await _user(channel, unique)
    expired = await _session(channel, user.id, f"old-{unique}", dt.timedelta(seconds=-1))
    gone = await expect_error(
        stub.GetSessionByToken(session_pb2.GetSessionByTokenRequest(token=f"old-{unique}")),
        grpc.StatusCode.NOT_FOUND,
    )
    unknown = await expect_error(
        stub.GetSessionByToken(session_pb2.GetSessionByTokenRequest(token=f"nope-{unique}")),
        grpc.StatusCode.NOT_FOUND,
    )
    # Expired and unknown tokens are indistinguishable, and the token is never echoed.
    assert gone.message == unknown.message
    assert unique not in gone.message
    # The expired session itself still exists for the standard methods.
    got = await stub.GetSession(session_pb2.GetSessionRequest(id=expired.id))
    assert got.session.user_id == user.id
    assert not got.session.token  # a write-once secret: Get never returns it


async def test_session_token_is_a_write_once_secret(
    channel: grpc.aio.Channel, server: Modelstore, unique: str
) -> None:
    """Stored as a keyed hash, returned only by Create, found by GetSessionByToken."""
    stub = session_pb2_grpc.SessionServiceStub(channel)
    user = await _user(channel, unique)
    token = f"secret-token-{unique}"
    created = await _session(channel, user.id, token, dt.timedelta(hours=1))
    assert created.token == token
    assert server.db is not None
    raw = await server.db["auth.sessions"].find_one({"_id": created.id})
    assert raw is not None
    assert token.encode() not in bson.encode(raw), "the plaintext token is stored"
    assert raw["token"].startswith("hmac-sha256:")
    # Found through the hash by one indexed equality; the token field is not in any reply.
    found = await stub.GetSessionByToken(session_pb2.GetSessionByTokenRequest(token=token))
    got = await stub.GetSession(session_pb2.GetSessionRequest(id=created.id))
    listed = await stub.ListSessions(
        session_pb2.ListSessionsRequest(filter=f'user_id = "{user.id}"')
    )
    batch = await stub.BatchGetSessions(session_pb2.BatchGetSessionsRequest(ids=[created.id]))
    updated = await stub.UpdateSession(
        session_pb2.UpdateSessionRequest(
            session=session_pb2.Session(id=created.id, user_agent="ua/2"),
            update_mask=field_mask_pb2.FieldMask(paths=["user_agent"]),
        )
    )
    for reply in (found, got, listed, batch, updated):
        assert token.encode() not in reply.SerializeToString()
    assert [s.id for s in listed.sessions] == [created.id]
    # The token cannot be filtered or sorted on (its stored form is a hash).
    for request in (
        session_pb2.ListSessionsRequest(filter=f'token = "{token}"'),
        session_pb2.ListSessionsRequest(order_by="token"),
    ):
        await expect_error(stub.ListSessions(request), grpc.StatusCode.INVALID_ARGUMENT)
    # A new token replaces the old one: the old one no longer finds the session.
    new_token = f"rotated-token-{unique}"
    rotated = await stub.UpdateSession(
        session_pb2.UpdateSessionRequest(
            session=session_pb2.Session(id=created.id, token=new_token),
            update_mask=field_mask_pb2.FieldMask(paths=["token"]),
        )
    )
    assert not rotated.session.token
    again = await stub.GetSessionByToken(session_pb2.GetSessionByTokenRequest(token=new_token))
    assert again.session.id == created.id
    await expect_error(
        stub.GetSessionByToken(session_pb2.GetSessionByTokenRequest(token=token)),
        grpc.StatusCode.NOT_FOUND,
    )
    # The unique index on the field covers the hash: a token in use is ALREADY_EXISTS,
    # without echoing it.
    dup = await expect_error(
        stub.CreateSession(
            session_pb2.CreateSessionRequest(
                session=session_pb2.Session(
                    user_id=user.id, token=new_token, expires_at=_ts(dt.timedelta(hours=1))
                )
            )
        ),
        grpc.StatusCode.ALREADY_EXISTS,
    )
    assert new_token not in dup.message


async def test_session_token_hashes_survive_a_key_rotation() -> None:
    """Hashes under the previous active key still match once a new key is active."""
    old = Keyring.parse(Keyring.generate_spec("k1"))
    rotated = Keyring(keys={**old.keys, "k2": bytes(32)}, active="k2")
    purpose = "lookup-hash/auth.sessions/token"
    stored = LookupHasher(old.derive(purpose)).hash("tok")
    assert LookupHasher(rotated.derive(purpose)).verify("tok", stored)
    assert stored in LookupHasher(rotated.derive(purpose)).candidates("tok")
    assert not LookupHasher(rotated.derive(purpose)).verify("other", stored)
    # Another field's (or another key's) hash of the same value differs.
    assert LookupHasher(old.derive("lookup-hash/x/y")).hash("tok") != stored


async def test_get_session_by_token_requires_a_token(channel: grpc.aio.Channel) -> None:
    stub = session_pb2_grpc.SessionServiceStub(channel)
    failure = await expect_error(
        stub.GetSessionByToken(session_pb2.GetSessionByTokenRequest()),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert [field for field, _ in failure.violations] == ["token"]


# ---- VerificationService.ConsumeVerification -------------------------------------------


async def _verification(
    channel: grpc.aio.Channel, identifier: str, value: str, expires_in: dt.timedelta
) -> VS.Verification:
    stub = verification_pb2_grpc.VerificationServiceStub(channel)
    verification = VS.Verification(identifier=identifier, value=value, expires_at=_ts(expires_in))
    res = await stub.CreateVerification(VS.CreateVerificationRequest(verification=verification))
    return res.verification


def _consume(identifier: str, value: str) -> VS.ConsumeVerificationRequest:
    return VS.ConsumeVerificationRequest(identifier=identifier, value=value)


async def test_consume_verification_once(channel: grpc.aio.Channel, unique: str) -> None:
    stub = verification_pb2_grpc.VerificationServiceStub(channel)
    email = f"ada-{unique}@example.com"
    created = await _verification(channel, email, f"code-{unique}", dt.timedelta(minutes=10))
    res = await stub.ConsumeVerification(_consume(email, f"code-{unique}"))
    assert res.verification == created
    again = await expect_error(
        stub.ConsumeVerification(_consume(email, f"code-{unique}")), grpc.StatusCode.NOT_FOUND
    )
    assert f"code-{unique}" not in again.message
    await expect_error(
        stub.GetVerification(VS.GetVerificationRequest(id=created.id)), grpc.StatusCode.NOT_FOUND
    )


async def test_consume_verification_wrong_or_expired(
    channel: grpc.aio.Channel, unique: str
) -> None:
    stub = verification_pb2_grpc.VerificationServiceStub(channel)
    email = f"ada-{unique}@example.com"
    await _verification(channel, email, f"live-{unique}", dt.timedelta(minutes=10))
    await _verification(channel, email, f"old-{unique}", dt.timedelta(milliseconds=-1))
    wrong = await expect_error(
        stub.ConsumeVerification(_consume(email, f"guess-{unique}")), grpc.StatusCode.NOT_FOUND
    )
    other_identifier = await expect_error(
        stub.ConsumeVerification(_consume(f"eve-{unique}@example.com", f"live-{unique}")),
        grpc.StatusCode.NOT_FOUND,
    )
    # Expired a moment ago: within the TTL index's one-second delay, still never valid.
    expired = await expect_error(
        stub.ConsumeVerification(_consume(email, f"old-{unique}")), grpc.StatusCode.NOT_FOUND
    )
    assert wrong.message == other_identifier.message == expired.message
    # The refusals consumed nothing.
    res = await stub.ConsumeVerification(_consume(email, f"live-{unique}"))
    assert res.verification.value == f"live-{unique}"


async def test_consume_verification_race_succeeds_exactly_once(
    channel: grpc.aio.Channel, server: Modelstore, unique: str
) -> None:
    stub = verification_pb2_grpc.VerificationServiceStub(channel)
    email = f"race-{unique}@example.com"
    for round_ in range(3):
        value = f"code-{round_}-{unique}"
        await _verification(channel, email, value, dt.timedelta(minutes=10))
        results = await asyncio.gather(
            *(stub.ConsumeVerification(_consume(email, value)) for _ in range(20)),
            return_exceptions=True,
        )
        ok = [r for r in results if isinstance(r, VS.ConsumeVerificationResponse)]
        missed = [
            r
            for r in results
            if isinstance(r, grpc.aio.AioRpcError) and r.code() == grpc.StatusCode.NOT_FOUND
        ]
        assert len(ok) == 1, f"round {round_}: {len(ok)} calls consumed the value"
        assert len(missed) == 19
    assert server.db is not None
    assert await server.db["auth.verifications"].count_documents({"identifier": email}) == 0


async def test_consume_verification_requires_both_fields(channel: grpc.aio.Channel) -> None:
    stub = verification_pb2_grpc.VerificationServiceStub(channel)
    failure = await expect_error(
        stub.ConsumeVerification(VS.ConsumeVerificationRequest()),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert sorted(field for field, _ in failure.violations) == ["identifier", "value"]


# ---- UserService.GetUserWithRelations --------------------------------------------------


def _oldest_first(items: list[Any]) -> list[Any]:
    return sorted(items, key=lambda m: (m.created_at.ToDatetime(), m.id))


async def test_get_user_with_relations(channel: grpc.aio.Channel, unique: str) -> None:
    stub = user_pb2_grpc.UserServiceStub(channel)
    accounts = account_pb2_grpc.AccountServiceStub(channel)
    user = await _user(channel, unique)
    other = await _user(channel, unique, name="eve")
    first = await _session(channel, user.id, f"a-{unique}", dt.timedelta(hours=1))
    second = await _session(channel, user.id, f"b-{unique}", dt.timedelta(seconds=-1))
    await _session(channel, other.id, f"c-{unique}", dt.timedelta(hours=1))
    for session in (first, second):
        session.ClearField("token")  # only its Create returns a session's token
    oauth = account_pb2.Account(
        account_id=f"g-{unique}",
        provider_id="google",
        user_id=user.id,
        access_token="ya29.secret-access",
        refresh_token="1//secret-refresh",
        id_token="eyJ.secret-id",
        scope="openid email",
    )
    credential = account_pb2.Account(
        account_id=user.id, provider_id="credential", user_id=user.id, password="pa55-word"
    )
    created = []
    for account in (oauth, credential):
        res = await accounts.CreateAccount(account_pb2.CreateAccountRequest(account=account))
        created.append(res.account)

    full = await stub.GetUserWithRelations(
        user_pb2.GetUserWithRelationsRequest(
            id=user.id, include_sessions=True, include_accounts=True
        )
    )
    assert full.user == user
    # Oldest first (created_at, then id); expired sessions are included.
    assert list(full.sessions) == _oldest_first([first, second])
    assert list(full.accounts) == _oldest_first(created)
    for account in full.accounts:
        assert not account.access_token
        assert not account.refresh_token
        assert not account.id_token
        assert not account.password
    assert "secret" not in str(full)
    assert "pa55" not in str(full)
    # The same accounts as GetAccount returns them.
    got = await accounts.GetAccount(account_pb2.GetAccountRequest(id=created[0].id))
    assert full.accounts[0] == got.account

    bare = await stub.GetUserWithRelations(user_pb2.GetUserWithRelationsRequest(id=user.id))
    assert bare.user == user
    assert not bare.sessions
    assert not bare.accounts
    only_sessions = await stub.GetUserWithRelations(
        user_pb2.GetUserWithRelationsRequest(id=user.id, include_sessions=True)
    )
    assert len(only_sessions.sessions) == 2
    assert not only_sessions.accounts
    only_accounts = await stub.GetUserWithRelations(
        user_pb2.GetUserWithRelationsRequest(id=user.id, include_accounts=True)
    )
    assert not only_accounts.sessions
    assert len(only_accounts.accounts) == 2


async def test_get_user_with_relations_errors(channel: grpc.aio.Channel, unique: str) -> None:
    stub = user_pb2_grpc.UserServiceStub(channel)
    await expect_error(
        stub.GetUserWithRelations(
            user_pb2.GetUserWithRelationsRequest(
                id=f"missing-{unique}", include_sessions=True, include_accounts=True
            )
        ),
        grpc.StatusCode.NOT_FOUND,
    )
    failure = await expect_error(
        stub.GetUserWithRelations(user_pb2.GetUserWithRelationsRequest()),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert [field for field, _ in failure.violations] == ["id"]


# ---- better-auth's stored forms (issue 17) -----------------------------------------------

# Made by the real better-auth 1.7.25 (tests/security/test_password_formats.py).
BETTER_AUTH_HASH = (
    "38301bf5220ebcc26e86b28c8346a99d:90275effe60f019f9fc3c7a2a1f45dafbaa1e49e616f8cc16f0b4d7"
    "d3965cafe2a60c6a4ff9859ac4faf73dc0597b2cdf2b01c4d6579d6256e0eaf1aeed52a7b"
)


async def test_account_password_is_stored_as_better_auth_verifies_it(
    channel: grpc.aio.Channel, server: Modelstore, unique: str
) -> None:
    accounts = account_pb2_grpc.AccountServiceStub(channel)
    user = await _user(channel, unique)
    created = (
        await accounts.CreateAccount(
            account_pb2.CreateAccountRequest(
                account=account_pb2.Account(
                    account_id=user.id, provider_id="credential", user_id=user.id, password="pw-1"
                )
            )
        )
    ).account
    assert server.db is not None
    raw = await server.db["auth.accounts"].find_one({"_id": created.id})
    assert raw is not None
    assert re.fullmatch(r"[0-9a-f]{32}:[0-9a-f]{128}", raw["password"])
    assert "passwordHash" not in raw
    assert "passwordSalt" not in raw

    async def valid(password: str) -> bool:
        request = account_pb2.VerifyAccountPasswordRequest(id=created.id, password=password)
        return (await accounts.VerifyAccountPassword(request)).valid

    assert await valid("pw-1")
    assert not await valid("pw-2")
    await expect_error(
        accounts.VerifyAccountPassword(
            account_pb2.VerifyAccountPasswordRequest(id=f"missing-{unique}", password="pw-1")
        ),
        grpc.StatusCode.NOT_FOUND,
    )


async def test_account_passwords_in_either_stored_form_verify(
    channel: grpc.aio.Channel, server: Modelstore, unique: str
) -> None:
    """better-auth's `password`, and the `passwordHash` / `passwordSalt` of earlier versions,
    which the next password write replaces."""
    accounts = account_pb2_grpc.AccountServiceStub(channel)
    user = await _user(channel, unique)
    digest, salt = hash_secret(storage_pb2.SECRET_ALGORITHM_SCRYPT, "old-pw")
    now = dt.datetime.now(dt.UTC)
    assert server.db is not None
    coll = server.db["auth.accounts"]
    base = {"providerId": "credential", "userId": user.id, "createdAt": now, "updatedAt": now}
    await coll.insert_many(
        [
            {
                **base,
                "_id": f"ba-{unique}",
                "accountId": f"ba-{unique}",
                "password": BETTER_AUTH_HASH,
            },
            {
                **base,
                "_id": f"old-{unique}",
                "accountId": f"old-{unique}",
                "passwordHash": digest,
                "passwordSalt": salt,
            },
            {**base, "_id": f"none-{unique}", "accountId": f"none-{unique}"},
        ]
    )

    async def valid(account_id: str, password: str) -> bool:
        request = account_pb2.VerifyAccountPasswordRequest(id=account_id, password=password)
        return (await accounts.VerifyAccountPassword(request)).valid

    assert await valid(f"ba-{unique}", "correct horse battery staple")
    assert not await valid(f"ba-{unique}", "wrong")
    assert await valid(f"old-{unique}", "old-pw")
    assert not await valid(f"old-{unique}", "wrong")
    assert not await valid(f"none-{unique}", "anything")
    got = await accounts.GetAccount(account_pb2.GetAccountRequest(id=f"ba-{unique}"))
    assert not got.account.password
    # A new password is written in better-auth's form and the earlier one is gone.
    await accounts.UpdateAccount(
        account_pb2.UpdateAccountRequest(
            account=account_pb2.Account(id=f"old-{unique}", password="new-pw"),
            update_mask=field_mask_pb2.FieldMask(paths=["password"]),
        )
    )
    raw = await coll.find_one({"_id": f"old-{unique}"})
    assert raw is not None
    assert "passwordHash" not in raw
    assert "passwordSalt" not in raw
    assert await valid(f"old-{unique}", "new-pw")
    assert not await valid(f"old-{unique}", "old-pw")


async def test_a_better_auth_session_is_found_by_its_plaintext_token(
    channel: grpc.aio.Channel, server: Modelstore, unique: str
) -> None:
    """better-auth stores the token itself; Modelstore reads that form and never writes it."""
    stub = session_pb2_grpc.SessionServiceStub(channel)
    user = await _user(channel, unique)
    now = dt.datetime.now(dt.UTC)
    token = f"ba-token-{unique}"
    assert server.db is not None
    coll = server.db["auth.sessions"]
    shape = {"userId": user.id, "createdAt": now, "updatedAt": now, "ipAddress": "203.0.113.9"}
    await coll.insert_many(
        [
            {
                **shape,
                "_id": f"ba-{unique}",
                "token": token,
                "expiresAt": now + dt.timedelta(hours=1),
            },
            {
                **shape,
                "_id": f"ba-old-{unique}",
                "token": f"{token}-expired",
                "expiresAt": now - dt.timedelta(seconds=1),
            },
        ]
    )
    found = await stub.GetSessionByToken(session_pb2.GetSessionByTokenRequest(token=token))
    assert found.session.id == f"ba-{unique}"
    assert found.session.ip_address == "203.0.113.9"
    assert token.encode() not in found.SerializeToString()
    await expect_error(
        stub.GetSessionByToken(session_pb2.GetSessionByTokenRequest(token=f"{token}-expired")),
        grpc.StatusCode.NOT_FOUND,
    )
    # An update through Modelstore leaves better-auth's token as it is (still usable there).
    await stub.UpdateSession(
        session_pb2.UpdateSessionRequest(
            session=session_pb2.Session(id=f"ba-{unique}", user_agent="ua/3"),
            update_mask=field_mask_pb2.FieldMask(paths=["user_agent"]),
        )
    )
    raw = await coll.find_one({"_id": f"ba-{unique}"})
    assert raw is not None
    assert raw["token"] == token


async def test_a_stored_hash_is_no_token(
    channel: grpc.aio.Channel, server: Modelstore, unique: str
) -> None:
    """Reading plaintext tokens must not make a leaked hash usable as one."""
    stub = session_pb2_grpc.SessionServiceStub(channel)
    user = await _user(channel, unique)
    created = await _session(channel, user.id, f"ms-token-{unique}", dt.timedelta(hours=1))
    assert server.db is not None
    raw = await server.db["auth.sessions"].find_one({"_id": created.id})
    assert raw is not None
    await expect_error(
        stub.GetSessionByToken(session_pb2.GetSessionByTokenRequest(token=raw["token"])),
        grpc.StatusCode.NOT_FOUND,
    )


async def test_better_auth_default_object_ids_read_back(
    channel: grpc.aio.Channel, server: Modelstore, unique: str
) -> None:
    """better-auth's adapter writes ObjectId `_id`s and references unless told otherwise."""
    users = user_pb2_grpc.UserServiceStub(channel)
    accounts = account_pb2_grpc.AccountServiceStub(channel)
    user_id, account_id = bson.ObjectId(), bson.ObjectId()
    now = dt.datetime.now(dt.UTC)
    email = f"oid-{unique}@example.com"
    assert server.db is not None
    await server.db["auth.users"].insert_one(
        {
            "_id": user_id,
            "name": "Oid",
            "email": email,
            "emailVerified": False,
            "createdAt": now,
            "updatedAt": now,
        }
    )
    await server.db["auth.accounts"].insert_one(
        {
            "_id": account_id,
            "accountId": str(user_id),
            "providerId": "credential",
            "userId": user_id,
            "password": BETTER_AUTH_HASH,
            "createdAt": now,
            "updatedAt": now,
        }
    )
    try:
        listed = await users.ListUsers(user_pb2.ListUsersRequest(filter=f'email = "{email}"'))
        assert [u.id for u in listed.users] == [str(user_id)]
        got = await accounts.ListAccounts(
            account_pb2.ListAccountsRequest(filter=f'account_id = "{user_id}"')
        )
        assert [(a.id, a.user_id) for a in got.accounts] == [(str(account_id), str(user_id))]
    finally:
        # Not left in the session's database: a Get by the 24-hex id of an ObjectId `_id`
        # is issue 17 point 1, still to come, and the fuzz suite reads every document back.
        await server.db["auth.accounts"].delete_one({"_id": account_id})
        await server.db["auth.users"].delete_one({"_id": user_id})
