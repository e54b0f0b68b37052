"""The embedded default database: PostgreSQL 15 + DocumentDB, with FerretDB v2 in front.

`EmbeddedDatabase` starts both as children on loopback ports, keeps their data in the data
directory, restarts either with backoff when it dies, and stops them in order.
"""

from .errors import EmbeddedError
from .process import die_with_parent, free_port, launch
from .supervisor import EmbeddedDatabase

__all__ = ["EmbeddedDatabase", "EmbeddedError", "die_with_parent", "free_port", "launch"]
