"""The change feed's costs: commit-to-watcher latency, and what capture costs the writes.

    python -m bench.feed [--rounds 3] [--duration 5] [--latency-writes 300] [--before REF]

One embedded database; two `modelstore serve` of this tree on databases of their own, one
with the change feed on (capturing by logical decoding) and one with it off
(`MODELSTORE_CHANGE_FEED=false`). In the same run:

- **throughput**: ghz CreateUser at concurrency 1 and 32, the two servers in interleaved
  rounds (the order alternating), so drift on the shared machine hits both; the figure is
  the median of the rounds and the ratio `on / off`. The capture of the `on` server runs
  meanwhile: decoding, the events' inserts, and the fuller WAL of full replica identity.
- with `--before REF`, a third server, the tree at REF (for example the commit before the
  audit log and the feed), in the same rounds: what the audit log's one insert per write
  call costs, beside the feed's capture;
- **latency**: a watcher of the `on` server (WatchChanges, User creates) while one client
  creates users one at a time (20 ms apart): per event, from the write's acknowledgement
  to the watcher's receipt, and from the event's commit time to the receipt (both clocks
  are this machine's). Reported as p50 / p99.

Writes bench/results/feed-<stamp>.json and prints the table.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import pathlib
import shutil
import statistics
import sys
import tempfile
import time
from typing import Any

import bench.run
from bench.common import BUILD, protoset
from bench.run import RESULTS, TENANT, machine, migrate, run_ghz, seed, start_target


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


async def latency(address: str, writes: int) -> dict[str, Any]:
    """Acknowledgement-to-receipt and commit-to-receipt of `writes` sequential creates."""
    import grpc

    from modelstore.platform.v1 import user_pb2, user_pb2_grpc
    from modelstore.v1 import change_pb2, change_pb2_grpc

    acked: dict[str, float] = {}
    received: dict[str, tuple[float, float]] = {}
    done = asyncio.Event()
    async with grpc.aio.insecure_channel(address) as channel:
        feed = change_pb2_grpc.ChangeServiceStub(channel)
        users = user_pb2_grpc.UserServiceStub(channel)
        call = feed.WatchChanges(
            change_pb2.WatchChangesRequest(
                entity_types=["modelstore.platform.v1.User"], filter="operation = CREATE"
            ),
            metadata=(("x-tenant-id", TENANT),),
        )

        async def watch() -> None:
            async for reply in call:
                now = time.time()
                for event in reply.events:
                    commit = event.commit_time.ToDatetime(tzinfo=dt.UTC).timestamp()
                    received[event.entity_id] = (now, commit)
                if len(received) >= writes:
                    done.set()
                    return

        watcher = asyncio.create_task(watch())
        await asyncio.sleep(1.0)  # the stream is open before the first write
        for i in range(writes):
            reply = await users.CreateUser(
                user_pb2.CreateUserRequest(
                    user=user_pb2.User(username=f"lat-{os.getpid()}-{i}", roles=["member"])
                ),
                metadata=(("x-tenant-id", TENANT),),
                timeout=10,
            )
            acked[reply.user.id] = time.time()
            await asyncio.sleep(0.02)
        try:
            await asyncio.wait_for(done.wait(), 30)
        finally:
            call.cancel()
            watcher.cancel()
    ack_ms = [(received[i][0] - t) * 1000 for i, t in acked.items() if i in received]
    commit_ms = [(r - c) * 1000 for r, c in received.values()]
    return {
        "writes": writes,
        "received": len(ack_ms),
        "ack_to_receipt_ms": {"p50": quantile(ack_ms, 0.5), "p99": quantile(ack_ms, 0.99)},
        "commit_to_receipt_ms": {
            "p50": quantile(commit_ms, 0.5),
            "p99": quantile(commit_ms, 0.99),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per measurement")
    parser.add_argument("--latency-writes", type=int, default=300)
    parser.add_argument("--before", help="also measure the server of this git ref")
    args = parser.parse_args()
    targets = ("on", "off", "before") if args.before else ("on", "off")
    if args.before:
        bench.run.BEFORE_REF = args.before

    from modelstore_server.embedded import EmbeddedDatabase

    BUILD.mkdir(exist_ok=True)
    RESULTS.mkdir(exist_ok=True)
    protoset()
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="modelstore-feed-"))
    scratch.chmod(0o711)  # as root the cluster's own user must traverse to it
    embedded = EmbeddedDatabase(scratch / "db")
    uri = asyncio.run(embedded.start())
    started = time.time()
    servers: dict[str, Any] = {}
    out: dict[str, Any] = {"rounds": args.rounds, "duration_s": args.duration}
    try:
        env = {
            "on": {"MODELSTORE_CHANGE_CAPTURE_URL": embedded.postgres.url},
            "off": {"MODELSTORE_CHANGE_FEED": "false"},
            "before": {"MODELSTORE_CHANGE_FEED": "false"},
        }
        for name in targets:
            database = f"bench_feed_{name}"
            migrate(uri, database)
            asyncio.run(seed(uri, database, 0))
            target = "before" if name == "before" else f"modelstore-feed-{name}"
            servers[name] = start_target(target, uri, database, env_extra=env[name])
        samples: dict[str, dict[int, list[float]]] = {n: {1: [], 32: []} for n in targets}
        for round_no in range(args.rounds):
            for c in (1, 32):
                order = targets if round_no % 2 == 0 else targets[::-1]
                for name in order:
                    stats = run_ghz(servers[name].address, "create", c, args)
                    samples[name][c].append(float(stats.get("rps", 0.0)))
                    print(
                        f"round {round_no} create c={c:<3} feed {name:3} {stats.get('rps', 0):8.1f}"
                        f" rps  errors {stats.get('errors', 0)}",
                        flush=True,
                    )
        out["create_rps"] = {
            n: {c: statistics.median(v) for c, v in samples[n].items()} for n in targets
        }
        out["create_rps_samples"] = samples
        out["ratio_on_off"] = {
            c: out["create_rps"]["on"][c] / out["create_rps"]["off"][c]
            if out["create_rps"]["off"][c]
            else 0.0
            for c in (1, 32)
        }
        if args.before:
            out["before_ref"] = args.before
            out["ratio_off_before"] = {
                c: out["create_rps"]["off"][c] / out["create_rps"]["before"][c]
                if out["create_rps"]["before"][c]
                else 0.0
                for c in (1, 32)
            }
        out["latency"] = asyncio.run(latency(servers["on"].address, args.latency_writes))
    finally:
        for server in servers.values():
            server.stop()
        asyncio.run(embedded.stop())
        shutil.rmtree(scratch, ignore_errors=True)
    out["machine"] = machine()
    out["elapsed_s"] = round(time.time() - started)
    out["at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    path = RESULTS / f"feed-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(out, indent=1, default=str))
    lat = out["latency"]
    print("\n| measure | feed on | feed off | on / off |\n|---|---|---|---|")
    for c in (1, 32):
        on, off = out["create_rps"]["on"][c], out["create_rps"]["off"][c]
        print(f"| CreateUser c={c} rps | {on:.0f} | {off:.0f} | {out['ratio_on_off'][c]:.2f} |")
    if args.before:
        for c in (1, 32):
            before = out["create_rps"]["before"][c]
            print(
                f"CreateUser c={c}: {args.before} {before:.0f} rps; this tree, feed off,"
                f" {out['ratio_off_before'][c]:.2f}x of it"
            )
    print(
        f"\nlatency over {lat['received']}/{lat['writes']} events: acknowledgement to receipt"
        f" p50 {lat['ack_to_receipt_ms']['p50']:.1f} ms, p99 {lat['ack_to_receipt_ms']['p99']:.1f}"
        f" ms; commit to receipt p50 {lat['commit_to_receipt_ms']['p50']:.1f} ms,"
        f" p99 {lat['commit_to_receipt_ms']['p99']:.1f} ms"
    )
    print(f"written to {path} in {out['elapsed_s']}s; load average {os.getloadavg()}")
    sys.exit(0)


if __name__ == "__main__":
    main()
