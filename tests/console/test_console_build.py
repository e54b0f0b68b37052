"""The console's committed build is what its sources build to, and the sources type-check.

The built files (`server/modelstore_server/transport/http/console/`) are committed so that
the server serves the console without Node.js; like the generated stubs, CI fails when they
are stale. Rebuild with `npm run build` in console/ (docs/console.md).
"""

from __future__ import annotations

import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
CONSOLE = ROOT / "console"
BUILT = ROOT / "server" / "modelstore_server" / "transport" / "http" / "console"
BIN = CONSOLE / "node_modules" / ".bin"


def _files(root: pathlib.Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _run(*argv: str) -> None:
    assert (BIN / argv[0]).exists(), "console/node_modules is missing: run ./scripts/setup"
    done = subprocess.run(
        [str(BIN / argv[0]), *argv[1:]], cwd=CONSOLE, capture_output=True, text=True, timeout=90
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_sources_type_check_strictly() -> None:
    _run("tsc", "--noEmit", "-p", "tsconfig.json")


def test_the_committed_build_is_fresh(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "console"
    _run("vite", "build", "--logLevel", "error", "--outDir", str(out), "--emptyOutDir")
    built, committed = _files(out), _files(BUILT)
    assert sorted(built) == sorted(committed), "stale console build: npm run build in console/"
    for name, content in built.items():
        assert committed[name] == content, f"stale {name}: npm run build in console/"
