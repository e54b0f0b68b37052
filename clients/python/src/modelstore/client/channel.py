"""`connect` and `connect_async`: a channel with tenant, token, TLS, retries and typed errors.

Both return a plain gRPC channel (`grpc.Channel`, `grpc.aio.Channel`), so the generated
stubs work on it unchanged:

    with connect("127.0.0.1:50051", tenant="ws_1") as channel:
        users = user_pb2_grpc.UserServiceStub(channel)
        users.GetUser(user_pb2.GetUserRequest(id="usr_1"))
"""

from __future__ import annotations

import pathlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import grpc
import grpc.aio

from .interceptors import (
    AsyncRequestIdRetryInterceptor,
    AsyncTypedErrorInterceptor,
    MetadataInterceptor,
    RequestIdRetryInterceptor,
    TypedErrorInterceptor,
    async_metadata_interceptors,
    call_metadata,
)
from .retry import DEFAULT_RETRY, RetryPolicy, service_config

USER_AGENT = "modelstore-client-python/0.1.0"
"""Sent as the primary user agent of every channel."""

ChannelOptions = Sequence[tuple[str, Any]]


@dataclass(frozen=True)
class TlsConfig:
    """TLS settings of a channel: which CA to trust and, for mutual TLS, the client's key pair.

    Every field is optional: `TlsConfig()` trusts the system roots, like `tls=True`.
    """

    root_certificates: bytes | None = None
    """PEM CA certificates that sign the server's certificate; None: the system roots."""
    private_key: bytes | None = None
    """PEM private key of the client certificate (mutual TLS)."""
    certificate_chain: bytes | None = None
    """PEM client certificate chain (mutual TLS)."""
    server_name: str | None = None
    """Expect this name in the server's certificate instead of the target's host (testing)."""

    def __post_init__(self) -> None:
        if (self.private_key is None) != (self.certificate_chain is None):
            raise ValueError("mutual TLS needs both private_key and certificate_chain")

    @classmethod
    def from_files(
        cls,
        root_certificates: str | pathlib.Path | None = None,
        private_key: str | pathlib.Path | None = None,
        certificate_chain: str | pathlib.Path | None = None,
        server_name: str | None = None,
    ) -> TlsConfig:
        """Read the PEM files of a TLS configuration."""

        def read(path: str | pathlib.Path | None) -> bytes | None:
            return None if path is None else pathlib.Path(path).read_bytes()

        return cls(read(root_certificates), read(private_key), read(certificate_chain), server_name)

    def credentials(self) -> grpc.ChannelCredentials:
        """Return the channel credentials of this configuration."""
        return grpc.ssl_channel_credentials(
            root_certificates=self.root_certificates,
            private_key=self.private_key,
            certificate_chain=self.certificate_chain,
        )

    def options(self) -> list[tuple[str, Any]]:
        """Return the channel options this configuration needs."""
        return [("grpc.ssl_target_name_override", self.server_name)] if self.server_name else []


Tls = bool | TlsConfig | grpc.ChannelCredentials
"""`False`: plaintext; `True`: TLS with the system roots; a `TlsConfig`; or credentials."""


def _credentials(tls: Tls) -> tuple[grpc.ChannelCredentials | None, list[tuple[str, Any]]]:
    if tls is False:
        return None, []
    if tls is True:
        return grpc.ssl_channel_credentials(), []
    if isinstance(tls, TlsConfig):
        return tls.credentials(), tls.options()
    if isinstance(tls, grpc.ChannelCredentials):
        return tls, []
    raise TypeError(f"tls must be a bool, TlsConfig or grpc.ChannelCredentials, not {tls!r}")


def channel_options(
    retry: RetryPolicy | None = DEFAULT_RETRY, options: ChannelOptions = ()
) -> list[tuple[str, Any]]:
    """Return the channel options of `connect`: the caller's, then the retry service config.

    A key the caller sets is not set again.
    """
    out = list(options)
    keys = {key for key, _ in out}
    defaults: list[tuple[str, Any]] = [("grpc.primary_user_agent", USER_AGENT)]
    if retry is not None:
        defaults += [("grpc.enable_retries", 1), ("grpc.service_config", service_config(retry))]
    out.extend(item for item in defaults if item[0] not in keys)
    return out


def connect(
    target: str,
    *,
    tenant: str | None = None,
    token: str | None = None,
    tls: Tls = False,
    retry: RetryPolicy | None = DEFAULT_RETRY,
    raise_typed: bool = True,
    options: ChannelOptions = (),
    compression: grpc.Compression | None = None,
) -> grpc.Channel:
    """Open a sync channel to a Modelstore server.

    Args:
        target: `host:port`, or any gRPC target (`dns:///...`, `unix:...`).
        tenant: sent as `x-tenant-id` on every call; a call may send its own instead.
        token: sent as `authorization: Bearer <token>` on every call.
        tls: False (plaintext), True (TLS with the system roots), a `TlsConfig` (own CA,
            mutual TLS) or ready `grpc.ChannelCredentials`.
        retry: retries UNAVAILABLE with backoff: reads always (gRPC's service-config
            retry), mutations only when their request has a non-empty `request_id`.
            None disables retries.
        raise_typed: failed unary calls raise the `ModelstoreError` subclass of their code
            (a `grpc.RpcError`); False leaves gRPC's own errors. On a sync channel, with this
            or with retries, `.future()` returns once the call is complete.
        options: further gRPC channel options.
        compression: the channel's default compression.

    Returns:
        A `grpc.Channel` for the generated stubs; close it (or use `with`) when done.
    """
    credentials, tls_options = _credentials(tls)
    opts = channel_options(retry, [*tls_options, *options])
    if credentials is None:
        base = grpc.insecure_channel(target, options=opts, compression=compression)
    else:
        base = grpc.secure_channel(target, credentials, options=opts, compression=compression)
    interceptors: list[Any] = []
    if raise_typed:
        interceptors.append(TypedErrorInterceptor())
    pairs = call_metadata(tenant, token)
    if pairs:
        interceptors.append(MetadataInterceptor(pairs))
    if retry is not None:
        interceptors.append(RequestIdRetryInterceptor(retry))
    return grpc.intercept_channel(base, *interceptors) if interceptors else base


def connect_async(
    target: str,
    *,
    tenant: str | None = None,
    token: str | None = None,
    tls: Tls = False,
    retry: RetryPolicy | None = DEFAULT_RETRY,
    raise_typed: bool = True,
    options: ChannelOptions = (),
    compression: grpc.Compression | None = None,
) -> grpc.aio.Channel:
    """Open an asyncio channel to a Modelstore server.

    The arguments are those of `connect`. With `raise_typed`, `await stub.Method(...)`
    raises the `ModelstoreError` subclass of a failed call.

    Returns:
        A `grpc.aio.Channel`; `await channel.close()` (or `async with`) when done.
    """
    credentials, tls_options = _credentials(tls)
    opts = channel_options(retry, [*tls_options, *options])
    interceptors: list[grpc.aio.ClientInterceptor] = []
    if raise_typed:
        interceptors.append(AsyncTypedErrorInterceptor())
    pairs = call_metadata(tenant, token)
    if pairs:
        interceptors.extend(async_metadata_interceptors(pairs))
    if retry is not None:
        interceptors.append(AsyncRequestIdRetryInterceptor(retry))
    if credentials is None:
        return grpc.aio.insecure_channel(
            target, options=opts, compression=compression, interceptors=interceptors
        )
    return grpc.aio.secure_channel(
        target, credentials, options=opts, compression=compression, interceptors=interceptors
    )
