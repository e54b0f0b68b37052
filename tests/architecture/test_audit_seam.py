"""Every write of an entity's documents passes `engine.store.writes`: none escapes the audit."""

from __future__ import annotations

import pathlib
import re

SERVER = pathlib.Path(__file__).resolve().parents[2] / "server" / "modelstore_server"
WRITES = re.compile(r"\.documents\.(insert|insert_many|update|claim|delete_one|delete_many)\(")
# The journaled seam itself holds `Documents` privately; the audit log writes its own
# entries (which are not entity writes to be audited again).
ALLOWED = {"engine/store/writes.py", "engine/audit_log.py"}


def test_only_the_journaled_seam_writes_documents() -> None:
    found = []
    for path in sorted(SERVER.rglob("*.py")):
        relative = path.relative_to(SERVER).as_posix()
        if relative.startswith("storage/") or relative in ALLOWED:
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if WRITES.search(line):
                found.append(f"{relative}:{number}: {line.strip()}")
    assert found == [], "write through EntityStore.writes instead:\n" + "\n".join(found)
    # The seam is where the rule is kept: it must exist and write.
    seam = (SERVER / "engine/store/writes.py").read_text()
    assert "self._documents.update(" in seam
    assert "audit.record(" in seam
