"""The request context: who calls, for which tenant, and the call's request id, once per call.

`transport.pipeline` reads the call's metadata once, identifies the caller, then decides
here which tenant the call acts for: the `x-tenant-id` header, which the caller must be
allowed to use (PERMISSION_DENIED, TENANT_MISMATCH otherwise). The resulting `CallContext`
travels to the handler in a context variable (grpc.aio's servicer context cannot carry
attributes), and every layer below reads it; no other place reads the header or decides.
"""

from __future__ import annotations

import contextvars
import itertools
import os
import re
from collections.abc import Mapping

from .. import errors
from ..engine.context import CallContext
from ..security.callers import ANONYMOUS, Caller

TENANT_HEADER = "x-tenant-id"
REQUEST_ID_HEADER = "x-request-id"
ANONYMOUS_PRINCIPAL = "anonymous-loopback"
"""The audit log's principal for the caller of a server without credentials."""
# What a caller's request id may be to reach the audit log as it is: a bounded token of
# printable, unambiguous characters (it is filtered on and shown). Anything else is
# replaced by an id the server makes, rather than refused: the id is for tracing, and a
# proxy's odd id must not fail a write.
_REQUEST_ID = re.compile(r"[A-Za-z0-9._:/+=@-]{1,128}")


class _RequestIds:
    """Request ids for calls that bring none: a random per-process prefix and a counter.

    Every call gets one, reads too, so it must cost next to nothing (a counter, not
    random bytes per call); the prefix keeps processes apart, and a forked child draws
    its own.
    """

    def __init__(self) -> None:
        self._reseed()
        os.register_at_fork(after_in_child=self._reseed)

    def _reseed(self) -> None:
        self._prefix = f"ms-{os.urandom(8).hex()}-"
        self._count = itertools.count(1)

    def __call__(self) -> str:
        return f"{self._prefix}{next(self._count):x}"


_new_request_id = _RequestIds()

current_context: contextvars.ContextVar[CallContext] = contextvars.ContextVar(
    "modelstore_call_context"
)


def request_id_of(metadata: Mapping[str, str]) -> str:
    """Return the request id: the caller's `x-request-id` when usable, else a new one."""
    request_id = metadata.get(REQUEST_ID_HEADER, "")
    return request_id if _REQUEST_ID.fullmatch(request_id) else _new_request_id()


def current_request_id() -> str | None:
    """Return the request id of the call being served (None outside a call), for logs."""
    ctx = current_context.get(None)
    return None if ctx is None else ctx.request_id


def decide(metadata: Mapping[str, str], caller: Caller, rpc: str = "") -> CallContext:
    """Return the context of a call of `rpc` by `caller` with `metadata`."""
    tenant = metadata.get(TENANT_HEADER, "").strip() or None
    if tenant is not None and not caller.may_act_for(tenant):
        raise errors.tenant_mismatch(f"caller {caller.name!r} may not act for this tenant")
    request_id = request_id_of(metadata)
    return CallContext(
        tenant=tenant,
        cross_tenant=caller.cross_tenant,
        caller=caller.name,
        principal=ANONYMOUS_PRINCIPAL if caller is ANONYMOUS else caller.name,
        rpc=rpc,
        request_id=request_id,
    )
