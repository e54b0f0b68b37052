"""The data console in a real browser (issue 19, point 4).

A live `modelstore serve` on the embedded database, with a callers file (so the console
must send a token) and `--http-listen` on a loopback port, serving the console's committed
build at `/` by default; then `console/tests/console.test.mjs`, a `node --test` suite that
drives Debian's Chromium through playwright-core: it lists the packages, browses to
platform users, filters, orders and pages, opens one, edits it with a mask, gets ABORTED
on a stale etag, creates and deletes, and watches the change feed.

Its screenshots go to a scratch folder; with `MODELSTORE_CONSOLE_SCREENSHOTS=docs/console`
they replace the ones docs/console.md shows.
"""

from __future__ import annotations

import asyncio
import os
import pathlib
import shutil

from modelstore_server.embedded import free_port
from modelstore_server.security.callers import new_token
from tests.e2e.harness import serve

ROOT = pathlib.Path(__file__).resolve().parents[2]
CONSOLE = ROOT / "console"
CHROMIUM = pathlib.Path("/usr/bin/chromium")
NODE_TIMEOUT = 90
NODE_CASES = 6  # the test() calls of console.test.mjs
SHOTS = ("packages", "entity-list", "document", "edit-conflict", "change-feed")


def _node() -> str:
    """Return node, once the browser and playwright-core are known to be in place."""
    node = shutil.which("node")
    assert node, "node is not on PATH (scripts/setup installs the toolchain)"
    assert CHROMIUM.exists(), "Chromium is missing: run ./scripts/setup (setup.d/console.sh)"
    assert (CONSOLE / "node_modules" / "playwright-core").is_dir(), (
        "console/node_modules is missing: run ./scripts/setup (npm ci in console)"
    )
    return node


async def test_the_console_in_chromium(data_dir: pathlib.Path, tmp_root: pathlib.Path) -> None:
    node = _node()
    scratch = tmp_root / f"console-{data_dir.name}"
    scratch.mkdir()
    token, digest = new_token()
    callers = scratch / "callers.yaml"
    callers.write_text(
        "callers:\n"
        f"  - name: console\n    token_sha256: {digest}\n"
        '    tenants: "*"\n    rights: [read, write]\n'
    )
    shots = pathlib.Path(os.environ.get("MODELSTORE_CONSOLE_SCREENSHOTS") or scratch / "shots")
    shots = shots if shots.is_absolute() else ROOT / shots
    shots.mkdir(parents=True, exist_ok=True)
    http = f"127.0.0.1:{free_port()}"
    args = ["--http-listen", http, "--credentials", str(callers)]
    async with serve(data_dir, scratch / "logs", args) as served:
        proc = await asyncio.create_subprocess_exec(
            node,
            "--test",
            "--test-reporter=tap",
            "tests/console.test.mjs",
            cwd=CONSOLE,
            env={
                **os.environ,
                "CONSOLE_URL": f"http://{http}",
                "CONSOLE_TOKEN": token,
                "CONSOLE_SCREENSHOTS": str(shots),
            },
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        try:
            output, _ = await asyncio.wait_for(proc.communicate(), NODE_TIMEOUT)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
        text = output.decode(errors="replace")
        assert proc.returncode == 0, f"{text}\n{served.output()}"
    # Every case ran: none skipped, none left out by a filter.
    for line in (f"pass {NODE_CASES}", "fail 0", "skipped 0", "todo 0"):
        assert f"# {line}\n" in text, text
    for name in SHOTS:
        assert (shots / f"{name}.png").stat().st_size > 10_000, name
