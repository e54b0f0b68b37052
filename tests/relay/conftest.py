"""Fixtures of the relay's tests: one real Kafka broker (KRaft) for the session."""

from __future__ import annotations

import pathlib
from collections.abc import AsyncIterator

import pytest

from tests.kafka_broker import Broker, kafka_broker


@pytest.fixture(scope="session")
async def kafka(tmp_root: pathlib.Path) -> AsyncIterator[Broker]:
    async with kafka_broker(tmp_root / "kafka") as broker:
        print(
            f"kafka {broker.bootstrap_servers}: storage formatted in {broker.format_seconds:.1f}s,"
            f" answering {broker.ready_after:.1f}s after start"
        )
        yield broker
