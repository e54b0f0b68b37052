"""`RelayConfig`: everything `modelstore relay` can be told, and its command-line flags."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pathlib
from collections.abc import Sequence
from dataclasses import dataclass

from modelstore.client import TlsConfig

from .topics import DEFAULT_PREFIX, check_prefix

TOKEN_ENV = "MODELSTORE_TOKEN"
"""The bearer token, when `--token-file` is not given (not a flag: `ps` would show it)."""


@dataclass(frozen=True)
class RelayConfig:
    """One relay: which feed to read, where to publish, where to keep the position."""

    server: str
    """The Modelstore server, `host:port` or any gRPC target."""
    bootstrap_servers: str
    """Kafka's bootstrap servers, `host:port[,host:port...]`."""
    state_file: pathlib.Path
    """Where the last delivered resume token is kept (state.py)."""
    entity_types: tuple[str, ...] = ()
    """Full message names to relay; every type when empty."""
    filter: str = ""
    """An AIP-160 filter over the events (the feed's `filter`)."""
    read_mask: tuple[str, ...] = ()
    """The entity fields to send (snake_case paths); all when empty."""
    start_time: dt.datetime | None = None
    """Where a first run (no saved position) begins; None: from the moment it connects."""
    topic_prefix: str = DEFAULT_PREFIX
    """Replaces the leading `modelstore.` of an entity's full name in its topic (topics.py)."""
    token: str | None = None
    """Bearer token for the server; None: anonymous."""
    tenant: str | None = None
    """Sent as `x-tenant-id`: relay only this tenant's events (and global entities')."""
    tls: bool | TlsConfig = False
    """False: plaintext to the server; True: TLS with the system roots; or a TlsConfig."""
    client_id: str = "modelstore-relay"
    """Kafka client id (broker logs and quotas)."""
    batch_max_events: int = 1000
    """A batch is awaited and its position saved after this many events..."""
    batch_linger_seconds: float = 0.2
    """...or this long after its first event, whichever comes first."""
    idle_timeout_seconds: float = 35.0
    """With nothing from the server for this long (it sends a heartbeat every 10 s or
    sooner), the stream counts as dead and is opened again."""
    backoff_initial_seconds: float = 0.5
    """The first wait before reconnecting; doubles up to `backoff_max_seconds`."""
    backoff_max_seconds: float = 30.0
    """The longest wait between reconnection attempts."""
    kafka_request_timeout_ms: int = 30000
    """How long the producer waits for the broker before a delivery fails (retried)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the flags of `modelstore relay` to `parser`."""
    parser.add_argument("--server", default="127.0.0.1:50051", help="Modelstore server address")
    parser.add_argument(
        "--bootstrap-servers", required=True, help="Kafka bootstrap servers, host:port[,...]"
    )
    parser.add_argument(
        "--state-file", required=True, help="where the relay keeps its position (JSON)"
    )
    parser.add_argument(
        "--entity-types",
        nargs="+",
        default=[],
        metavar="TYPE",
        help="full message names to relay, for example modelstore.iam.v1.User (default: all)",
    )
    parser.add_argument("--filter", default="", help="AIP-160 filter over the change events")
    parser.add_argument(
        "--read-mask", default="", help="comma-separated entity fields to send (default: all)"
    )
    parser.add_argument(
        "--start-time",
        type=_timestamp,
        help="RFC 3339 time a first run starts from (default: now); ignored once a position"
        " is saved",
    )
    parser.add_argument(
        "--topic-prefix",
        default=DEFAULT_PREFIX,
        type=check_prefix,
        help="replaces 'modelstore.' in the topic of each entity type (default: %(default)s)",
    )
    parser.add_argument(
        "--token-file", help=f"file holding the bearer token (default: ${TOKEN_ENV})"
    )
    parser.add_argument("--tenant", help="send x-tenant-id: relay only this tenant's events")
    parser.add_argument("--tls", action="store_true", help="TLS to the server (system roots)")
    parser.add_argument("--tls-ca", help="PEM CA of the server's certificate (implies --tls)")
    parser.add_argument("--tls-cert", help="PEM client certificate, mutual TLS")
    parser.add_argument("--tls-key", help="PEM client key, mutual TLS")
    parser.add_argument("--client-id", default="modelstore-relay", help="Kafka client id")
    parser.add_argument(
        "--batch-max-events", type=_positive_int, default=1000, help="events per saved batch"
    )
    parser.add_argument(
        "--batch-linger",
        type=float,
        default=0.2,
        metavar="SECONDS",
        help="longest wait before a batch is awaited and its position saved",
    )


def _timestamp(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an RFC 3339 time: {text!r}") from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} has no UTC offset (add Z or +00:00)")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _paths(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _token(token_file: str | None) -> str | None:
    if token_file:
        return pathlib.Path(token_file).read_text().strip() or None
    return os.environ.get(TOKEN_ENV) or None


def from_args(args: argparse.Namespace) -> RelayConfig:
    """Return the configuration of parsed `modelstore relay` flags."""
    tls: bool | TlsConfig = bool(args.tls)
    if args.tls_ca or args.tls_cert or args.tls_key:
        tls = TlsConfig.from_files(args.tls_ca, args.tls_key, args.tls_cert)
    entity_types: Sequence[str] = args.entity_types
    return RelayConfig(
        server=args.server,
        bootstrap_servers=args.bootstrap_servers,
        state_file=pathlib.Path(args.state_file),
        entity_types=tuple(entity_types),
        filter=args.filter,
        read_mask=_paths(args.read_mask),
        start_time=args.start_time,
        topic_prefix=args.topic_prefix,
        token=_token(args.token_file),
        tenant=args.tenant or None,
        tls=tls,
        client_id=args.client_id,
        batch_max_events=args.batch_max_events,
        batch_linger_seconds=args.batch_linger,
    )
