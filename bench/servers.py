"""The two gRPC baselines, each run as its own process.

- `bare`: a grpc.aio server whose UserService returns a prepared response: the ceiling of
  the framework (request parsing, HTTP/2, response serialisation; no database).
- `floor`: GetUser as the raw driver's find by `_id` behind a bare grpc.aio handler, nothing
  else: what any Python gRPC service over pymongo pays at least.
- `handwritten`: a straightforward grpc.aio servicer that calls pymongo directly for the
  platform User, with no engine: the same tenancy, etag, mask, reference-check and
  keyset-page semantics as Modelstore, written by hand for this one entity.
- `handwritten-audited`: the same service doing, by hand, the work Modelstore does that
  `handwritten` skips: after each successful write one `insert_one` of the entry Modelstore
  stores (principal, RPC, entity, changed paths, request id, status, etag) into
  `modelstore.audit_log`, whose indexes Modelstore's migrate builds (docs/audit.md); and
  etags that see every writer, a digest of the stored document, so a conditional update
  reads the document, checks the digest, and writes only if the document is still exactly
  the one read (docs/consistency.md). `handwritten` shows what those two cost.

    python -m bench.servers bare --port 50100
    python -m bench.servers handwritten --port 50101 --uri mongodb://... --database bench
    python -m bench.servers handwritten-audited --port 50102 --uri mongodb://... --database bench
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import itertools
import os
import time
import uuid
from typing import Any

import bson
import grpc
from google.protobuf import timestamp_pb2
from pymongo import AsyncMongoClient, ReturnDocument

from modelstore.platform.v1 import user_pb2, user_pb2_grpc
from modelstore_server import event_loop

from .common import COLLECTION, WORKSPACES, hot_id, user_doc

STATUS_TO_DB = {user_pb2.USER_STATUS_ACTIVE: "active", user_pb2.USER_STATUS_INACTIVE: "inactive"}
STATUS_FROM_DB = {v: k for k, v in STATUS_TO_DB.items()}


def _ts(value: dt.datetime) -> timestamp_pb2.Timestamp:
    ts = timestamp_pb2.Timestamp()
    ts.FromDatetime(value)
    return ts


def to_message(doc: dict[str, Any]) -> user_pb2.User:
    return user_pb2.User(
        id=doc["_id"],
        workspace_id=doc.get("workspaceId", ""),
        username=doc.get("username", ""),
        roles=doc.get("roles", []),
        status=STATUS_FROM_DB.get(doc.get("status", ""), 0),
        created_at=_ts(doc["createdAt"]),
        updated_at=_ts(doc["updatedAt"]),
        etag=doc.get("etag", ""),
    )


def _tenant(context: grpc.aio.ServicerContext) -> str | None:
    for key, value in context.invocation_metadata() or ():
        if key == "x-tenant-id":
            return str(value)
    return None


def _now() -> dt.datetime:
    current = dt.datetime.now(dt.UTC)
    return current.replace(microsecond=(current.microsecond // 1000) * 1000)


class HandWritten(user_pb2_grpc.UserServiceServicer):
    """UserService over pymongo, by hand."""

    def __init__(self, uri: str, database: str) -> None:
        self.client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri, tz_aware=True)
        self.users = self.client[database][COLLECTION]
        self.workspaces = self.client[database][WORKSPACES]

    async def GetUser(self, request, context):
        tenant = _tenant(context)
        if tenant is None:
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION, "x-tenant-id is required")
        if not request.id:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "id is required")
        doc = await self.users.find_one({"_id": request.id, "workspaceId": tenant})
        if doc is None:
            await context.abort(grpc.StatusCode.NOT_FOUND, f"User {request.id!r} not found")
        return user_pb2.GetUserResponse(user=self._message(doc))

    async def CreateUser(self, request, context):
        tenant = _tenant(context)
        if tenant is None:
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION, "x-tenant-id is required")
        user = request.user
        username = user.username.strip()
        if not username:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "user.username is required")
        if user.workspace_id and user.workspace_id != tenant:
            await context.abort(grpc.StatusCode.PERMISSION_DENIED, "not the caller's tenant")
        # The parent must exist before and after the insert (docs/consistency.md).
        if await self.workspaces.find_one({"_id": tenant}, {"_id": 1}) is None:
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION, "workspace does not exist")
        now = _now()
        doc = user_doc(
            user.id or str(uuid.uuid4()),
            tenant,
            username,
            base64.urlsafe_b64encode(os.urandom(9)).decode(),
        )
        doc["roles"] = list(user.roles)
        doc["status"] = STATUS_TO_DB.get(user.status, "active")
        doc["createdAt"] = doc["updatedAt"] = now
        try:
            await self.users.insert_one(doc)
        except Exception:
            await context.abort(grpc.StatusCode.ALREADY_EXISTS, "user exists")
        if await self.workspaces.find_one({"_id": tenant}, {"_id": 1}) is None:
            await self.users.delete_one({"_id": doc["_id"]})
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION, "workspace does not exist")
        return user_pb2.CreateUserResponse(user=self._message(doc))

    def _message(self, doc: dict[str, Any]) -> user_pb2.User:
        return to_message(doc)

    async def UpdateUser(self, request, context):
        tenant = _tenant(context)
        if tenant is None:
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION, "x-tenant-id is required")
        user = request.user
        sets: dict[str, Any] = {}
        for path in request.update_mask.paths:
            if path == "username":
                sets["username"] = user.username.strip()
            elif path == "roles":
                sets["roles"] = list(user.roles)
            elif path == "status":
                sets["status"] = STATUS_TO_DB.get(user.status, "active")
            else:
                await context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"bad mask path {path}")
        sets["updatedAt"] = _now()
        sets["etag"] = base64.urlsafe_b64encode(os.urandom(9)).decode()
        filt: dict[str, Any] = {"_id": user.id, "workspaceId": tenant}
        if user.etag:
            filt["etag"] = user.etag
        doc = await self.users.find_one_and_update(
            filt, {"$set": sets}, return_document=ReturnDocument.AFTER
        )
        if doc is None:
            found = await self.users.find_one({"_id": user.id, "workspaceId": tenant})
            code = grpc.StatusCode.NOT_FOUND if found is None else grpc.StatusCode.ABORTED
            await context.abort(code, "not found or etag mismatch")
        return user_pb2.UpdateUserResponse(user=to_message(doc))

    async def ListUsers(self, request, context):
        tenant = _tenant(context)
        if tenant is None:
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION, "x-tenant-id is required")
        size = min(request.page_size or 50, 1000)
        query: dict[str, Any] = {"workspaceId": tenant}
        parts = [query]
        text = request.filter.replace(" ", "")
        if text == "status=ACTIVE":
            parts.append({"status": "active"})
        elif text:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "unsupported filter")
        if request.page_token:
            last = base64.urlsafe_b64decode(request.page_token.encode()).decode()
            parts.append({"_id": {"$gt": last}})
        docs = await self.users.find({"$and": parts}, sort=[("_id", 1)], limit=size + 1).to_list(
            size + 1
        )
        token = ""
        if len(docs) > size:
            docs = docs[:size]
            token = base64.urlsafe_b64encode(docs[-1]["_id"].encode()).decode()
        return user_pb2.ListUsersResponse(
            users=[self._message(d) for d in docs], next_page_token=token
        )


AUDIT_LOG = "modelstore.audit_log"
_sequence = itertools.count()


def _entry_id() -> str:
    """A time-ordered entry id: microseconds, then a per-process counter."""
    micros, pid, seq = time.time_ns() // 1000, os.getpid() & 0xFFFF, next(_sequence) & 0xFFFFFF
    return f"{micros:016x}{pid:04x}{seq:06x}"


def _digest(doc: dict[str, Any]) -> str:
    """The etag of a stored document: a 96-bit BLAKE2b of its BSON."""
    raw = hashlib.blake2b(bson.encode(doc), digest_size=12).digest()
    return base64.urlsafe_b64encode(raw).decode()


def _with_digest(doc: dict[str, Any]) -> user_pb2.User:
    user = to_message(doc)
    user.etag = _digest(doc)
    return user


class HandWrittenAudited(HandWritten):
    """`HandWritten` with an audit entry per write and etags that see every writer."""

    def __init__(self, uri: str, database: str) -> None:
        super().__init__(uri, database)
        self.audit = self.client[database][AUDIT_LOG]

    async def _audited(
        self,
        context: grpc.aio.ServicerContext,
        method: str,
        operation: str,
        user: Any,
        paths: list[str],
    ) -> None:
        metadata = dict(context.invocation_metadata() or ())
        await self.audit.insert_one(
            {
                "_id": _entry_id(),
                "tenantId": user.workspace_id,
                "principal": "anonymous-loopback",
                "rpc": f"/modelstore.platform.v1.UserService/{method}",
                "entityType": "modelstore.platform.v1.User",
                "entityId": user.id,
                "operation": operation,
                "changedPaths": sorted(paths),
                "requestId": metadata.get("x-request-id") or _entry_id(),
                "statusCode": "OK",
                "entityEtag": user.etag,
                "createdAt": _now(),
            }
        )

    def _message(self, doc: dict[str, Any]) -> user_pb2.User:
        return _with_digest(doc)  # an insert's document digests as a read of it would

    async def CreateUser(self, request, context):
        response = await super().CreateUser(request, context)
        paths = [f.name for f, _ in response.user.ListFields()]
        await self._audited(context, "CreateUser", "CREATE", response.user, paths)
        return response

    async def UpdateUser(self, request, context):
        tenant = _tenant(context)
        if tenant is None:
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION, "x-tenant-id is required")
        user = request.user
        sets: dict[str, Any] = {}
        for path in request.update_mask.paths:
            if path == "username":
                sets["username"] = user.username.strip()
            elif path == "roles":
                sets["roles"] = list(user.roles)
            elif path == "status":
                sets["status"] = STATUS_TO_DB.get(user.status, "active")
            else:
                await context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"bad mask path {path}")
        sets["updatedAt"] = _now()
        sets["etag"] = base64.urlsafe_b64encode(os.urandom(9)).decode()
        filt: dict[str, Any] = {"_id": user.id, "workspaceId": tenant}
        if user.etag:
            # Read, check the digest, then write only if nobody changed the document since.
            current = await self.users.find_one(filt)
            if current is None:
                await context.abort(grpc.StatusCode.NOT_FOUND, "not found")
            if _digest(current) != user.etag:
                await context.abort(grpc.StatusCode.ABORTED, "etag mismatch")
            filt["$expr"] = {"$eq": ["$$ROOT", {"$literal": current}]}
        doc = await self.users.find_one_and_update(
            filt, {"$set": sets}, return_document=ReturnDocument.AFTER
        )
        if doc is None:
            found = await self.users.find_one({"_id": user.id, "workspaceId": tenant})
            code = grpc.StatusCode.NOT_FOUND if found is None else grpc.StatusCode.ABORTED
            await context.abort(code, "not found or etag mismatch")
        updated = _with_digest(doc)
        paths = list(request.update_mask.paths)
        await self._audited(context, "UpdateUser", "UPDATE", updated, paths)
        return user_pb2.UpdateUserResponse(user=updated)


def _prepared() -> dict[str, Any]:
    doc = user_doc(hot_id(1), "bench-ws", "user-1")
    user = to_message(doc)
    return {
        "GetUser": user_pb2.GetUserResponse(user=user),
        "CreateUser": user_pb2.CreateUserResponse(user=user),
        "UpdateUser": user_pb2.UpdateUserResponse(user=user),
        "ListUsers": user_pb2.ListUsersResponse(
            users=[to_message(user_doc(hot_id(i), "bench-ws", f"user-{i}")) for i in range(50)],
            next_page_token="x" * 40,
        ),
    }


class Bare(user_pb2_grpc.UserServiceServicer):
    """Returns prepared responses."""

    def __init__(self) -> None:
        self.responses = _prepared()

    async def GetUser(self, request, context):
        return self.responses["GetUser"]

    async def CreateUser(self, request, context):
        return self.responses["CreateUser"]

    async def UpdateUser(self, request, context):
        return self.responses["UpdateUser"]

    async def ListUsers(self, request, context):
        return self.responses["ListUsers"]


class Floor(user_pb2_grpc.UserServiceServicer):
    """GetUser as the raw driver's one operation behind a bare grpc.aio handler.

    No tenancy check, no validation, no error mapping: only the gRPC hop plus the driver
    call plus building the response. What any Python gRPC service over pymongo pays at
    least, so it bounds how close to the raw driver one can get on this machine.
    """

    def __init__(self, uri: str, database: str) -> None:
        self.client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri, tz_aware=True)
        self.users = self.client[database][COLLECTION]

    async def GetUser(self, request, context):
        doc = await self.users.find_one({"_id": request.id})
        return user_pb2.GetUserResponse(user=to_message(doc))


async def serve(kind: str, port: int, uri: str, database: str) -> None:
    server = grpc.aio.server()
    servicer: user_pb2_grpc.UserServiceServicer
    if kind == "bare":
        servicer = Bare()
    elif kind == "floor":
        servicer = Floor(uri, database)
    elif kind == "handwritten-audited":
        servicer = HandWrittenAudited(uri, database)
    else:
        servicer = HandWritten(uri, database)
    user_pb2_grpc.add_UserServiceServicer_to_server(servicer, server)
    server.add_insecure_port(f"127.0.0.1:{port}")
    await server.start()
    print(f"{kind} serving on 127.0.0.1:{port}", flush=True)
    await server.wait_for_termination()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["bare", "floor", "handwritten", "handwritten-audited"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--uri", default="")
    parser.add_argument("--database", default="bench")
    args = parser.parse_args()
    # The same event loop as `modelstore serve`, so only the engine differs between targets.
    event_loop.run(serve(args.kind, args.port, args.uri, args.database), "auto")


if __name__ == "__main__":
    main()
