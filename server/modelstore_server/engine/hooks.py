"""Per-entity hooks: where domain behaviour meets the standard methods.

A domain module may attach hooks to an entity so that its standard methods keep the
seed's invariants: fill derived fields before a create (a message copies its
conversation's workspace), react after a write (a conversation recounts its messages),
or adjust what a read reports (an expired session never reads as active).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from google.protobuf.message import Message

from .context import CallContext

BeforeCreate = Callable[[Message, CallContext], Awaitable[None]]
AfterWrite = Callable[[str, Mapping[str, Any], CallContext], Awaitable[None]]
OnDecode = Callable[[Message, Mapping[str, Any]], None]


@dataclass(frozen=True)
class EntityHooks:
    """Optional hooks of one entity."""

    before_create: BeforeCreate | None = None
    """Runs after defaults and tenant are applied, before references are checked."""
    after_write: AfterWrite | None = None
    """Runs after a document was `created` (also on an idempotent replay) or `deleted`."""
    on_decode: OnDecode | None = None
    """Adjusts every decoded entity message, given the stored document it came from."""
