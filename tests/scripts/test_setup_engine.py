"""scripts/setup-engine: idempotent, and it never replaces a newer install silently.

Both run the real script on this machine (setup has installed the engine before the tests
run): once as it is, once against a PostgreSQL whose extension folder already holds newer
versions of every part (a `pg_config` naming another share folder, as a packaged newer
install would).
"""

from __future__ import annotations

import os
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "setup-engine"


def run(env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
        check=False,
    )


def test_a_second_run_builds_nothing() -> None:
    done = run()
    assert done.returncode == 0, done.stderr
    assert "building" not in done.stdout
    assert "engine: PostgreSQL" in done.stdout
    assert "documentdb 0.106-0" in done.stdout
    assert "FerretDB v2.5.0" in done.stdout


def test_newer_installs_are_kept_and_reported(tmp_path: pathlib.Path) -> None:
    extension = tmp_path / "share" / "extension"
    extension.mkdir(parents=True)
    for name, version in (("pg_cron", "1.7"), ("vector", "0.9.1"), ("documentdb", "0.107-0")):
        (extension / f"{name}.control").write_text(f"default_version = '{version}'\n")
    pg_config = tmp_path / "pg_config"
    pg_config.write_text(
        "#!/bin/sh\n"
        f'case "$1" in --sharedir) echo {tmp_path / "share"};; '
        "--version) echo 'PostgreSQL 15.99';; esac\n"
    )
    pg_config.chmod(0o755)
    done = run({"MODELSTORE_PG_CONFIG": str(pg_config)})
    assert done.returncode == 0, done.stderr
    assert "building" not in done.stdout, done.stdout
    for line in (
        "pg_cron 1.7 is installed, newer than the pinned 1.6: kept as it is",
        "vector 0.9.1 is installed, newer than the pinned 0.8.0: kept as it is",
        "documentdb 0.107-0 is installed, newer than the pinned 0.106-0: kept as it is",
    ):
        assert line in done.stdout, done.stdout
    # What it reports is what it found, not the pins.
    assert "documentdb 0.107-0, pg_cron 1.7, vector 0.9.1" in done.stdout
