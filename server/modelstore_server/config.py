"""Configuration: the one declaration of every setting, and where each value comes from.

Every setting is a field of `Settings`, declared once with its default, its environment
variable, its command-line flag (if any) and whether it is a secret. The same key names it
in `modelstore.toml`. The effective value of each is decided by one precedence, highest
first:

    command-line flag > environment variable > configuration file > default

`load` applies it and records the source of every value, which `modelstore config`
prints (secrets masked). The configuration file is `--config PATH` (or
`MODELSTORE_CONFIG`); without either, `./modelstore.toml` when it exists. A key the file
does not know is an error naming the file and the key, never ignored: a typo must not
silently run the server with a default.

To add a setting: one field here, with `setting(...)`. The flag, the environment variable,
the file key, the parsing and `modelstore config` all follow from it.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import pathlib
import re
import tomllib
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .engine.store.bulk_limits import DEFAULT_COUNT_LIMIT, DEFAULT_PURGE_LIMIT

CONFIG_ENV = "MODELSTORE_CONFIG"
"""The configuration file, when `--config` is not given."""
DEFAULT_CONFIG = pathlib.Path("modelstore.toml")
"""Read when it exists and neither `--config` nor MODELSTORE_CONFIG names a file."""
GLOBAL, SERVE = "global", "serve"
"""Where a flag is given: before the command (`modelstore --data-dir D serve`) or to serve."""
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")
_KIND_NAMES = {bool: "a boolean", int: "an integer", float: "a number"}


READ_PREFERENCES = ("primary", "primaryPreferred", "secondary", "secondaryPreferred", "nearest")
"""MongoDB's read preference modes, as its URIs spell them."""


@dataclass(frozen=True)
class Option:
    """How a setting is given: its environment variable, flag, and what a value may be."""

    env: str | None
    """The environment variable; None: not settable from the environment (or the file)."""
    flag: str | None = None
    """The command-line flag, if any."""
    scope: str = GLOBAL
    """`global` (before the command) or `serve` (a flag of `modelstore serve`)."""
    help: str = ""
    """The flag's help text."""
    secret: bool = False
    """Masked by `modelstore config`: the whole value (keys), or a URI's password."""
    choices: tuple[str, ...] = ()
    """The values a string setting may take, if restricted."""
    const: Any = None
    """For a flag that takes no value: what giving it sets (`--no-migrate`: False)."""
    check: Callable[[Any], str | None] | None = None
    """Returns what is wrong with a parsed value, or None."""


def setting(default: Any, option: Option) -> Any:
    """Declare a field of `Settings` with its default and how it is given."""
    return field(default=default, metadata={"option": option})


def _at_least(low: float, unit: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if value >= low else f"must be at least {low:g} {unit}".rstrip()

    return check


def _between(low: int, high: int, unit: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if low <= value <= high else f"must be from {low} to {high} {unit}"

    return check


def _host_port(value: Any) -> str | None:
    host, sep, port = str(value).rpartition(":")
    if not sep or not host or not port.isdigit() or int(port) > 65535:
        return "must be host:port (port 0 picks a free port)"
    return None


@dataclass
class Settings:
    """Everything `modelstore serve` and `modelstore migrate` can be told (defaults here)."""

    listen: str = setting(
        "127.0.0.1:50051",
        Option(
            "MODELSTORE_LISTEN",
            "--listen",
            SERVE,
            "host:port to serve gRPC on; port 0 picks a free port",
            check=_host_port,
        ),
    )
    """The gRPC address, `host:port`; port 0 picks a free port."""
    http_listen: str | None = setting(
        None,
        Option(
            "MODELSTORE_HTTP_LISTEN",
            "--http-listen",
            SERVE,
            "host:port to serve HTTP/JSON and /openapi.json on; unset: no HTTP (docs/http.md)",
            check=_host_port,
        ),
    )
    """The HTTP/JSON address, `host:port` (docs/http.md); unset serves no HTTP. Port 0
    picks a free port."""
    http_static_dir: pathlib.Path | None = setting(
        None,
        Option(
            "MODELSTORE_HTTP_STATIC_DIR",
            "--http-static-dir",
            SERVE,
            "a directory served at / by the HTTP listener; unset: the data console"
            " (docs/console.md)",
        ),
    )
    """A directory of files the HTTP listener serves at `/` (a browser app); unset serves
    the data console's build (docs/console.md), shipped with the server."""
    mongodb_uri: str | None = setting(
        None,
        Option(
            "MONGODB_URI",
            "--mongodb-uri",
            help="use this MongoDB (or FerretDB v2) instead of the embedded database",
            secret=True,
        ),
    )
    """The database to use. Unset means: start the embedded PostgreSQL + FerretDB v2."""
    postgresql_url: str | None = setting(
        None,
        Option(
            "MODELSTORE_POSTGRESQL_URL",
            "--postgresql-url",
            help="run the embedded FerretDB v2 in front of this PostgreSQL (a libpq URL; several"
            " hosts: a primary and its standbys) instead of starting one",
            secret=True,
        ),
    )
    """Without MONGODB_URI: run the embedded FerretDB v2 in front of this PostgreSQL (with
    DocumentDB) instead of starting one. A libpq URL, which may name a primary and its
    standbys (`postgres://u@h1:5432,h2:5432/postgres`): FerretDB and the change feed then
    follow whichever of them is the primary (docs/deployment.md)."""
    read_preference: str = setting(
        "primary",
        Option(
            "MODELSTORE_READ_PREFERENCE",
            "--read-preference",
            help="where Get, BatchGet and List read on a MongoDB replica set",
            choices=READ_PREFERENCES,
        ),
    )
    """Where Get, BatchGet and List read on a MongoDB replica set: `primary` (read your own
    writes), or a mode that lets them read a secondary, which may lag. Every other read (the
    checks before and after a write, the change feed) reads the primary."""
    database: str = setting(
        "modelstore", Option("MODELSTORE_DATABASE", "--database", help="database name")
    )
    """The MongoDB database name."""
    data_dir: pathlib.Path = setting(
        pathlib.Path(".modelstore"),
        Option("MODELSTORE_DATA_DIR", "--data-dir", help="embedded data directory"),
    )
    """Where the embedded database and the generated key file live."""
    ferretdb_bin: str | None = setting(None, Option("MODELSTORE_FERRETDB_BIN"))
    """The FerretDB v2 binary; the one scripts/setup built when unset."""
    encryption_keys: str | None = setting(None, Option("MODELSTORE_ENCRYPTION_KEYS", secret=True))
    """AES-256 keys as `id:base64,id:base64`; a key file in data_dir is made when unset."""
    encryption_key_id: str | None = setting(None, Option("MODELSTORE_ENCRYPTION_KEY_ID"))
    """The key id new writes use; defaults to the last key."""
    grace_seconds: float = setting(
        10.0, Option("MODELSTORE_GRACE_SECONDS", check=_at_least(0, "seconds"))
    )
    """How long shutdown waits for in-flight RPCs."""
    health_interval: float = setting(
        2.0, Option("MODELSTORE_HEALTH_INTERVAL", check=_at_least(0.05, "seconds"))
    )
    """Seconds between database health checks."""
    server_selection_timeout_ms: int = setting(
        3000, Option("MODELSTORE_SERVER_SELECTION_TIMEOUT_MS", check=_at_least(1, "ms"))
    )
    """How long a database call waits for a reachable server before UNAVAILABLE."""
    credentials_file: pathlib.Path | None = setting(
        None,
        Option("MODELSTORE_CREDENTIALS", "--credentials", SERVE, "callers file, YAML or JSON"),
    )
    """The callers file (YAML or JSON); unset means anonymous callers (loopback only)."""
    insecure: bool = setting(
        False,
        Option(
            "MODELSTORE_INSECURE",
            "--insecure",
            SERVE,
            "allow a non-loopback address without credentials",
            const=True,
        ),
    )
    """Allow serving a non-loopback address without credentials (logs a warning)."""
    tls_cert: pathlib.Path | None = setting(
        None, Option("MODELSTORE_TLS_CERT", "--tls-cert", SERVE, "PEM server certificate")
    )
    """PEM server certificate chain; with `tls_key`, serve TLS."""
    tls_key: pathlib.Path | None = setting(
        None, Option("MODELSTORE_TLS_KEY", "--tls-key", SERVE, "PEM server key")
    )
    """PEM private key of the server certificate."""
    tls_client_ca: pathlib.Path | None = setting(
        None,
        Option(
            "MODELSTORE_TLS_CLIENT_CA",
            "--tls-client-ca",
            SERVE,
            "PEM CA for client certificates: mutual TLS",
        ),
    )
    """PEM CA bundle for client certificates; when set, clients must present one (mTLS)."""
    max_message_bytes: int = setting(
        4 * 1024 * 1024, Option("MODELSTORE_MAX_MESSAGE_BYTES", check=_at_least(1024, "bytes"))
    )
    """The largest request accepted; larger ones are RESOURCE_EXHAUSTED."""
    log_level: str = setting(
        "INFO",
        Option(
            "MODELSTORE_LOG_LEVEL",
            "--log-level",
            help="DEBUG, INFO, WARNING or ERROR",
            choices=("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"),
        ),
    )
    """The lowest level logged (any case)."""
    log_format: str = setting(
        "json",
        Option(
            "MODELSTORE_LOG_FORMAT",
            "--log-format",
            help="json (one object per line) or text",
            choices=("json", "text"),
        ),
    )
    """`json`: one JSON object per line (docs/operations.md); `text`: for a terminal."""
    access_log: bool = setting(
        False,
        Option(
            "MODELSTORE_ACCESS_LOG",
            "--access-log",
            SERVE,
            "log one line per RPC: method, code, duration, request id, principal",
            const=True,
        ),
    )
    """One log line per RPC (logger `modelstore.access`): never a payload."""
    metrics_listen: str | None = setting(
        None,
        Option(
            "MODELSTORE_METRICS_LISTEN",
            "--metrics-listen",
            SERVE,
            "host:port to serve Prometheus metrics on (/metrics); off when unset",
            check=_host_port,
        ),
    )
    """Where Prometheus scrapes `/metrics`; unset: no metrics are kept at all."""
    otlp_endpoint: str | None = setting(
        None,
        Option(
            "MODELSTORE_OTLP_ENDPOINT",
            "--otlp-endpoint",
            SERVE,
            "export traces over OTLP/gRPC to this collector (http://host:4317); off when"
            " unset and no OTEL_EXPORTER_OTLP_*ENDPOINT is set",
        ),
    )
    """The OTLP/gRPC collector traces go to; the standard OTEL_* variables also work."""
    workers: int = setting(
        1,
        Option(
            "MODELSTORE_WORKERS",
            "--workers",
            SERVE,
            "server processes sharing the port via SO_REUSEPORT; no other server may share it",
            check=_at_least(1, ""),
        ),
    )
    """Server processes sharing the listen port (SO_REUSEPORT); see `modelstore serve --workers`."""
    event_loop: str = setting(
        "auto",
        Option(
            "MODELSTORE_EVENT_LOOP",
            "--event-loop",
            help="auto (uvloop when installed), uvloop or asyncio",
            choices=("auto", "uvloop", "asyncio"),
        ),
    )
    """`auto` (uvloop when installed, else asyncio), `uvloop` or `asyncio`: see event_loop.py."""
    change_feed: bool = setting(True, Option("MODELSTORE_CHANGE_FEED"))
    """Capture committed writes into the change log (docs/changes.md). Off, ChangeService
    still serves what the log holds, and nothing new arrives."""
    change_capture_url: str | None = setting(
        None, Option("MODELSTORE_CHANGE_CAPTURE_URL", secret=True)
    )
    """The PostgreSQL under a FerretDB v2 given by MONGODB_URI, for the change feed's logical
    decoding (`postgres://user@host:port/postgres`); the embedded database's is known."""
    change_retention_days: float = setting(
        7.0, Option("MODELSTORE_CHANGE_RETENTION_DAYS", check=_at_least(0.001, "days"))
    )
    """How long change events are kept; a resume token older than this is refused."""
    migrate_on_start: bool = setting(
        True,
        Option(
            "MODELSTORE_MIGRATE_ON_START",
            "--no-migrate",
            SERVE,
            "do not create or fix the declared indexes at start-up: `modelstore migrate` runs"
            " as its own step",
            const=False,
        ),
    )
    """Create or fix the declared indexes at start-up (the parent of workers does it once).
    Off (`serve --no-migrate`) where a deployment runs `modelstore migrate` as its own step,
    before the servers start, so N servers do not all check the indexes at once and an index
    build never delays readiness."""
    audit_retention_days: int = setting(
        90, Option("MODELSTORE_AUDIT_RETENTION_DAYS", check=_at_least(1, "days"))
    )
    """How long the audit log keeps an entry: the TTL of `modelstore.audit_log`, set on the
    index when indexes are migrated (docs/audit.md)."""
    count_limit: int = setting(
        DEFAULT_COUNT_LIMIT,
        Option("MODELSTORE_COUNT_LIMIT", check=_between(1, 2**31 - 1, "documents")),
    )
    """The most documents a List's `total_size` (AIP-158) counts, and a dry-run Purge: past
    it the total is this limit with `total_size_capped` set, a lower bound, instead of an
    error a UI would have to handle (docs/decisions.md, "Counts and purge")."""
    purge_limit: int = setting(
        DEFAULT_PURGE_LIMIT,
        Option("MODELSTORE_PURGE_LIMIT", check=_between(1, 2**31 - 1, "documents")),
    )
    """The most documents one forced Purge (AIP-165) deletes; calling it again goes on."""
    reuse_port: bool = setting(False, Option(None))
    """Set SO_REUSEPORT on the listening socket: only for the workers of `serve --workers N`,
    whose parent holds the port for them (transport/listen_port.py); a single server binds
    the port exclusively, so a second server on it fails instead of taking half its traffic.
    Not configurable: `serve --workers` sets it in its workers."""


# --- the declaration, read --------------------------------------------------------------


@dataclass(frozen=True)
class Declared:
    """One setting: its name, type and option, and its default."""

    name: str
    kind: type
    optional: bool
    option: Option
    default: Any


def declared() -> list[Declared]:
    """Return every setting, in declaration order."""
    hints = typing.get_type_hints(Settings)
    out = []
    for f in dataclasses.fields(Settings):
        hint = hints[f.name]
        args = typing.get_args(hint)
        optional = isinstance(hint, types.UnionType) and type(None) in args
        kind = next(a for a in args if a is not type(None)) if optional else hint
        out.append(Declared(f.name, kind, optional, f.metadata["option"], f.default))
    return out


class ConfigError(ValueError):
    """A setting's value, or the configuration file, is wrong; the text says which."""


def _from_text(item: Declared, text: str, where: str) -> Any:
    """Parse an environment variable's or a flag's text as the setting's type."""
    try:
        if item.kind is bool:
            if text.lower() in _TRUE:
                return True
            if text.lower() in _FALSE:
                return False
            raise ValueError("must be true or false")
        if item.kind is int:
            return int(text)
        if item.kind is float:
            return float(text)
        if item.kind is pathlib.Path:
            return pathlib.Path(text)
        return text
    except ValueError as exc:
        detail = str(exc) if item.kind is bool else f"must be {_KIND_NAMES[item.kind]}"
        raise ConfigError(f"{where} {detail}, not {text!r}") from None


def _from_toml(item: Declared, value: Any, where: str) -> Any:
    """Check a file value's type (TOML has its own types: no parsing of text for numbers)."""
    kind = item.kind
    ok = (
        isinstance(value, bool)
        if kind is bool
        else isinstance(value, int) and not isinstance(value, bool)
        if kind is int
        else isinstance(value, int | float) and not isinstance(value, bool)
        if kind is float
        else isinstance(value, str)
    )
    if not ok:
        raise ConfigError(f"{where} must be {_KIND_NAMES.get(kind, 'a string')}, not {value!r}")
    if kind is pathlib.Path:
        return pathlib.Path(value)
    return float(value) if kind is float else value


def _checked(item: Declared, value: Any, where: str) -> Any:
    if item.option.choices:
        # Any case, spelled back as the choices spell it (`debug` -> DEBUG,
        # `SECONDARYpreferred` -> secondaryPreferred).
        spelled = {choice.lower(): choice for choice in item.option.choices}
        if str(value).lower() not in spelled:
            raise ConfigError(
                f"{where} must be one of {', '.join(item.option.choices)}, not {value!r}"
            )
        value = spelled[str(value).lower()]
    if item.option.check is not None and (problem := item.option.check(value)):
        raise ConfigError(f"{where} {problem}, not {value!r}")
    return value


def flag_dest(item: Declared) -> str:
    """Return the argparse destination of a setting's flag."""
    return f"setting_{item.name}"


def add_flags(parser: argparse.ArgumentParser, scope: str) -> None:
    """Add the flags of every setting of `scope` to a parser (values default to None)."""
    for item in declared():
        option = item.option
        if option.flag is None or option.scope != scope:
            continue
        env = f" ({option.env})" if option.env else ""
        if option.const is not None:
            parser.add_argument(
                option.flag,
                dest=flag_dest(item),
                action="store_const",
                const=option.const,
                default=None,
                help=f"{option.help}{env}",
            )
        else:
            parser.add_argument(
                option.flag,
                dest=flag_dest(item),
                default=None,
                metavar=option.flag.lstrip("-").replace("-", "_").upper(),
                help=f"{option.help}{env}",
            )


@dataclass
class Loaded:
    """The effective settings and where each value came from."""

    settings: Settings
    sources: dict[str, str]
    """Setting name -> `default`, `file PATH`, `env NAME` or `flag --name`."""
    file: pathlib.Path | None


def config_file(flag: str | None, environ: Mapping[str, str]) -> pathlib.Path | None:
    """Return the file to read: `--config`, MODELSTORE_CONFIG, or ./modelstore.toml."""
    if flag:
        return pathlib.Path(flag)
    if named := environ.get(CONFIG_ENV):
        return pathlib.Path(named)
    return DEFAULT_CONFIG if DEFAULT_CONFIG.is_file() else None


def read_file(path: pathlib.Path) -> dict[str, Any]:
    """Read a configuration file's table (ConfigError for a missing or malformed one)."""
    try:
        with path.open("rb") as handle:
            table = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"configuration file {path} does not exist") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"configuration file {path} is not valid TOML: {exc}") from None
    known = {d.name for d in declared() if d.option.env is not None}
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(
            f"configuration file {path}: unknown setting {', '.join(map(repr, unknown))};"
            f" the settings are {', '.join(sorted(known))} (docs/operations.md)"
        )
    return table


def load(
    flags: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
    config: str | None = None,
) -> Loaded:
    """Decide every setting: flag > environment > configuration file > default.

    `flags` maps `flag_dest` names to what argparse parsed (None: not given).
    """
    flags = flags or {}
    environ = os.environ if environ is None else environ
    path = config_file(config, environ)
    table = read_file(path) if path is not None else {}
    settings = Settings()
    sources: dict[str, str] = {}
    for item in declared():
        option = item.option
        value, source = item.default, "default"
        if option.env is None:
            sources[item.name] = source
            continue
        if item.name in table:
            where = f"{item.name} in {path}"
            value = _checked(item, _from_toml(item, table[item.name], where), where)
            source = f"file {path}"
        text = environ.get(option.env)
        if text not in (None, ""):
            assert text is not None
            where = option.env
            value = _checked(item, _from_text(item, text, where), where)
            source = f"env {option.env}"
        given = flags.get(flag_dest(item))
        if given is not None and option.flag is not None:
            where = option.flag
            if not isinstance(given, str):  # a flag without a value: its constant
                value = given
            else:
                value = _checked(item, _from_text(item, given, where), where)
            source = f"flag {option.flag}"
        setattr(settings, item.name, value)
        sources[item.name] = source
    return Loaded(settings, sources, path)


# --- `modelstore config` ----------------------------------------------------------------

_URI_PASSWORD = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?P<user>[^:@/]*):[^@/]*@")


def masked(item: Declared, value: Any) -> str:
    """Show a value as `modelstore config` does: a secret's password (or all of it) hidden."""
    if value is None:
        return "(unset)"
    text = str(value)
    if not item.option.secret:
        return text
    if "://" in text:  # a URI: only its password is secret (hosts and options help)
        return _URI_PASSWORD.sub(r"\g<scheme>\g<user>:****@", text)
    return "****"


def describe(loaded: Loaded) -> str:
    """Return the effective settings, one per line with its source, secrets masked."""
    items = [d for d in declared() if d.option.env is not None]
    width = max(len(d.name) for d in items)
    file = str(loaded.file) if loaded.file is not None else "none"
    lines = [f"# configuration file: {file}"]
    lines.append("# precedence: flag > environment > configuration file > default")
    for item in items:
        value = masked(item, getattr(loaded.settings, item.name))
        lines.append(f"{item.name:<{width}}  {value}  [{loaded.sources[item.name]}]")
    return "\n".join(lines)
