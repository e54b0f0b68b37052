"""Salted hashing of write-only secrets (passwords, client secrets, refresh tokens).

scrypt comes from the standard library; bcrypt at cost 12 is kept for the knowledge seed,
whose services compare passwords with bcrypt. Both are deliberately slow, so callers run
them in a worker thread (`asyncio.to_thread`) to keep the event loop free.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

import bcrypt

from modelstore.v1 import storage_pb2

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
    """Hash a secret; return (hash, salt), where salt is None for bcrypt (it embeds its own)."""
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
