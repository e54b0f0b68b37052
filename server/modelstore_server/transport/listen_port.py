"""Who may listen on the port: one server, or the workers of one `serve --workers N`.

SO_REUSEPORT lets any process of the same user bind a port that already has listeners
with the option set, and the kernel then splits new connections between them. Left on
for every server, a second `modelstore serve` on a port in use would start silently and
take part of another server's traffic. So:

- A single server binds without SO_REUSEPORT: the kernel refuses a second listener of
  any kind on its port, and refuses it a port that anything else holds.
- The parent of `serve --workers N` takes the port for its group before the workers
  start (`WorkerGroupClaim`): an exclusive lock on a per-user lock file named after the
  port (so two parents starting at once cannot both pass the next step), a probe bind
  without SO_REUSEPORT (fails if anything listens or is bound there), then a guard
  socket bound with SO_REUSEPORT, held until the parent exits. The guard never listens,
  so it receives no connections; it keeps any socket without SO_REUSEPORT (a single
  server, most other programs) off the port while the workers start and run. Only the
  workers, which set SO_REUSEPORT, join it.

Every refusal is a `PortInUse`, which `modelstore serve` prints and exits 1 with.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import pathlib
import socket
import tempfile
from typing import IO


class PortInUse(RuntimeError):
    """The listen address is taken by another server or program."""


def refusal(listen: str, why: str = "") -> PortInUse:
    """Build the error for a taken listen address, saying what to do."""
    detail = f" ({why})" if why else ""
    return PortInUse(
        f"cannot listen on {listen}: the address is already in use{detail}. Another "
        "`modelstore serve` or another program holds it; a second server on one port would "
        "split its traffic, so only the workers of one `serve --workers N` share a port. "
        "Stop the other server or choose another --listen address."
    )


def split(listen: str) -> tuple[str, int]:
    """Return the host (without IPv6 brackets) and port of a `host:port` listen address."""
    host, _, port = listen.rpartition(":")
    return host.strip("[]"), int(port)


def _addresses(listen: str) -> list[tuple[socket.AddressFamily, tuple[str, int]]]:
    """List the socket addresses `listen` binds to (`localhost` can mean two)."""
    host, port = split(listen)
    infos = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    seen: list[tuple[socket.AddressFamily, tuple[str, int]]] = []
    for family, _type, _proto, _name, sockaddr in infos:
        entry = (family, (str(sockaddr[0]), int(sockaddr[1])))
        if family in (socket.AF_INET, socket.AF_INET6) and entry not in seen:
            seen.append(entry)
    return seen


def _bind(
    family: socket.AddressFamily, address: tuple[str, int], reuse_port: bool
) -> socket.socket | None:
    """Bind a socket to `address`; None when this machine has no such address."""
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        # The same SO_REUSEADDR gRPC sets: it only lets a port in TIME_WAIT be reused.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind(address)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRNOTAVAIL:
            return None  # `localhost` naming ::1 on a host without IPv6: gRPC skips it too
        raise
    except BaseException:
        sock.close()
        raise
    return sock


def check_free(listen: str) -> None:
    """Raise `PortInUse` if a listener without our group could not bind `listen` now.

    A probe before the database starts, so a taken port fails in milliseconds rather than
    after the embedded database came up; the bind itself is what enforces it.
    """
    if split(listen)[1] == 0:
        return
    for family, address in _addresses(listen):
        try:
            probe = _bind(family, address, reuse_port=False)
        except OSError as exc:
            raise refusal(listen, exc.strerror or str(exc)) from None
        if probe is not None:
            probe.close()


def lock_dir() -> pathlib.Path:
    """Where the per-port lock files of this user live."""
    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return pathlib.Path(base) / f"modelstore-{os.getuid()}"


class WorkerGroupClaim:
    """The port, held for the workers of one parent (see the module docstring)."""

    def __init__(self, listen: str) -> None:
        self.listen = listen
        self._lock: IO[str] | None = None
        self._guards: list[socket.socket] = []

    def acquire(self) -> None:
        """Take the lock, probe the port, bind the guard; `PortInUse` if taken."""
        port = split(self.listen)[1]
        directory = lock_dir()
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = (directory / f"port-{port}.lock").open("a+")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "another process"
            lock.close()
            raise refusal(self.listen, f"the workers of pid {holder} hold it") from None
        self._lock = lock
        try:
            check_free(self.listen)
            for family, address in _addresses(self.listen):
                if (guard := _bind(family, address, reuse_port=True)) is not None:
                    self._guards.append(guard)
        except BaseException:
            self.release()
            raise
        lock.seek(0)
        lock.truncate()
        lock.write(str(os.getpid()))
        lock.flush()

    def release(self) -> None:
        """Close the guard sockets and drop the lock."""
        for guard in self._guards:
            guard.close()
        self._guards.clear()
        if self._lock is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None
