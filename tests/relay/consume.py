"""Reading back what the relay wrote: every record of some topics, from the beginning."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from typing import Any

from aiokafka import AIOKafkaConsumer


async def read_topics(
    bootstrap: str,
    topics: Sequence[str],
    until: Callable[[list[Any]], bool],
    within: float = 60,
) -> list[Any]:
    """Every record of `topics` from the earliest offset, until `until(records)` holds.

    No consumer group: nothing is committed, so each call reads everything again. The
    records of one partition come in offset order, the order Kafka keeps.
    """
    consumer = AIOKafkaConsumer(
        *topics,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
        metadata_max_age_ms=1000,  # topics the broker creates on first use show up soon
    )
    await consumer.start()
    records: list[Any] = []
    deadline = time.monotonic() + within
    try:
        while not until(records):
            if time.monotonic() > deadline:
                raise AssertionError(f"read {len(records)} records in {within}s; wanted more")
            batches = await consumer.getmany(timeout_ms=500)
            for batch in batches.values():
                records.extend(batch)
            await asyncio.sleep(0)
    finally:
        await consumer.stop()
    return records


async def count_records(bootstrap: str, topics: Sequence[str], within: float = 30) -> int:
    """How many records `topics` hold: the sum of their partitions' end offsets.

    Exact here: nothing deletes or compacts these topics, and no transaction markers take
    offsets (the relay's producer is idempotent, not transactional).
    """
    consumer = AIOKafkaConsumer(*topics, bootstrap_servers=bootstrap, group_id=None)
    await consumer.start()
    deadline = time.monotonic() + within
    try:
        # A subscribed consumer learns the partitions from the metadata it fetches.
        while {tp.topic for tp in consumer.assignment()} != set(topics):
            assert time.monotonic() < deadline, f"no partitions of {topics} in {within}s"
            await consumer.getmany(timeout_ms=100, max_records=1)
        ends = await consumer.end_offsets(list(consumer.assignment()))
    finally:
        await consumer.stop()
    return sum(ends.values())
