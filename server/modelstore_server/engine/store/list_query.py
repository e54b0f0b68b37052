"""The query of one List page (AIP-132, 158, 160): visibility, filter, order and keyset.

A page is one `find` with a limit; a page token carries the last row's sort keys, so a
deep page starts at its cursor through the index instead of skipping rows, and is bound to
the query it came from (tenant, filter, order, show_deleted) by a digest, and signed by
the server (`pagination.PageTokens`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ... import errors
from ..context import CallContext
from ..filters import FilterClock, FilterError, compile_filter
from ..model import EntityModel
from ..ordering import SortKey, parse_order_by
from ..pagination import PageTokens, keyset_condition, keyset_continuation, query_digest
from .visibility import Visibility

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000


def page_size(requested: int) -> int:
    """Return the rows one page returns for a requested `page_size` (0: the default)."""
    if requested < 0:
        raise errors.negative_page_size()
    return min(requested or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)


class ListQuery:
    """Builds the List queries of one entity."""

    def __init__(self, model: EntityModel, visibility: Visibility, tokens: PageTokens) -> None:
        self.model = model
        self.visibility = visibility
        self.tokens = tokens
        """Signs and checks the page tokens (one server-wide key, `pagination.PURPOSE`)."""

    def build(
        self,
        ctx: CallContext,
        filter_text: str,
        order_by: str,
        show_deleted: bool = False,
        page_token: str = "",
    ) -> tuple[dict[str, Any], tuple[SortKey, ...], bytes]:
        """Return the query, the sort and the token digest of one List page.

        This is exactly what a List sends; `tests/engine/test_index_use.py` explains it.
        """
        page = self.page(ctx, filter_text, order_by, show_deleted, page_token)
        return page.query, page.sort, page.digest

    def page(
        self,
        ctx: CallContext,
        filter_text: str,
        order_by: str,
        show_deleted: bool = False,
        page_token: str = "",
        adopted: Sequence[Any] = (),
    ) -> Page:
        """Return everything one List page sends (`Page`); `adopted` as in `Visibility.scope`."""
        sort = parse_order_by(order_by, self.model.descriptor)
        parts: list[dict[str, Any]] = []
        for part in (
            self.visibility.scope(ctx, adopted),
            self.visibility.live(),
            {} if show_deleted else self.visibility.not_deleted(),
        ):
            if part:
                parts.append(part)
        digest = query_digest(
            self.model.full_name,
            ctx.tenant or "",
            filter_text.strip(),
            ",".join(f"{s.key}:{s.direction}" for s in sort),
            str(show_deleted),
        )
        # The token is read before the filter is compiled: it holds the instant the first
        # page evaluated `now` at, which every page of the listing uses (pagination.py).
        cursor = self.tokens.cursor(page_token, sort, digest) if page_token else None
        clock = FilterClock(cursor.now if cursor is not None else None)
        try:
            compiled = compile_filter(filter_text, self.model.descriptor, clock=clock)
        except FilterError as exc:
            raise errors.invalid_filter(str(exc)) from None
        if compiled:
            parts.append(compiled)
        # A copy: `_conjunction` of several parts wraps the list itself in `$and`, and the
        # keyset range appended below must not leak into the rows the page pages through
        # (it did, and a filtered deep page measured the share after the cursor instead).
        matching = _conjunction(list(parts)) if page_token else None
        continuation = None
        if cursor is not None:
            last = cursor.values
            beyond = keyset_continuation(sort, last)
            if beyond is not None:
                continuation = _conjunction([*parts, beyond])
            parts.append(keyset_condition(sort, last))
        return Page(_conjunction(parts), matching, sort, digest, continuation, clock.read)


@dataclass(frozen=True)
class Page:
    """The query of one List page."""

    query: dict[str, Any]
    """The whole condition, the page token's keyset range included."""
    matching: dict[str, Any] | None
    """The condition without the keyset range (None on a first page): the rows the query
    pages through, whose share of the collection decides how a deep page is read."""
    sort: tuple[SortKey, ...]
    digest: bytes
    """Binds page tokens to this query (tenant, filter, order, show_deleted)."""
    continuation: dict[str, Any] | None = None
    """The rows of the other id type after the keyset range (`keyset_continuation`), read
    when the range does not fill the page; None when there are none to read."""
    now: datetime | None = None
    """The instant the filter's relative times (`now-1h`) were evaluated at, for the next
    page's token to carry; None when the filter has none."""


def _conjunction(parts: list[dict[str, Any]]) -> dict[str, Any]:
    return parts[0] if len(parts) == 1 else ({"$and": parts} if parts else {})
