"""The cost of an etag that sees every writer: a conditional update before and after.

Before (the stored-etag scheme): one `findAndModify` filtered on `{_id, etag}`, the etag
a field only Modelstore wrote. After (`storage.documents.version_of`): the etag is a
digest of the whole stored document, so a conditional update reads the document, checks
the digest, and writes with `{_id, $expr: {$eq: ["$$ROOT", <the document read>]}}`. An
unconditional update is one `findAndModify` in both. All three run through the server's
own `Documents` on one user document shaped as Modelstore stores it, in interleaved rounds
of one run on one database, so the ratios compare like with like:

    python -m bench.etag_cost                 # its own embedded database, 5 x 400 each
    python -m bench.etag_cost --uri URI       # a running MongoDB 6+ or FerretDB v2

Reported: each kind's median latency (sequential calls, so the database's own cost plus
one or two loopback round trips), and after / before and after / unconditional.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import pathlib
import statistics
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from bench.common import user_doc
from modelstore_server.engine.values import now
from modelstore_server.storage.capabilities import detect
from modelstore_server.storage.connection import open_client
from modelstore_server.storage.documents import Changes, Documents, unchanged, version_of


async def measure(uri: str, rounds: int, calls: int) -> dict[str, Any]:
    """Interleave `rounds` of `calls` sequential updates of each kind; return medians."""
    client = open_client(uri, selection_timeout_ms=10_000)
    try:
        caps = await detect(client)
        coll = client["bench_etag_cost"][f"users_{uuid.uuid4().hex[:8]}"]
        docs = Documents(coll, caps)
        await docs.insert(user_doc("u-1", "ws-1", "ada"), now())
        state: dict[str, str] = {}

        async def before(i: int) -> None:
            # The former scheme: the stamp is the etag; one command.
            if "stamp" not in state:
                found = await docs.find_one({"_id": "u-1"})
                assert found is not None
                state["stamp"] = found["etag"]
            filt = {"_id": "u-1", "workspaceId": "ws-1", "etag": state["stamp"]}
            doc, stamp = await docs.update(filt, Changes(set={"username": f"b{i}"}), now())
            assert doc is not None
            state["stamp"] = stamp

        async def after(i: int) -> None:
            # The digest: read, check, write conditioned on the exact document read.
            etag = state.get("etag")
            found = await docs.find_one({"_id": "u-1", "workspaceId": "ws-1"})
            assert found is not None
            assert etag is None or version_of(found) == etag
            filt = {"_id": "u-1", "workspaceId": "ws-1", **unchanged(found)}
            doc, _ = await docs.update(filt, Changes(set={"username": f"a{i}"}), now())
            assert doc is not None
            state["etag"] = version_of(doc)
            state.pop("stamp", None)

        async def unconditional(i: int) -> None:
            filt = {"_id": "u-1", "workspaceId": "ws-1"}
            doc, _ = await docs.update(filt, Changes(set={"username": f"u{i}"}), now())
            assert doc is not None
            state.pop("stamp", None)
            state.pop("etag", None)

        kinds: dict[str, Callable[[int], Awaitable[None]]] = {
            "before": before,
            "after": after,
            "unconditional": unconditional,
        }
        samples: dict[str, list[float]] = {name: [] for name in kinds}
        for _ in range(rounds):
            for name, op in kinds.items():
                state.clear()
                await op(-1)  # warm, and learn the current etag
                for i in range(calls):
                    start = time.perf_counter_ns()
                    await op(i)
                    samples[name].append((time.perf_counter_ns() - start) / 1e6)
        await coll.drop()
    finally:
        await client.close()
    medians = {name: statistics.median(values) for name, values in samples.items()}
    return {
        "calls_per_kind": rounds * calls,
        "median_ms": {k: round(v, 3) for k, v in medians.items()},
        "after_over_before": round(medians["after"] / medians["before"], 2),
        "after_over_unconditional": round(medians["after"] / medians["unconditional"], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--uri", help="a running database; default: start the embedded one")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=400)
    args = parser.parse_args()
    if args.uri:
        result = asyncio.run(measure(args.uri, args.rounds, args.calls))
    else:
        from modelstore_server.embedded import EmbeddedDatabase

        with tempfile.TemporaryDirectory(prefix="etag-cost-") as data:
            pathlib.Path(data).chmod(0o755)  # the database's own system user enters it
            embedded = EmbeddedDatabase(pathlib.Path(data))
            uri = asyncio.run(embedded.start())
            try:
                result = asyncio.run(measure(uri, args.rounds, args.calls))
            finally:
                asyncio.run(embedded.stop())
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
