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
import uuid
from typing import Any, cast

from pymongo import ReturnDocument

from modelstore.directory.v1 import user_data_pb2, user_pb2
from modelstore.v1 import errors_pb2

from ..engine.codec import encode_value, now, timestamp_to_datetime
from ..engine.context import CallContext
from ..engine.defaults import apply_defaults
from ..engine.store import EntityStore, new_etag
from ..errors import EtagMismatch, FailedPrecondition, FieldViolation, InvalidArgument
from ..storage.driver_errors import DuplicateKey, unique_violations
from . import DomainDeps, DomainHandler

log = logging.getLogger("modelstore.directory")

USER = "modelstore.directory.v1.User"
USER_DATA = "modelstore.directory.v1.UserData"
_SERVICE = "/modelstore.directory.v1"

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
_STATUS = "status"
_DELETED = user_pb2.CLERK_EVENT_TYPE_USER_DELETED


class ClerkSync:
    """`SyncClerkUser`: an event-time-ordered, idempotent upsert by clerk_id."""

    def __init__(self, users: EntityStore) -> None:
        self.users = users

    async def __call__(
        self, request: user_pb2.SyncClerkUserRequest, ctx: CallContext
    ) -> user_pb2.SyncClerkUserResponse:
        """Apply the event unless the user already reflects it or a newer one."""
        if request.event_type != _DELETED and not request.user.email:
            raise InvalidArgument(
                "a created or updated event must carry the user's email",
                [FieldViolation("user.email", "is required for created and updated events")],
            )
        payload = request.user
        occurred = timestamp_to_datetime(request.occurred_at)
        update = self._update(request, occurred)
        # The event applies only over older (or never synchronised) data; when the user
        # exists but is not older, nothing matches and the upsert's insert collides with
        # the unique clerk_id: a newer or equal event already won.
        filt: dict[str, Any] = {
            _CLERK_ID: payload.clerk_id,
            "$or": [{_SYNCED_AT: {"$lt": occurred}}, {_SYNCED_AT: {"$exists": False}}],
        }
        etag = update["$set"]["etag"]
        for _ in range(3):
            try:
                with unique_violations(self.users.caps):
                    doc = await self.users.coll.find_one_and_update(
                        filt, update, upsert=True, return_document=ReturnDocument.AFTER
                    )
            except DuplicateKey as dup:
                current = await self.users.coll.find_one({_CLERK_ID: payload.clerk_id})
                if current is None:
                    if not dup.confirmed:
                        raise dup.cause from None  # no user holds the clerk_id: another error
                    continue  # deleted between the two steps: try again
                synced = current.get(_SYNCED_AT)
                if isinstance(synced, dt.datetime) and _aware(synced) >= occurred:
                    return user_pb2.SyncClerkUserResponse(
                        user=cast(user_pb2.User, self.users.decode(current)), applied=False
                    )
                continue  # an older event's insert won the race: apply over it
            if doc is None:  # pragma: no cover - an upsert always returns a document
                continue
            # Another delivery of an event with the same time may have written after us;
            # only the write whose etag is stored counts as applied.
            applied = doc.get("etag") == etag
            log.debug(
                "clerk event %s (%s) %s",
                request.event_id,
                user_pb2.ClerkEventType.Name(request.event_type),
                "applied" if applied else "already applied",
            )
            return user_pb2.SyncClerkUserResponse(
                user=cast(user_pb2.User, self.users.decode(doc)), applied=applied
            )
        raise EtagMismatch(
            f"the user with clerk_id {payload.clerk_id!r} changed concurrently; retry"
        )

    def _update(
        self, request: user_pb2.SyncClerkUserRequest, occurred: dt.datetime
    ) -> dict[str, Any]:
        store = self.users
        keys = store.model.field_keys
        current = now()
        set_doc: dict[str, Any] = {
            _SYNCED_AT: occurred,
            _EVENT_ID: request.event_id,
            "updatedAt": current,
            "etag": new_etag(),
        }
        unset: dict[str, str] = {}
        if request.event_type == _DELETED:
            set_doc[_STATUS] = encode_value(store.plan_map["status"], user_pb2.USER_STATUS_INACTIVE)
        else:
            payload = request.user
            for name in _CLERK_FIELDS:
                if _present(payload, name):
                    set_doc[keys[name]] = encode_value(store.plan_map[name], getattr(payload, name))
                else:
                    unset[keys[name]] = ""
        # A new user gets the proto's defaults (role `user`, status `active`), a UUID and
        # its creation time; the fields the event writes are left to `$set`.
        fresh = user_pb2.User()
        apply_defaults(fresh, current)
        on_insert = {
            k: v
            for k, v in (
                (keys[fd.name], encode_value(store.plan_map[fd.name], value))
                for fd, value in fresh.ListFields()
            )
            if k not in set_doc
        }
        on_insert.update({"_id": str(uuid.uuid4()), "createdAt": current})
        update: dict[str, Any] = {"$set": set_doc, "$setOnInsert": on_insert}
        if unset:
            update["$unset"] = unset
        return update


class UserDataSetter:
    """`SetUserData`: an upsert on the unique {user_id, key}."""

    def __init__(self, users: EntityStore, entries: EntityStore) -> None:
        self.users = users
        self.entries = entries

    async def __call__(
        self, request: user_data_pb2.SetUserDataRequest, ctx: CallContext
    ) -> user_data_pb2.SetUserDataResponse:
        """Create or replace the entry, once the user is known to exist."""
        await self._require_user(ctx, request.user_id)
        keys = self.entries.model.field_keys
        filt = {keys["user_id"]: request.user_id, keys["key"]: request.key}
        for attempt in range(2):
            current = now()
            new_id = str(uuid.uuid4())
            update = {
                "$set": {keys["value"]: request.value, "updatedAt": current, "etag": new_etag()},
                "$setOnInsert": {"_id": new_id, "createdAt": current},
            }
            try:
                with unique_violations(self.entries.caps):
                    doc = await self.entries.coll.find_one_and_update(
                        filt, update, upsert=True, return_document=ReturnDocument.AFTER
                    )
            except DuplicateKey:
                # A concurrent call inserted the same key first: ours becomes an update.
                # (Unconfirmed or not: a second refusal is reported, translated at the edge.)
                if attempt == 0:
                    continue
                raise
            assert doc is not None  # an upsert always returns a document
            if doc["_id"] == new_id:
                # The user deleted between the check and the insert must not keep an
                # orphan entry (its cascade may already have run).
                try:
                    await self._require_user(ctx, request.user_id)
                except FailedPrecondition:
                    await self.entries.coll.delete_one({"_id": new_id})
                    raise
            return user_data_pb2.SetUserDataResponse(
                user_data=cast(user_data_pb2.UserData, self.entries.decode(doc))
            )
        raise AssertionError("unreachable")  # pragma: no cover

    async def _require_user(self, ctx: CallContext, user_id: str) -> None:
        if await self.users.coll.find_one(self.users.id_filter(ctx, user_id), {"_id": 1}) is None:
            raise FailedPrecondition(
                f"user_id: User {user_id[:100]!r} does not exist",
                reason=errors_pb2.ERROR_REASON_REFERENCE_MISSING,
                field="user_id",
            )


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _present(message: Any, name: str) -> bool:
    fd = message.DESCRIPTOR.fields_by_name[name]
    if fd.has_presence:
        return bool(message.HasField(name))
    return bool(getattr(message, name))


def handlers(deps: DomainDeps) -> dict[str, DomainHandler]:
    """Return the directory domain handlers by gRPC path."""
    users = deps.store(USER)
    return {
        f"{_SERVICE}.UserService/SyncClerkUser": ClerkSync(users),
        f"{_SERVICE}.UserDataService/SetUserData": UserDataSetter(users, deps.store(USER_DATA)),
    }
