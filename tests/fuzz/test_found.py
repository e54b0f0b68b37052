"""What the fuzz suite found, pinned as plain tests (each once a failing example).

- UpdateX with `allow_missing` on a tenant entity, with another tenant's id in the header:
  the visibility filter matched nothing, so the upsert inserted a document whose `_id` the
  database made up (an ObjectId), which List showed and Get could not find.
"""

from __future__ import annotations

import grpc
import pytest

from modelstore.platform.v1 import workspace_pb2, workspace_pb2_grpc


async def test_allow_missing_upsert_of_another_tenants_id_is_refused(
    channel: grpc.aio.Channel, tenant: str
) -> None:
    stub = workspace_pb2_grpc.WorkspaceServiceStub(channel)
    other = f"{tenant}-other"
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.UpdateWorkspace(
            workspace_pb2.UpdateWorkspaceRequest(
                workspace=workspace_pb2.Workspace(id=other, name="x"), allow_missing=True
            ),
            metadata=(("x-tenant-id", tenant),),
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED
    listed = await stub.ListWorkspaces(workspace_pb2.ListWorkspacesRequest(page_size=1000))
    for workspace in listed.workspaces:  # nothing was inserted under an invented id
        got = await stub.GetWorkspace(workspace_pb2.GetWorkspaceRequest(id=workspace.id))
        assert got.workspace.id == workspace.id
    # The caller's own id still upserts.
    made = await stub.UpdateWorkspace(
        workspace_pb2.UpdateWorkspaceRequest(
            workspace=workspace_pb2.Workspace(id=tenant, name="mine"), allow_missing=True
        ),
        metadata=(("x-tenant-id", tenant),),
    )
    assert made.workspace.id == tenant
