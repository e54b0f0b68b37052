"""The settings a replicated database needs: how the driver writes and where lagging reads go.

No replica set runs here (docs/deployment.md), so what is checked is what the server
configures: the client's write concern and retries, the read preference parsed from
MODELSTORE_READ_PREFERENCE, and that only the reads allowed to lag (Get, BatchGet, List)
take it, while the reads that decide a write stay on the primary. The primary-URL rule of
`--postgresql-url` and the health watcher's outage signal are checked here too.
"""

from __future__ import annotations

import asyncio

import pytest
from pymongo import ReadPreference

from modelstore_server import config
from modelstore_server.config import Settings
from modelstore_server.embedded.errors import EmbeddedError
from modelstore_server.embedded.postgres import primary_url
from modelstore_server.storage.capabilities import DOCUMENTDB, Capabilities
from modelstore_server.storage.connection import open_client, read_preference
from modelstore_server.storage.documents import Documents
from modelstore_server.storage.outages import OutageSignal


async def test_every_write_waits_for_a_majority_and_is_retried_once() -> None:
    client = open_client("mongodb://127.0.0.1:1/", 100)  # never connected
    try:
        assert client.write_concern.document == {"w": "majority"}
        assert client.options.retry_writes is True
        assert client.options.retry_reads is True
    finally:
        await client.close()


def test_read_preference_is_read_in_any_case_and_refused_when_unknown() -> None:
    assert Settings().read_preference == "primary"
    given = {"MODELSTORE_READ_PREFERENCE": "SECONDARYpreferred"}
    assert config.load({}, given).settings.read_preference == "secondaryPreferred"
    with pytest.raises(ValueError, match="MODELSTORE_READ_PREFERENCE must be one of primary"):
        config.load({}, {"MODELSTORE_READ_PREFERENCE": "closest"})


async def test_only_reads_that_may_lag_take_the_read_preference() -> None:
    client = open_client("mongodb://127.0.0.1:1/", 100)
    try:
        caps = Capabilities(DOCUMENTDB, "test", transactions=False, change_streams=False)
        lagging = read_preference("secondaryPreferred")
        assert lagging == ReadPreference.SECONDARY_PREFERRED
        documents = Documents(client["db"]["things"], caps, lagging)
        assert documents._reader(stale_ok=True).read_preference == lagging
        assert documents._reader(stale_ok=False).read_preference == ReadPreference.PRIMARY
    finally:
        await client.close()


def test_a_url_of_several_hosts_connects_only_to_the_primary() -> None:
    assert primary_url("postgres://u@a:1,b:2/postgres") == (
        "postgres://u@a:1,b:2/postgres?target_session_attrs=read-write"
    )
    kept = "postgres://u@a:1,b:2/postgres?target_session_attrs=any"
    assert primary_url(kept) == kept  # the operator's own choice
    assert primary_url("postgres://u@a:1/postgres") == "postgres://u@a:1/postgres"
    with pytest.raises(EmbeddedError, match="postgres:// URL"):
        primary_url("mysql://u@a:1/x")


async def test_the_outage_signal_wakes_a_waiter_or_is_kept_for_the_next() -> None:
    signal = OutageSignal()
    assert await signal.wait(0.01) is False
    signal.notify()  # nobody waits: kept
    assert await signal.wait(5) is True
    waiting = asyncio.create_task(signal.wait(5))
    await asyncio.sleep(0.01)
    signal.notify()
    assert await asyncio.wait_for(waiting, 1) is True
