"""Encrypted fields that the seed's app reads and writes (issue 17, point 5), both ways.

A real `modelstore serve` on the session's database (given by MONGODB_URI, every offered
backend), restarted with each keyring, and the seed app's side, `seed_crypto.test.mjs`
(node:crypto through the reference module `seed_crypto.mjs`, the mongodb driver for raw
documents), given the operator's keyring in Modelstore's own variables. Seed 001's
NotionWorkspace `accessToken` is the field:

1. key k1: Modelstore encrypts through gRPC, Node decrypts the raw document; a value in
   the format before opens in Node and through gRPC; Node stores a workspace raw with its
   own encrypted token, which GetNotionWorkspaceAccessToken returns;
2. keys k1 and k2, primary k2 (a restart): old values still open on both sides, new ones
   use k2; Node re-encrypts a token, which gRPC returns;
3. `modelstore rotate-keys` moves every value to k2 and reports it; with k2 alone (a
   restart) gRPC and Node open everything.

No token is ever in a stored document, a response other than the dedicated RPC's, or the
server's logs.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import pathlib
import shutil
import uuid
from collections.abc import AsyncIterator
from typing import Any

import grpc
from bson import Binary, ObjectId
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from modelstore.knowledge.v1 import (
    notion_workspace_pb2,
    notion_workspace_pb2_grpc,
    user_pb2,
    user_pb2_grpc,
)
from modelstore_server.security.encryption import field_aad
from modelstore_server.storage.connection import open_client
from tests.e2e.harness import modelstore_command, serve, serve_env

NW = notion_workspace_pb2
HERE = pathlib.Path(__file__).resolve().parent
COLLECTION = "knowledge.notion_workspaces"
NODE_TIMEOUT = 60
NODE_CASES = {"first": 3, "second": 2, "third": 1}  # the test() calls of each phase


class Interop:
    """The shared database, the keys, and what each side wrote."""

    def __init__(self, uri: str, scratch: pathlib.Path) -> None:
        self.uri = uri
        self.database = f"interop_crypto_{uuid.uuid4().hex[:8]}"
        self.scratch = scratch
        self.k1, self.k2 = os.urandom(32), os.urandom(32)
        self.given: dict[str, Any] = {"tokens": {}}

    def keys(self, *ids: str, primary: str) -> dict[str, str]:
        raw = {"k1": self.k1, "k2": self.k2}
        spec = ",".join(f"{i}:{base64.b64encode(raw[i]).decode()}" for i in ids)
        return {"MODELSTORE_ENCRYPTION_KEYS": spec, "MODELSTORE_ENCRYPTION_KEY_ID": primary}

    @contextlib.asynccontextmanager
    async def served(self, name: str, keys: dict[str, str]) -> AsyncIterator[Any]:
        env = {
            "MONGODB_URI": self.uri,
            "MODELSTORE_DATABASE": self.database,
            # No indexes needed here, and building them is most of a start on DocumentDB.
            "MODELSTORE_MIGRATE_ON_START": "false",
            **keys,
        }
        data = self.scratch / f"data-{name}"
        async with (
            serve(data, self.scratch / f"logs-{name}", env=env) as running,
            grpc.aio.insecure_channel(running.address) as channel,
        ):
            yield notion_workspace_pb2_grpc.NotionWorkspaceServiceStub(channel), channel
            log = running.output()
        for token in self.given["tokens"].values():
            assert token not in log  # never logged

    async def node(self, phase: str, keys: dict[str, str]) -> None:
        node = shutil.which("node")
        assert node, "node is not on PATH (scripts/setup installs the toolchain)"
        assert (HERE / "node_modules" / "mongodb").is_dir(), (
            "tests/interop/node_modules is missing: run ./scripts/setup (npm ci in tests/interop)"
        )
        given_path, out_path = self.scratch / "given.json", self.scratch / "out.json"
        given_path.write_text(json.dumps(self.given))
        env = {
            **os.environ,
            "MONGODB_URI": self.uri,
            "MODELSTORE_DATABASE": self.database,
            "INTEROP_GIVEN": str(given_path),
            "INTEROP_OUT": str(out_path),
            "INTEROP_PHASE": phase,
            **keys,
        }
        proc = await asyncio.create_subprocess_exec(
            node,
            "--test",
            "--test-reporter=tap",
            "seed_crypto.test.mjs",
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
        for line in (f"pass {NODE_CASES[phase]}", "fail 0", "skipped 0", "todo 0"):
            assert f"# {line}\n" in text, text

    async def rotate(self, keys: dict[str, str]) -> str:
        env = serve_env(MONGODB_URI=self.uri, MODELSTORE_DATABASE=self.database, **keys)
        proc = await asyncio.create_subprocess_exec(
            *modelstore_command(),
            "--data-dir",
            str(self.scratch / "data-rotate"),
            "rotate-keys",
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        output, _ = await asyncio.wait_for(proc.communicate(), NODE_TIMEOUT)
        text = output.decode(errors="replace")
        assert proc.returncode == 0, text
        return text

    async def raw(self) -> Any:
        client = open_client(self.uri, selection_timeout_ms=10_000)
        return client, client[self.database][COLLECTION]


async def _workspace(
    stub: Any, channel: grpc.aio.Channel, owner: str, token: str
) -> tuple[str, NW.NotionWorkspace]:
    wid = str(ObjectId())  # NotionWorkspace ids are ObjectIds (the seed's Mongoose `_id`)
    ws = NW.NotionWorkspace(
        id=wid,
        workspace_id=f"notion-{wid}",
        workspace_name="Grpc Wiki",
        owner=owner,
        access_token=token,
    )
    made = await stub.CreateNotionWorkspace(
        NW.CreateNotionWorkspaceRequest(notion_workspace=ws), metadata=(("x-tenant-id", wid),)
    )
    return wid, made.notion_workspace


async def _token_of(stub: Any, wid: str) -> str:
    got = await stub.GetNotionWorkspaceAccessToken(
        NW.GetNotionWorkspaceAccessTokenRequest(id=wid), metadata=(("x-tenant-id", wid),)
    )
    return str(got.access_token)


async def test_the_seed_app_and_modelstore_share_encrypted_tokens(
    database_uri: str, data_dir: pathlib.Path, tmp_root: pathlib.Path
) -> None:
    scratch = tmp_root / f"interop-crypto-{data_dir.name}"
    scratch.mkdir()
    box = Interop(database_uri, scratch)
    given, tokens = box.given, box.given["tokens"]
    client, raw = await box.raw()
    try:
        first = box.keys("k1", primary="k1")
        async with box.served("first", first) as (stub, channel):
            owner = await user_pb2_grpc.UserServiceStub(channel).CreateUser(
                user_pb2.CreateUserRequest(
                    user=user_pb2.User(
                        email=f"owner-{uuid.uuid4().hex[:8]}@example.com",
                        password="owner-pa55",
                        name="Owner",
                    )
                )
            )
            given["owner"] = owner.user.id
            token = f"grpc-token-{uuid.uuid4().hex}"
            wid, made = await _workspace(stub, channel, owner.user.id, token)
            assert not made.access_token  # never returned by the standard methods
            given["grpcWorkspace"], tokens[wid] = wid, token
            # A document stored in the format before, {keyId, nonce, ciphertext}.
            legacy_token = f"legacy-token-{uuid.uuid4().hex}"
            lid, _ = await _workspace(stub, channel, owner.user.id, "to-be-replaced")
            nonce = os.urandom(12)
            sealed = AESGCM(box.k1).encrypt(
                nonce, legacy_token.encode(), field_aad(COLLECTION, lid, "access_token")
            )
            legacy = {"keyId": "k1", "nonce": Binary(nonce), "ciphertext": Binary(sealed)}
            await raw.update_one({"_id": ObjectId(lid)}, {"$set": {"accessToken": legacy}})
            given["legacyWorkspace"], tokens[lid] = lid, legacy_token
            assert await _token_of(stub, lid) == legacy_token
            # The seed app's turn: it decrypts, and stores a workspace of its own.
            given["nodeWorkspace"] = str(ObjectId())
            given["nodeToken"] = f"node-token-{uuid.uuid4().hex}"
            await box.node("first", first)
            tokens[given["nodeWorkspace"]] = given["nodeToken"]
            assert await _token_of(stub, given["nodeWorkspace"]) == given["nodeToken"]
            got = await stub.GetNotionWorkspace(
                NW.GetNotionWorkspaceRequest(id=given["nodeWorkspace"]),
                metadata=(("x-tenant-id", given["nodeWorkspace"]),),
            )
            assert got.notion_workspace.workspace_name == "Seed App Wiki"
            assert not got.notion_workspace.access_token

        # A new primary key, the old one kept: both still open, new writes use k2.
        second = box.keys("k1", "k2", primary="k2")
        async with box.served("second", second) as (stub, channel):
            for wid, token in tokens.items():
                assert await _token_of(stub, wid) == token
            token = f"rotated-token-{uuid.uuid4().hex}"
            rid, _ = await _workspace(stub, channel, given["owner"], token)
            given["rotatedWorkspace"], tokens[rid] = rid, token
            given["nodeToken2"] = f"node-token-2-{uuid.uuid4().hex}"
            await box.node("second", second)
            tokens[given["nodeWorkspace"]] = given["nodeToken2"]
            assert await _token_of(stub, given["nodeWorkspace"]) == given["nodeToken2"]
            # The re-encryption pass, beside the running server.
            report = await box.rotate(second)
        assert "modelstore.knowledge.v1.NotionWorkspace: 2 re-encrypted, 2 already current" in (
            report
        ), report
        assert "older keys may be removed" in report
        async for doc in raw.find(
            {"_id": {"$in": [ObjectId(t) for t in tokens]}}, {"accessToken": 1}
        ):
            assert doc["accessToken"].startswith("aes256gcm:k2:"), doc["_id"]
            assert all(t not in doc["accessToken"] for t in tokens.values())

        # k1 retired: everything opens under k2 alone, on both sides.
        third = box.keys("k2", primary="k2")
        async with box.served("third", third) as (stub, _):
            for wid, token in tokens.items():
                assert await _token_of(stub, wid) == token
            await box.node("third", third)
    finally:
        await client.close()
