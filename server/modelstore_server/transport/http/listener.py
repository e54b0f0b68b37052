"""The HTTP listener: uvicorn serving the gateway in the gRPC server's own event loop.

The socket is bound here, not by uvicorn, so that port 0 reports the port it got, a taken
port is the same `PortInUse` refusal as for gRPC, and the workers of `serve --workers N`
share the port with SO_REUSEPORT as they share the gRPC one. uvicorn's own signal handling
is switched off (`_Embedded`): `modelstore serve` owns SIGTERM and SIGINT, and stops the
listener itself, after the drain gate has closed (app.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import pathlib
import socket
import ssl
from collections.abc import Iterator

import uvicorn
from starlette.types import ASGIApp

from .. import listen_port

log = logging.getLogger("modelstore.http")
# uvicorn's own start and stop lines ("Started server process", "Finished server process")
# would say the process stops when only the HTTP listener does; app.py logs the listener.
logging.getLogger("uvicorn.error").setLevel(logging.WARNING)


class _Embedded(uvicorn.Server):
    """A uvicorn server that leaves the process's signals to its owner."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        """Install nothing: `modelstore serve` handles SIGTERM and SIGINT."""
        yield


class HttpListener:
    """Serves one ASGI app on `listen` until stopped."""

    def __init__(
        self,
        app: ASGIApp,
        listen: str,
        *,
        reuse_port: bool = False,
        tls_cert: pathlib.Path | None = None,
        tls_key: pathlib.Path | None = None,
        tls_client_ca: pathlib.Path | None = None,
    ) -> None:
        self.listen = listen
        self.port = 0
        self._reuse_port = reuse_port
        config = uvicorn.Config(
            app,
            log_config=None,  # the server's logging, as configured by the CLI
            access_log=False,  # like gRPC: no line per call
            lifespan="off",
            server_header=False,
            ssl_certfile=tls_cert if tls_key is not None else None,
            ssl_keyfile=tls_key if tls_cert is not None else None,
            ssl_ca_certs=str(tls_client_ca) if tls_client_ca is not None else None,
            ssl_cert_reqs=ssl.CERT_REQUIRED if tls_client_ca is not None else ssl.CERT_NONE,
        )
        self._server = _Embedded(config)
        self._socket: socket.socket | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> int:
        """Bind and start serving; return the bound port."""
        host, port = listen_port.split(self.listen)
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        try:
            sock = socket.create_server(
                (host, port), family=family, reuse_port=self._reuse_port, backlog=2048
            )
        except OSError as exc:
            raise listen_port.refusal(self.listen) from exc
        self._socket = sock
        self.port = int(sock.getsockname()[1])
        self._task = asyncio.create_task(self._server.serve(sockets=[sock]))
        while not self._server.started:
            if self._task.done():
                self._task.result()  # raises what stopped it
                raise RuntimeError("the HTTP listener stopped while starting")
            await asyncio.sleep(0.01)
        return self.port

    @property
    def address(self) -> str:
        """The host:port clients connect to."""
        host = self.listen.rsplit(":", 1)[0]
        return f"{host}:{self.port}"

    async def stop(self, grace: float) -> None:
        """Stop accepting, let responses in flight finish (at most `grace` s), close."""
        if self._task is None:
            return
        self._server.config.timeout_graceful_shutdown = max(1, round(grace))
        self._server.should_exit = True
        try:
            await self._task
        finally:
            self._task = None
            if self._socket is not None:
                self._socket.close()
