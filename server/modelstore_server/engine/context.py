"""The per-call context every engine operation receives."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CallContext:
    """Who is calling and for which tenant."""

    tenant: str | None
    """The `x-tenant-id` header, or None when absent."""
    cross_tenant: bool = True
    """Whether the caller may act without a tenant header (across all tenants)."""
    caller: str = "anonymous"
    """The caller's name, for logs."""
