"""Batch writes against single ones: BatchCreateUsers of N users against N CreateUser calls.

    python -m bench.batches [--rounds 5] [--sizes 100,1000] [--concurrency 32]

On a fresh embedded database (a temporary directory; the workspace `bench-ws` seeded with
the 1,000 hot users of the main benchmark), one `modelstore serve` of this working tree
(1 worker, the audit log and the change feed on, their defaults) creates platform users in
the workspace, N at a time, each way in turn:

- `sequential`: N CreateUser calls one after another from one grpc.aio client;
- `concurrent`: the same N calls from `--concurrency` (32) callers of one grpc.aio client
  over 4 channels (ghz's `--connections 4`), how a user would load without batches;
- `batch`: one BatchCreateUsers of the N items (docs/batches.md: one read of the ids, a
  journal record, one ordered `insert_many`, the journal marked applied);
- `batch_rid`: the same with a `request_id` (AIP-155), the idempotent form;
- `batch_replay`: that same request again, right after: the retry, answered from the
  batch journal without writing;
- `batch_split`: the N users as 4 BatchCreateUsers of N / 4 items, sent at once over the
  4 channels: whether one batch is bound by its own round trips or by the machine.

Every round runs every size (the order of the sizes alternating) and every way (the order
rotating), each with usernames of its own, so drift on the shared machine (the database
grows by every round's users, other work comes and goes) hits every way alike; each
figure is the median over the rounds, and each ratio the median of the rounds' ratios
(with its range). Per way: wall time per user, users per second, and CPU per user of the
server's process group, of the database (PostgreSQL and FerretDB) and of this client
process, read from /proc (every thread's `schedstat`) over the calls plus a quiet 0.5 s
after them (the change feed's capture of the writes runs just after the answers), before
the drain (GetUser probes until one answers within 2x its idle time, at most 5 s) starts.

Then, once, what each way sends the database: an in-process server (change feed off, so
only the server's own driver is seen) on the same database, with a pymongo command
listener counting the commands it sent for one CreateUser and one BatchCreateUsers of each
size (`commands`; `--commands-only` runs just this step).

Writes bench/results/batches-<stamp>.json (`--commands-only`: batches-commands-<stamp>.json)
and prints the tables.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import pathlib
import statistics
import subprocess
import tempfile
import time
import uuid
from collections.abc import Awaitable
from typing import Any

from bench import run as bench
from bench.common import BUILD, TENANT

WAYS = ("sequential", "concurrent", "batch", "batch_rid", "batch_split")
"""The ways that create users, rotated per round; `batch_replay` follows `batch_rid`."""
ALL_WAYS = (*WAYS, "batch_replay")
DATABASE = "bench_batches"
CHANNELS = 4
SPLIT = 4
"""`batch_split`: the N users as this many batches of N / SPLIT, sent at once."""
TAIL_S = 0.5
"""The quiet time after the calls that still counts towards their CPU (the feed's capture)."""
METADATA = (("x-tenant-id", TENANT),)


DRAIN_CAP_S = 5.0
"""The longest wait for the server to answer a probe within 2x its idle time again. The
main benchmark also waits for an idle machine (bench.run.Drain); on a machine shared with
other work that never comes, so here the probe alone decides, capped."""


def group_cpu_ns(*pgids: int) -> int:
    """CPU nanoseconds so far of every thread of the live processes of process groups.

    From each thread's `schedstat` (nanoseconds on a CPU), finer than the clock ticks of
    `stat` (10 ms), which a batch of 100 users would round to nothing.
    """
    wanted, total = set(pgids), 0
    for entry in pathlib.Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[2]) not in wanted:
                continue
            for task in (entry / "task").iterdir():
                total += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError):  # the process or thread ended while we looked
            continue
    return total


class Meter:
    """CPU seconds of the server's process group, the database and this process."""

    def __init__(self, server_pgid: int, database_pgids: tuple[int, ...]) -> None:
        self.server_pgid, self.database_pgids = server_pgid, database_pgids

    def read(self) -> tuple[float, float, float]:
        return (
            group_cpu_ns(self.server_pgid) / 1e9,
            group_cpu_ns(*self.database_pgids) / 1e9,
            time.process_time(),
        )


class Drain:
    """Sequential GetUser probes until one answers within 2x the idle time, capped."""

    def __init__(self, address: str) -> None:
        self.once, self.close = bench._probe_server(address)
        for _ in range(3):
            self.once(2.0)
        self.idle = statistics.median(self.once(2.0) for _ in range(15))

    def wait(self) -> float:
        began = time.monotonic()
        while time.monotonic() - began < DRAIN_CAP_S and self.once(2.0) > 2 * self.idle:
            time.sleep(0.05)
        return time.monotonic() - began


def create_requests(prefix: str, n: int) -> list[Any]:
    from modelstore.platform.v1 import user_pb2

    return [
        user_pb2.CreateUserRequest(
            user=user_pb2.User(username=f"{prefix}-{i:04d}", roles=["member"])
        )
        for i in range(n)
    ]


async def sequential(stubs: list[Any], items: list[Any]) -> tuple[int, int]:
    import grpc

    ok = errors = 0
    for item in items:
        try:
            await stubs[0].CreateUser(item, metadata=METADATA, timeout=30)
            ok += 1
        except grpc.aio.AioRpcError:
            errors += 1
    return ok, errors


async def concurrent(stubs: list[Any], items: list[Any], callers: int) -> tuple[int, int]:
    import grpc

    queue = list(reversed(items))
    ok = errors = 0

    async def caller(k: int) -> None:
        nonlocal ok, errors
        stub = stubs[k % len(stubs)]
        while queue:
            item = queue.pop()
            try:
                await stub.CreateUser(item, metadata=METADATA, timeout=30)
                ok += 1
            except grpc.aio.AioRpcError:
                errors += 1

    await asyncio.gather(*(caller(k) for k in range(callers)))
    return ok, errors


async def batch(stubs: list[Any], items: list[Any], request_id: str) -> tuple[int, int]:
    import grpc

    from modelstore.platform.v1 import user_pb2

    request = user_pb2.BatchCreateUsersRequest(requests=items, request_id=request_id)
    try:
        reply = await stubs[0].BatchCreateUsers(request, metadata=METADATA, timeout=300)
    except grpc.aio.AioRpcError as exc:
        print(f"batch failed: {exc.code()} {exc.details()}", flush=True)
        return 0, len(items)
    created = len(reply.users)
    return created, len(items) - created


async def split(stubs: list[Any], items: list[Any]) -> tuple[int, int]:
    step = -(-len(items) // SPLIT)
    parts = [items[i : i + step] for i in range(0, len(items), step)]
    done = await asyncio.gather(
        *(batch(stubs[k % len(stubs) :], part, "") for k, part in enumerate(parts))
    )
    return sum(ok for ok, _ in done), sum(errors for _, errors in done)


async def measure(meter: Meter, calls: Awaitable[tuple[int, int]], users: int) -> dict[str, Any]:
    """Run one way's calls (not started before this awaits them); wall time, outcome and
    CPU per user of each process."""
    before = meter.read()
    began = time.perf_counter()
    ok, errors = await calls
    wall = time.perf_counter() - began
    await asyncio.sleep(TAIL_S)
    after = meter.read()
    server, database, client = (a - b for a, b in zip(after, before, strict=True))
    return {
        "users": users,
        "ok": ok,
        "errors": errors,
        "wall_s": round(wall, 4),
        "wall_ms_per_user": round(1000 * wall / users, 4),
        "users_per_s": round(users / wall, 2),
        "cpu_ms_per_user": {
            "server": round(1000 * server / users, 4),
            "database": round(1000 * database / users, 4),
            "client": round(1000 * client / users, 4),
        },
    }


async def rounds(
    address: str, meter: Meter, drain: Drain, args: argparse.Namespace, stamp: str
) -> list[dict[str, Any]]:
    import grpc

    from modelstore.platform.v1 import user_pb2_grpc

    channels = [grpc.aio.insecure_channel(address) for _ in range(CHANNELS)]
    stubs = [user_pb2_grpc.UserServiceStub(ch) for ch in channels]
    rows: list[dict[str, Any]] = []
    try:
        # Warm-up, not measured: connections, the server's caches, the journal's first write.
        warm = create_requests(f"warm-{stamp}", 64)
        await sequential(stubs, warm[:16])
        await concurrent(stubs, warm[16:48], args.concurrency)
        await batch(stubs, warm[48:], "")
        drain.wait()
        for round_no in range(args.rounds):
            sizes = args.sizes if round_no % 2 == 0 else args.sizes[::-1]
            for n in sizes:
                shift = round_no % len(WAYS)
                for way in WAYS[shift:] + WAYS[:shift]:
                    items = create_requests(f"b{stamp}-r{round_no}-{way}-{n}", n)
                    rid = f"bench-{uuid.uuid4()}" if way == "batch_rid" else ""
                    if way == "sequential":
                        calls = sequential(stubs, items)
                    elif way == "concurrent":
                        calls = concurrent(stubs, items, args.concurrency)
                    elif way == "batch_split":
                        calls = split(stubs, items)
                    else:
                        calls = batch(stubs, items, rid)
                    stats = await measure(meter, calls, n)
                    stats["drain_s"] = round(drain.wait(), 2)
                    rows.append({"round": round_no, "n": n, "way": way, **stats})
                    report_row(rows[-1])
                    if way == "batch_rid":
                        # The retry: the same request, the same request_id, answered again.
                        stats = await measure(meter, batch(stubs, items, rid), n)
                        stats["drain_s"] = round(drain.wait(), 2)
                        rows.append({"round": round_no, "n": n, "way": "batch_replay", **stats})
                        report_row(rows[-1])
    finally:
        for ch in channels:
            await ch.close()
    return rows


BACKGROUND = frozenset({"hello", "ismaster", "isMaster", "ping", "endSessions"})
"""Driver commands that are not a call's work (server monitoring, the health check)."""


async def commands(uri: str, sizes: list[int], stamp: str) -> dict[str, dict[str, int]]:
    """The driver commands an in-process server sends for one create of each kind, by name."""
    import collections

    import grpc
    from pymongo import monitoring

    from bench.run import ENCRYPTION_KEYS
    from modelstore.platform.v1 import user_pb2_grpc
    from modelstore_server.app import Modelstore
    from modelstore_server.config import Settings

    seen: collections.Counter[str] = collections.Counter()

    class Count(monitoring.CommandListener):
        def started(self, event: monitoring.CommandStartedEvent) -> None:
            if event.command_name not in BACKGROUND:
                seen[event.command_name] += 1

        def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
            pass

        def failed(self, event: monitoring.CommandFailedEvent) -> None:
            pass

    monitoring.register(Count())  # before the server's client exists: it sees every command
    settings = Settings()
    settings.listen = "127.0.0.1:0"
    settings.mongodb_uri = uri
    settings.database = DATABASE
    settings.encryption_keys = ENCRYPTION_KEYS
    settings.migrate_on_start = False
    settings.change_feed = False
    settings.data_dir = BUILD / "data"
    app = Modelstore(settings)
    await app.start()
    out: dict[str, dict[str, int]] = {}
    try:
        async with grpc.aio.insecure_channel(app.address) as channel:
            stubs = [user_pb2_grpc.UserServiceStub(channel)]
            await sequential(stubs, create_requests(f"cw-{stamp}", 3))  # warm: caches
            await batch(stubs, create_requests(f"cwb-{stamp}", 3), "")
            kinds = [("CreateUser", 1, "")] + [(f"BatchCreateUsers of {n}", n, "") for n in sizes]
            kinds += [(f"BatchCreateUsers of {sizes[-1]}, request_id", sizes[-1], "rid")]
            for name, n, rid in kinds:
                items = create_requests(f"c{stamp}-{len(out)}", n)
                await asyncio.sleep(0.2)  # let the previous call's group insert land
                seen.clear()
                if name == "CreateUser":
                    await sequential(stubs, items)
                else:
                    await batch(stubs, items, f"bench-{uuid.uuid4()}" if rid else "")
                await asyncio.sleep(0.2)  # the audit entries' group insert, after the answer
                out[name] = {**dict(sorted(seen.items())), "total": sum(seen.values())}
                print(f"commands of {name}: {out[name]}", flush=True)
    finally:
        await app.stop()
    return out


def report_row(row: dict[str, Any]) -> None:
    cpu = row["cpu_ms_per_user"]
    print(
        f"round {row['round']} n={row['n']:<5} {row['way']:12} {row['wall_s']:8.3f} s"
        f" {row['users_per_s']:9.1f} users/s  cpu ms/user server {cpu['server']:.3f}"
        f" db {cpu['database']:.3f} client {cpu['client']:.3f}"
        f"  errors {row['errors']}  drained {row['drain_s']}s",
        flush=True,
    )


def summary(rows: list[dict[str, Any]], sizes: list[int]) -> dict[str, Any]:
    """Medians per size and way, and the per-round throughput ratios of the batches."""
    out: dict[str, Any] = {}
    for n in sizes:
        by_way: dict[str, list[dict[str, Any]]] = {
            w: [r for r in rows if r["n"] == n and r["way"] == w] for w in ALL_WAYS
        }
        ways = {}
        for way, got in by_way.items():
            if not got:
                continue
            ways[way] = {
                "rounds": len(got),
                "errors": sum(r["errors"] for r in got),
                "wall_ms_per_user": round(statistics.median(r["wall_ms_per_user"] for r in got), 4),
                "users_per_s": round(statistics.median(r["users_per_s"] for r in got), 1),
                "cpu_ms_per_user": {
                    k: round(statistics.median(r["cpu_ms_per_user"][k] for r in got), 4)
                    for k in ("server", "database", "client")
                },
            }
        ratios = {}
        for top, base in (
            ("batch", "sequential"),
            ("batch", "concurrent"),
            ("batch_split", "batch"),
            ("batch_split", "concurrent"),
            ("concurrent", "sequential"),
            ("batch_rid", "batch"),
            ("batch_replay", "batch"),
        ):
            per_round = []
            for round_no in sorted({r["round"] for r in by_way[top]}):
                a = next(r for r in by_way[top] if r["round"] == round_no)
                b = next((r for r in by_way[base] if r["round"] == round_no), None)
                if b is not None and a["ok"] and b["ok"]:
                    per_round.append(round(a["users_per_s"] / b["users_per_s"], 3))
            if per_round:
                ratios[f"{top}/{base}"] = {
                    "median": round(statistics.median(per_round), 2),
                    "min": min(per_round),
                    "max": max(per_round),
                    "rounds": per_round,
                }
        out[str(n)] = {"ways": ways, "throughput_ratios": ratios}
    return out


def tables(result: dict[str, Any]) -> str:
    lines = [
        "| N | way | wall ms per user | users/s | CPU ms per user: server; database; client |",
        "|---|---|---|---|---|",
    ]
    for n, data in result["summary"].items():
        for way, w in data["ways"].items():
            cpu = w["cpu_ms_per_user"]
            lines.append(
                f"| {int(n):,} | {way} | {w['wall_ms_per_user']:.3f} | {w['users_per_s']:.0f} |"
                f" {cpu['server']:.3f}; {cpu['database']:.3f}; {cpu['client']:.3f} |"
            )
    lines += ["", "| N | throughput ratio | median | range of the rounds |", "|---|---|---|---|"]
    for n, data in result["summary"].items():
        for name, r in data["throughput_ratios"].items():
            lines.append(f"| {int(n):,} | {name} | {r['median']:.2f} | {r['min']}..{r['max']} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    parser.add_argument("--sizes", default="100,1000", help="users per measurement (1 to 1000)")
    parser.add_argument("--concurrency", type=int, default=32, help="callers of `concurrent`")
    parser.add_argument(
        "--commands-only", action="store_true", help="only count the database commands"
    )
    args = parser.parse_args()
    args.sizes = [int(s) for s in args.sizes.split(",")]
    BUILD.mkdir(exist_ok=True)
    bench.RESULTS.mkdir(exist_ok=True)
    from modelstore_server.embedded import EmbeddedDatabase

    stamp = time.strftime("%Y%m%d-%H%M%S")
    result: dict[str, Any] = {
        "machine": bench.machine(),
        "rounds": args.rounds,
        "sizes": args.sizes,
        "concurrency": args.concurrency,
        "channels": CHANNELS,
        "tail_s": TAIL_S,
        "database": "embedded: FerretDB v2.5.0 + DocumentDB on PostgreSQL 15",
        "server": "modelstore serve, 1 worker, audit log and change feed on (defaults)",
    }
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="modelstore-batches-") as tmp:
        os.chmod(tmp, 0o711)  # the embedded PostgreSQL's own user must reach it as root
        embedded = EmbeddedDatabase(pathlib.Path(tmp) / "data")
        uri = asyncio.run(embedded.start())
        db_pgids = tuple(os.getpgid(pid) for pid in embedded.pids.values() if pid)
        try:
            bench.migrate(uri, DATABASE)
            asyncio.run(bench.seed(uri, DATABASE, 0))
            rows: list[dict[str, Any]] = []
            if not args.commands_only:
                server = bench.start_target("modelstore", uri, DATABASE)
                drain = Drain(server.address)
                try:
                    meter = Meter(server.proc.pid, db_pgids)
                    rows = asyncio.run(rounds(server.address, meter, drain, args, stamp))
                finally:
                    drain.close()
                    server.stop()
            result["commands"] = asyncio.run(commands(uri, args.sizes, stamp))
        finally:
            asyncio.run(embedded.stop())
    result["samples"] = rows
    result["summary"] = summary(rows, args.sizes)
    result["git"] = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    result["elapsed_s"] = round(time.time() - started)
    result["load_at_end"] = os.getloadavg()
    result["at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    kind = "batches-commands" if args.commands_only else "batches"
    path = bench.RESULTS / f"{kind}-{stamp}.json"
    path.write_text(json.dumps(result, indent=1))
    if rows:
        print(tables(result))
    print(f"written to {path} in {result['elapsed_s']}s; load average {os.getloadavg()}")


if __name__ == "__main__":
    main()
