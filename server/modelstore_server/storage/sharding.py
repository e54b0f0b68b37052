"""Sharding a MongoDB cluster's collections on their declared keys (`modelstore migrate`).

Each entity declares its shard key in its proto (`(modelstore.v1.storage).shard_key`); the
engine turns it into a `ShardSpec` of document keys. Connected to a `mongos`, `migrate`
enables sharding for the database and shards every declared collection that is not sharded
yet, on a ranged key (`{workspaceId: 1, _id: 1}`). A collection already sharded on that key
is left alone; one sharded on another key is reported, never changed: resharding moves
every document and is an operator's decision (`reshardCollection`).

This path needs a sharded cluster and none runs on the development machine, so it is
checked only against the declared keys (tests/storage/test_sharding.py), not run; see
docs/deployment.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pymongo import AsyncMongoClient


@dataclass(frozen=True)
class ShardSpec:
    """The shard key of one collection, as document keys in order."""

    collection: str
    keys: tuple[str, ...]

    @property
    def key_document(self) -> dict[str, int]:
        """The key as `shardCollection` takes it: every field ranged (ascending)."""
        return dict.fromkeys(self.keys, 1)


@dataclass(frozen=True)
class ShardAction:
    """What migrate did to one collection's sharding."""

    collection: str
    action: str
    """`sharded`, `unchanged`, or `sharded on another key (...)`."""

    def __str__(self) -> str:
        return f"{self.collection}: {self.action}"


def shard_collection_command(database: str, spec: ShardSpec) -> dict[str, Any]:
    """Return the admin command that shards `spec`'s collection of `database`."""
    return {"shardCollection": f"{database}.{spec.collection}", "key": spec.key_document}


async def ensure_sharding(
    client: AsyncMongoClient[dict[str, Any]], database: str, specs: Sequence[ShardSpec]
) -> list[ShardAction]:
    """Shard each collection of `specs` that is not sharded yet; report each one."""
    # Implicit since MongoDB 6.0 (and accepted there); required on earlier clusters.
    await client.admin.command("enableSharding", database)
    config = client["config"]["collections"]
    actions: list[ShardAction] = []
    for spec in specs:
        namespace = f"{database}.{spec.collection}"
        existing = await config.find_one({"_id": namespace}, {"key": 1})
        if existing is not None and "key" in existing:
            have = {k: v for k, v in dict(existing["key"]).items()}
            if have == spec.key_document:
                actions.append(ShardAction(spec.collection, "unchanged"))
            else:
                actions.append(
                    ShardAction(spec.collection, f"sharded on another key ({have}); not changed")
                )
            continue
        await client.admin.command(shard_collection_command(database, spec))
        actions.append(ShardAction(spec.collection, "sharded"))
    return actions
