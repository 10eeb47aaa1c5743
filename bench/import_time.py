"""How much `from skyvern_sync import Skyvern` costs next to `import requests` (and the official SDK).

    python bench/import_time.py [-n RUNS]

Each import runs in a fresh interpreter, RUNS times, interleaved so that a busy machine slows every
candidate alike. Printed per candidate: the median time of the import statement itself, the median
wall time of the whole process (interpreter start-up included) and the child's peak RSS, each with
its ratio to `import requests`, the floor any requests-based client pays.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import time

CANDIDATES = {
    "requests": "import requests",
    "skyvern_sync": "from skyvern_sync import Skyvern",
    "skyvern (official)": "from skyvern import Skyvern",
}
CHILD = """\
import resource, time
started = time.perf_counter()
{statement}
elapsed = time.perf_counter() - started
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


# An installed package has its bytecode compiled; without .pyc files every run would time the
# compiler on our sources against requests' cached bytecode.
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def run_once(statement: str) -> tuple[float, float, int]:
    """(seconds importing, seconds for the whole process, peak RSS in KiB) of one fresh interpreter."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", CHILD.format(statement=statement)], capture_output=True, text=True, check=True, env=ENV
    )
    wall = time.perf_counter() - started
    seconds, rss = result.stdout.split()
    return float(seconds), wall, int(rss)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--runs", type=int, default=20, help="fresh interpreters per candidate (default 20)")
    args = parser.parse_args(argv)

    candidates = dict(CANDIDATES)
    if importlib.util.find_spec("skyvern") is None:
        print("skyvern (official) is not installed here: skipped (pip install skyvern to compare)")
        del candidates["skyvern (official)"]
    samples: dict[str, list[tuple[float, float, int]]] = {name: [] for name in candidates}
    for statement in candidates.values():
        run_once(statement)  # warm the file-system cache and write .pyc files before timing anything
    for _ in range(args.runs):
        for name, statement in candidates.items():
            samples[name].append(run_once(statement))

    medians = {
        name: tuple(statistics.median(values) for values in zip(*runs, strict=True)) for name, runs in samples.items()
    }
    base_import, base_wall, base_rss = medians["requests"]
    print(f"median of {args.runs} fresh interpreters each ({sys.executable}, Python {sys.version.split()[0]})")
    print(f"{'':20} {'import':>9} {'ratio':>6} {'process':>9} {'ratio':>6} {'peak RSS':>10} {'ratio':>6}")
    for name, (imported, wall, rss) in medians.items():
        print(
            f"{name:20} {imported * 1000:7.1f}ms {imported / base_import:5.2f}x {wall * 1000:7.1f}ms "
            f"{wall / base_wall:5.2f}x {rss / 1024:8.1f}MB {rss / base_rss:5.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
