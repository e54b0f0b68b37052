"""Smoke program of the Python client: one pass over the main features against a live server.

Usage: python3 clients/python/examples/smoke.py [HOST:PORT]   (default 127.0.0.1:50051)

Set MODELSTORE_TOKEN when the server has a credentials file. Steps: create a workspace;
create two users in it through a channel bound to that tenant; list them with a filter,
one per page, through the pager; update one with a field mask; check that a duplicate
username is an `AlreadyExistsError` with reason `ALREADY_EXISTS_UNIQUE`; delete the users
and the workspace. Exits 1 with a message on the first step that goes wrong.
"""

from __future__ import annotations

import os
import sys
import uuid

from google.protobuf import field_mask_pb2

from modelstore.client import AlreadyExistsError, ModelstoreError, connect, paginate
from modelstore.platform.v1 import user_pb2, user_pb2_grpc
from modelstore.platform.v1 import workspace_pb2 as ws_pb2
from modelstore.platform.v1 import workspace_pb2_grpc as ws_grpc


def check(condition: bool, what: str) -> None:
    """Stop the program with a message when a condition fails."""
    if not condition:
        raise SystemExit(f"python smoke: FAILED: {what}")


def main(target: str) -> None:
    """Run every step against the server at `target`."""
    token = os.environ.get("MODELSTORE_TOKEN") or None
    run = uuid.uuid4().hex[:8]
    workspace_id = f"smoke-py-{run}"

    with connect(target, token=token, tenant=workspace_id) as channel:
        workspaces = ws_grpc.WorkspaceServiceStub(channel)
        users = user_pb2_grpc.UserServiceStub(channel)

        made = workspaces.CreateWorkspace(
            ws_pb2.CreateWorkspaceRequest(
                workspace=ws_pb2.Workspace(id=workspace_id, name="Python Smoke"),
                request_id=f"ws-{run}",
            )
        )
        check(made.workspace.id == workspace_id, "create workspace")
        print(f"created workspace {workspace_id}")

        names = [f"py-ada-{run}", f"py-bob-{run}"]
        created = []
        for name in names:
            # workspace_id is left empty: the server fills it from x-tenant-id.
            response = users.CreateUser(
                user_pb2.CreateUserRequest(
                    user=user_pb2.User(username=name, roles=["smoke"]),
                    request_id=f"{name}-create",
                )
            )
            check(response.user.workspace_id == workspace_id, f"tenant of {name}")
            created.append(response.user)
        print(f"created users {', '.join(u.id for u in created)}")

        request = user_pb2.ListUsersRequest(
            filter='status = ACTIVE AND roles:"smoke"', order_by="username"
        )
        listed = [
            u.username
            for u in paginate(users.ListUsers, request, page_size=1, item_type=user_pb2.User)
        ]
        check(listed == names, f"paged list: {listed}")
        print(f"listed {len(listed)} users one page at a time")

        updated = users.UpdateUser(
            user_pb2.UpdateUserRequest(
                user=user_pb2.User(id=created[0].id, roles=["smoke", "admin"]),
                update_mask=field_mask_pb2.FieldMask(paths=["roles"]),
            )
        ).user
        check(list(updated.roles) == ["smoke", "admin"], "update roles")
        check(updated.username == names[0], "update left the username alone")
        check(updated.etag != created[0].etag, "update changed the etag")
        print(f"updated {updated.id} roles to {list(updated.roles)}")

        try:
            users.CreateUser(user_pb2.CreateUserRequest(user=user_pb2.User(username=names[1])))
        except AlreadyExistsError as exc:
            check(exc.reason == "ALREADY_EXISTS_UNIQUE", f"duplicate reason {exc.reason}")
            print(f"duplicate username: {exc.code().name} {exc.reason}")
        else:
            check(False, "a duplicate username was accepted")

        for user in created:
            users.DeleteUser(user_pb2.DeleteUserRequest(id=user.id))
        workspaces.DeleteWorkspace(ws_pb2.DeleteWorkspaceRequest(id=workspace_id))
        print("deleted the users and the workspace")
    print("python smoke: ok")


if __name__ == "__main__":
    try:
        main(sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:50051")
    except ModelstoreError as error:
        raise SystemExit(f"python smoke: FAILED: {error}") from error
