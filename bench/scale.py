"""Scale: Get and a List page deep into 10k / 100k / 1M users of one tenant cost what the
first page costs (or, on FerretDB v1, what they really cost, measured)."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from bench.common import LIST_FILTER, user_doc, workspace_doc

DATABASE = "bench_scale"
SEED_BUDGET_S = 150.0


def tenant_of(n: int) -> str:
    return f"scale-{n}"


def scale_id(n: int, i: int) -> str:
    return f"s{n}-{i:07d}"


async def _seed(uri: str, sizes: list[int]) -> dict[int, float]:
    from pymongo import AsyncMongoClient

    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri, tz_aware=True)
    db = client[DATABASE]
    seeded: dict[int, float] = {}
    present = [await db["platform.users"].find_one({"_id": scale_id(n, n - 1)}) for n in sizes]
    if all(present):
        print("scale: reusing the seeded users", flush=True)
        await client.close()
        return dict.fromkeys(sizes, 0.0)
    # Drop, not delete_many({}): FerretDB v1 deletes by listing every _id as an SQL
    # variable, which fails at 1M documents ("too many SQL variables"). The indexes are
    # created after the seed (run_scale), which is also the fast order for a bulk load.
    await db["platform.users"].drop()
    began = time.monotonic()
    for n in sizes:
        start = time.monotonic()
        await db["platform.workspaces"].replace_one(
            {"_id": tenant_of(n)}, workspace_doc(tenant_of(n)), upsert=True
        )
        batch = 10_000
        for i in range(0, n, batch):
            if time.monotonic() - began > SEED_BUDGET_S:
                print(f"scale: seeding budget exhausted at {i} of {n}", flush=True)
                await client.close()
                return seeded
            docs = [
                user_doc(scale_id(n, j), tenant_of(n), f"s{n}-{j}")
                for j in range(i, min(n, i + batch))
            ]
            await db["platform.users"].insert_many(docs, ordered=False)
        seeded[n] = time.monotonic() - start
        print(f"scale: seeded {n} users in {seeded[n]:.1f}s", flush=True)
    await client.close()
    return seeded


def _token(n: int, last_id: str) -> str:
    from modelstore_server.engine.ordering import SortKey
    from modelstore_server.engine.pagination import encode_token, query_digest

    sort = (SortKey("_id", 1),)
    digest = query_digest(
        "modelstore.platform.v1.User", tenant_of(n), LIST_FILTER.strip(), "_id:1", "False"
    )
    return encode_token({"_id": last_id}, sort, digest)


def run_scale(
    uri: str, sizes: list[int], args: Any, start_target: Any, run_ghz_n: Any
) -> dict[str, Any]:
    from bench.run import migrate

    seeded = asyncio.run(_seed(uri, sizes))
    migrate(uri, DATABASE)
    out: dict[str, Any] = {"seed_seconds": seeded, "rows": []}
    server = start_target("modelstore", uri, DATABASE)
    try:
        for n in sizes:
            if n not in seeded:
                continue
            tenant = tenant_of(n)
            deep = int(n * 0.9)
            # Each List on FerretDB v1 reads the whole collection: few repetitions at size.
            reps = 1 if n >= 1_000_000 else (3 if n >= 100_000 else 20)
            gets = 5 if n >= 1_000_000 else (10 if n >= 100_000 else 50)
            row: dict[str, Any] = {"users": n}
            row["get_first"] = run_ghz_n(
                server.address, "GetUser", json.dumps({"id": scale_id(n, 0)}), gets, tenant
            )
            row["get_deep"] = run_ghz_n(
                server.address, "GetUser", json.dumps({"id": scale_id(n, deep)}), gets, tenant
            )
            base = {"page_size": 50, "filter": LIST_FILTER}
            row["list_first"] = run_ghz_n(
                server.address, "ListUsers", json.dumps(base), reps, tenant
            )
            deep_req = {**base, "page_token": _token(n, scale_id(n, deep))}
            row["list_deep"] = run_ghz_n(
                server.address, "ListUsers", json.dumps(deep_req), reps, tenant
            )
            out["rows"].append(row)
            print(
                f"scale {n}: get {row['get_first']['p50_ms']:.2f}/{row['get_deep']['p50_ms']:.2f}"
                f" ms  list {row['list_first']['p50_ms']:.1f}/{row['list_deep']['p50_ms']:.1f}"
                " ms (first/deep p50)",
                flush=True,
            )
    finally:
        server.stop()
    return out
