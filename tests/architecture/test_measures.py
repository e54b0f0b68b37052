"""The architecture's measures (docs/architecture.md) hold, counted from the code."""

from __future__ import annotations

import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import measure_architecture  # noqa: E402


def test_one_write_path_and_one_tenancy_decision() -> None:
    got = measure_architecture.measure(ROOT / "server" / "modelstore_server")
    assert got["raw collection access outside storage"] == 0
    assert got["pymongo imports outside storage"] == 0
    assert got["places that make an etag"] == 1
    assert got["places that read the tenant header"] == 1
    assert got["domain RPCs"] >= 25


def test_layers_driver_and_cycle_contracts() -> None:
    """`lint-imports`: layers, only storage imports pymongo, the relay is a client, no cycles."""
    done = subprocess.run(
        [shutil.which("lint-imports") or "lint-imports", "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 kept, 0 broken" in done.stdout
