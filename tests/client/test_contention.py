"""`read_modify_write`: the retry of a write that lost its etag race (ABORTED).

Against the live in-process server: concurrent read-modify-write loops on one document
lose no increment, and only ABORTED is retried; and the backoff is jittered, grows and is
capped.
"""

from __future__ import annotations

import asyncio

import grpc
import pytest
from bson import ObjectId

from bench.contention import MASK, make_counter
from modelstore.client import (
    AbortedError,
    ContentionBackoff,
    NotFoundError,
    connect_async,
    read_modify_write,
)
from modelstore.knowledge.v1 import document_source_pb2 as ds_pb2
from modelstore.knowledge.v1 import document_source_pb2_grpc as ds_grpc
from modelstore_server.app import Modelstore

FAST = ContentionBackoff(initial=0.002, cap=0.05)


def test_backoff_waits_are_jittered_grow_and_are_capped() -> None:
    backoff = ContentionBackoff(initial=0.01, cap=0.08, multiplier=2.0, max_attempts=8)
    runs = [list(backoff.waits()) for _ in range(200)]
    assert all(len(run) == 7 for run in runs)
    bounds = [0.01, 0.02, 0.04, 0.08, 0.08, 0.08, 0.08]
    for n, bound in enumerate(bounds):
        column = [run[n] for run in runs]
        assert all(0 <= w < bound for w in column)
        assert max(column) > bound / 2  # spread over the window, not a fixed wait
        assert len(set(column)) > 150
    with pytest.raises(ValueError, match="max_attempts"):
        ContentionBackoff(max_attempts=0)


async def test_concurrent_increments_lose_nothing(server: Modelstore) -> None:
    tenant = str(ObjectId())  # a notion workspace's id is an ObjectId
    (doc_id,) = await make_counter(server.address, tenant)
    aborted = 0

    async def loop() -> None:
        nonlocal aborted
        async with connect_async(server.address, tenant=tenant) as channel:
            stub = ds_grpc.DocumentSourceServiceStub(channel)

            async def read() -> ds_pb2.DocumentSource:
                got = await stub.GetDocumentSource(ds_pb2.GetDocumentSourceRequest(id=doc_id))
                return got.document_source

            async def write(doc: ds_pb2.DocumentSource) -> None:
                nonlocal aborted
                change = ds_pb2.DocumentSource(
                    id=doc.id, etag=doc.etag, chunk_count=doc.chunk_count + 1
                )
                try:
                    await stub.UpdateDocumentSource(
                        ds_pb2.UpdateDocumentSourceRequest(document_source=change, update_mask=MASK)
                    )
                except AbortedError:
                    aborted += 1
                    raise

            for _ in range(3):
                await read_modify_write(read, write, FAST)

    await asyncio.gather(*(loop() for _ in range(8)))
    async with connect_async(server.address, tenant=tenant) as channel:
        stub = ds_grpc.DocumentSourceServiceStub(channel)
        got = await stub.GetDocumentSource(ds_pb2.GetDocumentSourceRequest(id=doc_id))
    assert got.document_source.chunk_count == 24
    assert aborted > 0  # they did race: the retries were exercised


async def test_only_aborted_is_retried_and_attempts_are_bounded() -> None:
    reads = 0

    async def read() -> int:
        nonlocal reads
        reads += 1
        return reads

    async def not_found(_: int) -> None:
        raise NotFoundError("gone", code=grpc.StatusCode.NOT_FOUND)

    with pytest.raises(NotFoundError):
        await read_modify_write(read, not_found, FAST)
    assert reads == 1

    async def always_aborted(_: int) -> None:
        raise AbortedError("etag", code=grpc.StatusCode.ABORTED)

    reads = 0
    with pytest.raises(AbortedError):
        await read_modify_write(
            read, always_aborted, ContentionBackoff(initial=0.001, max_attempts=4)
        )
    assert reads == 4
