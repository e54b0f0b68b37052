"""Why a write failed: a conditional write that matched nothing, or a unique violation.

A conditional write cannot tell a missing document from a changed etag or a refused state,
so only when it matches nothing is the document read once more, here, to say which. A
unique violation names its index's keys on MongoDB; on DocumentDB only its message text
names the index, so the index is found by asking which one already holds the values.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn

from ... import errors
from ...storage.documents import Documents, version_of
from ...storage.driver_errors import DuplicateKey
from ..model import EntityModel
from ..pagination import get_path

Doc = dict[str, Any]
Refusal = Callable[[Mapping[str, Any]], Exception | None]
"""Given the stored document, the error to raise, or None when the write may be retried."""


class Conflicts:
    """Diagnosis of failed writes of one entity."""

    def __init__(self, model: EntityModel, documents: Documents) -> None:
        self.model = model
        self.label = model.name
        self._documents = documents

    async def diagnose(
        self, visible: Mapping[str, Any], doc_id: str, etag: str, refuse: Refusal | None
    ) -> None:
        """Raise why a write conditioned on `visible` (+ etag + state) matched nothing.

        Returns (raising nothing) only when the state `refuse` judges allows the write
        after all: it changed between the write and this read, and the caller retries.
        """
        existing = await self._documents.find_one(visible)
        if existing is None:
            raise errors.not_found(self.label, doc_id)
        if etag and version_of(existing) != etag:
            raise errors.etag_mismatch(self.label, doc_id)
        if refuse is None:
            return
        refusal = refuse(existing)
        if refusal is not None:
            raise refusal

    async def name_duplicate(
        self, dup: DuplicateKey, values: Mapping[str, Any], inserting: bool = True
    ) -> NoReturn:
        """Turn a unique-index violation into ALREADY_EXISTS naming the fields at fault.

        `values` is the document the write tried to store (`_id` too when `inserting` it;
        an update keeps its own). An unconfirmed violation (an untyped error, see
        `DuplicateKey`) that no index explains is not one: its own error is raised again.
        """
        indexes = self.model.indexes
        if dup.key_pattern is not None:
            keys = list(dup.key_pattern)
            for index in indexes:
                if [k for k, _ in index.keys] == keys:
                    raise errors.already_exists(self.label, index.fields) from None
            if keys == ["_id"]:
                raise errors.id_exists(self.label) from None
        doc_id = values.get("_id")
        if inserting and await self._documents.find_one({"_id": doc_id}, {"_id": 1}):
            raise errors.id_exists(self.label) from None
        for index in indexes:
            if not index.unique:
                continue
            query = {k: get_path(values, k) for k, _ in index.keys}
            if index.only_when_present and any(v is None for v in query.values()):
                continue
            query["_id"] = {"$ne": doc_id}
            if await self._documents.find_one(query, {"_id": 1}) is not None:
                raise errors.already_exists(self.label, index.fields) from None
        if not dup.confirmed:
            raise dup.cause
        # The holder is gone again (deleted since): name every unique field.
        raise errors.already_exists(self.label, _unique_fields(indexes))


def _unique_fields(indexes: Sequence[Any]) -> list[str]:
    return [f for i in indexes if i.unique for f in i.fields]
