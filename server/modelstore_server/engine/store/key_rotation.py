"""`modelstore rotate-keys`: every encrypted value re-encrypted under the primary key.

After the operator adds a new key and makes it the primary (docs/security.md, "Rotating
the encryption keys"), new writes use it and old values still decrypt under the key they
name. This pass moves the old values: for each entity with encrypted fields, every stored
value that is not in the current format under the primary key (a value of an older key,
or of the format before, `{keyId, nonce, ciphertext}`) is decrypted with the key it names
and encrypted again under the primary, bound to the same place (`field_aad`). Each
document is one conditional write (through `Writes`, like every write) whose filter holds
the values read, so a value another writer changed meanwhile is left alone and counted,
for the next run. A value no configured key opens (its key was removed too early, or
another writer stored it in plaintext) is counted, never changed, never logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...security.encryption import Keyring, KeyringError, field_aad
from ...storage.documents import Changes, Documents
from ..model import EntityModel
from ..values import now
from .writes import Writes

BATCH = 500
"""Documents read per query."""


@dataclass
class Rotation:
    """What a rotation pass did to one entity's values."""

    entity: str
    rotated: int = 0
    """Values re-encrypted under the primary key."""
    current: int = 0
    """Values already in the current format under the primary key."""
    unreadable: int = 0
    """Values no configured key opens: left as they are."""
    changed_meanwhile: int = 0
    """Documents another write changed between the read and the re-encryption."""

    @property
    def complete(self) -> bool:
        """Whether every value of the entity is now under the primary key."""
        return not self.unreadable and not self.changed_meanwhile

    def __str__(self) -> str:
        return (
            f"{self.entity}: {self.rotated} re-encrypted, {self.current} already current,"
            f" {self.unreadable} unreadable, {self.changed_meanwhile} changed meanwhile"
        )


async def rotate_entity(model: EntityModel, documents: Documents, keyring: Keyring) -> Rotation:
    """Re-encrypt every value of `model`'s encrypted fields that is not under the primary."""
    out = Rotation(model.full_name)
    fields = {model.field_keys[name]: name for name in model.encrypted}
    if not fields:
        return out
    writes = Writes(model, documents)
    # Ids first, then the documents by id: a walk that holds for ids of any type.
    ids = await documents.ids({"$or": [{key: {"$exists": True}} for key in fields]})
    projection = {"_id": 1, **dict.fromkeys(fields, 1)}
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        for doc in await documents.find({"_id": {"$in": batch}}, projection):
            changes = _reencrypted(model, keyring, doc, fields, out)
            if not changes:
                continue
            guard = {"_id": doc["_id"], **{key: doc[key] for key in changes}}
            written, _ = await writes.update(guard, Changes(set=changes), now())
            if written is None:
                out.changed_meanwhile += 1
            else:
                out.rotated += len(changes)
    return out


def _reencrypted(
    model: EntityModel,
    keyring: Keyring,
    doc: dict[str, Any],
    fields: dict[str, str],
    out: Rotation,
) -> dict[str, str]:
    """Return the new value of each field of `doc` that is not under the primary key."""
    changes: dict[str, str] = {}
    for key, name in fields.items():
        value = doc.get(key)
        if value is None or value == "":
            continue
        if keyring.current(value):
            out.current += 1
            continue
        aad = field_aad(model.collection, str(doc["_id"]), name)
        try:
            plain = keyring.decrypt(value, aad)
        except KeyringError:
            out.unreadable += 1
            continue
        changes[key] = keyring.encrypt(plain, aad)
    return changes
