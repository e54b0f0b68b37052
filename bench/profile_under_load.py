"""Where a server's CPU goes under load: per-thread CPU and a py-spy profile, by component.

`bench/profile_hot_path.py` profiles the handler of sequential calls in-process. This script
looks at the whole server process while ghz drives GetUser at concurrency 32, the load of
the throughput target, for Modelstore and for the `floor` baseline (the raw driver's find
behind a bare grpc.aio handler), on a fresh embedded database seeded like the main benchmark:

1. CPU per call per thread, from /proc/<pid>/task/*/stat around an unprofiled run: how much
   of the server's CPU is the Python (event-loop) thread and how much gRPC core's own
   threads, which no Python profiler sees.
2. A `py-spy record --native` profile of a second run, each sample charged to the
   innermost frame that belongs to a known component (the driver, gRPC, protobuf, the
   event loop, Modelstore's engine and transport, the floor's handler), so a system call
   counts for whoever made it.

    python -m bench.profile_under_load [--seconds 10] [--targets modelstore,floor]

Writes bench/results/profile-under-load.json and prints a table. Sampling slows the server
(fewer calls complete), so the profile gives shares of the Python thread's busy time, and
the unprofiled run gives the absolute CPU per call.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time
from typing import Any

from bench import run as bench

# Innermost match wins; checked in this order for each frame.
COMPONENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("driver (pymongo, bson)", ("pymongo/", "bson/", "_cbson")),
    ("protobuf (upb)", ("_message.abi3", "google/protobuf/")),
    (
        "Modelstore engine + transport",
        (
            "modelstore_server/engine",
            "modelstore_server/transport",
            "modelstore_server/domain",
            "modelstore_server/storage",
            "modelstore_server/security",
            "modelstore_server/errors",
        ),
    ),
    ("floor handler", ("bench/servers.py",)),
    ("gRPC (cygrpc, grpc.aio)", ("cygrpc", "grpc/")),
    ("event loop (uvloop, asyncio)", ("loop.c", "uv_", "core.c", "_asynciomodule", "asyncio/")),
)
IDLE_LEAVES = ("epoll_wait", "epoll_pwait", "pthread_cond", "futex", "nanosleep", "__poll")


def thread_cpu(pid: int) -> dict[str, float]:
    """CPU seconds so far per thread name of a process (threads of one name summed)."""
    out: dict[str, float] = collections.defaultdict(float)
    tick = os.sysconf("SC_CLK_TCK")
    for task in pathlib.Path(f"/proc/{pid}/task").iterdir():
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat.rsplit(")", 1)[1].split()
        out[name] += (int(fields[11]) + int(fields[12])) / tick
    return dict(out)


def component(frames: list[str]) -> str | None:
    """The component a sample belongs to, or None when the thread was waiting."""
    if any(frames[-1].startswith(idle) for idle in IDLE_LEAVES):
        return None
    for frame in reversed(frames):
        for name, marks in COMPONENTS:
            if any(mark in frame for mark in marks):
                return name
    return "other (interpreter, libc)"


def shares(raw_profile: pathlib.Path) -> dict[str, float]:
    """Each component's share of the busy samples of a py-spy raw (collapsed) profile."""
    counts: collections.Counter[str] = collections.Counter()
    for line in raw_profile.read_text().splitlines():
        stack, _, n = line.rpartition(" ")
        name = component(stack.split(";"))
        if name is not None:
            counts[name] += int(n)
    busy = sum(counts.values()) or 1
    return {name: counts[name] / busy for name, _ in counts.most_common()}


def measure(name: str, uri: str, seconds: float, out_dir: pathlib.Path) -> dict[str, Any]:
    server = bench.start_target(name, uri, "bench")
    try:
        bench.run_ghz(server.address, "get", 8, argparse.Namespace(duration=2))  # warm
        before = thread_cpu(server.proc.pid)
        stats = bench.run_ghz(server.address, "get", 32, argparse.Namespace(duration=seconds))
        after = thread_cpu(server.proc.pid)
        calls = stats.get("count") or 1
        per_thread = {
            t: 1000 * (after[t] - before.get(t, 0.0)) / calls
            for t in after
            if after[t] - before.get(t, 0.0) > 0
        }
        profile = out_dir / f"{name}.txt"
        spy = subprocess.Popen(
            [
                "py-spy",
                "record",
                "--native",
                "--rate",
                "250",
                "--duration",
                str(int(seconds)),
                "--format",
                "raw",
                "--output",
                str(profile),
                "--pid",
                str(server.proc.pid),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        time.sleep(0.5)
        bench.run_ghz(server.address, "get", 32, argparse.Namespace(duration=seconds))
        spy.wait()
        return {
            "rps": stats.get("rps"),
            "cpu_ms_per_call_by_thread": per_thread,
            "cpu_ms_per_call": sum(per_thread.values()),
            "python_thread_shares": shares(profile) if profile.exists() else {},
        }
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--targets", default="modelstore,floor")
    args = parser.parse_args()
    if shutil.which("py-spy") is None:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "py-spy>=0.4"], check=True)
    bench.BUILD.mkdir(exist_ok=True)
    bench.protoset()
    from modelstore_server.embedded import EmbeddedDatabase

    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o711)  # the embedded PostgreSQL's own user must reach it as root
        embedded = EmbeddedDatabase(pathlib.Path(tmp) / "data")
        uri = asyncio.run(embedded.start())
        try:
            bench.migrate(uri, "bench")
            asyncio.run(bench.seed(uri, "bench", 500))
            result = {
                name: measure(name, uri, args.seconds, pathlib.Path(tmp))
                for name in args.targets.split(",")
            }
        finally:
            asyncio.run(embedded.stop())
    (bench.RESULTS / "profile-under-load.json").write_text(json.dumps(result, indent=1))
    for name, row in result.items():
        print(
            f"\n{name}: {row['rps']:.0f} req/s unprofiled,"
            f" {row['cpu_ms_per_call']:.3f} ms CPU per call"
        )
        for thread, ms in sorted(row["cpu_ms_per_call_by_thread"].items(), key=lambda kv: -kv[1]):
            print(f"  thread {thread:<20} {ms:.3f} ms/call")
        for comp, share in row["python_thread_shares"].items():
            print(f"  {100 * share:5.1f}%  {comp}")


if __name__ == "__main__":
    main()
