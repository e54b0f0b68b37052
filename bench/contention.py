"""The contended etag increment: many read-modify-write loops on one document.

Each increment is `modelstore.client.read_modify_write`: GetDocumentSource, then
UpdateDocumentSource of `chunk_count + 1` with the etag read and `update_mask:
chunk_count`; an ABORTED write (another loop won the race) waits `ContentionBackoff` and
starts again. Measured in one run, on one server:

- uncontended: one loop incrementing its own document, `--increments` times;
- contended: `--clients` loops (64) incrementing one shared document, each
  `--per-client` times, every loop on its own channel like a separate client.

The latency of an increment runs from its first read to its winning write, so it holds
every lost race and wait. Reported: p50/p99 of both, the ratio of the p99s, ABORTED
retries (per increment and the most one increment needed), throughput, and that no
increment was lost (the final count is the number of increments).

    python -m bench.contention                        # its own embedded database and server
    python -m bench.contention --address HOST:PORT    # a running server
    python -m bench.run --only contention             # as a step of the benchmark
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from dataclasses import dataclass, field
from typing import Any

from bson import ObjectId
from google.protobuf import field_mask_pb2

from modelstore.client import ContentionBackoff, connect_async, read_modify_write
from modelstore.knowledge.v1 import document_source_pb2 as ds_pb2
from modelstore.knowledge.v1 import document_source_pb2_grpc as ds_grpc
from modelstore.knowledge.v1 import notion_workspace_pb2 as nw_pb2
from modelstore.knowledge.v1 import notion_workspace_pb2_grpc as nw_grpc
from modelstore.knowledge.v1 import user_pb2 as ku_pb2
from modelstore.knowledge.v1 import user_pb2_grpc as ku_grpc

MASK = field_mask_pb2.FieldMask(paths=["chunk_count"])


async def make_counter(address: str, tenant: str, count: int = 1) -> list[str]:
    """Make a knowledge user, its notion workspace `tenant`, and `count` document sources."""
    async with connect_async(address, tenant=tenant) as channel:
        owner = await ku_grpc.UserServiceStub(channel).CreateUser(
            ku_pb2.CreateUserRequest(
                user=ku_pb2.User(
                    email=f"{tenant}@bench.example", password="bench-pass-1", name="Bench"
                )
            )
        )
        await nw_grpc.NotionWorkspaceServiceStub(channel).CreateNotionWorkspace(
            nw_pb2.CreateNotionWorkspaceRequest(
                notion_workspace=nw_pb2.NotionWorkspace(
                    id=tenant,
                    workspace_id=f"notion-{tenant}",
                    workspace_name="Bench",
                    owner=owner.user.id,
                    access_token="bench-token",
                )
            )
        )
        sources = ds_grpc.DocumentSourceServiceStub(channel)
        ids = []
        for i in range(count):
            made = await sources.CreateDocumentSource(
                ds_pb2.CreateDocumentSourceRequest(
                    document_source=ds_pb2.DocumentSource(
                        workspace_id=tenant, source_id=f"src-{i}", title=f"counter {i}"
                    )
                )
            )
            ids.append(made.document_source.id)
        return ids


@dataclass
class Loop:
    """What one read-modify-write loop saw."""

    latencies: list[float] = field(default_factory=list)
    aborted: list[int] = field(default_factory=list)
    """ABORTED writes before each increment won."""


async def run_loop(
    address: str, tenant: str, doc_id: str, n: int, backoff: ContentionBackoff
) -> Loop:
    seen = Loop()
    async with connect_async(address, tenant=tenant) as channel:
        stub = ds_grpc.DocumentSourceServiceStub(channel)
        for _ in range(n):
            started = time.perf_counter()
            lost = await increment(stub, doc_id, backoff)
            seen.latencies.append(time.perf_counter() - started)
            seen.aborted.append(lost)
    return seen


async def increment(
    stub: ds_grpc.DocumentSourceServiceStub, doc_id: str, backoff: ContentionBackoff
) -> int:
    """Add one to the document's chunk_count; return how many writes lost their race."""
    lost = 0

    async def read() -> ds_pb2.DocumentSource:
        got = await stub.GetDocumentSource(ds_pb2.GetDocumentSourceRequest(id=doc_id), timeout=30)
        return got.document_source

    async def write(doc: ds_pb2.DocumentSource) -> None:
        nonlocal lost
        change = ds_pb2.DocumentSource(id=doc.id, etag=doc.etag, chunk_count=doc.chunk_count + 1)
        try:
            await stub.UpdateDocumentSource(
                ds_pb2.UpdateDocumentSourceRequest(document_source=change, update_mask=MASK),
                timeout=30,
            )
        except Exception:
            lost += 1  # an ABORTED one is retried by read_modify_write; others end the run
            raise

    await read_modify_write(read, write, backoff)
    return lost


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000


def _summary(loops: list[Loop], elapsed: float) -> dict[str, Any]:
    latencies = [x for loop in loops for x in loop.latencies]
    aborted = [x for loop in loops for x in loop.aborted]
    return {
        "increments": len(latencies),
        "elapsed_s": round(elapsed, 3),
        "increments_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(_pct(latencies, 50), 2),
        "p99_ms": round(_pct(latencies, 99), 2),
        "max_ms": round(max(latencies) * 1000, 2),
        "aborted_total": sum(aborted),
        "aborted_mean": round(statistics.fmean(aborted), 2),
        "aborted_max": max(aborted),
    }


async def measure(
    address: str, clients: int, per_client: int, increments: int, backoff: ContentionBackoff
) -> dict[str, Any]:
    """Run the uncontended and the contended increments; their figures and the p99 ratio."""
    tenant = str(ObjectId())  # the notion workspace's id: an ObjectId (docs/storage.md)
    alone, shared = await make_counter(address, tenant, 2)
    started = time.perf_counter()
    solo = await run_loop(address, tenant, alone, increments, backoff)
    uncontended = _summary([solo], time.perf_counter() - started)
    started = time.perf_counter()
    loops = await asyncio.gather(
        *(run_loop(address, tenant, shared, per_client, backoff) for _ in range(clients))
    )
    contended = _summary(list(loops), time.perf_counter() - started)
    async with connect_async(address, tenant=tenant) as channel:
        stub = ds_grpc.DocumentSourceServiceStub(channel)
        final = (
            await stub.GetDocumentSource(ds_pb2.GetDocumentSourceRequest(id=shared))
        ).document_source.chunk_count
    return {
        "clients": clients,
        "per_client": per_client,
        "backoff": {
            "initial_s": backoff.initial,
            "cap_s": backoff.cap,
            "multiplier": backoff.multiplier,
            "max_attempts": backoff.max_attempts,
        },
        "uncontended": uncontended,
        "contended": contended,
        "p99_ratio": round(contended["p99_ms"] / uncontended["p99_ms"], 1),
        "p50_ratio": round(contended["p50_ms"] / uncontended["p50_ms"], 1),
        "lost_increments": clients * per_client - final,
    }


def report(result: dict[str, Any]) -> str:
    """The markdown table of one measurement."""
    rows = [
        "| increment | count | p50 ms | p99 ms | max ms | increments/s"
        " | ABORTED per increment (mean / max) |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in ("uncontended", "contended"):
        s = result[name]
        label = (
            "uncontended (1 loop)"
            if name == "uncontended"
            else f"contended ({result['clients']} loops, one document)"
        )
        rows.append(
            f"| {label} | {s['increments']} | {s['p50_ms']} | {s['p99_ms']} | {s['max_ms']} |"
            f" {s['increments_per_s']} | {s['aborted_mean']} / {s['aborted_max']} |"
        )
    rows.append("")
    rows.append(
        f"p99 ratio contended / uncontended: **{result['p99_ratio']}x** (p50: "
        f"{result['p50_ratio']}x); lost increments: {result['lost_increments']}"
    )
    return "\n".join(rows)


def run_contention(address: str, args: argparse.Namespace) -> dict[str, Any]:
    """The step of `bench.run`: measure against a running server."""
    backoff = ContentionBackoff(initial=args.backoff_initial, cap=args.backoff_cap)
    return asyncio.run(measure(address, args.clients, args.per_client, args.increments, backoff))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--clients", type=int, default=64, help="contending loops (64)")
    parser.add_argument("--per-client", type=int, default=5, help="increments per loop (5)")
    parser.add_argument("--increments", type=int, default=200, help="uncontended increments (200)")
    default = ContentionBackoff()
    parser.add_argument("--backoff-initial", type=float, default=default.initial)
    parser.add_argument("--backoff-cap", type=float, default=default.cap)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--address", help="a running server; default: start one here")
    parser.add_argument("--quick", action="store_true", help="2 increments per loop")
    add_arguments(parser)
    args = parser.parse_args()
    if args.quick:
        args.per_client = 2
    if args.address:
        result = run_contention(args.address, args)
    else:
        from bench.run import BUILD, start_target
        from modelstore_server.embedded import EmbeddedDatabase

        BUILD.mkdir(exist_ok=True)
        data = BUILD / "contention-data"
        embedded = EmbeddedDatabase(data)
        uri = asyncio.run(embedded.start())
        try:
            server = start_target("modelstore", uri, "bench_contention")
            try:
                result = run_contention(server.address, args)
            finally:
                server.stop()
        finally:
            asyncio.run(embedded.stop())
    print(json.dumps(result, indent=1))
    print(report(result))


if __name__ == "__main__":
    main()
