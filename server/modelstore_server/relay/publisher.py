"""The Kafka side: an idempotent producer with acks=all, and batches awaited as a whole.

`acks=all` makes the broker acknowledge a record only once every in-sync replica has it;
idempotence gives each record a producer sequence number, so the producer's own retries
(a lost acknowledgement, a leader change) neither duplicate nor reorder records within a
partition. What can still duplicate a record is the relay itself re-sending after a
restart, which is the at-least-once contract (docs/relay.md).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.errors import (
    AuthenticationFailedError,
    ClusterAuthorizationFailedError,
    IncompatibleBrokerVersion,
    InvalidTopicError,
    KafkaError,
    MessageSizeTooLargeError,
    TopicAuthorizationFailedError,
    UnsupportedVersionError,
)

from modelstore.v1 import change_pb2

from .records import record_of

# Errors a retry cannot cure: the relay stops (exit 1) instead of re-sending forever.
# Every other KafkaError (a broker down, a timeout, a leader election) is retried from the
# saved position after a backoff.
FATAL_KAFKA_ERRORS: tuple[type[KafkaError], ...] = (
    AuthenticationFailedError,
    ClusterAuthorizationFailedError,
    IncompatibleBrokerVersion,
    InvalidTopicError,
    MessageSizeTooLargeError,
    TopicAuthorizationFailedError,
    UnsupportedVersionError,
)


@dataclass
class Batch:
    """Records sent but not yet known delivered, and the position they lead up to."""

    deliveries: list[asyncio.Future[Any]] = field(default_factory=list)
    resume_token: str = ""
    """The feed position after the last event in the batch (or a later heartbeat's)."""
    events: int = 0
    started: float | None = None
    """`loop.time()` when the first event joined; None for a batch without events."""


class Publisher:
    """One idempotent aiokafka producer."""

    def __init__(
        self,
        bootstrap_servers: str,
        *,
        topic_prefix: str,
        client_id: str,
        request_timeout_ms: int,
    ) -> None:
        self.topic_prefix = topic_prefix
        self._producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap_servers.split(","),
            client_id=client_id,
            acks="all",
            enable_idempotence=True,
            request_timeout_ms=request_timeout_ms,
            # A few milliseconds of batching: the feed delivers events in bursts.
            linger_ms=5,
        )

    async def start(self) -> None:
        """Connect to the cluster (KafkaConnectionError while no broker answers)."""
        await self._producer.start()

    async def stop(self) -> None:
        """Send what is buffered, then close."""
        await self._producer.stop()

    async def send(self, events: Sequence[change_pb2.ChangeEvent], batch: Batch) -> None:
        """Hand the events' records to the producer; their deliveries join `batch`.

        Returns once the records are buffered (it waits while the buffer is full), not
        once they are delivered: `deliver` awaits that.
        """
        for event in events:
            record = record_of(event, self.topic_prefix)
            delivery = await self._producer.send(
                record.topic,
                value=record.value,
                key=record.key,
                headers=record.headers,
                timestamp_ms=record.timestamp_ms,
            )
            batch.deliveries.append(delivery)
            batch.events += 1

    @staticmethod
    async def deliver(batch: Batch) -> None:
        """Wait until Kafka acknowledged every record of `batch`; raise the first failure."""
        if batch.deliveries:
            await asyncio.gather(*batch.deliveries)
