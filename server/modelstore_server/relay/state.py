"""The relay's position: the last resume token whose events Kafka acknowledged.

The file is small JSON (`{"version": 1, "resume_token": "...", "saved_at": "..."}`), so an
operator can read it, back it up, or delete it to start again. It is replaced atomically:
write a temporary file in the same folder, fsync it, rename it over the old one, fsync the
folder. After a crash (kill -9, power loss) the file holds either the previous position or
the new one, never a torn mix; and because the relay saves a token only after Kafka has
acknowledged every event up to it, either is safe to resume from.

One relay per state file: the relay holds an exclusive `flock` on `<path>.lock` while it
runs, so a second relay on the same file fails at start instead of interleaving positions.
The kernel drops the lock when the process ends, however it ends.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import pathlib
import tempfile
from typing import Any

_VERSION = 1


class StateError(Exception):
    """The state file cannot be used: unreadable, malformed, or in use by another relay."""


class StateFile:
    """The position of one relay, read at start and replaced after each delivered batch."""

    def __init__(self, path: pathlib.Path) -> None:
        self.path = path
        self._lock_fd: int | None = None

    def lock(self) -> None:
        """Take the exclusive lock, or raise StateError naming the file another relay holds.

        Also removes what an interrupted save left behind.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_path = self.path.with_name(self.path.name + ".lock")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StateError(
                f"{self.path} is in use by another relay ({lock_path} is locked)"
            ) from None
        self._lock_fd = fd
        # A temporary file is all a crash mid-save leaves behind; with the lock held no
        # other save is running, so every one left is stale.
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()

    def unlock(self) -> None:
        """Release the lock (closing the descriptor releases the flock)."""
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def load(self) -> str | None:
        """Return the saved resume token, or None when no position was ever saved."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StateError(f"cannot read {self.path}: {exc}") from None
        try:
            data: Any = json.loads(raw)
        except ValueError:
            raise StateError(f"{self.path} is not JSON; delete it to start afresh") from None
        if not isinstance(data, dict) or data.get("version") != _VERSION:
            raise StateError(f"{self.path} is not a version {_VERSION} relay state file")
        token = data.get("resume_token")
        if not isinstance(token, str) or not token:
            raise StateError(f"{self.path} has no resume_token")
        return token

    def save(self, resume_token: str) -> None:
        """Replace the saved position with `resume_token`, atomically and durably."""
        body = json.dumps(
            {
                "version": _VERSION,
                "resume_token": resume_token,
                "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
            }
        ).encode()
        folder = self.path.parent
        fd, temp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(body + b"\n")
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
            raise
        # The rename is durable only once the folder's entry is on disk.
        dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
