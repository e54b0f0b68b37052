"""The Kafka topic of an entity type: `<prefix><full name without "modelstore.">`.

`modelstore.platform.v1.User` with the default prefix `modelstore.` is the topic
`modelstore.platform.v1.User`; with `--topic-prefix prod.ms.` it is
`prod.ms.platform.v1.User`. Only the leading `modelstore.` of the proto package is
replaced, so the domain and version stay in the name: `modelstore.iam.v1.User` and
`modelstore.platform.v1.User` never share a topic.
"""

from __future__ import annotations

import re

DEFAULT_PREFIX = "modelstore."
"""The default `--topic-prefix`: topics are named like the entity's message."""

PACKAGE_ROOT = "modelstore."
"""The part of every entity's full name that the prefix replaces."""

# Kafka's own rule (org.apache.kafka.common.internals.Topic): at most 249 characters of
# ASCII letters, digits, '.', '_' and '-'.
_LEGAL = re.compile(r"[A-Za-z0-9._-]+")
MAX_TOPIC_LENGTH = 249


def check_prefix(prefix: str) -> str:
    """Return `prefix` if it can start a topic name; ValueError otherwise."""
    if prefix and not _LEGAL.fullmatch(prefix):
        raise ValueError(
            f"topic prefix {prefix!r} may hold only ASCII letters, digits, '.', '_' and '-'"
        )
    return prefix


def topic_for(entity_type: str, prefix: str = DEFAULT_PREFIX) -> str:
    """Return the topic of the events of `entity_type` (a full message name)."""
    rest = entity_type.removeprefix(PACKAGE_ROOT)
    topic = check_prefix(prefix) + rest
    if not _LEGAL.fullmatch(topic) or len(topic) > MAX_TOPIC_LENGTH or topic in (".", ".."):
        raise ValueError(f"entity type {entity_type!r} gives no legal Kafka topic ({topic!r})")
    return topic
