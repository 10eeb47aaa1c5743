"""Waiting on many runs scales: choosing the next poll costs O(log n) comparisons, a run a few hundred bytes.

Counted, never timed: the clock's readings are floats that count their comparisons, and memory is tracemalloc's.
"""

from __future__ import annotations

import math
import tracemalloc
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from skyvern_sync.polling import Waiter

COUNT = {"comparisons": 0}


class Reading(float):
    """A clock reading that counts the comparisons made with it, and stays a Reading through arithmetic."""

    def __lt__(self, other: object) -> bool:
        COUNT["comparisons"] += 1
        return float(self) < float(other)  # type: ignore[arg-type]

    def __gt__(self, other: object) -> bool:
        COUNT["comparisons"] += 1
        return float(self) > float(other)  # type: ignore[arg-type]

    def __le__(self, other: object) -> bool:
        COUNT["comparisons"] += 1
        return float(self) <= float(other)  # type: ignore[arg-type]

    def __ge__(self, other: object) -> bool:
        COUNT["comparisons"] += 1
        return float(self) >= float(other)  # type: ignore[arg-type]

    def __eq__(self, other: object) -> bool:
        COUNT["comparisons"] += 1
        return float(self) == other

    __hash__ = float.__hash__

    def __add__(self, other: object) -> Reading:
        return Reading(float(self) + other)  # type: ignore[operator]

    __radd__ = __add__

    def __sub__(self, other: object) -> Reading:
        return Reading(float(self) - other)  # type: ignore[operator]

    def __rsub__(self, other: object) -> Reading:
        return Reading(other - float(self))  # type: ignore[operator]


class CountingClock:
    """Virtual seconds: sleeping moves time on at once; every reading is a `Reading`, and is kept."""

    def __init__(self, counting: bool = True) -> None:
        self.now = 0.0
        self.readings: list[float] = []
        self.counting = counting

    def monotonic(self) -> float:
        if not self.counting:
            return self.now
        self.readings.append(self.now)
        return Reading(self.now)

    def sleep(self, seconds: float) -> None:
        self.now += float(seconds)


@dataclass
class Answer:
    status: str


RUNNING, COMPLETED = Answer("running"), Answer("completed")


class Server:
    """Run `i` of `ids` completes at its `finish_at`; every poll is kept, as (run id, virtual time)."""

    def __init__(self, clock: CountingClock, finish_at: Mapping[str, float]) -> None:
        self.clock = clock
        self.finish_at = finish_at
        self.polls: list[tuple[str, float]] = []

    def fetch(self, run_id: str, remaining: float) -> tuple[Answer, Mapping[str, str]]:
        self.polls.append((run_id, self.clock.now))
        return (COMPLETED if self.clock.now >= self.finish_at[run_id] else RUNNING), {}


def wait(finish_at: Mapping[str, float], timeout: float = 600.0) -> tuple[dict[str, Any], Server, CountingClock]:
    clock = CountingClock()
    server = Server(clock, finish_at)
    waiter = Waiter(clock)
    waiter.show_progress = False
    result = waiter.wait_for_runs(server.fetch, list(finish_at), timeout=timeout)
    return result, server, clock


def test_choosing_each_poll_costs_log_n_comparisons_not_n() -> None:
    count = 4000
    finish_at = {f"tsk_{number:05d}": float(number % 7) for number in range(count)}
    COUNT["comparisons"] = 0
    result, server, _ = wait(finish_at)
    polls = len(server.polls)
    assert len(result) == count and polls > count
    # a heap: about 2 log2(n) per pop or replace; scanning every pending run would be n/2 on average (~2000)
    assert COUNT["comparisons"] / polls < 4 * math.log2(count) + 10, COUNT["comparisons"] / polls


def test_many_runs_are_each_polled_as_if_waited_for_alone() -> None:
    finish_at = {f"tsk_{number:04d}": float(number % 13) * 1.7 for number in range(300)}
    _, together, _ = wait(finish_at)
    for run_id in ("tsk_0000", "tsk_0005", "tsk_0012", "tsk_0299"):
        _, alone, _ = wait({run_id: finish_at[run_id]})
        assert [at for polled, at in together.polls if polled == run_id] == [at for _, at in alone.polls]


def test_one_runs_wait_reads_the_clock_as_before() -> None:
    """A cassette replays its recorded clock readings in order: one run's wait must read the clock as it did."""
    _, server, clock = wait({"tsk_1": 3.2})
    assert [at for _, at in server.polls] == [0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0]
    # the start; before each poll; after a sleep; after each unfinished answer (not after the last)
    assert clock.readings == [
        0.0,
        0.0,
        0.0,
        0.0,
        0.5,
        0.5,
        0.5,
        1.0,
        1.0,
        1.0,
        1.5,
        1.5,
        1.5,
        2.0,
        2.0,
        2.0,
        3.0,
        3.0,
        3.0,
        4.0,
    ]


def test_a_pending_run_costs_a_few_hundred_bytes() -> None:
    count = 30_000
    finish_at = dict.fromkeys((f"tsk_{number:06d}" for number in range(count)), 1.0)  # three polls each
    ids = list(finish_at)
    clock = CountingClock(counting=False)
    server = Server(clock, finish_at)
    polls = server.polls = _Counted()
    waiter = Waiter(clock)
    waiter.show_progress = False
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        result = waiter.wait_for_runs(server.fetch, ids, timeout=600)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert len(result) == count and polls.made == 3 * count
    # the returned dict included; the answers are shared objects (measured: ~140 bytes a run; 180 before the heap)
    assert peak / count < 400, peak / count


class _Counted(list[tuple[str, float]]):
    """Counts polls without keeping them (their memory is not the waiter's)."""

    made = 0

    def append(self, poll: tuple[str, float]) -> None:
        self.made += 1
