"""Profile the server's hot path (GetUser, UpdateUser) with pyinstrument.

Starts the embedded database and the real server in this process, seeds a tenant, then profiles only
the server side: the profiler runs inside the handler task (a server interceptor starts
and stops it around each call), so the client's cost is not counted.

    python -m bench.profile_hot_path [--calls 2000]

Writes bench/results/profile-<workload>.txt.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import pathlib
import tempfile
import uuid
from typing import Any

import grpc
from google.protobuf import field_mask_pb2
from pyinstrument import Profiler

from modelstore.platform.v1 import user_pb2, user_pb2_grpc
from modelstore.platform.v1 import workspace_pb2 as ws_pb2
from modelstore.platform.v1 import workspace_pb2_grpc as ws_grpc
from modelstore_server.app import Modelstore
from modelstore_server.config import Settings
from modelstore_server.embedded import EmbeddedDatabase
from modelstore_server.security.encryption import Keyring

RESULTS = pathlib.Path(__file__).parent / "results"


class ProfilingInterceptor(grpc.aio.ServerInterceptor):
    """Profiles the handler of every call while `enabled`."""

    def __init__(self) -> None:
        self.profiler = Profiler(async_mode="disabled", interval=0.0002)
        self.enabled = False

    async def intercept_service(self, continuation: Any, details: Any) -> Any:
        handler = await continuation(details)
        if handler is None or handler.unary_unary is None or not self.enabled:
            return handler
        inner = handler.unary_unary
        profiler = self.profiler

        async def profiled(request: Any, context: Any) -> Any:
            profiler.start()
            try:
                return await inner(request, context)
            finally:
                profiler.stop()

        return grpc.unary_unary_rpc_method_handler(
            profiled,
            request_deserializer=handler.request_deserializer,
            response_serializer=handler.response_serializer,
        )


async def main(calls: int) -> None:
    RESULTS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o711)  # the embedded PostgreSQL's own user must reach it as root
        embedded = EmbeddedDatabase(pathlib.Path(tmp))
        uri = await embedded.start()
        settings = Settings()
        settings.listen = "127.0.0.1:0"
        settings.mongodb_uri = uri
        settings.database = "profile"
        settings.data_dir = pathlib.Path(tmp)
        settings.encryption_keys = Keyring.generate_spec("p1")
        app = Modelstore(settings)
        interceptor = ProfilingInterceptor()
        original = grpc.aio.server

        def server_with_profiler(*args: Any, **kwargs: Any) -> Any:
            kwargs["interceptors"] = [*(kwargs.get("interceptors") or []), interceptor]
            return original(*args, **kwargs)

        grpc.aio.server = server_with_profiler  # type: ignore[assignment]
        try:
            await app.start()
        finally:
            grpc.aio.server = original  # type: ignore[assignment]
        try:
            async with grpc.aio.insecure_channel(app.address) as ch:
                md = (("x-tenant-id", "prof"),)
                await ws_grpc.WorkspaceServiceStub(ch).CreateWorkspace(
                    ws_pb2.CreateWorkspaceRequest(workspace=ws_pb2.Workspace(id="prof", name="P"))
                )
                users = user_pb2_grpc.UserServiceStub(ch)
                ids = []
                for i in range(100):
                    u = await users.CreateUser(
                        user_pb2.CreateUserRequest(
                            user=user_pb2.User(username=f"u{i}-{uuid.uuid4().hex[:6]}")
                        ),
                        metadata=md,
                    )
                    ids.append(u.user)
                for name, call in (
                    (
                        "get",
                        lambda i: users.GetUser(
                            user_pb2.GetUserRequest(id=ids[i % 100].id), metadata=md
                        ),
                    ),
                    (
                        "create",
                        lambda i: users.CreateUser(
                            user_pb2.CreateUserRequest(
                                user=user_pb2.User(username=f"c{i}-{uuid.uuid4().hex[:6]}")
                            ),
                            metadata=md,
                        ),
                    ),
                    (
                        "update",
                        lambda i: users.UpdateUser(
                            user_pb2.UpdateUserRequest(
                                user=user_pb2.User(id=ids[i % 100].id, roles=[f"r{i}"]),
                                update_mask=field_mask_pb2.FieldMask(paths=["roles"]),
                            ),
                            metadata=md,
                        ),
                    ),
                ):
                    interceptor.profiler = Profiler(async_mode="disabled", interval=0.0002)
                    interceptor.enabled = True
                    for i in range(calls):
                        await call(i)
                    interceptor.enabled = False
                    text = interceptor.profiler.output_text(unicode=False, color=False)
                    (RESULTS / f"profile-{name}.txt").write_text(text)
                    print(f"--- {name}: {calls} calls, bench/results/profile-{name}.txt")
                    print("\n".join(text.splitlines()[:40]))
        finally:
            await app.stop(grace=0)
            await embedded.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=2000)
    asyncio.run(main(parser.parse_args().calls))
