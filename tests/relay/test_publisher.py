"""The produce path against a real broker: records, keys and partitions as the relay sends them."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict

from google.protobuf import any_pb2

from modelstore.platform.v1 import workspace_pb2
from modelstore.v1 import change_pb2
from modelstore_server.relay.publisher import Batch, Publisher
from modelstore_server.relay.records import load_entity_types
from tests.kafka_broker import Broker
from tests.relay.consume import read_topics


def _events(prefix: str, keys: int, per_key: int) -> list[change_pb2.ChangeEvent]:
    events = []
    n = 0
    for round_ in range(per_key):
        for k in range(keys):
            entity = any_pb2.Any()
            entity.Pack(workspace_pb2.Workspace(id=f"{prefix}-{k}", name=f"v{round_}"))
            n += 1
            events.append(
                change_pb2.ChangeEvent(
                    resume_token=f"{n:06d}",
                    entity_type="modelstore.platform.v1.Workspace",
                    entity_id=f"{prefix}-{k}",
                    tenant=f"{prefix}-{k}",
                    operation=change_pb2.CHANGE_OPERATION_CREATE
                    if round_ == 0
                    else change_pb2.CHANGE_OPERATION_UPDATE,
                    entity=entity,
                )
            )
    return events


async def test_a_delivered_batch_is_in_kafka_keyed_and_in_order_per_key(kafka: Broker) -> None:
    load_entity_types()
    run = uuid.uuid4().hex[:8]
    prefix = f"test.{run}."
    publisher = Publisher(
        kafka.bootstrap_servers, topic_prefix=prefix, client_id="test", request_timeout_ms=30000
    )
    await publisher.start()
    try:
        events = _events(run, keys=12, per_key=5)
        batch = Batch()
        await publisher.send(events, batch)
        assert batch.events == 60
        await publisher.deliver(batch)
        offsets = [delivery.result().offset for delivery in batch.deliveries]
        assert all(offset >= 0 for offset in offsets)
    finally:
        await publisher.stop()

    topic = f"{prefix}platform.v1.Workspace"
    records = await read_topics(kafka.bootstrap_servers, [topic], lambda got: len(got) >= 60)
    assert len(records) == 60
    partitions: dict[bytes, set[int]] = defaultdict(set)
    tokens: dict[bytes, list[str]] = defaultdict(list)
    for record in sorted(records, key=lambda r: (r.partition, r.offset)):
        partitions[record.key].add(record.partition)
        value = json.loads(record.value)
        assert record.key == value["entity_id"].encode()
        assert dict(record.headers)["modelstore-resume-token"] == value["resume_token"].encode()
        tokens[record.key].append(value["resume_token"])
    # One entity, one partition; and there its events are in feed order.
    assert all(len(found) == 1 for found in partitions.values())
    assert len({p for found in partitions.values() for p in found}) > 1, "all on one partition"
    for key, got in tokens.items():
        want = [e.resume_token for e in events if e.entity_id.encode() == key]
        assert got == want
