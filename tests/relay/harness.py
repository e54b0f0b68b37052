"""`modelstore relay` as a real process, as an operator runs it."""

from __future__ import annotations

import asyncio
import contextlib
import os
import pathlib
import signal
import subprocess
import time
from dataclasses import dataclass

from modelstore_server.embedded import launch
from tests.e2e.harness import log_paths, modelstore_command, serve_env


@dataclass
class Relay:
    """A running `modelstore relay`."""

    proc: subprocess.Popen[bytes]
    stdout_path: pathlib.Path
    stderr_path: pathlib.Path

    def output(self) -> str:
        return self.stdout_path.read_text() + self.stderr_path.read_text()

    async def wait_output(self, text: str, within: float = 30) -> None:
        """Wait until `text` appears in the relay's output."""
        deadline = time.monotonic() + within
        while text not in self.output():
            if self.proc.poll() is not None:
                raise AssertionError(f"relay exited {self.proc.returncode}:\n{self.output()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"no {text!r} in {within}s:\n{self.output()}")
            await asyncio.sleep(0.05)

    async def stop(self, sig: signal.Signals = signal.SIGTERM, within: float = 60) -> int:
        self.proc.send_signal(sig)
        return await asyncio.to_thread(self.proc.wait, within)

    async def kill(self) -> None:
        """kill -9: no flush, no save, no clean-up of any kind."""
        self.proc.kill()
        await asyncio.to_thread(self.proc.wait, 10)


def start_relay(
    server: str, bootstrap: str, state_file: pathlib.Path, logs: pathlib.Path, *args: str
) -> Relay:
    stdout_path, stderr_path = log_paths(logs)
    argv = [
        *modelstore_command(),
        "relay",
        "--server",
        server,
        "--bootstrap-servers",
        bootstrap,
        "--state-file",
        str(state_file),
        *args,
    ]
    # SIGKILL should the test process die first: a leftover relay would hold the state lock.
    argv, extra = launch(argv, parent_death_signal=signal.SIGKILL)
    env = serve_env(MODELSTORE_LOG_LEVEL="DEBUG")
    with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
        proc = subprocess.Popen(
            argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env, **extra
        )
    return Relay(proc, stdout_path, stderr_path)


@contextlib.asynccontextmanager
async def relay(
    server: str, bootstrap: str, state_file: pathlib.Path, logs: pathlib.Path, *args: str
):
    """Start a relay; kill it on exit if the test left it running."""
    running = start_relay(server, bootstrap, state_file, logs, *args)
    try:
        yield running
    finally:
        if running.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(running.proc.pid, signal.SIGKILL)
            await asyncio.to_thread(running.proc.wait)
