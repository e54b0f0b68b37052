"""Shared fixtures: one real database per run, one in-process server, fresh tenants per test.

Database selection (first that works):
1. `MODELSTORE_TEST_MONGODB_URI`;
2. MongoDB through testcontainers, when a Docker engine answers;
3. the embedded database (PostgreSQL + DocumentDB + FerretDB v2) on a fresh data directory.
When none can be had the run fails; database tests never skip.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import socket
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import grpc
import pytest

from modelstore_server.app import Modelstore
from modelstore_server.config import Settings
from modelstore_server.embedded import EmbeddedDatabase
from modelstore_server.security.encryption import Keyring

TEST_KEYS = Keyring.generate_spec("test-1")


def _docker_engine_answers() -> bool:
    """Whether a Docker engine listens (checked without the docker library, which leaks sockets)."""
    host = os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    try:
        if host.startswith("unix://"):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(2)
                sock.connect(host.removeprefix("unix://"))
                sock.sendall(b"GET /_ping HTTP/1.0\r\n\r\n")
                return b"200 OK" in sock.recv(64)
        if host.startswith("tcp://"):
            hostport = host.removeprefix("tcp://").rsplit(":", 1)
            with socket.create_connection((hostport[0], int(hostport[1])), timeout=2):
                return True
    except OSError:
        return False
    return False


def _docker_mongo() -> Any:
    if not _docker_engine_answers():
        return None
    from testcontainers.mongodb import MongoDbContainer

    container = MongoDbContainer("mongo:7")
    container.start()
    return container


@pytest.fixture(scope="session")
def tmp_root() -> Iterator[pathlib.Path]:
    """The run's scratch folder, outside pytest's tmp folders.

    As root the embedded PostgreSQL runs as an unprivileged user (PostgreSQL refuses root),
    which must be able to traverse to its data directory; pytest makes its folders 0700.
    This one is 0711 (traversal, no listing) directly under the system's temp folder.
    """
    root = pathlib.Path(tempfile.mkdtemp(prefix="modelstore-tests-"))
    root.chmod(0o711)
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def data_dir(tmp_root: pathlib.Path) -> pathlib.Path:
    """A fresh data directory for a test's own server or embedded database."""
    path = tmp_root / f"data-{uuid.uuid4().hex[:8]}"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
async def database_uri(tmp_root: pathlib.Path) -> AsyncIterator[str]:
    uri = os.environ.get("MODELSTORE_TEST_MONGODB_URI")
    if uri:
        yield uri
        return
    container = _docker_mongo()
    if container is not None:
        try:
            yield container.get_connection_url()
        finally:
            container.stop()
        return
    try:
        embedded = EmbeddedDatabase(tmp_root / "db")
        uri = await embedded.start()
    except Exception as exc:  # pragma: no cover - the run must fail, not skip
        pytest.fail(
            f"no test database: set MODELSTORE_TEST_MONGODB_URI or run scripts/setup ({exc})"
        )
    try:
        yield uri
    finally:
        await embedded.stop()


def make_settings(uri: str, data_dir: pathlib.Path, **overrides: Any) -> Settings:
    settings = Settings()
    settings.listen = "127.0.0.1:0"
    settings.mongodb_uri = uri
    settings.database = f"test_{uuid.uuid4().hex[:12]}"
    settings.data_dir = data_dir
    settings.encryption_keys = TEST_KEYS
    settings.encryption_key_id = None
    settings.grace_seconds = 1.0
    settings.health_interval = 0.2
    for key, value in overrides.items():
        setattr(settings, key, value)
    return settings


@pytest.fixture(scope="session")
async def server(database_uri: str, tmp_root: pathlib.Path) -> AsyncIterator[Modelstore]:
    app = Modelstore(make_settings(database_uri, tmp_root / "server"))
    await app.start()
    try:
        yield app
    finally:
        await app.stop(grace=0)


@pytest.fixture(scope="session")
async def channel(server: Modelstore) -> AsyncIterator[grpc.aio.Channel]:
    async with grpc.aio.insecure_channel(server.address) as ch:
        yield ch


@pytest.fixture
def tenant() -> str:
    """A fresh tenant id per test, so tests never see each other's data."""
    return f"t-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def unique() -> str:
    return uuid.uuid4().hex[:10]
