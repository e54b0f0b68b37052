"""An RPC without an implementation stops the server from starting, naming the RPC."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys
import textwrap
import uuid
from typing import Any, cast

import pytest

from modelstore_server.engine.registry import discover
from modelstore_server.engine.store import EntityStore
from modelstore_server.security.encryption import Keyring
from modelstore_server.transport.handlers import (
    UnimplementedRpcError,
    build_handlers,
    require_implemented,
)
from tests import zoo


def test_unimplemented_rpcs_are_named_with_the_reason() -> None:
    with zoo.on_modelstore_path(zoo.built()[0]):
        services = [s for s in discover() if s.full_name.startswith("modelstore.zoo.")]
    stores = cast(
        "dict[str, EntityStore]", {s.model.full_name: object() for s in services if s.model}
    )
    _, missing = build_handlers(services, stores, {})
    assert sorted(missing) == [
        "/modelstore.zoo.v1.DogService/CreateDog",
        "/modelstore.zoo.v1.DogService/GetDog",
        "/modelstore.zoo.v1.DogService/ListDogs",
        "/modelstore.zoo.v1.PersonService/ListPersons",
    ]
    with pytest.raises(UnimplementedRpcError) as raised:
        require_implemented(services, missing)
    text = str(raised.value)
    assert "4 declared RPC(s) have no implementation" in text
    assert "  modelstore.zoo.v1.PersonService.ListPersons" in text.splitlines()
    assert "modelstore.zoo.v1.DogService.GetDog (named as the standard Get" in text
    assert raised.value.paths == sorted(missing)


def test_nothing_missing_starts() -> None:
    require_implemented(discover(), [])


DROPPED = "/modelstore.directory.v1.UserDataService/SetUserData"


def test_serve_exits_non_zero_naming_the_rpc(database_uri: str, data_dir: pathlib.Path) -> None:
    # `modelstore serve` with one domain handler taken away, as when a proto gains an RPC that
    # nobody has written yet: the process must fail, not serve UNIMPLEMENTED.
    script = textwrap.dedent(
        f"""
        import sys
        import modelstore_server.app as app

        real = app.collect_domain
        app.collect_domain = lambda deps: {{
            path: fn for path, fn in real(deps).items() if path != {DROPPED!r}
        }}
        from modelstore_server.cli import main

        sys.exit(main(sys.argv[1:]))
        """
    )
    env: dict[str, Any] = {
        "MONGODB_URI": database_uri,
        "MODELSTORE_DATABASE": f"test_{uuid.uuid4().hex[:12]}",
        "MODELSTORE_DATA_DIR": str(data_dir),
        "MODELSTORE_ENCRYPTION_KEYS": Keyring.generate_spec("test-1"),
        "MODELSTORE_LISTEN": "127.0.0.1:0",
    }
    env = {k: v for k, v in os.environ.items() if not k.startswith("MODELSTORE_")} | env
    done = subprocess.run(
        [sys.executable, "-c", script, "serve"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "modelstore.directory.v1.UserDataService.SetUserData" in done.stderr
    assert "have no implementation" in done.stderr
    assert "modelstore serving" not in done.stdout
