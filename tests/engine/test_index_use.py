"""Every declared List order of every entity is served by an index (index use, not timing).

A declared order is the default order (by id) and, per declared index, the index keys
after the tenant equality prefix. For each, the test builds the exact query a List sends
for its second page (tenant scope, soft-delete and TTL conditions, the keyset condition of
a page token) through `EntityStore.list_query`, and checks:

1. statically, on every backend: an index (declared, or one the engine adds:
   `EntityModel.list_indexes`) starts with the equality prefix followed by the sort keys,
   so an index can answer the query in order, however deep the page;
2. on MongoDB: `explain` picks an IXSCAN and no blocking SORT stage;
3. on FerretDB v1 (capability marker `explain_reports_index_use`: absent): FerretDB's
   `explain` reports no index use at all. Its SQLite handler pushes down only `_id`
   equality, and only when the filter is exactly `{_id: X}` (`filterPushdown`; with any
   other condition beside it, even the tenant's, nothing is pushed down), and answers
   every other query by scanning the collection's table and filtering and sorting in the
   proxy; the plan it reports is `SCAN <table>` whatever the query. So the test asserts
   what FerretDB does report: `explain` succeeds for every List query, and the filter a
   Get sends (a bare `_id`; `EntityStore.get` checks tenant and TTL itself) is pushed
   down. docs/performance.md measures what that costs (Get and List deep into 10k-1M
   users).
"""

from __future__ import annotations

from typing import Any

import pytest

from modelstore_server.app import Modelstore
from modelstore_server.engine.context import CallContext
from modelstore_server.engine.model import EntityModel, list_index_keys
from modelstore_server.engine.pagination import encode_token
from tests.support import ENTITY_SERVICES, MODELS

TENANT = "t-index-use"


def declared_orders(model: EntityModel) -> list[tuple[str, tuple[tuple[str, int], ...]]]:
    """(order_by text, sort keys without the `_id` tie-breaker) of each declared order."""
    by_key = {v: k for k, v in model.field_keys.items()}
    out = []
    for order in model.list_orders:
        text = ", ".join(f"{by_key[k]}{' desc' if d < 0 else ''}" for k, d in order)
        out.append((text, order))
    return out


CASES = [
    pytest.param(s.model.full_name, text, id=f"{s.model.full_name}[{text or 'id'}]")
    for s in ENTITY_SERVICES
    if s.model is not None
    for text, _ in declared_orders(s.model)
]


def page_two_query(server: Modelstore, full_name: str, order_by: str) -> tuple[Any, Any]:
    """The exact filter and sort of the second page of a List in this order."""
    store = server.stores[full_name]
    ctx = CallContext(tenant=TENANT if store.model.tenant_key else None, cross_tenant=True)
    _, sort, digest = store.list_query(ctx, "", order_by)
    last = {s.key: "m" for s in sort}
    token = encode_token(last, sort, digest)
    query, sort, _ = store.list_query(ctx, "", order_by, page_token=token)
    return query, [(s.key, s.direction) for s in sort]


def test_every_entity_has_declared_orders() -> None:
    for model in MODELS.values():
        assert model.list_orders[0] == ()  # the default order, by id
        assert len(model.list_orders) >= 1


@pytest.mark.parametrize(("full_name", "order_by"), CASES)
def test_an_index_serves_the_order(full_name: str, order_by: str) -> None:
    model = MODELS[full_name]
    order = dict(declared_orders(model))[order_by]
    needed = list_index_keys(model.tenant_key, order)
    indexes = [i.keys for i in (*model.indexes, *model.list_indexes)] + [(("_id", 1),)]
    assert any(keys[: len(needed)] == needed for keys in indexes), (
        f"{full_name} order_by {order_by!r} needs an index on {needed}"
    )


def _stages(plan: Any) -> list[dict[str, Any]]:
    """Every stage of a MongoDB query plan, depth first."""
    out = []
    stack = [plan]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "stage" in node:
                out.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return out


@pytest.mark.parametrize(("full_name", "order_by"), CASES)
async def test_explain_of_the_list_query(server: Modelstore, full_name: str, order_by: str) -> None:
    assert server.db is not None
    assert server.caps is not None
    store = server.stores[full_name]
    query, sort = page_two_query(server, full_name, order_by)
    command = {
        "find": store.model.collection,
        "filter": query,
        "sort": dict(sort),
        "limit": 51,
    }
    explained = await server.db.command("explain", command, verbosity="queryPlanner")
    if server.caps.backend == "mongodb":
        stages = _stages(explained["queryPlanner"]["winningPlan"])
        names = {s["stage"] for s in stages}
        assert "IXSCAN" in names, (full_name, order_by, explained["queryPlanner"])
        assert "SORT" not in names, (full_name, order_by, explained["queryPlanner"])
    else:
        # Capability marker: FerretDB v1 lacks `explain_reports_index_use` (module docstring).
        assert server.caps.backend == "ferretdb"
        assert "queryPlanner" in explained
        assert explained.get("filterPushdown") is False  # no `_id` equality in a List


async def test_ferretdb_pushes_down_id_equality(server: Modelstore) -> None:
    """What a Get sends: on FerretDB only a bare `_id` equality reaches SQLite."""
    assert server.db is not None
    assert server.caps is not None
    store = server.stores["modelstore.platform.v1.User"]
    explained = await server.db.command(
        "explain",
        {"find": store.model.collection, "filter": {"_id": "u1"}, "limit": 1},
        verbosity="queryPlanner",
    )
    if server.caps.backend == "mongodb":
        names = {s["stage"] for s in _stages(explained["queryPlanner"]["winningPlan"])}
        assert names & {"IDHACK", "IXSCAN", "EXPRESS_IXSCAN", "EXPRESS_CLUSTERED_IXSCAN"}
    else:
        assert explained.get("filterPushdown") is True
