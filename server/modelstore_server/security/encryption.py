"""Field encryption at rest: AES-256-GCM under named keys, so keys can be rotated.

A stored value is `{keyId, nonce, ciphertext}`. New writes use the active key; reads use
whichever key id the value names, so old keys stay configured until `modelstore
rotate-keys` (or normal updates) have re-encrypted everything. The associated data binds a
ciphertext to its collection, document id and field, so a value copied into another
document does not decrypt.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bson import Binary
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


class KeyringError(Exception):
    """The keyring is misconfigured, or a value cannot be decrypted with it."""


@dataclass(frozen=True)
class Keyring:
    """The encryption keys by id, and the id that new writes use."""

    keys: Mapping[str, bytes]
    """32-byte AES keys by key id."""
    active: str
    """The key id used for new writes."""

    def __post_init__(self) -> None:
        if self.active not in self.keys:
            raise KeyringError(f"active key id {self.active!r} is not configured")
        for key_id, key in self.keys.items():
            if len(key) != 32:
                raise KeyringError(f"key {key_id!r} must be 32 bytes (AES-256)")

    @classmethod
    def parse(cls, spec: str, active: str | None = None) -> Keyring:
        """Parse `id1:base64key,id2:base64key`; the active key defaults to the last one."""
        keys: dict[str, bytes] = {}
        for part in spec.split(","):
            part = part.strip()
            if not part:
                continue
            key_id, _, encoded = part.partition(":")
            if not encoded:
                raise KeyringError("each key must be written as id:base64")
            try:
                keys[key_id.strip()] = base64.b64decode(encoded.strip(), validate=True)
            except ValueError as exc:
                raise KeyringError(f"key {key_id!r} is not valid base64") from exc
        if not keys:
            raise KeyringError("no encryption keys configured")
        return cls(keys=keys, active=active or list(keys)[-1])

    @staticmethod
    def generate_spec(key_id: str) -> str:
        """Return a new `id:base64key` entry with a random key."""
        return f"{key_id}:{base64.b64encode(AESGCM.generate_key(bit_length=256)).decode()}"

    def encrypt(self, plaintext: str, aad: bytes) -> dict[str, Any]:
        """Encrypt text under the active key."""
        nonce = os.urandom(12)
        sealed = AESGCM(self.keys[self.active]).encrypt(nonce, plaintext.encode("utf-8"), aad)
        return {"keyId": self.active, "nonce": Binary(nonce), "ciphertext": Binary(sealed)}

    def derive(self, purpose: str) -> tuple[tuple[str, bytes], ...]:
        """Return a 32-byte subkey of every key for `purpose`, by key id, the active one first.

        The server's other keyed secrets (page-token signatures, lookup hashes of bearer
        tokens) come from this keyring rather than from keys of their own, so everything
        that shares the keyring agrees on them: the workers of `serve --workers N`, and
        every process started on one data directory (its key file) or with one
        `MODELSTORE_ENCRYPTION_KEYS`. HKDF with the purpose as `info` keeps each use's key
        apart from the AES key and from every other use. Older keys are returned too, so
        a rotation does not invalidate what the previous active key signed or hashed.
        """
        order = [self.active, *(k for k in self.keys if k != self.active)]
        return tuple(
            (
                key_id,
                HKDF(
                    algorithm=hashes.SHA256(),
                    length=32,
                    salt=None,
                    info=f"modelstore/{purpose}".encode(),
                ).derive(self.keys[key_id]),
            )
            for key_id in order
        )

    def decrypt(self, stored: Mapping[str, Any], aad: bytes) -> str:
        """Decrypt a stored value with the key it names."""
        key = self.keys.get(str(stored.get("keyId")))
        if key is None:
            raise KeyringError("the value was encrypted under a key id that is not configured")
        try:
            plain = AESGCM(key).decrypt(bytes(stored["nonce"]), bytes(stored["ciphertext"]), aad)
        except (InvalidTag, KeyError, TypeError) as exc:
            raise KeyringError("the value cannot be decrypted") from exc
        return plain.decode("utf-8")


def field_aad(collection: str, doc_id: str, field: str) -> bytes:
    """Return the associated data that binds a ciphertext to its place."""
    return f"{collection}\x00{doc_id}\x00{field}".encode()
