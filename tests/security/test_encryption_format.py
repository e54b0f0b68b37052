"""The stored format of encrypted fields (docs/security.md, "Encrypted fields").

`aes256gcm:<key id>:<iv>:<tag>:<ciphertext>` under the primary key, bound to its place by
the associated data; the format before (`{keyId, nonce, ciphertext}`) still opens; values
of an older key open while it is configured; nothing malformed opens or echoes itself.
The Node side of the same format is tests/interop/test_seed_crypto.py.
"""

from __future__ import annotations

import base64
import os

import pytest
from bson import Binary
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from modelstore_server.security.encryption import Keyring, KeyringError, field_aad

OLD, NEW = os.urandom(32), os.urandom(32)
AAD = field_aad("knowledge.notion_workspaces", "ws_1", "access_token")


def _ring(*ids: str, primary: str) -> Keyring:
    keys = {"k1": OLD, "k2": NEW}
    return Keyring(keys={i: keys[i] for i in ids}, active=primary)


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def test_the_format_is_standard_aes_gcm_parts() -> None:
    sealed = _ring("k1", primary="k1").encrypt("secret-token", AAD)
    form, key_id, iv, tag, ciphertext = sealed.split(":")
    assert (form, key_id) == ("aes256gcm", "k1")
    assert "=" not in sealed  # unpadded base64url
    # Any AES-256-GCM implementation opens it from the parts and the associated data.
    plain = AESGCM(OLD).decrypt(_unb64(iv), _unb64(ciphertext) + _unb64(tag), AAD)
    assert plain == b"secret-token"
    assert len(_unb64(iv)) == 12
    assert len(_unb64(tag)) == 16


def test_rotation_new_writes_use_the_primary_and_old_values_still_open() -> None:
    before = _ring("k1", primary="k1")
    after = _ring("k1", "k2", primary="k2")
    old_value = before.encrypt("token", AAD)
    assert after.decrypt(old_value, AAD) == "token"
    assert not after.current(old_value)
    new_value = after.encrypt("token", AAD)
    assert new_value.startswith("aes256gcm:k2:")
    assert after.current(new_value)
    with pytest.raises(KeyringError):
        _ring("k2", primary="k2").decrypt(old_value, AAD)  # its key removed too early


def test_the_format_before_still_opens() -> None:
    nonce = os.urandom(12)
    legacy = {
        "keyId": "k1",
        "nonce": Binary(nonce),
        "ciphertext": Binary(AESGCM(OLD).encrypt(nonce, b"old-token", AAD)),
    }
    ring = _ring("k1", "k2", primary="k2")
    assert ring.decrypt(legacy, AAD) == "old-token"
    assert not ring.current(legacy)


def test_another_place_does_not_open() -> None:
    ring = _ring("k1", primary="k1")
    sealed = ring.encrypt("token", AAD)
    with pytest.raises(KeyringError):
        ring.decrypt(sealed, field_aad("knowledge.notion_workspaces", "ws_2", "access_token"))


@pytest.mark.parametrize(
    "stored",
    [
        "plaintext-token-another-writer-stored",
        "aes256gcm:k1:short:tag:ct",
        "aes256gcm:k1:" + "A" * 16 + ":" + "A" * 22,  # a part missing
        "aes256gcm:k1:" + "A" * 16 + ":" + "A" * 22 + ":ünï",
        "aes256gcm:k1:" + "A" * 16 + ":" + "A" * 22 + ":AAAA",  # a wrong tag
        {"keyId": "k1", "nonce": "text", "ciphertext": 1},
        42,
    ],
)
def test_malformed_values_do_not_open_and_are_not_echoed(stored: object) -> None:
    with pytest.raises(KeyringError) as info:
        _ring("k1", primary="k1").decrypt(stored, AAD)
    assert "plaintext-token" not in str(info.value)


@pytest.mark.parametrize("key_id", ["", "a:b", "a,b", "a b"])
def test_key_ids_cannot_break_the_format(key_id: str) -> None:
    with pytest.raises(KeyringError):
        Keyring(keys={key_id: OLD}, active=key_id)
