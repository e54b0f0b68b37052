"""How much one call may count or purge: the cost guards of List's total and of Purge.

Both are settings (`count_limit`, `purge_limit` in `config.py`); the store reads them
from here, so the engine does not depend on the configuration module.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_COUNT_LIMIT = 100_000
DEFAULT_PURGE_LIMIT = 10_000
PURGE_SAMPLE = 100
"""The ids a Purge response names at most (`purge_sample`)."""


@dataclass(frozen=True)
class BulkLimits:
    """The most documents one count examines, and one forced purge deletes."""

    count: int = DEFAULT_COUNT_LIMIT
    """A List's `total_size` (and a dry-run purge's count) stops here, and says so."""
    purge: int = DEFAULT_PURGE_LIMIT
    """A forced purge deletes at most this many documents per call; calling again goes on."""
