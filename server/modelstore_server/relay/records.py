"""One change event as one Kafka record: topic, key, value, headers, timestamp.

- topic: `topics.topic_for(event.entity_type, prefix)`;
- key: the entity id, UTF-8, so the default partitioner (murmur2 of the key, the same in
  every Kafka client) puts one entity's events on one partition, where Kafka keeps order;
- value: the whole `ChangeEvent` as protobuf JSON with the proto field names
  (`entity_type`, `changed_paths`, and the entity's own `workspace_id`), the same
  snake_case paths `changed_paths` lists, so a consumer can look a changed path up in the
  entity without translating it; enums by name, the entity as JSON of its `Any` (with
  `@type`), unset fields omitted;
- headers: `modelstore-operation` (`CREATE`, `UPDATE`, ... as the feed's filter names
  them), `modelstore-entity-type`, `modelstore-tenant` (absent for global entities),
  `modelstore-resume-token`, and `content-type: application/json`;
- timestamp: the event's commit time, in milliseconds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from google.protobuf import json_format

from modelstore.client.descriptors import generated_files
from modelstore.v1 import change_pb2

from .topics import topic_for

OPERATION_HEADER = "modelstore-operation"
ENTITY_TYPE_HEADER = "modelstore-entity-type"
TENANT_HEADER = "modelstore-tenant"
RESUME_TOKEN_HEADER = "modelstore-resume-token"
CONTENT_TYPE = ("content-type", b"application/json")

_OPERATION_PREFIX = "CHANGE_OPERATION_"


class UnencodableEvent(ValueError):
    """An event this relay cannot write as JSON (an entity type its generated code lacks)."""


@dataclass(frozen=True)
class Record:
    """What the producer sends for one event."""

    topic: str
    key: bytes
    value: bytes
    headers: list[tuple[str, bytes]]
    timestamp_ms: int | None


def load_entity_types() -> None:
    """Register every generated message, so the JSON of an event's `Any` can name its fields.

    The JSON mapping of `google.protobuf.Any` needs the packed message's descriptor; the
    generated modules put them in the default pool when imported.
    """
    generated_files()


def operation_name(operation: int) -> str:
    """`CHANGE_OPERATION_CREATE` -> `CREATE`: the name the feed's filter uses."""
    return change_pb2.ChangeOperation.Name(operation).removeprefix(_OPERATION_PREFIX)  # type: ignore[arg-type]


def to_json(event: change_pb2.ChangeEvent) -> bytes:
    """Return the event as compact protobuf JSON with proto field names."""
    try:
        as_dict = json_format.MessageToDict(event, preserving_proto_field_name=True)
    except TypeError as exc:  # json_format's error for an Any of an unknown type
        raise UnencodableEvent(
            f"cannot write the {event.entity_type} event of {event.entity_id!r} as JSON"
            f" ({exc}): this relay's generated code lacks the type; upgrade the relay"
        ) from None
    return json.dumps(as_dict, separators=(",", ":"), ensure_ascii=False).encode()


def record_of(event: change_pb2.ChangeEvent, prefix: str) -> Record:
    """Return the Kafka record of one change event."""
    headers = [
        (OPERATION_HEADER, operation_name(event.operation).encode()),
        (ENTITY_TYPE_HEADER, event.entity_type.encode()),
    ]
    if event.tenant:
        headers.append((TENANT_HEADER, event.tenant.encode()))
    headers += [(RESUME_TOKEN_HEADER, event.resume_token.encode()), CONTENT_TYPE]
    timestamp = event.commit_time.ToMilliseconds() if event.HasField("commit_time") else None
    return Record(
        topic=topic_for(event.entity_type, prefix),
        key=event.entity_id.encode(),
        value=to_json(event),
        headers=headers,
        timestamp_ms=timestamp,
    )
