"""Where the data console's built files are: the HTTP listener's default static directory.

The console (docs/console.md) is built from `console/` by Vite into the `console` folder
beside this module, committed and shipped as package data, so `modelstore serve
--http-listen` serves it at `/` wherever the server is installed, without Node.js.
`--http-static-dir` serves another directory in its place.
"""

from __future__ import annotations

import pathlib

CONSOLE_DIR = pathlib.Path(__file__).with_name("console")
"""The console build's output (console/vite.config.ts writes it)."""


def static_dir(configured: pathlib.Path | None) -> pathlib.Path | None:
    """Return the directory to serve at `/`: the configured one, else the console's build."""
    if configured is not None:
        return configured
    return CONSOLE_DIR if (CONSOLE_DIR / "index.html").is_file() else None
