"""End to end: `modelstore serve`, a real Kafka broker, and `modelstore relay` killed mid-stream.

Writes go through gRPC while the relay runs; the relay is killed with kill -9 while events
stream, writes go on without it, and a new relay resumes from the state file. Every
acknowledged write's event must then be in Kafka at least once, and each entity's events,
duplicates set aside, in the order of its writes. A relay stopped with SIGTERM saves its
position, so a relay started after it sends nothing again.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import pathlib
import time
import uuid
from collections import defaultdict
from typing import Any

import pytest

from modelstore_server.relay import StateFile, topic_for
from tests.e2e.harness import serve
from tests.kafka_broker import Broker
from tests.relay.consume import count_records, read_topics
from tests.relay.harness import Relay, relay
from tests.relay.writers import USER, WORKSPACE, EntityWriters, Write

Key = tuple[str, str]


def _first_copies(records: list[Any]) -> dict[Key, list[Write]]:
    """Each entity's events in partition order, each resume token's first copy only."""
    seen: set[str] = set()
    out: dict[Key, list[Write]] = defaultdict(list)
    for record in sorted(records, key=lambda r: (r.topic, r.partition, r.offset)):
        event = json.loads(record.value)
        assert record.key == event["entity_id"].encode()
        if event["resume_token"] in seen:
            continue
        seen.add(event["resume_token"])
        operation = event["operation"].removeprefix("CHANGE_OPERATION_")
        out[(event["entity_type"], event["entity_id"])].append((operation, event.get("etag", "")))
    return out


def _covers(records: list[Any], acked: dict[Key, list[Write]]) -> bool:
    got = _first_copies(records)
    return all(len(got.get(key, [])) >= len(writes) for key, writes in acked.items())


async def _position_saved(state: pathlib.Path, running: Relay, within: float = 60) -> None:
    deadline = time.monotonic() + within
    while StateFile(state).load() is None:
        assert time.monotonic() < deadline, f"no position in {within}s:\n{running.output()}"
        await asyncio.sleep(0.02)


@pytest.mark.timeout(420)
async def test_kill_9_mid_stream_then_resume_loses_nothing_and_keeps_order_per_key(
    kafka: Broker, tmp_root: pathlib.Path
) -> None:
    run = uuid.uuid4().hex[:8]
    data_dir = tmp_root / f"relay-{run}"
    logs = tmp_root / f"logs-relay-{run}"
    state = tmp_root / f"relay-state-{run}" / "relay.json"
    prefix = f"e2e.{run}."
    topics = [topic_for(WORKSPACE, prefix), topic_for(USER, prefix)]
    # A first run starts at a time, not "now": the writes below begin as the relay starts,
    # and none may fall before its stream opens.
    start = (dt.datetime.now(dt.UTC) - dt.timedelta(seconds=5)).isoformat()
    args = ["--start-time", start, "--topic-prefix", prefix, "--entity-types", WORKSPACE, USER]
    args += ["--batch-linger", "0.05", "--batch-max-events", "20"]
    bootstrap = kafka.bootstrap_servers

    async with serve(data_dir, logs) as served:
        writers = EntityWriters(served.address, f"w{run}")
        writers.start(concurrency=3)
        try:
            async with relay(served.address, bootstrap, state, logs, *args) as first:
                await read_topics(bootstrap, topics, lambda got: len(got) >= 60, within=90)
                # Records can be in Kafka a moment before the relay has seen them
                # acknowledged and saved its first position; a kill then would only test a
                # first run again.
                await _position_saved(state, first)
                await asyncio.sleep(0.3)
                await first.kill()  # mid-stream: the writers never paused
            killed_at = StateFile(state).load()
            written_at_kill = writers.count
            await asyncio.sleep(1.0)  # writes go on with no relay running

            async with relay(served.address, bootstrap, state, logs, *args) as second:
                await second.wait_output("from the saved position")
                await asyncio.sleep(2.0)
                await writers.stop()
                acked = dict(writers.acked)
                started = time.monotonic()
                records = await read_topics(
                    bootstrap, topics, lambda got: _covers(got, acked), within=120
                )
                caught_up = time.monotonic() - started
                assert await second.stop() == 0, second.output()
        finally:
            await writers.stop(check=False)
        saved = StateFile(state).load()
        after_second = await count_records(bootstrap, topics)

        # After a clean stop nothing is sent twice: the position covers everything.
        async with relay(served.address, bootstrap, state, logs, *args) as third:
            await third.wait_output("from the saved position")
            await asyncio.sleep(3.0)
            assert await third.stop() == 0, third.output()
        after_third = await count_records(bootstrap, topics)

    got = _first_copies(records)
    assert set(got) == set(acked), "events of entities nobody wrote"
    for key, writes in acked.items():
        assert got[key] == writes, key  # every acknowledged write, in order, nothing else
    total = sum(len(w) for w in acked.values())
    duplicates = after_second - total
    print(
        f"\n{total} writes on {len(acked)} entities ({written_at_kill} before the kill -9);"
        f" {after_second} records, {duplicates} re-sent after the kill; caught up"
        f" {caught_up:.1f}s after the writes stopped"
    )
    assert killed_at is not None
    assert duplicates < written_at_kill, "the second relay started over, not at its position"
    assert saved is not None
    assert saved != killed_at
    assert after_third == after_second, "a relay after a clean stop sent events again"
    assert "stopped: 0 events relayed" in third.output()
