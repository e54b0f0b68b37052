"""What a call served over HTTP offers in place of grpc's servicer context.

The wrapped handlers (`transport.pipeline`) read three things from their context: the
metadata (`invocation_metadata`, here the request's headers with lower-case names, as
HTTP/2 and so gRPC metadata spell them), the TLS peer (`auth_context`: none over HTTP, so
an HTTP caller identifies itself with a bearer token), and `abort`, which the error edge
(`transport.status.abort`) calls with the rich status in the trailing metadata. Here that raises
`HttpAbort` carrying the `google.rpc.Status`, which the gateway answers as JSON.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NoReturn

import grpc
from google.rpc import status_pb2

_DETAILS_KEY = "grpc-status-details-bin"


class HttpAbort(Exception):
    """An RPC served over HTTP ended with this status."""

    def __init__(self, status: status_pb2.Status) -> None:
        super().__init__(status.message)
        self.status = status


class HttpCallContext:
    """The servicer context of one HTTP call."""

    def __init__(self, metadata: Sequence[tuple[str, str]]) -> None:
        self._metadata = tuple(metadata)
        self._code: grpc.StatusCode | None = None

    def invocation_metadata(self) -> tuple[tuple[str, str], ...]:
        """Return the request's headers as gRPC metadata."""
        return self._metadata

    def auth_context(self) -> dict[str, list[bytes]]:
        """Return no TLS peer identity: HTTP callers use bearer tokens."""
        return {}

    def code(self) -> grpc.StatusCode | None:
        """Return the code the call was aborted with (None before), as grpc's context does."""
        return self._code

    async def abort_with_status(self, status: grpc.Status) -> NoReturn:
        """End the call with the rich status `grpc_status.rpc_status.to_status` made."""
        await self.abort(status.code, status.details, status.trailing_metadata)

    async def abort(
        self, code: grpc.StatusCode, details: str = "", trailing_metadata: Any = ()
    ) -> NoReturn:
        """End the call with `code`; the rich status when the trailing metadata holds one.

        The error edge (`transport.status.abort`) calls this with what `abort_with_status`
        would pass on, so the status's details travel in `grpc-status-details-bin`.
        """
        self._code = code
        for key, value in trailing_metadata or ():
            if key == _DETAILS_KEY:
                assert isinstance(value, bytes)  # a `-bin` key's value
                raise HttpAbort(status_pb2.Status.FromString(value))
        raise HttpAbort(status_pb2.Status(code=code.value[0], message=details))
