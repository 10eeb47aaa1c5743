"""Waiting for runs on the command line: the facade's wait, a progress line on stderr, and Ctrl-C."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from skyvern_sync.options import RequestOptions
    from skyvern_sync.polling import Clock, WaitProgress
    from skyvern_sync.skyvern import Skyvern

ERASE_LINE = "\r\x1b[2K"  # back to the start of the line, and clear it
TICK = 0.5  # how often a live line's elapsed time moves while the wait sleeps between polls


def describe(runs: Mapping[str, Any], run_ids: Sequence[str], elapsed: float) -> str:
    """`run tsk_... running · 12 s · 4 steps`, or for several runs `3 runs · 1 completed, 2 running · 12 s`."""
    if len(run_ids) == 1:
        return _one(run_ids[0], runs.get(run_ids[0]), elapsed)
    counts: dict[str, int] = {}
    for run_id in run_ids:
        status = _status(runs.get(run_id))
        counts[status] = counts.get(status, 0) + 1
    summary = ", ".join(f"{count} {status}" for status, count in counts.items())
    return f"{len(run_ids)} runs · {summary} · {_seconds(elapsed)}"


def _one(run_id: str, run: Any, elapsed: float) -> str:
    parts = [f"run {run_id} {_status(run)}", _seconds(elapsed)]
    steps = getattr(run, "step_count", None)
    if isinstance(steps, int):
        parts.append(f"{steps} step" + ("" if steps == 1 else "s"))
    return " · ".join(parts)


def _status(run: Any) -> str:
    status = getattr(run, "status", None)
    return "waiting" if status is None else str(getattr(status, "value", status))


def _seconds(elapsed: float) -> str:
    seconds = int(elapsed)
    return f"{seconds} s" if seconds < 60 else f"{seconds // 60} min {seconds % 60:02d} s"


class Progress:
    """The state of a wait on stderr: on a terminal one line rewritten in place, otherwise a line per change."""

    def __init__(self, stream: TextIO, run_ids: Sequence[str], *, quiet: bool) -> None:
        self.stream = stream
        self.run_ids = list(run_ids)
        self.quiet = quiet
        self.live = not quiet and _isatty(stream)
        self._drawn = False
        self._printed: dict[str, str] = {}

    def show(self, runs: Mapping[str, Any], elapsed: float) -> None:
        if self.quiet:
            return
        if self.live:
            line = describe(runs, self.run_ids, elapsed)
            self.stream.write(ERASE_LINE + line[: _columns(self.stream) - 1])
            self.stream.flush()
            self._drawn = True
            return
        for run_id in self.run_ids:
            if run_id in runs and self._printed.get(run_id) != _status(runs[run_id]):
                self._printed[run_id] = _status(runs[run_id])
                self.stream.write(_one(run_id, runs[run_id], elapsed) + "\n")
                self.stream.flush()

    def close(self) -> None:
        """End the live line, keeping its last state on screen: what follows starts on a line of its own."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


class Waiter:
    """The facade's wait (`wait_for_runs` with its `on_progress` hook), noting each run as it is seen (for
    progress, and for what to print when the wait ends early); on a terminal the live line's elapsed time
    moves while the wait sleeps between polls (the client's `waiter.clock`, wrapped for the wait)."""

    def __init__(self, client: Skyvern, options: RequestOptions | None, progress: Progress) -> None:
        self.client = client
        self.options = options
        self.progress = progress
        self.last: dict[str, Any] = {}
        self._start = 0.0

    def wait(self, run_ids: Sequence[str], timeout: float) -> dict[str, Any]:
        clock = self.client.waiter.clock
        self._start = clock.monotonic()
        self.progress.show(self.last, 0.0)
        if self.progress.live:
            self.client.waiter.clock = _Ticking(clock, lambda: self.progress.show(self.last, self.elapsed))
        try:
            return self.client.wait_for_runs(run_ids, timeout, self.options, on_progress=self._seen)
        finally:
            self.client.waiter.clock = clock

    @property
    def elapsed(self) -> float:
        return self.client.waiter.clock.monotonic() - self._start

    def _seen(self, progress: WaitProgress[Any]) -> None:
        self.last[progress.run_id] = progress.run
        self.progress.show(self.last, progress.elapsed)


class _Ticking:
    """A clock whose sleeps are cut into ticks, calling `tick` after each."""

    def __init__(self, clock: Clock, tick: Callable[[], None]) -> None:
        self.clock = clock
        self.tick = tick

    def monotonic(self) -> float:
        return self.clock.monotonic()

    def sleep(self, seconds: float) -> None:
        end = self.clock.monotonic() + seconds
        while (left := end - self.clock.monotonic()) > 0:
            self.clock.sleep(min(left, TICK))
            self.tick()


def ask(question: str, stream: TextIO) -> bool | None:
    """A yes/no answer from the person at the terminal (default no); None when there is no terminal to ask."""
    if not _isatty(stream):
        return None
    with contextlib.ExitStack() as stack:
        try:
            answers: IO[str] = stack.enter_context(open("/dev/tty", encoding="utf-8"))
        except OSError:  # no controlling terminal: stdin may still be one
            if not _isatty(sys.stdin):
                return None
            answers = sys.stdin
        stream.write(f"{question} [y/N] ")
        stream.flush()
        try:
            answer = answers.readline()
        except (KeyboardInterrupt, OSError):
            answer = ""
        if not answer.endswith("\n"):
            stream.write("\n")  # Ctrl-C or Ctrl-D: the next message must not follow the question on its line
        return answer.strip().lower() in ("y", "yes")


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _columns(stream: TextIO) -> int:
    """The terminal's width: a longer line would wrap, and `\\r` then rewrites only its last part."""
    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, ValueError, OSError):
        columns = 0
    return columns if columns > 0 else 80
