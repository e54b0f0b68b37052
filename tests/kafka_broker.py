"""A real single-node Apache Kafka broker (KRaft) for the relay's tests.

The jars are the ones `scripts/setup` copies from Maven Central (scripts/setup.d/kafka.sh,
the version in scripts/setup.d/kafka-broker.pom.xml) into `.build/kafka/<version>/`;
`MODELSTORE_TEST_KAFKA_JARS` names another folder of them. Missing jars fail the test
(they are part of the machine setup, like the embedded database), never skip it.

One process is both broker and controller (`process.roles=broker,controller`), with a
static one-voter quorum, plaintext listeners on free loopback ports and its log folder
under the given scratch folder. Start: format the storage (`kafka.tools.StorageTool
format`, what `kafka-storage.sh format` runs), then `java -cp 'jars/*' kafka.Kafka
server.properties`, and wait until the broker answers a metadata request. Stop: SIGTERM
(a controlled shutdown), then SIGKILL after a grace period.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import os
import pathlib
import shutil
import signal
import subprocess
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator
from dataclasses import dataclass

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from modelstore_server.embedded import free_port, launch

REPO = pathlib.Path(__file__).resolve().parent.parent
POM = REPO / "scripts" / "setup.d" / "kafka-broker.pom.xml"
_MAVEN_NS = {"m": "http://maven.apache.org/POM/4.0.0"}

# Sized for a test machine shared by other runs: the broker's default heap is 1 GiB.
_HEAP = ["-Xms128m", "-Xmx512m"]

_LOG4J = """\
status = warn
appender.out.type = Console
appender.out.name = out
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = WARN
rootLogger.appenderRef.out.ref = out
logger.started.name = kafka.server.KafkaRaftServer
logger.started.level = INFO
"""


def kafka_version() -> str:
    """The Kafka version that scripts/setup fetches (the pom's `kafka.version`)."""
    found = ET.parse(POM).find("m:properties/m:kafka.version", _MAVEN_NS)
    if found is None or not found.text:
        raise AssertionError(f"{POM} names no kafka.version")
    return found.text.strip()


def jars_dir() -> pathlib.Path:
    """The folder of the broker's jars; an AssertionError naming the fix when absent."""
    configured = os.environ.get("MODELSTORE_TEST_KAFKA_JARS")
    folder = pathlib.Path(configured) if configured else REPO / ".build" / "kafka" / kafka_version()
    if not list(folder.glob("kafka_2.13-*.jar")):
        raise AssertionError(
            f"no Kafka broker jars in {folder}: run ./scripts/setup (scripts/setup.d/kafka.sh)"
        )
    return folder


def java() -> str:
    """The `java` to run the broker with (JAVA_HOME's, else PATH's)."""
    home = os.environ.get("JAVA_HOME")
    if home and (candidate := pathlib.Path(home) / "bin" / "java").exists():
        return str(candidate)
    found = shutil.which("java")
    if found is None:
        raise AssertionError("no java on PATH: Kafka needs Java 17")
    return found


def _cluster_id() -> str:
    # What `kafka-storage.sh random-uuid` prints: 16 random bytes, URL-safe base64, no padding.
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()


@dataclass
class Broker:
    """A running broker."""

    proc: subprocess.Popen[bytes]
    bootstrap_servers: str
    root: pathlib.Path
    log_path: pathlib.Path
    ready_after: float = 0.0
    """Seconds from `java ... kafka.Kafka` to the first answered metadata request."""
    format_seconds: float = 0.0
    """Seconds the storage format took."""

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")


def _properties(root: pathlib.Path, port: int, controller_port: int) -> str:
    lines = {
        "process.roles": "broker,controller",
        "node.id": "1",
        "controller.quorum.voters": f"1@127.0.0.1:{controller_port}",
        "listeners": f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}",
        "advertised.listeners": f"PLAINTEXT://127.0.0.1:{port}",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs": str(root / "data"),
        # One broker: every internal topic has one replica, and an acks=all write is
        # acknowledged once this broker has it.
        "offsets.topic.replication.factor": "1",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        # Topics appear on first use, as the relay's docs say a broker may be configured.
        "auto.create.topics.enable": "true",
        # Three partitions: per-key order must hold when keys spread over partitions.
        "num.partitions": "3",
        "group.initial.rebalance.delay.ms": "0",
    }
    return "".join(f"{key}={value}\n" for key, value in lines.items())


def _write_config(
    root: pathlib.Path, port: int, controller_port: int
) -> tuple[pathlib.Path, pathlib.Path]:
    """Write server.properties and the log4j 2 configuration under `root`; return both."""
    root.mkdir(parents=True, exist_ok=True)
    config = root / "server.properties"
    config.write_text(_properties(root, port, controller_port))
    log4j = root / "log4j2.properties"
    log4j.write_text(_LOG4J)
    return config, log4j


async def _answers(bootstrap: str) -> bool:
    host, _, port = bootstrap.rpartition(":")
    try:  # a plain connect first: aiokafka logs an ERROR line for every refused attempt
        _, writer = await asyncio.open_connection(host, int(port))
    except OSError:
        return False
    writer.close()
    await writer.wait_closed()
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=2000)
    try:
        await admin.start()
        cluster = await admin.describe_cluster()
        return bool(cluster.get("brokers"))
    except KafkaError:
        return False
    finally:
        with contextlib.suppress(KafkaError):
            await admin.close()


@contextlib.asynccontextmanager
async def kafka_broker(root: pathlib.Path, *, within: float = 90) -> AsyncIterator[Broker]:
    """Format and start a broker under `root`; yield it once it answers; stop it on exit."""
    jars = jars_dir()
    port = free_port()
    config, log4j = _write_config(root, port, free_port())
    java_args = [java(), *_HEAP, f"-Dlog4j2.configurationFile={log4j}", "-cp", f"{jars}/*"]
    log_path = root / "broker.log"

    started = time.monotonic()
    fmt = await asyncio.create_subprocess_exec(
        *java_args,
        "kafka.tools.StorageTool",
        "format",
        "--cluster-id",
        _cluster_id(),
        "--config",
        str(config),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    out, _ = await fmt.communicate()
    if fmt.returncode != 0:
        raise AssertionError(f"kafka storage format failed ({fmt.returncode}):\n{out.decode()}")
    format_seconds = time.monotonic() - started

    # SIGTERM reaches the broker should this test process die without its clean-up.
    argv, extra = launch(
        [*java_args, "kafka.Kafka", str(config)], parent_death_signal=signal.SIGTERM
    )
    with log_path.open("wb") as log:
        proc = subprocess.Popen(  # noqa: ASYNC220 - a long-lived child, stopped below
            argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, **extra
        )
    broker = Broker(proc, f"127.0.0.1:{port}", root, log_path, format_seconds=format_seconds)
    try:
        spawned = time.monotonic()
        while not await _answers(broker.bootstrap_servers):
            if proc.poll() is not None:
                raise AssertionError(f"kafka exited with {proc.returncode}:\n{broker.output()}")
            if time.monotonic() - spawned > within:
                raise AssertionError(f"kafka did not answer within {within}s:\n{broker.output()}")
            await asyncio.sleep(0.2)
        broker.ready_after = time.monotonic() - spawned
        yield broker
    finally:
        await stop(proc)


async def stop(proc: subprocess.Popen[bytes], grace: float = 20) -> int:
    """SIGTERM (the broker's controlled shutdown), SIGKILL after `grace` seconds."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            return await asyncio.to_thread(proc.wait, grace)
        except subprocess.TimeoutExpired:
            proc.kill()
    return await asyncio.to_thread(proc.wait)
