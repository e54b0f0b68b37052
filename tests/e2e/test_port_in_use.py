"""End to end: a second `modelstore serve` on a port in use fails at start, exit 1.

SO_REUSEPORT would let it bind and take part of the first server's connections; only the
workers of one `serve --workers N` may share a port (transport/listen_port.py). Covered:
a single server, and a group of workers, each against a second single server and a
second group; the first keeps serving throughout, and a port held by an unrelated program
is refused the same way.
"""

from __future__ import annotations

import asyncio
import pathlib
import socket
import subprocess
import time
import uuid

import grpc
import pytest
from grpc_health.v1 import health_pb2_grpc

from modelstore_server.embedded import free_port
from tests.e2e.harness import SERVING, health_status, modelstore_command, serve, serve_env


def second_server(address: str, tmp_root: pathlib.Path, *args: str) -> tuple[int, str, float]:
    """Run another `modelstore serve` on `address`; return its exit code, output, seconds."""
    data = tmp_root / f"second-{uuid.uuid4().hex[:8]}"
    data.mkdir()
    data.chmod(0o711)
    started = time.monotonic()
    result = subprocess.run(
        [*modelstore_command(), "--data-dir", str(data), "serve", "--listen", address, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=serve_env(),
        stdin=subprocess.DEVNULL,
        check=False,
    )
    return result.returncode, result.stdout + result.stderr, time.monotonic() - started


async def still_serving(address: str) -> None:
    async with grpc.aio.insecure_channel(address) as channel:
        assert await health_status(health_pb2_grpc.HealthStub(channel)) == SERVING


def assert_refused(code: int, output: str, seconds: float, address: str) -> None:
    assert code == 1, output
    assert f"cannot listen on {address}: the address is already in use" in output, output
    assert "Traceback" not in output, output
    # Refused before the embedded database started: no cluster was made.
    assert "initdb" not in output, output
    assert seconds < 30, seconds


@pytest.mark.parametrize("first", [[], ["--workers", "2"]], ids=["single", "workers"])
async def test_a_second_server_on_the_port_fails_at_start(
    first: list[str], data_dir: pathlib.Path, tmp_root: pathlib.Path
) -> None:
    logs = tmp_root / f"logs-{data_dir.name}"
    async with serve(data_dir, logs, first) as served:
        if first:  # the group's workers are up, not only the parent's port claim
            for _ in range(300):
                if served.stdout_path.read_text().count("modelstore serving on") >= 3:
                    break
                await asyncio.sleep(0.1)
        for second in ([], ["--workers", "2"]):
            code, output, seconds = await asyncio.to_thread(
                second_server, served.address, tmp_root, *second
            )
            assert_refused(code, output, seconds, served.address)
            await still_serving(served.address)
        assert served.proc.poll() is None, served.output()


@pytest.mark.parametrize("args", [[], ["--workers", "2"]], ids=["single", "workers"])
async def test_a_port_held_by_another_program_is_refused(
    args: list[str], tmp_root: pathlib.Path
) -> None:
    port = free_port()
    with socket.socket() as other:
        other.bind(("127.0.0.1", port))
        other.listen()
        code, output, seconds = await asyncio.to_thread(
            second_server, f"127.0.0.1:{port}", tmp_root, *args
        )
    assert_refused(code, output, seconds, f"127.0.0.1:{port}")
