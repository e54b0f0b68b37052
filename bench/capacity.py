"""Capacity of one server process: `python -m bench.capacity` (docs/performance.md).

What an operator sizes a deployment with, measured on the embedded database:

- requests per second per core: completed calls divided by the CPU seconds the server
  process spent on them (user + system), for GetUser and CreateUser at c=32 (ghz in its
  own process, as bench/run.py drives them); and the same per core of the database
  (PostgreSQL + FerretDB), which bounds a deployment once servers are added;
- memory: the server's resident set (VmRSS) idle after start-up, and its peak and mean
  while under load (sampled every 50 ms);
- connections: the server's TCP connections to the database (its driver pool), the
  client connections it holds (ghz's HTTP/2 connections), and FerretDB's PostgreSQL
  backends, counted at the end of each round.

Each workload runs `--rounds` times; the report gives every round (the machine is shared,
so the spread is part of the result). Output: bench/results/capacity-<stamp>.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import pathlib
import statistics
import sys
import threading
import time
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import BUILD, protoset  # noqa: E402
from bench.run import (  # noqa: E402
    RESULTS,
    _run_ghz,
    group_cpu,
    machine,
    machine_busy,
    migrate,
    seed,
    start_target,
)

DATABASE = "bench_capacity"


def rss_kib(pid: int) -> int:
    """The resident set of a process, in KiB (VmRSS of /proc/<pid>/status)."""
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _socket_inodes(pid: int) -> set[str]:
    inodes: set[str] = set()
    for fd in pathlib.Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


def tcp_connections(pid: int, port: int, *, remote: bool) -> int:
    """Established TCP connections of `pid` whose remote (or local) port is `port`."""
    mine = _socket_inodes(pid)
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in pathlib.Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local, peer, state, inode = fields[1], fields[2], fields[3], fields[9]
            if state != "01" or inode not in mine:  # 01: ESTABLISHED
                continue
            if int((peer if remote else local).rsplit(":", 1)[1], 16) == port:
                count += 1
    return count


async def postgres_backends(url: str) -> int:
    """Client backends of the embedded PostgreSQL (FerretDB's pool, this query excluded)."""
    import psycopg

    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        rows = await conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"
            " AND pid <> pg_backend_pid()"
        )
        row = await rows.fetchone()
        return int(row[0]) if row else 0


class Sampler:
    """Samples a server's resident set every 50 ms, and its connections every 0.5 s, on a
    thread while a round runs."""

    def __init__(self, pid: int, port: int, database_port: int) -> None:
        self.pid, self.port, self.database_port = pid, port, database_port
        self.samples: list[int] = []
        self.clients = 0
        self.database = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        n = 0
        while not self._stop.wait(0.05):
            self.samples.append(rss_kib(self.pid))
            n += 1
            if n % 10 == 0:
                clients = tcp_connections(self.pid, self.port, remote=False)
                database = tcp_connections(self.pid, self.database_port, remote=True)
                self.clients = max(self.clients, clients)
                self.database = max(self.database, database)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per round")
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    args.update_count = 0
    BUILD.mkdir(exist_ok=True)
    RESULTS.mkdir(exist_ok=True)
    protoset()
    from modelstore_server.embedded import EmbeddedDatabase

    embedded = EmbeddedDatabase(BUILD / "capacity-data")
    uri = asyncio.run(embedded.start())
    db_pgids = tuple(os.getpgid(pid) for pid in embedded.pids.values() if pid)
    result: dict[str, Any] = {"machine": machine(), "concurrency": args.concurrency, "rounds": []}
    try:
        migrate(uri, DATABASE)
        asyncio.run(seed(uri, DATABASE, update_pool=0))
        server = start_target("modelstore", uri, DATABASE, migrate=False)
        try:
            pid = server.proc.pid
            port = int(server.address.rsplit(":", 1)[1])
            time.sleep(2.0)
            result["idle_rss_kib"] = rss_kib(pid)
            result["idle_database_connections"] = tcp_connections(pid, embedded.port, remote=True)
            for _ in range(args.rounds):
                for workload in ("get", "create"):
                    busy = machine_busy(0.5)
                    server_cpu, db_cpu = group_cpu(pid), group_cpu(*db_pgids)
                    with Sampler(pid, port, embedded.port) as sampled:
                        stats = _run_ghz(server.address, workload, args.concurrency, args)
                    server_cpu = group_cpu(pid) - server_cpu
                    db_cpu = group_cpu(*db_pgids) - db_cpu
                    calls = int(stats.get("count") or 0)
                    round_ = {
                        "workload": workload,
                        "machine_busy_before": round(busy, 3),
                        "rps": round(stats.get("rps", 0.0), 1),
                        "p50_ms": stats.get("p50_ms"),
                        "p99_ms": stats.get("p99_ms"),
                        "errors": stats.get("errors"),
                        "calls": calls,
                        "server_cpu_s": round(server_cpu, 2),
                        "database_cpu_s": round(db_cpu, 2),
                        "rps_per_server_core": round(calls / server_cpu, 1) if server_cpu else None,
                        "rps_per_database_core": round(calls / db_cpu, 1) if db_cpu else None,
                        "rss_peak_kib": max(sampled.samples, default=0),
                        "rss_mean_kib": round(statistics.fmean(sampled.samples))
                        if sampled.samples
                        else 0,
                        "client_connections": sampled.clients,
                        "database_connections": sampled.database,
                        "postgres_backends": asyncio.run(postgres_backends(embedded.postgres_url)),
                    }
                    result["rounds"].append(round_)
                    print(json.dumps(round_), flush=True)
            result["after_rss_kib"] = rss_kib(pid)
        finally:
            server.stop()
    finally:
        asyncio.run(embedded.stop())
    stamp = time.strftime("%Y%m%d-%H%M%S")
    out = RESULTS / f"capacity-{stamp}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
