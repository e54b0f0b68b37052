"""Batch writes (AIP-233, 234, 235) from Python: `batch_requests` and `item_index`.

A batch write (`BatchCreateUsers`, `BatchUpdateUsers`, `BatchDeleteUsers`, ...) holds at
most `MAX_BATCH_ITEMS` items and is all or none (docs/batches.md). `batch_requests` splits
any number of items into batch requests of the right type, each within the bound and, when
a `request_id` is given, with its own key derived from it, so running the same loop again
after a failure re-sends each batch with the key it had and nothing is written twice:

    for request in batch_requests(BatchCreateUsersRequest, items, request_id="import-42"):
        created += stub.BatchCreateUsers(request).users

Each request is atomic; the loop as a whole is not (a failure in the third batch leaves
the first two written). `item_index` reads which item of a failed batch the server named.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from google.protobuf.message import Message

from .errors import ModelstoreError
from .standard_methods import MAX_BATCH_ITEMS

_Batch = TypeVar("_Batch", bound=Message)


def batch_requests(
    request_type: type[_Batch],
    items: Iterable[Message],
    *,
    request_id: str = "",
    size: int = MAX_BATCH_ITEMS,
) -> Iterator[_Batch]:
    """Yield `request_type` messages holding `items` in order, at most `size` a request.

    `items` are the single method's requests (`CreateUserRequest` for
    `BatchCreateUsersRequest`). With `request_id`, request k gets `"<request_id>:<k>"`.
    """
    if not 1 <= size <= MAX_BATCH_ITEMS:
        raise ValueError(f"size must be 1 to {MAX_BATCH_ITEMS}, not {size}")
    chunk: list[Message] = []
    count = 0
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield _request(request_type, chunk, request_id, count)
            chunk, count = [], count + 1
    if chunk:
        yield _request(request_type, chunk, request_id, count)


def _request(
    request_type: type[_Batch], chunk: list[Message], request_id: str, count: int
) -> _Batch:
    request = request_type()
    request.requests.extend(chunk)  # type: ignore[attr-defined]
    if request_id:
        request.request_id = f"{request_id}:{count}"  # type: ignore[attr-defined]
    return request


def item_index(error: ModelstoreError) -> int | None:
    """Return the index of the item a failed batch write named, or None if it named none.

    The server puts it in the error's `ErrorInfo.metadata["index"]` (and `requests[i]` in
    the message and the field violations). The index is within the one request that failed.
    """
    value = error.metadata.get("index", "")
    return int(value) if value.isdigit() else None
