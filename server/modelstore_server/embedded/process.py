"""One supervised child process: spawned in its own process group, dying with the server.

Children get a signal when the server dies (PR_SET_PDEATHSIG), so a server killed with
kill -9 never leaves a database holding its data directory; they have their own process
group, so a terminal's Ctrl-C reaches only the server, which drains its RPCs first and then
stops the children in order.

Children are started through util-linux's `setpriv`, which sets the death signal (and, for
the cluster, the unprivileged user) and then execs the program. That keeps Python code out
of the forked child: with a `preexec_fn` or `user=`, CPython must fork() instead of vfork(),
fork() runs gRPC's fork handlers, and those crashed the child now and then (SIGSEGV in a
gRPC `event_engine` thread before the exec; seen as PostgreSQL "exiting" with code -11).
Where `setpriv` is missing, the pre-exec hook is the fallback.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import os
import pathlib
import pwd
import shutil
import signal
import socket
import subprocess
from collections.abc import Callable, Sequence
from typing import IO, Any

_PR_SET_PDEATHSIG = 1


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def die_with_parent(sig: signal.Signals = signal.SIGTERM) -> Callable[[], None]:
    """Return a pre-exec hook after which the child gets `sig` when this process dies.

    It runs after the child's setuid (CPython applies `user=` before `preexec_fn`), so the
    setting survives the credential change, which would otherwise clear it. libc is looked
    up here, in the parent: loading a library in a forked child of a threaded process can
    deadlock on the loader's lock.
    """
    try:
        prctl: Callable[..., int] | None = ctypes.CDLL("libc.so.6", use_errno=True).prctl
    except (OSError, AttributeError):
        prctl = None

    def hook() -> None:
        if prctl is not None:
            prctl(_PR_SET_PDEATHSIG, int(sig))

    return hook


def launch(
    args: Sequence[str],
    *,
    user: str | None = None,
    parent_death_signal: signal.Signals | None = None,
) -> tuple[list[str], dict[str, Any]]:
    """Return the argv and extra `subprocess.Popen` arguments that start `args`.

    The program runs as `user` (None: as ourselves) and gets `parent_death_signal` (None:
    nothing) when this process dies.
    """
    setpriv = shutil.which("setpriv")
    if setpriv is not None:
        prefix = [setpriv]
        if parent_death_signal is not None:
            prefix += ["--pdeathsig", parent_death_signal.name]
        if user is not None:
            gid = pwd.getpwnam(user).pw_gid
            prefix += ["--reuid", user, "--regid", str(gid), "--clear-groups"]
        return [*prefix, "--", *args], {}
    extra: dict[str, Any] = {}
    if user is not None:
        extra.update(user=user, group=pwd.getpwnam(user).pw_gid, extra_groups=[])
    if parent_death_signal is not None:
        extra["preexec_fn"] = die_with_parent(parent_death_signal)
    return list(args), extra


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
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

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
        argv, extra = launch(
            self.args, user=self.user, parent_death_signal=self.parent_death_signal
        )
        self._proc = subprocess.Popen(
            argv,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=self.env,
            process_group=0,
            **extra,
        )

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
