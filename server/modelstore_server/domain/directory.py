"""Domain methods of `modelstore.directory.v1` (seed 002).

- `UserService.SyncClerkUser`: applies one identity-provider (Clerk) webhook event to the
  user with its clerk_id, idempotently and in event-time order.
- `UserDataService.SetUserData`: upserts a user's key/value entry.

Both are one conditional upsert: the condition that makes the write correct lives in the
filter, so the check and the write are a single atomic step on every supported backend,
across server processes. A delivery that loses a race learns it from the unique index
(clerk_id, or {user_id, key}): its upsert's insert is refused (`DuplicateKey`).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from google.protobuf.message import Message

from modelstore.directory.v1 import user_data_pb2, user_pb2

from .. import errors
from ..engine.codec import now, timestamp_to_datetime
from ..engine.context import CallContext
from ..engine.defaults import apply_defaults
from ..engine.store import Changes, DuplicateKey, EntityStore
from . import DomainDeps, domain_method

log = logging.getLogger("modelstore.directory")

_SERVICE = "modelstore.directory.v1"

# The User fields that Clerk owns: a created or updated event carries the full Clerk user,
# so each of these is replaced, or cleared when the event leaves it unset.
_CLERK_FIELDS = (
    "email",
    "first_name",
    "last_name",
    "image_url",
    "username",
    "external_id",
    "public_metadata",
    "private_metadata",
    "unsafe_metadata",
    "last_sign_in_at",
)
_SYNCED_AT = "clerkSyncedAt"
_EVENT_ID = "clerkEventId"
_CLERK_ID = "clerkId"
_DELETED = user_pb2.CLERK_EVENT_TYPE_USER_DELETED
_UPSERT_ATTEMPTS = 4
Users = EntityStore[user_pb2.User]


@domain_method(f"{_SERVICE}.UserService.SyncClerkUser")
async def sync_clerk_user(
    deps: DomainDeps, request: user_pb2.SyncClerkUserRequest, ctx: CallContext
) -> user_pb2.SyncClerkUserResponse:
    """Apply the event unless the user already reflects it or a newer one."""
    users = deps.store(user_pb2.User)
    if request.event_type != _DELETED and not request.user.email:
        raise errors.invalid_field(
            "user.email",
            "is required for created and updated events",
            "a created or updated event must carry the user's email",
        )
    clerk_id = request.user.clerk_id
    occurred = timestamp_to_datetime(request.occurred_at)
    changes = _clerk_changes(users, request, occurred)
    # The event applies only over older (or never synchronised) data; when the user
    # exists but is not older, nothing matches and the upsert's insert collides with
    # the unique clerk_id: a newer or equal event already won.
    where: dict[str, Any] = {
        _CLERK_ID: clerk_id,
        "$or": [{_SYNCED_AT: {"$lt": occurred}}, {_SYNCED_AT: {"$exists": False}}],
    }
    for _ in range(3):
        try:
            written = await users.upsert_where(ctx, where, changes)
        except DuplicateKey as dup:
            current = await users.find_first(ctx, {_CLERK_ID: clerk_id})
            if current is None:
                if not dup.confirmed:
                    raise dup.cause from None  # no user holds the clerk_id: another error
                continue  # deleted between the two steps: try again
            synced = current.get(_SYNCED_AT)
            if isinstance(synced, dt.datetime) and _aware(synced) >= occurred:
                return user_pb2.SyncClerkUserResponse(user=users.decode(current), applied=False)
            continue  # an older event's insert won the race: apply over it
        # Another delivery of an event with the same time may have written after us;
        # only the write whose version is stored counts as applied.
        log.debug(
            "clerk event (%s) %s",  # no event id: request data stays out of logs
            user_pb2.ClerkEventType.Name(request.event_type),
            "applied" if written.current else "already applied",
        )
        return user_pb2.SyncClerkUserResponse(
            user=users.decode(written.doc), applied=written.current
        )
    raise errors.keeps_changing(users.label, f"clerk_id {clerk_id}")


def _clerk_changes(
    users: Users, request: user_pb2.SyncClerkUserRequest, occurred: dt.datetime
) -> Changes:
    set_doc: dict[str, Any] = {_SYNCED_AT: occurred, _EVENT_ID: request.event_id}
    unset: list[str] = []
    if request.event_type == _DELETED:
        set_doc[users.key("status")] = users.encode("status", user_pb2.USER_STATUS_INACTIVE)
    else:
        payload = request.user
        for name in _CLERK_FIELDS:
            if _present(payload, name):
                set_doc[users.key(name)] = users.encode(name, getattr(payload, name))
            else:
                unset.append(users.key(name))
    # A new user gets the proto's defaults (role `user`, status `active`); the fields the
    # event writes are left to `$set` (the store adds the id and creation time).
    fresh = user_pb2.User()
    apply_defaults(fresh, now())
    on_insert = {
        users.key(fd.name): users.encode(fd.name, value)
        for fd, value in fresh.ListFields()
        if users.key(fd.name) not in set_doc
    }
    return Changes(set=set_doc, unset=unset, set_on_insert=on_insert)


@domain_method(f"{_SERVICE}.UserDataService.SetUserData")
async def set_user_data(
    deps: DomainDeps, request: user_data_pb2.SetUserDataRequest, ctx: CallContext
) -> user_data_pb2.SetUserDataResponse:
    """Create or replace the entry (an upsert on the unique {user_id, key})."""
    users = deps.store(user_pb2.User)
    entries = deps.store(user_data_pb2.UserData)
    await _require_user(users, ctx, request.user_id)
    where = {entries.key("user_id"): request.user_id, entries.key("key"): request.key}
    changes = Changes(set={entries.key("value"): request.value})
    for attempt in range(_UPSERT_ATTEMPTS):
        try:
            written = await entries.upsert_where(ctx, where, changes)
            break
        except DuplicateKey:
            # A concurrent call inserted the same key first: ours becomes an update once
            # the row is visible to it. Racing upserts on DocumentDB can each meet the
            # other's insert, so this takes more than one retry under contention; a last
            # refusal is reported, translated at the edge.
            if attempt == _UPSERT_ATTEMPTS - 1:
                raise
    else:  # pragma: no cover - the loop either breaks or raises
        raise AssertionError("unreachable")
    if written.inserted:
        # The user deleted between the check and the insert must not keep an orphan entry
        # (its cascade may already have run).
        try:
            await _require_user(users, ctx, request.user_id)
        except errors.FailedPrecondition:
            await entries.remove(str(written.doc["_id"]))
            raise
    return user_data_pb2.SetUserDataResponse(user_data=entries.decode(written.doc))


async def _require_user(users: Users, ctx: CallContext, user_id: str) -> None:
    if await users.find(ctx, user_id, ["_id"]) is None:
        raise errors.reference_missing("user_id", users.label, user_id)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _present(message: Message, name: str) -> bool:
    fd = message.DESCRIPTOR.fields_by_name[name]
    if fd.has_presence:
        return bool(message.HasField(name))
    return bool(getattr(message, name))
