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
from collections.abc import Mapping
from typing import Any, cast

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

from modelstore.knowledge.v1 import notion_workspace_pb2 as nw_pb2
from modelstore.knowledge.v1 import user_pb2

from .. import errors
from ..engine.codec import compile_plan, encode_fields, now
from ..engine.context import SYSTEM, CallContext
from ..engine.defaults import apply_defaults
from ..engine.model import resolve_path
from ..engine.pagination import get_path
from ..engine.store import Changes, EntityStore
from ..engine.store.masks import check_overlap, mask_paths, present
from . import DomainDeps, domain_method

_SERVICE = "modelstore.knowledge.v1.NotionWorkspaceService"
_MEMBER = compile_plan(nw_pb2.NotionWorkspaceMember.DESCRIPTOR)
Workspaces = EntityStore[nw_pb2.NotionWorkspace]


def _member_refusal(store: Workspaces, doc_id: str, user: str, *, member: bool) -> Any:
    """Return the refusal of a member write whose condition on `members.user` did not hold."""

    def refuse(doc: Mapping[str, Any]) -> Exception | None:
        users = {str(m.get("user")) for m in doc.get("members") or () if isinstance(m, Mapping)}
        if (user in users) == member:
            return None  # it holds now: write again
        where = f"{store.label} {doc_id[:100]!r}"
        if member:
            return errors.not_a_member(user, where)
        return errors.already_a_member(user, where, "member.user")

    return refuse


async def _require_user(deps: DomainDeps, user: str) -> None:
    users = deps.store(user_pb2.User)
    # Users are global in this seed: any live user may join any workspace.
    if await users.find_first(SYSTEM, {"_id": users.match("id", user)}, ["_id"]) is None:
        raise errors.reference_missing("member.user", users.label, user)


@domain_method(f"{_SERVICE}.AddNotionWorkspaceMember")
async def add_member(
    deps: DomainDeps, request: nw_pb2.AddNotionWorkspaceMemberRequest, ctx: CallContext
) -> nw_pb2.AddNotionWorkspaceMemberResponse:
    """Add a member (defaults applied); ALREADY_EXISTS when the user is already one."""
    store = deps.store(nw_pb2.NotionWorkspace)
    member = nw_pb2.NotionWorkspaceMember()
    member.CopyFrom(request.member)
    apply_defaults(member, now())
    await _require_user(deps, member.user)
    doc = await store.update_where(
        ctx,
        request.id,
        Changes(set={}, push={"members": store.encode_element("members", member)}),
        where={"members.user": store.differs("members.user", member.user)},
        refuse=_member_refusal(store, request.id, member.user, member=False),
    )
    try:
        await _require_user(deps, member.user)
    except errors.FailedPrecondition:
        # The user was deleted between the check and the push: undo, as a create would.
        with contextlib.suppress(errors.NotFound):
            await _pull(store, ctx, request.id, member.user)
        raise
    return nw_pb2.AddNotionWorkspaceMemberResponse(notion_workspace=store.decode(doc))


async def _pull(store: Workspaces, ctx: CallContext, doc_id: str, user: str) -> Mapping[str, Any]:
    return await store.update_where(
        ctx,
        doc_id,
        Changes(set={}, pull={"members": {"user": store.match("members.user", user)}}),
        where={"members.user": store.match("members.user", user)},
        refuse=_member_refusal(store, doc_id, user, member=True),
    )


@domain_method(f"{_SERVICE}.RemoveNotionWorkspaceMember")
async def remove_member(
    deps: DomainDeps, request: nw_pb2.RemoveNotionWorkspaceMemberRequest, ctx: CallContext
) -> nw_pb2.RemoveNotionWorkspaceMemberResponse:
    """Take a member out of `members`; NOT_FOUND when the user is not a member."""
    store = deps.store(nw_pb2.NotionWorkspace)
    doc = await _pull(store, ctx, request.id, request.user)
    return nw_pb2.RemoveNotionWorkspaceMemberResponse(notion_workspace=store.decode(doc))


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
            raise errors.invalid_mask(
                "update_mask", "field 'user' selects the member and cannot change"
            )
        known = top in descriptor.fields_by_name and (
            not rest or (top == "permissions" and rest in permissions.fields_by_name)
        )
        if not known:
            raise errors.invalid_mask("update_mask", f"unknown member field {path[:100]!r}")
    check_overlap("update_mask", mask)
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
        if not present(source, fd):
            target.ClearField(name)
        elif fd.type == FieldDescriptor.TYPE_MESSAGE:
            getattr(target, name).CopyFrom(getattr(source, name))
        else:
            setattr(target, name, getattr(source, name))
    apply_defaults(merged, now())
    return merged


@domain_method(f"{_SERVICE}.UpdateNotionWorkspaceMember")
async def update_member(
    deps: DomainDeps, request: nw_pb2.UpdateNotionWorkspaceMemberRequest, ctx: CallContext
) -> nw_pb2.UpdateNotionWorkspaceMemberResponse:
    """Merge the member into the one it names (by `user`): only the member paths written."""
    store = deps.store(nw_pb2.NotionWorkspace)
    given = request.member
    mask = mask_paths(request, "update_mask")
    paths = member_paths(given, mask)
    # The written values: `given`'s at each path, or the default a cleared path takes.
    changed = encode_fields(merge_member(nw_pb2.NotionWorkspaceMember(), given, paths), _MEMBER)
    set_doc: dict[str, Any] = {}
    unset: list[str] = []
    for path in paths:
        key, _ = resolve_path(nw_pb2.NotionWorkspaceMember.DESCRIPTOR, path)
        value = get_path(changed, key)
        if value is None:
            unset.append(f"members.$.{key}")
        else:
            set_doc[f"members.$.{key}"] = value
    doc = await store.update_where(
        ctx,
        request.id,
        Changes(set=set_doc, unset=unset),
        where={"members.user": store.match("members.user", given.user)},
        refuse=_member_refusal(store, request.id, given.user, member=True),
    )
    return nw_pb2.UpdateNotionWorkspaceMemberResponse(notion_workspace=store.decode(doc))
