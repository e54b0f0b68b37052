"""Writes through gRPC whose acknowledgements are recorded, per entity, in order."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass, field

import grpc
from google.protobuf import field_mask_pb2

from modelstore.platform.v1 import user_pb2, user_pb2_grpc, workspace_pb2, workspace_pb2_grpc

WORKSPACE = "modelstore.platform.v1.Workspace"
USER = "modelstore.platform.v1.User"

Write = tuple[str, str]
"""(operation as the feed names it, etag the write returned; "" for a hard delete)."""


@dataclass
class EntityWriters:
    """Concurrent loops, each making one workspace and one user and changing them in turn.

    Per loop: create a workspace, create a user in it, rename the workspace, change the
    user's roles, delete the user, rename the workspace again. One loop owns its entities,
    so each entity's acknowledged writes are in commit order.
    """

    address: str
    prefix: str
    acked: dict[tuple[str, str], list[Write]] = field(default_factory=lambda: defaultdict(list))
    """(entity type, id) -> its acknowledged writes, in order."""
    _stop: asyncio.Event = field(default_factory=asyncio.Event)
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def start(self, concurrency: int) -> None:
        for n in range(concurrency):
            self._tasks.append(asyncio.create_task(self._loop(n)))

    @property
    def count(self) -> int:
        return sum(len(writes) for writes in self.acked.values())

    async def _loop(self, n: int) -> None:
        async with grpc.aio.insecure_channel(self.address) as channel:
            workspaces = workspace_pb2_grpc.WorkspaceServiceStub(channel)
            users = user_pb2_grpc.UserServiceStub(channel)
            for i in range(100_000):  # bounded: the test stops the loops long before
                if self._stop.is_set():
                    return
                await self._round(workspaces, users, f"{self.prefix}-{n}-{i:05d}")

    async def _round(
        self,
        workspaces: workspace_pb2_grpc.WorkspaceServiceAsyncStub,
        users: user_pb2_grpc.UserServiceAsyncStub,
        wid: str,
    ) -> None:
        uid = f"{wid}-u"
        tenant = (("x-tenant-id", wid),)
        ws, user = (WORKSPACE, wid), (USER, uid)
        created = await workspaces.CreateWorkspace(
            workspace_pb2.CreateWorkspaceRequest(
                workspace=workspace_pb2.Workspace(id=wid, name=f"{wid} v1")
            ),
            timeout=15,
        )
        self.acked[ws].append(("CREATE", created.workspace.etag))
        made = await users.CreateUser(
            user_pb2.CreateUserRequest(
                user=user_pb2.User(id=uid, workspace_id=wid, username="ada", roles=["viewer"])
            ),
            metadata=tenant,
            timeout=15,
        )
        self.acked[user].append(("CREATE", made.user.etag))
        for version in (2, 3):
            renamed = await workspaces.UpdateWorkspace(
                workspace_pb2.UpdateWorkspaceRequest(
                    workspace=workspace_pb2.Workspace(id=wid, name=f"{wid} v{version}"),
                    update_mask=field_mask_pb2.FieldMask(paths=["name"]),
                ),
                timeout=15,
            )
            self.acked[ws].append(("UPDATE", renamed.workspace.etag))
            if version == 2:
                changed = await users.UpdateUser(
                    user_pb2.UpdateUserRequest(
                        user=user_pb2.User(id=uid, roles=["admin"]),
                        update_mask=field_mask_pb2.FieldMask(paths=["roles"]),
                    ),
                    metadata=tenant,
                    timeout=15,
                )
                self.acked[user].append(("UPDATE", changed.user.etag))
                await users.DeleteUser(
                    user_pb2.DeleteUserRequest(id=uid), metadata=tenant, timeout=15
                )
                self.acked[user].append(("DELETE", ""))

    async def stop(self, *, check: bool = True) -> None:
        """Stop after the current round; re-raise any write's failure when `check`."""
        self._stop.set()
        results = await asyncio.gather(*self._tasks, return_exceptions=True)
        failures = [r for r in results if isinstance(r, BaseException)]
        if check and failures:
            raise failures[0]
