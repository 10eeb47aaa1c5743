"""Figure 4: memory held by 1,000 parsed workflows against the same data as plain dicts, each in a fresh process.

python -m bench.memory dicts|models URL   # one measurement (the harness runs this), JSON on stdout
"""

from __future__ import annotations

import gc
import json
import statistics
import subprocess
import sys
import tracemalloc
import urllib.request
from collections.abc import Callable
from typing import Any

from bench._common import ROOT
from bench.official import OfficialWorker
from bench.report import Column, Row, Table, number, times

COUNT = 1000
OFFICIAL = "official Workflow (pydantic)"


def measure(kind: str, url: str) -> dict[str, Any]:
    """Bytes still allocated once the list is parsed (and the decoded dicts, for models, dropped)."""
    with urllib.request.urlopen(url) as response:  # noqa: S310 (our loopback server)
        body = response.read()
    if kind == "models":
        from skyvern_generated.models import Workflow

        # from_dict imports its nested models on first use: not part of what the list holds
        [Workflow.from_dict(d) for d in json.loads(body)[:1]]
    gc.collect()
    tracemalloc.start()
    parsed: list[Any] = json.loads(body)
    if kind == "models":
        parsed = [Workflow.from_dict(d) for d in parsed]
    gc.collect()
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"held": held, "peak": peak, "count": len(parsed)}


def _ours(kind: str, url: str) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "bench.memory", kind, url], capture_output=True, text=True, check=True, cwd=ROOT
    )
    answer: dict[str, Any] = json.loads(result.stdout)
    return answer


def figure(base_url: str, official: OfficialWorker | None, quick: bool) -> list[Table]:
    repeats = 1 if quick else 3
    url = f"{base_url}/v1/agents?page=1&page_size={COUNT}"
    measures: dict[str, Callable[[], dict[str, Any]]] = {
        "plain dicts (json.loads)": lambda: _ours("dicts", url),
        "skyvern_sync Workflow (slots)": lambda: _ours("models", url),
    }
    notes = ["held: allocated after parsing, the decoded dicts dropped for models; imports done before counting"]
    if official is not None and not quick:
        worker = official
        measures[OFFICIAL] = lambda: worker.memory(url)
        notes.append("official: once (its parse takes ~30 s under tracemalloc)")
    elif official is not None:
        notes.append("official left out in --quick: its parse takes ~30 s under tracemalloc")
    found: dict[str, list[dict[str, Any]]] = {name: [] for name in measures}
    for repeat in range(repeats):
        for name, measure_once in measures.items():
            if name == OFFICIAL and repeat:
                continue
            result = measure_once()
            assert result["count"] == COUNT, result
            found[name].append(result)
    table = Table(
        "memory",
        f"4. memory held by {COUNT:,} parsed workflows (tracemalloc, fresh process each, median of {repeats})",
        [
            Column("held_mb", "held", lambda mb: f"{mb:.1f}MB"),
            Column("ratio", "vs dicts", times),
            Column("per_workflow_kb", "per workflow", lambda kb: f"{kb:.1f}KB"),
            Column("peak_mb", "peak while parsing", lambda mb: f"{mb:.1f}MB"),
            Column("repeats", "runs", number()),
        ],
        notes=notes,
    )
    base = statistics.median(r["held"] for r in found["plain dicts (json.loads)"])
    for name, results in found.items():
        held = statistics.median(r["held"] for r in results)
        values = {
            "held_mb": held / 2**20,
            "ratio": held / base,
            "per_workflow_kb": held / COUNT / 1024,
            "peak_mb": statistics.median(r["peak"] for r in results) / 2**20,
            "repeats": len(results),
        }
        table.rows.append(Row(name, values))
    return [table]


def main(argv: list[str] | None = None) -> int:
    kind, url = argv if argv is not None else sys.argv[1:]
    print(json.dumps(measure(kind, url)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
