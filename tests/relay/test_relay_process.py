"""`modelstore relay` as a process: retries while nothing answers, stops cleanly, one per state."""

from __future__ import annotations

import pathlib
import signal
import time

from modelstore_server.embedded import free_port
from tests.kafka_broker import Broker
from tests.relay.harness import relay


async def test_retries_an_absent_server_and_stops_cleanly_on_sigterm(
    kafka: Broker, tmp_path: pathlib.Path
) -> None:
    state = tmp_path / "relay.json"
    nobody = f"127.0.0.1:{free_port()}"
    async with relay(nobody, kafka.bootstrap_servers, state, tmp_path / "logs") as running:
        await running.wait_output(f"modelstore relay: {nobody} -> kafka", within=30)
        await running.wait_output("feed interrupted (UNAVAILABLE", within=30)
        await running.wait_output("reconnecting in", within=30)
        started = time.monotonic()
        assert await running.stop(signal.SIGTERM) == 0, running.output()
        assert time.monotonic() - started < 10  # the backoff wait gives way to the stop
    assert "stopped: 0 events relayed, position None" in running.output()
    assert not state.exists()  # nothing was read, so there is no position to keep


async def test_retries_an_absent_broker_and_stops_cleanly_on_sigint(
    tmp_path: pathlib.Path,
) -> None:
    state = tmp_path / "relay.json"
    no_broker = f"127.0.0.1:{free_port()}"
    no_server = f"127.0.0.1:{free_port()}"
    async with relay(no_server, no_broker, state, tmp_path / "logs") as running:
        await running.wait_output("Kafka failed (KafkaConnectionError", within=60)
        assert await running.stop(signal.SIGINT) == 0, running.output()


async def test_a_second_relay_on_the_same_state_file_exits_1(
    kafka: Broker, tmp_path: pathlib.Path
) -> None:
    state = tmp_path / "relay.json"
    nobody = f"127.0.0.1:{free_port()}"
    logs = tmp_path / "logs"
    async with relay(nobody, kafka.bootstrap_servers, state, logs) as first:
        await first.wait_output("modelstore relay:")
        async with relay(nobody, kafka.bootstrap_servers, state, logs) as second:
            code = await second.stop(signal.SIGCONT, within=60)  # SIGCONT: just wait
            assert code == 1, second.output()
            assert "is in use by another relay" in second.output()
        assert first.proc.poll() is None  # the first one is undisturbed
        assert await first.stop() == 0, first.output()
