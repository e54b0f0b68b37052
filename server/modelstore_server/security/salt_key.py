"""better-auth's scrypt password form (`SECRET_ALGORITHM_SCRYPT_SALT_KEY`).

One string, `<hex salt>:<hex key>`: a random 16-byte salt written as 32 lowercase hex
characters, and the 64-byte scrypt key (N=16384, r=16, p=1) in hex. Two details of
better-auth's own code (`@better-auth/utils/password`) decide whether a hash verifies on
both sides, and both are easy to get wrong:

- scrypt's salt is the salt's hex *text* (its UTF-8 bytes), not the bytes it spells;
- the password is NFKC-normalised before hashing, so `ﬁ` and `fi` are one password.

The parameters are better-auth's, and stronger than `SECRET_ALGORITHM_SCRYPT`'s (r=16:
32 MiB and twice the work per guess), which is why Modelstore writes this form for the
auth seed (docs/decisions.md).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata

_N = 16384
_R = 16
_P = 1
_KEY_LEN = 64
_SALT_BYTES = 16
# OpenSSL refuses scrypt above its memory bound (32 MiB by default), and these parameters
# need 128 * N * r = 32 MiB plus a little; better-auth allows twice that, as we do.
_MAXMEM = 2 * 128 * _N * _R
# A stored value longer than this is no hash of ours or better-auth's: refuse it unread.
_MAX_STORED = 512


def _key(plaintext: str, salt: str) -> str:
    return hashlib.scrypt(
        unicodedata.normalize("NFKC", plaintext).encode("utf-8"),
        salt=salt.encode("utf-8"),
        n=_N,
        r=_R,
        p=_P,
        dklen=_KEY_LEN,
        maxmem=_MAXMEM,
    ).hex()


def hash_salt_key(plaintext: str) -> str:
    """Return `<hex salt>:<hex key>` for `plaintext`, with a new random salt."""
    salt = os.urandom(_SALT_BYTES).hex()
    return f"{salt}:{_key(plaintext, salt)}"


def is_salt_key(stored: object) -> bool:
    """Whether `stored` has the shape of a `<salt>:<key>` hash (it may still not verify)."""
    if not isinstance(stored, str) or len(stored) > _MAX_STORED:
        return False
    salt, sep, key = stored.partition(":")
    return bool(sep and salt and key)


def verify_salt_key(plaintext: str, stored: str) -> bool:
    """Check `plaintext` against a stored `<salt>:<key>` hash in constant time.

    Like better-auth, the key is compared as the hex text it stored; anything after a
    second `:` is not part of the key (better-auth ignores it too).
    """
    if not is_salt_key(stored):
        return False
    salt, _, rest = stored.partition(":")
    key = rest.split(":", 1)[0]
    # Bytes: compare_digest refuses non-ASCII text, which a foreign document may hold.
    return hmac.compare_digest(_key(plaintext, salt).encode(), key.encode("utf-8"))
