"""`python -m bench`: every figure in one run, printed as tables and written to a JSON file."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import calls, cli, imports, memory, threads, waiting
from bench._common import API_KEY, run_bodies
from bench.official import OfficialWorker, find_python
from bench.report import Table
from bench.server import ServerProcess

FIGURES = (
    "import",
    "get_run",
    "get_workflows",
    "pagination",
    "memory",
    "threads",
    "waiting",
    "wait_for_runs",
    "wait_scale",
    "cli",
)
DEFAULT_JSON = Path(__file__).resolve().parent / "results.json"


@dataclass
class Context:
    quick: bool
    server: ServerProcess
    official: OfficialWorker | None
    official_python: Path | None


FIGURE_RUNNERS: dict[str, Callable[[Context], list[Table]]] = {
    "import": lambda ctx: imports.figure(ctx.official_python, 5 if ctx.quick else 20),
    "get_run": lambda ctx: calls.get_run(ctx.server.base_url, ctx.official, ctx.quick),
    "get_workflows": lambda ctx: calls.get_workflows(ctx.server.base_url, ctx.official, ctx.quick),
    "pagination": lambda ctx: calls.auto_pagination(ctx.server.base_url, ctx.quick),
    "memory": lambda ctx: memory.figure(ctx.server.base_url, ctx.official, ctx.quick),
    "threads": lambda ctx: threads.figure(ctx.server, ctx.quick),
    "waiting": lambda ctx: waiting.wait_figure(ctx.server, ctx.official, ctx.quick),
    "wait_for_runs": lambda ctx: waiting.many_runs_figure(ctx.quick),
    "wait_scale": lambda ctx: waiting.scale_figure(ctx.server, ctx.quick),
    "cli": lambda ctx: cli.figure(ctx.server.base_url, ctx.quick),
}


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            cpu = next(line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="few iterations (< 60 s): a smoke run, not figures")
    parser.add_argument(
        "--only",
        type=lambda value: value.split(","),
        default=list(FIGURES),
        help=f"comma-separated, of: {','.join(FIGURES)} (default: all)",
    )
    parser.add_argument("--no-official", action="store_true", help="leave out the official SDK's column")
    parser.add_argument("--official-python", help="an interpreter that has skyvern==1.0.56 (default: found or made)")
    parser.add_argument(
        "--json", type=Path, default=DEFAULT_JSON, help="where to write results (default bench/results.json)"
    )
    args = parser.parse_args(argv)
    unknown = [name for name in args.only if name not in FIGURES]
    if unknown:
        parser.error(f"unknown figure(s) {', '.join(unknown)}; choose from {', '.join(FIGURES)}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    began = dt.datetime.now(dt.UTC)
    official_python: Path | None = None
    messages: list[str] = []
    if args.no_official:
        messages.append("official column left out (--no-official)")
    else:
        official_python, found = find_python(args.official_python)
        messages.append(found)
    for message in messages:
        print(message, flush=True)
    mode = "quick (smoke: too few iterations for figures)" if args.quick else "full"
    print(f"mode: {mode}; figures: {', '.join(args.only)}\n", flush=True)

    tables: list[Table] = []
    with ServerProcess() as server:
        official = OfficialWorker(official_python) if official_python else None
        try:
            if official is not None:
                run_id = str(run_bodies()["completed"]["run_id"])
                official.ask("setup", base_url=server.base_url, api_key=API_KEY, run_id=run_id)
            context = Context(args.quick, server, official, official_python)
            for name in FIGURES:
                if name not in args.only:
                    continue
                figure_started = time.perf_counter()
                for table in FIGURE_RUNNERS[name](context):
                    print(table.render() + "\n", flush=True)
                    tables.append(table)
                print(f"   ({name}: {time.perf_counter() - figure_started:.0f} s)\n", flush=True)
        finally:
            if official is not None:
                official.close()

    seconds = time.perf_counter() - started
    about = machine()
    print(
        f"machine: {about['cpu']}, {about['cores']} cores, {about['implementation']} {about['python']},"
        f" {about['platform']}"
    )
    print(f"date: {began:%Y-%m-%d %H:%M} UTC; took {seconds:.0f} s")
    results = {
        "date": began.isoformat(timespec="seconds"),
        "seconds": round(seconds, 1),
        "machine": about,
        "mode": "quick" if args.quick else "full",
        "units": "seconds, bytes and counts, unless a key names its unit (_mb, _kb)",
        "official": messages,
        "figures": {table.key: table.to_json() for table in tables},
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"results written to {args.json}")
    return 0
