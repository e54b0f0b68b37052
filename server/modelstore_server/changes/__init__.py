"""The change feed: committed writes turned into events, kept, and served (docs/changes.md).

`capture` reads the database's log through a `storage.change_capture` source and appends
events (`events`) to the change log (`log`); `service` serves `modelstore.v1.ChangeService`
from the log, woken by `tail`.
"""
