"""FerretDB v2: the MongoDB wire protocol in front of DocumentDB.

scripts/setup builds the pinned version into its own folder, because `ferretdb` on PATH or
in Go's bin folder may be FerretDB v1, a different program with a different backend.
"""

from __future__ import annotations

import os
import pathlib
import subprocess

from .errors import EmbeddedError
from .process import Child

VERSION = "v2.5.0"
"""The pinned release (scripts/setup-engine builds it; DocumentDB 0.106.0 is its pair)."""


def find_binary(explicit: str | None = None) -> str:
    """MODELSTORE_FERRETDB_BIN as given, else the one scripts/setup built; it must be v2."""
    if explicit:
        path = explicit
    else:
        home = os.environ.get("MODELSTORE_ENGINE_HOME") or str(
            pathlib.Path.home() / ".local" / "share" / "modelstore"
        )
        path = str(pathlib.Path(home) / f"ferretdb-{VERSION}" / "ferretdb")
    if not os.access(path, os.X_OK) or os.path.isdir(path):
        origin = "MODELSTORE_FERRETDB_BIN" if explicit else "scripts/setup"
        raise EmbeddedError(
            f"FerretDB v2 is not installed at {path} ({origin}); run ./scripts/setup, "
            "or set MONGODB_URI to use another database"
        )
    version = subprocess.run(
        [path, "--version"], capture_output=True, text=True, timeout=10, check=False
    ).stdout
    if "version: v2." not in version:
        raise EmbeddedError(f"{path} is not FerretDB v2 ({version.splitlines()[:1]})")
    return path


def child(binary: str, postgres_url: str, port: int, data_dir: pathlib.Path) -> Child:
    """Return the FerretDB process: loopback only, no auth (trust on loopback), telemetry off."""
    state_dir = data_dir / "ferretdb-state"
    state_dir.mkdir(parents=True, exist_ok=True)
    args = [
        binary,
        f"--postgresql-url={postgres_url}",
        f"--listen-addr=127.0.0.1:{port}",
        f"--state-dir={state_dir}",
        "--debug-addr=-",
        "--telemetry=disable",
        "--no-auth",
        "--log-level=warn",
    ]
    env = {**os.environ, "FERRETDB_TELEMETRY": "disable"}
    return Child("ferretdb", args, data_dir / "ferretdb.log", env=env)
