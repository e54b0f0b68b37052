"""Conversation counters of `modelstore.knowledge.v1`: `message_count` and `last_message_at`.

Messages are created and deleted by the engine's standard methods; the Message hooks
(`message_hooks`) keep their conversation's counters true:

- the message's tenant (`workspace_id`) is its conversation's, declared in the proto
  (`tenant_from`) and applied by the engine;
- after every message create or delete, `recount_conversation` recounts the conversation
  from the messages themselves and writes the result with an optimistic-concurrency guard
  on a hidden `counterVersion` key (docs/consistency.md).

The guarded write is atomic on every supported backend, so the guard alone keeps the
counters true across server processes: no lock, in-process or otherwise.

Why the guarded recount converges without transactions: each write of the counters moves
`counterVersion` from the `v` it read to `v + 1`, so the writes are totally ordered, and
each writer counts after it read `v`. A recount that started (read `v0`) after its own
message change is done once its own write lands, or once the stored version reaches
`v0 + 2`: the writer of `v0 + 2` read `v0 + 1`, which was written after this recount read
`v0`, hence after the message change, so its count already includes that change; and no
writer that counted earlier can land after it, since its version is gone.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Mapping
from typing import Any

from modelstore.knowledge.v1 import conversation_pb2, message_pb2

from ..engine.context import CallContext
from ..engine.hooks import EntityHooks
from ..engine.store import Changes
from . import DomainDeps, entity_hooks

log = logging.getLogger("modelstore.knowledge")

MESSAGE = "modelstore.knowledge.v1.Message"
COUNTER_VERSION = "counterVersion"  # hidden key of a conversation document
MAX_ATTEMPTS = 20


async def recount_conversation(deps: DomainDeps, conversation_id: str, tenant: str | None) -> None:
    """Make a conversation's `messageCount` and `lastMessageAt` agree with its messages.

    Call it after every message create or delete (and after a change of a message's
    `timestamp`). A missing conversation (deleted with its messages) is left alone. With
    no messages, `lastMessageAt` goes back to the conversation's `createdAt`, its value
    at creation.
    """
    conversations = deps.store(conversation_pb2.Conversation)
    messages = deps.store(message_pb2.Message)
    # The server's own view, in the conversation's tenant (the messages' tenant too).
    ctx = CallContext(tenant=tenant or None, cross_tenant=True, caller="modelstore")
    of_conversation = {"conversationId": messages.match("conversation_id", conversation_id)}
    first_version: int | None = None
    for attempt in range(MAX_ATTEMPTS):
        conv = await conversations.find(ctx, conversation_id, [COUNTER_VERSION, "createdAt"])
        if conv is None:
            return
        version = int(conv.get(COUNTER_VERSION) or 0)
        if first_version is None:
            first_version = version
        elif version >= first_version + 2:
            return  # a recount that read after our change has landed (see module doc)
        count, newest = await asyncio.gather(
            messages.count(ctx, of_conversation),
            messages.find_first(ctx, of_conversation, ["timestamp"], sort=[("timestamp", -1)]),
        )
        last = newest.get("timestamp") if newest is not None else None
        if last is None:
            last = conv.get("createdAt")
        guard: dict[str, Any] = (
            {COUNTER_VERSION: conv[COUNTER_VERSION]}
            if COUNTER_VERSION in conv
            else {COUNTER_VERSION: {"$exists": False}}
        )
        changes: dict[str, Any] = {"messageCount": count, COUNTER_VERSION: version + 1}
        if last is not None:
            changes["lastMessageAt"] = last
        if await conversations.try_update(ctx, conversation_id, Changes(set=changes), guard):
            return
        await asyncio.sleep(random.uniform(0, 0.002 * (attempt + 1)))
    # Only reachable under extreme contention; the next message write repairs the counters.
    log.warning("gave up recounting a conversation after %d attempts", MAX_ATTEMPTS)


@entity_hooks(MESSAGE)
def message_hooks(deps: DomainDeps) -> EntityHooks:
    """Return the Message hooks: keep the counters true."""

    async def after_write(event: str, doc: Mapping[str, Any], ctx: CallContext) -> None:
        conversation_id = doc.get("conversationId")
        if not conversation_id:
            return
        tenant = doc.get("workspaceId") or ctx.tenant
        await recount_conversation(deps, str(conversation_id), str(tenant) if tenant else None)

    return EntityHooks(after_write=after_write)
