"""The relay's loop: read the feed, publish, await delivery, save the position; resume.

The order within each batch is the whole guarantee: records are sent, every delivery is
awaited, and only then is the batch's resume token saved. A crash at any point leaves a
saved token no later than the last delivered event, so a restart can re-send events but
never skip one. Per-key order holds because the feed is in commit order, one entity's
records share a partition, and the idempotent producer neither reorders nor duplicates
within a partition; a restart re-sends a suffix of the feed, in order again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

import grpc
import grpc.aio
from aiokafka.errors import KafkaError

from .config import RelayConfig
from .feed import FATAL_CODES, FeedInterrupted, StreamEnded, open_channel, watch, watch_request
from .publisher import FATAL_KAFKA_ERRORS, Batch, Publisher
from .records import UnencodableEvent, load_entity_types
from .state import StateError, StateFile

log = logging.getLogger("modelstore.relay")


class _Relay:
    def __init__(self, config: RelayConfig, state: StateFile, stop: asyncio.Event) -> None:
        self.config = config
        self.state = state
        self.stop = stop
        self.position: str | None = state.load()
        """The saved resume token: everything up to it is in Kafka."""
        self.delivered = 0
        self.loop = asyncio.get_running_loop()

    async def run(self) -> int:
        """Relay until stopped (0), or until an error a retry cannot cure (1)."""
        config = self.config
        backoff = config.backoff_initial_seconds
        publisher: Publisher | None = None
        channel = open_channel(config)
        try:
            while not self.stop.is_set():
                progressed = False
                try:
                    if publisher is None:
                        publisher = await _started_publisher(config)
                    progressed = await self._session(channel, publisher)
                except grpc.aio.AioRpcError as exc:
                    if exc.code() in FATAL_CODES:
                        log.error(
                            "the server refused the feed: %s %s", exc.code().name, exc.details()
                        )
                        return 1
                    log.warning(
                        "feed interrupted (%s: %s); resuming", exc.code().name, exc.details()
                    )
                except FeedInterrupted as exc:
                    log.warning("feed interrupted (%s); resuming", exc)
                except FATAL_KAFKA_ERRORS as exc:
                    log.error("Kafka refused the records: %r", exc)
                    return 1
                except KafkaError as exc:
                    if self.stop.is_set():
                        log.error("stopping: delivery failed (%r); the next run re-sends", exc)
                        return 1
                    log.warning("Kafka failed (%r); resuming from the saved position", exc)
                    # The producer's state after a failed batch is not worth reasoning
                    # about: a new one starts from the saved position with new sequences.
                    if publisher is not None:
                        await _close(publisher)
                        publisher = None
                except (UnencodableEvent, ValueError) as exc:
                    log.error("%s", exc)
                    return 1
                if self.stop.is_set():
                    break
                if progressed:
                    backoff = config.backoff_initial_seconds
                log.info("reconnecting in %.1fs", backoff)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.stop.wait(), backoff)
                backoff = min(backoff * 2, config.backoff_max_seconds)
            log.info("stopped: %d events relayed, position %s", self.delivered, self.position)
            return 0
        finally:
            if publisher is not None:
                await _close(publisher)
            await channel.close()

    async def _session(self, channel: grpc.aio.Channel, publisher: Publisher) -> bool:
        """One stream, from the saved position, until stopped or interrupted.

        Returns whether any response arrived (the backoff then starts over); returns only
        on stop, after the last batch is delivered and saved.
        """
        config = self.config
        queue, reader = watch(channel, watch_request(config, self.position))
        stopping = asyncio.create_task(self.stop.wait())
        batch = Batch()
        progressed = False
        last_heard = self.loop.time()
        try:
            while True:
                now = self.loop.time()
                wait = last_heard + config.idle_timeout_seconds - now
                if batch.started is not None:
                    wait = min(wait, batch.started + config.batch_linger_seconds - now)
                getter = asyncio.create_task(queue.get())
                done, _ = await asyncio.wait(
                    {getter, stopping}, timeout=max(wait, 0), return_when=asyncio.FIRST_COMPLETED
                )
                if stopping in done:
                    getter.cancel()
                    await self._flush(publisher, batch)
                    return progressed
                if getter not in done:  # the linger passed, or the stream went silent
                    getter.cancel()
                    if batch.started is None:
                        raise FeedInterrupted(
                            f"nothing from the server for {config.idle_timeout_seconds:.0f}s"
                        )
                    batch = await self._flush(publisher, batch)
                    continue
                item = getter.result()
                if isinstance(item, StreamEnded):
                    # What arrived before the end is good: deliver and save it first.
                    await self._flush(publisher, batch)
                    if item.error is not None:
                        raise item.error
                    raise FeedInterrupted("the server ended the stream")
                progressed = True
                last_heard = self.loop.time()
                if item.events:
                    if batch.started is None:
                        batch.started = last_heard
                    await publisher.send(item.events, batch)
                batch.resume_token = item.resume_token or (
                    item.events[-1].resume_token if item.events else batch.resume_token
                )
                if batch.events >= config.batch_max_events or (
                    batch.started is None and batch.resume_token != self.position
                ):
                    # Full, or a heartbeat that moved the position past skipped events.
                    batch = await self._flush(publisher, batch)
        finally:
            stopping.cancel()
            reader.cancel()
            await asyncio.gather(stopping, reader, return_exceptions=True)

    async def _flush(self, publisher: Publisher, batch: Batch) -> Batch:
        """Await the batch's deliveries, THEN save its position; return a fresh batch."""
        await publisher.deliver(batch)
        if batch.resume_token and batch.resume_token != self.position:
            await asyncio.to_thread(self.state.save, batch.resume_token)
            self.position = batch.resume_token
        if batch.events:
            self.delivered += batch.events
            log.debug("delivered %d events; position saved", batch.events)
        return Batch()


async def _started_publisher(config: RelayConfig) -> Publisher:
    publisher = Publisher(
        config.bootstrap_servers,
        topic_prefix=config.topic_prefix,
        client_id=config.client_id,
        request_timeout_ms=config.kafka_request_timeout_ms,
    )
    try:
        await publisher.start()
    except BaseException:
        await _close(publisher)
        raise
    return publisher


async def _close(publisher: Publisher) -> None:
    # Closing flushes what is buffered; a broker that is gone must not hold up the exit
    # (what was not delivered was not saved either, so nothing is lost by giving up).
    with contextlib.suppress(KafkaError, TimeoutError):
        await asyncio.wait_for(publisher.stop(), 30)


async def run(config: RelayConfig, stop: asyncio.Event) -> int:
    """Relay `config` until `stop` is set (0) or an error a retry cannot cure (1)."""
    load_entity_types()
    state = StateFile(config.state_file)
    try:
        state.lock()
        relay = _Relay(config, state, stop)
    except StateError as exc:
        log.error("%s", exc)
        state.unlock()
        return 1
    try:
        if relay.position:
            where = "the saved position"
        elif config.start_time is not None:
            where = config.start_time.isoformat()
        else:
            where = "now"
        print(
            f"modelstore relay: {config.server} -> kafka {config.bootstrap_servers}, from {where}",
            flush=True,
        )
        return await relay.run()
    finally:
        state.unlock()


async def main(config: RelayConfig) -> int:
    """`modelstore relay`: run until SIGTERM or SIGINT, then deliver, save and exit 0."""
    # aiokafka's DEBUG lines carry whole record values, entity data included: a relay run
    # at DEBUG for its own diagnostics must not copy the feed into its log.
    kafka_log = logging.getLogger("aiokafka")
    kafka_log.setLevel(max(kafka_log.getEffectiveLevel(), logging.INFO))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    return await run(config, stop)
