"""Members of a notion workspace: Add, Update and Remove on the embedded `members` array.

- Add is one conditional `$push`, guarded by `$nor: [{members.user: user}]` (FerretDB v1
  evaluates `members.user: {$ne: user}` wrongly on arrays; `$nor` is right on both
  backends), so two concurrent adds of one user cannot both land.
- Update and Remove cannot be single array operators on FerretDB v1: it rejects the
  positional `members.$.role`, and its `$pull` compares whole elements instead of applying
  `{user: X}` as a condition. Both read the workspace, change the array, and write it back
  guarded by the etag they read, retrying on a conflict; correct on MongoDB and FerretDB
  alike (with the per-workspace lock of `knowledge_locks`, which FerretDB needs). Keys of a
  stored member that the proto does not know (a Mongoose `_id`, say) are kept.
- Remove takes the entry out of the array; the seed's `removed` status stays available
  through Update, for callers that want to keep a record of former members.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message
from pymongo import ReturnDocument

from modelstore.knowledge.v1 import notion_workspace_pb2 as nw_pb2
from modelstore.v1 import errors_pb2

from ..engine.codec import compile_plan, decode_into, encode_fields, now
from ..engine.context import CallContext
from ..engine.defaults import apply_defaults
from ..engine.store import EntityStore, new_etag
from ..errors import (
    AlreadyExists,
    EtagMismatch,
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    NotFound,
)
from . import DomainDeps

USER = "modelstore.knowledge.v1.User"
_MEMBER = compile_plan(nw_pb2.NotionWorkspaceMember.DESCRIPTOR)
_MEMBER_KEYS = {plan.key for plan in _MEMBER}
_ATTEMPTS = 5
M = TypeVar("M", bound=Message)


def decode_as(store: EntityStore, doc: Mapping[str, Any], cls: type[M]) -> M:
    """Decode a stored document as the entity's own generated class (for typed responses)."""
    msg = store.decode(doc)
    assert isinstance(msg, cls)
    return msg


def _stamp() -> dict[str, Any]:
    return {"updatedAt": now(), "etag": new_etag()}


def _not_member(store: EntityStore, doc_id: str, user: str) -> NotFound:
    return NotFound(f"user {user[:100]!r} is not a member of {store.label} {doc_id!r}")


async def _workspace_exists(store: EntityStore, ctx: CallContext, doc_id: str) -> None:
    if await store.coll.find_one(store.id_filter(ctx, doc_id), {"_id": 1}) is None:
        raise store.not_found(doc_id)


async def add_member(
    deps: DomainDeps,
    store: EntityStore,
    ctx: CallContext,
    doc_id: str,
    given: nw_pb2.NotionWorkspaceMember,
) -> nw_pb2.NotionWorkspace:
    """Add a member (defaults applied); ALREADY_EXISTS when the user is already one."""
    member = nw_pb2.NotionWorkspaceMember()
    member.CopyFrom(given)
    apply_defaults(member, now())
    users = deps.store(USER)
    user_filter = {**users.live(), "_id": member.user}
    if await users.coll.find_one(user_filter, {"_id": 1}) is None:
        raise FailedPrecondition(
            f"member.user: User {member.user[:100]!r} does not exist",
            reason=errors_pb2.ERROR_REASON_REFERENCE_MISSING,
            field="member.user",
        )
    filt = {**store.id_filter(ctx, doc_id), "$nor": [{"members.user": member.user}]}
    doc = await store.coll.find_one_and_update(
        filt,
        {"$push": {"members": encode_fields(member, _MEMBER)}, "$set": _stamp()},
        return_document=ReturnDocument.AFTER,
    )
    if doc is None:
        await _workspace_exists(store, ctx, doc_id)
        raise AlreadyExists(
            f"user {member.user[:100]!r} is already a member of {store.label} {doc_id!r}",
            ["member.user"],
        )
    if await users.coll.find_one(user_filter, {"_id": 1}) is None:
        # The user was deleted between the check and the push: undo, as a create would.
        with contextlib.suppress(NotFound):
            await remove_member(store, ctx, doc_id, member.user)
        raise FailedPrecondition(
            f"member.user: User {member.user[:100]!r} does not exist",
            reason=errors_pb2.ERROR_REASON_REFERENCE_MISSING,
            field="member.user",
        )
    return decode_as(store, doc, nw_pb2.NotionWorkspace)


async def remove_member(
    store: EntityStore, ctx: CallContext, doc_id: str, user: str
) -> nw_pb2.NotionWorkspace:
    """Take a member out of `members`; NOT_FOUND when the user is not a member."""

    def without(members: list[Any], index: int) -> list[Any]:
        return members[:index] + members[index + 1 :]

    return await rewrite_members(store, ctx, doc_id, user, without)


def _mask_error(message: str) -> InvalidArgument:
    return InvalidArgument(
        f"update_mask: {message}",
        [FieldViolation("update_mask", message)],
        reason=errors_pb2.ERROR_REASON_INVALID_FIELD_MASK,
    )


def _present(owner: Message, fd: FieldDescriptor) -> bool:
    if fd.has_presence:
        return owner.HasField(fd.name)
    return bool(getattr(owner, fd.name))


def member_paths(given: nw_pb2.NotionWorkspaceMember, mask: list[str] | None) -> list[str]:
    """Return the member paths an update writes: the mask's, or every field set."""
    descriptor = nw_pb2.NotionWorkspaceMember.DESCRIPTOR
    permissions = nw_pb2.NotionWorkspaceMemberPermissions.DESCRIPTOR
    if not mask:
        paths: list[str] = []
        for fd, _ in given.ListFields():
            if fd.name == "permissions":
                paths += [f"permissions.{p.name}" for p, _ in given.permissions.ListFields()]
            elif fd.name != "user":
                paths.append(fd.name)
        return paths
    for path in mask:
        top, _, rest = path.partition(".")
        if top == "user":
            raise _mask_error("field 'user' selects the member and cannot change")
        known = top in descriptor.fields_by_name and (
            not rest or (top == "permissions" and rest in permissions.fields_by_name)
        )
        if not known:
            raise _mask_error(f"unknown member field {path[:100]!r}")
    ordered = sorted(mask)
    for a, b in itertools.pairwise(ordered):
        if a == b or b.startswith(a + "."):
            raise _mask_error(f"paths {a!r} and {b!r} overlap")
    return list(mask)


def merge_member(
    current: nw_pb2.NotionWorkspaceMember, given: nw_pb2.NotionWorkspaceMember, paths: list[str]
) -> nw_pb2.NotionWorkspaceMember:
    """Copy `paths` from `given` onto `current`; cleared fields take their defaults again."""
    merged = nw_pb2.NotionWorkspaceMember()
    merged.CopyFrom(current)
    for path in paths:
        target: Message = merged
        source: Message = given
        name = path
        if "." in path:
            name = path.split(".", 1)[1]
            target, source = merged.permissions, given.permissions
        fd = cast(FieldDescriptor, source.DESCRIPTOR.fields_by_name[name])
        if not _present(source, fd):
            target.ClearField(name)
        elif fd.type == FieldDescriptor.TYPE_MESSAGE:
            getattr(target, name).CopyFrom(getattr(source, name))
        else:
            setattr(target, name, getattr(source, name))
    apply_defaults(merged, now())
    return merged


async def update_member(
    store: EntityStore,
    ctx: CallContext,
    doc_id: str,
    given: nw_pb2.NotionWorkspaceMember,
    mask: list[str] | None,
) -> nw_pb2.NotionWorkspace:
    """Merge `given` into the member it names (by `user`)."""
    paths = member_paths(given, mask)

    def merged(members: list[Any], index: int) -> list[Any]:
        current = nw_pb2.NotionWorkspaceMember()
        decode_into(current, members[index], _MEMBER)
        changed = merge_member(current, given, paths)
        kept = {k: v for k, v in members[index].items() if k not in _MEMBER_KEYS}
        return [
            *members[:index],
            {**kept, **encode_fields(changed, _MEMBER)},
            *members[index + 1 :],
        ]

    return await rewrite_members(store, ctx, doc_id, given.user, merged)


async def rewrite_members(
    store: EntityStore,
    ctx: CallContext,
    doc_id: str,
    user: str,
    change: Callable[[list[Any], int], list[Any]],
) -> nw_pb2.NotionWorkspace:
    """Rewrite `members` around the entry of `user`, guarded by the etag read, retried."""
    for _ in range(_ATTEMPTS):
        doc = await store.coll.find_one(store.id_filter(ctx, doc_id), {"members": 1, "etag": 1})
        if doc is None:
            raise store.not_found(doc_id)
        members = list(doc.get("members") or [])
        index = next(
            (i for i, m in enumerate(members) if isinstance(m, dict) and m.get("user") == user),
            None,
        )
        if index is None:
            raise _not_member(store, doc_id, user)
        guard = {"etag": doc["etag"]} if "etag" in doc else {"etag": {"$exists": False}}
        written = await store.coll.find_one_and_update(
            {**store.id_filter(ctx, doc_id), **guard},
            {"$set": {"members": change(members, index), **_stamp()}},
            return_document=ReturnDocument.AFTER,
        )
        if written is not None:
            return decode_as(store, written, nw_pb2.NotionWorkspace)
    raise EtagMismatch(f"{store.label} {doc_id!r} keeps changing; retry")
