"""The codec round-trips every field kind the protos use, through BSON and the database."""

from __future__ import annotations

import datetime as dt

import bson
from google.protobuf import struct_pb2
from google.protobuf.message_factory import GetMessageClass

from modelstore_server.app import Modelstore
from modelstore_server.engine.codec import compile_plan, decode_into, encode_fields
from tests.engine.test_filters import PROBE

Probe = GetMessageClass(PROBE)


def _full() -> object:
    msg = Probe(
        id="p1",
        display_name="Probe",
        count=-7,
        size_bytes=2**40,
        ratio=0.25,
        enabled=True,
        status=2,
        tags=["a", "b"],
        scores=[3, 1, 2],
        blob=b"\x00\x01",
        nickname="",  # explicit presence: set to the empty string
        limit=0,
    )
    msg.created_at.FromDatetime(dt.datetime(2026, 5, 1, 12, 30, 15, 123000, tzinfo=dt.UTC))
    msg.context.update({"ip": "10.0.0.1", "nested": {"n": 2, "ok": True}, "list": [1, "x"]})
    msg.any_value.CopyFrom(struct_pb2.Value(string_value="hello"))
    msg.target.email.address = "a@example.com"
    msg.target.id = "inner-id"
    msg.targets.add().email.address = "b@example.com"
    msg.targets.add()
    msg.labels["x"] = 1
    msg.labels["y"] = 2
    msg.timeout.FromMilliseconds(1500)
    return msg


def test_every_field_kind_round_trips_through_bson() -> None:
    plans = compile_plan(PROBE)
    original = _full()
    doc = encode_fields(original, plans)  # type: ignore[arg-type]
    assert doc["_id"] == "p1"
    assert doc["status"] == "on_hold", "enums are stored as their stored strings"
    assert doc["createdAt"] == dt.datetime(2026, 5, 1, 12, 30, 15, 123000, tzinfo=dt.UTC)
    assert doc["context"] == {"ip": "10.0.0.1", "nested": {"n": 2, "ok": True}, "list": [1, "x"]}
    assert doc["target"] == {"email": {"address": "a@example.com"}, "id": "inner-id"}
    assert doc["labels"] == {"x": 1, "y": 2}
    assert doc["timeout"] == 1500
    assert doc["nickname"] == "", "explicit presence keeps zero values"
    assert doc["limit"] == 0
    assert "password" not in doc, "hidden fields are never encoded"
    assert "accessToken" not in doc
    raw = bson.decode(bson.encode(doc), codec_options=bson.CodecOptions(tz_aware=True))
    back = Probe()
    decode_into(back, raw, plans)
    assert back == original


def test_unset_fields_are_absent() -> None:
    doc = encode_fields(Probe(id="p2"), compile_plan(PROBE))
    assert doc == {"_id": "p2"}


async def test_round_trip_through_the_database(server: Modelstore) -> None:
    assert server.db is not None
    plans = compile_plan(PROBE)
    original = _full()
    doc = encode_fields(original, plans)  # type: ignore[arg-type]
    coll = server.db["test.codec_probe"]
    await coll.delete_many({})
    await coll.insert_one(doc)
    stored = await coll.find_one({"_id": "p1"})
    assert stored is not None
    back = Probe()
    decode_into(back, stored, plans)
    assert back == original


def test_stored_dates_decode_in_every_stored_form() -> None:
    """A date decodes alike aware, naive (UTC) or as epoch milliseconds; junk reads as unset."""
    plans = compile_plan(PROBE)
    when = dt.datetime(2026, 5, 1, 12, 30, 15, 123000, tzinfo=dt.UTC)
    forms = {
        "aware": when,
        "naive": when.replace(tzinfo=None),
        "offset": when.astimezone(dt.timezone(dt.timedelta(hours=2))),
        "millis": int(when.timestamp() * 1000),
    }
    for name, stored in forms.items():
        back = Probe()
        decode_into(back, {"createdAt": stored}, plans)
        assert back.created_at.ToDatetime(tzinfo=dt.UTC) == when, name
    junk = Probe()
    decode_into(junk, {"createdAt": {"not": "a date"}}, plans)
    assert not junk.HasField("created_at")
