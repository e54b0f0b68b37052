"""What the fuzz suite found, pinned as plain tests (each once a failing example).

- UpdateX with `allow_missing` on a tenant entity, with another tenant's id in the header:
  the visibility filter matched nothing, so the upsert inserted a document whose `_id` the
  database made up (an ObjectId), which List showed and Get could not find.
- UpdateX with `allow_missing` and a mask that leaves `id` out: request validation checks
  the masked paths only, so an id of 3000 `é` was upserted, which List showed and Get
  refused (too long). The store now applies the id rule wherever a write may create.
"""

from __future__ import annotations

import grpc
import pytest
from google.protobuf import field_mask_pb2

from modelstore.auth.v1 import session_pb2, session_pb2_grpc
from modelstore.platform.v1 import workspace_pb2, workspace_pb2_grpc
from tests.support import expect_error


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


async def test_allow_missing_upsert_checks_the_id_outside_its_mask(
    channel: grpc.aio.Channel,
) -> None:
    stub = session_pb2_grpc.SessionServiceStub(channel)
    odd = "é" * 3000
    request = session_pb2.UpdateSessionRequest(
        session=session_pb2.Session(id=odd, user_agent="ua/1"),
        update_mask=field_mask_pb2.FieldMask(paths=["user_agent"]),
        allow_missing=True,
    )
    got = await expect_error(stub.UpdateSession(request), grpc.StatusCode.INVALID_ARGUMENT)
    assert [field for field, _ in got.violations] == ["session.id"]
