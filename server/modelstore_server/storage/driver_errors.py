"""Translate pymongo exceptions into the engine's typed errors, by type only."""

from __future__ import annotations

from pymongo import errors as mongo_errors

from .. import errors


def translate(exc: BaseException) -> errors.ModelstoreError | None:
    """Return the typed error for a driver exception, or None when it is not a driver error.

    DuplicateKeyError is handled by the repository, which knows the entity's indexes.
    """
    if isinstance(exc, mongo_errors.ExecutionTimeout | mongo_errors.WTimeoutError):
        return errors.DeadlineExceeded("the database did not answer in time")
    if isinstance(
        exc,
        mongo_errors.ConnectionFailure
        | mongo_errors.ServerSelectionTimeoutError
        | mongo_errors.NetworkTimeout,
    ):
        return errors.Unavailable("the database is unreachable; retry later")
    if isinstance(exc, mongo_errors.DocumentTooLarge):
        return errors.ResourceExhausted("the entity is larger than the database allows")
    return None
