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
