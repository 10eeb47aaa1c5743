"""Waits go on while a workflow run reports a final status with a retry pending, as the official library's do."""

from __future__ import annotations

from typing import Any

from skyvern_sync import Skyvern
from tests import _faults as f
from tests._faults import KEY
from tests._recorded import sample


def workflow_run(status: str, *, retry_pending: bool) -> dict[str, Any]:
    """A workflow run as get_run answers it, from a recorded run's shared fields."""
    body = dict(sample("get_run__task_v1_completed")[1])
    body.pop("run_request", None)  # a task's request, which a workflow run's does not fit
    return {**body, "run_id": "wr_1", "run_type": "workflow_run", "status": status, "retry_pending": retry_pending}


def test_a_failed_run_with_a_retry_pending_is_waited_for_until_the_retry_finishes(server: f.FaultServer) -> None:
    server.script(
        f.status(200, workflow_run("failed", retry_pending=True)),
        f.status(200, workflow_run("completed", retry_pending=False)),
    )
    with Skyvern(KEY, base_url=server.url) as client:
        run = client.wait_for_run("wr_1", timeout=60)
    assert str(run.status) == "completed"
    assert server.count("GET", "/v1/runs/wr_1") == 2


def test_a_final_status_without_a_retry_pending_ends_the_wait_at_once(server: f.FaultServer) -> None:
    server.script(f.status(200, workflow_run("failed", retry_pending=False)))
    with Skyvern(KEY, base_url=server.url) as client:
        run = client.wait_for_run("wr_1", timeout=60)
    assert str(run.status) == "failed"
    assert server.count("GET", "/v1/runs/wr_1") == 1
