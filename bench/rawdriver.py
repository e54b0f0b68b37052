"""The raw-driver floor: the database operations Modelstore issues, straight from pymongo.

Runs in its own process with `concurrency` coroutines on one AsyncMongoClient, like the
server, and prints one JSON object (throughput, latency percentiles, latencies in ns).

    python -m bench.rawdriver --uri mongodb://... --database bench --workload get -c 32 -z 6
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import datetime as dt
import json
import os
import random
import time
import uuid
from typing import Any

from pymongo import AsyncMongoClient, ReturnDocument

from modelstore_server import event_loop
from modelstore_server.storage.documents import unchanged

from .common import COLLECTION, HOT, TENANT, WORKSPACES, hot_id, update_id, user_doc


def _etag() -> str:
    return base64.urlsafe_b64encode(os.urandom(9)).decode()


async def run(args: argparse.Namespace) -> dict[str, Any]:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
        args.uri, tz_aware=True, maxPoolSize=max(100, args.concurrency)
    )
    users = client[args.database][COLLECTION]
    workspaces = client[args.database][WORKSPACES]
    await client.admin.command("ping")

    # Exactly what Modelstore sends for each workload (see engine/store.py).
    async def get() -> None:
        await users.find_one({"_id": hot_id(random.randrange(HOT))})

    async def create() -> None:
        await workspaces.find_one({"_id": TENANT}, {"_id": 1})
        doc = user_doc(str(uuid.uuid4()), TENANT, f"c-{uuid.uuid4().hex}", _etag())
        await users.insert_one(doc)
        await workspaces.find_one({"_id": TENANT}, {"_id": 1})

    counter = iter(range(10**9))

    async def update() -> None:
        i = next(counter)
        # What a conditional UpdateUser sends: the read the etag is checked against, then
        # the write conditioned on the exact document read (docs/consistency.md, Etags).
        doc = await users.find_one({"_id": update_id(i), "workspaceId": TENANT})
        assert doc is not None
        await users.find_one_and_update(
            {"_id": update_id(i), "workspaceId": TENANT, **unchanged(doc)},
            {
                "$set": {
                    "roles": ["member", "x"],
                    "updatedAt": dt.datetime.now(dt.UTC),
                    "etag": _etag(),
                }
            },
            return_document=ReturnDocument.AFTER,
        )

    async def list_page() -> None:
        await users.find(
            {"$and": [{"workspaceId": TENANT}, {"status": "active"}]},
            sort=[("_id", 1)],
            limit=51,
        ).to_list(51)

    async def mix() -> None:
        await (create() if random.random() < 0.2 else get())

    op = {"get": get, "create": create, "update": update, "list": list_page, "mix": mix}[
        args.workload
    ]
    latencies: list[int] = []
    errors: list[str] = []
    remaining = [args.count] if args.count else None
    stop_at = time.monotonic() + args.duration

    async def worker() -> None:
        while True:
            if remaining is not None:
                if remaining[0] <= 0:
                    return
                remaining[0] -= 1
            elif time.monotonic() >= stop_at:
                return
            start = time.perf_counter_ns()
            try:
                await op()
            except Exception as exc:  # counted, like ghz counts failed calls
                errors.append(type(exc).__name__)
                continue
            latencies.append(time.perf_counter_ns() - start)

    began = time.perf_counter()
    cpu_began = time.process_time()  # every thread of this process: the driver's monitors too
    await asyncio.gather(*(worker() for _ in range(args.concurrency)))
    elapsed = time.perf_counter() - began
    cpu = time.process_time() - cpu_began
    await client.close()
    return {
        "count": len(latencies),
        "elapsed": elapsed,
        "latencies_ns": latencies,
        "errors": errors,
        "cpu_s": cpu,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--uri", required=True)
    parser.add_argument("--database", default="bench")
    parser.add_argument("--workload", required=True)
    parser.add_argument("-c", "--concurrency", type=int, default=1)
    parser.add_argument("-z", "--duration", type=float, default=5.0)
    parser.add_argument("-n", "--count", type=int, default=0)
    args = parser.parse_args()
    # The same event loop as `modelstore serve` (uvloop when installed), so the floor is not
    # handicapped by a slower loop than the server under test runs on.
    print(json.dumps(event_loop.run(run(args), "auto")))


if __name__ == "__main__":
    main()
