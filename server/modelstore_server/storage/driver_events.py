"""The driver's command and pool events, as metrics (pymongo's monitoring listeners).

Given to the client only when metrics are on (`open_client(..., metrics=True)`): a client
without listeners builds no event objects at all. Each command is one round trip; its
duration is the driver's own measure (send to reply).
"""

from __future__ import annotations

from prometheus_client import Histogram
from pymongo import monitoring

from ..observability import metrics


class _Commands(monitoring.CommandListener):
    """Round trips and their latency, by command name."""

    def __init__(self) -> None:
        # Bound once per command name: the set is small (find, insert, update, ...).
        self._series: dict[str, Histogram] = {}

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        pass  # the reply carries the duration

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        series = self._series.get(event.command_name)
        if series is None:
            series = self._series[event.command_name] = metrics.DB_ROUND_TRIPS.labels(
                event.command_name
            )
        series.observe(event.duration_micros / 1e6)

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        metrics.DB_ROUND_TRIPS.labels(event.command_name).observe(event.duration_micros / 1e6)
        metrics.DB_ERRORS.labels(event.command_name).inc()


class _Pool(monitoring.ConnectionPoolListener):
    """Open and checked-out connections, and the wait for one."""

    def pool_created(self, event: monitoring.PoolCreatedEvent) -> None:
        pass

    def pool_ready(self, event: monitoring.PoolReadyEvent) -> None:
        pass

    def pool_cleared(self, event: monitoring.PoolClearedEvent) -> None:
        pass

    def pool_closed(self, event: monitoring.PoolClosedEvent) -> None:
        pass

    def connection_created(self, event: monitoring.ConnectionCreatedEvent) -> None:
        metrics.POOL_OPEN.inc()

    def connection_ready(self, event: monitoring.ConnectionReadyEvent) -> None:
        pass

    def connection_closed(self, event: monitoring.ConnectionClosedEvent) -> None:
        metrics.POOL_OPEN.dec()

    def connection_check_out_started(
        self, event: monitoring.ConnectionCheckOutStartedEvent
    ) -> None:
        pass

    def connection_check_out_failed(self, event: monitoring.ConnectionCheckOutFailedEvent) -> None:
        metrics.POOL_CHECKOUT_FAILURES.inc()

    def connection_checked_out(self, event: monitoring.ConnectionCheckedOutEvent) -> None:
        metrics.POOL_IN_USE.inc()
        if event.duration is not None:
            metrics.POOL_WAIT.observe(event.duration)

    def connection_checked_in(self, event: monitoring.ConnectionCheckedInEvent) -> None:
        metrics.POOL_IN_USE.dec()


def listeners() -> list[monitoring.CommandListener | monitoring.ConnectionPoolListener]:
    """Return new listeners for one client."""
    return [_Commands(), _Pool()]
