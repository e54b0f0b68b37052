"""Page tokens are signed by the server and carry only plain values of the order's keys.

A token that is altered, forged under another key or unsigned (version 1) is
INVALID_ARGUMENT (INVALID_PAGE_TOKEN); so is a token the server's own key signed whose
values are not of their keys' kinds: a document (an operator object), a regex, a string
for a timestamp. Another process on the same key configuration reads the tokens of this
one.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
from typing import Any

import bson
import grpc
import pytest
from bson.regex import Regex

from modelstore.platform.v1 import user_pb2, user_pb2_grpc
from modelstore.v1 import errors_pb2
from modelstore_server.app import Modelstore, load_keyring
from modelstore_server.engine.context import CallContext
from modelstore_server.engine.ordering import SortKey
from modelstore_server.engine.pagination import PURPOSE, PageTokens
from modelstore_server.errors import InvalidArgument
from modelstore_server.security.encryption import Keyring
from tests.support import MODELS, Samples, expect_error

KEYS = Keyring.parse(Keyring.generate_spec("k1"))


def _signed(keys: Keyring, payload: dict[str, Any]) -> str:
    """A version-2 token over any payload, signed with `keys` (how a forger would build it)."""
    body = bson.encode(payload)
    mac = hmac.new(keys.derive(PURPOSE)[0][1], b"\x02" + body, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(b"\x02" + mac + body).decode().rstrip("=")


def _store_query(server: Modelstore, order_by: str) -> tuple[Any, Any, bytes]:
    store = server.stores["modelstore.platform.v1.User"]
    ctx = CallContext(tenant="t-pages", cross_tenant=True)
    _, sort, digest = store.lists.build(ctx, "", order_by)
    return store, sort, digest


def _refused(exc: pytest.ExceptionInfo[InvalidArgument]) -> bool:
    return exc.value.reason == errors_pb2.ERROR_REASON_INVALID_PAGE_TOKEN


def test_round_trip_and_rotation() -> None:
    tokens = PageTokens(KEYS.derive(PURPOSE))
    sort = (SortKey("_id", 1),)
    token = tokens.encode({"_id": "a"}, sort, b"d" * 12)
    assert tokens.decode(token, sort, b"d" * 12) == ["a"]
    # After a rotation (a new active key, the old one still configured) the token reads.
    rotated = Keyring(keys={**KEYS.keys, "k2": b"\x01" * 32}, active="k2")
    assert PageTokens(rotated.derive(PURPOSE)).decode(token, sort, b"d" * 12) == ["a"]


def test_a_token_carries_the_listings_instant() -> None:
    """The `now` a filter's relative times were evaluated at rides in the signed payload;
    a token without one (no relative time) reads as before, one whose `n` is not a date
    is malformed."""
    tokens = PageTokens(KEYS.derive(PURPOSE))
    sort = (SortKey("_id", 1),)
    at = dt.datetime(2026, 6, 1, 12, 0, 0, 123000, tzinfo=dt.UTC)
    cursor = tokens.cursor(tokens.encode({"_id": "a"}, sort, b"d" * 12, at), sort, b"d" * 12)
    assert (cursor.values, cursor.now) == (["a"], at)
    assert tokens.cursor(tokens.encode({"_id": "a"}, sort, b"d" * 12), sort, b"d" * 12).now is None
    with pytest.raises(InvalidArgument) as exc:
        tokens.decode(_signed(KEYS, {"d": b"d" * 12, "k": ["a"], "n": "now"}), sort, b"d" * 12)
    assert _refused(exc)


async def test_altered_forged_and_unsigned_tokens_are_refused(server: Modelstore) -> None:
    store, sort, digest = _store_query(server, "username")
    good = store.lists.tokens.encode({"username": "bob", "_id": "u1"}, sort, digest)
    raw = bytearray(base64.urlsafe_b64decode(good + "=" * (-len(good) % 4)))
    raw[-3] ^= 1  # one bit of the payload
    altered = base64.urlsafe_b64encode(bytes(raw)).decode().rstrip("=")
    forged = _signed(KEYS, {"d": digest, "k": ["bob", "u1"]})
    unsigned_v1 = (
        base64.urlsafe_b64encode(bson.encode({"v": 1, "d": digest, "k": ["bob", "u1"]}))
        .decode()
        .rstrip("=")
    )
    ctx = CallContext(tenant="t-pages", cross_tenant=True)
    for token in (altered, forged, unsigned_v1, "", "AA", good[:-4]):
        if not token:
            continue
        with pytest.raises(InvalidArgument) as exc:
            store.lists.build(ctx, "", "username", page_token=token)
        assert _refused(exc), token


@pytest.mark.parametrize(
    "values",
    [
        [{"$gt": ""}, "u1"],  # an operator object
        [Regex(".*"), "u1"],  # a regex
        ["bob", {"$ne": None}],  # an operator on _id
        [["a", "b"], "u1"],  # an array
        [5, "u1"],  # a number for a string field
        [dt.datetime(2025, 1, 1, tzinfo=dt.UTC), "u1"],  # a datetime for a string field
        ["bob", 7],  # _id is a string
    ],
    ids=["operator", "regex", "id-operator", "array", "number", "datetime", "id-number"],
)
async def test_values_of_the_wrong_kind_are_refused_even_when_signed(
    server: Modelstore, values: list[Any]
) -> None:
    store, _sort, digest = _store_query(server, "username")
    token = _signed(load_keyring(server.settings), {"d": digest, "k": values})
    ctx = CallContext(tenant="t-pages", cross_tenant=True)
    with pytest.raises(InvalidArgument) as exc:
        store.lists.build(ctx, "", "username", page_token=token)
    assert _refused(exc)


async def test_timestamp_keys_must_be_datetimes(server: Modelstore) -> None:
    store, _sort, digest = _store_query(server, "created_at desc")
    keyring = load_keyring(server.settings)
    ctx = CallContext(tenant="t-pages", cross_tenant=True)
    ok = _signed(keyring, {"d": digest, "k": [dt.datetime(2025, 1, 1, tzinfo=dt.UTC), "u1"]})
    store.lists.build(ctx, "", "created_at desc", page_token=ok)
    missing = _signed(keyring, {"d": digest, "k": [None, "u1"]})  # a missing value is null
    store.lists.build(ctx, "", "created_at desc", page_token=missing)
    bad = _signed(keyring, {"d": digest, "k": ["2025-01-01", "u1"]})
    with pytest.raises(InvalidArgument) as exc:
        store.lists.build(ctx, "", "created_at desc", page_token=bad)
    assert _refused(exc)


async def test_forged_token_over_grpc_is_invalid_argument(
    server: Modelstore, channel: grpc.aio.Channel, tenant: str
) -> None:
    samples = Samples(channel, tenant)
    for _ in range(3):
        await samples.create(MODELS["modelstore.platform.v1.User"])
    users = user_pb2_grpc.UserServiceStub(channel)
    header = (("x-tenant-id", tenant),)
    page = await users.ListUsers(user_pb2.ListUsersRequest(page_size=1), metadata=header)
    assert page.next_page_token
    store = server.stores["modelstore.platform.v1.User"]
    ctx = CallContext(tenant=tenant, cross_tenant=False)
    _, sort, digest = store.lists.build(ctx, "", "")
    # An operator object signed with a key the server does not hold: refused, not INTERNAL.
    forged = _signed(KEYS, {"d": digest, "k": [{"$gt": ""}]})
    got = await expect_error(
        users.ListUsers(user_pb2.ListUsersRequest(page_token=forged), metadata=header),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert got.reason == "INVALID_PAGE_TOKEN"
    # Another process with the same key configuration (here: the keyring read again from
    # the settings, as every worker does) issues tokens this server reads.
    other = PageTokens(load_keyring(server.settings).derive(PURPOSE))
    first = await users.ListUsers(user_pb2.ListUsersRequest(page_size=1), metadata=header)
    last_id = first.users[0].id
    token = other.encode({"_id": last_id}, sort, digest)
    rest = await users.ListUsers(user_pb2.ListUsersRequest(page_token=token), metadata=header)
    assert len(rest.users) == 2
    assert all(u.id > last_id for u in rest.users)
