"""The filter forms of issue 20 against a real database: membership, prefix, relative time.

`tests/engine/test_filters.py` checks the queries they compile to; this checks that the
backend reads those queries as meant (an `$in` of enum strings, an escaped anchored regex,
`$not` of one), that a listing's pages share one `now`, and that bad forms are
INVALID_ARGUMENT naming `filter` over gRPC.
"""

from __future__ import annotations

import asyncio

import grpc
import pytest

from modelstore.platform.v1 import workspace_pb2 as ws_pb2
from modelstore.platform.v1 import workspace_pb2_grpc as ws_grpc
from tests.support import expect_error

ACTIVE = ws_pb2.WORKSPACE_STATUS_ACTIVE
INACTIVE = ws_pb2.WORKSPACE_STATUS_INACTIVE


@pytest.fixture
async def workspaces(channel: grpc.aio.Channel, unique: str) -> str:
    """Five workspaces `fl-<unique>-<a..e>`; returns the id prefix."""
    stub = ws_grpc.WorkspaceServiceStub(channel)
    prefix = f"fl-{unique}-"
    rows = [
        ("a", "Acme.one", ACTIVE, ["https://a.com"]),
        ("b", "Acme+two", INACTIVE, ["https://b.com", "https://x.com"]),
        ("c", "AcmeXone", ACTIVE, []),
        ("d", "Beta", INACTIVE, ["https://d.com"]),
        ("e", "Star*", ACTIVE, []),
    ]
    for key, name, status, origins in rows:
        await stub.CreateWorkspace(
            ws_pb2.CreateWorkspaceRequest(
                workspace=ws_pb2.Workspace(
                    id=prefix + key, name=name, status=status, allowed_origins=origins
                )
            )
        )
    return prefix


async def keys(channel: grpc.aio.Channel, prefix: str, text: str) -> list[str]:
    """The last letters of the ids the filter lists among the test's workspaces, in id order."""
    stub = ws_grpc.WorkspaceServiceStub(channel)
    page = await stub.ListWorkspaces(
        ws_pb2.ListWorkspacesRequest(filter=f'id = "{prefix}*" AND ({text})', order_by="id")
    )
    return [w.id.removeprefix(prefix) for w in page.workspaces]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Membership: ids, enums (their stored strings) and elements of a repeated field.
        ("id = (fl-UNIQUE-a OR fl-UNIQUE-d OR fl-UNIQUE-z)", ["a", "d"]),
        ("status = (INACTIVE OR UNSPECIFIED)", ["b", "d"]),
        ("status = (ACTIVE OR INACTIVE)", ["a", "b", "c", "d", "e"]),
        ('allowed_origins:("https://x.com" OR "https://d.com")', ["b", "d"]),
        ("NOT status = (INACTIVE)", ["a", "c", "e"]),
        # Prefix: the prefix's characters are literal (`.` and `+` are no regex here).
        ('name = "Acme*"', ["a", "b", "c"]),
        ('name = "Acme.*"', ["a"]),
        ('name = "Acme+*"', ["b"]),
        ('name != "Acme*"', ["d", "e"]),
        (r'name = "Star\*"', ["e"]),
        (r'name = "Star\**"', ["e"]),
        ('name = ("Beta*" OR "Acme.*")', ["a", "d"]),
        # Relative to now: all were created in the last hour, none in the future.
        ("created_at > now-1h AND created_at <= now", ["a", "b", "c", "d", "e"]),
        ("created_at < now-3600s", []),
        ("created_at > now+1m", []),
    ],
)
async def test_the_backend_reads_the_new_forms_as_meant(
    channel: grpc.aio.Channel, workspaces: str, text: str, expected: list[str]
) -> None:
    text = text.replace("fl-UNIQUE-", workspaces)
    assert await keys(channel, workspaces, text) == expected


async def test_every_page_of_a_listing_uses_the_first_pages_now(
    channel: grpc.aio.Channel, workspaces: str
) -> None:
    """A workspace created while a `created_at < now` listing is paged is not in it: the
    page token carries the first page's instant, and it still continues the same filter."""
    stub = ws_grpc.WorkspaceServiceStub(channel)
    flt = f'id = "{workspaces}*" AND created_at < now'
    request = ws_pb2.ListWorkspacesRequest(filter=flt, order_by="id", page_size=2)
    first = await stub.ListWorkspaces(request)
    assert [w.id[-1] for w in first.workspaces] == ["a", "b"]
    await asyncio.sleep(0.01)  # the new row's created_at is after the listing's instant
    await stub.CreateWorkspace(
        ws_pb2.CreateWorkspaceRequest(workspace=ws_pb2.Workspace(id=workspaces + "f", name="New"))
    )
    seen, token = [], first.next_page_token
    while token:
        request.page_token = token
        page = await stub.ListWorkspaces(request)
        seen += [w.id[-1] for w in page.workspaces]
        token = page.next_page_token
    assert seen == ["c", "d", "e"]
    # A new listing reads the clock again and sees it.
    assert await keys(channel, workspaces, "created_at < now") == ["a", "b", "c", "d", "e", "f"]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('name = "Ac*me"', "may only end"),
        ('name = "*"', "needs text before"),
        ('name < "A*"', "needs = or !="),
        ("status = (ACTIVE OR NOPE)", "enum"),
        ("status != (ACTIVE OR INACTIVE)", "needs = or :"),
        ("status = ()", "unexpected ')'"),
        ("created_at > now-1w", "whole number"),
        ("created_at > now - 1h", "without spaces"),
        ("created_at > now+99999999999d", "0001 to 9999"),
    ],
)
async def test_bad_forms_are_invalid_argument_on_filter(
    channel: grpc.aio.Channel, text: str, fragment: str
) -> None:
    stub = ws_grpc.WorkspaceServiceStub(channel)
    got = await expect_error(
        stub.ListWorkspaces(ws_pb2.ListWorkspacesRequest(filter=text)),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert [field for field, _ in got.violations] == ["filter"]
    assert fragment in got.violations[0][1]
