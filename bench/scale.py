"""Scale: Get and List at 10,000 and at 1,000,000 platform users, through the real server.

    python -m bench.scale --sizes 10000,1000000        # about 6 minutes on 2 cores

Per size, a database of its own holds `n` users spread over 10 workspaces (ids in an order
unrelated to insertion, as generated ids are; 1 in 5 users suspended) plus a small
workspace of 100 users. They are seeded with `insert_many` straight into the collection
in the server's document shape (bench.common.user_doc), and the server's indexes are then
built as `modelstore migrate` builds them (after the load: the fast order), all but one:
the per-workspace unique username index is built non-unique, see `NON_UNIQUE_HERE`. One
`modelstore serve` of this working tree answers every call; ghz sends each request from
its own process, one call at a time, and the figure is the median latency.

The calls, in the workspace `ws-3` (a tenth of the users):
- `get_deep`: GetUser of the user at 90% of the workspace's id order;
- `list_deep`: ListUsers (50 a page, the default order) from a page token reached by
  paging through the workspace with the server's own tokens up to 90% of its users;
- `list_filtered_deep`: the same with `status = ACTIVE`, reached the same way;
- `list_first`, `list_filtered_first`: the first pages, for reference;
- `list_small_workspace`: the first page of the 100-user workspace: on DocumentDB an
  `_id`-ordered page walks the primary key, reading about 51 x (users / the workspace's
  users) entries, so this row shows what the big workspaces' flat cost is paid with.

Counts (issue 20, point 7), in the same workspace, against the same first page without a
count (`page_size: 1` both):
- `count`: ListUsers with `show_total_size: true`: the page and a count of the workspace's
  users (AIP-158), at most the server's `count_limit` (100,000 by default: at 1M users the
  measured workspace holds exactly that many, so the guard is just reached, not passed);
- `count_filtered`: the same with `status = ACTIVE` (4 in 5 users);
- `count_plain`, `count_filtered_plain`: those two Lists without `show_total_size`.
The count each returned and whether `total_size_capped` was set are recorded (`counts`),
and the count's own plan beside the pages' (`plans`, keys `*:count`). Count calls at
100k users and more are repeated fewer times (`reps_of`): one reads the whole guard.

Targets (issue 13, point 7): at the largest size against the smallest, `get_deep` and
`list_deep` within 1.5x, `list_filtered_deep` within 2x. Rounds interleave the sizes, so
drift on the shared machine hits both; each call's figure is the median of the rounds'
medians. The PostgreSQL plans of the measured queries are recorded beside the numbers
(`plans`), at every size: tests/engine/test_index_use.py asserts the same shapes.

Writes bench/results/scale-<stamp>.json and prints the table.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
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
from collections.abc import Callable
from typing import Any

from bench.common import LIST_FILTER, user_doc, workspace_doc

WORKSPACES = 10
SMALL_WORKSPACE, SMALL_USERS = "ws-small", 100
MEASURED = "ws-3"
"""The workspace whose calls are measured (one tenth of the users)."""
DEEP = 0.9
"""How deep the deep calls are, as a fraction of the workspace's users (in id order)."""
PAGE = 50
WALK_PAGE = 1000
"""The page size of the walk to the deep token (the server's largest; the token does not
depend on the page size, so the measured 50-user page continues the walk exactly)."""
TARGETS = {"get_deep": 1.5, "list_deep": 1.5, "list_filtered_deep": 2.0}
COUNT_CALLS = ("count", "count_plain", "count_filtered", "count_filtered_plain")
"""The count rows (issue 20): each count call, then the same List without the count."""
CALLS = (
    "get_deep",
    "list_deep",
    "list_filtered_deep",
    "list_first",
    "list_filtered_first",
    "list_small_workspace",
    *COUNT_CALLS,
)
SEED_BATCH = 10_000
USERS = "platform.users"
USER_MODEL = "modelstore.platform.v1.User"
Ghz = Callable[[str, str, str, int, str], dict[str, Any]]


def workspace_of(i: int) -> str:
    return f"ws-{i % WORKSPACES}"


def user_id(i: int) -> str:
    """A user id whose order is unrelated to `i` (Knuth's multiplicative hash), unique by `i`."""
    return f"{(i * 2654435761) % 2**32:08x}-{i:07d}"


def database_of(n: int) -> str:
    return f"bench_scale_{n}"


def seed_docs(n: int, start: int, stop: int) -> list[dict[str, Any]]:
    """Users start..stop of a size-`n` seed (the small workspace's users come after `n`)."""
    docs = []
    for i in range(start, stop):
        tenant = workspace_of(i) if i < n else SMALL_WORKSPACE
        doc = user_doc(user_id(i), tenant, f"user-{i:07d}")
        if i % 5 == 0:
            doc["status"] = "suspended"
        docs.append(doc)
    return docs


async def seed(uri: str, n: int) -> float | None:
    """Seed size `n` unless it is there already; return the seconds it took (None: reused)."""
    from pymongo import AsyncMongoClient

    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri, tz_aware=True)
    db = client[database_of(n)]
    total = n + SMALL_USERS
    try:
        if await db[USERS].count_documents({}) == total:
            return None
        began = time.monotonic()
        # Dropped, indexes and all: loading first and indexing after is the fast order.
        await db[USERS].drop()
        await db["platform.workspaces"].drop()
        tenants = [workspace_of(i) for i in range(WORKSPACES)] + [SMALL_WORKSPACE]
        await db["platform.workspaces"].insert_many([workspace_doc(t) for t in tenants])
        for start in range(0, total, SEED_BATCH):
            docs = seed_docs(n, start, min(total, start + SEED_BATCH))
            await db[USERS].insert_many(docs, ordered=False)
        return time.monotonic() - began
    finally:
        await client.close()


NON_UNIQUE_HERE = ("username_1",)
"""Declared unique indexes that this benchmark builds as their non-unique twins (same name
and keys): `{workspaceId, username}`, the per-workspace unique username. On DocumentDB
0.106 the uniqueness check of a compound unique index (an exclusion constraint over a RUM
index) costs time in proportion to the collection: measured here, a 5,000-document
`insert_many` took 0.15 s with the compound index non-unique, 0.35 s with a single-key
unique index at any size, and with the compound one unique 0.5 s at 5,000 documents growing
to 13.9 s at 180,000, so building it over 1M users would take hours (docs/performance.md).
No measured call reads through this index (the recorded plans show which do), so its twin
leaves every figure as it is; the servers start with `--no-migrate` so they keep it."""


async def build_indexes(uri: str, n: int) -> None:
    """The server's declared indexes, as `modelstore migrate` builds them, but for
    `NON_UNIQUE_HERE` (built non-unique; see there)."""
    from pymongo import AsyncMongoClient

    from modelstore_server.engine.registry import discover
    from modelstore_server.storage.capabilities import detect
    from modelstore_server.storage.indexes import ensure_indexes

    specs = [
        dataclasses.replace(i, unique=False)
        if i.collection == USERS and i.name in NON_UNIQUE_HERE
        else i
        for s in discover()
        if s.model is not None
        for i in s.model.index_specs()
    ]
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri, tz_aware=True)
    try:
        await ensure_indexes(client[database_of(n)], specs, await detect(client))
    finally:
        await client.close()


def deep_user(n: int) -> str:
    """The id at `DEEP` of the measured workspace's users in id order."""
    ids = sorted(user_id(i) for i in range(n) if workspace_of(i) == MEASURED)
    return ids[int(len(ids) * DEEP)]


def walk(address: str, tenant: str, list_filter: str, stop_after: int) -> tuple[str, int, float]:
    """Page through a workspace with the server's tokens until `stop_after` users are behind.

    Returns the next page's token, the users passed and the walk's seconds.
    """
    import grpc

    from modelstore.platform.v1 import user_pb2, user_pb2_grpc

    began = time.monotonic()
    passed, token = 0, ""
    with grpc.insecure_channel(address) as channel:
        stub = user_pb2_grpc.UserServiceStub(channel)
        while passed < stop_after:
            size = min(WALK_PAGE, stop_after - passed)
            reply = stub.ListUsers(
                user_pb2.ListUsersRequest(page_size=size, page_token=token, filter=list_filter),
                metadata=(("x-tenant-id", tenant),),
                timeout=120,
            )
            passed += len(reply.users)
            token = reply.next_page_token
            if not token:
                raise SystemExit(f"the walk ended after {passed} users of {tenant}")
    return token, passed, time.monotonic() - began


def requests(address: str, n: int) -> dict[str, tuple[str, str]]:
    """Each call's (method, request JSON), the deep tokens reached by walking."""
    per_workspace = sum(1 for i in range(n) if workspace_of(i) == MEASURED)
    active = sum(1 for i in range(n) if workspace_of(i) == MEASURED and i % 5 != 0)
    token, passed, took = walk(address, MEASURED, "", int(per_workspace * DEEP))
    print(f"scale {n}: walked {passed} users in {took:.1f}s", flush=True)
    filtered, passed, took = walk(address, MEASURED, LIST_FILTER, int(active * DEEP))
    print(f"scale {n}: walked {passed} active users in {took:.1f}s", flush=True)
    page = {"page_size": PAGE}
    flt = {**page, "filter": LIST_FILTER}
    one = {"page_size": 1}
    one_flt = {**one, "filter": LIST_FILTER}
    return {
        "count": ("ListUsers", json.dumps({**one, "show_total_size": True})),
        "count_plain": ("ListUsers", json.dumps(one)),
        "count_filtered": ("ListUsers", json.dumps({**one_flt, "show_total_size": True})),
        "count_filtered_plain": ("ListUsers", json.dumps(one_flt)),
        "get_deep": ("GetUser", json.dumps({"id": deep_user(n)})),
        "list_deep": ("ListUsers", json.dumps({**page, "page_token": token})),
        "list_filtered_deep": ("ListUsers", json.dumps({**flt, "page_token": filtered})),
        "list_first": ("ListUsers", json.dumps(page)),
        "list_filtered_first": ("ListUsers", json.dumps(flt)),
        "list_small_workspace": ("ListUsers", json.dumps(page)),
    }


def counts(address: str, reqs: dict[str, tuple[str, str]]) -> dict[str, dict[str, Any]]:
    """What each count call answers: `total_size`, `total_size_capped`, and the page."""
    import grpc
    from google.protobuf import json_format

    from modelstore.platform.v1 import user_pb2, user_pb2_grpc

    out: dict[str, dict[str, Any]] = {}
    with grpc.insecure_channel(address) as channel:
        stub = user_pb2_grpc.UserServiceStub(channel)
        for call in COUNT_CALLS:
            request = json_format.Parse(reqs[call][1], user_pb2.ListUsersRequest())
            reply = stub.ListUsers(request, metadata=(("x-tenant-id", MEASURED),), timeout=300)
            out[call] = {
                "total_size": reply.total_size,
                "total_size_capped": reply.total_size_capped,
                "users_on_page": len(reply.users),
            }
    return out


def tenant_of_call(call: str) -> str:
    return SMALL_WORKSPACE if call == "list_small_workspace" else MEASURED


def reps_of(call: str, n: int, base: int) -> int:
    """Calls per measurement: fewer where one call reads most of a large collection."""
    if call == "list_small_workspace" and n >= 100_000:
        return max(5, base // 20)
    if call in COUNT_CALLS and n >= 100_000:
        return max(5, base // 5)
    return base * 3 if call.startswith("get") else base


# ---- plans ------------------------------------------------------------------------------


def plan_shape(node: dict[str, Any]) -> str:
    """A PostgreSQL JSON plan as `Node(index)` steps, depth first."""
    here = str(node["Node Type"]) + (f"({node['Index Name']})" if "Index Name" in node else "")
    children = [plan_shape(child) for child in node.get("Plans", [])]
    return here + (" > " + " + ".join(children) if children else "")


async def plans(uri: str, n: int, reqs: dict[str, tuple[str, str]]) -> dict[str, str]:
    """The backend's plan of each measured query, built as the server builds it."""
    from pymongo import AsyncMongoClient

    from bench.run import ENCRYPTION_KEYS
    from modelstore_server.engine.context import CallContext
    from modelstore_server.engine.registry import discover
    from modelstore_server.engine.store import EntityStore
    from modelstore_server.security.encryption import Keyring
    from modelstore_server.storage.capabilities import detect
    from modelstore_server.storage.documents import Documents

    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri, tz_aware=True)
    try:
        db = client[database_of(n)]
        caps = await detect(client)
        model = next(s.model for s in discover() if s.model and s.model.full_name == USER_MODEL)
        keyring = Keyring.parse(ENCRYPTION_KEYS)  # the servers' key: their tokens verify
        store = EntityStore(
            model, model.message_class, Documents(db[model.collection], caps), keyring, caps
        )
        out: dict[str, str] = {}
        for call, (method, body) in reqs.items():
            ctx = CallContext(tenant=tenant_of_call(call))
            request = json.loads(body)
            if method == "GetUser":
                command: dict[str, Any] = {
                    "find": model.collection,
                    "filter": store.visibility.of_id(ctx, request["id"]),
                    "limit": 1,
                }
            else:
                page = store.lists.page(
                    ctx, request.get("filter", ""), "", page_token=request.get("page_token", "")
                )
                limit = int(request.get("page_size", PAGE)) + 1
                command = {
                    "find": model.collection,
                    "filter": page.query,
                    "sort": {s.key: s.direction for s in page.sort},
                    "limit": limit,
                }
                # The server's own plan of the page (storage/page_plans.py): a deep page that
                # walks the primary key is sent with that hint.
                documents = store.documents
                if page.matching is not None and await documents._walks(
                    page.matching, page.digest, limit
                ):
                    command["hint"] = {"_id": 1}
            out[call] = await explain(db, command)
            if request.get("show_total_size"):
                # The count beside the page, as `count_documents` sends it: the page's
                # condition without the token's range, up to one past the guard.
                counted = page.matching if page.matching is not None else page.query
                pipeline = [{"$match": counted}, {"$limit": COUNT_LIMIT + 1}]
                pipeline.append({"$group": {"_id": 1, "n": {"$sum": 1}}})
                aggregate = {"aggregate": model.collection, "pipeline": pipeline, "cursor": {}}
                try:
                    out[f"{call}:count"] = await explain(db, aggregate)
                except Exception as exc:  # a backend that cannot explain an aggregate
                    out[f"{call}:count"] = f"not explained: {exc}"
        return out
    finally:
        await client.close()


COUNT_LIMIT = 100_000
"""The servers' `count_limit` (the default: `start_target` sets no MODELSTORE_COUNT_LIMIT)."""


async def explain(db: Any, command: dict[str, Any]) -> str:
    """The backend's plan of one command: PostgreSQL's as `Node(index)` steps, or MongoDB's."""
    explained = await db.command("explain", command, verbosity="queryPlanner")
    planner = explained.get("queryPlanner", explained)
    if isinstance(planner, dict) and "Plan" in planner:  # DocumentDB: PostgreSQL's plan
        return plan_shape(planner["Plan"])
    if isinstance(planner, dict) and "winningPlan" in planner:  # MongoDB
        return json.dumps(planner["winningPlan"], default=str)
    return json.dumps(explained, default=str)[:4000]


# ---- the run ----------------------------------------------------------------------------


def run(
    uri: str,
    sizes: list[int],
    rounds: int,
    reps: int,
    start_target: Callable[..., Any],
    run_ghz_n: Ghz,
    settle: Callable[[], float] | None = None,
) -> dict[str, Any]:
    """Seed, migrate, serve and measure every size; return the results."""
    out: dict[str, Any] = {"sizes": sizes, "rounds": rounds, "seed_s": {}, "migrate_s": {}}
    out["indexes_built_non_unique"] = [f"{USERS}.{name}" for name in NON_UNIQUE_HERE]
    for n in sizes:
        seeded = asyncio.run(seed(uri, n))
        out["seed_s"][n] = None if seeded is None else round(seeded, 1)
        began = time.monotonic()
        asyncio.run(build_indexes(uri, n))
        out["migrate_s"][n] = round(time.monotonic() - began, 1)
        took = "reused" if seeded is None else f"seeded in {seeded:.1f}s"
        print(f"scale {n}: {took}, indexes in {out['migrate_s'][n]}s", flush=True)
    if settle is not None:
        out["vacuum_analyze_s"] = round(settle(), 1)
        print(f"scale: VACUUM (ANALYZE) in {out['vacuum_analyze_s']}s", flush=True)
    servers = {n: start_target("modelstore", uri, database_of(n), migrate=False) for n in sizes}
    try:
        reqs = {n: requests(servers[n].address, n) for n in sizes}
        out["plans"] = {n: asyncio.run(plans(uri, n, reqs[n])) for n in sizes}
        out["counts"] = {n: counts(servers[n].address, reqs[n]) for n in sizes}
        out["count_limit"] = COUNT_LIMIT
        samples: dict[int, dict[str, list[dict[str, Any]]]] = {
            n: {c: [] for c in CALLS} for n in sizes
        }
        for n in sizes:  # warm-up: caches and connections, not measured
            for call in CALLS:
                method, body = reqs[n][call]
                run_ghz_n(servers[n].address, method, body, 3, tenant_of_call(call))
        for round_no in range(rounds):
            for n in sizes if round_no % 2 == 0 else sizes[::-1]:
                for call in CALLS:
                    method, body = reqs[n][call]
                    stats = run_ghz_n(
                        servers[n].address,
                        method,
                        body,
                        reps_of(call, n, reps),
                        tenant_of_call(call),
                    )
                    samples[n][call].append(stats)
                    print(
                        f"round {round_no} {n:>8} {call:22} p50 {stats.get('p50_ms', 0):8.2f} ms"
                        f"  errors {stats.get('errors', 0)}",
                        flush=True,
                    )
    finally:
        for server in servers.values():
            server.stop()
    out["samples"] = samples
    out["p50_ms"] = {
        n: {c: round(statistics.median(s["p50_ms"] for s in samples[n][c]), 3) for c in CALLS}
        for n in sizes
    }
    return out


def vacuum_analyze(embedded: Any) -> float:
    """VACUUM (ANALYZE) the embedded cluster after the bulk load; return its seconds.

    What autovacuum does on its own within minutes of a bulk load (it would otherwise do it
    in the middle of the measurement, on the same 2 cores): the steady state of a database
    that has lived with its data, with statistics and a visibility map.
    """
    began = time.monotonic()
    pg = embedded.postgres
    subprocess.run(
        [
            str(pg.bin / "psql"),
            "-X",
            "-q",
            "-h",
            "127.0.0.1",
            "-p",
            str(pg.port),
            "-U",
            "postgres",
            "-d",
            "postgres",
            "-c",
            "VACUUM (ANALYZE)",
        ],
        check=True,
        capture_output=True,
    )
    return time.monotonic() - began


def table(result: dict[str, Any]) -> str:
    """The comparison table: each call at every size and its ratio to the smallest."""
    sizes = result["sizes"]
    base, top = sizes[0], sizes[-1]
    p50 = result["p50_ms"]
    head = ["call"] + [f"{n:,} users (ms)" for n in sizes] + [f"{top:,} / {base:,}", "target"]
    rows = [head]
    for call in CALLS:
        ratio = p50[top][call] / p50[base][call] if p50[base][call] else float("inf")
        target = TARGETS.get(call)
        verdict = "-"
        if target is not None:
            verdict = f"<= {target}x: {'met' if ratio <= target else 'MISSED'}"
        rows.append([call, *(f"{p50[n][call]:.2f}" for n in sizes), f"{ratio:.2f}x", verdict])
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def count_table(result: dict[str, Any]) -> str:
    """The count rows: each count call against the same List without it, at every size."""
    sizes = result["sizes"]
    base, top = sizes[0], sizes[-1]
    p50, answered = result["p50_ms"], result.get("counts", {})
    head = ["call", "users", "count said", "capped", "count ms", "plain ms", "count / plain"]
    rows = [head]
    for call, plain in (("count", "count_plain"), ("count_filtered", "count_filtered_plain")):
        for n in sizes:
            said = answered.get(n, {}).get(call, {})
            ratio = p50[n][call] / p50[n][plain] if p50[n][plain] else float("inf")
            rows.append(
                [
                    call,
                    f"{n:,}",
                    f"{said.get('total_size', '-'):,}" if said else "-",
                    str(said.get("total_size_capped", "-")),
                    f"{p50[n][call]:.2f}",
                    f"{p50[n][plain]:.2f}",
                    f"{ratio:.2f}x",
                ]
            )
        growth = p50[top][call] / p50[base][call] if p50[base][call] else float("inf")
        rows.append([call, f"{top:,} / {base:,}", "", "", f"{growth:.2f}x", "", ""])
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def run_scale(
    uri: str, sizes: list[int], args: Any, start_target: Any, run_ghz_n: Any
) -> dict[str, Any]:
    """The scale phase of `python -m bench.run` (one round, default repetitions)."""
    result = run(uri, sizes, 1, 100, start_target, run_ghz_n)
    print(table(result), flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10000,1000000", help="comma-separated user counts")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    parser.add_argument("--reps", type=int, default=100, help="List calls per measurement")
    parser.add_argument("--mongodb-uri", help="measure this database instead of the embedded one")
    parser.add_argument(
        "--data-dir",
        help="keep the embedded database here and reuse its seeded users on the next run"
        " (default: a temporary directory, removed afterwards)",
    )
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))

    from bench.common import BUILD, protoset
    from bench.run import RESULTS, machine, run_ghz_n, start_target
    from modelstore_server.embedded import EmbeddedDatabase

    BUILD.mkdir(exist_ok=True)
    RESULTS.mkdir(exist_ok=True)
    protoset()
    embedded, scratch, uri = None, None, args.mongodb_uri
    if uri is None:
        if args.data_dir:
            root = pathlib.Path(args.data_dir).resolve()
            root.mkdir(parents=True, exist_ok=True)
        else:
            scratch = root = pathlib.Path(tempfile.mkdtemp(prefix="modelstore-scale-"))
        # As root the cluster runs as an unprivileged user, which must traverse to it.
        root.chmod(0o711)
        embedded = EmbeddedDatabase(root / "db")
        uri = asyncio.run(embedded.start())
    started = time.time()
    try:
        settle = None if embedded is None else lambda: vacuum_analyze(embedded)
        result = run(uri, sizes, args.rounds, args.reps, start_target, run_ghz_n, settle)
    finally:
        if embedded is not None:
            asyncio.run(embedded.stop())
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    from pymongo import MongoClient

    result["machine"] = machine()
    result["database"] = "embedded: FerretDB v2.5.0 + DocumentDB on PostgreSQL 15"
    if args.mongodb_uri:
        info = MongoClient(args.mongodb_uri).admin.command("buildInfo")
        result["database"] = f"{info.get('version')} at --mongodb-uri"
    result["git"] = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    result["elapsed_s"] = round(time.time() - started)
    result["at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    path = RESULTS / f"scale-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(result, indent=1, default=str))
    print(table(result))
    print(count_table(result))
    print(f"plans: {json.dumps(result['plans'], indent=1)}")
    print(f"written to {path} in {result['elapsed_s']}s; load average {os.getloadavg()}")
    sys.exit(0)


if __name__ == "__main__":
    main()
