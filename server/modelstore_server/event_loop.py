"""The event loop `modelstore serve` runs on: uvloop where it is installed, else asyncio's.

Why: on the GetUser hot path most of the server's CPU time per call is event-loop work
(epoll, callbacks, the driver's timers and tasks), not the engine's; uvloop does that work
in C. grpc.aio and pymongo's async client run on it unchanged. docs/performance.md has the
measurement. `asyncio` stays selectable (`--event-loop asyncio`, MODELSTORE_EVENT_LOOP) for
platforms without uvloop and for debugging.
"""

from __future__ import annotations

import asyncio
import importlib.util
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")
CHOICES = ("auto", "uvloop", "asyncio")


def resolve(choice: str) -> str:
    """Return the loop a choice means here: `uvloop` or `asyncio`."""
    if choice not in CHOICES:
        raise ValueError(f"event loop must be one of {', '.join(CHOICES)}, not {choice!r}")
    available = importlib.util.find_spec("uvloop") is not None
    if choice == "uvloop" and not available:
        raise ValueError("event loop 'uvloop' was asked for, but uvloop is not installed")
    if choice == "auto":
        return "uvloop" if available else "asyncio"
    return choice


def factory(choice: str) -> Callable[[], asyncio.AbstractEventLoop] | None:
    """Return the loop factory for `asyncio.Runner` (None: asyncio's default loop)."""
    if resolve(choice) == "asyncio":
        return None
    import uvloop

    new_loop: Callable[[], asyncio.AbstractEventLoop] = uvloop.new_event_loop
    return new_loop


def run(main: Coroutine[Any, Any, T], choice: str) -> T:
    """Run `main` to completion on the chosen loop, like `asyncio.run`."""
    try:
        loop_factory = factory(choice)
    except BaseException:
        main.close()  # never started: close it, or Python warns it was never awaited
        raise
    with asyncio.Runner(loop_factory=loop_factory) as runner:
        return runner.run(main)
