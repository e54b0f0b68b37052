"""Shared plumbing of the server interceptors: wrapped handlers, built once per method.

grpc.aio calls `intercept_service` for every RPC. Building new closures and a new
`RpcMethodHandler` each time is pure overhead on the hot path, since the inner handler of
a method never changes; so each interceptor keeps the handler it built per method and
rebuilds it only if the inner handler is a different object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeAlias

import grpc

# A string: grpc's runtime classes are not generic, only its type stubs are.
Handler: TypeAlias = "grpc.RpcMethodHandler[Any, Any]"


class WrappedHandlers:
    """The handler an interceptor built for each method, keyed by method path."""

    def __init__(self) -> None:
        self._by_method: dict[str, tuple[Handler, Handler]] = {}

    def get(self, method: str, inner: Handler, build: Callable[[Handler], Handler]) -> Handler:
        """Return the wrapper of `inner` for `method`, building it on first use."""
        hit = self._by_method.get(method)
        if hit is not None and hit[0] is inner:
            return hit[1]
        wrapped = build(inner)
        self._by_method[method] = (inner, wrapped)
        return wrapped


def unary_like(handler: Handler, behavior: Callable[..., Any]) -> Handler:
    """Return a unary-unary handler running `behavior` with the serializers of `handler`."""
    return grpc.unary_unary_rpc_method_handler(
        behavior,
        request_deserializer=handler.request_deserializer,
        response_serializer=handler.response_serializer,
    )


def stream_like(handler: Handler, behavior: Callable[..., Any]) -> Handler:
    """Return a stream-stream handler running `behavior` with the serializers of `handler`."""
    return grpc.stream_stream_rpc_method_handler(
        behavior,
        request_deserializer=handler.request_deserializer,
        response_serializer=handler.response_serializer,
    )
