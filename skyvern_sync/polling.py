"""Waiting for runs: one run (`wait_for_run`) or many at once on one thread (`wait_for_runs`)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol, TypeVar

from skyvern_sync import _constants as defaults
from skyvern_sync.errors import RunWaitTimeout
from skyvern_sync.transport import retry_after_seconds

Run = TypeVar("Run")

# get_run(run_id) -> (run, response headers)
Fetch = Callable[[str], tuple[Run, Mapping[str, str]]]


class Clock(Protocol):
    def monotonic(self) -> float: ...
    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


# Replay swaps this for a virtual clock (skyvern_sync.testing), so a recorded 20-second wait
# replays in milliseconds and still makes the same polling decisions.
CLOCK: Clock = SystemClock()


def is_terminal(status: object) -> bool:
    """`paused` and any status this client does not know are not terminal."""
    return str(status) in defaults.TERMINAL_STATUSES


def next_interval(elapsed: float, retry_after: float | None = None) -> float:
    """Quick at first, then a fifth of the time waited so far, capped; never below Retry-After."""
    interval = min(defaults.POLL_MAX_INTERVAL, max(defaults.POLL_MIN_INTERVAL, elapsed / defaults.POLL_GROWTH))
    return max(interval, retry_after or 0.0)


def wait_for_run(
    fetch: Fetch[Run],
    run_id: str,
    *,
    timeout: float = defaults.RUN_TIMEOUT,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
) -> Run:
    """Poll until the run reaches a terminal status; past `timeout` raise RunWaitTimeout (a TimeoutError)."""
    return wait_for_runs(fetch, [run_id], timeout=timeout, sleep=sleep, clock=clock)[run_id]


def wait_for_runs(
    fetch: Fetch[Run],
    run_ids: Iterable[str],
    *,
    timeout: float = defaults.RUN_TIMEOUT,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
) -> dict[str, Run]:
    """Wait for all runs on this thread: each is polled on its own schedule, the soonest first."""
    sleep = sleep or CLOCK.sleep
    clock = clock or CLOCK.monotonic
    ids = list(dict.fromkeys(run_ids))
    if timeout <= 0:
        raise ValueError(f"timeout must be positive, got {timeout!r}")
    start = clock()
    due = dict.fromkeys(ids, start)
    done: dict[str, Run] = {}
    last: dict[str, Any] = {}
    while due:
        run_id = min(due, key=due.__getitem__)
        now = clock()
        if due[run_id] > now:
            sleep(due[run_id] - now)
        run, headers = fetch(run_id)
        last[run_id] = run
        if is_terminal(getattr(run, "status", None)):
            done[run_id] = run
            del due[run_id]
            continue
        now = clock()
        if now >= start + timeout:
            break
        # the last poll lands on the deadline, so a run that finishes just in time is seen
        due[run_id] = min(start + timeout, now + next_interval(now - start, retry_after_seconds(headers)))
    if due:
        pending = min(due)
        raise RunWaitTimeout(pending, timeout, last.get(pending), pending_run_ids=sorted(due))
    return {run_id: done[run_id] for run_id in ids}
