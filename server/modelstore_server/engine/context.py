"""The per-call context every engine operation receives: the one decision about tenancy.

`transport.request_context` makes it once per call, from the caller and the request's
metadata (read once); every layer after that reads it and none decides again. It also
names the call for its audit entries (`principal`, `rpc`, `request_id`, docs/audit.md).
"""

from __future__ import annotations

from typing import NamedTuple


class CallContext(NamedTuple):
    """Who is calling and for which tenant.

    Immutable, and a NamedTuple rather than a frozen dataclass: one is made for every
    call, and a frozen dataclass's `__init__` (one `object.__setattr__` per field) cost
    twice as much.
    """

    tenant: str | None
    """The tenant the call acts for (the `x-tenant-id` header), or None when absent."""
    cross_tenant: bool = True
    """Whether the caller may act without a tenant header (across all tenants)."""
    caller: str = "anonymous"
    """The caller's name, for logs."""
    principal: str = ""
    """Who the audit log says asked: the caller's name from the credentials file, or
    `anonymous-loopback` on a server without credentials; empty for the server's own work."""
    rpc: str = ""
    """The RPC path of the call (`/package.Service/Method`); empty outside a call."""
    request_id: str = ""
    """The call's request id: the caller's `x-request-id`, or one the server made."""

    def for_tenant(self, tenant: str | None) -> CallContext:
        """Return the same caller acting for `tenant`.

        For work a call does inside a tenant it learned from the data (a cross-tenant
        caller resolving a user's own tenant).
        """
        return self._replace(tenant=tenant)


SYSTEM = CallContext(tenant=None, cross_tenant=True, caller="modelstore")
"""The server itself (hooks repairing derived fields), seeing every tenant."""
