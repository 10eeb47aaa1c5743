"""Figure 1: what importing each client costs a fresh interpreter, in time and in memory."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench._common import quantile
from bench.official import clean_env
from bench.report import Column, Row, Table, Target, number, scaled, spread, times

# The statement runs between two readings of the clock and of the peak RSS, in the child itself;
# the parent also times the whole process, to subtract an empty interpreter's start and exit.
# The peak is the new process's own high-water mark (VmHWM): getrusage's ru_maxrss survives fork and
# exec, so in a child of this (large) harness it starts at the harness's size and an import hardly
# ever raises it. getrusage is the fallback where there is no /proc.
CHILD = """\
import resource, time
def peak():
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
before = peak()
started = time.perf_counter()
{statement}
elapsed = time.perf_counter() - started
print(elapsed, before, peak())
"""


@dataclass(frozen=True)
class Candidate:
    name: str
    python: str
    statement: str
    empty: str  # the name of the empty interpreter of the same python, to subtract


@dataclass(frozen=True)
class Sample:
    wall: float  # seconds, whole process as the parent sees it
    imported: float  # seconds of the statement alone
    rss_added: int  # KiB of peak RSS the statement added


def run_once(candidate: Candidate, cwd: str) -> Sample:
    started = time.perf_counter()
    result = subprocess.run(
        [candidate.python, "-c", CHILD.format(statement=candidate.statement)],
        capture_output=True,
        text=True,
        check=True,
        env=clean_env(),
        cwd=cwd,  # not the repository: skyvern_sync is imported as installed, not from the current directory
    )
    wall = time.perf_counter() - started
    elapsed, before, after = result.stdout.split()
    return Sample(wall, float(elapsed), int(after) - int(before))


def figure(official_python: Path | None, runs: int) -> list[Table]:
    ours = sys.executable
    candidates = [
        Candidate("python -c pass", ours, "pass", ""),
        Candidate("import requests", ours, "import requests", "python -c pass"),
        Candidate("from skyvern_sync import Skyvern", ours, "from skyvern_sync import Skyvern", "python -c pass"),
    ]
    if official_python is not None:
        theirs = str(official_python)
        candidates += [
            Candidate("official venv: python -c pass", theirs, "pass", ""),
            Candidate(
                "official: from skyvern.client import Skyvern",
                theirs,
                "from skyvern.client import Skyvern",
                "official venv: python -c pass",
            ),
        ]
    samples: dict[str, list[Sample]] = {candidate.name: [] for candidate in candidates}
    with tempfile.TemporaryDirectory(prefix="skyvern-bench-import-") as cwd:
        for candidate in candidates:
            run_once(candidate, cwd)  # warm the file-system cache and write .pyc files before timing anything
        for number_ in range(runs):
            shift = number_ % len(candidates)
            for candidate in candidates[shift:] + candidates[:shift]:
                samples[candidate.name].append(run_once(candidate, cwd))

    def added(name: str, run: int) -> float:
        empty = next(c.empty for c in candidates if c.name == name)
        return samples[name][run].wall - (samples[empty][run].wall if empty else 0.0)

    base = "import requests"
    base_rss = statistics.median(s.rss_added for s in samples[base])
    table = Table(
        "import",
        f"1. import: fresh interpreters, {runs} alternating runs each",
        [
            Column("wall", "process", scaled("ms")),
            Column("over_empty", "over empty", scaled("ms")),
            Column("over_empty_p90", "p90", scaled("ms")),
            Column("ratio", "vs requests", times),
            Column("ratio_iqr", "ratio IQR", spread),
            Column("in_process", "import stmt", scaled("ms")),
            Column("rss_added_mb", "RSS added", lambda mb: f"{mb:.1f}MB"),
            Column("rss_ratio", "RSS vs requests", times),
            Column("runs", "runs", number()),
        ],
        notes=[
            "process: whole `python -c` as the parent times it; over empty: minus the same round's empty run of"
            " the same interpreter; import stmt: perf_counter around the statement in the child; RSS added:"
            " the child's peak RSS after the import minus before it (VmHWM: getrusage's ru_maxrss starts at the"
            " parent's size in a child, so it would show nothing)",
        ],
    )
    for candidate in candidates:
        runs_of = samples[candidate.name]
        values: dict[str, Any] = {
            "wall": statistics.median(s.wall for s in runs_of),
            "in_process": statistics.median(s.imported for s in runs_of),
            "runs": len(runs_of),
        }
        targets: list[Target] = []
        if candidate.empty:
            over = [added(candidate.name, run) for run in range(runs)]
            ratios = [added(candidate.name, run) / added(base, run) for run in range(runs)]
            rss = statistics.median(s.rss_added for s in runs_of)
            values |= {
                "over_empty": statistics.median(over),
                "over_empty_p90": quantile(over, 0.9),
                "ratio": statistics.median(ratios),
                "ratio_iqr": (quantile(ratios, 0.25), quantile(ratios, 0.75)),
                "rss_added_mb": rss / 1024,
                "rss_ratio": rss / base_rss if base_rss else None,
            }
        if candidate.name.startswith("from skyvern_sync"):
            targets = [Target("ratio", 1.2, "time <=1.2x requests"), Target("rss_ratio", 1.3, "RSS <=1.3x")]
        table.rows.append(Row(candidate.name, values, targets))
    return [table]
