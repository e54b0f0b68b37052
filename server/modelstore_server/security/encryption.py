"""Field encryption at rest: AES-256-GCM under named keys, so keys can be rotated.

A stored value is one string a seed app can open with `node:crypto` and the key the
operator shares with it (docs/security.md, "Encrypted fields"; the Node reference module is
`tests/interop/seed_crypto.mjs`):

    aes256gcm:<key id>:<iv>:<tag>:<ciphertext>

iv (12 bytes), tag (16 bytes) and ciphertext in unpadded base64url, the key being the
keyring's 32-byte key of that id, and the associated data `field_aad`: the collection, the
document id and the field, so a value copied into another document does not decrypt.
Values stored before this format, `{keyId, nonce, ciphertext}` (the tag at the end of the
ciphertext, the same associated data), are still read. New writes use the active
(primary) key; reads use whichever key id the value names, so old keys stay configured
until `modelstore rotate-keys` has re-encrypted everything under the primary.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FORMAT = "aes256gcm"
"""The first part of an encrypted value: the algorithm, and this layout of the parts."""
IV_BYTES = 12
TAG_BYTES = 16


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
            if not key_id or any(c in key_id for c in ":, \t\n"):
                # The id is a part of every stored value, separated by colons.
                raise KeyringError("a key id must be non-empty, without ':', ',' or spaces")
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

    def encrypt(self, plaintext: str, aad: bytes) -> str:
        """Encrypt text under the active key, as `aes256gcm:<key id>:<iv>:<tag>:<ciphertext>`."""
        iv = os.urandom(IV_BYTES)
        sealed = AESGCM(self.keys[self.active]).encrypt(iv, plaintext.encode("utf-8"), aad)
        ciphertext, tag = sealed[:-TAG_BYTES], sealed[-TAG_BYTES:]
        return ":".join((FORMAT, self.active, _b64(iv), _b64(tag), _b64(ciphertext)))

    def current(self, stored: Any) -> bool:
        """Whether `stored` is in this format under the active key (nothing to rotate)."""
        return isinstance(stored, str) and stored.startswith(f"{FORMAT}:{self.active}:")

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

    def decrypt(self, stored: Any, aad: bytes) -> str:
        """Decrypt a stored value (either format) with the key it names."""
        key_id, iv, sealed = _parts(stored)
        key = self.keys.get(key_id)
        if key is None:
            raise KeyringError("the value was encrypted under a key id that is not configured")
        try:
            plain = AESGCM(key).decrypt(iv, sealed, aad)
        except (InvalidTag, ValueError) as exc:
            raise KeyringError("the value cannot be decrypted") from exc
        try:
            return plain.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise KeyringError("the value cannot be decrypted") from exc


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    if not text.isascii():
        raise KeyringError("the value is not an encrypted value")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise KeyringError("the value is not an encrypted value") from exc


def _parts(stored: Any) -> tuple[str, bytes, bytes]:
    """Return the key id, iv and ciphertext-with-tag of a stored value of either format."""
    if isinstance(stored, str):
        parts = stored.split(":")
        if len(parts) != 5 or parts[0] != FORMAT:
            # Not ours (a plaintext another writer stored, say): never quoted.
            raise KeyringError("the value is not an encrypted value")
        _, key_id, iv, tag, ciphertext = parts
        iv_raw, tag_raw = _unb64(iv), _unb64(tag)
        if len(iv_raw) != IV_BYTES or len(tag_raw) != TAG_BYTES:
            raise KeyringError("the value is not an encrypted value")
        return key_id, iv_raw, _unb64(ciphertext) + tag_raw
    if isinstance(stored, Mapping):  # the format before: {keyId, nonce, ciphertext}
        nonce, sealed = stored.get("nonce"), stored.get("ciphertext")
        if not isinstance(nonce, bytes) or not isinstance(sealed, bytes):
            raise KeyringError("the value is not an encrypted value")
        return str(stored.get("keyId")), bytes(nonce), bytes(sealed)
    raise KeyringError("the value is not an encrypted value")


def field_aad(collection: str, doc_id: str, field: str) -> bytes:
    """Return the associated data that binds a ciphertext to its place."""
    return f"{collection}\x00{doc_id}\x00{field}".encode()
