"""Walk the pages of any List RPC (AIP-158): `paginate` yields items, `pages` yields responses.

Both call the RPC, copy `next_page_token` into `page_token`, and call again until the token
is empty. They work with the stubs of a sync channel (`for`) and of an asyncio channel
(`async for`):

    for user in paginate(users.ListUsers, ListUsersRequest(filter='status = ACTIVE'),
                         page_size=100, item_type=User):
        ...

    async for user in paginate(async_users.ListUsers, ListUsersRequest(), item_type=User):
        ...

The caller's request is not modified. The items are the response's repeated message
field (`users`, `workspaces`, ...); pass `item_type` to have them typed, or to pick the
field when a response has more than one.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Iterable, Iterator
from typing import Any, Generic, Protocol, TypeVar, overload

from google.protobuf.message import Message

_Req = TypeVar("_Req", bound=Message)
_Resp = TypeVar("_Resp", bound=Message)
_Item = TypeVar("_Item", bound=Message)
_ReqContra = TypeVar("_ReqContra", bound=Message, contravariant=True)
_RespCo = TypeVar("_RespCo", covariant=True)
_T = TypeVar("_T")

CallMetadata = tuple[tuple[str, str], ...]
"""Per-call metadata accepted by the pager (sent with every page)."""


class ListRpc(Protocol[_ReqContra, _RespCo]):
    """A sync List RPC: `stub.ListFoos` of a stub on a `grpc.Channel`."""

    def __call__(
        self,
        request: _ReqContra,
        *,
        timeout: float | None = ...,
        metadata: CallMetadata | None = ...,
    ) -> _RespCo:
        """Call the RPC with one request."""
        ...


class AsyncListRpc(Protocol[_ReqContra, _RespCo]):
    """An asyncio List RPC: `stub.ListFoos` of a stub on a `grpc.aio.Channel`."""

    def __call__(
        self,
        request: _ReqContra,
        *,
        timeout: float | None = ...,
        metadata: CallMetadata | None = ...,
    ) -> Awaitable[_RespCo]:
        """Call the RPC with one request."""
        ...


def _items_field(response: Message, item_type: type[Message] | None) -> str:
    """Name the repeated message field of a List response (of `item_type`, when given)."""
    candidates: list[str] = []
    for fd in response.DESCRIPTOR.fields:
        item = fd.message_type
        if not fd.is_repeated or item is None or item.GetOptions().map_entry:
            continue
        if item_type is None or item.full_name == item_type.DESCRIPTOR.full_name:
            candidates.append(fd.name)
    if len(candidates) != 1:
        wanted = f" of {item_type.DESCRIPTOR.full_name}" if item_type is not None else ""
        raise TypeError(
            f"{response.DESCRIPTOR.full_name} has {len(candidates)} repeated message "
            f"fields{wanted}; paginate needs exactly one (pass item_type to choose)"
        )
    return candidates[0]


class _Pager(Generic[_T]):
    """Iterable both ways: `__iter__` for sync stubs, `__aiter__` for asyncio stubs."""

    def __init__(
        self,
        rpc: Any,
        request: Message,
        *,
        page_size: int | None,
        item_type: type[Message] | None,
        timeout: float | None,
        metadata: CallMetadata | None,
        whole_pages: bool,
    ) -> None:
        fields = request.DESCRIPTOR.fields_by_name
        if "page_token" not in fields:
            raise TypeError(f"{request.DESCRIPTOR.full_name} has no page_token: not a List RPC")
        if page_size is not None:
            if page_size < 0:
                raise ValueError("page_size must not be negative")
            if "page_size" not in fields:
                raise TypeError(f"{request.DESCRIPTOR.full_name} has no page_size")
        self._rpc = rpc
        self._request = request
        self._page_size = page_size
        self._item_type = item_type
        self._timeout = timeout
        self._metadata = metadata
        self._whole_pages = whole_pages
        self._field: str | None = None

    def _first(self) -> Message:
        request = type(self._request)()
        request.CopyFrom(self._request)
        if self._page_size is not None:
            request.page_size = self._page_size  # type: ignore[attr-defined]
        return request

    def _call(self, request: Message) -> Any:
        return self._rpc(request, timeout=self._timeout, metadata=self._metadata)

    def _emit(self, response: Any) -> list[Any]:
        if not isinstance(response, Message):
            raise TypeError(f"a List RPC returned {type(response).__name__}, not a message")
        if "next_page_token" not in response.DESCRIPTOR.fields_by_name:
            raise TypeError(f"{response.DESCRIPTOR.full_name} has no next_page_token")
        if self._whole_pages:
            return [response]
        if self._field is None:
            self._field = _items_field(response, self._item_type)
        return list(getattr(response, self._field))

    @staticmethod
    def _advance(request: Message, response: Any) -> bool:
        """Put the next page's token into the request; False on the last page."""
        token: str = response.next_page_token
        if not token:
            return False
        if token == getattr(request, "page_token", ""):
            raise RuntimeError("the server returned the same page token twice")
        request.page_token = token  # type: ignore[attr-defined]
        return True

    def __iter__(self) -> Iterator[_T]:
        request = self._first()
        while True:
            response = self._call(request)
            if inspect.isawaitable(response):
                cancel = getattr(response, "cancel", None)
                if callable(cancel):
                    cancel()
                raise TypeError("this RPC belongs to an asyncio stub: use `async for`")
            yield from self._emit(response)
            if not self._advance(request, response):
                return

    async def __aiter__(self) -> AsyncIterator[_T]:
        request = self._first()
        while True:
            response = self._call(request)
            if inspect.isawaitable(response):
                response = await response
            for item in self._emit(response):
                yield item
            if not self._advance(request, response):
                return


@overload
def paginate(
    rpc: AsyncListRpc[_Req, _Resp],
    request: _Req,
    *,
    item_type: type[_Item],
    page_size: int | None = None,
    timeout: float | None = None,
    metadata: CallMetadata | None = None,
) -> AsyncIterable[_Item]: ...
@overload
def paginate(
    rpc: AsyncListRpc[_Req, _Resp],
    request: _Req,
    *,
    item_type: None = None,
    page_size: int | None = None,
    timeout: float | None = None,
    metadata: CallMetadata | None = None,
) -> AsyncIterable[Message]: ...
@overload
def paginate(
    rpc: ListRpc[_Req, _Resp],
    request: _Req,
    *,
    item_type: type[_Item],
    page_size: int | None = None,
    timeout: float | None = None,
    metadata: CallMetadata | None = None,
) -> Iterable[_Item]: ...
@overload
def paginate(
    rpc: ListRpc[_Req, _Resp],
    request: _Req,
    *,
    item_type: None = None,
    page_size: int | None = None,
    timeout: float | None = None,
    metadata: CallMetadata | None = None,
) -> Iterable[Message]: ...
def paginate(
    rpc: Any,
    request: Message,
    *,
    item_type: type[Message] | None = None,
    page_size: int | None = None,
    timeout: float | None = None,
    metadata: CallMetadata | None = None,
) -> Any:
    """Yield every item of a List RPC, page after page, to the last page.

    Args:
        rpc: the stub method, for example `stub.ListUsers` (sync or asyncio stub).
        request: the first request (filter, order_by, ...); it is copied, not changed.
        item_type: the item message class: types the items and picks the repeated field.
        page_size: set on every request (None: the request's own, or the server default).
        timeout: the deadline of each page's call, in seconds.
        metadata: extra metadata sent with each page's call.

    Returns:
        An iterable for `for` (sync stub) or `async for` (asyncio stub). Each iteration
        starts again at the first page.
    """
    return _Pager[Message](
        rpc,
        request,
        page_size=page_size,
        item_type=item_type,
        timeout=timeout,
        metadata=metadata,
        whole_pages=False,
    )


@overload
def pages(
    rpc: AsyncListRpc[_Req, _Resp],
    request: _Req,
    *,
    page_size: int | None = None,
    timeout: float | None = None,
    metadata: CallMetadata | None = None,
) -> AsyncIterable[_Resp]: ...
@overload
def pages(
    rpc: ListRpc[_Req, _Resp],
    request: _Req,
    *,
    page_size: int | None = None,
    timeout: float | None = None,
    metadata: CallMetadata | None = None,
) -> Iterable[_Resp]: ...
def pages(
    rpc: Any,
    request: Message,
    *,
    page_size: int | None = None,
    timeout: float | None = None,
    metadata: CallMetadata | None = None,
) -> Any:
    """Yield every response of a List RPC, page after page (the arguments of `paginate`)."""
    return _Pager[Message](
        rpc,
        request,
        page_size=page_size,
        item_type=None,
        timeout=timeout,
        metadata=metadata,
        whole_pages=True,
    )
