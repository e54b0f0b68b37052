"""`modelstore relay`: change events of a Modelstore server, published to Kafka.

A gRPC client of `modelstore.v1.ChangeService.WatchChanges` (`feed.py`) that publishes
each event to the topic of its entity type (`topics.py`), keyed by entity id, as protobuf
JSON (`records.py`) through an idempotent acks=all producer (`publisher.py`), and saves
its position after each delivered batch (`state.py`), so that a restart, even after
kill -9, resumes where it stopped: at least once, in order per entity. The loop is
`runner.py`; docs/relay.md is the manual.
"""

from .config import RelayConfig, add_arguments, from_args
from .runner import main, run
from .state import StateError, StateFile
from .topics import DEFAULT_PREFIX, topic_for

__all__ = [
    "DEFAULT_PREFIX",
    "RelayConfig",
    "StateError",
    "StateFile",
    "add_arguments",
    "from_args",
    "main",
    "run",
    "topic_for",
]
