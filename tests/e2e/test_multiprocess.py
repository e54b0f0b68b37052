"""End to end: several server processes on one database keep every guarantee across processes.

One embedded database (PostgreSQL + DocumentDB + FerretDB v2) is started here, and the
servers use it through MONGODB_URI, in two topologies: two `modelstore serve` processes on
their own ports, and one `modelstore serve --workers 2` (two workers sharing a port). Each
of 16 racers has its own connection, spread over the processes, and all race at once:

- conditional updates with the same etag: exactly one winner per round, the others ABORTED;
- creates of one unique username: exactly one succeeds, the others ALREADY_EXISTS;
- conversation counters under concurrent message creates and deletes: exact;
- creates with one request_id: one document, the same entity returned to every caller;
- upserts (Update with allow_missing) of one new id: one document, exactly one CREATE;
- consumption of one verification value: exactly one success, the others NOT_FOUND.

Nothing in-process can make these hold: the database must apply each write atomically.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import pathlib
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import grpc
import pytest
from bson import ObjectId
from google.protobuf import field_mask_pb2, timestamp_pb2
from pymongo import AsyncMongoClient

from modelstore.auth.v1 import verification_pb2, verification_pb2_grpc
from modelstore.knowledge.v1 import (
    conversation_pb2,
    conversation_pb2_grpc,
    message_pb2,
    message_pb2_grpc,
    notion_workspace_pb2,
    notion_workspace_pb2_grpc,
)
from modelstore.knowledge.v1 import user_pb2 as kuser_pb2
from modelstore.knowledge.v1 import user_pb2_grpc as kuser_pb2_grpc
from modelstore.platform.v1 import user_pb2, user_pb2_grpc, workspace_pb2, workspace_pb2_grpc
from modelstore.v1 import audit_pb2, audit_pb2_grpc, change_pb2
from modelstore_server.embedded import EmbeddedDatabase
from tests.conftest import TEST_KEYS
from tests.e2e.harness import Served, descendants, new_workspace, serve
from tests.support import failure

RACERS = 16
ROUNDS = 8
T = TypeVar("T")


# --- the topologies ---------------------------------------------------------------------


@dataclass
class Cluster:
    """Server processes on one database, and one channel (connection) per racer."""

    name: str
    servers: list[Served]
    channels: list[grpc.aio.Channel]
    database: str
    uri: str

    async def race(self, call: Callable[[grpc.aio.Channel, int], Awaitable[T]]) -> list[Any]:
        """Run `call(channel, i)` for every racer at once; return results or RPC errors."""
        results = await asyncio.gather(
            *(call(channel, i) for i, channel in enumerate(self.channels)),
            return_exceptions=True,
        )
        for result in results:
            if isinstance(result, BaseException) and not isinstance(result, grpc.aio.AioRpcError):
                raise result
        return results

    @property
    def first(self) -> grpc.aio.Channel:
        return self.channels[0]

    async def stored(self, collection: str, query: dict[str, Any]) -> int:
        """How many documents the database itself holds that match, read past the servers."""
        client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(self.uri)
        try:
            return await client[self.database][collection].count_documents(query)
        finally:
            await client.close()


def outcome(result: Any) -> str:
    """`OK`, or the failed call's `CODE/REASON`."""
    if isinstance(result, grpc.aio.AioRpcError):
        got = failure(result)
        return f"{got.code.name}/{got.reason}"
    return "OK"


def tally(results: Sequence[Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for result in results:
        counts[outcome(result)] = counts.get(outcome(result), 0) + 1
    return counts


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in pathlib.Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes.add(target[len("socket:[") : -1])
    return inodes


def connections_per_process(pids: Sequence[int], port: int) -> dict[int, int]:
    """How many established TCP connections on local `port` each process holds."""
    established: set[str] = set()
    # tcp6 too: grpc binds 127.0.0.1 as a v4-mapped address of an IPv6 socket.
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in pathlib.Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if int(local.rsplit(":", 1)[1], 16) == port and state == "01":
                established.add(inode)
    return {pid: len(_socket_inodes(pid) & established) for pid in pids}


async def open_channels(addresses: Sequence[str]) -> list[grpc.aio.Channel]:
    """One channel per racer, round-robin over `addresses`, each on its own connection.

    grpc shares connections between channels to one address unless each has a local
    subchannel pool; separate connections are what lets the kernel spread them over workers.
    """
    channels = [
        grpc.aio.insecure_channel(
            addresses[i % len(addresses)], options=[("grpc.use_local_subchannel_pool", 1)]
        )
        for i in range(RACERS)
    ]
    await asyncio.gather(*(ch.channel_ready() for ch in channels))
    return channels


@pytest.fixture(scope="module")
async def shared_database(tmp_root: pathlib.Path) -> AsyncIterator[str]:
    db = EmbeddedDatabase(tmp_root / f"shared-{uuid.uuid4().hex[:8]}")
    uri = await db.start()
    try:
        yield uri
    finally:
        await db.stop()


@pytest.fixture(scope="module", params=["two-servers", "workers-2"])
async def cluster(
    request: pytest.FixtureRequest, shared_database: str, tmp_root: pathlib.Path
) -> AsyncIterator[Cluster]:
    name = str(request.param)
    database = f"mp_{uuid.uuid4().hex[:8]}"
    root = tmp_root / f"{name}-{database}"
    # Every process needs the same keys: a key file generated per data directory would
    # make each process unable to read what another encrypted.
    env = {"MONGODB_URI": shared_database, "MODELSTORE_DATABASE": database}
    env["MODELSTORE_ENCRYPTION_KEYS"] = TEST_KEYS
    async with contextlib.AsyncExitStack() as stack:
        if name == "two-servers":
            # Started together: both create the indexes at the same time, as they would
            # when a deployment starts.
            servers = list(
                await asyncio.gather(
                    stack.enter_async_context(serve(root / "a", root / "logs", env=env)),
                    stack.enter_async_context(serve(root / "b", root / "logs", env=env)),
                )
            )
            channels = await open_channels([s.address for s in servers])
        else:
            served = await stack.enter_async_context(
                serve(root / "w", root / "logs", ["--workers", "2"], env=env)
            )
            servers = [served]
            for _ in range(300):  # each worker prints its line once it serves
                if served.stdout_path.read_text().count("modelstore serving on") >= 3:
                    break
                await asyncio.sleep(0.1)
            channels = await open_channels([served.address])
            port = int(served.address.rsplit(":", 1)[1])
            workers = [
                p.pid
                for p in descendants(served.proc.pid)
                if p.ppid == served.proc.pid and any("modelstore_server.cli" in a for a in p.argv)
            ]
            assert len(workers) == 2, workers
            spread = connections_per_process(workers, port)
            # 16 connections that all landed on one worker would test one process only.
            assert all(n > 0 for n in spread.values()), spread
            assert sum(spread.values()) >= RACERS, spread
        try:
            yield Cluster(name, servers, channels, database, shared_database)
        finally:
            await asyncio.gather(*(ch.close() for ch in channels))
        for server in servers:
            assert "Traceback" not in server.output(), server.output()


# --- etag races -------------------------------------------------------------------------


async def test_conditional_updates_have_exactly_one_winner(cluster: Cluster) -> None:
    wid = f"ws-race-{uuid.uuid4().hex[:8]}"
    stub = workspace_pb2_grpc.WorkspaceServiceStub(cluster.first)
    current = (await stub.CreateWorkspace(new_workspace(wid), timeout=30)).workspace
    mask = field_mask_pb2.FieldMask(paths=["name"])
    for round_ in range(ROUNDS):
        etag = current.etag

        async def update(
            channel: grpc.aio.Channel, i: int, etag: str = etag, round_: int = round_
        ) -> workspace_pb2.Workspace:
            racer = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            change = workspace_pb2.Workspace(id=wid, name=f"round {round_} racer {i}", etag=etag)
            request = workspace_pb2.UpdateWorkspaceRequest(workspace=change, update_mask=mask)
            return (await racer.UpdateWorkspace(request, timeout=30)).workspace

        results = await cluster.race(update)
        counts = tally(results)
        assert counts == {"OK": 1, "ABORTED/ETAG_MISMATCH": RACERS - 1}, (round_, counts)
        (winner,) = [r for r in results if not isinstance(r, grpc.aio.AioRpcError)]
        # Every process reads the winner's write, and nothing else.
        for channel in (cluster.channels[0], cluster.channels[1]):
            reader = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            got = await reader.GetWorkspace(workspace_pb2.GetWorkspaceRequest(id=wid), timeout=30)
            assert got.workspace == winner
        assert winner.etag != etag
        current = winner


# --- unique indexes ---------------------------------------------------------------------


async def test_one_of_concurrent_creates_of_a_unique_username_wins(cluster: Cluster) -> None:
    wid = f"ws-uniq-{uuid.uuid4().hex[:8]}"
    await workspace_pb2_grpc.WorkspaceServiceStub(cluster.first).CreateWorkspace(
        new_workspace(wid), timeout=30
    )
    for round_ in range(3):
        username = f"ada-{round_}-{uuid.uuid4().hex[:8]}"

        async def create(
            channel: grpc.aio.Channel, i: int, username: str = username
        ) -> user_pb2.User:
            racer = user_pb2_grpc.UserServiceStub(channel)
            user = user_pb2.User(workspace_id=wid, username=username)
            return (await racer.CreateUser(user_pb2.CreateUserRequest(user=user), timeout=30)).user

        results = await cluster.race(create)
        counts = tally(results)
        assert counts.get("OK") == 1, counts
        # DocumentDB may abort some racers' inserts as "deadlocked" before the winner has
        # committed; the engine runs such an insert again (EntityStore._insert), so every
        # loser hears ALREADY_EXISTS naming the field, never UNAVAILABLE or INTERNAL.
        for result in results:
            if outcome(result) == "OK":
                continue
            assert outcome(result) == "ALREADY_EXISTS/ALREADY_EXISTS_UNIQUE", counts
            assert (
                failure(result).metadata["fields"] == "workspace_id,username"
            )  # unique per workspace (issue 15)
        assert await cluster.stored("platform.users", {"username": username}) == 1


# --- counters ---------------------------------------------------------------------------


def _ts(value: dt.datetime) -> timestamp_pb2.Timestamp:
    out = timestamp_pb2.Timestamp()
    out.FromDatetime(value)
    return out


async def test_conversation_counters_are_exact_across_processes(cluster: Cluster) -> None:
    tenant = str(ObjectId())  # a notion workspace's id is an ObjectId
    md = (("x-tenant-id", tenant),)
    users = kuser_pb2_grpc.UserServiceStub(cluster.first)
    owner = (
        await users.CreateUser(
            kuser_pb2.CreateUserRequest(
                user=kuser_pb2.User(
                    email=f"u-{tenant}@example.com", password="correct horse battery", name="Ada"
                )
            ),
            timeout=30,
        )
    ).user
    await notion_workspace_pb2_grpc.NotionWorkspaceServiceStub(cluster.first).CreateNotionWorkspace(
        notion_workspace_pb2.CreateNotionWorkspaceRequest(
            notion_workspace=notion_workspace_pb2.NotionWorkspace(
                id=tenant,
                workspace_id=f"notion-{tenant}",
                workspace_name="Acme Wiki",
                owner=owner.id,
                access_token="secret-notion-token",
            )
        ),
        timeout=30,
    )
    conversations = conversation_pb2_grpc.ConversationServiceStub(cluster.first)
    conv = (
        await conversations.CreateConversation(
            conversation_pb2.CreateConversationRequest(
                conversation=conversation_pb2.Conversation(user_id=owner.id)
            ),
            metadata=md,
            timeout=30,
        )
    ).conversation
    base = dt.datetime.now(dt.UTC).replace(microsecond=0)
    per_racer = 2

    async def create(channel: grpc.aio.Channel, i: int) -> list[message_pb2.Message]:
        racer = message_pb2_grpc.MessageServiceStub(channel)
        made = []
        for k in range(per_racer):
            n = i * per_racer + k
            msg = message_pb2.Message(
                conversation_id=conv.id,
                role=message_pb2.MESSAGE_ROLE_USER,
                content=f"m{n}",
                timestamp=_ts(base + dt.timedelta(seconds=n)),
            )
            request = message_pb2.CreateMessageRequest(message=msg)
            made.append((await racer.CreateMessage(request, metadata=md, timeout=30)).message)
        return made

    async def count() -> conversation_pb2.Conversation:
        request = conversation_pb2.GetConversationRequest(id=conv.id)
        return (await conversations.GetConversation(request, metadata=md, timeout=30)).conversation

    created = await cluster.race(create)
    assert tally(created) == {"OK": RACERS}
    total = RACERS * per_racer
    got = await count()
    assert got.message_count == total
    assert got.last_message_at == _ts(base + dt.timedelta(seconds=total - 1))

    # Delete the newer half, one per racer, again all at once over every process.
    newest = [batch[-1] for batch in created]

    async def delete(channel: grpc.aio.Channel, i: int) -> Any:
        racer = message_pb2_grpc.MessageServiceStub(channel)
        request = message_pb2.DeleteMessageRequest(id=newest[i].id)
        return await racer.DeleteMessage(request, metadata=md, timeout=30)

    assert tally(await cluster.race(delete)) == {"OK": RACERS}
    got = await count()
    assert got.message_count == total - RACERS
    assert got.last_message_at == _ts(base + dt.timedelta(seconds=total - 2))


# --- idempotent creates -----------------------------------------------------------------


async def test_one_request_id_creates_one_entity(cluster: Cluster) -> None:
    for round_ in range(3):
        request_id = str(uuid.uuid4())
        name = f"idempotent {round_} {request_id[:8]}"

        async def create(
            channel: grpc.aio.Channel, i: int, name: str = name, request_id: str = request_id
        ) -> workspace_pb2.Workspace:
            racer = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            # No id: the server derives it from the request_id, the same in every process.
            request = workspace_pb2.CreateWorkspaceRequest(
                workspace=workspace_pb2.Workspace(name=name), request_id=request_id
            )
            return (await racer.CreateWorkspace(request, timeout=30)).workspace

        results = await cluster.race(create)
        assert tally(results) == {"OK": RACERS}, tally(results)
        first = results[0]
        assert all(r == first for r in results), [r.etag for r in results]
        assert await cluster.stored("platform.workspaces", {"name": name}) == 1


# --- upserts -----------------------------------------------------------------------------


async def test_concurrent_upserts_of_one_id_create_it_once(cluster: Cluster) -> None:
    """Update with allow_missing (AIP-134) of one new id from every racer, over the
    processes: every call succeeds, one document, and exactly one CREATE in the audit log."""
    audit = audit_pb2_grpc.AuditLogServiceStub(cluster.first)
    for round_ in range(3):
        wid = f"ws-upsert-{round_}-{uuid.uuid4().hex[:8]}"

        async def upsert(channel: grpc.aio.Channel, i: int, wid: str = wid) -> Any:
            racer = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            request = workspace_pb2.UpdateWorkspaceRequest(
                workspace=workspace_pb2.Workspace(id=wid, name=f"racer {i}"), allow_missing=True
            )
            return (await racer.UpdateWorkspace(request, timeout=30)).workspace

        results = await cluster.race(upsert)
        assert tally(results) == {"OK": RACERS}, tally(results)
        assert await cluster.stored("platform.workspaces", {"_id": wid}) == 1
        flt = f'entity_type = "modelstore.platform.v1.Workspace" AND entity_id = "{wid}"'
        page = await audit.ListAuditLogEntries(
            audit_pb2.ListAuditLogEntriesRequest(page_size=100, filter=flt), timeout=30
        )
        operations = [e.operation for e in page.audit_log_entries]
        assert operations.count(change_pb2.CHANGE_OPERATION_CREATE) == 1, operations
        assert len(operations) == RACERS, operations


# --- single-use verifications -----------------------------------------------------------


async def test_a_verification_value_is_consumed_once(cluster: Cluster) -> None:
    stub = verification_pb2_grpc.VerificationServiceStub(cluster.first)
    identifier = f"race-{uuid.uuid4().hex[:8]}@example.com"
    expires = timestamp_pb2.Timestamp()
    expires.FromDatetime(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=10))
    for round_ in range(3):
        value = f"code-{round_}-{uuid.uuid4().hex[:8]}"
        await stub.CreateVerification(
            verification_pb2.CreateVerificationRequest(
                verification=verification_pb2.Verification(
                    identifier=identifier, value=value, expires_at=expires
                )
            ),
            timeout=30,
        )

        async def consume(
            channel: grpc.aio.Channel, i: int, value: str = value
        ) -> verification_pb2.ConsumeVerificationResponse:
            racer = verification_pb2_grpc.VerificationServiceStub(channel)
            request = verification_pb2.ConsumeVerificationRequest(
                identifier=identifier, value=value
            )
            return await racer.ConsumeVerification(request, timeout=30)

        results = await cluster.race(consume)
        assert tally(results) == {"OK": 1, "NOT_FOUND/NOT_FOUND": RACERS - 1}, tally(results)
        (won,) = [r for r in results if not isinstance(r, grpc.aio.AioRpcError)]
        assert won.verification.value == value
