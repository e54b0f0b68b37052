"""scripts/run_doc_examples.py: what it finds in the docs, checked without a server.

The smoke test runs the shell examples against a live server; here, every example is found
and classified, the static ones (python, yaml) are valid, and nothing is skipped without a
reason or outside the few commands that cannot run inside the smoke test.
"""

from __future__ import annotations

import importlib.util
import pathlib
import sys
from types import ModuleType

ROOT = pathlib.Path(__file__).resolve().parents[2]


def runner() -> ModuleType:
    path = ROOT / "scripts" / "run_doc_examples.py"
    spec = importlib.util.spec_from_file_location("run_doc_examples", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_every_doc_example_is_found_and_the_static_ones_are_valid() -> None:
    docs = runner()
    found = docs.blocks(docs.doc_files())
    names = {b.path.name for b in found}
    assert {"README.md", "grpcurl.md", "architecture.md", "security.md"} <= names
    for block in found:
        assert block.lang in (*docs.SHELL, "python", "yaml", "json"), block.name
        assert block.marker in ("", "credentials") or block.skip_reason, block.name
        if block.lang not in docs.SHELL and block.skip_reason is None:
            assert docs.check_static(block) is None, block.name
    skipped = sorted(b.name for b in found if b.skip_reason is not None)
    # Only installing the machine, the whole check, starting a server and the benchmark:
    # everything else runs.
    assert skipped == ["README.md:20", "README.md:9", "docs/http.md:9", "docs/performance.md:6"]
    # grpcurl cannot send a FieldMask as a string (fullstorydev/grpcurl#393).
    masks = [b for b in found if "update_mask" in b.body and b.lang in docs.SHELL]
    assert masks
    assert all('"update_mask\\": {' in b.body or '"update_mask": {' in b.body for b in masks)


def test_a_broken_static_example_is_reported(tmp_path: pathlib.Path) -> None:
    docs = runner()
    page = tmp_path / "page.md"
    page.write_text("text\n\n```python\ndef broken(:\n```\n\n```yaml\na: [1\n```\n")
    found = docs.blocks([page])
    assert [b.lang for b in found] == ["python", "yaml"]
    assert all(docs.check_static(b) is not None for b in found)
