"""Run the shell blocks of a Markdown file that follow a `<!-- ci -->` marker, in order.

Used by scripts/smoke.d/grpcurl-docs.sh so that docs/grpcurl.md stays true.
"""

from __future__ import annotations

import os
import pathlib
import re
import subprocess
import sys

_BLOCK = re.compile(r"<!-- ci -->\s*```sh\n(.*?)```", re.S)


def main() -> int:
    """Run every marked block with bash -euo pipefail; fail on the first error."""
    path = pathlib.Path(sys.argv[1])
    blocks = _BLOCK.findall(path.read_text())
    if not blocks:
        print(f"{path}: no <!-- ci --> blocks", file=sys.stderr)
        return 1
    for i, block in enumerate(blocks, 1):
        print(f"--- {path.name} block {i}")
        result = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", block], env=os.environ.copy(), check=False
        )
        if result.returncode != 0:
            print(f"{path.name} block {i} failed:\n{block}", file=sys.stderr)
            return 1
    print(f"{path.name}: {len(blocks)} blocks ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
