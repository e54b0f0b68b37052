"""Count what a List RPC's filter matches (AIP-158 `total_size`): `count`.

    total = count(users.ListUsers, ListUsersRequest(filter='status = ACTIVE'))
    print(total.size, "exact" if total.exact else "at least")

    total = await count(async_users.ListUsers, ListUsersRequest())  # an asyncio stub

One call of the List RPC with `page_size` 1 and `show_total_size` set: the server counts
the filter's matches (the same tenant, filter and `show_deleted` as a List) alongside a
one-item page. Past the server's count limit (the `count_limit` setting) the count stops
there, and `exact` is False: `size` is then a lower bound.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any, TypeVar, overload

from google.protobuf.message import Message

from .pager import AsyncListRpc, CallMetadata, ListRpc

_Req = TypeVar("_Req", bound=Message)
_Resp = TypeVar("_Resp", bound=Message)


@dataclass(frozen=True)
class Total:
    """How many entities a List's filter matches."""

    size: int
    """The count; a lower bound when `exact` is False."""
    exact: bool
    """False when the server stopped counting at its count limit (`total_size_capped`)."""


def _count_request(request: Message) -> Message:
    fields = request.DESCRIPTOR.fields_by_name
    if "show_total_size" not in fields or "page_size" not in fields:
        raise TypeError(f"{request.DESCRIPTOR.full_name} has no show_total_size: not a List RPC")
    asked = type(request)()
    asked.CopyFrom(request)
    asked.page_size = 1  # type: ignore[attr-defined]
    asked.show_total_size = True  # type: ignore[attr-defined]
    if "page_token" in fields:
        asked.ClearField("page_token")  # a count is of all pages
    return asked


def _total(response: Any) -> Total:
    if not isinstance(response, Message) or "total_size" not in response.DESCRIPTOR.fields_by_name:
        raise TypeError("the List RPC's response has no total_size")
    capped = bool(getattr(response, "total_size_capped", False))
    return Total(size=int(response.total_size), exact=not capped)  # type: ignore[attr-defined]


async def _await_total(pending: Awaitable[Any]) -> Total:
    return _total(await pending)


@overload
def count(
    rpc: AsyncListRpc[_Req, _Resp],
    request: _Req,
    *,
    timeout: float | None = None,
    metadata: CallMetadata | None = None,
) -> Awaitable[Total]: ...
@overload
def count(
    rpc: ListRpc[_Req, _Resp],
    request: _Req,
    *,
    timeout: float | None = None,
    metadata: CallMetadata | None = None,
) -> Total: ...
def count(
    rpc: Any,
    request: Message,
    *,
    timeout: float | None = None,
    metadata: CallMetadata | None = None,
) -> Any:
    """Return how many entities `request`'s filter matches, in all pages.

    Args:
        rpc: the stub method, for example `stub.ListUsers` (sync or asyncio stub).
        request: a List request (filter, show_deleted); copied, not changed. Its page
            size and token are not used.
        timeout: the call's deadline, in seconds.
        metadata: extra metadata sent with the call.

    Returns:
        A `Total` (sync stub), or an awaitable of one (asyncio stub).
    """
    response = rpc(_count_request(request), timeout=timeout, metadata=metadata)
    if inspect.isawaitable(response):
        return _await_total(response)
    return _total(response)
