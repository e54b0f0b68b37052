"""Domain behaviour of the seeds: the custom RPCs, one module per domain.

A domain method is one async function declared with `@domain_method`, keyed by the RPC's
full name (`modelstore.platform.v1.ClientService.VerifyClientSecret`) and typed by its
request and response messages:

    @domain_method("modelstore.platform.v1.UserService.VerifyUserPassword")
    async def verify_user_password(
        deps: DomainDeps, request: user_pb2.VerifyUserPasswordRequest, ctx: CallContext
    ) -> user_pb2.VerifyUserPasswordResponse:
        users = deps.store(user_pb2.User)
        valid = await users.verify_secret(ctx, request.id, "password", request.password)
        return user_pb2.VerifyUserPasswordResponse(valid=valid)

Every module of this package is imported at start-up (`collect`), so declaring is all it
takes; `collect` checks each declaration against the RPC's descriptor, and the server
refuses to start while a declared RPC has no implementation. Entity hooks are declared the
same way (`@entity_hooks`). Handlers receive the validated request and the call context,
use only their stores' primitives, and raise the named errors of `modelstore_server.errors`;
the service edge turns those into statuses.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from google.protobuf import descriptor_pool
from google.protobuf.message import Message

from ..engine.context import CallContext
from ..engine.hooks import EntityHooks
from ..engine.store import EntityStore
from ..security.encryption import Keyring

M = TypeVar("M", bound=Message)
Req = TypeVar("Req", bound=Message)
Resp = TypeVar("Resp", bound=Message)


@dataclass(frozen=True)
class DomainDeps:
    """What domain handlers may use."""

    stores: Mapping[str, EntityStore[Any]]
    """The store of every entity, by full message name."""
    keyring: Keyring
    """Field encryption keys."""

    def store(self, entity: type[M]) -> EntityStore[M]:
        """Return the store of an entity, by its generated class (typed as that class)."""
        store = self.stores[entity.DESCRIPTOR.full_name]
        if store.message_class is not entity:
            raise TypeError(f"the store of {entity.DESCRIPTOR.full_name} decodes another class")
        return store


DomainFn = Callable[[DomainDeps, Any, CallContext], Awaitable[Message]]
Handler = Callable[[Message, CallContext], Awaitable[Message]]
HooksFn = Callable[[DomainDeps], EntityHooks]


@dataclass(frozen=True)
class Declared:
    """One declared domain method."""

    rpc: str
    """The RPC's full name, `package.Service.Method`."""
    fn: DomainFn


_METHODS: dict[str, Declared] = {}
_HOOKS: dict[str, HooksFn] = {}


def domain_method(
    rpc: str,
) -> Callable[
    [Callable[[DomainDeps, Req, CallContext], Awaitable[Resp]]],
    Callable[[DomainDeps, Req, CallContext], Awaitable[Resp]],
]:
    """Declare the implementation of RPC `rpc` (its full name)."""

    def register(
        fn: Callable[[DomainDeps, Req, CallContext], Awaitable[Resp]],
    ) -> Callable[[DomainDeps, Req, CallContext], Awaitable[Resp]]:
        if rpc in _METHODS:
            raise ValueError(f"{rpc} is implemented twice")
        _METHODS[rpc] = Declared(rpc, fn)
        return fn

    return register


def entity_hooks(entity: str) -> Callable[[HooksFn], HooksFn]:
    """Declare the hooks of entity `entity` (its full message name)."""

    def register(fn: HooksFn) -> HooksFn:
        if entity in _HOOKS:
            raise ValueError(f"{entity} has hooks twice")
        _HOOKS[entity] = fn
        return fn

    return register


def _import_modules() -> None:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")


def _bind(declared: Declared, deps: DomainDeps) -> Handler:
    fn = declared.fn

    async def handler(request: Message, ctx: CallContext) -> Message:
        return await fn(deps, request, ctx)

    return handler


def declared() -> dict[str, Declared]:
    """Every declared domain method, by RPC full name (imports every domain module)."""
    _import_modules()
    return dict(_METHODS)


def collect(deps: DomainDeps) -> dict[str, Handler]:
    """Install every declared entity hook; return the domain handlers by gRPC path.

    A declaration naming an RPC that the descriptors do not have fails here, at start-up.
    """
    _import_modules()
    for entity, make in _HOOKS.items():
        if entity not in deps.stores:
            raise LookupError(f"hooks declared for {entity}, which is no entity")
        deps.stores[entity].install(make(deps))
    pool = descriptor_pool.Default()
    handlers: dict[str, Handler] = {}
    for rpc, item in _METHODS.items():
        service, _, method = rpc.rpartition(".")
        try:
            found = pool.FindServiceByName(service).methods_by_name[method]
        except KeyError:
            raise LookupError(f"a domain method is declared for {rpc}, which is no RPC") from None
        handlers[f"/{service}/{found.name}"] = _bind(item, deps)
    return handlers
