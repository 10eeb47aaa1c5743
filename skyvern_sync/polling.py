"""Waiting for runs: a client's `Waiter` polls one run or many on one thread, on its own clock."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, Protocol, TypeVar

from skyvern_sync import _constants as defaults
from skyvern_sync._retry_after import retry_after_seconds
from skyvern_sync.errors import (
    ApiConnectionError,
    InternalServerError,
    InvalidParameterTypeError,
    ResponseValidationError,
    RunWaitTimeout,
    SkyvernError,
    TooManyRequestsError,
)

Run = TypeVar("Run")

# get_run(run_id, seconds this poll may take) -> (run, response headers)
Fetch = Callable[[str, float], tuple[Run, Mapping[str, str]]]

# A poll failing for one of these says nothing about the run: the wait goes on and asks again.
PASSING = (InternalServerError, TooManyRequestsError, ApiConnectionError, ResponseValidationError)


class Clock(Protocol):
    """What a wait reads the time from and sleeps on (`time.monotonic`, `time.sleep`, or a virtual clock)."""

    def monotonic(self) -> float: ...
    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


@dataclasses.dataclass(frozen=True)
class WaitProgress(Generic[Run]):
    """One poll of a wait, as `on_progress` is given it.

    run_id: the run just polled. run: what the poll answered (a `GetRunResponse`). elapsed: seconds since
    the wait began. next_delay: seconds until this run is polled again, or None when the poll was its last
    (it finished, or the wait's time is up). pending: how many runs of the wait are still unfinished.
    An exception the hook raises ends the wait (the run goes on).
    """

    run_id: str
    run: Run
    elapsed: float
    next_delay: float | None
    pending: int


OnProgress = Callable[[WaitProgress[Any]], None]


def check_on_progress(on_progress: object) -> OnProgress | None:
    """The progress hook, refused by name unless it is None or callable (before a run is started)."""
    if on_progress is None or callable(on_progress):
        return on_progress
    raise InvalidParameterTypeError(
        "on_progress", f"must be a function taking a WaitProgress, got {type(on_progress).__name__}"
    )


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


class Waiter:
    """Polls runs until they finish. A client owns one (`client.waiter`); its `clock` is what it reads and sleeps
    on: replay (`skyvern_sync.testing`) and the benchmark give it a virtual one, so a recorded 20-second wait
    replays in milliseconds and still makes the same polling decisions."""

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock: Clock = SystemClock() if clock is None else clock

    def wait_for_run(
        self, fetch: Fetch[Run], run_id: str, *, timeout: float, on_progress: OnProgress | None = None
    ) -> Run:
        """Poll until the run reaches a terminal status; past `timeout` raise RunWaitTimeout (a TimeoutError)."""
        return self.wait_for_runs(fetch, [run_id], timeout=timeout, on_progress=on_progress)[run_id]

    def wait_for_runs(
        self, fetch: Fetch[Run], run_ids: Iterable[str], *, timeout: float, on_progress: OnProgress | None = None
    ) -> dict[str, Run]:
        """Wait for all runs on this thread: each is polled on its own schedule, the soonest first.

        Every poll is given only the time left (a hanging poll cannot outlast the wait). A poll that fails for
        a passing reason (PASSING) is asked again later; any other error ends the wait, carrying the run id.
        """
        on_progress = check_on_progress(on_progress)
        clock = self.clock
        ids = list(dict.fromkeys(run_ids))
        if timeout <= 0:
            raise ValueError(f"timeout must be positive, got {timeout!r}")
        start = clock.monotonic()
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
            now = clock.monotonic()
            if due[run_id] > now:
                clock.sleep(due[run_id] - now)
                now = clock.monotonic()
            remaining = deadline - now
            if remaining <= 0:
                break
            try:
                run, headers = fetch(run_id, remaining)
            except PASSING as error:
                failures[run_id] += 1
                headers = getattr(error, "headers", None) or {}
                doubled = defaults.POLL_FAILURE_DELAY * 2 ** (failures[run_id] - 1)
                backoff = min(defaults.POLL_FAILURE_MAX_DELAY, doubled)
                polled = False
            except SkyvernError as error:
                error.run_id = run_id
                raise
            else:
                failures[run_id] = 0
                last[run_id] = run
                polled = True
                backoff = 0.0
            delay: float | None = None
            if polled and is_terminal(getattr(run, "status", None)):
                done[run_id] = run
                del due[run_id]
            else:
                now = clock.monotonic()  # (not read after a run's last answer: a replayed clock's readings count)
                if now >= last_poll:
                    del due[run_id]  # its last poll is made: it is pending
                else:
                    wait = max(next_interval(now - start, retry_after_seconds(headers)), backoff)
                    due[run_id] = min(last_poll, now + wait)
                    delay = due[run_id] - now
            if polled and on_progress is not None:
                on_progress(WaitProgress(run_id, run, now - start, delay, len(ids) - len(done)))
        pending = [run_id for run_id in ids if run_id not in done]
        if pending:
            raise RunWaitTimeout(pending[0], timeout, last.get(pending[0]), pending_run_ids=pending)
        return {run_id: done[run_id] for run_id in ids}
