"""Figures 6 and 7: how late `wait_for_completion` and `wait_for_runs` return, and how many requests they send.

Short waits run in real time against the server process. Long ones (5 minutes, an hour, a thousand
runs) run on a simulated clock: the client's `waiter.clock`, whose sleep moves virtual
time on at once, and read by a server in this process to decide when each run completes; so a
one-hour wait makes the same polling decisions as in real time, in well under a second of it.
"""

from __future__ import annotations

import random
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bench._common import API_KEY, quantile
from bench.official import OfficialWorker
from bench.report import Column, Row, Table, Target, number, scaled, text
from bench.server import SERVER_THREAD_PREFIX, ServerProcess, in_thread
from skyvern_sync import Skyvern

# skyvern_sync's shortest poll interval (the first step of _constants.POLL_SCHEDULE): no run is asked more often
POLL_INTERVAL = 0.5


class SimulatedClock:
    """A `skyvern_sync.polling.Clock` in virtual seconds: sleeping moves time on at once."""

    def __init__(self) -> None:
        self._now = 0.0
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        return self._now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self._now += max(0.0, seconds)


def on_clock(client: Skyvern, clock: SimulatedClock) -> Skyvern:
    """The client, its waits on `clock`."""
    client.waiter.clock = clock
    return client


def title(finish_after: float) -> str:
    """The run's title tells the fake server when the run completes (bench/server.py)."""
    return f"bench finish_after={finish_after:g}"


def _wait_columns() -> list[Column]:
    return [
        Column("clock", "clock", text),
        Column("runs", "runs", number()),
        Column("late_median", "late (median)", scaled("s")),
        Column("late_max", "late (max)", scaled("s")),
        Column("requests", "requests/run (median)", number(1)),
        Column("requests_max", "requests/run (max)", number()),
        Column("completed", "completed", number()),
    ]


def _row(name: str, clock: str, late: list[float], requests: list[int], completed: int, targets: list[Target]) -> Row:
    return Row(
        name,
        {
            "clock": clock,
            "runs": len(late),
            "late_median": statistics.median(late),
            "late_max": max(late),
            "requests": statistics.median(requests),
            "requests_max": max(requests),
            "completed": completed,
        },
        targets,
    )


def wait_figure(server: ServerProcess, official: OfficialWorker | None, quick: bool) -> list[Table]:
    finish_after = (1.0, 3.0) if quick else (1.0, 3.0, 12.0)
    repeats = 1 if quick else 3
    plan = [seconds for seconds in finish_after for _ in range(repeats)]
    table = Table(
        "waiting",
        "6. run_task(wait_for_completion=True): completion-to-return (late) and requests per run",
        _wait_columns(),
        notes=[
            f"real clock: {repeats} run(s) per T (started together, they poll on one schedule: any spread is"
            " noise), all of one client's runs at once (threads for skyvern_sync, one"
            " event loop for the official client), one client after the other, never both at once: the official"
            " client's 10 s sleeps would only hide skyvern_sync's polling load, not skew it, but kept apart anyway",
            "late: the moment run_task returned minus the moment the server began answering `completed`;"
            " requests: the POST and every GET of that run",
            "simulated clock: skyvern_sync only (the official client's asyncio.sleep cannot be given a clock)",
        ],
    )
    with Skyvern(api_key=API_KEY, base_url=server.base_url) as client:

        def one(seconds: float) -> tuple[str, str, float]:
            run = client.run_task(prompt="x", title=title(seconds), wait_for_completion=True, timeout=seconds + 60)
            return run.run_id, str(run.status), time.monotonic()

        with ThreadPoolExecutor(len(plan), thread_name_prefix="bench-wait") as pool:
            ours = list(pool.map(one, plan))
    table.rows += _real_rows("skyvern_sync", plan, ours, server.stats()["runs"], official=False)

    if official is not None:
        answer = official.ask(
            "wait",
            base_url=server.base_url,
            api_key=API_KEY,
            runs=[{"title": title(seconds), "timeout": seconds + 60} for seconds in plan],
        )
        theirs = [(run["run_id"], run["status"], run["returned_at"]) for run in answer["runs"]]
        table.rows += _real_rows("official skyvern.Skyvern", plan, theirs, server.stats()["runs"], official=True)

    for seconds, targets in (
        (300.0, [Target("late_max", 10.0, "<=10 s late"), Target("requests_max", 45, "<=45 requests")]),
        (3600.0, [Target("late_max", 0.05 * 3600, "<=5% late (180 s)")]),
    ):
        late, requests, completed = simulated_wait(seconds)
        label = f"{seconds / 60:g} min" if seconds < 3600 else f"{seconds / 3600:g} h"
        table.rows.append(_row(f"skyvern_sync, T={label}", "simulated", [late], [requests], completed, targets))
    return [table]


def _real_rows(
    name: str, plan: list[float], finished: list[tuple[str, str, float]], runs: dict[str, Any], official: bool
) -> list[Row]:
    rows = []
    for seconds in dict.fromkeys(plan):
        mine = [run for planned, run in zip(plan, finished, strict=True) if planned == seconds]
        late = [returned - runs[run_id]["finish_at"] for run_id, _, returned in mine]
        requests = [runs[run_id]["requests"] for run_id, _, _ in mine]
        completed = sum(status == "completed" for _, status, _ in mine)
        targets = [] if official else [Target("late_median", 1.0, "median <=1 s late")]
        rows.append(_row(f"{name}, T={seconds:g}s", "real", late, requests, completed, targets))
    return rows


def simulated_wait(finish_after: float) -> tuple[float, int, int]:
    """(virtual seconds late, requests sent, 1 if completed) of one run_task wait on the simulated clock."""
    clock = SimulatedClock()
    with in_thread(clock.monotonic) as server, on_clock(Skyvern(API_KEY, base_url=server.base_url), clock) as client:
        run = client.run_task(
            prompt="x", title=title(finish_after), wait_for_completion=True, timeout=finish_after * 2 + 60
        )
        returned = clock.monotonic()
        stats = server.routes.stats()["runs"][run.run_id]
    return returned - stats["finish_at"], stats["requests"], int(str(run.status) == "completed")


def _client_threads() -> int:
    return sum(not t.name.startswith(SERVER_THREAD_PREFIX) for t in threading.enumerate())


def most_in_window(polls: list[float], window: float) -> int:
    """The most readings of `polls` (sorted) that fall within any half-open span of `window` seconds."""
    most, first = 0, 0
    for last, reading in enumerate(polls):
        while reading - polls[first] >= window - 1e-9:  # a gap of exactly one interval is allowed
            first += 1
        most = max(most, last - first + 1)
    return most


def many_runs_figure(quick: bool, seed: int = 20260520) -> list[Table]:
    count, window = (100, 60.0) if quick else (1000, 60.0)
    clock = SimulatedClock()
    rng = random.Random(seed)  # noqa: S311 (finish times, not secrets)
    finishing = {f"tsk_many{number:05d}": rng.uniform(0.0, window) for number in range(count)}
    with in_thread(clock.monotonic) as server, on_clock(Skyvern(API_KEY, base_url=server.base_url), clock) as client:
        server.routes.add_runs(finishing)
        before = _client_threads()
        server.routes.count_client_threads = True
        started = time.perf_counter()
        result = client.wait_for_runs(list(finishing), timeout=window * 2 + 60)
        real_seconds = time.perf_counter() - started
        returned = clock.monotonic()
        threads = server.routes.most_client_threads - before + 1  # the caller's own thread, and any it started
        stats = server.routes.stats()
    runs = stats["runs"]
    late = [runs[run_id]["first_completed"] - finish for run_id, finish in finishing.items()]
    per_run = [runs[run_id]["requests"] for run_id in finishing]
    crowded = max(most_in_window(runs[run_id]["polls"], POLL_INTERVAL) for run_id in finishing)
    every = sum(str(getattr(result.get(run_id), "status", None)) == "completed" for run_id in finishing)
    table = Table(
        "wait_for_runs",
        f"7. wait_for_runs over {count:,} runs finishing at random (seed {seed}) within {window:g} s, simulated clock",
        [Column("value", "value", _any)],
        notes=[
            f"late: when the run was first seen completed minus when it completed; the poll window is {POLL_INTERVAL}"
            " s, the client's shortest interval; threads: the most threads of this process other than the server's"
            " seen while it answered, less those there before the call, plus the caller",
            f"real time taken: {real_seconds:.1f} s for {returned:.1f} simulated seconds",
        ],
    )
    table.rows += [
        Row("runs returned, completed", {"value": every}, [Target("value", count, f"all {count}", at_least=True)]),
        Row("threads waiting", {"value": threads}, [Target("value", 1, "1 thread")]),
        Row("connections opened", {"value": stats["connections"]}),
        Row("requests sent", {"value": stats["requests"]}),
        Row("requests per run (median)", {"value": statistics.median(per_run)}),
        Row("requests per run (max)", {"value": max(per_run)}),
        Row(
            f"most requests for one run in {POLL_INTERVAL} s",
            {"value": crowded},
            [Target("value", 1, "<=1 per poll interval")],
        ),
        Row("late per run, median (s)", {"value": statistics.median(late)}),
        Row("late per run, p90 (s)", {"value": quantile(late, 0.9)}),
        Row("late per run, max (s)", {"value": max(late)}),
        Row("returned after the last completion (s)", {"value": returned - max(finishing.values())}),
    ]
    return [table]


def _any(value: Any) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}"
    return f"{value:,.0f}"


def scale_figure(server: ServerProcess, quick: bool) -> list[Table]:
    """Figure 8: what wait_for_runs costs beyond its polls, and what a pending run costs in memory."""
    count = 2_000 if quick else 20_000
    run_ids = [f"tsk_scale{number:06d}" for number in range(count)]  # unknown to the server: finished
    with Skyvern(API_KEY, base_url=server.base_url) as client:
        client.get_run(run_ids[0])  # the connection is open for both
        polls, waits = [], []
        for _ in range(1 if quick else 2):  # alternated: a drift of the machine falls on both
            started = time.perf_counter()
            for run_id in run_ids:
                client.get_run(run_id)
            polls.append(time.perf_counter() - started)
            started = time.perf_counter()
            result = client.wait_for_runs(run_ids, timeout=3600)
            waits.append(time.perf_counter() - started)
    assert len(result) == count
    pending, peak, alone = _pending_memory(20_000 if quick else 100_000)
    table = Table(
        "wait_scale",
        f"8. wait_for_runs at scale: {count:,} finished runs against their polls; {pending:,} pending runs",
        [Column("value", "value", _any)],
        notes=[
            "polls one after another: client.get_run of each run, on the same client and connection; the best of"
            f" {len(polls)} alternated rounds of each",
            f"memory: wait_for_runs over {pending:,} runs that finish after 3 polls each, one thread, a simulated"
            " clock and an in-process fetch answering shared objects: tracemalloc's peak during the wait, the"
            " returned dict included, per run",
        ],
    )
    table.rows += [
        Row(f"{count:,} polls one after another (s)", {"value": min(polls)}),
        Row(f"wait_for_runs over the {count:,} (s)", {"value": min(waits)}),
        Row("wait / polls", {"value": min(waits) / min(polls)}, [Target("value", 1.3, "<=1.3x")]),
        Row(
            f"peak memory per pending run, {pending:,} runs (bytes)", {"value": peak}, [Target("value", 400, "<=400 B")]
        ),
        Row(
            "polls per run as when waited for alone",
            {"value": int(alone)},
            [Target("value", 1, "yes (1)", at_least=True)],
        ),
    ]
    return [table]


def _pending_memory(count: int) -> tuple[int, float, bool]:
    """(runs, tracemalloc peak bytes per run, whether each run was polled as often as alone)."""
    import tracemalloc

    from skyvern_sync.polling import Waiter

    class Answer:
        def __init__(self, status: str) -> None:
            self.status = status

    running, completed = Answer("running"), Answer("completed")

    def waited(run_ids: list[str]) -> int:
        """The polls a wait for `run_ids` makes, each run finishing at 1 s (3 polls on POLL_SCHEDULE)."""
        clock, polls = SimulatedClock(), [0]

        def fetch(run_id: str, remaining: float) -> tuple[Answer, dict[str, str]]:
            polls[0] += 1
            return (completed if clock.monotonic() >= 1.0 else running), {}

        waiter = Waiter(clock)
        waiter.show_progress = False
        waiter.wait_for_runs(fetch, run_ids, timeout=600)
        return polls[0]

    alone = waited(["tsk_alone"])
    run_ids = [f"tsk_pending{number:06d}" for number in range(count)]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        together = waited(run_ids)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    return count, peak / count, together == alone * count
