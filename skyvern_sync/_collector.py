"""The cyclic garbage collector held off while a body from the network is decoded and built."""

from __future__ import annotations

import gc
import json
import os
import threading
from types import TracebackType
from typing import Any


class _CollectorHold:
    """`with collector_held:` holds the cyclic garbage collector off for the block, in whichever threads enter.

    Two reasons, both about what a server (or anyone who can reach a webhook endpoint) sends:
    - A hostile body nested 100,000 deep takes `json.loads` to the recursion limit, and a 60 KB workflow whose
      for-loops nest 270 deep takes `from_dict` there. A collection that ran there would call finalizers
      (urllib3's pool closers, the program's own `__del__`) with no stack left: they would fail, printing
      "Exception ignored" and leaving what they should have closed open; one that starts while CPython builds
      the RecursionError, and needs 50 frames more, aborts the process. Held off, the collector runs them at
      its next run, on an ordinary stack.
    - A list of 1,000 workflows allocates some 70,000 containers, each of which counts towards a collection that
      then walks them all: holding the collector while they are decoded and built takes a third off their time
      (128 ms to 84 ms, json.loads and from_dict, on the 2-core machine of the README's benchmarks).
    Nothing is lost: what the collector would have found it finds at its next run.

    The collector is one switch for the whole process, so threads share one hold: the first to enter holds it
    off, the last to leave lets it run again (one thread leaving must not let a collection run on another's
    deep stack). Under load some thread may always be holding it, so a thread that leaves while others still
    hold makes the collection that has come due itself, on its own ordinary stack (finalizers run in the thread
    that collects): the collector keeps its pace however many threads decode. A program that disabled the
    collector itself keeps it disabled.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._threads_holding = 0
        self._was_enabled = False
        self._depth = threading.local()  # this thread's holds, nested (a decode inside an endpoint's build)
        if hasattr(os, "register_at_fork"):  # a prefork server (gunicorn, Celery) may fork while a thread holds it
            os.register_at_fork(after_in_child=self._forget_other_threads)

    def _forget_other_threads(self) -> None:
        # The child has only the forking thread: a hold another thread had will never be let go there (the
        # collector would stay off for good), and the lock may have been copied held.
        self._lock = threading.Lock()
        self._threads_holding = 1 if getattr(self._depth, "value", 0) else 0
        if not self._threads_holding and self._was_enabled:
            gc.enable()

    def __enter__(self) -> None:
        depth = getattr(self._depth, "value", 0)
        self._depth.value = depth + 1
        if depth:
            return
        with self._lock:
            if not self._threads_holding:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._threads_holding += 1

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        depth = self._depth.value - 1
        self._depth.value = depth
        if depth:
            return
        with self._lock:
            self._threads_holding = max(self._threads_holding - 1, 0)
            others_hold = self._threads_holding > 0
            if not others_hold and self._was_enabled:
                gc.enable()
        if others_hold and self._was_enabled:
            _collect_what_is_due()


def _collect_what_is_due() -> None:
    """The young collection the collector would have made by now, had it been running (never a full one: when a
    full one is due depends on counts Python does not show; the collector makes it when it runs again)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if thresholds[0] and counts[0] > thresholds[0]:
        gc.collect(1 if counts[1] >= thresholds[1] else 0)


collector_held = _CollectorHold()


def loads(content: bytes | str) -> Any:
    """`json.loads` of what came over the network, with the collector held off (see _CollectorHold)."""
    with collector_held:
        return json.loads(content)
