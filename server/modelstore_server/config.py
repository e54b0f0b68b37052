"""Configuration: flags override `MODELSTORE_*` environment variables, which override defaults."""

from __future__ import annotations

import os
import pathlib
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def _env_flag(name: str, default: bool) -> bool:
    """Read a yes/no variable: `1`, `true`, `yes`, `on` or `0`, `false`, `no`, `off` (any case)."""
    value = _env(name)
    if value is None:
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{name} must be true or false, not {value!r}")


def _env_days(name: str, default: int) -> int:
    """Read a whole number of days, at least 1."""
    value = _env(name)
    if value is None:
        return default
    if not value.isdigit() or int(value) < 1:
        raise ValueError(f"{name} must be a whole number of days, at least 1, not {value!r}")
    return int(value)


READ_PREFERENCES = ("primary", "primaryPreferred", "secondary", "secondaryPreferred", "nearest")
"""MongoDB's read preference modes, as its URIs spell them."""


def _env_choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    """Read one of `choices` (as spelled there, any case)."""
    value = _env(name)
    if value is None:
        return default
    for choice in choices:
        if value.lower() == choice.lower():
            return choice
    raise ValueError(f"{name} must be one of {', '.join(choices)}, not {value!r}")


@dataclass
class Settings:
    """Everything `modelstore serve` and `modelstore migrate` can be told."""

    listen: str = field(default_factory=lambda: _env("MODELSTORE_LISTEN", "127.0.0.1:50051") or "")
    """The gRPC address, `host:port`; port 0 picks a free port."""
    http_listen: str | None = field(default_factory=lambda: _env("MODELSTORE_HTTP_LISTEN"))
    """The HTTP/JSON address, `host:port` (docs/http.md); unset serves no HTTP. Port 0
    picks a free port."""
    http_static_dir: pathlib.Path | None = field(
        default_factory=lambda: (
            pathlib.Path(v) if (v := _env("MODELSTORE_HTTP_STATIC_DIR")) else None
        )
    )
    """A directory of files the HTTP listener serves at `/` (a browser app); unset serves
    the data console's build (docs/console.md), shipped with the server."""
    mongodb_uri: str | None = field(default_factory=lambda: _env("MONGODB_URI"))
    """The database to use. Unset means: start the embedded PostgreSQL + FerretDB v2."""
    postgresql_url: str | None = field(default_factory=lambda: _env("MODELSTORE_POSTGRESQL_URL"))
    """Without MONGODB_URI: run the embedded FerretDB v2 in front of this PostgreSQL (with
    DocumentDB) instead of starting one. A libpq URL, which may name a primary and its
    standbys (`postgres://u@h1:5432,h2:5432/postgres`): FerretDB and the change feed then
    follow whichever of them is the primary (docs/deployment.md)."""
    read_preference: str = field(
        default_factory=lambda: _env_choice(
            "MODELSTORE_READ_PREFERENCE", "primary", READ_PREFERENCES
        )
    )
    """Where Get, BatchGet and List read on a MongoDB replica set: `primary` (read your own
    writes), or a mode that lets them read a secondary, which may lag. Every other read (the
    checks before and after a write, the change feed) reads the primary."""
    database: str = field(default_factory=lambda: _env("MODELSTORE_DATABASE", "modelstore") or "")
    """The MongoDB database name."""
    data_dir: pathlib.Path = field(
        default_factory=lambda: pathlib.Path(_env("MODELSTORE_DATA_DIR", ".modelstore") or "")
    )
    """Where the embedded database and the generated key file live."""
    ferretdb_bin: str | None = field(default_factory=lambda: _env("MODELSTORE_FERRETDB_BIN"))
    """The FerretDB v2 binary; the one scripts/setup built when unset."""
    encryption_keys: str | None = field(default_factory=lambda: _env("MODELSTORE_ENCRYPTION_KEYS"))
    """AES-256 keys as `id:base64,id:base64`; a key file in data_dir is made when unset."""
    encryption_key_id: str | None = field(
        default_factory=lambda: _env("MODELSTORE_ENCRYPTION_KEY_ID")
    )
    """The key id new writes use; defaults to the last key."""
    grace_seconds: float = 10.0
    """How long shutdown waits for in-flight RPCs."""
    health_interval: float = 2.0
    """Seconds between database health checks."""
    server_selection_timeout_ms: int = 3000
    """How long a database call waits for a reachable server before UNAVAILABLE."""
    credentials_file: pathlib.Path | None = field(
        default_factory=lambda: pathlib.Path(v) if (v := _env("MODELSTORE_CREDENTIALS")) else None
    )
    """The callers file (YAML or JSON); unset means anonymous callers (loopback only)."""
    insecure: bool = False
    """Allow serving a non-loopback address without credentials (logs a warning)."""
    tls_cert: pathlib.Path | None = field(
        default_factory=lambda: pathlib.Path(v) if (v := _env("MODELSTORE_TLS_CERT")) else None
    )
    """PEM server certificate chain; with `tls_key`, serve TLS."""
    tls_key: pathlib.Path | None = field(
        default_factory=lambda: pathlib.Path(v) if (v := _env("MODELSTORE_TLS_KEY")) else None
    )
    """PEM private key of the server certificate."""
    tls_client_ca: pathlib.Path | None = field(
        default_factory=lambda: pathlib.Path(v) if (v := _env("MODELSTORE_TLS_CLIENT_CA")) else None
    )
    """PEM CA bundle for client certificates; when set, clients must present one (mTLS)."""
    max_message_bytes: int = 4 * 1024 * 1024
    """The largest request accepted; larger ones are RESOURCE_EXHAUSTED."""
    log_level: str = field(default_factory=lambda: _env("MODELSTORE_LOG_LEVEL", "INFO") or "")
    """The log level."""
    workers: int = field(default_factory=lambda: int(_env("MODELSTORE_WORKERS", "1") or "1"))
    """Server processes sharing the listen port (SO_REUSEPORT); see `modelstore serve --workers`."""
    event_loop: str = field(default_factory=lambda: _env("MODELSTORE_EVENT_LOOP", "auto") or "")
    """`auto` (uvloop when installed, else asyncio), `uvloop` or `asyncio`: see event_loop.py."""
    reuse_port: bool = False
    """Set SO_REUSEPORT on the listening socket: only for the workers of `serve --workers N`,
    whose parent holds the port for them (transport/listen_port.py); a single server binds
    the port exclusively, so a second server on it fails instead of taking half its traffic."""
    change_feed: bool = field(
        default_factory=lambda: _env_flag("MODELSTORE_CHANGE_FEED", default=True)
    )
    """Capture committed writes into the change log (docs/changes.md). Off, ChangeService
    still serves what the log holds, and nothing new arrives."""
    change_capture_url: str | None = field(
        default_factory=lambda: _env("MODELSTORE_CHANGE_CAPTURE_URL")
    )
    """The PostgreSQL under a FerretDB v2 given by MONGODB_URI, for the change feed's logical
    decoding (`postgres://user@host:port/postgres`); the embedded database's is known."""
    change_retention_days: float = field(
        default_factory=lambda: float(_env("MODELSTORE_CHANGE_RETENTION_DAYS", "7") or "7")
    )
    """How long change events are kept; a resume token older than this is refused."""
    migrate_on_start: bool = field(
        default_factory=lambda: _env_flag("MODELSTORE_MIGRATE_ON_START", default=True)
    )
    """Create or fix the declared indexes at start-up (the parent of workers does it once).
    Off (`serve --no-migrate`) where a deployment runs `modelstore migrate` as its own step,
    before the servers start, so N servers do not all check the indexes at once and an index
    build never delays readiness."""
    audit_retention_days: int = field(
        default_factory=lambda: _env_days("MODELSTORE_AUDIT_RETENTION_DAYS", 90)
    )
    """How long the audit log keeps an entry: the TTL of `modelstore.audit_log`, set on the
    index when indexes are migrated (docs/audit.md)."""
