"""Callers and their rights, from a credentials file (YAML or JSON).

```yaml
callers:
  - name: billing-service
    token_sha256: 6b1f...        # `modelstore hash-token` prints a new token and this hash
    tenants: [ws_1, ws_2]        # or "*" for every tenant
    rights: [read, write]        # read, write, read-secrets, cross-tenant
  - name: ops
    subject: CN=ops-client       # identified by its client certificate under mutual TLS
    tenants: "*"
    rights: [read, cross-tenant]
```

Tokens are random bearer secrets (`authorization: Bearer <token>`); the file keeps only
their SHA-256, which is enough for high-entropy tokens (there is nothing to brute-force),
and lookups compare digests in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import pathlib
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import yaml


class Right(Enum):
    """What a caller may do."""

    READ = "read"
    WRITE = "write"
    READ_SECRETS = "read-secrets"
    CROSS_TENANT = "cross-tenant"


class CredentialsError(ValueError):
    """The credentials file is malformed."""


@dataclass(frozen=True)
class Caller:
    """One known caller."""

    name: str
    rights: frozenset[Right]
    tenants: frozenset[str] | None
    """The tenants the caller may act for; None means every tenant."""
    token_sha256: str | None = None
    subject: str | None = None

    @property
    def cross_tenant(self) -> bool:
        """Whether the caller may call tenant-scoped RPCs without a tenant header."""
        return Right.CROSS_TENANT in self.rights

    def may_act_for(self, tenant: str) -> bool:
        """Whether the caller may use this tenant."""
        return self.tenants is None or tenant in self.tenants


ANONYMOUS = Caller(name="anonymous", rights=frozenset(Right), tenants=None)
"""The caller of a server without credentials (loopback only, or --insecure)."""


def token_digest(token: str) -> str:
    """Return the hex SHA-256 of a bearer token, as stored in the credentials file."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> tuple[str, str]:
    """Return a new random token and its digest."""
    token = secrets.token_urlsafe(32)
    return token, token_digest(token)


@dataclass
class Credentials:
    """The known callers, indexed by token digest and by certificate subject."""

    callers: list[Caller] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_digest = {c.token_sha256: c for c in self.callers if c.token_sha256}
        self._by_subject = {c.subject: c for c in self.callers if c.subject}

    def by_token(self, token: str) -> Caller | None:
        """Find the caller whose token this is."""
        digest = token_digest(token)
        for known, caller in self._by_digest.items():
            if hmac.compare_digest(known, digest):
                return caller
        return None

    def by_subject(self, subjects: Iterable[str]) -> Caller | None:
        """Find the caller identified by one of a client certificate's subject names."""
        for subject in subjects:
            caller = self._by_subject.get(subject)
            if caller is not None:
                return caller
        return None

    @classmethod
    def load(cls, path: pathlib.Path) -> Credentials:
        """Read a YAML or JSON credentials file."""
        text = path.read_text()
        data: Any = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
        if not isinstance(data, Mapping) or not isinstance(data.get("callers"), list):
            raise CredentialsError(f"{path}: expected a mapping with a 'callers' list")
        return cls([_caller(entry, path) for entry in data["callers"]])


def _caller(entry: Any, path: pathlib.Path) -> Caller:
    if not isinstance(entry, Mapping) or not entry.get("name"):
        raise CredentialsError(f"{path}: every caller needs a name")
    name = str(entry["name"])
    digest = entry.get("token_sha256")
    subject = entry.get("subject")
    if not digest and not subject:
        raise CredentialsError(f"{path}: caller {name!r} needs token_sha256 or subject")
    if digest and (len(str(digest)) != 64 or not all(c in "0123456789abcdef" for c in digest)):
        raise CredentialsError(f"{path}: caller {name!r} token_sha256 must be 64 hex digits")
    try:
        rights = frozenset(Right(r) for r in entry.get("rights", []))
    except ValueError as exc:
        raise CredentialsError(f"{path}: caller {name!r}: {exc}") from None
    raw_tenants = entry.get("tenants", [])
    tenants = None if raw_tenants in ("*", "all") else frozenset(str(t) for t in raw_tenants)
    return Caller(
        name=name,
        rights=rights,
        tenants=tenants,
        token_sha256=str(digest) if digest else None,
        subject=str(subject) if subject else None,
    )
