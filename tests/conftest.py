"""Shared fixtures: every backend the machine offers, one in-process server per backend.

The whole database suite (the descriptor-driven conformance suite included) runs once per
backend, as SpiceDB's datastore tests and OpenFGA's `RunAllTests` do. Offered backends:
- `documentdb`: the embedded database (PostgreSQL + DocumentDB + FerretDB v2) on a fresh
  data directory; always offered, so CI runs everything on it;
- `mongodb`: `MODELSTORE_TEST_MONGODB_URI`, else MongoDB through testcontainers when a
  Docker engine answers.
`MODELSTORE_TEST_BACKENDS=documentdb,mongodb` narrows the list. A backend that is offered
but cannot be started fails the run; database tests never skip.

Capability markers: `@pytest.mark.requires(capability, reason=...)` names a
`Capabilities` field a test depends on and why. Such a test is not generated for a backend
known to lack it (the embedded DocumentDB has no transactions and no change streams), and
fails (never skips) on an offered backend that turns out to lack it at run time.
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
from bson import ObjectId

from modelstore_server.app import Modelstore
from modelstore_server.config import Settings
from modelstore_server.embedded import EmbeddedDatabase
from modelstore_server.security.encryption import Keyring
from tests import statistics

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


DOCUMENTDB, MONGODB = "documentdb", "mongodb"
KNOWN_LACKS: dict[str, set[str]] = {DOCUMENTDB: {"transactions", "change_streams"}}
"""Capabilities a backend is known to lack before it starts (storage/capabilities.py)."""


def offered_backends() -> list[str]:
    """The backends this run tests on, in order."""
    offered = [DOCUMENTDB]
    if os.environ.get("MODELSTORE_TEST_MONGODB_URI") or _docker_engine_answers():
        offered.append(MONGODB)
    wanted = os.environ.get("MODELSTORE_TEST_BACKENDS")
    if wanted:
        names = [n.strip() for n in wanted.split(",") if n.strip()]
        unknown = set(names) - {DOCUMENTDB, MONGODB}
        if unknown or not set(names) <= set(offered):
            raise pytest.UsageError(
                f"MODELSTORE_TEST_BACKENDS={wanted!r}: offered here are {offered}"
            )
        offered = [n for n in offered if n in names]
    return offered


BACKENDS = offered_backends()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "requires(capability, reason): the test needs a backend capability"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out (deselect, with the reason) tests for backends known to lack a capability."""
    kept, dropped = [], []
    for item in items:
        backend = getattr(item, "callspec", None) and item.callspec.params.get("database_uri")
        marker = item.get_closest_marker("requires")
        if backend and marker and marker.args[0] in KNOWN_LACKS.get(backend, set()):
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(scope="session", params=BACKENDS)
async def database_uri(
    request: pytest.FixtureRequest, tmp_root: pathlib.Path
) -> AsyncIterator[str]:
    """The URI of one offered backend (the param names it)."""
    if request.param == MONGODB:
        uri = os.environ.get("MODELSTORE_TEST_MONGODB_URI")
        if uri:
            yield uri
            return
        container = _docker_mongo()
        if container is None:
            pytest.fail("the Docker engine stopped answering; no MongoDB for this run")
        try:
            yield container.get_connection_url()
        finally:
            container.stop()
        return
    try:
        embedded = EmbeddedDatabase(tmp_root / "db")
        uri = await embedded.start()
    except Exception as exc:  # pragma: no cover - the run must fail, not skip
        pytest.fail(f"the embedded database did not start; run ./scripts/setup ({exc})")
    statistics.EMBEDDED[uri] = embedded
    try:
        yield uri
    finally:
        statistics.EMBEDDED.pop(uri, None)
        await embedded.stop()


@pytest.fixture(autouse=True)
def _capability_check(request: pytest.FixtureRequest) -> None:
    """Fail a capability-marked test on a backend that turned out to lack the capability."""
    marker = request.node.get_closest_marker("requires")
    if marker is None or "server" not in request.fixturenames:
        return
    app: Modelstore = request.getfixturevalue("server")
    assert app.caps is not None
    capability = marker.args[0]
    if not getattr(app.caps, capability):
        pytest.fail(
            f"{app.caps.backend} lacks {capability} ({marker.kwargs.get('reason', '')}); "
            "narrow MODELSTORE_TEST_BACKENDS"
        )


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
    app = Modelstore(make_settings(database_uri, tmp_root / f"server-{uuid.uuid4().hex[:6]}"))
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
    """A fresh tenant id per test, so tests never see each other's data.

    An ObjectId's 24 hex characters: a tenant entity declared ID_TYPE_OBJECT_ID (knowledge's
    NotionWorkspace) takes nothing else, and every query of a tenant-scoped entity then
    matches the tenant in both stored forms (`stored_ids`), on every test.
    """
    return str(ObjectId())


@pytest.fixture
def unique() -> str:
    return uuid.uuid4().hex[:10]
