"""What the Django, Flask and Celery integrations share: the order of run statuses, and the stored run's fields."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from skyvern_sync.types import GetRunResponse, TaskRunResponse, WorkflowRunResponse

# A run only moves forward: created < queued < running (paused is a running run waiting) < a terminal
# status. A delivery (or a late answer to run_task) whose status is not later than the stored one is old
# news: Skyvern retries deliveries, `retry_run_webhook` resends them, and answers cross on the network.
_RANK = {"created": 0, "queued": 1, "running": 2, "paused": 2}
_TERMINAL = frozenset({"completed", "failed", "terminated", "timed_out", "canceled"})
TERMINAL_RANK = 3
#: How long a handed-in TOTP code waits for its run's callback, in seconds, unless configured otherwise.
DEFAULT_TOTP_CODE_TTL = 600.0


def status_rank(status: str) -> int:
    """Where `status` stands in a run's life; a status this client does not know counts as running."""
    return TERMINAL_RANK if status in _TERMINAL else _RANK.get(status, 2)


def is_later(new: str, stored: str | None) -> bool:
    """Whether a run now `new` should replace what was stored as `stored` (None: nothing stored yet)."""
    return stored is None or status_rank(new) > status_rank(stored)


def run_fields(run: GetRunResponse | TaskRunResponse | WorkflowRunResponse) -> dict[str, Any]:
    """The columns an integration stores for a run, from a delivery or from what run_task answered."""
    return {
        "status": str(run.status),
        "run_type": str(run.run_type or ""),
        "output": run.output,
        "failure_reason": run.failure_reason,
        "recording_url": run.recording_url,
        "app_url": run.app_url,
    }
