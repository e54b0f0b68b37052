"""better-auth and Modelstore on one database (issue 17, points 4 and 6).

A real `modelstore serve` on an embedded database given by MONGODB_URI, and better-auth
1.7 (tests/interop/package.json) with its MongoDB adapter on the same database, better-auth's
collections mapped onto Modelstore's. The gRPC half runs here through the generated Python
stubs; the better-auth half is the `node --test` suite `better_auth.test.mjs`, run in
between, which gets what gRPC wrote and hands back what better-auth wrote as JSON files.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import pathlib
import shutil
import uuid
from typing import Any

import grpc
from google.protobuf import timestamp_pb2

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
from modelstore_server.embedded import EmbeddedDatabase
from tests.e2e.harness import serve

HERE = pathlib.Path(__file__).resolve().parent
NODE_TIMEOUT = 90
NODE_CASES = 5  # the test() calls of better_auth.test.mjs


def _in(delta: dt.timedelta) -> timestamp_pb2.Timestamp:
    ts = timestamp_pb2.Timestamp()
    ts.FromDatetime(dt.datetime.now(dt.UTC) + delta)
    return ts


async def _grpc_side(channel: grpc.aio.Channel, unique: str) -> dict[str, Any]:
    """Write a user with a password, a verification and a session through gRPC."""
    users = user_pb2_grpc.UserServiceStub(channel)
    accounts = account_pb2_grpc.AccountServiceStub(channel)
    email, password = f"grpc-{unique}@example.com", f"grpc-pa55-{unique}"
    user = (
        await users.CreateUser(
            user_pb2.CreateUserRequest(user=user_pb2.User(name="Grpc Ada", email=email))
        )
    ).user
    await accounts.CreateAccount(
        account_pb2.CreateAccountRequest(
            account=account_pb2.Account(
                account_id=user.id, provider_id="credential", user_id=user.id, password=password
            )
        )
    )
    identifier, value = f"email-verification:{unique}", f"code-{unique}"
    await verification_pb2_grpc.VerificationServiceStub(channel).CreateVerification(
        verification_pb2.CreateVerificationRequest(
            verification=verification_pb2.Verification(
                identifier=identifier, value=value, expires_at=_in(dt.timedelta(minutes=10))
            )
        )
    )
    token = f"grpc-session-{uuid.uuid4().hex}"
    await session_pb2_grpc.SessionServiceStub(channel).CreateSession(
        session_pb2.CreateSessionRequest(
            session=session_pb2.Session(
                user_id=user.id, token=token, expires_at=_in(dt.timedelta(hours=1))
            )
        )
    )
    return {
        "grpcUser": {"id": user.id, "email": email, "password": password},
        "grpcVerification": {"identifier": identifier, "value": value},
        "grpcSession": {"token": token},
    }


async def _node(uri: str, database: str, given: dict[str, Any], scratch: pathlib.Path) -> Any:
    """Run the better-auth suite; return what it wrote."""
    node = shutil.which("node")
    assert node, "node is not on PATH (scripts/setup installs the toolchain)"
    assert (HERE / "node_modules" / "better-auth").is_dir(), (
        "tests/interop/node_modules is missing: run ./scripts/setup (npm ci in tests/interop)"
    )
    given_path, out_path = scratch / "given.json", scratch / "out.json"
    given_path.write_text(json.dumps(given))
    env = {
        **os.environ,
        "MONGODB_URI": uri,
        "MODELSTORE_DATABASE": database,
        "INTEROP_GIVEN": str(given_path),
        "INTEROP_OUT": str(out_path),
    }
    proc = await asyncio.create_subprocess_exec(
        node,
        "--test",
        "--test-reporter=tap",
        "better_auth.test.mjs",
        cwd=HERE,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        output, _ = await asyncio.wait_for(proc.communicate(), NODE_TIMEOUT)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    text = output.decode(errors="replace")
    assert proc.returncode == 0, text
    # Every case ran: none skipped, none left out by a filter.
    for line in (f"pass {NODE_CASES}", "fail 0", "skipped 0", "todo 0"):
        assert f"# {line}\n" in text, text
    return json.loads(out_path.read_text())


async def _check_better_auth_writes(
    channel: grpc.aio.Channel, given: dict[str, Any], wrote: dict[str, Any]
) -> None:
    """What better-auth wrote reads, verifies and is consumed through gRPC."""
    users = user_pb2_grpc.UserServiceStub(channel)
    accounts = account_pb2_grpc.AccountServiceStub(channel)
    sessions = session_pb2_grpc.SessionServiceStub(channel)
    user_id = wrote["signUp"]["userId"]
    user = (await users.GetUser(user_pb2.GetUserRequest(id=user_id))).user
    assert (user.email, user.name, user.email_verified) == (
        given["signUpEmail"],
        "Better Ada",
        False,
    )
    listed = await accounts.ListAccounts(
        account_pb2.ListAccountsRequest(filter=f'user_id = "{user_id}"')
    )
    assert [(a.provider_id, a.account_id) for a in listed.accounts] == [("credential", user_id)]

    async def valid(password: str) -> bool:
        request = account_pb2.VerifyAccountPasswordRequest(
            id=listed.accounts[0].id, password=password
        )
        return (await accounts.VerifyAccountPassword(request)).valid

    assert await valid(given["signUpPassword"])
    assert not await valid(given["signUpPassword"] + "!")
    # better-auth's sessions (plaintext token in the document) are found by their token.
    for token, owner in (
        (wrote["signUp"]["token"], user_id),
        (wrote["grpcUserSignInToken"], given["grpcUser"]["id"]),
    ):
        found = await sessions.GetSessionByToken(session_pb2.GetSessionByTokenRequest(token=token))
        assert found.session.user_id == owner
    relations = await users.GetUserWithRelations(
        user_pb2.GetUserWithRelationsRequest(
            id=user_id, include_sessions=True, include_accounts=True
        )
    )
    assert (len(relations.sessions), len(relations.accounts)) == (1, 1)
    consumed = await verification_pb2_grpc.VerificationServiceStub(channel).ConsumeVerification(
        verification_pb2.ConsumeVerificationRequest(**wrote["verification"])
    )
    assert consumed.verification.identifier == wrote["verification"]["identifier"]


async def test_better_auth_and_grpc_share_the_auth_collections(
    data_dir: pathlib.Path, tmp_root: pathlib.Path
) -> None:
    external = EmbeddedDatabase(tmp_root / f"interop-db-{data_dir.name}")
    uri = await external.start()
    database = f"interop_{uuid.uuid4().hex[:8]}"
    unique = uuid.uuid4().hex[:10]
    scratch = tmp_root / f"interop-{data_dir.name}"
    scratch.mkdir()
    try:
        async with (
            serve(
                data_dir, scratch / "logs", MONGODB_URI=uri, MODELSTORE_DATABASE=database
            ) as served,
            grpc.aio.insecure_channel(served.address) as channel,
        ):
            given = await _grpc_side(channel, unique)
            given |= {
                "signUpEmail": f"better-{unique}@example.com",
                "signUpPassword": f"better-pa55-{unique}",
            }
            wrote = await _node(uri, database, given, scratch)
            await _check_better_auth_writes(channel, given, wrote)
    finally:
        await external.stop()
