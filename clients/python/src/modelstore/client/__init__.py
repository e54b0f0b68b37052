"""The typed Python client of Modelstore, on top of the generated stubs.

- `connect` / `connect_async`: a `grpc.Channel` / `grpc.aio.Channel` that sends the tenant
  (`x-tenant-id`) and token (`authorization: Bearer ...`), speaks TLS or mutual TLS,
  retries UNAVAILABLE (reads always, mutations only with a `request_id`) and raises typed
  errors.
- `paginate` / `pages`: walk every page of any List RPC, sync or asyncio.
- `batch_requests` / `item_index`: batch writes (BatchCreate, BatchUpdate, BatchDelete) of
  any number of items, in requests within the bound and idempotent keys; which item a
  failed batch named.
- `count` (a `Total`): how many entities a List's filter matches (AIP-158 `total_size`).
- `ModelstoreError` and its subclasses (`NotFoundError`, `AlreadyExistsError`, ...): the
  status code, ErrorInfo reason and metadata, and BadRequest field violations of a failed
  call; `from_rpc_error` decodes any `grpc.RpcError`.
- `RetryPolicy`, `TlsConfig`: the settings of `connect`.
- `read_modify_write` / `read_modify_write_sync` with `ContentionBackoff`: the retry of a
  write that lost an etag race (ABORTED): read again, apply again, after a jittered wait.
- `watch_changes` / `watch_changes_sync` with `WatchBackoff`: the change feed
  (`ChangeService.WatchChanges`) as an iterator that reconnects after a disconnect or a
  server restart, resumes from its last position, and yields each event once.

See clients/python/README.md.
"""

from .batches import batch_requests, item_index
from .changes import (
    DEFAULT_WATCH_BACKOFF,
    ChangeWatcher,
    ChangeWatcherSync,
    WatchBackoff,
    watch_changes,
    watch_changes_sync,
)
from .channel import TlsConfig, channel_options, connect, connect_async
from .counts import Total, count
from .errors import (
    DOMAIN,
    AbortedError,
    AlreadyExistsError,
    CallCancelledError,
    DataLossError,
    DeadlineExceededError,
    FailedPreconditionError,
    FieldViolation,
    InternalError,
    InvalidArgumentError,
    ModelstoreError,
    NotFoundError,
    OutOfRangeError,
    PermissionDeniedError,
    ResourceExhaustedError,
    UnauthenticatedError,
    UnavailableError,
    UnimplementedError,
    UnknownError,
    error_class,
    from_rpc_error,
    from_status,
)
from .interceptors import AUTHORIZATION_HEADER, TENANT_HEADER, call_metadata
from .methods import is_read_method, is_read_path, read_methods
from .pager import AsyncListRpc, ListRpc, pages, paginate
from .retry import (
    DEFAULT_CONTENTION,
    DEFAULT_RETRY,
    ContentionBackoff,
    RetryPolicy,
    read_modify_write,
    read_modify_write_sync,
    service_config,
)

__all__ = [
    "AUTHORIZATION_HEADER",
    "DEFAULT_CONTENTION",
    "DEFAULT_RETRY",
    "DEFAULT_WATCH_BACKOFF",
    "DOMAIN",
    "TENANT_HEADER",
    "AbortedError",
    "AlreadyExistsError",
    "AsyncListRpc",
    "CallCancelledError",
    "ChangeWatcher",
    "ChangeWatcherSync",
    "ContentionBackoff",
    "DataLossError",
    "DeadlineExceededError",
    "FailedPreconditionError",
    "FieldViolation",
    "InternalError",
    "InvalidArgumentError",
    "ListRpc",
    "ModelstoreError",
    "NotFoundError",
    "OutOfRangeError",
    "PermissionDeniedError",
    "ResourceExhaustedError",
    "RetryPolicy",
    "TlsConfig",
    "Total",
    "UnauthenticatedError",
    "UnavailableError",
    "UnimplementedError",
    "UnknownError",
    "WatchBackoff",
    "batch_requests",
    "call_metadata",
    "channel_options",
    "connect",
    "connect_async",
    "count",
    "error_class",
    "from_rpc_error",
    "from_status",
    "is_read_method",
    "is_read_path",
    "item_index",
    "pages",
    "paginate",
    "read_methods",
    "read_modify_write",
    "read_modify_write_sync",
    "service_config",
    "watch_changes",
    "watch_changes_sync",
]
