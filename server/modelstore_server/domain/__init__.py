"""Domain behaviour of the seeds: the custom RPCs, one module per domain.

Each module exposes `handlers(deps) -> dict[str, DomainHandler]`, keyed by gRPC method path
(`/modelstore.platform.v1.ClientService/VerifyClientSecret`). Handlers receive the already
validated request and the call context, and raise the typed errors of `modelstore_server
.errors`; the service edge turns those into statuses, as for the standard methods.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from google.protobuf.message import Message
from pymongo.asynchronous.database import AsyncDatabase

from ..engine.context import CallContext
from ..engine.hooks import EntityHooks
from ..engine.store import EntityStore
from ..security.encryption import Keyring
from ..storage.capabilities import Capabilities

DomainHandler = Callable[[Any, CallContext], Awaitable[Message]]
MODULES = ("platform", "knowledge", "directory", "auth", "iam")


@dataclass(frozen=True)
class DomainDeps:
    """What domain handlers may use."""

    stores: Mapping[str, EntityStore]
    """The store of every entity, by full message name."""
    db: AsyncDatabase[dict[str, Any]]
    """The database, for the rare query no store method expresses."""
    keyring: Keyring
    """Field encryption keys."""
    caps: Capabilities
    """What the database can do (transactions, ...)."""

    def store(self, full_name: str) -> EntityStore:
        """Return the store of an entity, for example `modelstore.platform.v1.Client`."""
        return self.stores[full_name]


def collect(deps: DomainDeps) -> dict[str, DomainHandler]:
    """Return the handlers of every domain module, and attach their entity hooks.

    A module may also expose `hooks(deps) -> dict[str, EntityHooks]` keyed by entity full
    name; those are installed on the entity stores before serving starts.
    """
    handlers: dict[str, DomainHandler] = {}
    for name in MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            continue
        handlers.update(module.handlers(deps))
        entity_hooks: Mapping[str, EntityHooks] = (
            module.hooks(deps) if hasattr(module, "hooks") else {}
        )
        for entity, hook in entity_hooks.items():
            deps.stores[entity].hooks = hook
        if hasattr(module, "decode_hooks"):
            for entity, on_decode in module.decode_hooks().items():
                store = deps.stores[entity]
                store.hooks = dataclasses.replace(store.hooks, on_decode=on_decode)
    return handlers
