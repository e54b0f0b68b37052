"""Deep `_id`-ordered pages where no secondary index is ordered (`storage.page_plans`).

The page of a large share walks the primary key (hinted), the page of a small share is
left to the planner, and either way the rows are exactly those of the unhinted query.
"""

from __future__ import annotations

import uuid

from modelstore_server.app import Modelstore
from modelstore_server.storage.documents import Documents
from modelstore_server.storage.page_plans import WALK_ROWS, PagePlanner, id_order
from tests.storage.test_documents import AT


def test_a_walk_is_chosen_only_when_it_reads_few_rows() -> None:
    assert PagePlanner.walks(0.5, 51)
    assert PagePlanner.walks(51 / WALK_ROWS, 51)
    assert not PagePlanner.walks(50 / WALK_ROWS, 51)
    assert not PagePlanner.walks(0.0, 51)
    assert id_order([("_id", 1)])
    assert not id_order([("name", 1), ("_id", 1)])


def test_shares_are_remembered_by_shape() -> None:
    planner = PagePlanner()
    key = planner.key("users", b"shape")
    assert planner.cached(key) is None
    planner.remember(key, 0.25)
    assert planner.cached(key) == 0.25
    assert planner.cached(planner.key("other", b"shape")) is None


async def test_deep_pages_read_the_same_rows_either_way(server: Modelstore) -> None:
    assert server.db is not None
    assert server.caps is not None
    coll = server.db[f"scratch_pages_{uuid.uuid4().hex[:8]}"]
    await coll.create_index([("t", 1), ("_id", 1)], name="t_1__id_1")
    docs = Documents(coll, server.caps)
    big = [{"_id": str(uuid.uuid4()), "t": "big"} for _ in range(600)]
    small = [{"_id": str(uuid.uuid4()), "t": "small"} for _ in range(3)]
    for doc in big + small:
        await docs.insert(doc, AT)
    for tenant, rows in (("big", big), ("small", small)):
        ordered = sorted(d["_id"] for d in rows)
        cursor = ordered[len(ordered) // 3]
        matching = {"t": tenant}
        query = {"$and": [matching, {"_id": {"$gt": cursor}}]}
        want = [d["_id"] for d in await docs.find(query, {"_id": 1}, [("_id", 1)], 51)]
        for _ in range(2):  # the second page of the same shape reuses the measured share
            got = await docs.find_page(query, [("_id", 1)], 51, matching, tenant.encode())
            assert [d["_id"] for d in got] == want
        assert want == [i for i in ordered if i > cursor][:51]
    if not server.caps.ordered_secondary_indexes:
        planner = docs._pages  # the decisions, where they are made
        assert planner is not None
        assert planner.walks(planner.cached(planner.key(coll.name, b"big")) or 0, 51)
        small_share = planner.cached(planner.key(coll.name, b"small"))
        assert small_share is not None
        assert not planner.walks(small_share, 51)
