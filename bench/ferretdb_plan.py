"""Show how FerretDB v1's SQLite backend answers a find by `_id`: SQLite's own query plan.

FerretDB v1.24.2 pushes a filter down to SQLite only when it is a bare `_id` equality, as
`WHERE _ferretdb_sjson->'$._id' = ?` (internal/backends/sqlite/collection.go, Query). The
`_id_` index it creates for every collection is on a different expression,
`_ferretdb_sjson->"_id"` (metadata/registry.go, indexesCreate). SQLite matches an expression
index only on the identical expression, so the pushed-down lookup is a full table scan, and
a Get costs time proportional to the document's position in the table. This script prints
both plans for a collection of a FerretDB data directory, so the claim in
docs/performance.md can be checked on any run's data:

    python -m bench.ferretdb_plan bench/.build/data/ferretdb/bench.sqlite users

It opens the file read-only and runs only `EXPLAIN QUERY PLAN`.
"""

from __future__ import annotations

import argparse
import sqlite3


def plans(path: str, collection: str) -> dict[str, str]:
    """The `_id_` index definition and the plans of FerretDB's query and of an index lookup."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = db.execute(
            "SELECT table_name FROM _ferretdb_collections WHERE name = ?", (collection,)
        ).fetchone()
        if row is None:
            raise SystemExit(f"no collection {collection!r} in {path}")
        table = row[0]
        index = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (f"{table}__id_",)
        ).fetchone()

        def plan(where: str) -> str:
            query = f'SELECT _ferretdb_sjson FROM "{table}" WHERE {where} = ? LIMIT 1'
            steps = db.execute(f"EXPLAIN QUERY PLAN {query}", ('"x"',)).fetchall()
            return " / ".join(str(step[-1]) for step in steps)

        return {
            "table": table,
            "_id_ index": index[0] if index else "(none)",
            "FerretDB's _id query plan": plan("_ferretdb_sjson->'$._id'"),
            "plan with the index's expression": plan('_ferretdb_sjson->"_id"'),
        }
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sqlite_file", help="a database file of FerretDB's --sqlite-url dir")
    parser.add_argument("collection")
    args = parser.parse_args()
    for key, value in plans(args.sqlite_file, args.collection).items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
