"""Route lookup by collection: one dictionary lookup, then Starlette matches a handful.

Starlette's router tries its routes in order, each a regular expression: with the
contract's ~200 routes, finding GetUser of `platform` cost about as much as the rest of
the call (bench/http_json.py). `IndexedRoutes` is one Starlette route holding them all,
grouped by their collection (`/v1/platform/users`, `/v1/changes`: the literal segments
before the first variable, a custom verb cut off), so a request is matched against its
collection's few routes only, with Starlette's own matching.

It owns the API's namespace (`/v1`): a path there is always its answer, 405 for a bound
path with another method and 404 for an unbound one (as statuses, by the app's exception
handlers), so nothing mounted after it (a static directory at `/`) ever answers an API path.
"""

from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException
from starlette.routing import BaseRoute, Match, NoMatchFound, Route
from starlette.types import Receive, Scope, Send

_MATCHED = "modelstore.route"
"""The scope key that carries the matched route (or None) from `matches` to `handle`."""
_REFUSED = "modelstore.refused"
"""The scope key of the HTTP status `handle` answers instead (404 or 405)."""
_DEPTH = 3
"""Segments of the longest collection prefix: `/v1/{domain}/{plural}`."""


def collection_of(template: str) -> str:
    """Return a route path's collection: its literal segments before the first variable."""
    literal: list[str] = []
    for segment in template.split("/")[1 : _DEPTH + 1]:
        if "{" in segment:
            break
        literal.append(segment.split(":", 1)[0])
    return "/" + "/".join(literal)


def _candidates(path: str) -> list[str]:
    """Return the collections a request path may belong to, the longest first."""
    segments = [s.split(":", 1)[0] for s in path.split("/")[1 : _DEPTH + 1]]
    return ["/" + "/".join(segments[:n]) for n in range(len(segments), 1, -1)]


class IndexedRoutes(BaseRoute):
    """Many routes, looked up by collection, matched by Starlette."""

    def __init__(self, routes: list[Route], namespace: str = "/v1") -> None:
        self._namespace = namespace
        self._by_collection: dict[str, list[Route]] = {}
        for route in routes:
            self._by_collection.setdefault(collection_of(route.path), []).append(route)

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        """Match any path of the namespace (FULL), routed, refused 405 or 404; else NONE."""
        if scope["type"] != "http":
            return Match.NONE, {}
        path: str = scope["path"]  # the app is mounted at the root: no root_path to strip
        if path != self._namespace and not path.startswith(self._namespace + "/"):
            return Match.NONE, {}
        partial = False
        for collection in _candidates(path):
            for route in self._by_collection.get(collection, ()):
                match, child = route.matches(scope)
                if match is Match.FULL:
                    return Match.FULL, {**child, _MATCHED: route}
                partial = partial or match is Match.PARTIAL
        return Match.FULL, {_MATCHED: None, _REFUSED: 405 if partial else 404}

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the route `matches` found, or refuse the path (the app answers the status)."""
        route: Route | None = scope[_MATCHED]
        if route is None:
            raise HTTPException(scope[_REFUSED])
        await route.handle(scope, receive, send)

    def url_path_for(self, name: str, /, **path_params: Any) -> Any:
        """Build no URLs: the API's routes are not named."""
        raise NoMatchFound(name, path_params)
