"""Translate pymongo exceptions into the engine's typed errors, by type only.

Unique-index violations need the entity's indexes to name the fields at fault, so they are
not turned into ALREADY_EXISTS here but raised as `DuplicateKey` by `unique_violations`,
the same on every backend; the engine names the fields. `translate` is the last resort at
the service edge, for whatever no caller handled.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator, Mapping
from typing import Any

from pymongo import errors as mongo_errors

from modelstore.v1 import errors_pb2

from .. import errors
from .capabilities import Capabilities

INTERNAL_ERROR = 1
"""MongoDB's `InternalError` code: what FerretDB answers for an unmapped PostgreSQL error."""

_log = logging.getLogger("modelstore.errors")

WRITE_CONFLICTS = frozenset({16908292, 16777220})
"""PostgreSQL's deadlock_detected (40P01) and serialization_failure (40001), as DocumentDB
reports them: the SQLSTATE packed the way PostgreSQL's MAKE_SQLSTATE packs it (6 bits per
character). Concurrent inserts of one unique value sometimes fail so in DocumentDB's unique
index (seen with 16 racers across two servers under load: 14 aborted, 1 created, 1 refused
as a duplicate); an aborted write was not applied."""


class DuplicateKey(Exception):
    """A write was refused by a unique index (the `_id` one included), or may have been."""

    def __init__(
        self, key_pattern: tuple[str, ...] | None, confirmed: bool, cause: Exception
    ) -> None:
        super().__init__("unique index violation")
        self.key_pattern = key_pattern
        """The document keys of the violated index, where the backend names them (MongoDB's
        `keyPattern`); None where it does not (DocumentDB names the index only in its
        message text), so the caller finds the index by asking which one holds the values."""
        self.confirmed = confirmed
        """False where the backend's error is untyped (`Capabilities.
        typed_find_and_modify_duplicates`): it is a violation only if the data shows one
        (another document holds the values); otherwise the caller re-raises `cause`."""
        self.cause = cause
        """The driver's exception."""

    @property
    def write_conflict(self) -> bool:
        """Whether the backend aborted the write in a conflict with a concurrent one.

        Such a write was not applied, and whether it violates the index depends on the
        other writer's commit: running it again settles it (it succeeds, or meets the
        committed value as a typed duplicate).
        """
        cause = self.cause
        return isinstance(cause, mongo_errors.OperationFailure) and cause.code in WRITE_CONFLICTS


@contextlib.contextmanager
def unique_violations(caps: Capabilities) -> Iterator[None]:
    """Raise `DuplicateKey` for a unique-index violation of the writes inside the block."""
    try:
        yield
    except mongo_errors.DuplicateKeyError as exc:
        raise DuplicateKey(_key_pattern(exc.details), True, exc) from exc
    except mongo_errors.OperationFailure as exc:
        if exc.code in WRITE_CONFLICTS:
            # Aborted in a conflict with another writer, most likely one storing the same
            # unique value: whether that is a violation, the data tells (unconfirmed).
            raise DuplicateKey(None, False, exc) from exc
        if caps.typed_find_and_modify_duplicates or exc.code != INTERNAL_ERROR:
            raise
        raise DuplicateKey(None, False, exc) from exc


def _key_pattern(details: Mapping[str, Any] | None) -> tuple[str, ...] | None:
    pattern = (details or {}).get("keyPattern")
    if isinstance(pattern, Mapping) and pattern:
        return tuple(str(key) for key in pattern)
    return None


def translate(exc: BaseException) -> errors.ModelstoreError | None:
    """Return the typed error for a driver exception, or None when it is not a driver error."""
    if isinstance(exc, DuplicateKey | mongo_errors.DuplicateKeyError):
        return _already_exists(exc)
    if isinstance(exc, mongo_errors.ExecutionTimeout | mongo_errors.WTimeoutError):
        return errors.DeadlineExceeded("the database did not answer in time")
    if isinstance(
        exc,
        mongo_errors.ConnectionFailure
        | mongo_errors.ServerSelectionTimeoutError
        | mongo_errors.NetworkTimeout,
    ):
        return errors.Unavailable("the database is unreachable; retry later")
    if isinstance(exc, mongo_errors.OperationFailure) and exc.code == INTERNAL_ERROR:
        # FerretDB answers InternalError for every PostgreSQL failure it has no code for,
        # and that is what clients get while PostgreSQL is down or restarting ("failed to
        # connect to user=postgres ...", "terminating connection due to unexpected
        # postmaster exit", "the database system is starting up"; also "deadlock
        # detected"). No code, label or field tells these apart, and driver text is never
        # matched: the code decides. The fault is the database's and passes, so not
        # INTERNAL (our bugs). Only the class and code are logged: the text is PostgreSQL's
        # error, which may quote the values of the statement.
        _log.warning("database InternalError taken for unavailability: %s", errors.loggable(exc))
        return errors.Unavailable("the database is unavailable; retry later")
    if isinstance(exc, mongo_errors.OperationFailure) and exc.code in WRITE_CONFLICTS:
        # Not applied, and a retry can succeed: UNAVAILABLE's promise (ABORTED would tell
        # the caller to read again first, and is the etag mismatch's code).
        return errors.Unavailable("the write conflicted with a concurrent one; retry")
    if isinstance(exc, mongo_errors.DocumentTooLarge):
        return errors.ResourceExhausted("the entity is larger than the database allows")
    return None


def _already_exists(
    exc: DuplicateKey | mongo_errors.DuplicateKeyError,
) -> errors.AlreadyExists | None:
    """Return ALREADY_EXISTS for a violation no caller named, with the key pattern's fields."""
    if isinstance(exc, DuplicateKey):
        if not exc.confirmed:
            return None  # an unconfirmed InternalError stays one (logged with its cause)
        keys = exc.key_pattern
    else:
        keys = _key_pattern(exc.details)
    fields = [_snake_path(key) for key in keys or ()]
    if fields == ["_id"]:
        return errors.AlreadyExists(
            "an entity with this id already exists",
            ["id"],
            reason=errors_pb2.ERROR_REASON_ALREADY_EXISTS_ID,
        )
    named = f" ({', '.join(fields)})" if fields else ""
    return errors.AlreadyExists(f"a unique index already holds these values{named}", fields)


def _snake_path(key: str) -> str:
    """Return a stored key path (`workspaceId.x`) as the contract's snake_case field path."""
    return ".".join(re.sub(r"(?<!^)(?=[A-Z])", "_", part).lower() for part in key.split("."))
