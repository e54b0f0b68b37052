"""One supervised child process: spawned in its own process group, dying with the server.

Children get a signal when the server dies (PR_SET_PDEATHSIG), so a server killed with
kill -9 never leaves a database holding its data directory; they have their own process
group, so a terminal's Ctrl-C reaches only the server, which drains its RPCs first and then
stops the children in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import os
import pathlib
import signal
import socket
import subprocess
from collections.abc import Callable, Sequence
from typing import IO

_PR_SET_PDEATHSIG = 1


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def die_with_parent(sig: signal.Signals = signal.SIGTERM) -> Callable[[], None]:
    """Return a pre-exec hook after which the child gets `sig` when this process dies.

    It runs after the child's setuid (CPython applies `user=` before `preexec_fn`), so the
    setting survives the credential change, which would otherwise clear it.
    """

    def hook() -> None:
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, int(sig))

    return hook


class Child:
    """A child process with its output appended to a log file."""

    def __init__(
        self,
        name: str,
        args: Sequence[str],
        log_path: pathlib.Path,
        *,
        user: str | None = None,
        env: dict[str, str] | None = None,
        parent_death_signal: signal.Signals = signal.SIGTERM,
    ) -> None:
        self.name = name
        self.args = list(args)
        self.log_path = log_path
        self.user = user
        self.env = env
        self.parent_death_signal = parent_death_signal
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def pid(self) -> int | None:
        """The process id while it runs."""
        return self._proc.pid if self.running() else None

    def running(self) -> bool:
        """Whether the process was started and has not exited."""
        return self._proc is not None and self._proc.poll() is None

    def returncode(self) -> int | None:
        """Return the exit status once it has exited."""
        return None if self._proc is None else self._proc.poll()

    def spawn(self) -> None:
        """Start the process (it must not be running)."""
        assert not self.running(), f"{self.name} is already running"
        self._close_log()
        self._log = self.log_path.open("ab")
        self._proc = subprocess.Popen(
            self.args,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=self.env,
            user=self.user,
            group=self._group(),
            extra_groups=[] if self.user else None,
            preexec_fn=die_with_parent(self.parent_death_signal),
            process_group=0,
        )

    def _group(self) -> int | None:
        if self.user is None:
            return None
        import pwd

        return pwd.getpwnam(self.user).pw_gid

    async def stop(self, sig: signal.Signals, kill_after: float) -> None:
        """Send `sig`, wait up to `kill_after` seconds, then SIGKILL."""
        proc = self._proc
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(sig)
            try:
                await asyncio.to_thread(proc.wait, kill_after)
            except subprocess.TimeoutExpired:
                self.kill()
        self._close_log()

    def kill(self) -> None:
        """SIGKILL the process and reap it (tests use this to make a child vanish)."""
        proc = self._proc
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait()

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None
