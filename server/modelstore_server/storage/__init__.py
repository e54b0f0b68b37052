"""The storage seam: the one place that knows the backends (MongoDB 6+, FerretDB v2/DocumentDB).

- `capabilities`: what the connected database can do, detected once at start-up;
- `driver_errors`: driver exceptions translated by type, unique violations made one
  `DuplicateKey` on every backend;
- `indexes`: index creation from plain `IndexSpec`s.
The engine and the domain code call these and never ask which backend they are on; this
package imports nothing of theirs.
"""
