"""The retry policy: UNAVAILABLE only, with exponential backoff.

Reads are retried by gRPC itself, from a service config (`grpc.service_config`) whose
`methodConfig` lists every read RPC (`methods.read_methods`). Mutations are not in it: a
mutation is retried only when its request carries a non-empty `request_id` (AIP-155), which
the server deduplicates, and that is decided per request by `RequestIdRetry*Interceptor`
(`interceptors.py`) with the same policy and the same jittered backoff as gRPC's.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import grpc
from google.protobuf.message import Message

from .methods import read_methods

GRPC_MAX_ATTEMPTS = 5
"""gRPC caps `maxAttempts` of a retry policy at 5."""


def _duration(seconds: float) -> str:
    """Format seconds as a protobuf JSON duration (`"0.1s"`)."""
    text = f"{seconds:.9f}".rstrip("0").rstrip(".")
    return f"{text}s"


@dataclass(frozen=True)
class RetryPolicy:
    """How failed calls are retried: which codes, how often, how long to wait.

    The wait before attempt n+1 is a random time in `[0, b)`, where
    `b = min(initial_backoff * backoff_multiplier**(n-1), max_backoff)` (gRPC's jittered
    exponential backoff). A call's deadline covers all its attempts.
    """

    max_attempts: int = 5
    """Attempts in all, the first included: 2 to 5 (gRPC's cap)."""
    initial_backoff: float = 0.1
    """Seconds: the upper bound of the first wait."""
    max_backoff: float = 5.0
    """Seconds: no wait is longer."""
    backoff_multiplier: float = 2.0
    """Growth of the upper bound per attempt."""
    retryable_codes: frozenset[grpc.StatusCode] = field(
        default_factory=lambda: frozenset({grpc.StatusCode.UNAVAILABLE})
    )
    """Status codes that are retried. Modelstore marks only UNAVAILABLE as safe."""

    def __post_init__(self) -> None:
        if not 2 <= self.max_attempts <= GRPC_MAX_ATTEMPTS:
            raise ValueError(f"max_attempts must be 2..{GRPC_MAX_ATTEMPTS}")
        if self.initial_backoff <= 0 or self.max_backoff <= 0:
            raise ValueError("backoffs must be positive")
        if self.backoff_multiplier <= 0:
            raise ValueError("backoff_multiplier must be positive")
        if not self.retryable_codes or grpc.StatusCode.OK in self.retryable_codes:
            raise ValueError("retryable_codes must name at least one error code")

    def backoffs(self) -> Iterator[float]:
        """Yield the jittered wait before each retry (`max_attempts - 1` values)."""
        bound = self.initial_backoff
        for _ in range(self.max_attempts - 1):
            yield random.uniform(0, min(bound, self.max_backoff))
            bound *= self.backoff_multiplier

    def retry_policy_json(self) -> dict[str, Any]:
        """Return the `retryPolicy` object of a gRPC service config."""
        return {
            "maxAttempts": self.max_attempts,
            "initialBackoff": _duration(self.initial_backoff),
            "maxBackoff": _duration(self.max_backoff),
            "backoffMultiplier": self.backoff_multiplier,
            "retryableStatusCodes": sorted(c.name for c in self.retryable_codes),
        }


DEFAULT_RETRY = RetryPolicy()
"""The policy `connect` uses unless told otherwise."""


def service_config(
    policy: RetryPolicy | None = DEFAULT_RETRY, methods: Iterable[str] | None = None
) -> str:
    """Return the JSON service config that retries the read RPCs under a policy.

    `methods` are gRPC paths (`/package.Service/Method`); the default is every read RPC of
    Modelstore. Without a policy the config retries nothing.
    """
    paths = sorted(read_methods() if methods is None else methods)
    names = []
    for path in paths:
        service, _, method = path.strip("/").partition("/")
        names.append({"service": service, "method": method})
    config: dict[str, Any] = {"methodConfig": []}
    if policy is not None and names:
        config["methodConfig"].append({"name": names, "retryPolicy": policy.retry_policy_json()})
    return json.dumps(config, separators=(",", ":"))


def request_id_of(request: object) -> str:
    """Return the request's `request_id` field, or "" when it has none."""
    if not isinstance(request, Message):
        return ""
    if "request_id" not in request.DESCRIPTOR.fields_by_name:
        return ""
    value = getattr(request, "request_id", "")
    return value if isinstance(value, str) else ""
