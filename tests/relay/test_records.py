"""The relay's record format: topic naming, key, JSON value and headers of one event."""

from __future__ import annotations

import json

import pytest
from google.protobuf import any_pb2, json_format, timestamp_pb2

from modelstore.iam.v1 import user_pb2 as iam_user_pb2
from modelstore.platform.v1 import user_pb2 as platform_user_pb2
from modelstore.v1 import change_pb2
from modelstore_server.relay import records
from modelstore_server.relay.topics import topic_for


def test_topic_replaces_the_package_root_with_the_prefix() -> None:
    assert topic_for("modelstore.platform.v1.User") == "modelstore.platform.v1.User"
    assert topic_for("modelstore.iam.v1.User", "prod.ms.") == "prod.ms.iam.v1.User"
    assert topic_for("modelstore.iam.v1.User", "") == "iam.v1.User"
    # Two domains' Users never share a topic, whatever the prefix.
    assert topic_for("modelstore.iam.v1.User", "x-") != topic_for(
        "modelstore.platform.v1.User", "x-"
    )


@pytest.mark.parametrize("prefix", ["bad prefix.", "ümlaut.", "a/b.", "t:"])
def test_prefix_outside_kafkas_alphabet_is_refused(prefix: str) -> None:
    with pytest.raises(ValueError, match="topic prefix"):
        topic_for("modelstore.platform.v1.User", prefix)


def test_topic_longer_than_kafka_allows_is_refused() -> None:
    with pytest.raises(ValueError, match="no legal Kafka topic"):
        topic_for("modelstore.platform.v1.User", "p" * 240)


def _event() -> change_pb2.ChangeEvent:
    entity = any_pb2.Any()
    entity.Pack(
        platform_user_pb2.User(id="usr_1", workspace_id="ws_1", username="ada", roles=["admin"])
    )
    commit = timestamp_pb2.Timestamp(seconds=1_790_000_000, nanos=123_000_000)
    return change_pb2.ChangeEvent(
        resume_token="tok-42",
        entity_type="modelstore.platform.v1.User",
        entity_id="usr_1",
        tenant="ws_1",
        operation=change_pb2.CHANGE_OPERATION_UPDATE,
        changed_paths=["roles", "username"],
        etag="e-2",
        commit_time=commit,
        entity=entity,
    )


def test_record_of_an_event() -> None:
    records.load_entity_types()
    event = _event()
    record = records.record_of(event, "modelstore.")
    assert record.topic == "modelstore.platform.v1.User"
    assert record.key == b"usr_1"
    assert record.timestamp_ms == 1_790_000_000_123
    assert record.headers == [
        ("modelstore-operation", b"UPDATE"),
        ("modelstore-entity-type", b"modelstore.platform.v1.User"),
        ("modelstore-tenant", b"ws_1"),
        ("modelstore-resume-token", b"tok-42"),
        ("content-type", b"application/json"),
    ]
    value = json.loads(record.value)
    # Proto field names throughout, the entity's too: the names changed_paths uses.
    assert value["entity_type"] == "modelstore.platform.v1.User"
    assert value["changed_paths"] == ["roles", "username"]
    assert value["operation"] == "CHANGE_OPERATION_UPDATE"
    assert value["commit_time"] == "2026-09-21T14:13:20.123Z"
    assert value["entity"]["@type"] == "type.googleapis.com/modelstore.platform.v1.User"
    assert value["entity"]["workspace_id"] == "ws_1"  # not workspaceId
    assert value["entity"]["username"] == "ada"
    # Any protobuf JSON parser reads it back into the same event.
    assert json_format.Parse(record.value, change_pb2.ChangeEvent()) == event


def test_global_entity_has_no_tenant_header_and_a_delete_no_entity() -> None:
    event = change_pb2.ChangeEvent(
        resume_token="tok-7",
        entity_type="modelstore.iam.v1.User",
        entity_id="u-9",
        operation=change_pb2.CHANGE_OPERATION_DELETE,
    )
    record = records.record_of(event, "ms.")
    assert record.topic == "ms.iam.v1.User"
    assert [name for name, _ in record.headers] == [
        "modelstore-operation",
        "modelstore-entity-type",
        "modelstore-resume-token",
        "content-type",
    ]
    assert record.headers[0] == ("modelstore-operation", b"DELETE")
    assert record.timestamp_ms is None
    assert json.loads(record.value) == {
        "resume_token": "tok-7",
        "entity_type": "modelstore.iam.v1.User",
        "entity_id": "u-9",
        "operation": "CHANGE_OPERATION_DELETE",
    }
    assert iam_user_pb2.User.DESCRIPTOR.full_name == event.entity_type


def test_entity_of_a_type_the_relay_lacks_is_refused_not_mangled() -> None:
    entity = any_pb2.Any(
        type_url="type.googleapis.com/modelstore.future.v9.Thing", value=b"\x0a\x01x"
    )
    event = change_pb2.ChangeEvent(
        resume_token="t", entity_type="modelstore.future.v9.Thing", entity_id="x", entity=entity
    )
    with pytest.raises(records.UnencodableEvent, match="upgrade the relay"):
        records.record_of(event, "modelstore.")
