"""Caller authentication and rights, before validation and before any handler.

With a credentials file, every RPC except health checks needs a known caller: a bearer
token (`authorization: Bearer <token>`) or, under mutual TLS, a client certificate whose
subject the file names. A missing or unknown identity is UNAUTHENTICATED; a right the RPC
needs that the caller lacks, or a tenant header naming a tenant the caller may not act for,
is PERMISSION_DENIED. Without a credentials file every call is the anonymous caller with
every right, which the CLI only allows on a loopback address (or with `--insecure`).

`transport.pipeline` runs `check` before every handler, with the metadata it read once;
whether the caller may use the call's tenant is decided with the tenant itself, in
`transport.request_context`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from modelstore.v1 import errors_pb2, storage_pb2

from .. import errors
from ..engine.registry import MethodSpec
from ..errors import Unauthenticated
from ..security.callers import Caller, Credentials, Right

_RIGHT_OF: dict[int, Right] = {
    storage_pb2.ACCESS_READ: Right.READ,
    storage_pb2.ACCESS_WRITE: Right.WRITE,
    storage_pb2.ACCESS_READ_SECRETS: Right.READ_SECRETS,
}
_OPEN = ("/grpc.health.v1.Health/",)
# Headers that decide who calls and for whom: two values would be resolved one way here and
# possibly another by a proxy or a log reader, so a second value is refused, not chosen.
_SINGLE = frozenset({"authorization", "x-tenant-id"})


def metadata_of(context: Any) -> dict[str, str]:
    """Return the call's metadata as a dictionary: the one read of it per call.

    Raises:
        InvalidArgument: when `authorization` or `x-tenant-id` is sent more than once.
    """
    out: dict[str, str] = {}
    for key, value in context.invocation_metadata() or ():
        if key in out and key in _SINGLE:
            raise errors.duplicate_header(key)
        out[key] = str(value)
    return out


def identify(credentials: Credentials, metadata: Mapping[str, str], context: Any) -> Caller:
    """Return the caller of an RPC, or raise UNAUTHENTICATED."""
    header = metadata.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if token and scheme.lower() == "bearer":
        caller = credentials.by_token(token.strip())
        if caller is not None:
            return caller
        raise Unauthenticated("unknown bearer token")
    auth = context.auth_context() or {}
    subjects = [s.decode() for s in auth.get("x509_subject", [])]
    subjects += [s.decode() for s in auth.get("x509_common_name", [])]
    if subjects:
        caller = credentials.by_subject(subjects)
        if caller is not None:
            return caller
    raise Unauthenticated(
        "this server requires credentials: send 'authorization: Bearer <token>'",
        reason=errors_pb2.ERROR_REASON_UNAUTHENTICATED,
    )


def authorise(caller: Caller, spec: MethodSpec | None) -> None:
    """Raise PERMISSION_DENIED unless the caller holds the rights the RPC needs."""
    needed: frozenset[int] = (
        spec.requires if spec is not None else frozenset({int(storage_pb2.ACCESS_READ)})
    )
    missing = [_RIGHT_OF[a].value for a in needed if _RIGHT_OF.get(a) not in caller.rights]
    if missing:
        raise errors.lacks_rights(caller.name, missing)


def check(
    credentials: Credentials, spec: MethodSpec | None, metadata: Mapping[str, str], context: Any
) -> Caller:
    """Identify the caller of an RPC and check its rights; raise the status error if not."""
    caller = identify(credentials, metadata, context)
    authorise(caller, spec)
    return caller


def is_open(method: str) -> bool:
    """Whether an RPC needs no caller at all (health checks)."""
    return method.startswith(_OPEN)
