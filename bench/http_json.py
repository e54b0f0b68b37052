"""GetUser over HTTP/JSON against the same call over gRPC, from one server, in the same run.

    python -m bench.http_json [--rounds 5] [--duration 5] [--concurrency 1,32]

One embedded database and one `modelstore serve` of this tree with `--http-listen`, seeded
as bench/run.py seeds (workspace `bench-ws`, 1,000 hot users). Each round measures, at each
concurrency, GetUser of a random hot user by both ways in turn (the order alternating, so
drift on the shared machine hits both), each load generator in its own process:

- gRPC: ghz, as bench/run.py drives it (HTTP/2, at most 4 connections);
- HTTP/JSON: wrk (Debian's `wrk`, installed by scripts/setup.d/http-bench.sh), HTTP/1.1
  keep-alive, one connection per concurrent caller, `GET /v1/platform/users/{id}` with
  `x-tenant-id`, a random hot id per request (bench/http_get.lua).

The figure is the ratio HTTP rps / gRPC rps of each round; the report gives its median and
its spread (min..max over the rounds), with both rates, p50/p99 latencies, and the
server's CPU per call each way (bench/run.py's `CpuMeter`), which contention on a shared
machine moves less than throughput: their ratio says what JSON and HTTP/1.1 cost. Writes
bench/results/http-<stamp>.json and prints the table.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import pathlib
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from typing import Any

from bench.common import BUILD, HOT, TENANT, protoset
from bench.run import (
    RESULTS,
    CpuMeter,
    free_port,
    machine,
    migrate,
    run_ghz,
    seed,
    start_target,
)

LUA = pathlib.Path(__file__).with_name("http_get.lua")


def run_wrk(http_address: str, c: int, duration: float) -> dict[str, Any]:
    """Run wrk at concurrency `c` for `duration` seconds; return rps, latencies, errors."""
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("wrk is not installed: run scripts/setup")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [
            wrk,
            "-t",
            str(min(c, 2)),
            "-c",
            str(c),
            "-d",
            f"{max(1, round(duration))}s",  # wrk takes whole seconds
            "--timeout",
            "30s",
            "-s",
            str(LUA),
            f"http://{http_address}",
            "--",
            TENANT,
            str(HOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    load_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            return {**json.loads(line), "load_cpu_s": load_cpu}
    return {"rps": 0.0, "errors": 1, "failure": (done.stdout + done.stderr)[-2000:]}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per measurement")
    parser.add_argument("--concurrency", default="1,32")
    args = parser.parse_args()
    levels = [int(c) for c in args.concurrency.split(",")]

    from modelstore_server.embedded import EmbeddedDatabase

    BUILD.mkdir(exist_ok=True)
    RESULTS.mkdir(exist_ok=True)
    protoset()
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="modelstore-http-"))
    scratch.chmod(0o711)  # as root the cluster's own user must traverse to it
    embedded = EmbeddedDatabase(scratch / "db")
    uri = asyncio.run(embedded.start())
    started = time.time()
    http_address = f"127.0.0.1:{free_port()}"
    samples: dict[str, dict[int, list[dict[str, Any]]]] = {
        "grpc": {c: [] for c in levels},
        "http": {c: [] for c in levels},
    }
    server = None
    try:
        database = "bench_http"
        migrate(uri, database)
        asyncio.run(seed(uri, database, 0))
        server = start_target(
            "modelstore", uri, database, env_extra={"MODELSTORE_HTTP_LISTEN": http_address}
        )
        db_pgids = tuple(os.getpgid(pid) for pid in embedded.pids.values() if pid)
        for round_no in range(args.rounds):
            for c in levels:
                order = ("grpc", "http") if round_no % 2 == 0 else ("http", "grpc")
                for way in order:
                    meter = CpuMeter(server, db_pgids)
                    meter.begin()
                    if way == "grpc":
                        stats = run_ghz(server.address, "get", c, args)
                    else:
                        stats = run_wrk(http_address, c, args.duration)
                    meter.end(stats)
                    samples[way][c].append(stats)
                    print(
                        f"round {round_no} get c={c:<3} {way:4} {stats.get('rps', 0):8.1f} rps"
                        f"  p50 {stats.get('p50_ms', 0):6.2f} ms  errors {stats.get('errors', 0)}",
                        flush=True,
                    )
    finally:
        if server is not None:
            server.stop()
        asyncio.run(embedded.stop())
        shutil.rmtree(scratch, ignore_errors=True)
    out: dict[str, Any] = {"rounds": args.rounds, "duration_s": args.duration}
    out["samples"] = samples
    out["ratio_http_grpc"] = {}
    for c in levels:
        ratios = [
            h["rps"] / g["rps"] if g.get("rps") else 0.0
            for g, h in zip(samples["grpc"][c], samples["http"][c], strict=True)
        ]
        out["ratio_http_grpc"][c] = {
            "median": statistics.median(ratios),
            "min": min(ratios),
            "max": max(ratios),
            "rounds": ratios,
        }
    out["machine"] = machine()
    out["elapsed_s"] = round(time.time() - started)
    out["at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    path = RESULTS / f"http-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(out, indent=1, default=str))
    print(
        "\n| GetUser | gRPC rps | HTTP/JSON rps | HTTP / gRPC (median, min..max)"
        " | p50 gRPC / HTTP ms | p99 gRPC / HTTP ms"
        " | CPU ms/call gRPC / HTTP: server, database, load generator |"
        "\n|---|---|---|---|---|---|---|"
    )
    for c in levels:

        def med(way: str, key: str, level: int = c) -> float:
            return statistics.median(s.get(key, 0.0) for s in samples[way][level])

        def cpu(way: str, part: str = "server", level: int = c) -> float:
            values = [s.get("cpu_ms_per_call", {}).get(part, 0.0) for s in samples[way][level]]
            return statistics.median(values)

        r = out["ratio_http_grpc"][c]
        print(
            f"| c={c} | {med('grpc', 'rps'):.0f} | {med('http', 'rps'):.0f}"
            f" | {r['median']:.2f} ({r['min']:.2f}..{r['max']:.2f})"
            f" | {med('grpc', 'p50_ms'):.2f} / {med('http', 'p50_ms'):.2f}"
            f" | {med('grpc', 'p99_ms'):.2f} / {med('http', 'p99_ms'):.2f}"
            f" | {cpu('grpc'):.2f} / {cpu('http'):.2f},"
            f" {cpu('grpc', 'database'):.2f} / {cpu('http', 'database'):.2f},"
            f" {cpu('grpc', 'load'):.2f} / {cpu('http', 'load'):.2f} |"
        )
    print(f"\n{path}")


if __name__ == "__main__":
    main()
