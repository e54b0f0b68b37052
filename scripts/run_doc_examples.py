"""Run every example of the docs (README.md and docs/*.md) against a live server.

Used by scripts/smoke.d/doc-examples.sh, so no documented example can rot. Every fenced
block with a language is an example and is checked:

- `sh` / `bash` / `shell`: run with `bash -euo pipefail` against the server at `$ADDR`
  (the smoke server), whose HTTP/JSON listener is at `$HTTP_ADDR`. The docs write the
  default addresses, `127.0.0.1:50051` and `127.0.0.1:8080` (docs/http.md); they are
  rewritten to `$ADDR` and `$HTTP_ADDR`, so a block reads as a user would type it.
- `python`: compiled (the docs show fragments of the server's code, not programs).
- `yaml`, `json`: parsed.

Blocks without a language are text (diagrams, layouts), not examples. The comment on the
line before a block changes how it is checked:

- `<!-- ci: credentials -->`: run against a second server, started here with a callers
  file (one caller, every tenant, read and write), with its token in `$MODELSTORE_TOKEN`.
- `<!-- ci: skip: REASON -->`: not run; the reason is printed. Only for what cannot run
  inside the smoke test itself (installing the machine, running the whole test, the
  30-minute benchmark); every skip is listed in the output.

Every block is checked and every failure reported; the exit status is 1 if any failed.
"""

from __future__ import annotations

import contextlib
import json
import os
import pathlib
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_ADDR = "127.0.0.1:50051"
DEFAULT_HTTP_ADDR = "127.0.0.1:8080"
_FENCE = re.compile(
    r"(?:^<!--\s*ci:\s*(?P<marker>[^>]*?)\s*-->\n)?^```(?P<lang>[A-Za-z]+)\n(?P<body>.*?)^```",
    re.S | re.M,
)
SHELL = ("sh", "bash", "shell")


@dataclass(frozen=True)
class Block:
    """One fenced example of a Markdown file."""

    path: pathlib.Path
    line: int
    lang: str
    body: str
    marker: str
    """The text of the `<!-- ci: ... -->` comment before it, or ""."""

    @property
    def name(self) -> str:
        """`path:line` of the block's fence, relative to the checkout when inside it."""
        path = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
        return f"{path}:{self.line}"

    @property
    def skip_reason(self) -> str | None:
        """Why the block is not run (`<!-- ci: skip: REASON -->`), or None."""
        if self.marker.startswith("skip"):
            return self.marker.partition(":")[2].strip() or "no reason given"
        return None


def doc_files() -> list[pathlib.Path]:
    """README.md and every docs/*.md."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def blocks(paths: Sequence[pathlib.Path]) -> list[Block]:
    """Every fenced block with a language, in file order."""
    found = []
    for path in paths:
        text = path.read_text()
        for match in _FENCE.finditer(text):
            line = text.count("\n", 0, match.start("lang")) + 1
            found.append(
                Block(path, line, match["lang"], match["body"], (match["marker"] or "").strip())
            )
    return found


def check_static(block: Block) -> str | None:
    """Check a non-shell block; return the error, if any."""
    try:
        if block.lang == "python":
            compile(block.body, block.name, "exec")
        elif block.lang == "yaml":
            yaml.safe_load(block.body)
        elif block.lang == "json":
            json.loads(block.body)
        else:
            return f"unknown example language {block.lang!r}"
    except (SyntaxError, yaml.YAMLError, ValueError) as exc:
        return str(exc)
    return None


def run_shell(block: Block, env: dict[str, str]) -> str | None:
    """Run a shell block; return its output if it failed."""
    body = block.body.replace(DEFAULT_ADDR, env["ADDR"]).replace(
        DEFAULT_HTTP_ADDR, env["HTTP_ADDR"]
    )
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", body],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if result.returncode != 0:
        return f"exit {result.returncode}\n{result.stdout}{result.stderr}"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_serving(addr: str, token: str, proc: subprocess.Popen[bytes], within: float = 90) -> None:
    # grpcurl learns Health/Check through reflection, which wants the token like any RPC.
    auth = ["-H", f"authorization: Bearer {token}"]
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the credentials server exited with {proc.returncode}")
        probe = subprocess.run(
            ["grpcurl", "-plaintext", *auth, addr, "grpc.health.v1.Health/Check"],
            capture_output=True,
            text=True,
            check=False,
        )
        if "SERVING" in probe.stdout and "NOT_SERVING" not in probe.stdout:
            return
        time.sleep(0.2)
    raise RuntimeError(f"the credentials server on {addr} did not serve within {within}s")


@contextlib.contextmanager
def credentials_server(env: dict[str, str]) -> Iterator[dict[str, str]]:
    """Start a second `modelstore serve` with a callers file; yield the env to reach it."""
    command = [sys.executable, "-m", "modelstore_server.cli"]
    minted = subprocess.run(
        [*command, "hash-token"], capture_output=True, text=True, check=True, env=env
    ).stdout
    fields = dict(line.split(":", 1) for line in minted.splitlines() if ":" in line)
    token, digest = fields["token"].strip(), fields["token_sha256"].strip()
    with tempfile.TemporaryDirectory(prefix="modelstore-docs-") as tmp:
        # As root the embedded PostgreSQL runs as its own user, which must reach the data.
        os.chmod(tmp, 0o711)
        callers = pathlib.Path(tmp) / "callers.yaml"
        callers.write_text(
            yaml.safe_dump(
                {
                    "callers": [
                        {
                            "name": "docs",
                            "token_sha256": digest,
                            "tenants": "*",
                            "rights": ["read", "write"],
                        }
                    ]
                }
            )
        )
        addr = f"127.0.0.1:{_free_port()}"
        http_addr = f"127.0.0.1:{_free_port()}"
        serve_env = {k: v for k, v in env.items() if k != "MONGODB_URI"}
        log = (pathlib.Path(tmp) / "serve.log").open("wb")
        argv = [*command, "--data-dir", f"{tmp}/data", "serve", "--listen", addr]
        argv += ["--http-listen", http_addr]
        proc = subprocess.Popen(
            [*argv, "--credentials", str(callers)],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=serve_env,
        )
        try:
            _wait_serving(addr, token, proc)
            # The HTTP listener starts before health turns SERVING (app.py).
            yield {**env, "ADDR": addr, "HTTP_ADDR": http_addr, "MODELSTORE_TOKEN": token}
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Check every example of the given files (default: README.md and docs/*.md)."""
    args = list(sys.argv[1:] if argv is None else argv)
    paths = [pathlib.Path(a).resolve() for a in args] or doc_files()
    env = {
        **os.environ,
        "ADDR": os.environ.get("ADDR", DEFAULT_ADDR),
        "HTTP_ADDR": os.environ.get("HTTP_ADDR", DEFAULT_HTTP_ADDR),
    }
    found = blocks(paths)
    failures: list[str] = []
    skipped: list[str] = []
    ran = 0
    later: list[Block] = []
    for block in found:
        if (reason := block.skip_reason) is not None:
            skipped.append(f"{block.name}: {reason}")
            continue
        if block.lang not in SHELL:
            error = check_static(block)
        elif block.marker == "credentials":
            later.append(block)
            continue
        elif block.marker:
            error = f"unknown marker <!-- ci: {block.marker} -->"
        else:
            print(f"--- {block.name}", flush=True)
            error = run_shell(block, env)
        ran += 1
        if error is not None:
            failures.append(f"{block.name} ({block.lang}) failed: {error}\n{block.body}")
    if later:
        with credentials_server(env) as cred_env:
            for block in later:
                print(f"--- {block.name} (credentials server)", flush=True)
                ran += 1
                if (error := run_shell(block, cred_env)) is not None:
                    failures.append(f"{block.name} failed: {error}\n{block.body}")
    for line in skipped:
        print(f"skipped {line}")
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"doc examples: {ran} checked, {len(failures)} failed, {len(skipped)} skipped")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
