"""Secret and encrypted fields of one entity: how they are written, checked and opened.

A secret field (`(modelstore.v1.field).secret`) is stored only as a salted hash, or, for
a bearer credential the server looks up by value (SECRET_ALGORITHM_HMAC_SHA256), as a keyed
hash (`security.hashing.LookupHasher`, under a keyring subkey of its own); an encrypted
field only as AES-GCM ciphertext bound to its collection, document and field, in the one
string format a seed app can open too (`security.encryption`). Hashing and verification
run off the event loop (they cost milliseconds by design). Nothing here logs a value, and
no error names one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any

from google.protobuf.message import Message

from modelstore.v1 import storage_pb2

from ...security.encryption import Keyring, KeyringError, field_aad
from ...security.hashing import LookupHasher, hash_secret, verify_secret
from ..model import EntityModel

Doc = dict[str, Any]


class FieldSecrets:
    """The secret and encrypted fields of one entity."""

    def __init__(self, model: EntityModel, keyring: Keyring) -> None:
        self.model = model
        self.keyring = keyring
        # One subkey per field, so a hash of one field never matches another's.
        self.lookups = {
            name: LookupHasher(keyring.derive(f"lookup-hash/{model.collection}/{name}"))
            for name, secret in model.secrets.items()
            if secret.keyed
        }

    async def write(
        self, msg: Message, names: Sequence[str], doc: Doc, unset: list[str] | None = None
    ) -> None:
        """Hash or encrypt the fields `names` of `msg` into `doc`; empty ones go to `unset`."""
        m = self.model
        doc_id = str(msg.id)  # type: ignore[attr-defined]
        for name in names:
            value = getattr(msg, name)
            if name in m.secrets:
                secret = m.secrets[name]
                if value:
                    doc.update(await self.hashed(name, value))
                    if unset is not None and secret.earlier:
                        # The earlier form goes with the new hash, so no old password
                        # keeps verifying beside the new one.
                        unset.extend(secret.earlier)
                elif unset is not None:
                    unset.extend(self.keys_of(name))
            elif name in m.encrypted:
                key = m.field_keys[name]
                if value:
                    doc[key] = self.keyring.encrypt(value, field_aad(m.collection, doc_id, name))
                elif unset is not None:
                    unset.append(key)

    async def hashed(self, name: str, value: str) -> Doc:
        """Return the stored form of secret `name` with plaintext `value` (hash and salt)."""
        secret = self.model.secrets[name]
        if name in self.lookups:  # microseconds: no thread
            return {secret.hash_key: self.lookups[name].hash(value)}
        digest, salt = await asyncio.to_thread(hash_secret, secret.algorithm, value)
        out: Doc = {secret.hash_key: digest}
        if secret.salt_key and salt is not None:
            out[secret.salt_key] = salt
        return out

    def keys_of(self, name: str) -> dict[str, int]:
        """Return the projection that reads secret `name`'s stored form."""
        secret = self.model.secrets[name]
        return {k: 1 for k in (secret.hash_key, secret.salt_key, *(secret.earlier or ())) if k}

    async def verify(self, name: str, doc: Mapping[str, Any], candidate: str) -> bool:
        """Whether `candidate` matches secret `name` as stored in `doc` (constant time)."""
        secret = self.model.secrets[name]
        algorithm, digest = secret.algorithm, doc.get(secret.hash_key)
        salt = doc.get(secret.salt_key) if secret.salt_key else None
        if secret.earlier and digest is None:
            # Written before the field changed form: verify the earlier scrypt form.
            algorithm = storage_pb2.SECRET_ALGORITHM_SCRYPT
            digest, salt = (doc.get(k) for k in secret.earlier)
        if not isinstance(digest, str) or not digest or not (salt is None or isinstance(salt, str)):
            return False  # nothing stored: nothing can match
        if name in self.lookups:
            return self.lookups[name].verify(candidate, digest)
        try:
            return await asyncio.to_thread(verify_secret, algorithm, candidate, digest, salt)
        except ValueError:  # a corrupt stored salt
            return False

    def lookup(self, name: str, candidate: str, *, plaintext_too: bool = False) -> Doc:
        """Return the condition that finds the document whose keyed secret `name` is `candidate`.

        An equality (`$in` over one hash per configured key) on the hash key, which a
        unique index on the field serves. `plaintext_too` also matches a document that
        another writer gave the plaintext itself (better-auth's sessions); never for a
        candidate shaped like one of our hashes, or a copy of the database would turn every
        stored hash into a token that works.
        """
        hashes = self.lookups[name].candidates(candidate)
        if plaintext_too and not candidate.startswith(f"{LookupHasher.PREFIX}:"):
            hashes.append(candidate)
        key = self.model.secrets[name].hash_key
        return {key: hashes[0]} if len(hashes) == 1 else {key: {"$in": hashes}}

    def reveal_on_create(self, source: Message, out: Message) -> None:
        """Copy the keyed secrets of a create request into its response.

        The one time they are returned: the caller needs them, and has just sent them.
        """
        for name in self.lookups:
            value = getattr(source, name)
            if value:
                setattr(out, name, value)

    def decrypt(self, name: str, doc: Mapping[str, Any], doc_id: str) -> str | None:
        """Return encrypted field `name` of `doc` in plaintext; None when none is stored.

        Raises `KeyringError` when the configured keys cannot open it.
        """
        sealed = doc.get(self.model.field_keys[name])
        if sealed is None or sealed == "":
            return None
        return self.keyring.decrypt(sealed, field_aad(self.model.collection, doc_id, name))


__all__ = ["FieldSecrets", "KeyringError"]
