"""Caller authentication and rights, before validation and before any handler.

With a credentials file, every RPC except health checks needs a known caller: a bearer
token (`authorization: Bearer <token>`) or, under mutual TLS, a client certificate whose
subject the file names. A missing or unknown identity is UNAUTHENTICATED; a right the RPC
needs that the caller lacks, or a tenant header naming a tenant the caller may not act for,
is PERMISSION_DENIED. Without a credentials file every call is the anonymous caller with
every right, which the CLI only allows on a loopback address (or with `--insecure`).

`transport.pipeline` runs `check` before every handler. The caller travels to the
handlers in a context variable, since grpc.aio's servicer context cannot carry attributes.
"""

from __future__ import annotations

import contextvars
from typing import Any

from modelstore.v1 import errors_pb2, storage_pb2

from ..engine.registry import MethodSpec
from ..errors import PermissionDenied, Unauthenticated
from ..security.callers import ANONYMOUS, Caller, Credentials, Right

current_caller: contextvars.ContextVar[Caller] = contextvars.ContextVar(
    "modelstore_caller", default=ANONYMOUS
)
_RIGHT_OF: dict[int, Right] = {
    storage_pb2.ACCESS_READ: Right.READ,
    storage_pb2.ACCESS_WRITE: Right.WRITE,
    storage_pb2.ACCESS_READ_SECRETS: Right.READ_SECRETS,
}
_OPEN = ("/grpc.health.v1.Health/",)
_TENANT_HEADER = "x-tenant-id"


def _metadata(context: Any) -> dict[str, str]:
    return {k: str(v) for k, v in (context.invocation_metadata() or ())}


def identify(credentials: Credentials, context: Any) -> Caller:
    """Return the caller of an RPC, or raise UNAUTHENTICATED."""
    header = _metadata(context).get("authorization", "")
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


def authorise(caller: Caller, spec: MethodSpec | None, context: Any) -> None:
    """Raise PERMISSION_DENIED unless the caller holds the RPC's rights and may use its tenant."""
    needed: frozenset[int] = (
        spec.requires if spec is not None else frozenset({int(storage_pb2.ACCESS_READ)})
    )
    missing = [_RIGHT_OF[a].value for a in needed if _RIGHT_OF.get(a) not in caller.rights]
    if missing:
        raise PermissionDenied(f"caller {caller.name!r} lacks the right {', '.join(missing)}")
    tenant = _metadata(context).get(_TENANT_HEADER, "").strip()
    if tenant and not caller.may_act_for(tenant):
        raise PermissionDenied(
            f"caller {caller.name!r} may not act for this tenant",
            reason=errors_pb2.ERROR_REASON_TENANT_MISMATCH,
        )


def check(credentials: Credentials, spec: MethodSpec | None, context: Any) -> Caller:
    """Identify the caller of an RPC and check its rights; raise the status error if not."""
    caller = identify(credentials, context)
    authorise(caller, spec, context)
    return caller


def is_open(method: str) -> bool:
    """Whether an RPC needs no caller at all (health checks)."""
    return method.startswith(_OPEN)
