"""Shared by the benchmark processes: the workload's data, documents and protoset."""

from __future__ import annotations

import datetime as dt
import pathlib
from typing import Any

from google.protobuf import descriptor_pb2
from google.protobuf.descriptor import FileDescriptor

from modelstore.platform.v1 import user_pb2

ROOT = pathlib.Path(__file__).resolve().parent
BUILD = ROOT / ".build"
TENANT = "bench-ws"
COLLECTION = "platform.users"
WORKSPACES = "platform.workspaces"
HOT = 1000
"""Users in the hot set that GetUser reads."""
LIST_FILTER = "status = ACTIVE"
"""ListUsers: this filter, the default order (id), 50 per page: `{workspaceId, _id}` serves it."""
USER_SERVICE = "modelstore.platform.v1.UserService"


def hot_id(i: int) -> str:
    return f"u-{i:07d}"


def update_id(i: int) -> str:
    return f"upd-{i:07d}"


def user_doc(doc_id: str, tenant: str, username: str, etag: str = "seed") -> dict[str, Any]:
    """A user document exactly as Modelstore stores one."""
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    return {
        "_id": doc_id,
        "workspaceId": tenant,
        "username": username,
        "roles": ["member"],
        "status": "active",
        "createdAt": now,
        "updatedAt": now,
        "etag": etag,
    }


def workspace_doc(tenant: str) -> dict[str, Any]:
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    return {
        "_id": tenant,
        "name": tenant,
        "status": "active",
        "createdAt": now,
        "updatedAt": now,
        "etag": "seed",
    }


def protoset() -> pathlib.Path:
    """Write the FileDescriptorSet of the UserService (with its imports) for ghz."""
    BUILD.mkdir(exist_ok=True)
    out = BUILD / "user.protoset"
    files: dict[str, FileDescriptor] = {}

    def walk(fd: FileDescriptor) -> None:
        if fd.name in files:
            return
        for dep in fd.dependencies:
            walk(dep)
        files[fd.name] = fd

    walk(user_pb2.DESCRIPTOR)
    fds = descriptor_pb2.FileDescriptorSet()
    for fd in files.values():
        proto = fds.file.add()
        fd.CopyToProto(proto)
    out.write_bytes(fds.SerializeToString())
    return out
