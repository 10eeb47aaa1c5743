"""Figure 5: many threads sharing one client against many sharing one requests.Session: throughput, errors, tails."""

from __future__ import annotations

import logging
import statistics
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from bench._common import API_KEY, quantile, run_bodies
from bench.clients import requests_get, requests_session
from bench.report import Column, Row, Table, Target, number, scaled, spread, text, times
from bench.server import ServerProcess
from skyvern_sync import Skyvern

BASELINE = "requests.Session (baseline)"
POOL_FULL = "Connection pool is full"


class PoolFullCounter(logging.Handler):
    """Counts urllib3's "Connection pool is full, discarding connection" warnings: each is a socket thrown away."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if POOL_FULL in record.getMessage():
            self.count += 1


@contextmanager
def counting_pool_full() -> Iterator[PoolFullCounter]:
    logger = logging.getLogger("urllib3.connectionpool")
    counter = PoolFullCounter()
    propagate = logger.propagate
    logger.addHandler(counter)
    logger.propagate = False  # counted, not printed in the middle of the tables
    try:
        yield counter
    finally:
        logger.removeHandler(counter)
        logger.propagate = propagate


@dataclass
class Result:
    seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    pool_full: int = 0

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds


def hammer(call: Callable[[], object], threads: int, duration: float) -> Result:
    """`threads` threads calling `call` back to back until `duration` seconds have passed since they all started."""
    barrier = threading.Barrier(threads + 1)
    latencies: list[list[float]] = [[] for _ in range(threads)]
    errors: list[Counter[str]] = [Counter() for _ in range(threads)]
    start = [0.0]

    def work(number: int) -> None:
        mine, failed, clock = latencies[number], errors[number], time.perf_counter
        barrier.wait()
        end = start[0] + duration
        while (began := clock()) < end:
            try:
                call()
            except Exception as error:  # counted and shown: an error is a result here, not a crash
                failed[type(error).__name__] += 1
            mine.append(clock() - began)

    workers = [threading.Thread(target=work, args=(n,), name=f"bench-caller-{n}") for n in range(threads)]
    for worker in workers:
        worker.start()
    start[0] = time.perf_counter()
    barrier.wait()
    for worker in workers:
        worker.join()
    result = Result(time.perf_counter() - start[0])
    for mine, failed in zip(latencies, errors, strict=True):
        result.latencies += mine
        result.errors += failed
    return result


def figure(server: ServerProcess, quick: bool) -> list[Table]:
    run_id = str(run_bodies()["completed"]["run_id"])
    url = f"{server.base_url}/v1/runs/{run_id}"
    duration, rounds = (1.0, 1) if quick else (1.0, 3)
    table = Table(
        "threads",
        f"5. threads sharing one client, get_run back to back, {rounds} alternating round(s) of {duration:g} s each",
        [
            Column("calls_per_s", "calls/s", number()),
            Column("ratio", "vs requests", times),
            Column("ratio_range", "ratio range", spread),
            Column("errors", "errors", number()),
            Column("p50", "p50", scaled("ms")),
            Column("p99", "p99", scaled("ms")),
            Column("pool_full", "pool-full warnings", number()),
            Column("connections", "connections opened", number()),
            Column("error_kinds", "error kinds", text),
        ],
        notes=[
            "pool-full warnings: urllib3 'Connection pool is full, discarding connection' (a socket closed after one"
            " use); connections opened: as the server counted them, in the timed rounds (the warm-up fills the pools)",
        ],
    )
    with counting_pool_full() as pool_full:
        for threads in (8, 32):
            table.rows += _rows(server, url, run_id, threads, duration, rounds, pool_full)
    return [table]


def _rows(
    server: ServerProcess, url: str, run_id: str, threads: int, duration: float, rounds: int, pool_full: PoolFullCounter
) -> list[Row]:
    # new clients for each thread count, so that the connections each opens are its own
    session = requests_session()
    client = Skyvern(api_key=API_KEY, base_url=server.base_url)
    candidates: dict[str, Callable[[], object]] = {
        BASELINE: lambda: requests_get(session, url),
        "skyvern_sync": lambda: client.get_run(run_id),
    }
    results: dict[str, list[Result]] = {name: [] for name in candidates}
    connections: Counter[str] = Counter()
    names = list(candidates)
    for round_number in range(rounds + 1):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            opened, warned = server.stats()["connections"], pool_full.count
            # the first round, shorter, warms up: pools fill, lazy imports happen
            result = hammer(candidates[name], threads, duration if round_number else duration / 4)
            result.pool_full = pool_full.count - warned
            if round_number:
                connections[name] += server.stats()["connections"] - opened
                results[name].append(result)
    session.close()
    client.close()
    return [
        Row(f"{threads} threads: {name}", _values(runs, results[BASELINE], connections[name]), _targets(name))
        for name, runs in results.items()
    ]


def _values(runs: list[Result], baseline: list[Result], connections: int) -> dict[str, Any]:
    latencies = [latency for run in runs for latency in run.latencies]
    ratios = [mine.rate / theirs.rate for mine, theirs in zip(runs, baseline, strict=True)]
    errors: Counter[str] = sum((run.errors for run in runs), Counter())
    return {
        "calls_per_s": sum(len(run.latencies) for run in runs) / sum(run.seconds for run in runs),
        "ratio": statistics.median(ratios),
        "ratio_range": (min(ratios), max(ratios)),
        "errors": sum(errors.values()),
        "error_kinds": ", ".join(f"{kind} x{count}" for kind, count in errors.most_common()) or None,
        "p50": statistics.median(latencies),
        "p99": quantile(latencies, 0.99),
        "pool_full": sum(run.pool_full for run in runs),
        "connections": connections,
        "calls": len(latencies),
    }


def _targets(name: str) -> list[Target]:
    if name != "skyvern_sync":
        return []
    return [Target("ratio", 0.9, ">=0.9x requests", at_least=True), Target("errors", 0, "0 errors")]
