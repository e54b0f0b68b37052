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


def plot(result: dict[str, Any], path: pathlib.Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    idx = _index(result)
    workloads = ["get", "create", "update", "list", "mix"]
    fig, axes = plt.subplots(len(workloads), 2, figsize=(11, 3.2 * len(workloads)))
    for row, workload in enumerate(workloads):
        for target in TARGETS:
            pts = sorted((c, r) for (t, w, c), r in idx.items() if t == target and w == workload)
            if not pts:
                continue
            xs = [c for c, _ in pts]
            axes[row][0].plot(xs, [r["rps"] for _, r in pts], marker="o", label=target)
            axes[row][1].plot(xs, [r.get("p99_ms", 0) for _, r in pts], marker="o", label=target)
        for col, label in enumerate(["throughput (req/s)", "p99 latency (ms)"]):
            ax = axes[row][col]
            ax.set_xscale("log", base=2)
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
        f"## Ratios\n\n{table(result)}\n\n## Before/after (git HEAD vs this tree)\n\n"
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
