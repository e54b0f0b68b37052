"""The closed repository of every entity, split along its seams.

- `repository`: `EntityStore[M]`, the standard methods and the domain primitives;
- `visibility`: tenant scope, soft delete and expiry (one object builds the query and
  checks a document);
- `masks`: read and update masks;
- `field_secrets`: hashed secrets and encrypted fields;
- `conflicts`: why a conditional write matched nothing, and unique violations named;
- `list_query`: the query of one List page;
- `bulk_limits`: how much one List total counts and one Purge deletes;
- `relations`: references between entities (checks on write, cascades on delete).
The documents themselves are reached only through `storage.documents`.
"""

from ...storage.documents import Changes
from ...storage.driver_errors import DuplicateKey
from .list_query import MAX_PAGE_SIZE
from .repository import EntityStore, Listed, Purged, Upserted

__all__ = [
    "MAX_PAGE_SIZE",
    "Changes",
    "DuplicateKey",
    "EntityStore",
    "Listed",
    "Purged",
    "Upserted",
]
