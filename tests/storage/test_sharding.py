"""Shard keys: declared on every entity, checked against MongoDB's rules, and the commands
`modelstore migrate` sends to a `mongos` (no sharded cluster runs here: the commands are
checked, not run; docs/deployment.md)."""

from __future__ import annotations

import uuid

import pytest
from google.protobuf import descriptor_pb2, descriptor_pool
from google.protobuf.message_factory import GetMessageClass

from modelstore.v1 import storage_pb2
from modelstore_server.engine.model import EntityModel, build_entity_model
from modelstore_server.engine.registry import discover
from modelstore_server.storage.sharding import shard_collection_command


def _models() -> list[EntityModel]:
    return [s.model for s in discover() if s.model is not None]


def test_every_entity_declares_its_shard_key() -> None:
    undeclared = [m.full_name for m in _models() if not m.shard_key_declared]
    assert undeclared == []


def test_tenant_scoped_keys_start_with_the_tenant() -> None:
    for model in _models():
        if model.shard_key and model.tenant_key is not None:
            assert model.shard_key[0] == model.tenant_key, model.full_name


def test_migrate_shards_on_the_declared_key() -> None:
    by_collection = {m.collection: m for m in _models()}
    users = by_collection["platform.users"].shard_spec()
    assert users is not None
    assert shard_collection_command("modelstore", users) == {
        "shardCollection": "modelstore.platform.users",
        "key": {"workspaceId": 1},
    }
    messages = by_collection["knowledge.messages"].shard_spec()
    assert messages is not None
    assert messages.key_document == {"workspaceId": 1, "_id": 1}
    assert by_collection["auth.users"].shard_spec() is None  # unsharded: global unique email


def _entity(shard_key: storage_pb2.ShardKey, *, unique_on: str = "") -> EntityModel:
    """Build a throwaway entity message with a tenant, a name and these options."""
    package = f"sharding.test{uuid.uuid4().hex[:8]}"  # each case its own symbols
    file = descriptor_pb2.FileDescriptorProto(
        name=f"{package.replace('.', '/')}.proto",
        package=package,
        syntax="proto3",
        dependency=["modelstore/v1/storage.proto"],
    )
    message = file.message_type.add(name="Thing")
    for number, name in enumerate(("id", "workspace_id", "name"), start=1):
        message.field.add(
            name=name,
            number=number,
            type=descriptor_pb2.FieldDescriptorProto.TYPE_STRING,
            label=descriptor_pb2.FieldDescriptorProto.LABEL_OPTIONAL,
        )
    options = storage_pb2.StorageOptions(
        collection="test.things", tenant_field="workspace_id", shard_key=shard_key
    )
    if unique_on:
        options.indexes.add(keys=[storage_pb2.IndexKey(field=unique_on)], unique=True)
    message.options.Extensions[storage_pb2.storage].CopyFrom(options)
    pool = descriptor_pool.Default()
    pool.Add(file)
    descriptor = pool.FindMessageTypeByName(f"{package}.Thing")
    GetMessageClass(descriptor)
    return build_entity_model(descriptor)


@pytest.mark.parametrize(
    ("shard_key", "unique_on", "complaint"),
    [
        (storage_pb2.ShardKey(fields=["id"]), "", "must start with the tenant field"),
        (storage_pb2.ShardKey(fields=["workspace_id"], unsharded=True), "", "both"),
        (storage_pb2.ShardKey(fields=["workspace_id", "id"]), "name", "does not start with"),
    ],
)
def test_a_key_against_the_rules_stops_the_start(
    shard_key: storage_pb2.ShardKey, unique_on: str, complaint: str
) -> None:
    with pytest.raises(ValueError, match=complaint):
        _entity(shard_key, unique_on=unique_on)
