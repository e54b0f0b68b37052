"""Count the measures of docs/architecture.md: `python3 scripts/measure_architecture.py [DIR]`.

DIR is a checkout's `server/modelstore_server` (default: this one's), so the same counts
can be taken of an older commit (`git worktree add /tmp/old <commit>`). Each measure is a
plain text search over the source, stated next to its number so anyone can re-count it:

- raw collection access outside storage: `.coll` / `AsyncCollection` / `_collection`;
- pymongo imports outside storage;
- places that make an etag (`new_etag(` calls, and `"etag": ` assignments of new values);
- places that read the tenant header (`x-tenant-id` / `TENANT_HEADER` reads);
- lines of domain code per domain RPC (non-blank lines of `domain/`, over the declared RPCs).
Import cycles are counted by `lint-imports` (pyproject's acyclic_siblings contract).
"""

from __future__ import annotations

import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent.parent / "server" / "modelstore_server"


def sources(root: pathlib.Path, *, outside: str | None = None) -> list[pathlib.Path]:
    """Return the server's Python files, leaving out the package `outside` when given."""
    return [p for p in sorted(root.rglob("*.py")) if outside is None or outside not in p.parts]


def count(files: list[pathlib.Path], pattern: str) -> int:
    """How many lines of `files` match `pattern` (comments and docstrings aside)."""
    rx = re.compile(pattern)
    total = 0
    for path in files:
        for line in path.read_text().splitlines():
            code = line.split("#", 1)[0]
            if rx.search(code) and not code.lstrip().startswith(('"', "-", "`", "def ")):
                total += 1
    return total


def measure(root: pathlib.Path) -> dict[str, float]:
    """Every measure of the package at `root`."""
    outside = sources(root, outside="storage")
    domain = sorted((root / "domain").glob("*.py"))
    rpcs = count(domain, r"@domain_method\(") or count(domain, r'/[A-Z][A-Za-z]+": ')
    lines = sum(1 for p in domain for line in p.read_text().splitlines() if line.strip())
    return {
        "raw collection access outside storage": count(
            outside, r"\.coll\b|\.coll\.|AsyncCollection|\._collection\b"
        ),
        "pymongo imports outside storage": count(outside, r"^\s*(from|import) pymongo"),
        "places that make an etag": count(sources(root), r"new_etag\(\)|\"etag\": new_etag"),
        "places that read the tenant header": count(
            sources(root), r"== TENANT_HEADER|\.get\(TENANT_HEADER|\.get\(_TENANT_HEADER"
        ),
        "domain RPCs": rpcs,
        "lines of domain code per domain RPC": round(lines / max(rpcs, 1), 1),
    }


def main() -> None:
    """Print every measure, one per line."""
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for name, value in measure(root).items():
        print(f"{value:>8} {name}")


if __name__ == "__main__":
    main()
