"""Members of a notion workspace: Add, Update and Remove on the embedded `members` array.

Each is one conditional write of the workspace, atomic on every supported backend:
- Add is a `$push` guarded by `members.user: {$ne: user}`, so two concurrent adds of one
  user cannot both land;
- Update `$set`s (or `$unset`s) exactly the masked member paths through the positional
  `members.$`, the member being the one the filter's `members.user` matched; keys of a
  stored member that the proto does not know (a Mongoose `_id`, say) are kept, and so are
  concurrent updates of other members or other paths;
- Remove is a `$pull` of the entry. The seed's `removed` status stays available through
  Update, for callers that want to keep a record of former members.
Only when the write matches nothing is the workspace read again, to tell a missing
workspace (NOT_FOUND) from a user who is (not) a member.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message
from pymongo import ReturnDocument

from modelstore.knowledge.v1 import notion_workspace_pb2 as nw_pb2
from modelstore.v1 import errors_pb2

from ..engine.codec import compile_plan, encode_fields, now
from ..engine.context import CallContext
from ..engine.defaults import apply_defaults
from ..engine.model import resolve_path
from ..engine.pagination import get_path
from ..engine.store import EntityStore, new_etag
from ..errors import (
    AlreadyExists,
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    NotFound,
)
from . import DomainDeps

USER = "modelstore.knowledge.v1.User"
_MEMBER = compile_plan(nw_pb2.NotionWorkspaceMember.DESCRIPTOR)
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
    filt = {**store.id_filter(ctx, doc_id), "members.user": {"$ne": member.user}}
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
    doc = await store.coll.find_one_and_update(
        {**store.id_filter(ctx, doc_id), "members.user": user},
        {"$pull": {"members": {"user": user}}, "$set": _stamp()},
        return_document=ReturnDocument.AFTER,
    )
    if doc is None:
        await _workspace_exists(store, ctx, doc_id)
        raise _not_member(store, doc_id, user)
    return decode_as(store, doc, nw_pb2.NotionWorkspace)


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
    """Merge `given` into the member it names (by `user`): only the member paths written."""
    paths = member_paths(given, mask)
    # The written values: `given`'s at each path, or the default a cleared path takes.
    changed = encode_fields(merge_member(nw_pb2.NotionWorkspaceMember(), given, paths), _MEMBER)
    set_doc: dict[str, Any] = _stamp()
    unset: dict[str, str] = {}
    for path in paths:
        key, _ = resolve_path(nw_pb2.NotionWorkspaceMember.DESCRIPTOR, path)
        value = get_path(changed, key)
        if value is None:
            unset[f"members.$.{key}"] = ""
        else:
            set_doc[f"members.$.{key}"] = value
    update: dict[str, Any] = {"$set": set_doc}
    if unset:
        update["$unset"] = unset
    doc = await store.coll.find_one_and_update(
        {**store.id_filter(ctx, doc_id), "members.user": given.user},
        update,
        return_document=ReturnDocument.AFTER,
    )
    if doc is None:
        await _workspace_exists(store, ctx, doc_id)
        raise _not_member(store, doc_id, given.user)
    return decode_as(store, doc, nw_pb2.NotionWorkspace)
