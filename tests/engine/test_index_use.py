"""Every List the contract allows is served by an index: the backend's own plan, per order.

A declared order is the default order (by id) and, per declared index, the index keys
after the tenant equality prefix. For each, the test builds the exact query a List sends
for its second page (tenant scope, soft-delete and TTL conditions, the keyset condition of
a page token) through `EntityStore.lists.build` (`engine/store/list_query.py`), and checks:

1. statically, on every backend: an index (declared, or one the engine adds:
   `EntityModel.list_indexes`) starts with the equality prefix followed by the sort keys,
   so an index can answer the query in order, however deep the page;
2. on MongoDB: `explain` picks an IXSCAN and no blocking SORT stage;
3. on FerretDB v2 + DocumentDB: FerretDB's `explain` returns PostgreSQL's own plan
   (`EXPLAIN (FORMAT JSON)` of `bson_aggregation_find`: `queryPlanner.Plan`, nodes with
   `Node Type`, `Index Name`, `Index Cond`, `Filter` and child `Plans`). The documents live
   in `documentdb_data.documents_<n>`, whose primary key is a btree on
   (shard_key_value, object_id), shown as index `_id_`; every declared index is a RUM
   index, which finds rows but returns them unordered (DocumentDB 0.106 has no ordered
   RUM scan; its extended RUM access method that has one is a testing option that cannot
   build unique indexes). So on this backend an index order exists for the `_id` order
   only, and the test asserts:
   - never a Seq Scan of the documents table;
   - the `_id` order of an entity without a tenant: an index finds the rows, and a plan
     without a Sort is an Index Scan of `_id_` whose Index Cond holds the page token's
     `object_id` range (the page starts at the cursor and stops after the limit); with
     the statistics of these small collections the planner may sort the few rows instead;
   - any order of a tenant-scoped entity (no index holds one tenant's rows in order on
     this backend) and every secondary order: the rows are found through an index, and
     either the tenant equality is an Index Cond, so a Sort covers only the caller's own
     rows, or the plan walks the primary key from the page token without a Sort. Which
     one the planner picks depends on the tenant's share of the collection
     (embedded/postgres.py says why it may choose rather than being forbidden to sort).
   A Get (`Visibility.of_id`) is a primary-key lookup on both backends, and so is a write
   given an etag, whose filter adds the whole document read as one `$expr` equality
   (`storage.documents.unchanged`, docs/consistency.md "Etags").

What makes the plans honest and stable: they are read from collections seeded with
documents of `SEED_TENANTS` tenants (the tested one holds 1/`SEED_TENANTS` of each
collection), not from empty ones, and analysed first (`tests/statistics.py`), so a plan
does not depend on whether autovacuum has run yet. On DocumentDB a matching RUM scan is priced at 0
(`documentdb.forceUseIndexIfAvailable`, on by default), so a Seq Scan never wins where an
index plan exists, whatever the collection's size. The same
plans at 1,000,000 users are recorded by `python -m bench.scale` (its `plans` field).
"""

from __future__ import annotations

import datetime as dt
import pathlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

import bson
import pytest

from modelstore_server.app import Modelstore
from modelstore_server.engine.context import CallContext
from modelstore_server.engine.field_plan import FieldKind, PathError, plan_of
from modelstore_server.engine.model import EntityModel, list_index_keys
from modelstore_server.engine.stored_ids import forms
from modelstore_server.storage.documents import unchanged
from tests.conftest import make_settings
from tests.statistics import analyze
from tests.support import ENTITY_SERVICES, MODELS

TENANT = "665f1c2e9b1d8a0012340000"
"""An ObjectId's hex, as knowledge's tenants are: the tenant conditions are then the `$in`
of both stored forms that every query of an id sends (`stored_ids`)."""
SEED_TENANTS = 20
SEED_PER_TENANT = 50
"""Documents per tenant and collection: 1,000 per collection, 50 of them the tested tenant's."""
PAGE_LIMIT = 51
"""What a List of 50 sends (one more, to know whether a next page exists)."""


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


def _set_path(doc: dict[str, Any], key: str, value: Any) -> None:
    """Set a dotted document key (`metadata.parentId`) as nested documents."""
    *parents, last = key.split(".")
    for part in parents:
        doc = doc.setdefault(part, {})
    doc[last] = value


def seed_doc(model: EntityModel, tenant: str, i: int) -> dict[str, Any]:
    """A document with the keys a List filters and sorts on (plans need no other field)."""
    text_id = f"{chr(97 + i % 26)}-{tenant}-{i:05d}"
    doc: dict[str, Any] = {"_id": model.ids.stored(f"{i:024x}" if model.ids.object_id else text_id)}
    # Unique keys that declare no order (a hashed secret's) must differ too.
    unique_keys = [k for ix in model.indexes if ix.unique for k, _ in ix.keys if k != "_id"]
    for key in [k for order in model.list_orders for k, _ in order] + unique_keys:
        _set_path(doc, key, f"{chr(97 + (i * 7) % 26)}{i:05d}")
    if model.tenant_key and model.tenant_key != "_id":
        _set_path(doc, model.tenant_key, model.tenant_ids.stored(tenant))
    if model.soft_delete_key:
        _set_path(doc, model.soft_delete_key, True)
    for rule in model.ttl:
        # Live: recent, so the query's TTL condition keeps the document; a day ahead where
        # the date is the expiry itself (a verification's `expiresAt`), which the backend's
        # TTL job would otherwise remove within a minute, leaving a slow run to plan over
        # an empty table.
        ahead = dt.timedelta(days=1) if rule.seconds == 0 else dt.timedelta(0)
        _set_path(doc, rule.key, dt.datetime.now(dt.UTC) + ahead)
    return doc


async def _seed(app: Modelstore) -> None:
    assert app.db is not None
    tenants = [TENANT] + [f"{TENANT[:20]}{n + 1:04x}" for n in range(SEED_TENANTS - 1)]
    for model in MODELS.values():
        if model.tenant_key == "_id":  # a tenant entity: one document per tenant
            docs = [
                {**seed_doc(model, t, n), "_id": model.ids.stored(t)} for n, t in enumerate(tenants)
            ]
        else:
            docs = [
                seed_doc(model, t, n * SEED_PER_TENANT + i)
                for n, t in enumerate(tenants)
                for i in range(SEED_PER_TENANT)
            ]
        await app.db[model.collection].insert_many(docs, ordered=False)


@pytest.fixture(scope="module")
async def seeded(database_uri: str, tmp_root: pathlib.Path) -> AsyncIterator[Modelstore]:
    """A server on a database of its own, every collection seeded (module docstring)."""
    app = Modelstore(make_settings(database_uri, tmp_root / f"index-use-{uuid.uuid4().hex[:6]}"))
    await app.start()
    try:
        await _seed(app)
        await analyze(database_uri)  # plans must not depend on when autovacuum ran
        yield app
    finally:
        await app.stop(grace=0)


_SAMPLE_VALUES: dict[FieldKind, Any] = {
    # After every seeded date: a page two of an ascending date order starts near the end.
    FieldKind.TIMESTAMP: dt.datetime(2100, 1, 1, tzinfo=dt.UTC),
    FieldKind.INT: 12,
    FieldKind.FLOAT: 1.5,
    FieldKind.BOOL: True,
    FieldKind.BYTES: b"m",
}


def page_two_query(server: Modelstore, full_name: str, order_by: str) -> tuple[Any, Any]:
    """The exact filter and sort of the second page of a List in this order."""
    store = server.stores[full_name]
    ctx = CallContext(tenant=TENANT if store.model.tenant_key else None, cross_tenant=True)
    _, sort, digest = store.lists.build(ctx, "", order_by)
    # A value of each key's kind: a token carries nothing else (engine/pagination.py).
    last = {s.key: _SAMPLE_VALUES.get(s.kind, "m") for s in sort}
    token = store.lists.tokens.encode(last, sort, digest)
    query, sort, _ = store.lists.build(ctx, "", order_by, page_token=token)
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


# ---- MongoDB: the query planner's winning plan ----------------------------------------


def mongo_stages(plan: Any) -> list[dict[str, Any]]:
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


# ---- DocumentDB: PostgreSQL's plan ------------------------------------------------------


def pg_nodes(plan: dict[str, Any]) -> list[dict[str, Any]]:
    """Every node of a PostgreSQL JSON plan, depth first."""
    out = [plan]
    for child in plan.get("Plans", []):
        out += pg_nodes(child)
    return out


def describe(nodes: list[dict[str, Any]]) -> str:
    """The plan as `Node(index)` steps, for failure messages."""
    return " > ".join(f"{n['Node Type']}({n.get('Index Name', '')})" for n in nodes)


def bson_literal(key: str, value: Any) -> str:
    """How PostgreSQL's plan prints the condition `{key: value}` (a bson constant)."""
    return "BSONHEX" + bson.encode({key: value}).hex()


def check_documentdb_list(model: EntityModel, order_by: str, plan: dict[str, Any]) -> None:
    nodes = pg_nodes(plan)
    shape = f"{model.full_name} order_by {order_by!r}: {describe(nodes)}"
    scans = [n for n in nodes if n["Node Type"] == "Seq Scan"]
    assert not scans, f"a collection scan: {shape}"
    tenant_scoped = bool(model.tenant_key) and model.tenant_key != "_id"
    if not dict(declared_orders(model))[order_by] and not tenant_scoped:
        # The `_id` order of an unscoped entity: the primary key's order, from the cursor
        # on. With real statistics of a small collection (these are analysed) the planner
        # may instead fetch the few live rows through an index and sort them, which costs
        # less there; at scale it walks the key (`bench.scale` records those plans). Either
        # way an index finds the rows, and an unsorted plan must be the key walk itself.
        indexed = [n for n in nodes if n["Node Type"] in ("Index Scan", "Bitmap Index Scan")]
        assert indexed, f"no index finds the rows: {shape}"
        if not [n for n in nodes if n["Node Type"] == "Sort"]:
            walks = [
                n
                for n in indexed
                if n.get("Index Name") == "_id_" and "object_id" in n.get("Index Cond", "")
            ]
            assert walks, f"no primary-key walk from the page token: {shape}"
        return
    # A tenant's order (no index holds one tenant's rows in order on this backend) or a
    # secondary order: an index must find the rows, and for a tenant-scoped entity either
    # the tenant is an index condition (a Sort then covers only the caller's own rows) or
    # the plan walks the primary key from the page token without sorting.
    indexed = [n for n in nodes if n["Node Type"] in ("Index Scan", "Bitmap Index Scan")]
    assert indexed, f"no index finds the rows: {shape}"
    if tenant_scoped:
        assert model.tenant_key is not None
        # The tenant as one value, or (a 24-hex id) as the `$in` of both its stored forms.
        tenant = (
            bson_literal(model.tenant_key, TENANT),
            bson_literal(model.tenant_key, forms(TENANT)),
        )
        by_tenant = any(t in n.get("Index Cond", "") for n in indexed for t in tenant)
        key_walk = not [n for n in nodes if n["Node Type"] == "Sort"] and any(
            n.get("Index Name") == "_id_" and "object_id" in n.get("Index Cond", "")
            for n in indexed
        )
        assert by_tenant or key_walk, f"neither the tenant's rows nor a key walk: {shape}"


@pytest.mark.parametrize(("full_name", "order_by"), CASES)
async def test_explain_of_the_list_query(seeded: Modelstore, full_name: str, order_by: str) -> None:
    assert seeded.db is not None
    assert seeded.caps is not None
    store = seeded.stores[full_name]
    query, sort = page_two_query(seeded, full_name, order_by)
    command = {
        "find": store.model.collection,
        "filter": query,
        "sort": dict(sort),
        "limit": PAGE_LIMIT,
    }
    explained = await seeded.db.command("explain", command, verbosity="queryPlanner")
    if seeded.caps.backend == "mongodb":
        stages = mongo_stages(explained["queryPlanner"]["winningPlan"])
        names = {s["stage"] for s in stages}
        assert "IXSCAN" in names, (full_name, order_by, explained["queryPlanner"])
        assert "SORT" not in names, (full_name, order_by, explained["queryPlanner"])
    else:
        assert seeded.caps.backend == "ferretdb-documentdb"
        check_documentdb_list(store.model, order_by, explained["queryPlanner"]["Plan"])


@pytest.mark.parametrize("hex_id", [False, True], ids=["text-id", "hex-id"])
@pytest.mark.parametrize("full_name", sorted(MODELS))
async def test_explain_of_a_get(seeded: Modelstore, full_name: str, hex_id: bool) -> None:
    """What a Get sends (`Visibility.of_id`: id, tenant, TTL) is a lookup of one key; of a
    24-hex id, a lookup of its two stored forms."""
    assert seeded.db is not None
    assert seeded.caps is not None
    store = seeded.stores[full_name]
    ctx = CallContext(tenant=TENANT if store.model.tenant_key else None, cross_tenant=True)
    doc_id = TENANT if store.model.tenant_key == "_id" else (f"{7:024x}" if hex_id else "m-get")
    command = {
        "find": store.model.collection,
        "filter": store.visibility.of_id(ctx, doc_id),
        "limit": 1,
    }
    await _check_key_lookup(seeded, command, full_name)


@pytest.mark.parametrize("full_name", sorted(MODELS))
async def test_explain_of_an_etag_write(seeded: Modelstore, full_name: str) -> None:
    """A write given an etag (id, tenant, the whole document read) is a lookup of one key."""
    assert seeded.db is not None
    store = seeded.stores[full_name]
    ctx = CallContext(tenant=TENANT if store.model.tenant_key else None, cross_tenant=True)
    doc_id = TENANT if store.model.tenant_key == "_id" else "m-get"
    visible = store.visibility.of_id(ctx, doc_id)
    # The document read: any literal (a `$` string stays a value inside `$literal`).
    read = {"_id": doc_id, "name": "$not-a-path", "at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC)}
    command = {
        "find": store.model.collection,
        "filter": {**visible, **unchanged(read)},
        "limit": 1,
    }
    await _check_key_lookup(seeded, command, full_name)


async def _check_key_lookup(seeded: Modelstore, command: dict[str, Any], full_name: str) -> None:
    assert seeded.db is not None
    assert seeded.caps is not None
    explained = await seeded.db.command("explain", command, verbosity="queryPlanner")
    if seeded.caps.backend == "mongodb":
        stages = mongo_stages(explained["queryPlanner"]["winningPlan"])
        names = {s["stage"] for s in stages}
        assert names & {"IDHACK", "IXSCAN", "EXPRESS_IXSCAN", "EXPRESS_CLUSTERED_IXSCAN"}, names
        for stage in stages:
            if stage["stage"] == "IXSCAN":
                assert "_id" in stage["keyPattern"], stage
    else:
        nodes = pg_nodes(explained["queryPlanner"]["Plan"])
        lookups = [
            n
            for n in nodes
            if n.get("Index Name") == "_id_"
            and "object_id OPERATOR(documentdb_core.=)" in n.get("Index Cond", "")
        ]
        assert lookups, f"{full_name}: {describe(nodes)}"
        assert not [n for n in nodes if n["Node Type"] == "Seq Scan"], describe(nodes)


@pytest.mark.parametrize("full_name", sorted(MODELS))
async def test_explain_of_the_other_id_type(seeded: Modelstore, full_name: str) -> None:
    """A page whose token ended on a string id goes on into the ObjectIds
    (`pagination.keyset_continuation`): rows an index finds, never a collection scan."""
    assert seeded.db is not None
    assert seeded.caps is not None
    store = seeded.stores[full_name]
    ctx = CallContext(tenant=TENANT if store.model.tenant_key else None, cross_tenant=True)
    first = store.lists.page(ctx, "", "")
    token = store.lists.tokens.encode({"_id": "m"}, first.sort, first.digest)
    page = store.lists.page(ctx, "", "", page_token=token)
    assert page.continuation is not None
    command = {
        "find": store.model.collection,
        "filter": page.continuation,
        "sort": {"_id": 1},
        "limit": PAGE_LIMIT,
    }
    explained = await seeded.db.command("explain", command, verbosity="queryPlanner")
    if seeded.caps.backend == "mongodb":
        names = {s["stage"] for s in mongo_stages(explained["queryPlanner"]["winningPlan"])}
        assert "IXSCAN" in names or "EXPRESS_IXSCAN" in names, names
        assert "SORT" not in names, names
        return
    nodes = pg_nodes(explained["queryPlanner"]["Plan"])
    # An index finds the rows (a TTL key's, the tenant's or the primary key's): with no
    # ObjectIds seeded the planner may pick any of them; none may scan the collection.
    assert not [n for n in nodes if n["Node Type"] == "Seq Scan"], describe(nodes)
    indexed = [n for n in nodes if n["Node Type"] in ("Index Scan", "Bitmap Index Scan")]
    assert indexed, f"{full_name}: {describe(nodes)}"


def test_a_deep_page_pages_through_the_rows_without_its_keyset_range(seeded: Modelstore) -> None:
    """`Page.matching` (what the page plan measures) is the condition without the token's
    range, also when a filter makes the condition an `$and` of several parts: the range once
    leaked into it, and a filtered deep page then measured the share after the cursor (a
    tenth of the truth at 90% depth) and sorted instead of walking (bench/scale.py)."""
    store = seeded.stores["modelstore.platform.v1.User"]
    ctx = CallContext(tenant=TENANT, cross_tenant=True)
    for filter_text in ("", "status = ACTIVE", 'status = ACTIVE AND username != "x"'):
        first = store.lists.page(ctx, filter_text, "")
        token = store.lists.tokens.encode({"_id": "m"}, first.sort, first.digest)
        deep = store.lists.page(ctx, filter_text, "", page_token=token)
        assert deep.matching == first.query, filter_text
        assert deep.query != first.query


# ---- The filter forms of issue 20: membership, prefix, relative time ---------------


def filter_form_cases() -> list[Any]:
    """Per entity and declared index, its first key after the tenant's, in the new forms.

    Each case is (entity, document key, the new form, the same field compared with `=`,
    the operator the new form shows in a DocumentDB Index Cond). Enums get a membership of
    two values (`$in`, `@*=`), strings a prefix (`$regex`, `@~`) and a membership,
    timestamps a relative time (`$gt`, `@>`) beside an absolute one.
    """
    out = []
    for model in MODELS.values():
        by_key = {v: k for k, v in model.field_keys.items()}
        seen: set[str] = set()
        for index in model.indexes:
            keys = [k for k, _ in index.keys if k != model.tenant_key]
            name = by_key.get(keys[0]) if keys else None
            if name is None or keys[0] in seen:
                continue
            seen.add(keys[0])
            try:
                field = plan_of(model.descriptor).resolve(name, keyed=True).field
            except PathError:
                continue  # a hidden key (a hashed secret's) is not filterable
            assert field is not None
            forms_of: list[tuple[str, str, str]] = []
            if field.kind == FieldKind.ENUM:
                a, b = [v.name for v in field.fd.enum_type.values if v.number][:2]
                forms_of.append((f"{name} = ({a} OR {b})", f"{name} = {a}", "@*="))
            elif field.kind == FieldKind.STRING and not (
                field.rules.ids is not None and field.rules.ids.object_id
            ):
                forms_of.append((f'{name} = "a*"', f'{name} = "a00001"', "@~"))
                forms_of.append((f'{name} = ("a00001" OR "b00002")', f'{name} = "a00001"', "@*="))
            elif field.kind == FieldKind.TIMESTAMP:
                absolute = f'{name} > "2020-01-01T00:00:00Z"'
                forms_of.append((f"{name} > now-1h", absolute, "@>"))
            for text, equality, operator in forms_of:
                out.append(
                    pytest.param(
                        model.full_name,
                        keys[0],
                        text,
                        equality,
                        operator,
                        id=f"{model.full_name}[{text}]",
                    )
                )
    return out


async def _plan(seeded: Modelstore, full_name: str, filter_text: str) -> Any:
    """The backend's plan of the first page of a List with this filter (tenant scoped)."""
    assert seeded.db is not None
    store = seeded.stores[full_name]
    ctx = CallContext(tenant=TENANT if store.model.tenant_key else None, cross_tenant=True)
    page = store.lists.page(ctx, filter_text, "")
    command = {
        "find": store.model.collection,
        "filter": page.query,
        "sort": {s.key: s.direction for s in page.sort},
        "limit": PAGE_LIMIT,
    }
    explained = await seeded.db.command("explain", command, verbosity="queryPlanner")
    return explained["queryPlanner"]


@pytest.mark.parametrize(("full_name", "key", "text", "equality", "operator"), filter_form_cases())
async def test_the_new_filter_forms_use_the_index_equality_uses(
    seeded: Modelstore, full_name: str, key: str, text: str, equality: str, operator: str
) -> None:
    """A membership, a prefix and a relative time on an indexed field are found through
    the same index as an equality on that field (with the tenant's condition beside it),
    and where that index takes the field's condition, the new form's condition is an index
    condition too: DocumentDB's RUM indexes answer `$in` (`@*=`), an anchored regex (`@~`)
    and a range (`@>`) themselves. A tenant entity's rows are one primary-key lookup."""
    assert seeded.caps is not None
    new, same = await _plan(seeded, full_name, text), await _plan(seeded, full_name, equality)
    if seeded.caps.backend == "mongodb":
        stages = mongo_stages(new["winningPlan"])
        scans = [s for s in stages if s["stage"] == "IXSCAN"]
        assert scans, (text, new)
        assert "COLLSCAN" not in {s["stage"] for s in stages}, (text, new)
        patterns = {str(s["keyPattern"]) for s in scans}
        wanted = {
            str(s["keyPattern"]) for s in mongo_stages(same["winningPlan"]) if "keyPattern" in s
        }
        assert patterns == wanted, (text, patterns, wanted)
        return
    nodes, equal = pg_nodes(new["Plan"]), pg_nodes(same["Plan"])
    shape = f"{text}: {describe(nodes)} (equality: {describe(equal)})"
    assert not [n for n in nodes if n["Node Type"] == "Seq Scan"], shape
    indexes = {n["Index Name"] for n in nodes if "Index Name" in n}
    assert indexes, shape
    assert indexes == {n["Index Name"] for n in equal if "Index Name" in n}, shape
    field = key.encode().hex()
    if any(field in n.get("Index Cond", "") for n in equal):
        held = [
            n for n in nodes if operator in n.get("Index Cond", "") and field in n["Index Cond"]
        ]
        assert held, f"the condition on {key} is not an index condition: {shape}"


COUNTED = sorted(
    name for name, model in MODELS.items() if model.tenant_key and model.tenant_key != "_id"
)


@pytest.mark.parametrize("full_name", COUNTED)
async def test_explain_of_a_list_total(seeded: Modelstore, full_name: str) -> None:
    """A List's `total_size` counts the page's own condition (tenant, soft delete, TTL)
    with a limit (`EntityStore._count_capped`): `count_documents` sends the aggregate
    below. The tenant's rows are found through an index, never a collection scan, and the
    `$limit` bounds the rows examined."""
    assert seeded.db is not None
    assert seeded.caps is not None
    store = seeded.stores[full_name]
    ctx = CallContext(tenant=TENANT, cross_tenant=True)
    query = store.lists.page(ctx, "", "").query
    limit = store.limits.count + 1
    pipeline = [{"$match": query}, {"$limit": limit}, {"$group": {"_id": 1, "n": {"$sum": 1}}}]
    command = {"aggregate": store.model.collection, "pipeline": pipeline, "cursor": {}}
    explained = await seeded.db.command("explain", command, verbosity="queryPlanner")
    if seeded.caps.backend == "mongodb":
        names = {s["stage"] for s in mongo_stages(explained)}
        assert "IXSCAN" in names, (full_name, names)
        assert "COLLSCAN" not in names, (full_name, names)
        return
    nodes = pg_nodes(explained["queryPlanner"]["Plan"])
    assert not [n for n in nodes if n["Node Type"] == "Seq Scan"], describe(nodes)
    assert model_tenant_is_index_condition(store.model, nodes), f"{full_name}: {describe(nodes)}"
    assert [n for n in nodes if n["Node Type"] == "Limit"], f"no limit: {describe(nodes)}"


def model_tenant_is_index_condition(model: EntityModel, nodes: list[dict[str, Any]]) -> bool:
    """Whether an index scan of `nodes` has the tenant equality (either stored form) as its
    condition."""
    assert model.tenant_key is not None
    tenant = (
        bson_literal(model.tenant_key, TENANT),
        bson_literal(model.tenant_key, forms(TENANT)),
    )
    indexed = [n for n in nodes if n["Node Type"] in ("Index Scan", "Bitmap Index Scan")]
    return any(t in n.get("Index Cond", "") for n in indexed for t in tenant)
