"""The Modelstore side: `ChangeService.WatchChanges` from a position, read into a queue.

The relay is an ordinary gRPC client of the server (the Python client's channel: tenant
header, bearer token, TLS), so it runs anywhere and sees exactly the events its
credentials grant. A task reads the stream into a bounded queue, so that the relay can
wait for "the next response, the end of a batch's linger, or a stop" at once without
cancelling a read of the stream; the bound is the back-pressure when Kafka is slower than
the feed.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import grpc
import grpc.aio
from google.protobuf import field_mask_pb2, timestamp_pb2

from modelstore.client import connect_async
from modelstore.v1 import change_pb2, change_pb2_grpc

from .config import RelayConfig

# Codes that retrying the same request cannot change: the configuration is wrong (filter,
# entity type, mask, credentials, tenant) or the position is gone (FAILED_PRECONDITION: a
# resume token older than the retained history). The relay stops with exit 1. Every other
# code (UNAVAILABLE above all: the server shutting down or unreachable) is retried.
FATAL_CODES = frozenset(
    {
        grpc.StatusCode.INVALID_ARGUMENT,
        grpc.StatusCode.FAILED_PRECONDITION,
        grpc.StatusCode.UNAUTHENTICATED,
        grpc.StatusCode.PERMISSION_DENIED,
        grpc.StatusCode.UNIMPLEMENTED,
        grpc.StatusCode.NOT_FOUND,
    }
)

QUEUE_RESPONSES = 64
"""Responses read ahead of the producer."""


class FeedInterrupted(Exception):
    """The stream ended without an error, or went silent past the idle timeout: reconnect."""


@dataclass(frozen=True)
class StreamEnded:
    """The reader's last item: how the stream ended."""

    error: grpc.aio.AioRpcError | None


Item = change_pb2.WatchChangesResponse | StreamEnded


def open_channel(config: RelayConfig) -> grpc.aio.Channel:
    """Open the channel to the server; gRPC reconnects it by itself, so the relay keeps one."""
    # No client retry policy: a stream is resumed by the relay, with the position it saved,
    # not replayed by gRPC with the request it first sent. Errors stay gRPC's own.
    return connect_async(
        config.server,
        tenant=config.tenant,
        token=config.token,
        tls=config.tls,
        retry=None,
        raise_typed=False,
    )


def watch_request(config: RelayConfig, resume_token: str | None) -> change_pb2.WatchChangesRequest:
    """Return the request that continues after `resume_token` (or starts a first run)."""
    request = change_pb2.WatchChangesRequest(
        entity_types=list(config.entity_types), filter=config.filter
    )
    if config.read_mask:
        request.read_mask.CopyFrom(field_mask_pb2.FieldMask(paths=list(config.read_mask)))
    if resume_token:
        request.resume_token = resume_token
    elif config.start_time is not None:
        start = timestamp_pb2.Timestamp()
        start.FromDatetime(config.start_time)
        request.start_time.CopyFrom(start)
    return request


def watch(
    channel: grpc.aio.Channel, request: change_pb2.WatchChangesRequest
) -> tuple[asyncio.Queue[Item], asyncio.Task[None]]:
    """Open the stream; return its queue and the reader task (cancel it to close the stream)."""
    stub = change_pb2_grpc.ChangeServiceStub(channel)
    call = stub.WatchChanges(request)
    queue: asyncio.Queue[Item] = asyncio.Queue(maxsize=QUEUE_RESPONSES)

    async def read() -> None:
        try:
            async for response in call:
                await queue.put(response)
        except grpc.aio.AioRpcError as exc:
            await queue.put(StreamEnded(exc))
        else:
            await queue.put(StreamEnded(None))
        finally:
            call.cancel()

    return queue, asyncio.create_task(read(), name="modelstore-relay-feed")
