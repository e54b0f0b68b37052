"""HTTP/JSON against a live server (`http_listen`): the same pipeline as gRPC, as JSON.

One server with a callers file, the change feed and the HTTP listener on loopback port 0,
driven with httpx: the standard methods of one entity per domain, a custom method, the
error statuses as `google.rpc.Status` JSON (404, 400 with field violations, 409 ABORTED on
a stale etag, 401, 403), PATCH's update mask from the body, the tenancy header, and the
change feed's NDJSON stream.
"""

from __future__ import annotations

import json
import pathlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from modelstore_server.app import Modelstore
from modelstore_server.security.callers import new_token
from tests.conftest import make_settings
from tests.statistics import EMBEDDED

pytestmark = pytest.mark.timeout(120)
TOKENS: dict[str, str] = {}
BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest"
ERROR_INFO = "type.googleapis.com/google.rpc.ErrorInfo"


def _callers(path: pathlib.Path) -> pathlib.Path:
    callers = []
    for name, tenants, rights in [
        ("reader", ["acme"], ["read"]),
        ("writer", ["acme"], ["read", "write"]),
        ("admin", "*", ["read", "write", "cross-tenant"]),
    ]:
        token, digest = new_token()
        TOKENS[name] = token
        callers.append({"name": name, "token_sha256": digest, "tenants": tenants, "rights": rights})
    path.write_text(json.dumps({"callers": callers}))
    return path


@pytest.fixture(scope="module")
async def http_server(database_uri: str, tmp_root: pathlib.Path) -> AsyncIterator[Modelstore]:
    embedded = EMBEDDED.get(database_uri)
    static = tmp_root / f"static-{uuid.uuid4().hex[:6]}"
    static.mkdir()
    (static / "index.html").write_text("<!doctype html><title>console</title>")
    app = Modelstore(
        make_settings(
            database_uri,
            tmp_root / f"http-{uuid.uuid4().hex[:6]}",
            http_listen="127.0.0.1:0",
            credentials_file=_callers(tmp_root / "http-callers.json"),
            change_feed=True,
            change_capture_url=embedded.postgres.url if embedded is not None else None,
            http_static_dir=static,
        )
    )
    await app.start()
    try:
        yield app
    finally:
        await app.stop(grace=0)


@pytest.fixture
async def http(http_server: Modelstore) -> AsyncIterator[httpx.AsyncClient]:
    assert http_server.http is not None
    async with httpx.AsyncClient(
        base_url=f"http://{http_server.http.address}",
        headers={"authorization": f"Bearer {TOKENS['admin']}"},
        timeout=20,
    ) as client:
        yield client


def _status(response: httpx.Response, http_code: int, code: int) -> dict[str, Any]:
    """Assert an error answer's HTTP status and google.rpc.Status code; return the status."""
    assert response.status_code == http_code, response.text
    status = response.json()
    assert status["code"] == code, status
    assert any(d["@type"] == ERROR_INFO for d in status["details"]), status
    return status


def _violations(status: dict[str, Any]) -> list[str]:
    return [
        v["field"]
        for d in status["details"]
        if d["@type"] == BAD_REQUEST
        for v in d["fieldViolations"]
    ]


def _suffix() -> str:
    return uuid.uuid4().hex[:10]


# One entity per domain: (collection URL, response field, a valid new entity, a change).
def _entities(s: str) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    return [
        ("/v1/directory/organizations", "organization", {"name": "Acme", "slug": f"acme-{s}"},
         {"name": "Acme Ltd"}),
        ("/v1/auth/users", "user", {"email": f"ada-{s}@example.com", "name": "Ada"},
         {"name": "Ada L."}),
        ("/v1/iam/tenants", "tenant", {"name": "Acme", "slug": f"acme-{s}"}, {"name": "Acme 2"}),
        ("/v1/knowledge/users", "user",
         {"email": f"kb-{s}@example.com", "name": "Kay", "password": "pw-123456"},
         {"name": "Kay B."}),
    ]  # fmt: skip


async def test_standard_methods_of_one_entity_per_domain(http: httpx.AsyncClient) -> None:
    s = _suffix()
    for collection, field, entity, change in _entities(s):
        created = await http.post(collection, json=entity)
        assert created.status_code == 200, (collection, created.text)
        body = created.json()[field]
        assert "password" not in body  # input only: never answered
        ident, etag = body["id"], body["etag"]
        got = await http.get(f"{collection}/{ident}")
        assert got.json()[field]["etag"] == etag
        listed = await http.get(collection, params={"filter": f'id = "{ident}"', "pageSize": 5})
        assert [e["id"] for e in listed.json()[next(iter(listed.json()))]] == [ident]
        patched = await http.patch(f"{collection}/{ident}", json={**change, "etag": etag})
        assert patched.status_code == 200, (collection, patched.text)
        assert patched.json()[field] | change == patched.json()[field]
        batch = await http.get(f"{collection}:batchGet", params=[("ids", ident)])
        assert batch.status_code == 200, batch.text
        deleted = await http.delete(f"{collection}/{ident}")
        assert deleted.status_code == 200, deleted.text
        if deleted.json() == {}:  # a hard delete
            _status(await http.get(f"{collection}/{ident}"), 404, 5)
        else:  # a soft delete (AIP-164, iam) answers the entity, and can be undone
            undone = await http.post(f"{collection}/{ident}:undelete", json={})
            assert undone.status_code == 200, undone.text
    # platform: users live in a workspace, the tenant the header names.
    ws = f"ws-{s}"
    assert (await http.post("/v1/platform/workspaces", json={"id": ws, "name": "W"})).is_success
    user = await http.post(
        "/v1/platform/users",
        params={"request_id": f"req-{s}"},
        json={"id": f"usr-{s}", "username": "ada", "password": "sesame-123"},
        headers={"x-tenant-id": ws},
    )
    assert user.status_code == 200, user.text
    assert user.json()["user"]["workspaceId"] == ws  # taken from x-tenant-id
    verify = await http.post(
        f"/v1/platform/users/usr-{s}:verifyPassword",
        json={"password": "sesame-123"},
        headers={"x-tenant-id": ws},
    )
    assert verify.json() == {"valid": True}
    wrong = await http.post(
        f"/v1/platform/users/usr-{s}:verifyPassword",
        json={"password": "nope"},
        headers={"x-tenant-id": ws},
    )
    assert wrong.json() == {}  # false is proto3 JSON's default: left out


async def test_list_counts_and_purge_over_http(http: httpx.AsyncClient) -> None:
    """`showTotalSize` on a List, and `POST ...:purge` (a dry run, then forced)."""
    s = _suffix()
    collection = "/v1/directory/organizations"
    ids = []
    for i in range(2):
        made = await http.post(collection, json={"name": "Acme", "slug": f"acme-{s}-{i}"})
        ids.append(made.json()["organization"]["id"])
    flt = " OR ".join(f'id = "{i}"' for i in ids)
    listed = await http.get(
        collection, params={"filter": flt, "pageSize": 1, "showTotalSize": True}
    )
    assert listed.json()["totalSize"] == 2, listed.text
    dry = await http.post(f"{collection}:purge", json={"filter": flt})
    assert dry.status_code == 200, dry.text
    assert dry.json()["purgeCount"] == "2"  # an int64: a string in proto3 JSON
    assert sorted(dry.json()["purgeSample"]) == sorted(ids)
    done = await http.post(f"{collection}:purge", json={"filter": flt, "force": True})
    assert done.json()["purgeCount"] == "2", done.text
    _status(await http.get(f"{collection}/{ids[0]}"), 404, 5)
    bad = _status(await http.post(f"{collection}:purge", json={"force": True}), 400, 3)
    assert _violations(bad) == ["filter"]


async def test_errors_are_statuses_with_aip_193_http_codes(
    http: httpx.AsyncClient, http_server: Modelstore
) -> None:
    s = _suffix()
    ws = f"ws-{s}"
    await http.post("/v1/platform/workspaces", json={"id": ws, "name": "W"})
    tenant = {"x-tenant-id": ws}
    missing = _status(await http.get(f"/v1/platform/users/nobody-{s}", headers=tenant), 404, 5)
    assert "nobody" in missing["message"]
    bad = _status(
        await http.post("/v1/platform/users", json={"username": "  "}, headers=tenant), 400, 3
    )
    assert "user.username" in _violations(bad)
    # Transcoding errors are statuses too: a typo'd query parameter, a body that is no JSON.
    typo = _status(await http.get("/v1/platform/users", params={"filtre": "x"}), 400, 3)
    assert _violations(typo) == ["filtre"]
    nojson = _status(await http.post("/v1/platform/users", content=b"{", headers=tenant), 400, 3)
    assert _violations(nojson) == ["body"]
    _status(await http.get("/v1/platform/nothing-here"), 404, 5)
    wrong_method = await http.put("/v1/platform/users", json={})
    assert wrong_method.status_code == 405
    assert wrong_method.json()["code"] == 12  # UNIMPLEMENTED
    created = await http.post(
        "/v1/platform/users", json={"id": f"u-{s}", "username": "bob"}, headers=tenant
    )
    etag = created.json()["user"]["etag"]
    await http.patch(f"/v1/platform/users/u-{s}", json={"roles": ["a"]}, headers=tenant)
    stale = await http.patch(
        f"/v1/platform/users/u-{s}", json={"roles": ["b"], "etag": etag}, headers=tenant
    )
    assert "etag" in _status(stale, 409, 10)["message"]
    assert http_server.http is not None
    base = f"http://{http_server.http.address}"
    async with httpx.AsyncClient(base_url=base, timeout=20) as anonymous:
        _status(await anonymous.get(f"/v1/platform/users/u-{s}", headers=tenant), 401, 16)
        reader = {"authorization": f"Bearer {TOKENS['reader']}", "x-tenant-id": "acme"}
        _status(await anonymous.post("/v1/iam/tenants", json={"name": "x"}, headers=reader), 403, 7)
        # The tenancy header: a writer of acme may not act for another tenant.
        writer = {"authorization": f"Bearer {TOKENS['writer']}", "x-tenant-id": ws}
        _status(await anonymous.get(f"/v1/platform/users/u-{s}", headers=writer), 403, 7)


async def test_batch_writes_over_http(http: httpx.AsyncClient) -> None:
    s = _suffix()
    orgs = "/v1/directory/organizations"
    items = [{"organization": {"name": f"O{i}", "slug": f"o{i}-{s}"}} for i in range(2)]
    body = {"requests": items, "requestId": f"batch-{s}"}
    created = await http.post(f"{orgs}:batchCreate", json=body)
    assert created.status_code == 200, created.text
    made = created.json()["organizations"]
    assert [o["slug"] for o in made] == [f"o0-{s}", f"o1-{s}"]
    again = await http.post(f"{orgs}:batchCreate", json=body)  # the same request_id: no copies
    assert [o["id"] for o in again.json()["organizations"]] == [o["id"] for o in made]
    renames = [
        {"organization": {"id": o["id"], "name": "Renamed"}, "updateMask": "name"} for o in made
    ]
    updated = await http.post(f"{orgs}:batchUpdate", json={"requests": renames})
    assert [o["name"] for o in updated.json()["organizations"]] == ["Renamed", "Renamed"]
    missing = {"requests": [{"id": made[0]["id"]}, {"id": f"nobody-{s}"}]}
    failed = _status(await http.post(f"{orgs}:batchDelete", json=missing), 404, 5)
    assert failed["message"].startswith("requests[1]: ")
    assert (await http.get(f"{orgs}/{made[0]['id']}")).status_code == 200  # nothing deleted
    deleted = await http.post(f"{orgs}:batchDelete", json={"requests": missing["requests"][:1]})
    assert deleted.status_code == 200, deleted.text
    assert deleted.json() == {}


async def test_patch_takes_its_update_mask_from_the_body(http: httpx.AsyncClient) -> None:
    s = _suffix()
    ws = f"ws-{s}"
    await http.post("/v1/platform/workspaces", json={"id": ws, "name": "W"})
    tenant = {"x-tenant-id": ws}
    await http.post(
        "/v1/platform/users",
        json={"id": f"u-{s}", "username": "cy", "roles": ["admin"]},
        headers=tenant,
    )
    # An empty list is "not set" in proto3: only the mask the body stands for clears it. The
    # id, the workspace (immutable) and the etag (output only) sent back change nothing.
    got = (await http.get(f"/v1/platform/users/u-{s}", headers=tenant)).json()["user"]
    cleared = await http.patch(
        f"/v1/platform/users/u-{s}",
        json={"id": got["id"], "workspaceId": ws, "etag": got["etag"], "roles": []},
        headers=tenant,
    )
    assert cleared.status_code == 200, cleared.text
    assert "roles" not in cleared.json()["user"]
    assert cleared.json()["user"]["username"] == "cy"
    # An explicit mask wins: the username in the body is not written.
    masked = await http.patch(
        f"/v1/platform/users/u-{s}",
        params={"updateMask": "roles"},
        json={"username": "zed", "roles": ["x"]},
        headers=tenant,
    )
    assert masked.json()["user"]["username"] == "cy"
    assert masked.json()["user"]["roles"] == ["x"]


async def test_the_change_feed_streams_ndjson(http: httpx.AsyncClient) -> None:
    s = _suffix()
    params = {"entityTypes": "modelstore.directory.v1.Organization"}
    async with http.stream("GET", "/v1/changes:watch", params=params) as stream:
        assert stream.status_code == 200
        assert stream.headers["content-type"].startswith("application/x-ndjson")
        lines = stream.aiter_lines()
        first = json.loads(await anext(lines))
        assert first["result"]["resumeToken"]
        created = await http.post(
            "/v1/directory/organizations", json={"name": "Feed", "slug": f"feed-{s}"}
        )
        ident = created.json()["organization"]["id"]
        async for line in lines:
            events = json.loads(line)["result"].get("events", [])
            if any(e["entityId"] == ident for e in events):
                event = next(e for e in events if e["entityId"] == ident)
                assert event["entity"]["@type"].endswith("modelstore.directory.v1.Organization")
                break
    refused = await http.get("/v1/changes:watch", params={"filter": "nonsense ==="})
    _status(refused, 400, 3)


async def test_hostile_bodies_and_parameters_are_invalid_argument(http: httpx.AsyncClient) -> None:
    tenant = {"x-tenant-id": f"ws-{_suffix()}"}
    deep = b"[" * 100_000 + b"]" * 100_000
    for content in (deep, b"\xff\xfe", b"[1, 2]", b'{"roles": "x"}', b'{"user": {}}'):
        bad = await http.post("/v1/platform/users", content=content, headers=tenant)
        _status(bad, 400, 3)
    struct = b'{"attributes": ' + b'{"a": ' * 200 + b"1" + b"}" * 200 + b"}"
    _status(await http.post("/v1/platform/contacts", content=struct, headers=tenant), 400, 3)
    for params in ({"pageSize": "abc"}, {"pageSize": "99999999999"}, {"showDeleted": "yes"}):
        _status(await http.get("/v1/iam/users", params=params, headers=tenant), 400, 3)
    get_with_body = await http.request("GET", "/v1/platform/users/x", content=b"{}", headers=tenant)
    _status(get_with_body, 400, 3)
    huge = b'{"username": "' + b"a" * (4 * 1024 * 1024) + b'"}'
    _status(await http.post("/v1/platform/users", content=huge, headers=tenant), 429, 8)

    async def chunks():
        yield b'{"username": "'
        for _ in range(5):
            yield b"a" * (1024 * 1024)
        yield b'"}'

    chunked = await http.post("/v1/platform/users", content=chunks(), headers=tenant)
    _status(chunked, 429, 8)


async def test_the_static_directory_is_served_at_the_root(http: httpx.AsyncClient) -> None:
    index = await http.get("/")
    assert index.status_code == 200
    assert "<title>console</title>" in index.text
    assert (await http.get("/openapi.json")).json()["openapi"].startswith("3.")
    _status(await http.get("/v1/no/such/collection"), 404, 5)  # never a file
    assert (await http.get("/missing.js")).status_code == 404
