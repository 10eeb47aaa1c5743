"""Waiting for runs: a client's `Waiter` polls one run or many on one thread, on its own clock."""

from __future__ import annotations

import heapq
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Generic, Protocol, TypeVar

from skyvern_sync import _constants as defaults
from skyvern_sync._retry_after import retry_after_seconds
from skyvern_sync._values import ReadOnlyValue
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


SYSTEM_CLOCK = SystemClock()

# The clock of the recording active in this context (skyvern_sync.testing sets it): a client with no clock of its
# own waits on it, however and whenever it was built. A context variable, not a module global: two recordings in
# two threads (or tasks) each keep theirs, and leaving a recording restores the clock that was there before.
CONTEXT_CLOCK: ContextVar[Clock | None] = ContextVar("skyvern_sync.polling.CONTEXT_CLOCK", default=None)


@contextmanager
def clock_in_context(clock: Clock) -> Iterator[None]:
    """Until the block ends, a wait that begins in this context on a waiter with no clock of its own uses `clock`."""
    token = CONTEXT_CLOCK.set(clock)
    try:
        yield
    finally:
        try:
            CONTEXT_CLOCK.reset(token)
        except ValueError:  # left in another context than entered (a notebook's later cell run as a task)
            if CONTEXT_CLOCK.get() is clock:
                CONTEXT_CLOCK.set(None)


class WaitProgress(ReadOnlyValue, Generic[Run]):
    """One poll of a wait, as `on_progress` is given it.

    run_id: the run just polled. run: what the poll answered (a `GetRunResponse`). elapsed: seconds since
    the wait began. next_delay: seconds until this run is polled again, or None when the poll was its last
    (it finished, or the wait's time is up). pending: how many runs of the wait are still unfinished.
    An exception the hook raises ends the wait (the run goes on).
    """

    __slots__ = ("elapsed", "next_delay", "pending", "run", "run_id")
    _FIELDS = ("run_id", "run", "elapsed", "next_delay", "pending")
    run_id: str
    run: Run
    elapsed: float
    next_delay: float | None
    pending: int

    def __init__(self, run_id: str, run: Run, elapsed: float, next_delay: float | None, pending: int) -> None:
        self._set(run_id, run, elapsed, next_delay, pending)


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


def is_finished(run: object) -> bool:
    """A run a wait may end on: a terminal status and no retry pending. A workflow run that failed with retries
    left reports its final status and `retry_pending` true until the next attempt starts (as the official
    library does, the wait goes on)."""
    return is_terminal(getattr(run, "status", None)) and getattr(run, "retry_pending", None) is not True


def next_interval(elapsed: float, retry_after: float | None = None) -> float:
    """The wait before the next poll after `elapsed` seconds (_constants.POLL_SCHEDULE); never below Retry-After."""
    for until, step in defaults.POLL_SCHEDULE:
        if elapsed < until:
            return max(step, retry_after or 0.0)
    interval = min(defaults.POLL_MAX_INTERVAL, elapsed / defaults.POLL_LATE_FRACTION)
    return max(interval, retry_after or 0.0)


class Waiter:
    """Polls runs until they finish. A client owns one (`client.waiter`).

    clock: what it reads and sleeps on. Set it to a virtual clock to replay or simulate waits (so a recorded
    20-second wait replays in milliseconds and still makes the same polling decisions). Unset, a wait uses the
    clock of the recording active where it begins (`skyvern_sync.testing.recording`, the pytest plugin's
    cassette), else the system clock.
    show_progress: in a Jupyter kernel, a wait given no `on_progress` shows its progress in one display updated
    in place, then the finished run's card; set it to False to show nothing. Elsewhere (a script, a terminal
    IPython) nothing is shown either way.
    """

    def __init__(self, clock: Clock | None = None) -> None:
        self._clock = clock
        self.show_progress = True

    @property
    def clock(self) -> Clock:
        """The clock a wait beginning now would use: this waiter's own, else the active recording's, else the
        system clock."""
        if self._clock is not None:
            return self._clock
        return CONTEXT_CLOCK.get() or SYSTEM_CLOCK

    @clock.setter
    def clock(self, clock: Clock) -> None:
        self._clock = clock

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
        Choosing the next poll costs O(log n) (a heap of next-poll times); a pending run costs a few hundred
        bytes besides its last answer.
        """
        on_progress = check_on_progress(on_progress)
        clock = self.clock
        ids = list(dict.fromkeys(run_ids))
        if timeout <= 0:
            raise ValueError(f"timeout must be positive, got {timeout!r}")
        if on_progress is None and self.show_progress:
            from skyvern_sync import _notebook

            on_progress = _notebook.kernel_progress(len(ids))
        start = clock.monotonic()
        deadline = start + timeout
        # the last poll comes just before the deadline, with time to answer: a run that finishes just in time
        # is seen, and the wait still ends on time
        last_poll = deadline - min(defaults.LAST_POLL_MARGIN, timeout / 10)
        # (next poll, position in ids): the soonest first, a tie in the order the runs were given. Sorted, so
        # already a heap.
        schedule = [(start, position) for position in range(len(ids))]
        answers: list[Any] = [None] * len(ids)  # each run's last answer
        finished = bytearray(len(ids))
        failures: dict[int, int] = {}  # consecutive failed polls, of the runs that have some
        finished_count = 0
        while schedule:
            due, position = schedule[0]
            run_id = ids[position]
            now = clock.monotonic()
            if due > now:
                clock.sleep(due - now)
                now = clock.monotonic()
            remaining = deadline - now
            if remaining <= 0:
                break
            try:
                run, headers = fetch(run_id, remaining)
            except PASSING as error:
                failed = failures[position] = failures.get(position, 0) + 1
                headers = getattr(error, "headers", None) or {}
                backoff = min(defaults.POLL_FAILURE_MAX_DELAY, defaults.POLL_FAILURE_DELAY * 2 ** (failed - 1))
                polled = False
            except SkyvernError as error:
                error.run_id = run_id
                raise
            else:
                failures.pop(position, None)
                answers[position] = run
                polled = True
                backoff = 0.0
            delay: float | None = None
            if polled and is_finished(run):
                finished[position] = 1
                finished_count += 1
                heapq.heappop(schedule)
            else:
                now = clock.monotonic()  # (not read after a run's last answer: a replayed clock's readings count)
                if now >= last_poll:
                    heapq.heappop(schedule)  # its last poll is made: it is pending
                else:
                    wait = max(next_interval(now - start, retry_after_seconds(headers)), backoff)
                    due = min(last_poll, now + wait)
                    heapq.heapreplace(schedule, (due, position))
                    delay = due - now
            if polled and on_progress is not None:
                on_progress(WaitProgress(run_id, run, now - start, delay, len(ids) - finished_count))
        if finished_count < len(ids):
            pending = [run_id for position, run_id in enumerate(ids) if not finished[position]]
            first = ids.index(pending[0])
            raise RunWaitTimeout(pending[0], timeout, answers[first], pending_run_ids=pending)
        return dict(zip(ids, answers, strict=True))
