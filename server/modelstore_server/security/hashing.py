"""Hashing of write-only secrets: salted, or keyed for lookups.

Salted hashes protect passwords, client secrets and refresh tokens; keyed ones bearer
tokens the server must find by value (`LookupHasher`).

scrypt comes from the standard library, in our form (hash and salt apart) or better-auth's
(`salt_key`, for the auth seed); bcrypt at cost 12 is kept for the knowledge seed, whose
services compare passwords with bcrypt. Both are deliberately slow, so callers run
them in a worker thread (`asyncio.to_thread`) to keep the event loop free.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Sequence

import bcrypt

from modelstore.v1 import storage_pb2

from .salt_key import hash_salt_key, verify_salt_key

# OWASP's scrypt baseline (N=2^17 is recommended for interactive logins on big machines; 2^14
# keeps a create under 50 ms here while still costing an attacker 16 MiB per guess).
_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1
_SCRYPT_LEN = 32
BCRYPT_COST = 12


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_secret(algorithm: int, plaintext: str) -> tuple[str, str | None]:
    """Hash a secret; return (hash, salt), where salt is None when the hash embeds it."""
    if algorithm == storage_pb2.SECRET_ALGORITHM_SCRYPT_SALT_KEY:
        return hash_salt_key(plaintext), None
    if algorithm == storage_pb2.SECRET_ALGORITHM_BCRYPT:
        digest = bcrypt.hashpw(plaintext.encode("utf-8"), bcrypt.gensalt(BCRYPT_COST))
        return digest.decode("ascii"), None
    salt = os.urandom(16)
    digest = hashlib.scrypt(
        plaintext.encode("utf-8"),
        salt=salt,
        n=_SCRYPT_N,
        r=_SCRYPT_R,
        p=_SCRYPT_P,
        dklen=_SCRYPT_LEN,
    )
    return _b64(digest), _b64(salt)


def verify_secret(algorithm: int, plaintext: str, stored_hash: str, salt: str | None) -> bool:
    """Check a candidate secret against a stored hash in constant time."""
    if algorithm == storage_pb2.SECRET_ALGORITHM_SCRYPT_SALT_KEY:
        return verify_salt_key(plaintext, stored_hash)
    if algorithm == storage_pb2.SECRET_ALGORITHM_BCRYPT:
        try:
            return bcrypt.checkpw(plaintext.encode("utf-8"), stored_hash.encode("ascii"))
        except ValueError:
            return False
    if salt is None:
        return False
    digest = hashlib.scrypt(
        plaintext.encode("utf-8"),
        salt=base64.b64decode(salt),
        n=_SCRYPT_N,
        r=_SCRYPT_R,
        p=_SCRYPT_P,
        dklen=_SCRYPT_LEN,
    )
    return hmac.compare_digest(_b64(digest), stored_hash)


class LookupHasher:
    """Keyed lookup hashes of bearer credentials (`SECRET_ALGORITHM_HMAC_SHA256`).

    A salted hash cannot be found by value; a keyed one can, and without the key a copy of
    the database holds nothing a caller could present and nothing to guess offline. The
    stored form names the key id, `hmac-sha256:<key id>:<digest>`, and a lookup asks for
    the hashes under every configured key, so tokens hashed before a rotation still match.
    """

    PREFIX = "hmac-sha256"

    def __init__(self, keys: Sequence[tuple[str, bytes]]) -> None:
        """`keys`: (key id, key) pairs, the key of new hashes first (`Keyring.derive`)."""
        if not keys:
            raise ValueError("a lookup hash needs at least one key")
        self._keys = tuple(keys)

    def _one(self, key_id: str, key: bytes, plaintext: str) -> str:
        digest = hmac.new(key, plaintext.encode("utf-8"), hashlib.sha256).digest()
        return f"{self.PREFIX}:{key_id}:{base64.urlsafe_b64encode(digest).decode().rstrip('=')}"

    def hash(self, plaintext: str) -> str:
        """Return the stored form of `plaintext` under the active key."""
        key_id, key = self._keys[0]
        return self._one(key_id, key, plaintext)

    def candidates(self, plaintext: str) -> list[str]:
        """Return the stored forms `plaintext` may have, one per configured key."""
        return [self._one(key_id, key, plaintext) for key_id, key in self._keys]

    def verify(self, plaintext: str, stored: str) -> bool:
        """Whether `stored` is the hash of `plaintext` under a configured key (constant time)."""
        return any(hmac.compare_digest(c, stored) for c in self.candidates(plaintext))
