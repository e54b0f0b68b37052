"""The Mongoose apps of seeds 000 and 001 and Modelstore on one database (issue 17, point 6).

The test server and the embedded database of the fixtures; the seeds' Mongoose models
(`seed_models.mjs`, mongoose 9 from tests/interop/package.json) on the same database, bound
to Modelstore's collections. Every seed 000 and 001 entity, both ways, in four steps:

1. gRPC (here, generated Python stubs) creates two of each: `g` and `gone`;
2. `mongoose.test.mjs` (phase `grpc-wrote`) reads them, checks their fields and
   `validateSync()`, finds `g` by each index the seed declares, changes `g` and deletes
   `gone`; and creates two of its own, `m` and `mgone`;
3. gRPC: a read of `g` shows Mongoose's change, and an update of `g` with the etag read in
   step 1 is ABORTED (the lost update; a Delete for AnalyticsEvent, which has no Update);
   `gone` is NOT_FOUND; `m` reads with Mongoose's values, is updated, and `mgone` is
   deleted;
4. `mongoose.test.mjs` (phase `grpc-changed`) reads gRPC's change of `m` (and validates
   the document Modelstore rewrote), and finds no `mgone`.

The literal values of each side are written in both files: the Node side knows what gRPC
wrote, and this side what Mongoose wrote, from the seed-shaped samples alone.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import pathlib
import re
import shutil
import uuid
from collections.abc import Mapping
from typing import Any

import grpc
from bson import ObjectId
from google.protobuf import field_mask_pb2, json_format
from google.protobuf.message import Message

from modelstore.knowledge.v1 import notion_workspace_pb2, notion_workspace_pb2_grpc
from modelstore.knowledge.v1 import user_pb2 as knowledge_user_pb2
from modelstore.knowledge.v1 import user_pb2_grpc as knowledge_user_pb2_grpc
from modelstore_server.app import Modelstore
from modelstore_server.engine.registry import Kind
from tests.support import MODELS, SERVICE_OF, call, expect_error, method

HERE = pathlib.Path(__file__).resolve().parent
NODE_TIMEOUT = 90
ENTITIES = {  # the Mongoose model (seed_models.mjs) -> the proto message
    "platform.Workspace": "modelstore.platform.v1.Workspace",
    "platform.Client": "modelstore.platform.v1.Client",
    "platform.User": "modelstore.platform.v1.User",
    "platform.Session": "modelstore.platform.v1.Session",
    "platform.Contact": "modelstore.platform.v1.Contact",
    "platform.Notification": "modelstore.platform.v1.Notification",
    "knowledge.User": "modelstore.knowledge.v1.User",
    "knowledge.NotionWorkspace": "modelstore.knowledge.v1.NotionWorkspace",
    "knowledge.Conversation": "modelstore.knowledge.v1.Conversation",
    "knowledge.Message": "modelstore.knowledge.v1.Message",
    "knowledge.DocumentSource": "modelstore.knowledge.v1.DocumentSource",
    "knowledge.SyncJob": "modelstore.knowledge.v1.SyncJob",
    "knowledge.Analytics": "modelstore.knowledge.v1.AnalyticsEvent",
}
# The `test()` calls of mongoose.test.mjs per phase: two per entity after the gRPC
# writes (+1: the seed's indexes), one per entity after the gRPC changes.
NODE_CASES = {"grpc-wrote": 2 * len(ENTITIES) + 1, "grpc-changed": len(ENTITIES)}

# What each side changes: Mongoose in `g` (step 2), gRPC in `m` (step 3); JSON names.
MONGOOSE_CHANGES: dict[str, dict[str, Any]] = {
    "platform.Workspace": {"name": "renamed by mongoose"},
    "platform.Client": {"allowedScopes": ["changed:mongoose"]},
    "platform.User": {"roles": ["changed-by-mongoose"]},
    "platform.Session": {"scopes": ["changed:mongoose"]},
    "platform.Contact": {"source": "changed by mongoose"},
    "platform.Notification": {"correlationId": "corr-changed-by-mongoose"},
    "knowledge.User": {"name": "Renamed By Mongoose"},
    "knowledge.NotionWorkspace": {"workspaceName": "renamed by mongoose"},
    "knowledge.Conversation": {"title": "renamed by mongoose"},
    "knowledge.Message": {"content": "changed by mongoose"},
    "knowledge.DocumentSource": {"title": "renamed by mongoose"},
    "knowledge.SyncJob": {"retryCount": 3},
    "knowledge.Analytics": {"data.query": "changed by mongoose"},
}
GRPC_CHANGES: dict[str, dict[str, Any]] = {
    "platform.Workspace": {"name": "renamed by grpc"},
    "platform.Client": {"allowedScopes": ["changed:grpc"]},
    "platform.User": {"roles": ["changed-by-grpc"]},
    "platform.Session": {"scopes": ["changed:grpc"]},
    "platform.Contact": {"source": "changed by grpc"},
    "platform.Notification": {"correlationId": "corr-changed-by-grpc"},
    "knowledge.User": {"name": "Renamed By Grpc"},
    "knowledge.NotionWorkspace": {"workspaceName": "renamed by grpc"},
    "knowledge.Conversation": {"title": "renamed by grpc"},
    "knowledge.Message": {"content": "changed by grpc"},
    "knowledge.DocumentSource": {"title": "renamed by grpc"},
    "knowledge.SyncJob": {"retryCount": 5},
    # Analytics events are immutable once written (ENTITIES.md): no UpdateAnalyticsEvent.
}


def _later(hours: int) -> str:
    when = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(hours=hours)
    return when.isoformat().replace("+00:00", "Z")


def _dotted(doc: Mapping[str, Any], path: str) -> Any:
    value: Any = doc
    for part in path.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    return value


def _expand(changes: Mapping[str, Any]) -> dict[str, Any]:
    """`{"data.query": v}` as the nested JSON `{"data": {"query": v}}`."""
    out: dict[str, Any] = {}
    for path, value in changes.items():
        *parents, last = path.split(".")
        node = out
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return out


class Failures:
    """Every case that failed, each with its entity, direction and step, reported at once."""

    def __init__(self) -> None:
        self.items: list[str] = []

    async def check(self, what: str, coro: Any) -> Any:
        try:
            return await coro
        except (AssertionError, grpc.aio.AioRpcError) as exc:
            detail = exc.details() if isinstance(exc, grpc.aio.AioRpcError) else str(exc)
            code = f"{exc.code().name}: " if isinstance(exc, grpc.aio.AioRpcError) else ""
            self.items.append(f"{what}: {code}{detail}")
            return None


class Grpc:
    """The generic CRUD calls of an entity, by its Mongoose model name."""

    def __init__(self, channel: grpc.aio.Channel, tenants: Mapping[str, str]) -> None:
        self.channel = channel
        self.tenants = tenants

    def _header(self, entity: str) -> str | None:
        model = MODELS[ENTITIES[entity]]
        if not model.tenant_field or model.tenant_field == "id":
            return None
        return self.tenants[entity.split(".")[0]]

    async def _call(self, entity: str, kind: Kind, **fields: Any) -> Any:
        spec = method(SERVICE_OF[ENTITIES[entity]], kind)
        assert spec is not None, f"{entity} has no {kind.name}"
        return await call(self.channel, spec, spec.request_class(**fields), self._header(entity))

    def _message(self, entity: str, body: Mapping[str, Any]) -> Message:
        return json_format.ParseDict(body, MODELS[ENTITIES[entity]].message_class())

    def _field(self, entity: str) -> str:
        spec = method(SERVICE_OF[ENTITIES[entity]], Kind.CREATE)
        assert spec is not None
        assert spec.entity_field
        return spec.entity_field

    async def create(self, entity: str, body: Mapping[str, Any]) -> Any:
        field = self._field(entity)
        response = await self._call(entity, Kind.CREATE, **{field: self._message(entity, body)})
        return getattr(response, field)

    async def get(self, entity: str, doc_id: str) -> Any:
        return getattr(await self._call(entity, Kind.GET, id=doc_id), self._field(entity))

    async def update(
        self, entity: str, doc_id: str, changes: Mapping[str, Any], etag: str = ""
    ) -> Any:
        msg = self._message(entity, {"id": doc_id, "etag": etag, **_expand(changes)})
        by_json = {f.json_name: f.name for f in msg.DESCRIPTOR.fields}
        paths = [by_json[path.split(".")[0]] for path in changes]
        field = self._field(entity)
        mask = field_mask_pb2.FieldMask(paths=paths)
        response = await self._call(entity, Kind.UPDATE, **{field: msg, "update_mask": mask})
        return getattr(response, field)

    async def delete(self, entity: str, doc_id: str, etag: str = "") -> None:
        await self._call(entity, Kind.DELETE, id=doc_id, etag=etag)


async def _grpc_writes(api: Grpc, u: str) -> dict[str, Any]:
    """Step 1: two of each entity through gRPC, parents first. Returns their ids and etags."""
    w, k = api.tenants["platform"], api.tenants["knowledge"]
    made: dict[str, Any] = {}

    async def pair(entity: str, g: dict[str, Any], gone: dict[str, Any]) -> Any:
        first = await api.create(entity, g)
        second = await api.create(entity, gone)
        made[entity] = {"id": first.id, "etag": first.etag, "goneId": second.id}
        return first

    await pair(
        "platform.Workspace",
        {"id": w, "name": "grpc workspace", "allowedOrigins": ["https://grpc.example.com"]},
        {"id": f"{w}-gone", "name": "grpc workspace gone"},
    )
    client = await pair(
        "platform.Client",
        {
            "id": f"cli-{u}",
            "secret": f"grpc-secret-{u}",
            "allowedScopes": ["events:read"],
            "allowedTopics": ["orders"],
        },
        {"id": f"cli-{u}-gone", "secret": f"grpc-secret-{u}"},
    )
    user = await pair(
        "platform.User",
        {
            "workspaceId": w,
            "username": f"grpc-user-{u}",
            "password": f"grpc-pa55-{u}",
            "roles": ["admin"],
        },
        {"workspaceId": w, "username": f"grpc-user-{u}-gone", "password": f"grpc-pa55-{u}"},
    )
    expires = _later(1)
    await pair(
        "platform.Session",
        {
            "workspaceId": w,
            "principalId": user.id,
            "principalType": "SESSION_PRINCIPAL_TYPE_USER",
            "scopes": ["events:read"],
            "topics": ["orders"],
            "context": {"ip": "10.0.0.1"},
            "expiresAt": expires,
        },
        {
            "workspaceId": w,
            "principalId": client.id,
            "principalType": "SESSION_PRINCIPAL_TYPE_CLIENT",
            "expiresAt": expires,
        },
    )
    contact = await pair(
        "platform.Contact",
        {
            "email": f"grpc-{u}@example.com",
            "phone": f"+1555{u[:7]}",
            "role": "CONTACT_ROLE_AGENT",
            "tags": ["vip"],
            "attributes": {"plan": "pro"},
            "source": "grpc",
        },
        {"email": f"grpc-gone-{u}@example.com", "phone": f"+1666{u[:7]}"},
    )
    await pair(
        "platform.Notification",
        {
            "channel": "NOTIFICATION_CHANNEL_SLACK",
            "type": "order.created",
            "correlationId": f"corr-{u}",
            "tenantId": w,
            "contactId": contact.id,
            "target": {"slack": {"channel": "#ops"}},
            "payload": {"orderId": "o-1"},
        },
        {
            "channel": "NOTIFICATION_CHANNEL_EMAIL",
            "type": "invoice.sent",
            "tenantId": w,
            "target": {"email": {"to": f"gone-{u}@example.com"}},
        },
    )
    kuser = await pair(
        "knowledge.User",
        {"email": f"grpc-{u}@example.com", "password": f"grpc-pa55-{u}", "name": "Grpc Ada"},
        {"email": f"grpc-gone-{u}@example.com", "password": f"grpc-pa55-{u}", "name": "Gone"},
    )
    await pair(
        "knowledge.NotionWorkspace",
        {
            "id": k,
            "workspaceId": f"notion-{u}",
            "workspaceName": "grpc wiki",
            "owner": kuser.id,
            "accessToken": f"secret_notion_grpc_{u}",
            "members": [{"user": kuser.id, "role": "NOTION_WORKSPACE_MEMBER_ROLE_ADMIN"}],
        },
        {
            "id": str(ObjectId()),
            "workspaceId": f"notion-{u}-gone",
            "workspaceName": "grpc wiki gone",
            "owner": kuser.id,
            "accessToken": f"secret_notion_gone_{u}",
        },
    )
    conversation = await pair(
        "knowledge.Conversation",
        {"workspaceId": k, "userId": kuser.id, "metadata": {"intents": ["search"]}},
        {"workspaceId": k, "userId": kuser.id, "title": "grpc chat gone"},
    )
    await pair(
        "knowledge.Message",
        {
            "conversationId": conversation.id,
            "role": "MESSAGE_ROLE_ASSISTANT",
            "content": "grpc answer",
            "metadata": {
                "sources": [{"sourceNumber": 1, "title": "Intro", "url": "https://notion.so/i"}],
                "confidence": 0.9,
                "citedSources": [1],
            },
        },
        {"conversationId": conversation.id, "role": "MESSAGE_ROLE_USER", "content": "gone"},
    )
    await pair(
        "knowledge.DocumentSource",
        {
            "workspaceId": k,
            "sourceId": f"page-{u}",
            "title": "Intro",
            "url": "https://notion.so/i",
            "contentHash": f"sha-{u}",
            "vectorStoreIds": ["v1"],
            "metadata": {"author": "ada", "properties": {"tag": "x"}},
        },
        {"workspaceId": k, "sourceId": f"page-{u}-gone", "title": "Gone", "contentHash": "g"},
    )
    await pair(
        "knowledge.SyncJob",
        {
            "jobId": f"job-{u}",
            "workspaceId": k,
            "jobType": "SYNC_JOB_TYPE_FULL_SYNC",
            "progress": {"totalDocuments": 10},
            "results": {"documentsAdded": 1, "errors": [{"documentId": "d1", "error": "boom"}]},
        },
        {"jobId": f"job-{u}-gone", "workspaceId": k, "jobType": "SYNC_JOB_TYPE_FULL_SYNC"},
    )
    await pair(
        "knowledge.Analytics",
        {
            "workspaceId": k,
            "eventType": "ANALYTICS_EVENT_TYPE_QUERY",
            "data": {
                "query": "what is x",
                "confidence": 0.8,
                "userId": kuser.id,
                "conversationId": conversation.id,
            },
        },
        {"workspaceId": k, "eventType": "ANALYTICS_EVENT_TYPE_SYNC"},
    )
    return {"expiresAt": expires, "entities": made}


# What Mongoose wrote in step 2 (mongoose.test.mjs, `create`), as gRPC must read it (JSON).
def _mongoose_wrote(u: str, given: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    w, k, ids = given["platformTenant"], given["knowledgeTenant"], given["entities"]
    return {
        "platform.Workspace": {
            "name": "mongoose workspace",
            "status": "WORKSPACE_STATUS_ACTIVE",
            "allowedOrigins": ["https://mongoose.example.com"],
        },
        "platform.Client": {"status": "CLIENT_STATUS_ACTIVE", "allowedScopes": ["events:write"]},
        "platform.User": {
            "workspaceId": w,
            "username": f"mongoose-user-{u}",
            "roles": ["viewer"],
            "status": "USER_STATUS_ACTIVE",
        },
        "platform.Session": {
            "workspaceId": w,
            "principalId": ids["platform.User"]["id"],
            "principalType": "SESSION_PRINCIPAL_TYPE_USER",
            "context": {"ip": "10.0.0.2"},
            "status": "SESSION_STATUS_ACTIVE",
        },
        "platform.Contact": {
            "email": f"mongoose-{u}@example.com",
            "role": "CONTACT_ROLE_VIEWER",
            "status": "CONTACT_STATUS_ACTIVE",
            "tags": ["new"],
            "attributes": {"plan": "free"},
            "source": "mongoose",
        },
        "platform.Notification": {
            "channel": "NOTIFICATION_CHANNEL_EMAIL",
            "type": "invoice.sent",
            "correlationId": f"corr-m-{u}",
            "tenantId": w,
            "contactId": ids["platform.Contact"]["id"],
            "target": {"email": {"to": "ada@example.com"}},
            "status": "NOTIFICATION_STATUS_QUEUED",
        },
        "knowledge.User": {
            "email": f"mongoose-{u}@example.com",
            "name": "Mongoose Ada",
            "status": "USER_STATUS_ACTIVE",
            "role": "USER_ROLE_USER",
        },
        "knowledge.NotionWorkspace": {
            "workspaceId": f"notion-m-{u}",
            "workspaceName": "mongoose wiki",
            "owner": ids["knowledge.User"]["id"],
            "syncStatus": "NOTION_WORKSPACE_SYNC_STATUS_IDLE",
        },
        "knowledge.Conversation": {
            "workspaceId": k,
            "userId": ids["knowledge.User"]["id"],
            "title": "mongoose chat",
            "status": "CONVERSATION_STATUS_ACTIVE",
        },
        "knowledge.Message": {
            "conversationId": ids["knowledge.Conversation"]["id"],
            "workspaceId": k,  # found from its conversation: Mongoose did not write it
            "role": "MESSAGE_ROLE_USER",
            "content": "mongoose question",
        },
        "knowledge.DocumentSource": {
            "workspaceId": k,
            "sourceId": f"page-m-{u}",
            "title": "Mongoose page",
            "syncStatus": "DOCUMENT_SOURCE_SYNC_STATUS_PENDING",
        },
        "knowledge.SyncJob": {
            "jobId": f"job-m-{u}",
            "workspaceId": k,
            "jobType": "SYNC_JOB_TYPE_INCREMENTAL_SYNC",
            "status": "SYNC_JOB_STATUS_QUEUED",
        },
        "knowledge.Analytics": {
            "workspaceId": k,
            "eventType": "ANALYTICS_EVENT_TYPE_LOGIN",
            "data": {"userId": ids["knowledge.User"]["id"]},
        },
    }


def _assert_fields(got: Message, want: Mapping[str, Any], what: str) -> None:
    doc = json_format.MessageToDict(got)
    for path, value in want.items():
        found = _dotted(doc, path)
        ok = _contains(found, value) if isinstance(value, Mapping) else found == value
        assert ok, f"{what}: {path} is {found!r}, want {value!r}"


def _contains(got: Any, want: Mapping[str, Any]) -> bool:
    return isinstance(got, Mapping) and all(
        _contains(got.get(k), v) if isinstance(v, Mapping) else got.get(k) == v
        for k, v in want.items()
    )


async def _grpc_checks(
    api: Grpc, u: str, given: Mapping[str, Any], wrote: Mapping[str, Any], failures: Failures
) -> None:
    """Step 3: what Mongoose did, seen through gRPC; then gRPC changes Mongoose's documents."""
    ids = given["entities"]
    expected = _mongoose_wrote(u, given)
    for entity in ENTITIES:
        mine = ids[entity]
        change = MONGOOSE_CHANGES[entity]

        async def changed(entity: str = entity, mine: Any = mine, change: Any = change) -> None:
            _assert_fields(await api.get(entity, mine["id"]), change, entity)

        await failures.check(f"{entity} (gRPC wrote): Mongoose's change read by gRPC", changed())
        # The lost update: Mongoose changed `g` after gRPC read its etag.
        stale = (
            api.delete(entity, mine["id"], etag=mine["etag"])
            if entity not in GRPC_CHANGES
            else api.update(entity, mine["id"], GRPC_CHANGES[entity], etag=mine["etag"])
        )
        await failures.check(
            f"{entity} (gRPC wrote, Mongoose changed): a gRPC write with the etag read before "
            "the change",
            expect_error(stale, grpc.StatusCode.ABORTED),
        )
        await failures.check(
            f"{entity} (gRPC wrote): deleted by Mongoose, gRPC Get",
            expect_error(api.get(entity, mine["goneId"]), grpc.StatusCode.NOT_FOUND),
        )
    for entity in ENTITIES:
        theirs = wrote.get(entity)
        if theirs is None:
            failures.items.append(f"{entity} (Mongoose wrote): nothing written by Mongoose")
            continue

        async def read_update_delete(entity: str = entity, theirs: Any = theirs) -> None:
            got = await api.get(entity, theirs["id"])
            _assert_fields(got, expected[entity], f"{entity} written by Mongoose")
            if entity in GRPC_CHANGES:
                await api.update(entity, theirs["id"], GRPC_CHANGES[entity], etag=got.etag)
            gone = await api.get(entity, theirs["goneId"])
            await api.delete(entity, theirs["goneId"], etag=gone.etag)

        await failures.check(
            f"{entity} (Mongoose wrote): gRPC read, update, delete", read_update_delete()
        )
    await failures.check(
        "knowledge.User (Mongoose wrote): VerifyUserPassword of the seed's bcrypt hash",
        _verify_knowledge_password(
            api, wrote.get("knowledge.User", {}).get("id", ""), f"mongoose-pa55-{u}"
        ),
    )
    await failures.check(
        "knowledge.NotionWorkspace (Mongoose wrote): GetNotionWorkspaceAccessToken of the "
        "seed's encrypt()",
        _access_token(
            api, wrote.get("knowledge.NotionWorkspace", {}).get("id", ""), f"secret_notion_m_{u}"
        ),
    )


async def _verify_knowledge_password(api: Grpc, user_id: str, password: str) -> None:
    stub = knowledge_user_pb2_grpc.UserServiceStub(api.channel)
    request = knowledge_user_pb2.VerifyUserPasswordRequest(id=user_id, password=password)
    assert (await stub.VerifyUserPassword(request)).valid


async def _access_token(api: Grpc, workspace_id: str, token: str) -> None:
    stub = notion_workspace_pb2_grpc.NotionWorkspaceServiceStub(api.channel)
    request = notion_workspace_pb2.GetNotionWorkspaceAccessTokenRequest(id=workspace_id)
    got = await stub.GetNotionWorkspaceAccessToken(
        request, metadata=(("x-tenant-id", workspace_id),)
    )
    assert got.access_token == token


def _tap_failures(text: str) -> list[str]:
    """`<test name>: <its error>` for each `not ok` of a TAP report (node --test)."""
    found: list[str] = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        failed = re.match(r"^(\s*)not ok \d+ - (.*)$", line)
        if not failed or failed.group(2).endswith(".mjs"):  # not the file's own summary
            continue
        indent, error, in_error = failed.group(1) + "  ", [], False
        for row in lines[i + 1 :]:
            if row == f"{indent}...":
                break
            key = re.match(rf"^{indent}(\w+):(.*)$", row)
            if key:
                in_error = key.group(1) == "error"
                row = key.group(2) if in_error else ""
            if in_error:
                error.append(row.strip().strip("|-'"))
        found.append(f"{failed.group(2)}: {' '.join(e for e in error if e)}")
    return found


async def _node(
    phase: str, env: Mapping[str, str], given: Any, scratch: pathlib.Path, failures: Failures
) -> dict[str, Any]:
    """Run one phase of mongoose.test.mjs; record its failed cases; return what it wrote."""
    node = shutil.which("node")
    assert node, "node is not on PATH (scripts/setup installs the toolchain)"
    assert (HERE / "node_modules" / "mongoose").is_dir(), (
        "tests/interop/node_modules is missing: run ./scripts/setup (npm ci in tests/interop)"
    )
    given_path, out_path = scratch / f"{phase}-given.json", scratch / f"{phase}-out.json"
    given_path.write_text(json.dumps(given))
    proc = await asyncio.create_subprocess_exec(
        node,
        "--test",
        "--test-reporter=tap",
        "mongoose.test.mjs",
        cwd=HERE,
        env={
            **os.environ,
            **env,
            "INTEROP_PHASE": phase,
            "INTEROP_GIVEN": str(given_path),
            "INTEROP_OUT": str(out_path),
        },
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
    failures.items.extend(f"node [{phase}] {line}" for line in _tap_failures(text))
    if proc.returncode != 0 and not failures.items:
        failures.items.append(f"node [{phase}] exited {proc.returncode}:\n{text}")
    # Every case ran: none skipped, none left out by a filter.
    for line in (f"tests {NODE_CASES[phase]}", "skipped 0", "todo 0", "cancelled 0"):
        if f"# {line}\n" not in text:
            failures.items.append(f"node [{phase}]: no '# {line}' in its report:\n{text}")
    if not out_path.exists():
        return {}
    return dict(json.loads(out_path.read_text()))


async def test_mongoose_apps_and_grpc_share_the_seed_collections(
    server: Modelstore,
    channel: grpc.aio.Channel,
    database_uri: str,
    tmp_root: pathlib.Path,
) -> None:
    u = uuid.uuid4().hex[:10]
    tenants = {"platform": f"ws-{u}", "knowledge": str(ObjectId())}
    api = Grpc(channel, tenants)
    scratch = tmp_root / f"mongoose-{u}"
    scratch.mkdir()
    settings = server.settings
    env = {"MONGODB_URI": database_uri, "MODELSTORE_DATABASE": settings.database}
    # The keyring the operator shares with a seed app, so it opens the encrypted token.
    assert settings.encryption_keys
    env["MODELSTORE_ENCRYPTION_KEYS"] = settings.encryption_keys
    if settings.encryption_key_id:
        env["MODELSTORE_ENCRYPTION_KEY_ID"] = settings.encryption_key_id
    failures = Failures()

    written = await _grpc_writes(api, u)
    given = {
        "unique": u,
        "platformTenant": tenants["platform"],
        "knowledgeTenant": tenants["knowledge"],
        **written,
    }
    wrote = await _node("grpc-wrote", env, given, scratch, failures)
    await _grpc_checks(api, u, given, wrote, failures)
    await _node("grpc-changed", env, {**given, "mongoose": wrote}, scratch, failures)
    assert not failures.items, "\n".join(failures.items)
