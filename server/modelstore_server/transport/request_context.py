"""The request context: who calls and for which tenant, decided once per call.

`transport.pipeline` reads the call's metadata once, identifies the caller, then decides
here which tenant the call acts for: the `x-tenant-id` header, which the caller must be
allowed to use (PERMISSION_DENIED, TENANT_MISMATCH otherwise). The resulting `CallContext`
travels to the handler in a context variable (grpc.aio's servicer context cannot carry
attributes), and every layer below reads it; no other place reads the header or decides.
"""

from __future__ import annotations

import contextvars
from collections.abc import Mapping

from .. import errors
from ..engine.context import CallContext
from ..security.callers import Caller

TENANT_HEADER = "x-tenant-id"

current_context: contextvars.ContextVar[CallContext] = contextvars.ContextVar(
    "modelstore_call_context"
)


def decide(metadata: Mapping[str, str], caller: Caller) -> CallContext:
    """Return the context of a call by `caller` with `metadata`."""
    tenant = metadata.get(TENANT_HEADER, "").strip() or None
    if tenant is not None and not caller.may_act_for(tenant):
        raise errors.tenant_mismatch(f"caller {caller.name!r} may not act for this tenant")
    return CallContext(tenant=tenant, cross_tenant=caller.cross_tenant, caller=caller.name)
