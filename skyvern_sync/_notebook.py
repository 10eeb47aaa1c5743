"""A wait's progress in a Jupyter notebook: one display, updated in place at each poll, then the finished run."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from skyvern_sync.polling import OnProgress, WaitProgress


def in_kernel() -> bool:
    """True inside a Jupyter kernel (IPython's ZMQInteractiveShell, or a shell derived from it, as Colab's is).

    Cheap, and never imports IPython: code that has not imported it is not running in a kernel.
    """
    ipython = sys.modules.get("IPython")
    get_ipython = getattr(ipython, "get_ipython", None)
    shell = get_ipython() if callable(get_ipython) else None
    return shell is not None and any(cls.__name__ == "ZMQInteractiveShell" for cls in type(shell).__mro__)


def kernel_progress(total: int) -> OnProgress | None:
    """The default `on_progress` of a wait for `total` runs: a `Progress` in a Jupyter kernel, else None."""
    return Progress(total) if in_kernel() else None


class Progress:
    """Shows a wait in one display: created at the first poll, updated at each one after, and at the end the
    finished run (its card) for a wait on one run."""

    def __init__(self, total: int) -> None:
        self.total = total
        self._handle: Any = None
        self._broken = False

    def __call__(self, progress: WaitProgress[Any]) -> None:
        if self._broken:
            return
        finished = progress.next_delay is None and progress.pending == 0
        shown: object = progress.run if finished and self.total == 1 else Status(progress, self.total)
        try:
            if self._handle is None:
                from IPython.display import display

                self._handle = display(shown, display_id=True)  # type: ignore[no-untyped-call]
            else:
                self._handle.update(shown)
        except Exception:  # a display that fails must not end a wait nobody gave a hook to
            self._broken = True


class Status:
    """One poll of a wait as the display shows it: the run's status, the seconds waited and its steps."""

    def __init__(self, progress: WaitProgress[Any], total: int) -> None:
        self.progress = progress
        self.total = total

    def _facts(self) -> list[tuple[str, str]]:
        progress = self.progress
        facts = [("run id", progress.run_id), ("waited", f"{progress.elapsed:.1f} s")]
        steps = getattr(progress.run, "step_count", None)
        if isinstance(steps, int):
            facts.append(("steps", str(steps)))
        if progress.next_delay is not None:
            facts.append(("next poll in", f"{progress.next_delay:.1f} s"))
        if self.total > 1:
            facts.append(("finished", f"{self.total - progress.pending} of {self.total}"))
        return facts

    def _status(self) -> str:
        status = getattr(self.progress.run, "status", None)
        return str(getattr(status, "value", status))

    def __repr__(self) -> str:
        return f"waiting: {self._status()}, " + ", ".join(f"{label} {value}" for label, value in self._facts())

    def _repr_html_(self) -> str:
        from skyvern_sync._cards import code, html_card

        rows: list[tuple[str, object]] = [(label, code(value)) for label, value in self._facts()]
        title = "Waiting for a run" if self.total == 1 else f"Waiting for {self.total} runs"
        return str(html_card(title, rows, status=self._status()))
