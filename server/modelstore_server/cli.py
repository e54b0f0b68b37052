"""The `modelstore` command: `serve`, `migrate`, `rotate-keys`, `relay` and `hash-token`."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import subprocess
import sys
from collections.abc import Sequence

from . import config, event_loop, relay
from .app import Modelstore, load_keyring
from .config import Settings
from .embedded import free_port, launch
from .observability import logs
from .observability.metrics import WorkerMetrics
from .security.callers import new_token
from .transport import listen_port
from .transport.request_context import current_request_id

log = logging.getLogger("modelstore")


def _load(args: argparse.Namespace) -> config.Loaded:
    """Decide the settings: flags > MODELSTORE_* variables > modelstore.toml > defaults."""
    loaded = config.load(vars(args), os.environ, args.config)
    if os.environ.get(_WORKER_ENV):
        settings = loaded.settings
        # A worker of `serve --workers N`: the parent owns the database and the indexes.
        settings.workers = 1
        settings.migrate_on_start = False
        # Only a worker shares the port, with its siblings; the parent holds it for them.
        settings.reuse_port = True
        # The parent serves the group's metrics; a worker keeps its series in the shared
        # directory the parent named (PROMETHEUS_MULTIPROC_DIR).
        settings.metrics_listen = None
    return loaded


_WORKER_ENV = "MODELSTORE_WORKER_OF"
"""Set (to the parent's pid) in the environment of each worker process."""


async def _serve(settings: Settings) -> int:
    app = Modelstore(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        if not settings.reuse_port:
            # Before the embedded database starts: a taken port fails in milliseconds.
            listen_port.check_free(settings.listen)
            if settings.http_listen:
                listen_port.check_free(settings.http_listen)
        await app.start()
        print(f"modelstore serving on {app.address}", flush=True)
        if app.http is not None:
            print(f"modelstore serving HTTP on {app.http.address}", flush=True)
        log.info("event loop: %s", type(asyncio.get_running_loop()).__module__.split(".")[0])
        await stop.wait()
        log.info("shutting down: draining in-flight RPCs")
    finally:
        await app.stop()
    return 0


async def _serve_workers(settings: Settings, argv: Sequence[str]) -> int:
    """Run `settings.workers` server processes on one port (SO_REUSEPORT).

    The parent starts the embedded database once (unless MONGODB_URI is set), creates the
    indexes and the local key file once, then starts the workers with MONGODB_URI pointing
    at the database, forwards SIGTERM/SIGINT to them and waits. The workers need no
    coordination: every conditional write is atomic in the database itself.
    """
    host, _, port = settings.listen.rpartition(":")
    if port in ("", "0"):
        settings.listen = f"{host}:{free_port()}"
    if settings.http_listen:
        http_host, _, http_port = settings.http_listen.rpartition(":")
        if http_port in ("", "0"):  # the workers share one port: pick it here
            settings.http_listen = f"{http_host}:{free_port()}"
    # The port is this group's from here until the parent exits (transport/listen_port.py):
    # a second server, or a second group, on it fails at start instead of sharing it.
    claim = listen_port.WorkerGroupClaim(settings.listen)
    claim.acquire()
    app = Modelstore(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    procs: list[asyncio.subprocess.Process] = []
    group_metrics: WorkerMetrics | None = None
    try:
        if settings.metrics_listen is not None:
            group_metrics = WorkerMetrics(settings.metrics_listen)
        await app.connect()  # starts the embedded database when no URI is configured
        await app.migrate()
        load_keyring(settings)  # make the local key file once, before the workers read it
        uri = app.embedded.uri if app.embedded is not None else settings.mongodb_uri
        env = {
            **os.environ,
            _WORKER_ENV: str(os.getpid()),
            "MONGODB_URI": uri or "",
            "MODELSTORE_LISTEN": settings.listen,
            **(group_metrics.env() if group_metrics is not None else {}),
        }
        if app.embedded is not None and not settings.change_capture_url:
            # The workers see the database only through MONGODB_URI: tell them the
            # PostgreSQL under it too, so one of them captures the change feed.
            env["MODELSTORE_CHANGE_CAPTURE_URL"] = app.embedded.postgres_url
        child_argv = [*_strip_workers(argv), "--listen", settings.listen]
        if settings.http_listen:
            child_argv += ["--http-listen", settings.http_listen]
        # Through `launch`: the workers die with the parent, and no Python code runs in the
        # forked child (see embedded/process.py for why that matters under gRPC).
        worker_argv, extra = launch(
            [sys.executable, "-m", "modelstore_server.cli", *child_argv],
            parent_death_signal=signal.SIGTERM,
        )
        for _ in range(settings.workers):
            procs.append(
                await asyncio.create_subprocess_exec(
                    *worker_argv, env=env, stdin=subprocess.DEVNULL, **extra
                )
            )
        print(
            f"modelstore serving on {settings.listen} with {settings.workers} workers", flush=True
        )
        if settings.http_listen:
            print(f"modelstore serving HTTP on {settings.http_listen}", flush=True)
        exits = {asyncio.create_task(proc.wait()) for proc in procs}
        waiter = asyncio.create_task(stop.wait())
        await asyncio.wait({*exits, waiter}, return_when=asyncio.FIRST_COMPLETED)
        unexpected = not stop.is_set()
        waiter.cancel()
        if unexpected:
            log.error("a worker exited unexpectedly; stopping the others")
        log.info("shutting down %d workers", len(procs))
        for proc in procs:
            if proc.returncode is None:
                proc.send_signal(signal.SIGTERM)
        codes = await asyncio.wait_for(
            asyncio.gather(*(proc.wait() for proc in procs)), settings.grace_seconds + 10
        )
        return 1 if unexpected or any(codes) else 0
    finally:
        for proc in procs:
            if proc.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
                await proc.wait()
        await app.stop()
        if group_metrics is not None:
            group_metrics.close()
        claim.release()


def _strip_workers(argv: Sequence[str]) -> list[str]:
    """Drop `--workers N` / `--workers=N` from a command line."""
    out: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--workers":
            skip = True
        elif not arg.startswith("--workers="):
            out.append(arg)
    return out


async def _migrate(settings: Settings) -> int:
    app = Modelstore(settings)
    try:
        await app.connect()
        actions = await app.migrate()
        for shard in app.shard_report:  # a sharded cluster's collections first
            print(shard)
        for action in actions:
            print(action)
        for line in await app.migrate_ids():
            print(line)
    finally:
        await app.stop()
    return 0


async def _rotate_keys(settings: Settings) -> int:
    app = Modelstore(settings)
    try:
        await app.connect()
        rotations = await app.rotate_keys()
    finally:
        await app.stop()
    for rotation in rotations:
        print(rotation)
    if all(r.complete for r in rotations):
        print("every encrypted value is under the primary key: older keys may be removed")
        return 0
    # Not a failure of the pass: the operator must not retire a key yet.
    print("some values are not under the primary key: keep the older keys; run again")
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line."""
    parser = argparse.ArgumentParser(prog="modelstore", description=__doc__)
    parser.add_argument(
        "--config",
        help=f"configuration file ({config.CONFIG_ENV}; default ./modelstore.toml if present)",
    )
    config.add_flags(parser, config.GLOBAL)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve gRPC")
    config.add_flags(serve, config.SERVE)
    show = sub.add_parser(
        "config", help="print the effective settings, the source of each, secrets masked"
    )
    config.add_flags(show, config.SERVE)  # to see what `serve` with these flags would use
    sub.add_parser("hash-token", help="print a new bearer token and the hash for the callers file")
    sub.add_parser(
        "migrate",
        help="create or fix every declared index, convert stored ids to their declared type,"
        " and report",
    )
    sub.add_parser(
        "rotate-keys",
        help="re-encrypt every encrypted field under the primary key (MODELSTORE_ENCRYPTION_KEY_ID)"
        " and report; exit 1 while a value still needs an older key",
    )
    relay.add_arguments(
        sub.add_parser("relay", help="publish change events to Kafka (docs/relay.md)")
    )
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    defaults = Settings()
    try:
        loaded = _load(args)
    except ValueError as exc:  # a malformed setting or file: one line, no traceback
        logs.configure(defaults.log_level, defaults.log_format)
        log.error("%s", exc)
        return 1
    settings = loaded.settings
    logs.configure(settings.log_level, settings.log_format, settings.access_log, current_request_id)
    if args.command == "config":
        print(config.describe(loaded))
        return 0
    if args.command == "hash-token":
        token, digest = new_token()
        print(f"token:        {token}\ntoken_sha256: {digest}")
        return 0
    try:
        loop = settings.event_loop
        if args.command == "serve" and settings.workers > 1:
            return event_loop.run(_serve_workers(settings, argv), loop)
        if args.command == "serve":
            return event_loop.run(_serve(settings), loop)
        if args.command == "relay":
            return event_loop.run(relay.main(relay.from_args(args)), loop)
        if args.command == "rotate-keys":
            return event_loop.run(_rotate_keys(settings), loop)
        return event_loop.run(_migrate(settings), loop)
    except KeyboardInterrupt:
        return 0
    except Exception as exc:
        log.error("%s", exc)
        log.debug("start-up failure", exc_info=exc)
        return 1


if __name__ == "__main__":
    sys.exit(main())
