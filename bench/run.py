"""The one benchmark command: `python -m bench.run [--quick]` (docs/performance.md).

Starts the embedded database (or uses --mongodb-uri), seeds it, then drives each target with
ghz from its own process at concurrency 1, 8, 32 and 128:

- `modelstore`: `modelstore serve` (this working tree), 1 worker, and `--workers 2`;
- `before`: `modelstore serve` from git HEAD (the engine before this change), same run;
- `handwritten`: a grpc.aio servicer over pymongo, no engine (bench/servers.py), and
  `handwritten-audited`, the same storing the audit entry Modelstore stores (peer rounds);
- `bare`: a grpc.aio server returning prepared responses (bench/servers.py);
- `raw`: the same database operations from pymongo's AsyncMongoClient (bench/rawdriver.py).

Writes bench/results/<timestamp>.json (and latest.json), docs/performance.png, and a
markdown summary (bench/results/latest.md) for docs/performance.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import io
import json
import os
import pathlib
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator, Sequence
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    BUILD,
    COLLECTION,
    HOT,
    LIST_FILTER,
    TENANT,
    USER_SERVICE,
    WORKSPACES,
    hot_id,
    protoset,
    update_id,
    user_doc,
    workspace_doc,
)

CONCURRENCY = [1, 8, 32, 128]
WORKLOADS = ["get", "create", "update", "list", "mix"]
METHOD = {"get": "GetUser", "create": "CreateUser", "update": "UpdateUser", "list": "ListUsers"}
DATA = {
    "get": '{"id": "u-{{printf `%07d` (randomInt 0 ' + str(HOT) + ')}}"}',
    "create": '{"user": {"username": "c-{{newUUID}}", "roles": ["member"]}}',
    "update": '{"user": {"id": "upd-{{printf `%07d` .RequestNumber}}", "roles": ["member", "x"],'
    ' "etag": "seed"}, "update_mask": {"paths": ["roles"]}}',
    "list": json.dumps({"page_size": 50, "filter": LIST_FILTER}),
}
RESULTS = ROOT / "bench" / "results"
GO_BIN = pathlib.Path(os.environ.get("GOPATH") or pathlib.Path.home() / "go") / "bin"


def tool(name: str) -> str:
    found = shutil.which(name) or str(GO_BIN / name)
    if not os.access(found, os.X_OK):
        sys.exit(f"{name} is not installed; run ./scripts/setup")
    return found


def ensure_matplotlib() -> None:
    if importlib.util.find_spec("matplotlib") is None:
        print("installing the bench extra (matplotlib)", flush=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "matplotlib>=3.8"], check=True
        )


def free_port() -> int:
    from modelstore_server.embedded import free_port as fp

    return fp()


# ---- statistics ------------------------------------------------------------------------


def summarise(latencies_ns: list[int], elapsed: float, errors: int = 0) -> dict[str, Any]:
    lat = sorted(latencies_ns)
    if not lat:
        return {"rps": 0.0, "count": 0, "errors": errors}

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(p / 100 * len(lat)))] / 1e6

    return {
        "rps": len(lat) / elapsed,
        "count": len(lat),
        "errors": errors,
        "p50_ms": pct(50),
        "p95_ms": pct(95),
        "p99_ms": pct(99),
        "mean_ms": statistics.fmean(lat) / 1e6,
    }


# ---- load generators -------------------------------------------------------------------


def ghz_cmd(
    address: str,
    workload: str,
    c: int,
    args: argparse.Namespace,
    count: int = 0,
    tenant: str = TENANT,
    data: str | None = None,
) -> list[str]:
    cmd = [
        tool("ghz"),
        "--insecure",
        "--protoset",
        str(BUILD / "user.protoset"),
        "--call",
        f"{USER_SERVICE}/{METHOD[workload]}",
        "-d",
        data or DATA[workload],
        "-m",
        json.dumps({"x-tenant-id": tenant}),
        "-c",
        str(c),
        "--connections",
        str(min(c, 4)),
        "-O",
        "json",
        "--timeout",
        "30s",
    ]
    cmd += ["-n", str(count)] if count else ["-z", f"{args.duration}s"]
    return [*cmd, address]


def fixed_count(workload: str, c: int, args: argparse.Namespace) -> int:
    """How many calls a measurement makes when it is not a time window (0: a window).

    UpdateUser: a fixed count, each call on its own document. ListUsers: 4 calls per
    concurrent caller (at least 16). A List page costs FerretDB a collection scan (tens of
    ms), so at c=32 a 3 s window holds only a few calls per caller, and the calls cut off
    when it closes (which ghz does not count) make the throughput of the two gRPC servers
    a matter of where the window happened to end. A count lets every call finish.
    """
    if workload == "update":
        return int(args.update_count)
    if workload == "list":
        return max(16, 4 * c)
    return 0


def parse_ghz(out: str) -> tuple[list[int], float, int]:
    report = json.loads(out)
    ok = [d["latency"] for d in report.get("details", []) if d.get("status") == "OK"]
    errors = sum(1 for d in report.get("details", []) if d.get("status") != "OK")
    # In-flight calls cut off when the duration ends are not errors of the server.
    cut = report.get("statusCodeDistribution", {})
    errors -= sum(
        v
        for k, v in cut.items()
        if k in ("Unavailable", "Canceled", "DeadlineExceeded")
        and report.get("endReason") == "timeout"
    )
    return ok, report["total"] / 1e9, max(errors, 0)


def run_ghz(
    address: str, workload: str, c: int, args: argparse.Namespace, data: str | None = None
) -> dict[str, Any]:
    before = _children_cpu()
    stats = _run_ghz(address, workload, c, args, data)
    stats["load_cpu_s"] = _children_cpu() - before  # ghz, waited for: its whole run
    return stats


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run_ghz(
    address: str, workload: str, c: int, args: argparse.Namespace, data: str | None = None
) -> dict[str, Any]:
    if workload == "mix":
        # ghz calls one method per process: 80% of the concurrency reads, 20% writes
        # (CreateUser), in two ghz processes running side by side.
        cw = max(1, c // 5)
        cr = max(1, c - cw)
        procs = [
            subprocess.Popen(ghz_cmd(address, "get", cr, args), stdout=subprocess.PIPE, text=True),
            subprocess.Popen(
                ghz_cmd(address, "create", cw, args), stdout=subprocess.PIPE, text=True
            ),
        ]
        outs = [p.communicate()[0] for p in procs]
        parsed = [parse_ghz(o) for o in outs]
        lat = parsed[0][0] + parsed[1][0]
        result = summarise(lat, max(parsed[0][1], parsed[1][1]), parsed[0][2] + parsed[1][2])
        result["write_share"] = len(parsed[1][0]) / max(1, len(lat))
        return result
    count = fixed_count(workload, c, args)
    done = subprocess.run(
        ghz_cmd(address, workload, c, args, count, data=data),
        capture_output=True,
        text=True,
        check=False,
    )
    if not done.stdout.strip():
        return {"rps": 0.0, "count": 0, "errors": 1, "failure": done.stderr[-2000:]}
    lat, elapsed, errors = parse_ghz(done.stdout)
    return summarise(lat, elapsed, errors)


def run_raw(
    uri: str, database: str, workload: str, c: int, args: argparse.Namespace
) -> dict[str, Any]:
    cmd = [
        sys.executable,
        "-m",
        "bench.rawdriver",
        "--uri",
        uri,
        "--database",
        database,
        "--workload",
        workload,
        "-c",
        str(c),
    ]
    count = fixed_count(workload, c, args)
    cmd += ["-n", str(count)] if count else ["-z", str(args.duration)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode:
        return {"rps": 0.0, "count": 0, "errors": 1, "failure": done.stderr[-2000:]}
    report = json.loads(done.stdout)
    stats = summarise(report["latencies_ns"], report["elapsed"], len(report["errors"]))
    stats["load_cpu_s"] = report["cpu_s"]  # the driver process, over its measured window only
    if report["errors"]:
        stats["error_kinds"] = sorted(set(report["errors"]))
    return stats


# ---- draining --------------------------------------------------------------------------
# ghz stops at its deadline, but the server (and FerretDB behind it) keeps working through
# the calls already queued. Before the next measurement, probe with sequential cheap calls
# until one answers within 2x the idle median again (capped at DRAIN_CAP seconds).

DRAIN_CAP = 20.0


def _probe_server(address: str) -> Any:
    import grpc

    from modelstore.platform.v1 import user_pb2, user_pb2_grpc

    channel = grpc.insecure_channel(address)
    stub = user_pb2_grpc.UserServiceStub(channel)
    request = user_pb2.GetUserRequest(id=hot_id(0))

    def once(timeout: float) -> float:
        t0 = time.perf_counter()
        try:
            stub.GetUser(request, metadata=(("x-tenant-id", TENANT),), timeout=timeout)
        except grpc.RpcError as exc:
            if exc.code() in (grpc.StatusCode.DEADLINE_EXCEEDED, grpc.StatusCode.UNAVAILABLE):
                return float("inf")
        return time.perf_counter() - t0

    return once, channel.close


def _probe_db(uri: str, database: str) -> Any:
    from pymongo import MongoClient

    client: MongoClient[dict[str, Any]] = MongoClient(uri, timeoutMS=2000)
    users = client[database][COLLECTION]

    def once(timeout: float) -> float:
        t0 = time.perf_counter()
        try:
            users.find_one({"_id": hot_id(0)}, max_time_ms=int(timeout * 1000))
        except Exception:  # a timed-out probe means "still busy"
            return float("inf")
        return time.perf_counter() - t0

    return once, client.close


class Drain:
    """Sequential probes (GetUser via the server under test, or a find by _id for raw)."""

    def __init__(self, probe: Any) -> None:
        self.once, self.close = probe
        for _ in range(3):
            self.once(2.0)  # connect and warm
        self.idle = statistics.median(self.once(2.0) for _ in range(15))

    def wait(self) -> float:
        start = time.monotonic()
        limit = max(2 * self.idle, 0.002)
        recent: list[float] = []
        while time.monotonic() - start < DRAIN_CAP:
            took = self.once(2.0)
            if took <= limit:
                break
            # Writes can leave the database slower for good (see the fresh database
            # per target in main): probes that have stopped improving on an idle
            # machine mean a new steady state, not queued work.
            recent = [*recent[-4:], took]
            if (
                len(recent) == 5
                and max(recent) <= 1.3 * min(recent)
                and machine_busy(0.3) <= IDLE_BUSY
            ):
                break
            time.sleep(0.05)
        # A fast probe is not enough: FerretDB can still be finishing the previous run's
        # scans on the other core. Wait until the machine is (nearly) idle too.
        while time.monotonic() - start < DRAIN_CAP and machine_busy(0.3) > IDLE_BUSY:
            pass
        return time.monotonic() - start


IDLE_BUSY = 0.12
"""The busy fraction of all cores under which the machine counts as idle between runs."""


def _cpu_times() -> tuple[int, int]:
    fields = [int(v) for v in pathlib.Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields), idle


def machine_busy(window: float) -> float:
    """The fraction of all cores' time spent busy over the next `window` seconds."""
    total0, idle0 = _cpu_times()
    time.sleep(window)
    total1, idle1 = _cpu_times()
    total = total1 - total0
    return 1.0 - (idle1 - idle0) / total if total else 0.0


# ---- CPU accounting --------------------------------------------------------------------
# On 2 cores shared by the database, the server under test and the load generator, the
# throughput of every target is bounded by the CPU time all of them spend per call. Each
# measurement records that time per completed call, per process, so the ratios can be
# explained (docs/performance.md, "What bounds the ratios").


def group_cpu(*pgids: int | None) -> float:
    """CPU seconds (user + system) used so far by the live processes of process groups."""
    wanted = {pgid for pgid in pgids if pgid is not None}
    if not wanted:
        return 0.0
    ticks = 0
    for entry in pathlib.Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended while we looked
            continue
        if int(fields[2]) in wanted:
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


class CpuMeter:
    """CPU per completed call of the server under test and of the database, around a run."""

    def __init__(self, server: Server | None, database_pgids: tuple[int, ...]) -> None:
        self.server_pgid = server.proc.pid if server is not None else None
        self.database_pgids = database_pgids
        self.start = (0.0, 0.0)

    def begin(self) -> None:
        self.start = (group_cpu(self.server_pgid), group_cpu(*self.database_pgids))

    def end(self, stats: dict[str, Any]) -> None:
        calls = stats.get("count") or 0
        if not calls:
            return
        server = group_cpu(self.server_pgid) - self.start[0]
        database = group_cpu(*self.database_pgids) - self.start[1]
        per_call = {
            "server": 1000 * server / calls,
            "database": 1000 * database / calls if self.database_pgids else None,
            "load": 1000 * stats.get("load_cpu_s", 0.0) / calls,
        }
        stats["cpu_ms_per_call"] = {k: round(v, 3) for k, v in per_call.items() if v is not None}


# ---- servers ---------------------------------------------------------------------------


class Server:
    def __init__(self, name: str, argv: list[str], address: str, env: dict[str, str]) -> None:
        self.name, self.address = name, address
        self.log = (BUILD / f"{name}.log").open("wb")
        self.proc = subprocess.Popen(
            argv,
            env=env,
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.wait_ready()

    def wait_ready(self) -> None:
        import grpc

        from modelstore.platform.v1 import user_pb2, user_pb2_grpc

        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                sys.exit(f"{self.name} exited: see {self.log.name}")
            if time.monotonic() > deadline:
                self.stop()
                sys.exit(f"{self.name} did not serve in time: see {self.log.name}")
            try:
                with grpc.insecure_channel(self.address) as ch:
                    user_pb2_grpc.UserServiceStub(ch).GetUser(
                        user_pb2.GetUserRequest(id=hot_id(0)),
                        metadata=(("x-tenant-id", TENANT),),
                        timeout=2,
                    )
                return
            except grpc.RpcError as exc:
                if exc.code() != grpc.StatusCode.UNAVAILABLE:
                    return  # it answers (NOT_FOUND is fine: another database's data)
                if time.monotonic() > deadline:
                    sys.exit(f"{self.name} did not serve in time: see {self.log.name}")
                time.sleep(0.2)

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.log.close()


BEFORE_REF = "HEAD"
"""The commit whose server `before` runs (HEAD, or REF of `--changes REF`)."""


def before_tree() -> pathlib.Path:
    """The server and its generated client modules as committed at BEFORE_REF (the engine
    before a change): both, since a server refuses to start beside generated services it
    does not implement (a contract that grew since)."""
    target = BUILD / "before"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "archive", BEFORE_REF, "server", "clients/python/src"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


ENCRYPTION_KEYS = "bench:" + "A" * 43 + "="
"""The key of every benchmarked server: fixed, so a page token a walk collected stays valid
for the plans read beside it (page tokens are signed with a key derived from it)."""


def start_target(
    name: str,
    uri: str,
    database: str,
    workers: int = 1,
    *,
    migrate: bool = True,
    env_extra: dict[str, str] | None = None,
) -> Server:
    port = free_port()
    address = f"127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MODELSTORE_")}
    env["MODELSTORE_ENCRYPTION_KEYS"] = ENCRYPTION_KEYS
    env["MODELSTORE_LOG_LEVEL"] = "WARNING"
    if name == "modelstore-asyncio":  # this tree on asyncio's loop instead of uvloop
        env["MODELSTORE_EVENT_LOOP"] = "asyncio"
    pypath = [str(ROOT / "server"), str(ROOT / "clients/python/src"), str(ROOT)]
    if name == "before":
        tree = before_tree()
        pypath[:2] = [str(tree / "server"), str(tree / "clients/python/src")]
    env["PYTHONPATH"] = os.pathsep.join(pypath)
    env.update(env_extra or {})
    if name in ("bare", "floor", "handwritten", "handwritten-audited"):
        argv = [
            sys.executable,
            "-m",
            "bench.servers",
            name,
            "--port",
            str(port),
            "--uri",
            uri,
            "--database",
            database,
        ]
    else:
        argv = [
            sys.executable,
            "-m",
            "modelstore_server.cli",
            "--mongodb-uri",
            uri,
            "--database",
            database,
            "--data-dir",
            str(BUILD / "data"),
            "serve",
            "--listen",
            address,
        ]
        if workers > 1:
            argv += ["--workers", str(workers)]
        if not migrate:  # the caller built the indexes (bench/scale.py)
            argv.append("--no-migrate")
    return Server(name, argv, address, env)


# ---- the targets, in interleaved rounds ------------------------------------------------


@contextlib.contextmanager
def warm_servers(
    names: Sequence[str], uri: str, database: str
) -> Iterator[tuple[dict[str, Server], dict[str, Drain]]]:
    """Start the named targets, warm each up, and give each a drain probe; stop them after."""
    servers = {name: start_target(name, uri, database) for name in names}
    drains: dict[str, Drain] = {}
    try:
        for name, server in servers.items():
            warm = ghz_cmd(server.address, "get", 8, argparse.Namespace(duration=1))
            subprocess.run(warm, capture_output=True, check=False)
            drains[name] = Drain(_probe_server(server.address))
        yield servers, drains
    finally:
        for drain in drains.values():
            drain.close()
        for server in servers.values():
            server.stop()


ROUND_TARGETS = ("raw", "modelstore", "floor", "bare")
ROUND_CONCURRENCY = (1, 32)
CHANGE_TARGETS = ("before", "modelstore-asyncio", "modelstore")


def target_rounds(
    uri: str,
    database: str,
    args: argparse.Namespace,
    db_pgids: tuple[int, ...],
    db_drain: Drain,
    targets: tuple[str, ...] = ROUND_TARGETS,
) -> list[dict[str, Any]]:
    """Measure GetUser for the targets' verdicts: raw, Modelstore and bare, round by round.

    One long measurement per target, one target after another, lets the database and the
    machine drift between them (the WAL grows, caches warm, other load comes and goes).
    Interleaving short measurements (raw, modelstore, floor, bare; raw, ...) exposes every
    target to the same drift; the verdicts take the median over the rounds. `floor` is the
    raw driver's operation behind a bare grpc.aio handler (bench/servers.py): the least any
    Python gRPC service over this database can cost.
    """
    rows: list[dict[str, Any]] = []
    with warm_servers([n for n in targets if n != "raw"], uri, database) as (servers, drains):
        for round_no in range(args.rounds):
            for c in ROUND_CONCURRENCY:
                for name in targets:
                    target = servers.get(name)
                    meter = CpuMeter(target, () if name == "bare" else db_pgids)
                    meter.begin()
                    if target is None:
                        stats = run_raw(uri, database, "get", c, args)
                    else:
                        stats = run_ghz(target.address, "get", c, args)
                    meter.end(stats)
                    stats["drain_s"] = round(drains.get(name, db_drain).wait(), 2)
                    row = {"round": round_no, "target": name, "workload": "get", "concurrency": c}
                    rows.append({**row, **stats})
                    print(
                        f"round {round_no} {name:11} get c={c:<3} {stats.get('rps', 0):7.0f} rps"
                        f"  p50 {stats.get('p50_ms', 0):6.2f} ms"
                        f"  cpu/call {stats.get('cpu_ms_per_call')}",
                        flush=True,
                    )
    return rows


PEER_CONCURRENCY = (1, 32)
PEER_TARGETS = ("modelstore", "handwritten-audited", "handwritten")


def peer_rounds(uri: str, database: str, args: argparse.Namespace) -> list[dict[str, Any]]:
    """Modelstore against the hand-written service on every workload, in interleaved rounds.

    The verdict "no slower than the hand-written service" compares two servers whose
    difference (a few percent on Create and List, where both send the same queries) is
    smaller than the drift between two single measurements minutes apart. So both run on
    one database, in rounds that alternate which goes first (A B, B A, ...), and the
    verdict takes the medians.

    Two hand-written services: `handwritten-audited` stores the audit entry Modelstore
    stores for every write (the same work, by hand: the verdict's baseline), and
    `handwritten` does not (what the audit log costs). The order rotates each round.
    """
    migrate(uri, database)
    asyncio.run(seed(uri, database, args.update_count + 100))
    updates = asyncio.run(update_data(uri, database, args.update_count + 100))
    names = PEER_TARGETS
    rows: list[dict[str, Any]] = []
    with warm_servers(names, uri, database) as (servers, drains):
        for round_no in range(args.peer_rounds):
            shift = round_no % len(names)
            order = names[shift:] + names[:shift]
            for workload in args.workloads.split(",") if args.workloads else WORKLOADS:
                for c in PEER_CONCURRENCY:
                    for name in order:
                        data = updates.get(name) if workload == "update" else None
                        stats = run_ghz(servers[name].address, workload, c, args, data)
                        stats["drain_s"] = round(drains[name].wait(), 2)
                        if workload in ("create", "update", "mix"):
                            asyncio.run(reset(uri, database))
                        row = {"round": round_no, "target": name, "workload": workload}
                        rows.append({**row, "concurrency": c, **stats})
                        print(
                            f"peers {round_no} {name:11} {workload:6} c={c:<3}"
                            f" {stats.get('rps', 0):7.0f} rps"
                            f"  p50 {stats.get('p50_ms', 0):7.2f} ms",
                            flush=True,
                        )
    return rows


# ---- data ------------------------------------------------------------------------------


async def seed(uri: str, database: str, update_pool: int) -> None:
    from pymongo import AsyncMongoClient

    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri, tz_aware=True)
    db = client[database]
    await db[COLLECTION].delete_many({})
    await db[WORKSPACES].delete_many({})
    await db[WORKSPACES].insert_one(workspace_doc(TENANT))
    docs = [user_doc(hot_id(i), TENANT, f"user-{i}") for i in range(HOT)]
    docs += [_update_target(i) for i in range(update_pool)]
    for i in range(0, len(docs), 5000):
        await db[COLLECTION].insert_many(docs[i : i + 5000], ordered=False)
    await client.close()


def _update_target(i: int) -> dict[str, Any]:
    return user_doc(update_id(i), TENANT, f"upd-{i}")


async def reset(uri: str, database: str) -> None:
    """Undo the writes of a run: created users go, update targets are as seeded again.

    Exactly as seeded, so their etags (a digest of the stored document) are the ones
    `update_data` computed once.
    """
    from pymongo import AsyncMongoClient

    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri, tz_aware=True)
    users = client[database][COLLECTION]
    await users.delete_many({"username": {"$regex": "^c-"}})
    moved = {"_id": {"$regex": "^upd-"}, "etag": {"$ne": "seed"}}
    changed = [doc["_id"] async for doc in users.find(moved, {"_id": 1})]
    if changed:
        docs = [_update_target(int(i.removeprefix("upd-"))) for i in changed]
        await users.delete_many({"_id": {"$in": changed}})
        await users.insert_many(docs, ordered=False)
    await client.close()


async def update_data(uri: str, database: str, update_pool: int) -> dict[str, str]:
    """Return each target's UpdateUser requests (ghz data), by target name.

    Modelstore's etag is a digest of the stored document (docs/consistency.md), so each
    update target has its own: the requests are a list, one per target document, which
    ghz sends round-robin (call n gets request n). The plain `handwritten` service keeps
    an etag field of its own (`seed` as seeded), the template in DATA.
    """
    from pymongo import AsyncMongoClient

    from modelstore_server.storage.documents import version_of

    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri, tz_aware=True)
    users = client[database][COLLECTION]
    ids = [update_id(i) for i in range(update_pool)]
    found = {doc["_id"]: doc async for doc in users.find({"_id": {"$in": ids}})}
    await client.close()
    requests = [
        {
            "user": {"id": i, "roles": ["member", "x"], "etag": version_of(found[i])},
            "update_mask": {"paths": ["roles"]},
        }
        for i in ids
    ]
    digests = json.dumps(requests)
    return {
        name: digests for name in ("modelstore", "modelstore-w2", "before", "handwritten-audited")
    }


def migrate(uri: str, database: str) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "modelstore_server.cli",
            "--mongodb-uri",
            uri,
            "--database",
            database,
            "migrate",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


# ---- the run ---------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = ""
    with contextlib.suppress(OSError):
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = 0
    with contextlib.suppress(OSError):
        mem = int(pathlib.Path("/proc/meminfo").read_text().split()[1]) // 1024 // 1024
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": mem,
        "python": platform.python_version(),
        "kernel": platform.release(),
        "load_at_start": os.getloadavg(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="short smoke run")
    parser.add_argument("--mongodb-uri", help="benchmark this database instead of the embedded one")
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument(
        "--duration", type=float, help="seconds per measurement (default 3, --quick 1)"
    )
    parser.add_argument(
        "--rounds",
        type=int,
        help="interleaved GetUser rounds for the targets' verdicts (default 5, --quick 2; 0: none)",
    )
    parser.add_argument(
        "--peer-rounds",
        type=int,
        help="interleaved Modelstore vs hand-written rounds per workload (default 3,"
        " --quick 1; 0: none)",
    )
    parser.add_argument(
        "--scale-sizes", help="comma-separated tenant sizes for the scale experiment"
    )
    parser.add_argument(
        "--changes",
        metavar="REF",
        help="only measure what the commits after REF gained: interleaved GetUser rounds of"
        " `before` (REF's server), `modelstore-asyncio` and `modelstore`",
    )
    parser.add_argument(
        "--only",
        help="comma-separated targets to measure (default: all); `peers` for the"
        " Modelstore vs hand-written rounds",
    )
    parser.add_argument("--workloads", help="comma-separated workloads (default: all)")
    parser.add_argument(
        "--with-before",
        action="store_true",
        help="also measure `before` (git HEAD's server): only useful with uncommitted changes",
    )
    parser.add_argument(
        "--scale-only",
        action="store_true",
        help="only the scale experiment, reusing bench/.build/data",
    )
    from bench.contention import add_arguments as contention_arguments

    contention_arguments(parser)
    args = parser.parse_args()
    if args.quick:
        args.per_client = min(args.per_client, 2)
    args.duration = args.duration or (1.0 if args.quick else 3.0)
    args.update_count = 200 if args.quick else 400
    if args.rounds is None:
        args.rounds = 2 if args.quick else 5
    if args.peer_rounds is None:
        args.peer_rounds = 1 if args.quick else 3
    conc = [1, 32] if args.quick else CONCURRENCY
    scale_sizes = [1000, 10000] if args.quick else [10_000, 100_000, 1_000_000]
    if args.scale_sizes:
        scale_sizes = [int(n) for n in args.scale_sizes.split(",")]
    ensure_matplotlib()
    BUILD.mkdir(exist_ok=True)
    RESULTS.mkdir(exist_ok=True)
    protoset()
    if not args.scale_only:
        shutil.rmtree(BUILD / "data", ignore_errors=True)
    (BUILD / "data").mkdir(exist_ok=True)
    started = time.time()
    embedded = None
    uri = args.mongodb_uri
    from modelstore_server.embedded import EmbeddedDatabase

    if uri is None:
        embedded = EmbeddedDatabase(BUILD / "data")
        uri = asyncio.run(embedded.start())
    # The database's CPU is accounted only when it runs here: PostgreSQL (the postmaster
    # and its backends share one process group) and FerretDB (a group of its own).
    db_pgids = tuple(os.getpgid(pid) for pid in (embedded.pids.values() if embedded else ()) if pid)
    from modelstore_server import event_loop

    result: dict[str, Any] = {
        "machine": machine(),
        "event_loop": event_loop.resolve("auto"),
        "quick": args.quick,
        "runs": [],
        "duration_s": args.duration,
        "update_count": args.update_count,
    }
    database = "bench"
    try:
        from pymongo import MongoClient

        info = MongoClient(uri).admin.command("buildInfo")
        result["database"] = (
            f"FerretDB {info['ferretdb']['version']} + DocumentDB on PostgreSQL 15"
            if "ferretdb" in info
            else f"MongoDB {info['version']}"
        )
        if not args.scale_only:
            migrate(uri, database)
            asyncio.run(seed(uri, database, args.update_count + 100))
            rounds_drain = Drain(_probe_db(uri, database))
            try:
                if args.changes:
                    global BEFORE_REF
                    BEFORE_REF = args.changes
                    result["changes_ref"] = args.changes
                    result["changes"] = target_rounds(
                        uri, database, args, db_pgids, rounds_drain, CHANGE_TARGETS
                    )
                elif args.rounds:
                    result["rounds"] = target_rounds(uri, database, args, db_pgids, rounds_drain)
            finally:
                rounds_drain.close()
            wants_peers = not args.only or "peers" in args.only.split(",")
            if not args.changes and args.peer_rounds and wants_peers:
                result["peers"] = peer_rounds(uri, f"{database}_peers", args)

        def record(target: str, workload: str, c: int, stats: dict[str, Any], **extra: Any) -> None:
            row = {"target": target, "workload": workload, "concurrency": c, **stats, **extra}
            result["runs"].append(row)
            (RESULTS / "partial.json").write_text(json.dumps(result, indent=1))
            print(
                f"{target:14} {workload:7} c={c:<4} {stats.get('rps', 0):8.0f} rps  "
                f"p50 {stats.get('p50_ms', 0):7.2f}  p99 {stats.get('p99_ms', 0):8.2f} ms  "
                f"err {stats.get('errors', 0)}  drained {stats.get('drain_s', 0):.1f}s",
                flush=True,
            )

        plan = [
            ("raw", 1, WORKLOADS, conc),
            ("modelstore", 1, WORKLOADS, conc),
            ("handwritten", 1, WORKLOADS, conc),
            ("bare", 1, ["get", "list", "update", "create"], conc),
            ("before", 1, ["get", "create", "update", "list"], [1, 32]),
            ("modelstore-w2", 2, ["get", "list", "mix"], [c for c in conc if c >= 8]),
        ]
        if not args.with_before:
            plan = [step for step in plan if step[0] != "before"]
        if args.only:
            plan = [step for step in plan if step[0] in args.only.split(",")]
        if args.workloads:
            keep = args.workloads.split(",")
            plan = [(t, n, [w for w in ws if w in keep], cs) for t, n, ws, cs in plan]
        skip_plan = args.scale_only or args.changes
        for target, workers, workloads, concs in [] if skip_plan else plan:
            # Each target gets a database of its own, seeded the same way: collections
            # that have taken an earlier target's Create/Update/mix writes are larger and
            # hold dead rows until vacuumed, so sharing one would favour whichever target
            # runs first.
            target_db = f"{database}_{target.replace('-', '_')}"
            migrate(uri, target_db)
            asyncio.run(seed(uri, target_db, args.update_count + 100))
            updates = asyncio.run(update_data(uri, target_db, args.update_count + 100))
            db_drain = Drain(_probe_db(uri, target_db))
            server = None
            if target != "raw":
                server = start_target(
                    target.split("-")[0] if target != "modelstore-w2" else "modelstore",
                    uri,
                    target_db,
                    workers,
                )
                server.name = target
                subprocess.run(
                    ghz_cmd(server.address, "get", 8, argparse.Namespace(duration=1)),
                    capture_output=True,
                    check=False,
                )  # warm-up
            # The previous target's queued work must be gone before measuring this one.
            db_drain.wait()
            drain = db_drain if server is None else Drain(_probe_server(server.address))
            try:
                meter = CpuMeter(server, db_pgids)
                for workload in workloads:
                    for c in concs:
                        meter.begin()
                        if server is None:
                            stats = run_raw(uri, target_db, workload, c, args)
                        else:
                            data = updates.get(target) if workload == "update" else None
                            stats = run_ghz(server.address, workload, c, args, data)
                        meter.end(stats)
                        stats["drain_s"] = round(drain.wait(), 2)
                        record(target, workload, c, stats)
                        if workload in ("create", "update", "mix"):
                            asyncio.run(reset(uri, target_db))
            finally:
                if drain is not db_drain:
                    drain.close()
                db_drain.close()
                if server is not None:
                    server.stop()
        if not skip_plan and (not args.only or "contention" in args.only.split(",")):
            # The contended etag increment (bench/contention.py): one server, its own database.
            from bench.contention import report as contention_report
            from bench.contention import run_contention

            migrate(uri, f"{database}_contention")
            server = start_target("modelstore", uri, f"{database}_contention")
            try:
                result["contention"] = run_contention(server.address, args)
            finally:
                server.stop()
            print(contention_report(result["contention"]), flush=True)
        only = set(args.only.split(",")) if args.only else set()
        if not (args.skip_scale or args.changes or (only and "scale" not in only)):
            from bench.scale import run_scale

            result["scale"] = run_scale(uri, scale_sizes, args, start_target, run_ghz_n)
    finally:
        if embedded is not None:
            asyncio.run(embedded.stop())
    result["elapsed_s"] = time.time() - started
    stamp = time.strftime("%Y%m%d-%H%M%S")
    name = "quick" if args.quick else (f"scale-{stamp}" if args.scale_only else stamp)
    if args.scale_only:
        (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=1))
        print(json.dumps(result.get("scale"), indent=1))
        return
    if args.only and set(args.only.split(",")) == {"peers"}:
        from bench.report import peers

        (RESULTS / f"peers-{stamp}.json").write_text(json.dumps(result, indent=1))
        print(peers(result))
        return
    if args.changes:
        from bench.report import changes

        (RESULTS / f"changes-{stamp}.json").write_text(json.dumps(result, indent=1))
        print(changes(result))
        return
    for path in (
        RESULTS / f"{name}.json",
        RESULTS / ("latest-quick.json" if args.quick else "latest.json"),
    ):
        path.write_text(json.dumps(result, indent=1))
    from bench.report import write_report

    write_report(result, quick=args.quick)
    print(f"done in {result['elapsed_s']:.0f}s; results in {RESULTS}", flush=True)


def run_ghz_n(address: str, method: str, data: str, count: int, tenant: str) -> dict[str, Any]:
    """Run `count` sequential calls (concurrency 1) of one request; latency stats."""
    cmd = [
        tool("ghz"),
        "--insecure",
        "--protoset",
        str(BUILD / "user.protoset"),
        "--call",
        f"{USER_SERVICE}/{method}",
        "-d",
        data,
        "-m",
        json.dumps({"x-tenant-id": tenant}),
        "-c",
        "1",
        "-n",
        str(count),
        "-O",
        "json",
        "--timeout",
        "900s",  # a List over 1M documents on FerretDB v1 takes minutes (docs/performance.md)
        "bench",
    ]
    cmd[-1] = address
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    lat, elapsed, errors = parse_ghz(out)
    return summarise(lat, elapsed, errors)


if __name__ == "__main__":
    main()
