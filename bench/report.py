"""Tables (markdown) and the plot (PNG) of a benchmark result."""

from __future__ import annotations

import pathlib
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGETS = ["modelstore", "handwritten", "raw", "bare"]


def _index(result: dict[str, Any]) -> dict[tuple[str, str, int], dict[str, Any]]:
    return {(r["target"], r["workload"], r["concurrency"]): r for r in result["runs"]}


def _div(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b else "- (0 completed)"


def _p95(r: dict[str, Any]) -> str:
    return f"{r['p95_ms']:.2f}" if "p95_ms" in r else "n/a"


def from_log(path: pathlib.Path) -> list[dict[str, Any]]:
    """Rebuild the runs of a result from the lines `bench.run` printed (no p95 there)."""
    import re

    line = re.compile(
        r"^(\S+)\s+(\S+)\s+c=(\d+)\s+([\d.]+) rps\s+p50\s+([\d.]+)\s+p99\s+([\d.]+) ms"
        r"\s+err (\d+)"
    )
    runs = []
    for text in path.read_text().splitlines():
        m = line.match(text)
        if m:
            runs.append(
                {
                    "target": m[1],
                    "workload": m[2],
                    "concurrency": int(m[3]),
                    "rps": float(m[4]),
                    "p50_ms": float(m[5]),
                    "p99_ms": float(m[6]),
                    "errors": int(m[7]),
                }
            )
    return runs


def table(result: dict[str, Any]) -> str:
    idx = _index(result)
    lines = [
        "| workload | c | Modelstore rps | p50 / p95 / p99 ms | ÷ raw rps | ÷ hand-written rps"
        " | ÷ bare rps | p50 - raw p50 ms | hand-written rps | raw rps | bare rps |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for (target, workload, c), r in sorted(idx.items(), key=lambda kv: (kv[0][1], kv[0][2])):
        if target != "modelstore":
            continue
        raw = idx.get(("raw", workload, c), {})
        hw = idx.get(("handwritten", workload, c), {})
        bare = idx.get(("bare", workload, c), {})

        def ratio(other: dict[str, Any], r: dict[str, Any] = r) -> str:
            return f"{r['rps'] / other['rps']:.2f}" if other.get("rps") else "-"

        if not r.get("count"):  # nothing completed in the window: no latency to report
            lat, added = "none completed", "-"
        else:
            lat = f"{r['p50_ms']:.2f} / {_p95(r)} / {r['p99_ms']:.2f}"
            added = f"{r['p50_ms'] - raw['p50_ms']:+.2f}" if raw.get("p50_ms") else "-"
        lines.append(
            f"| {workload} | {c} | {r['rps']:.0f} | {lat} | {ratio(raw)} | {ratio(hw)} |"
            f" {ratio(bare)} | {added} |"
            f" {hw.get('rps', 0):.0f} | {raw.get('rps', 0):.0f} | {bare.get('rps', 0):.0f} |"
        )
    return "\n".join(lines)


def before_after(result: dict[str, Any]) -> str:
    idx = _index(result)
    lines = [
        "| workload | c | before rps | after rps | after ÷ before | before p50 ms | after p50 ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for (target, workload, c), b in sorted(idx.items(), key=lambda kv: (kv[0][1], kv[0][2])):
        if target != "before":
            continue
        a = idx.get(("modelstore", workload, c))
        if not a or not b.get("rps"):
            continue
        lines.append(
            f"| {workload} | {c} | {b['rps']:.0f} | {a['rps']:.0f} |"
            f" {_div(a['rps'], b['rps'])} | {b['p50_ms']:.2f} | {a['p50_ms']:.2f} |"
        )
    return "\n".join(lines)


def workers(result: dict[str, Any]) -> str:
    idx = _index(result)
    lines = [
        "| workload | c | 1 worker rps | 2 workers rps | 2 ÷ 1 | 1 worker p99 ms |"
        " 2 workers p99 ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for (target, workload, c), w in sorted(idx.items(), key=lambda kv: (kv[0][1], kv[0][2])):
        if target != "modelstore-w2":
            continue
        one = idx.get(("modelstore", workload, c))
        if not one:
            continue
        lines.append(
            f"| {workload} | {c} | {one['rps']:.0f} | {w['rps']:.0f} |"
            f" {_div(w['rps'], one['rps'])} | {one.get('p99_ms', 0):.2f} |"
            f" {w.get('p99_ms', 0):.2f} |"
        )
    return "\n".join(lines)


def scale(result: dict[str, Any]) -> str:
    data = result.get("scale")
    if not data:
        return "(not run)"
    lines = [
        "| users in tenant | seed s | Get first p50 ms | Get deep p50 ms |"
        " List page 1 p50 ms | List deep page p50 ms | deep ÷ first (List) |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in data["rows"]:
        n = row["users"]
        seed = data["seed_seconds"].get(n) or data["seed_seconds"].get(str(n)) or 0
        lf, ld = row["list_first"]["p50_ms"], row["list_deep"]["p50_ms"]
        lines.append(
            f"| {n:,} | {seed:.0f} | {row['get_first']['p50_ms']:.2f} |"
            f" {row['get_deep']['p50_ms']:.2f} | {lf:.1f} | {ld:.1f} |"
            f" {ld / lf:.2f} |"
        )
    return "\n".join(lines)


def _median(values: list[float]) -> float:
    import statistics

    return statistics.median(values) if values else 0.0


def _cpu(row: dict[str, Any] | None, key: str) -> float:
    return float(((row or {}).get("cpu_ms_per_call") or {}).get(key, 0.0))


def rounds(result: dict[str, Any]) -> str:
    """The interleaved GetUser rounds: per round and the medians the verdicts use."""
    rows = result.get("rounds") or []
    if not rows:
        return "(not run)"
    by = {(r["round"], r["target"], r["concurrency"]): r for r in rows}
    lines = [
        "| c | round | raw rps | Modelstore rps | ÷ raw | floor rps | floor ÷ raw | bare rps |"
        " raw p50 ms | Modelstore p50 ms | added p50 ms | floor added p50 ms | bare p50 ms |"
        " CPU ms/call raw (driver + db) | CPU ms/call Modelstore (server + ghz + db) |"
        " CPU ms/call floor (server + ghz + db) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    summary: dict[int, dict[str, list[float]]] = {}
    for c in sorted({r["concurrency"] for r in rows}):
        acc = summary.setdefault(
            c,
            {"ratio": [], "added": [], "bare_p50": [], "predicted": [], "floor": [], "fadd": []},
        )
        for rnd in sorted({r["round"] for r in rows}):
            raw, ms, floor, bare = (
                by.get((rnd, t, c)) for t in ("raw", "modelstore", "floor", "bare")
            )
            floor = floor or {}
            if not raw or not ms or not raw.get("rps"):
                continue
            ratio = ms["rps"] / raw["rps"]
            added = ms["p50_ms"] - raw["p50_ms"]
            raw_cpu = _cpu(raw, "load") + _cpu(raw, "database")
            ms_cpu = _cpu(ms, "server") + _cpu(ms, "load") + _cpu(ms, "database")
            acc["ratio"].append(ratio)
            acc["added"].append(added)
            if bare:
                acc["bare_p50"].append(bare["p50_ms"])
            f_ratio = floor.get("rps", 0) / raw["rps"]
            f_added = floor.get("p50_ms", 0) - raw["p50_ms"]
            if floor:
                acc["floor"].append(f_ratio)
                acc["fadd"].append(f_added)
            if raw_cpu and ms_cpu:
                acc["predicted"].append(raw_cpu / ms_cpu)
            lines.append(
                f"| {c} | {rnd + 1} | {raw['rps']:.0f} | {ms['rps']:.0f} | {ratio:.2f} |"
                f" {floor.get('rps', 0):.0f} | {f_ratio:.2f} |"
                f" {(bare or {}).get('rps', 0):.0f} | {raw['p50_ms']:.2f} | {ms['p50_ms']:.2f} |"
                f" {added:+.2f} | {f_added:+.2f} | {(bare or {}).get('p50_ms', 0):.2f} |"
                f" {_cpu(raw, 'load'):.2f} + {_cpu(raw, 'database'):.2f} |"
                f" {_cpu(ms, 'server'):.2f} + {_cpu(ms, 'load'):.2f} + {_cpu(ms, 'database'):.2f} |"
                f" {_cpu(floor, 'server'):.2f} + {_cpu(floor, 'load'):.2f} +"
                f" {_cpu(floor, 'database'):.2f} |"
            )
    lines.append("")
    for c, acc in summary.items():
        lines.append(
            f"- c={c}: median Modelstore ÷ raw throughput **{_median(acc['ratio']):.2f}**;"
            f" median added p50 **{_median(acc['added']):+.2f} ms**;"
            f" floor ÷ raw {_median(acc['floor']):.2f}, floor added p50"
            f" {_median(acc['fadd']):+.2f} ms;"
            f" bare gRPC server p50 {_median(acc['bare_p50']):.2f} ms;"
            f" ratio the CPU per call predicts (raw CPU ÷ Modelstore CPU)"
            f" {_median(acc['predicted']):.2f}."
        )
    return "\n".join(lines)


def peers(result: dict[str, Any]) -> str:
    """Modelstore against the hand-written services: medians of interleaved rounds.

    The verdict's baseline is `handwritten-audited` (the same work, audit entry included);
    `handwritten` (no audit log) shows what the audit log costs.
    """
    rows = result.get("peers") or []
    if not rows:
        return "(not run)"
    lines = [
        "| workload | c | rounds | Modelstore median rps | hand-written + audit median rps |"
        " ÷ hand-written + audit (medians) | per-round ratios |"
        " hand-written, no audit, median rps | ÷ hand-written, no audit |"
        " Modelstore p50 ms | hand-written + audit p50 ms |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    keys = sorted({(r["workload"], r["concurrency"]) for r in rows})
    for workload, c in keys:
        here = [r for r in rows if r["workload"] == workload and r["concurrency"] == c]
        by = {
            who: {r["round"]: r for r in here if r["target"] == target}
            for who, target in (
                ("m", "modelstore"),
                ("a", "handwritten-audited"),
                ("h", "handwritten"),
            )
        }
        rounds_ = sorted(set(by["m"]) & set(by["a"]) & set(by["h"]))
        med = {
            who: {k: _median([float(d[n].get(k, 0)) for n in rounds_]) for k in ("rps", "p50_ms")}
            for who, d in by.items()
        }
        per_round = ", ".join(
            _div(by["m"][n].get("rps", 0), by["a"][n].get("rps", 0)) for n in rounds_
        )
        lines.append(
            f"| {workload} | {c} | {len(rounds_)} | {med['m']['rps']:.0f} | {med['a']['rps']:.0f} |"
            f" {_div(med['m']['rps'], med['a']['rps'])} | {per_round} |"
            f" {med['h']['rps']:.0f} | {_div(med['m']['rps'], med['h']['rps'])} |"
            f" {med['m']['p50_ms']:.2f} | {med['a']['p50_ms']:.2f} |"
        )
    return "\n".join(lines)


def changes(result: dict[str, Any]) -> str:
    """What the changes after a commit gained: GetUser, medians of interleaved rounds."""
    rows = result.get("changes") or []
    if not rows:
        return "(not run)"
    names = ["before", "modelstore-asyncio", "modelstore"]
    lines = [
        f"`before` = the server at {result.get('changes_ref')};"
        " `modelstore-asyncio` = this tree on asyncio's loop; `modelstore` = this tree (uvloop).",
        "",
        "| c | target | median rps | ÷ before | median p50 ms | median server CPU ms/call |",
        "|---|---|---|---|---|---|",
    ]
    for c in sorted({r["concurrency"] for r in rows}):
        med = {
            n: {
                key: _median(
                    [float(f(r)) for r in rows if r["target"] == n and r["concurrency"] == c]
                )
                for key, f in (
                    ("rps", lambda r: r.get("rps", 0)),
                    ("p50", lambda r: r.get("p50_ms", 0)),
                    ("cpu", lambda r: _cpu(r, "server")),
                )
            }
            for n in names
        }
        for n in names:
            base = med["before"]["rps"]
            lines.append(
                f"| {c} | {n} | {med[n]['rps']:.0f} | {_div(med[n]['rps'], base)} |"
                f" {med[n]['p50']:.2f} | {med[n]['cpu']:.3f} |"
            )
    return "\n".join(lines)


def cpu_table(result: dict[str, Any]) -> str:
    """CPU milliseconds per completed call, per process, for the GetUser runs."""
    lines = [
        "| target | c | server | load generator | database | total |",
        "|---|---|---|---|---|---|",
    ]
    for (target, workload, c), r in sorted(_index(result).items(), key=lambda kv: kv[0]):
        if workload != "get" or "cpu_ms_per_call" not in r:
            continue
        server, load, db = (_cpu(r, k) for k in ("server", "load", "database"))
        lines.append(
            f"| {target} | {c} | {server:.2f} | {load:.2f} | {db:.2f} | {server + load + db:.2f} |"
        )
    return "\n".join(lines)


def plot(result: dict[str, Any], path: pathlib.Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    idx = _index(result)
    workloads = ["get", "create", "update", "list", "mix"]
    fig, axes = plt.subplots(len(workloads), 2, figsize=(11, 3.2 * len(workloads)))
    for row, workload in enumerate(workloads):
        for target in TARGETS:
            # A measurement where no call completed has no latency to plot.
            pts = sorted(
                (c, r)
                for (t, w, c), r in idx.items()
                if t == target and w == workload and r.get("count")
            )
            if not pts:
                continue
            xs = [c for c, _ in pts]
            axes[row][0].plot(xs, [r["rps"] for _, r in pts], marker="o", label=target)
            axes[row][1].plot(xs, [r.get("p99_ms", 0) for _, r in pts], marker="o", label=target)
        for col, label in enumerate(["throughput (req/s)", "p99 latency (ms)"]):
            ax = axes[row][col]
            ax.set_xscale("log", base=2)
            # Log scale: bare gRPC is 10-300x the others, which a linear axis flattens.
            ax.set_yscale("log")
            ax.set_xticks([1, 8, 32, 128], ["1", "8", "32", "128"])
            ax.set_title(f"{workload}: {label}")
            ax.set_xlabel("concurrency")
            ax.grid(alpha=0.3)
            ax.legend(fontsize=8)
    fig.suptitle(f"Modelstore vs baselines on {result.get('database', '?')}")
    fig.tight_layout()
    fig.savefig(path, dpi=80)


def write_report(result: dict[str, Any], quick: bool = False) -> None:
    name = "latest-quick" if quick else "latest"
    plot(result, ROOT / ("bench/results/quick.png" if quick else "docs/performance.png"))
    m = result["machine"]
    text = (
        f"machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, Python {m['python']};"
        f" load at start {m['load_at_start']}\n\ndatabase: {result.get('database')}\n\n"
        f"event loop: {result.get('event_loop', 'asyncio')}\n\n"
        f"## Targets: interleaved GetUser rounds\n\n{rounds(result)}\n\n"
        f"## Modelstore vs hand-written: interleaved rounds\n\n{peers(result)}\n\n"
        f"## Ratios\n\n{table(result)}\n\n## CPU per call (GetUser)\n\n{cpu_table(result)}\n\n"
        f"## Before/after (git HEAD vs this tree)\n\n"
        f"{before_after(result)}\n\n## Workers\n\n{workers(result)}\n\n## Scale\n\n"
        f"{scale(result)}\n"
    )
    (ROOT / "bench" / "results" / f"{name}.md").write_text(text)
    print(text)


if __name__ == "__main__":
    import json
    import sys

    result = json.loads(pathlib.Path(sys.argv[1]).read_text())
    if len(sys.argv) > 2:
        result["runs"] = from_log(pathlib.Path(sys.argv[2]))
        if len(sys.argv) > 3:
            result["scale"] = json.loads(pathlib.Path(sys.argv[3]).read_text())["scale"]
        (ROOT / "bench/results/latest.json").write_text(json.dumps(result, indent=1))
    write_report(result)
