"""Assembly: database, capabilities, indexes, stores, handlers, health and reflection.

`Modelstore.start()` is what `modelstore serve` and the tests both run, so the tests
exercise the real server (in-process, on port 0).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import ipaddress
import logging
import os
import pathlib
import random
import socket
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from modelstore.v1 import change_pb2

from .changes import log as changes_log
from .changes.capture import Capture
from .changes.events import EntityShape
from .changes.service import ChangeFeed
from .changes.tail import Tail
from .config import Settings
from .domain import DomainDeps
from .domain import collect as collect_domain
from .embedded import EmbeddedDatabase
from .engine.audit_log import ENTRY, AuditTrail, with_retention
from .engine.id_migration import IdMigration
from .engine.registry import MethodSpec, ServiceSpec, discover
from .engine.store import EntityStore, batch_journal
from .engine.store.batches import Batches
from .engine.store.bulk_limits import BulkLimits
from .engine.store.key_rotation import Rotation, rotate_entity
from .engine.store.relations import Relations
from .errors import Unavailable, loggable
from .observability import metrics, tracing
from .security.callers import Credentials
from .security.encryption import Keyring
from .storage import driver_tracing, operation_metrics
from .storage.capabilities import Capabilities, detect
from .storage.change_capture import ChangeSource, PostgresChangeSource
from .storage.change_streams import MongoChangeSource
from .storage.connection import Client, Database, ReadMode, open_client, read_preference
from .storage.documents import Documents
from .storage.driver_errors import translate
from .storage.indexes import IndexAction, ensure_indexes, ping
from .storage.outages import outages
from .storage.sharding import ShardAction, ensure_sharding
from .transport import listen_port, reflection
from .transport.call_record import CallRecorder
from .transport.drain_gate import DrainGate
from .transport.handlers import DomainHandler, build_handlers, require_implemented
from .transport.http.console_files import static_dir
from .transport.http.gateway import build_app
from .transport.http.listener import HttpListener
from .transport.http.routes import route_of
from .transport.pipeline import CallPipeline, generated_handlers

log = logging.getLogger("modelstore")

CHANGE_SERVICE = "modelstore.v1.ChangeService"
UNWATCHED = frozenset({"modelstore.audit_log"})
"""Collections of entities whose writes are not change events: the audit log records the
feed's own writes' callers, not writes of the users' data."""
RECHECK_SECONDS = 0.25
"""How often health is checked while the database does not answer."""
MIGRATE_ATTEMPTS = 5
"""Index passes tried before a transient failure stops the start-up (see `migrate`)."""


def is_loopback(host: str) -> bool:
    """Whether a listen host only accepts connections from this machine."""
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _create_key_file(path: pathlib.Path) -> bool:
    """Make the local key file, whole and on disk, unless another process did; say if we did.

    Several servers can start at once on one data directory (`serve --workers`, two
    processes): the key is written to a private temporary file and fsynced, then linked into
    place, which fails if the name exists, so a reader never sees a half-written key and
    one key wins. Losing this file to a crash would make every encrypted field unreadable,
    hence the fsyncs.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".encryption-keys.", dir=path.parent)
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(Keyring.generate_spec("local-1") + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        return True
    finally:
        os.unlink(tmp)


def load_keyring(settings: Settings) -> Keyring:
    """Return the configured keyring, or the data directory's generated one."""
    if settings.encryption_keys:
        return Keyring.parse(settings.encryption_keys, settings.encryption_key_id)
    path = settings.data_dir / "encryption-keys"
    if not path.exists() and _create_key_file(path):
        log.warning(
            "no MODELSTORE_ENCRYPTION_KEYS set: generated a local key in %s; "
            "configure real keys in production",
            path,
        )
    return Keyring.parse(path.read_text().strip(), settings.encryption_key_id)


@dataclass
class Modelstore:
    """A running (or startable) Modelstore server."""

    settings: Settings
    domain: dict[str, DomainHandler] = field(default_factory=dict)
    server: grpc.aio.Server | None = None
    port: int = 0
    client: Client | None = None
    db: Database | None = None
    caps: Capabilities | None = None
    embedded: EmbeddedDatabase | None = None
    services: list[ServiceSpec] = field(default_factory=list)
    stores: dict[str, EntityStore[Any]] = field(default_factory=dict)
    unimplemented: list[str] = field(default_factory=list)
    tail: Tail | None = None
    capture: Capture | None = None
    index_report: list[IndexAction] = field(default_factory=list)
    shard_report: list[ShardAction] = field(default_factory=list)
    http: HttpListener | None = None
    """The HTTP/JSON listener, when `http_listen` is set (docs/http.md)."""
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)
    _health: health.aio.HealthServicer | None = None
    _gate: DrainGate = field(default_factory=DrainGate)
    tracer: tracing.Tracing | None = None
    metrics_endpoint: metrics.MetricsEndpoint | None = None

    @property
    def metrics_on(self) -> bool:
        """Whether this process keeps metrics: it serves them, or a parent serves its files."""
        return self.settings.metrics_listen is not None or metrics.in_worker()

    async def connect(self) -> None:
        """Connect to MONGODB_URI or start the embedded database; detect capabilities."""
        if self.tracer is None and tracing.wanted(self.settings.otlp_endpoint):
            self.tracer = tracing.Tracing(self.settings.otlp_endpoint)
            # Before the client exists: the driver's listeners are taken when it is made.
            driver_tracing.instrument(self.tracer.provider)
        uri = self.settings.mongodb_uri
        if not uri:
            self.embedded = EmbeddedDatabase(
                self.settings.data_dir, self.settings.ferretdb_bin, self.settings.postgresql_url
            )
            uri = await self.embedded.start()
        self.client = open_client(uri, self.settings.server_selection_timeout_ms)
        self.db = self.client[self.settings.database]
        self.caps = await detect(self.client)
        log.info("database: %s", self.caps.describe())

    async def migrate(self) -> list[IndexAction]:
        """Create or fix every declared index; idempotent."""
        assert self.db is not None
        assert self.caps is not None
        if not self.services:
            self.services = self._discover()
        if self.caps.sharded:
            # Before the indexes: shardCollection makes the key's index on an empty one.
            assert self.client is not None
            shards = [m.shard_spec() for s in self.services if (m := s.model) is not None]
            self.shard_report = await ensure_sharding(
                self.client, self.settings.database, [s for s in shards if s is not None]
            )
        specs = [i for s in self.services if s.model is not None for i in s.model.index_specs()]
        specs += changes_log.INDEXES
        specs += batch_journal.INDEXES
        for attempt in range(1, MIGRATE_ATTEMPTS + 1):
            try:
                self.index_report = await ensure_indexes(self.db, specs, self.caps)
                return self.index_report
            except Exception as exc:
                # Servers that start together migrate together, and PostgreSQL may abort one
                # of two concurrent index builds as a deadlock. That, like a database that is
                # briefly away, is transient: the pass is idempotent, so run it again.
                if attempt == MIGRATE_ATTEMPTS or not isinstance(translate(exc), Unavailable):
                    raise
                # Class and code only: an index build's error can quote a duplicate key.
                log.warning("creating the indexes failed (%s); trying again", loggable(exc))
                await asyncio.sleep(random.uniform(0.05, 0.25) * attempt)
        raise AssertionError("unreachable")

    async def rotate_keys(self) -> list[Rotation]:
        """Re-encrypt every encrypted value that is not under the primary key (`key_rotation`)."""
        assert self.db is not None
        assert self.caps is not None
        if not self.services:
            self.services = self._discover()
        keyring = load_keyring(self.settings)
        return [
            await rotate_entity(s.model, Documents(self.db[s.model.collection], self.caps), keyring)
            for s in self.services
            if s.model is not None and s.model.encrypted
        ]

    async def migrate_ids(self) -> list[str]:
        """Convert stored ids to their declared type (`engine.id_migration`); idempotent.

        Only `modelstore migrate` runs it, not start-up: it reads every document of the
        collections with ObjectId fields, a cost a deployment chooses when to pay.
        """
        assert self.db is not None
        caps = self.caps
        assert caps is not None
        if not self.services:
            self.services = self._discover()
        db = self.db
        migration = IdMigration(lambda name: Documents(db[name], caps))
        return await migration.run(s.model for s in self.services if s.model is not None)

    async def start(self) -> int:
        """Start serving; return the bound port."""
        if self.client is None:
            await self.connect()
        assert self.db is not None
        self.services = self._discover()
        if self.settings.migrate_on_start:
            await self.migrate()
        keyring = load_keyring(self.settings)
        assert self.caps is not None
        lagging = read_preference(self.settings.read_preference)
        limits = BulkLimits(count=self.settings.count_limit, purge=self.settings.purge_limit)
        for service in self.services:
            if service.model is not None:
                model = service.model
                documents = self._documents(model.collection, lagging)
                self.stores[model.full_name] = EntityStore(
                    model, model.message_class, documents, keyring, self.caps, limits
                )
        relations = Relations(self.stores)
        for store in self.stores.values():
            store.relations = relations
        deps = DomainDeps(stores=self.stores, keyring=keyring)
        self.domain = collect_domain(deps)
        journal = batch_journal.BatchJournal(self._documents(batch_journal.JOURNAL))
        batches = Batches(journal, self.stores)
        # Before serving: a batch a killed process left half-applied is undone first.
        recovered = await batches.recover()
        if recovered:
            log.info("undid %d interrupted batch write(s)", recovered)
        handlers, self.unimplemented = build_handlers(
            self.services, self.stores, self.domain, batches
        )
        handlers[CHANGE_SERVICE] = await self._change_feed()
        self.unimplemented = [
            p for p in self.unimplemented if not p.startswith(f"/{CHANGE_SERVICE}/")
        ]
        require_implemented(self.services, self.unimplemented)
        specs: dict[str, MethodSpec] = {m.path: m for s in self.services for m in s.methods}
        credentials = self._credentials()
        self.server = grpc.aio.server(
            # No interceptors: transport.pipeline composes what each method needs instead.
            # Only tracing adds one (OpenTelemetry's, which makes the server spans), and
            # only when it is configured: an interceptor costs every call.
            interceptors=self.tracer.server_interceptors() if self.tracer else None,
            options=[
                ("grpc.max_receive_message_length", self.settings.max_message_bytes),
                ("grpc.max_send_message_length", 64 * 1024 * 1024),
                # Only the workers of one `serve --workers N` share the port (their parent
                # holds it for them: transport/listen_port.py); the kernel spreads
                # connections over them. Any other server binds it exclusively.
                ("grpc.so_reuseport", 1 if self.settings.reuse_port else 0),
            ],
        )
        self._health = health.aio.HealthServicer()
        names = [s.full_name for s in self.services] + [health.SERVICE_NAME]
        trail = AuditTrail(self.stores[ENTRY], self._nudge_capture)
        recorder = CallRecorder(metrics=self.metrics_on, access_log=self.settings.access_log)
        table = CallPipeline(self._gate, credentials, specs, trail, recorder).register(
            self.server,
            {
                **handlers,
                **generated_handlers(health_pb2_grpc.add_HealthServicer_to_server, self._health),
                **reflection.services(names),
            },
        )
        self.port = self._bind()
        if self.settings.metrics_listen is not None:
            self.metrics_endpoint = metrics.MetricsEndpoint(self.settings.metrics_listen)
        await self.server.start()
        if self.settings.http_listen:
            await self._start_http(specs, table)
        seen = self.embedded.changes if self.embedded is not None else 0
        await self._set_health(await self._serving(seen))
        self._tasks.append(asyncio.create_task(self._watch_health()))
        if self.metrics_on:
            assert self.client is not None
            self._tasks.append(asyncio.create_task(operation_metrics.sample_pools(self.client)))
        log.info("serving gRPC on %s", self.address)
        return self.port

    async def _start_http(
        self, specs: dict[str, MethodSpec], table: dict[str, grpc.RpcMethodHandler[Any, Any]]
    ) -> None:
        """Serve every annotated RPC over HTTP/JSON with the gRPC pipeline's handlers."""
        settings = self.settings
        assert settings.http_listen
        routes = [r for path, spec in specs.items() if (r := route_of(path, spec.descriptor))]
        app = build_app(
            routes, table, settings.max_message_bytes, static_dir(settings.http_static_dir)
        )
        self.http = HttpListener(
            app,
            settings.http_listen,
            reuse_port=settings.reuse_port,
            tls_cert=settings.tls_cert,
            tls_key=settings.tls_key,
            tls_client_ca=settings.tls_client_ca,
        )
        await self.http.start()
        log.info("serving HTTP/JSON on %s (%d routes)", self.http.address, len(routes))

    async def _change_feed(self) -> dict[str, grpc.RpcMethodHandler[Any, Any]]:
        """Make the change log and its capture; return the handlers of ChangeService.

        The capture runs where the backend offers a log of committed writes to read.
        """
        assert self.db is not None
        assert self.caps is not None
        log_ = changes_log.ChangeLog(
            self._documents(changes_log.COLLECTION),
            self._documents(changes_log.STATE),
        )
        self.tail = Tail(log_.latest, log_.gap)
        source = self._change_source() if self.settings.change_feed else None
        if source is not None:
            shapes = {
                store.model.collection: EntityShape.of(store.model)
                for store in self.stores.values()
                if store.model.collection not in UNWATCHED
            }
            if isinstance(probe := source(), PostgresChangeSource):
                # The slot exists before the first write is accepted: none escapes the feed.
                await probe.ensure_slot()
                if probe.began is not None:
                    await log_.note_gap(probe.began)
                    await probe.began_noted()
            self.capture = Capture(
                source,
                log_,
                shapes,
                self.tail,
                dt.timedelta(days=self.settings.change_retention_days),
            )
            self._tasks.append(asyncio.create_task(self.capture.run()))
        feed = ChangeFeed(log_, self.tail, self.stores, self._gate)
        return {
            "WatchChanges": grpc.unary_stream_rpc_method_handler(
                feed.watch_changes,
                request_deserializer=change_pb2.WatchChangesRequest.FromString,
                response_serializer=change_pb2.WatchChangesResponse.SerializeToString,
            ),
            "ListChanges": grpc.unary_unary_rpc_method_handler(
                feed.list_changes,
                request_deserializer=change_pb2.ListChangesRequest.FromString,
                response_serializer=change_pb2.ListChangesResponse.SerializeToString,
            ),
        }

    def _documents(self, collection: str, lagging: ReadMode | None = None) -> Documents:
        """One collection's documents, their operations timed when metrics are on.

        `lagging`: where the reads that tolerate lag (Get, BatchGet, List) go.
        """
        assert self.db is not None
        assert self.caps is not None
        documents = Documents(self.db[collection], self.caps, lagging)
        if self.metrics_on:
            operation_metrics.time_operations(documents)
        return documents

    def _nudge_capture(self) -> None:
        """Wake this process's capture: a call just committed a write."""
        if self.capture is not None:
            self.capture.nudge()

    def _change_source(self) -> Callable[[], ChangeSource] | None:
        """Return how committed writes are read on this backend (None: they cannot be)."""
        assert self.db is not None
        assert self.caps is not None
        database = self.settings.database
        dsn = self.settings.change_capture_url
        if dsn is None and self.embedded is not None:
            dsn = self.embedded.postgres_url
        if dsn is not None:
            return lambda: PostgresChangeSource(str(dsn), database)
        if self.caps.change_streams:
            db, owner = self.db, f"{socket.gethostname()}:{os.getpid()}:{id(self)}"
            skip = frozenset({changes_log.COLLECTION, changes_log.STATE, *UNWATCHED})
            return lambda: MongoChangeSource(db, owner, skip)
        log.warning(
            "no change feed: %s has no change streams; set MODELSTORE_CHANGE_CAPTURE_URL to"
            " the PostgreSQL under FerretDB v2",
            self.caps.backend,
        )
        return None

    def _discover(self) -> list[ServiceSpec]:
        """Every service, with the audit log's retention as configured."""
        return with_retention(discover(), self.settings.audit_retention_days)

    def _credentials(self) -> Credentials | None:
        """Load the callers file, or check that running without one is allowed."""
        settings = self.settings
        if settings.credentials_file is not None:
            return Credentials.load(settings.credentials_file)
        for listen in (settings.listen, settings.http_listen):
            if listen is None:
                continue
            host = listen.rsplit(":", 1)[0].strip("[]")
            if not is_loopback(host):
                if not settings.insecure:
                    raise RuntimeError(
                        f"refusing to serve {listen} without credentials: configure "
                        "MODELSTORE_CREDENTIALS, bind a loopback address, or pass --insecure"
                    )
                log.warning("serving %s WITHOUT credentials (--insecure)", listen)
        return None

    def _bind(self) -> int:
        """Bind the listen address, with TLS (and mutual TLS) when configured."""
        assert self.server is not None
        settings = self.settings
        try:
            if settings.tls_cert is None or settings.tls_key is None:
                port = self.server.add_insecure_port(settings.listen)
            else:
                ca = settings.tls_client_ca.read_bytes() if settings.tls_client_ca else None
                creds = grpc.ssl_server_credentials(
                    [(settings.tls_key.read_bytes(), settings.tls_cert.read_bytes())],
                    root_certificates=ca,
                    require_client_auth=ca is not None,
                )
                port = self.server.add_secure_port(settings.listen, creds)
        except RuntimeError as exc:
            # gRPC says "Failed to bind" and no more; the probe before start-up names the
            # usual cause, and this covers a port taken in between.
            raise listen_port.refusal(settings.listen) from exc
        if port == 0:
            raise listen_port.refusal(settings.listen)
        return port

    @property
    def address(self) -> str:
        """The host:port clients dial."""
        host = self.settings.listen.rsplit(":", 1)[0]
        return f"{host}:{self.port}"

    async def _set_health(self, serving: bool) -> None:
        assert self._health is not None
        status = (
            health_pb2.HealthCheckResponse.SERVING
            if serving
            else health_pb2.HealthCheckResponse.NOT_SERVING
        )
        for name in ["", *(s.full_name for s in self.services)]:
            await self._health.set(name, status)

    async def _serving(self, seen: int) -> bool:
        """Whether the database answers and, when embedded, both its children run.

        `seen` is the embedded supervisor's change count the check starts from. A ping sent
        just before a child dies can wait (pymongo's server selection) until the child is
        back; had the answer waited for it, the whole outage would pass with health still
        SERVING. So a child's change of state during the ping decides at once instead.
        """
        assert self.client is not None
        embedded = self.embedded
        if embedded is None:
            return await ping(self.client)
        if not embedded.healthy:
            return False
        pinged = asyncio.ensure_future(ping(self.client))
        # The ping ends within the server-selection timeout, so one wait that long covers it.
        within = self.settings.server_selection_timeout_ms / 1000
        changed = asyncio.ensure_future(embedded.wait_change(seen, within))
        try:
            await asyncio.wait((pinged, changed), return_when=asyncio.FIRST_COMPLETED)
            if not pinged.done() and not embedded.healthy:
                return False
            return await pinged
        finally:
            pinged.cancel()
            changed.cancel()

    async def _watch_health(self) -> None:
        last: bool | None = None
        while True:
            seen = self.embedded.changes if self.embedded is not None else 0
            serving = await self._serving(seen)
            if serving != last:
                await self._set_health(serving)
                if last is not None:
                    log.warning("database %s", "reachable again" if serving else "unreachable")
                last = serving
            await self._wait_health_news(seen, serving)

    async def _wait_health_news(self, seen: int, serving: bool) -> None:
        """Wait for the next health check: its interval, or earlier news.

        Earlier when a call found the database unavailable (`storage.outages`) or an
        embedded child died or is back, however short the gap. While not serving, checks
        run every `RECHECK_SECONDS`, so SERVING returns promptly after a failover.
        """
        interval = self.settings.health_interval if serving else RECHECK_SECONDS
        waits: list[asyncio.Task[Any]] = [asyncio.create_task(outages.wait(interval))]
        if self.embedded is not None:
            waits.append(asyncio.create_task(self.embedded.wait_change(seen, interval)))
        try:
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in waits:
                task.cancel()
        # Many failing calls notify at once: at most one check per this pause.
        await asyncio.sleep(RECHECK_SECONDS / 5)

    async def stop(self, grace: float | None = None) -> None:
        """Drain in-flight RPCs, then close the database and the embedded process."""
        if self.server is not None:
            grace = self.settings.grace_seconds if grace is None else grace
            started = time.monotonic()
            if self._health is not None:
                await self._health.enter_graceful_shutdown()
            await self._gate.close(grace)
            left = max(0.0, grace - (time.monotonic() - started))
            if self.http is not None:
                await asyncio.gather(self.http.stop(left), self.server.stop(left))
                self.http = None
            else:
                await self.server.stop(left)
            self.server = None
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        if self.client is not None:
            await self.client.close()
            self.client = None
        if self.embedded is not None:
            await self.embedded.stop()
            self.embedded = None
        if self.metrics_endpoint is not None:
            self.metrics_endpoint.close()
            self.metrics_endpoint = None
        if self.tracer is not None:
            # Exporting what is buffered may wait for the collector: off the event loop.
            await asyncio.to_thread(self.tracer.close)
            self.tracer = None
