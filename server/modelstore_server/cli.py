"""The `modelstore` command: `serve` and `migrate`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import pathlib
import signal
import sys
from collections.abc import Sequence

from .app import Modelstore
from .config import Settings
from .security.callers import new_token

log = logging.getLogger("modelstore")


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings()
    if getattr(args, "listen", None):
        settings.listen = args.listen
    if args.data_dir:
        settings.data_dir = pathlib.Path(args.data_dir)
    if args.database:
        settings.database = args.database
    if args.mongodb_uri:
        settings.mongodb_uri = args.mongodb_uri
    for name in ("credentials", "tls_cert", "tls_key", "tls_client_ca"):
        value = getattr(args, name, None)
        if value:
            target = "credentials_file" if name == "credentials" else name
            setattr(settings, target, pathlib.Path(value))
    settings.insecure = bool(getattr(args, "insecure", False))
    return settings


async def _serve(settings: Settings) -> int:
    app = Modelstore(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await app.start()
        print(f"modelstore serving on {app.address}", flush=True)
        await stop.wait()
        log.info("shutting down: draining in-flight RPCs")
    finally:
        await app.stop()
    return 0


async def _migrate(settings: Settings) -> int:
    app = Modelstore(settings)
    try:
        await app.connect()
        for action in await app.migrate():
            print(action)
    finally:
        await app.stop()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line."""
    parser = argparse.ArgumentParser(prog="modelstore", description=__doc__)
    parser.add_argument("--data-dir", help="embedded data directory (MODELSTORE_DATA_DIR)")
    parser.add_argument("--database", help="database name (MODELSTORE_DATABASE)")
    parser.add_argument("--mongodb-uri", help="use this MongoDB instead of the embedded one")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve gRPC")
    serve.add_argument("--listen", help="host:port to serve on (MODELSTORE_LISTEN)")
    serve.add_argument("--credentials", help="callers file, YAML or JSON (MODELSTORE_CREDENTIALS)")
    serve.add_argument("--tls-cert", help="PEM server certificate (MODELSTORE_TLS_CERT)")
    serve.add_argument("--tls-key", help="PEM server key (MODELSTORE_TLS_KEY)")
    serve.add_argument("--tls-client-ca", help="PEM CA for client certificates: mutual TLS")
    serve.add_argument(
        "--insecure", action="store_true", help="allow a non-loopback address without credentials"
    )
    sub.add_parser("hash-token", help="print a new bearer token and the hash for the callers file")
    sub.add_parser("migrate", help="create or fix every declared index, and report")
    args = parser.parse_args(argv)
    settings = _settings(args)
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.command == "hash-token":
        token, digest = new_token()
        print(f"token:        {token}\ntoken_sha256: {digest}")
        return 0
    try:
        if args.command == "serve":
            return asyncio.run(_serve(settings))
        return asyncio.run(_migrate(settings))
    except KeyboardInterrupt:
        return 0
    except Exception as exc:
        log.error("%s", exc)
        log.debug("start-up failure", exc_info=exc)
        return 1


if __name__ == "__main__":
    sys.exit(main())
