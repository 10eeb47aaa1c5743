"""Figure 9: what the `skyvern-sync` command line costs a shell user: `--help`, a command's help, and `get-run`,
each a fresh process, beside `import requests` and a fresh interpreter's `requests.get(...).json()`."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench._common import API_KEY, quantile, run_bodies
from bench.official import clean_env
from bench.report import Column, Row, Table, Target, number, scaled, spread, times

EMPTY = "python -c pass"
IMPORT_REQUESTS = "import requests"
REQUESTS_GET = "requests.get(...).json()"


@dataclass(frozen=True)
class Candidate:
    name: str
    argv: list[str]
    baseline: str | None  # the row its ratio is to (both over the empty interpreter)
    target: Target | None = None
    env: dict[str, str] = field(default_factory=dict)


def console_script() -> tuple[list[str], str]:
    """The installed `skyvern-sync` script beside this interpreter (what a shell runs), else `python -m`."""
    script = Path(sys.executable).parent / "skyvern-sync"
    if script.is_file():
        return [str(script)], "the console script pip installed (bin/skyvern-sync)"
    return [sys.executable, "-m", "skyvern_sync"], "no console script here: python -m skyvern_sync"


def candidates(base_url: str, run_id: str) -> tuple[list[Candidate], str]:
    script, how = console_script()
    server = {"SKYVERN_API_KEY": API_KEY, "SKYVERN_BASE_URL": base_url}
    url = f"{base_url}/v1/runs/{run_id}"
    get = f"import requests; requests.get({url!r}, headers={{'x-api-key': {API_KEY!r}}}).json()"
    return [
        Candidate(EMPTY, [sys.executable, "-c", "pass"], None),
        Candidate(IMPORT_REQUESTS, [sys.executable, "-c", "import requests"], None),
        Candidate(REQUESTS_GET, [sys.executable, "-c", get], None),
        Candidate(
            "skyvern-sync --help", [*script, "--help"], IMPORT_REQUESTS, Target("ratio", 0.5, "<=0.5x import requests")
        ),
        Candidate("skyvern-sync get-run --help", [*script, "get-run", "--help"], IMPORT_REQUESTS),
        Candidate(
            "skyvern-sync get-run ID",
            [*script, "get-run", run_id],
            REQUESTS_GET,
            Target("ratio", 1.3, "<=1.3x requests.get"),
            server,
        ),
    ], how


def run_once(candidate: Candidate, cwd: str) -> float:
    """Seconds the whole process took, as the parent sees it; it must succeed."""
    started = time.perf_counter()
    subprocess.run(
        candidate.argv, env={**clean_env(), **candidate.env}, cwd=cwd, capture_output=True, check=True, timeout=120
    )
    return time.perf_counter() - started


def figure(base_url: str, quick: bool) -> list[Table]:
    runs = 5 if quick else 20
    found, how = candidates(base_url, str(run_bodies()["completed"]["run_id"]))
    walls: dict[str, list[float]] = {candidate.name: [] for candidate in found}
    with tempfile.TemporaryDirectory(prefix="skyvern-bench-cli-") as cwd:
        for candidate in found:
            run_once(candidate, cwd)  # warm the file-system cache and write .pyc files before timing anything
        for round_ in range(runs):
            shift = round_ % len(found)
            for candidate in found[shift:] + found[:shift]:
                walls[candidate.name].append(run_once(candidate, cwd))

    def over_empty(name: str) -> list[float]:
        return [wall - empty for wall, empty in zip(walls[name], walls[EMPTY], strict=True)]

    table = Table(
        "cli",
        f"9. command line: fresh processes, {runs} alternating runs each",
        [
            Column("wall", "process", scaled("ms")),
            Column("over_empty", "over empty", scaled("ms")),
            Column("over_empty_p90", "p90", scaled("ms")),
            Column("ratio", "vs baseline", times),
            Column("ratio_iqr", "ratio IQR", spread),
            Column("runs", "runs", number()),
        ],
        notes=[
            f"skyvern-sync: {how}; get-run against the harness's loopback server (the recorded completed run),"
            " JSON on stdout; requests.get(...).json(): `python -c` importing requests and getting the same run",
            "over empty: minus the same round's `python -c pass`; vs baseline: median of the per-round ratios of"
            " the two over-empty times (--help and get-run --help to import requests, get-run to requests.get)",
        ],
    )
    for candidate in found:
        values: dict[str, object] = {"wall": statistics.median(walls[candidate.name]), "runs": runs}
        if candidate.name != EMPTY:
            over = over_empty(candidate.name)
            values |= {"over_empty": statistics.median(over), "over_empty_p90": quantile(over, 0.9)}
        if candidate.baseline is not None:
            ratios = [
                mine / theirs
                for mine, theirs in zip(over_empty(candidate.name), over_empty(candidate.baseline), strict=True)
                if theirs > 0
            ]
            if ratios:
                values |= {
                    "ratio": statistics.median(ratios),
                    "ratio_iqr": (quantile(ratios, 0.25), quantile(ratios, 0.75)),
                }
        table.rows.append(Row(candidate.name, values, [candidate.target] if candidate.target else []))
    return [table]
