"""Waiting for runs: one run (`wait_for_run`) or many at once on one thread (`wait_for_runs`)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol, TypeVar

from skyvern_sync import _constants as defaults
from skyvern_sync.errors import (
    ApiConnectionError,
    InternalServerError,
    ResponseValidationError,
    RunWaitTimeout,
    SkyvernError,
    TooManyRequestsError,
)
from skyvern_sync.transport import retry_after_seconds

Run = TypeVar("Run")

# get_run(run_id, seconds this poll may take) -> (run, response headers)
Fetch = Callable[[str, float], tuple[Run, Mapping[str, str]]]

# A poll failing for one of these says nothing about the run: the wait goes on and asks again.
PASSING = (InternalServerError, TooManyRequestsError, ApiConnectionError, ResponseValidationError)


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
    """The wait before the next poll after `elapsed` seconds (_constants.POLL_SCHEDULE); never below Retry-After."""
    for until, step in defaults.POLL_SCHEDULE:
        if elapsed < until:
            return max(step, retry_after or 0.0)
    interval = min(defaults.POLL_MAX_INTERVAL, elapsed / defaults.POLL_LATE_FRACTION)
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
    """Wait for all runs on this thread: each is polled on its own schedule, the soonest first.

    Every poll is given only the time left (a hanging poll cannot outlast the wait). A poll that fails for
    a passing reason (PASSING) is asked again later; any other error ends the wait, carrying the run id.
    """
    sleep = sleep or CLOCK.sleep
    clock = clock or CLOCK.monotonic
    ids = list(dict.fromkeys(run_ids))
    if timeout <= 0:
        raise ValueError(f"timeout must be positive, got {timeout!r}")
    start = clock()
    deadline = start + timeout
    # the last poll comes just before the deadline, with time to answer: a run that finishes just in time
    # is seen, and the wait still ends on time
    last_poll = deadline - min(defaults.LAST_POLL_MARGIN, timeout / 10)
    due = dict.fromkeys(ids, start)
    failures = dict.fromkeys(ids, 0)
    done: dict[str, Run] = {}
    last: dict[str, Any] = {}
    while due:
        run_id = min(due, key=due.__getitem__)
        now = clock()
        if due[run_id] > now:
            sleep(due[run_id] - now)
            now = clock()
        remaining = deadline - now
        if remaining <= 0:
            break
        try:
            run, headers = fetch(run_id, remaining)
        except PASSING as error:
            failures[run_id] += 1
            headers = getattr(error, "headers", None) or {}
            backoff = min(defaults.POLL_FAILURE_MAX_DELAY, defaults.POLL_FAILURE_DELAY * 2 ** (failures[run_id] - 1))
        except SkyvernError as error:
            error.run_id = run_id
            raise
        else:
            failures[run_id] = 0
            last[run_id] = run
            if is_terminal(getattr(run, "status", None)):
                done[run_id] = run
                del due[run_id]
                continue
            backoff = 0.0
        now = clock()
        if now >= last_poll:
            del due[run_id]  # its last poll is made: it is pending
            continue
        wait = max(next_interval(now - start, retry_after_seconds(headers)), backoff)
        due[run_id] = min(last_poll, now + wait)
    pending = [run_id for run_id in ids if run_id not in done]
    if pending:
        raise RunWaitTimeout(pending[0], timeout, last.get(pending[0]), pending_run_ids=pending)
    return {run_id: done[run_id] for run_id in ids}
