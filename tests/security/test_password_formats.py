"""Stored password forms: better-auth's scrypt `salt:key` beside Modelstore's own.

The two hashes below were made by the real better-auth 1.7.25 (`hashPassword` of
`better-auth/crypto`, the version tests/interop/package.json pins), so they pin the
parameters and the encoding, not our reading of them; tests/interop also checks the other
direction (better-auth verifies what Modelstore writes) with the package itself.
"""

from __future__ import annotations

import re

import pytest

from modelstore.v1 import storage_pb2
from modelstore_server.security.hashing import hash_secret, verify_secret
from modelstore_server.security.salt_key import hash_salt_key, is_salt_key, verify_salt_key

BETTER_AUTH_HASH = (
    "38301bf5220ebcc26e86b28c8346a99d:90275effe60f019f9fc3c7a2a1f45dafbaa1e49e616f8cc16f0b4d7"
    "d3965cafe2a60c6a4ff9859ac4faf73dc0597b2cdf2b01c4d6579d6256e0eaf1aeed52a7b"
)
BETTER_AUTH_PASSWORD = "correct horse battery staple"
# Of "Ångström ﬁ": better-auth NFKC-normalises first, so the ligature is "fi".
BETTER_AUTH_UNICODE_HASH = (
    "aaa775d936a8d53efce66cd10f9a426b:da5e71ab79f14f95a8f817a34e9d7d1c54c9331623fe1a495b10d83"
    "5d1e095bd6c31c2474b0babce8e9fc8a30d47a5113dfe9c18a558d2138a79cd061eadc3df"
)
SALT_KEY = storage_pb2.SECRET_ALGORITHM_SCRYPT_SALT_KEY


def test_a_better_auth_hash_verifies() -> None:
    assert verify_salt_key(BETTER_AUTH_PASSWORD, BETTER_AUTH_HASH)
    assert verify_secret(SALT_KEY, BETTER_AUTH_PASSWORD, BETTER_AUTH_HASH, None)


@pytest.mark.parametrize(
    "candidate", ["correct horse battery stapl", "Correct horse battery staple", "", " "]
)
def test_a_wrong_password_fails(candidate: str) -> None:
    assert not verify_salt_key(candidate, BETTER_AUTH_HASH)


def test_passwords_are_nfkc_normalised_as_better_auth_does() -> None:
    assert verify_salt_key("Ångström ﬁ", BETTER_AUTH_UNICODE_HASH)
    assert verify_salt_key("Ångström fi", BETTER_AUTH_UNICODE_HASH)  # the same password
    assert not verify_salt_key("Angstrom fi", BETTER_AUTH_UNICODE_HASH)


def test_what_modelstore_writes_has_better_auths_shape() -> None:
    stored, salt = hash_secret(SALT_KEY, "pa55-word")
    assert salt is None  # the salt is inside the one string
    assert re.fullmatch(r"[0-9a-f]{32}:[0-9a-f]{128}", stored)
    assert verify_secret(SALT_KEY, "pa55-word", stored, None)
    assert not verify_secret(SALT_KEY, "pa55-word!", stored, None)
    assert hash_salt_key("pa55-word") != stored  # a new salt every time


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "no-colon",
        ":" + "0" * 128,
        "00" * 16 + ":",
        "00" * 16 + ":ünïcode",  # compare_digest would refuse non-ASCII text
        "00" * 16 + ":" + "0" * 2000,  # longer than any hash of either side
    ],
)
def test_malformed_stored_values_never_verify(stored: str) -> None:
    assert not verify_salt_key("anything", stored)


def test_shape_check() -> None:
    assert is_salt_key(BETTER_AUTH_HASH)
    for value in (None, 42, {"keyId": "k"}, "plain", "a:"):
        assert not is_salt_key(value)


def test_the_earlier_form_still_verifies_as_scrypt() -> None:
    """Accounts written before the change hold `passwordHash` / `passwordSalt`."""
    digest, salt = hash_secret(storage_pb2.SECRET_ALGORITHM_SCRYPT, "old-pa55")
    assert salt is not None
    assert verify_secret(storage_pb2.SECRET_ALGORITHM_SCRYPT, "old-pa55", digest, salt)
    # Neither form passes for the other.
    assert not verify_secret(SALT_KEY, "old-pa55", digest, None)
    assert not verify_secret(storage_pb2.SECRET_ALGORITHM_SCRYPT, BETTER_AUTH_PASSWORD, "x", None)
