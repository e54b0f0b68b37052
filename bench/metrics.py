"""What metrics cost the hot path: GetUser with `--metrics-listen` on and off, in one run.

    python -m bench.metrics [--rounds 10] [--duration 5] [--concurrency 32]

One embedded database, seeded as bench.run seeds it; two `modelstore serve` of this tree on
it, one with metrics on (MODELSTORE_METRICS_LISTEN: the per-RPC series, the timed database
operations, the sampled pools) and one without. In interleaved rounds (the order alternating,
so drift on the shared machine hits both) ghz drives GetUser at the given concurrency
against each. Per round the pair gives a ratio `on / off` of throughput and of the
server's CPU time per call; the figure is the median of the rounds' ratios, and the spread
of the rounds (min, quartiles, max) is the run's noise. The `on` server is scraped once
per round, as Prometheus would, and the scrape's GetUser count must match the calls ghz
completed (a check that the metrics measured what they cost).

On a machine shared with other work the rounds' ratios scatter by far more than 3%, so
the run also measures two more things. In one process, two
in-process servers (metrics on, metrics off) on the same database, each driven by 32
concurrent grpc.aio callers in the same process, in alternating batches: the process's
CPU time per call (`time.process_time`, which counts only CPU this process used) of each;
the difference is what metrics cost a call, server side (the callers' share is the same
for both). And the recording itself, in this process and without a server: the CPU
time per GetUser of what metrics add to it (the pipeline's per-method series, and the timer
around the call's one database operation), against the `off` server's CPU time per call. That
figure does not depend on how busy the machine is.

Writes bench/results/metrics-<stamp>.json and prints the table.
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
import subprocess
import sys
import tempfile
import time
import urllib.request
from typing import Any

from bench.common import BUILD, protoset
from bench.run import (
    RESULTS,
    free_port,
    ghz_cmd,
    group_cpu,
    machine,
    migrate,
    parse_ghz,
    run_ghz,
    seed,
    start_target,
    summarise,
)

GETUSER_SERIES = 'modelstore_rpcs_total{code="OK",method="GetUser"'


def scraped_getusers(url: str) -> float:
    """The OK GetUser count of one scrape."""
    with urllib.request.urlopen(url, timeout=10) as reply:
        text = reply.read().decode()
    total = 0.0
    for line in text.splitlines():
        if line.startswith(GETUSER_SERIES):
            total += float(line.rsplit(" ", 1)[1])
    return total


def recording_cost_us(calls: int = 200_000) -> dict[str, float]:
    """CPU microseconds per GetUser of what metrics add: the pipeline's, the database's."""
    from modelstore_server.storage.operation_metrics import _timed
    from modelstore_server.transport.call_record import CallRecorder

    record = CallRecorder(metrics=True, access_log=False).for_method(
        "/modelstore.platform.v1.UserService/GetUser"
    )
    assert record is not None

    def pipeline() -> None:
        started = record.start()
        record.finish(started, "OK", None, None)

    async def operation() -> None:
        return None

    timed = _timed("find_one", operation)

    async def database(n: int, work: Any) -> float:
        cpu0 = time.process_time()
        for _ in range(n):
            await work()
        return time.process_time() - cpu0

    out = {}
    for _ in range(calls // 10):  # warm
        pipeline()
    cpu0 = time.process_time()
    for _ in range(calls):
        pipeline()
    out["pipeline"] = 1e6 * (time.process_time() - cpu0) / calls
    # The timed operation, less the same operation untimed: what the timer adds.
    plain = asyncio.run(database(calls, operation))
    wrapped = asyncio.run(database(calls, timed))
    out["database"] = 1e6 * max(0.0, wrapped - plain) / calls
    out["total"] = out["pipeline"] + out["database"]
    return out


def run_fixed_rate(address: str, c: int, rate: int, duration: float) -> dict[str, Any]:
    """GetUser at a constant offered rate (ghz --rps) with `c` concurrent callers."""
    cmd = ghz_cmd(address, "get", c, argparse.Namespace(duration=duration))
    cmd[-1:-1] = ["--rps", str(rate)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if not done.stdout.strip():
        return {"rps": 0.0, "count": 0, "errors": 1}
    return summarise(*parse_ghz(done.stdout))


async def in_process(uri: str, database: str, rounds: int, calls: int, c: int) -> dict[str, Any]:
    """CPU microseconds per GetUser of this process, with an in-process server on and off."""
    import grpc

    from bench.common import TENANT, hot_id
    from bench.run import ENCRYPTION_KEYS
    from modelstore.platform.v1 import user_pb2, user_pb2_grpc
    from modelstore_server.app import Modelstore
    from modelstore_server.config import Settings

    apps: dict[str, Modelstore] = {}
    for name in ("on", "off"):
        settings = Settings()
        settings.listen = "127.0.0.1:0"
        settings.mongodb_uri = uri
        settings.database = database
        settings.encryption_keys = ENCRYPTION_KEYS
        settings.migrate_on_start = False
        settings.change_feed = False
        settings.data_dir = BUILD / "data"
        if name == "on":
            settings.metrics_listen = f"127.0.0.1:{free_port()}"
        apps[name] = Modelstore(settings)
        await apps[name].start()
    samples: dict[str, list[float]] = {"on": [], "off": []}
    try:
        channels = {n: grpc.aio.insecure_channel(a.address) for n, a in apps.items()}
        stubs = {n: user_pb2_grpc.UserServiceStub(ch) for n, ch in channels.items()}
        meta = (("x-tenant-id", TENANT),)

        async def caller(stub: Any, k: int, n: int) -> None:
            for i in range(n):
                await stub.GetUser(
                    user_pb2.GetUserRequest(id=hot_id((k * n + i) % 1000)), metadata=meta
                )

        async def batch(name: str, n: int) -> float:
            cpu0 = time.process_time()
            await asyncio.gather(*(caller(stubs[name], k, n // c) for k in range(c)))
            return 1e6 * (time.process_time() - cpu0) / (c * (n // c))

        for name in ("on", "off"):
            await batch(name, calls // 4)  # warm
        for round_no in range(rounds):
            for name in ("on", "off") if round_no % 2 == 0 else ("off", "on"):
                samples[name].append(await batch(name, calls))
        for ch in channels.values():
            await ch.close()
    finally:
        for app in apps.values():
            await app.stop(grace=0)
    diffs = [on - off for on, off in zip(samples["on"], samples["off"], strict=True)]
    return {
        "calls_per_batch": calls,
        "process_cpu_us_per_call": {n: statistics.median(v) for n, v in samples.items()},
        "samples": samples,
        "on_minus_off_us": quartiles(diffs),
    }


def quartiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    q = statistics.quantiles(ordered, n=4) if len(ordered) >= 2 else [ordered[0]] * 3
    return {"min": ordered[0], "q1": q[0], "median": q[1], "q3": q[2], "max": ordered[-1]}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per measurement")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument(
        "--fixed-rps", type=int, default=150, help="offered rate of the CPU rounds (0: none)"
    )
    parser.add_argument("--fixed-rounds", type=int, default=10)
    parser.add_argument("--in-process-rounds", type=int, default=20)
    parser.add_argument("--in-process-calls", type=int, default=3200)
    parser.add_argument(
        "--only-in-process", action="store_true", help="skip the ghz rounds (a quick check)"
    )
    args = parser.parse_args()

    from modelstore_server.embedded import EmbeddedDatabase

    BUILD.mkdir(exist_ok=True)
    RESULTS.mkdir(exist_ok=True)
    protoset()
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="modelstore-metrics-"))
    scratch.chmod(0o711)  # as root the cluster's own user must traverse to it
    embedded = EmbeddedDatabase(scratch / "db")
    uri = asyncio.run(embedded.start())
    started = time.time()
    database = "bench_metrics"
    metrics_port = free_port()
    url = f"http://127.0.0.1:{metrics_port}/metrics"
    servers: dict[str, Any] = {}
    out: dict[str, Any] = {
        "rounds": args.rounds,
        "duration_s": args.duration,
        "concurrency": args.concurrency,
    }
    c = args.concurrency
    try:
        migrate(uri, database)
        asyncio.run(seed(uri, database, 0))
        from modelstore_server import event_loop

        inproc = out["in_process"] = event_loop.run(
            in_process(uri, database, args.in_process_rounds, args.in_process_calls, c), "auto"
        )
        diff = inproc["on_minus_off_us"]
        print(
            f"in process, {args.in_process_rounds} batches of {args.in_process_calls} calls:"
            f" on {inproc['process_cpu_us_per_call']['on']:.0f} us/call,"
            f" off {inproc['process_cpu_us_per_call']['off']:.0f} us/call;"
            f" on - off median {diff['median']:.1f} us (IQR {diff['q1']:.1f}..{diff['q3']:.1f})",
            flush=True,
        )
        if args.only_in_process:
            return
        # The change feed off in both: its capture runs in whichever server takes the
        # source first (one per database), and its background reads would be billed to
        # that server's CPU per call alone. GetUser writes nothing to capture.
        quiet = {"MODELSTORE_CHANGE_FEED": "false"}
        env = {
            "on": {**quiet, "MODELSTORE_METRICS_LISTEN": f"127.0.0.1:{metrics_port}"},
            "off": quiet,
        }
        for name in ("on", "off"):
            servers[name] = start_target(
                f"modelstore-metrics-{name}", uri, database, env_extra=env[name]
            )
        for name in ("on", "off"):  # warm both (code paths, pools) before measuring
            run_ghz(servers[name].address, "get", c, argparse.Namespace(duration=2.0))
        rows: list[dict[str, Any]] = []
        for round_no in range(args.rounds):
            order = ("on", "off") if round_no % 2 == 0 else ("off", "on")
            row: dict[str, Any] = {}
            for name in order:
                pgid = servers[name].proc.pid
                before_count = scraped_getusers(url) if name == "on" else 0.0
                cpu0 = group_cpu(pgid)
                stats = run_ghz(servers[name].address, "get", c, args)
                cpu = group_cpu(pgid) - cpu0
                calls = stats.get("count") or 0
                row[name] = {
                    "rps": float(stats.get("rps", 0.0)),
                    "calls": calls,
                    "errors": stats.get("errors", 0),
                    "p50_ms": stats.get("p50_ms"),
                    "p99_ms": stats.get("p99_ms"),
                    "server_cpu_us_per_call": 1e6 * cpu / calls if calls else 0.0,
                }
                if name == "on":
                    # ghz counts only the calls that finished in its window; the server
                    # also counts those cut off at its end (at most one per caller).
                    row["on"]["scraped_calls"] = scraped_getusers(url) - before_count
            row["ratio_rps"] = row["on"]["rps"] / row["off"]["rps"] if row["off"]["rps"] else 0
            off_cpu = row["off"]["server_cpu_us_per_call"]
            row["ratio_cpu"] = row["on"]["server_cpu_us_per_call"] / off_cpu if off_cpu else 0
            row["load_average"] = os.getloadavg()[0]
            rows.append(row)
            print(
                f"round {round_no}: on {row['on']['rps']:7.1f} rps"
                f" {row['on']['server_cpu_us_per_call']:6.0f} us/call (scraped"
                f" {row['on']['scraped_calls']:.0f} of {row['on']['calls']}),"
                f" off {row['off']['rps']:7.1f} rps {off_cpu:6.0f} us/call;"
                f" on/off rps {row['ratio_rps']:.3f} cpu {row['ratio_cpu']:.3f};"
                f" load {row['load_average']:.1f}",
                flush=True,
            )
        # The same servers at one constant offered rate, below what either sustains here:
        # both do the same work at the same pace, so their CPU time per call compares
        # without the batching a higher throughput buys (CPU per call falls as rps rises).
        fixed: list[dict[str, Any]] = []
        for round_no in range(args.fixed_rounds if args.fixed_rps else 0):
            order = ("on", "off") if round_no % 2 == 0 else ("off", "on")
            pair: dict[str, Any] = {}
            for name in order:
                pgid = servers[name].proc.pid
                cpu0 = group_cpu(pgid)
                stats = run_fixed_rate(servers[name].address, c, args.fixed_rps, args.duration)
                calls = stats.get("count") or 0
                pair[name] = {
                    "rps": float(stats.get("rps", 0.0)),
                    "calls": calls,
                    "server_cpu_us_per_call": 1e6 * (group_cpu(pgid) - cpu0) / calls
                    if calls
                    else 0.0,
                }
            off_us = pair["off"]["server_cpu_us_per_call"]
            pair["ratio_cpu"] = pair["on"]["server_cpu_us_per_call"] / off_us if off_us else 0
            fixed.append(pair)
            print(
                f"fixed {args.fixed_rps} rps, round {round_no}: on"
                f" {pair['on']['server_cpu_us_per_call']:6.0f} us/call, off {off_us:6.0f}"
                f" us/call; on/off {pair['ratio_cpu']:.3f}",
                flush=True,
            )
        if fixed:
            out["fixed_rate"] = {
                "rps": args.fixed_rps,
                "rounds_detail": fixed,
                "ratio_server_cpu_per_call": quartiles([r["ratio_cpu"] for r in fixed]),
                "server_cpu_us_per_call": {
                    n: statistics.median(r[n]["server_cpu_us_per_call"] for r in fixed)
                    for n in ("on", "off")
                },
            }
        out["rounds_detail"] = rows
        out["ratio_rps"] = quartiles([r["ratio_rps"] for r in rows])
        out["ratio_server_cpu_per_call"] = quartiles([r["ratio_cpu"] for r in rows])
        out["rps"] = {n: statistics.median(r[n]["rps"] for r in rows) for n in ("on", "off")}
        out["server_cpu_us_per_call"] = {
            n: statistics.median(r[n]["server_cpu_us_per_call"] for r in rows)
            for n in ("on", "off")
        }
        out["scrape_matches"] = all(
            r["on"]["calls"] <= r["on"]["scraped_calls"] <= r["on"]["calls"] + c for r in rows
        )
    finally:
        for server in servers.values():
            server.stop()
        asyncio.run(embedded.stop())
        shutil.rmtree(scratch, ignore_errors=True)
    if args.only_in_process:
        print(json.dumps(out["in_process"]["on_minus_off_us"]))
        return
    cost = out["recording_cpu_us_per_call"] = recording_cost_us()
    off_cpu_us = out["server_cpu_us_per_call"]["off"]
    out["recording_share_of_server_cpu"] = cost["total"] / off_cpu_us if off_cpu_us else 0.0
    out["machine"] = machine()
    out["elapsed_s"] = round(time.time() - started)
    out["at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    path = RESULTS / f"metrics-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(out, indent=1, default=str))
    rps, cpu = out["ratio_rps"], out["ratio_server_cpu_per_call"]
    print(f"\n| GetUser c={c} | metrics on | metrics off | on / off (median of rounds) |")
    print("|---|---|---|---|")
    print(
        f"| rps | {out['rps']['on']:.0f} | {out['rps']['off']:.0f} | {rps['median']:.3f}"
        f" (rounds {rps['min']:.3f}-{rps['max']:.3f}, IQR {rps['q1']:.3f}-{rps['q3']:.3f}) |"
    )
    print(
        f"| server CPU per call (us) | {out['server_cpu_us_per_call']['on']:.0f} |"
        f" {out['server_cpu_us_per_call']['off']:.0f} | {cpu['median']:.3f}"
        f" (rounds {cpu['min']:.3f}-{cpu['max']:.3f}, IQR {cpu['q1']:.3f}-{cpu['q3']:.3f}) |"
    )
    print(
        f"recording, measured alone: {cost['total']:.1f} us of CPU per GetUser (pipeline"
        f" {cost['pipeline']:.1f}, the database operation's timer {cost['database']:.1f}):"
        f" {100 * out['recording_share_of_server_cpu']:.2f}% of the off server's"
        f" {off_cpu_us:.0f} us per call"
    )
    if "fixed_rate" in out:
        fr = out["fixed_rate"]
        fc = fr["ratio_server_cpu_per_call"]
        print(
            f"| server CPU per call at a fixed {fr['rps']} rps (us) |"
            f" {fr['server_cpu_us_per_call']['on']:.0f} | {fr['server_cpu_us_per_call']['off']:.0f}"
            f" | {fc['median']:.3f} (rounds {fc['min']:.3f}-{fc['max']:.3f},"
            f" IQR {fc['q1']:.3f}-{fc['q3']:.3f}) |"
        )
    print(
        f"in process: metrics add {diff['median']:.1f} us of CPU per GetUser (median of"
        f" batches, IQR {diff['q1']:.1f}..{diff['q3']:.1f}):"
        f" {100 * diff['median'] / off_cpu_us:.2f}% of the off server's {off_cpu_us:.0f} us"
    )
    print(f"scrapes matched ghz's counts: {out['scrape_matches']}")
    print(f"written to {path} in {out['elapsed_s']}s; load average {os.getloadavg()}")
    sys.exit(0)


if __name__ == "__main__":
    main()
