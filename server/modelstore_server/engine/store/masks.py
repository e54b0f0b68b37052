"""Field masks of one entity: what a read returns (`read_mask`) and an update writes.

A read mask becomes the read's projection, so a masked Get reads only what it returns
(except where a decode hook, or the etag, needs the whole document, which `trim` then cuts
down). An
update mask (AIP-134) becomes the list of paths to write plus the immutable fields to guard
by equality; `*` replaces every writable field.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

from ... import errors
from ..model import EntityModel, resolve_path


def present(owner: Message, fd: FieldDescriptor) -> bool:
    """Whether a field of `owner` is set (non-empty, for fields without presence)."""
    if fd.is_repeated:
        return len(getattr(owner, fd.name)) > 0
    if fd.has_presence:
        return owner.HasField(fd.name)
    return bool(getattr(owner, fd.name))


def mask_paths(request: Message, name: str) -> list[str] | None:
    """Return the paths of the request's FieldMask field `name`, None when it is not sent.

    Absent and empty differ: no mask means "every field set" (AIP-134), an empty one is
    a mask that names nothing.
    """
    return list(getattr(request, name).paths) if request.HasField(name) else None


class Masks:
    """The read and update masks of one entity."""

    def __init__(self, model: EntityModel, whole_reads: bool) -> None:
        self.model = model
        self.whole_reads = whole_reads
        """Whether reads must fetch whole documents (a decode hook reads any field)."""

    def resolve(self, path: str, mask: str) -> tuple[str, list[FieldDescriptor]]:
        """Resolve a mask path, rejecting unknown and (for reads) write-only fields."""
        try:
            key, chain = resolve_path(self.model.descriptor, path)
        except KeyError:
            raise errors.invalid_mask(mask, f"unknown field {errors.shown(path)}") from None
        if mask == "read_mask" and self.model.hidden(chain[0].name):
            raise errors.invalid_mask(mask, f"field {errors.shown(path)} is write-only")
        return key, chain

    def projection(self, paths: Sequence[str] | None) -> dict[str, int] | None:
        """Return the projection of a read mask (None: every field)."""
        if not paths:
            return None
        keys = [self.resolve(path, "read_mask")[0] for path in paths]
        if self._whole(paths):
            return None
        return {"_id": 1, **dict.fromkeys(keys, 1)}

    def _whole(self, paths: Sequence[str]) -> bool:
        """Whether a read of `paths` must fetch the whole document.

        Where a decode hook reads any field, and for the etag: a digest of the whole
        stored document (`storage.documents.version_of`).
        """
        return self.whole_reads or any(p.split(".")[0] == "etag" for p in paths)

    def trim(self, msg: Message, paths: Sequence[str] | None) -> Message:
        """Clear the top-level fields a read mask leaves out (after a whole-document read)."""
        if paths and self._whole(paths):
            keep = {p.split(".")[0] for p in paths} | {"id"}
            for fd, _ in msg.ListFields():
                if fd.name not in keep:
                    msg.ClearField(fd.name)
        return msg

    def update_paths(
        self, entity: Message, mask: Sequence[str] | None
    ) -> tuple[list[str], list[str]]:
        """Return the paths an update writes and the immutable fields it guards by equality.

        Without a mask every set field is written (AIP-134), and a set immutable field must
        equal the stored one.
        """
        m = self.model
        fields = m.descriptor.fields_by_name
        if mask and "*" in mask:
            if len(mask) > 1:
                raise errors.invalid_mask("update_mask", "'*' cannot be combined with other paths")
            paths = [
                fd.name
                for fd in m.descriptor.fields
                if fd.name not in m.output_only and fd.name not in m.immutable and fd.name != "id"
            ]
            # A replace keeps stored secrets unless new ones are sent.
            paths = [p for p in paths if not m.hidden(p) or present(entity, fields[p])]
            guards = [n for n in m.immutable if n != "id" and present(entity, fields[n])]
            return paths, guards
        if mask:
            for path in mask:
                _, chain = self.resolve(path, "update_mask")
                top = chain[0].name
                if top == "id" or top in m.output_only:
                    raise errors.invalid_mask(
                        "update_mask", f"field {errors.shown(path)} is output only"
                    )
                if top in m.immutable:
                    raise errors.invalid_mask(
                        "update_mask", f"field {errors.shown(path)} is immutable"
                    )
            check_overlap("update_mask", mask)
            return list(mask), []
        paths, guards = [], []
        for fd, _ in entity.ListFields():
            if fd.name == "id" or fd.name in m.output_only:
                continue
            (guards if fd.name in m.immutable else paths).append(fd.name)
        return paths, guards


def check_overlap(mask: str, paths: Sequence[str]) -> None:
    """Refuse a mask whose paths repeat or contain one another."""
    for a, b in itertools.pairwise(sorted(paths)):
        if a == b or b.startswith(a + "."):
            raise errors.invalid_mask(
                mask, f"paths {errors.shown(a)} and {errors.shown(b)} overlap"
            )
