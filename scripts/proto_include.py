"""Fill .build/proto-include with the google/api and google/rpc .proto sources.

googleapis-common-protos ships these sources inside the installed package; buf
cannot download dependencies on our machines, so it reads them from this
git-ignored folder instead. Nothing here is committed.
"""

from __future__ import annotations

import pathlib
import shutil

import google.api
import google.rpc

ROOT = pathlib.Path(__file__).resolve().parent.parent
INCLUDE = ROOT / ".build" / "proto-include"


def package_dir(module: object) -> pathlib.Path:
    """Return the folder of a namespace or regular package."""
    paths = list(getattr(module, "__path__", []))
    return pathlib.Path(paths[0])


def fill() -> pathlib.Path:
    """Copy the googleapis .proto files we import into the include folder."""
    for module, sub in ((google.api, "google/api"), (google.rpc, "google/rpc")):
        target = INCLUDE / sub
        target.mkdir(parents=True, exist_ok=True)
        for proto in package_dir(module).glob("*.proto"):
            dest = target / proto.name
            if not dest.exists() or dest.read_bytes() != proto.read_bytes():
                shutil.copyfile(proto, dest)
    return INCLUDE


if __name__ == "__main__":
    print(fill())
