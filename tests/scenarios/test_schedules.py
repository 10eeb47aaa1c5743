"""Schedules of a workflow, through `client.schedules`: none may ever fire (the local scheduler polls every 60 s)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from skyvern_sync import BadRequestError, ConflictError, NotFoundError, Skyvern, UnprocessableEntityError
from skyvern_sync.testing import Recording
from tests._recorded import workflow_definition

# 1 January at midnight: a recurring schedule that cannot fire while a test runs, even enabled
YEARLY = "0 0 1 1 *"
PARAMETERS = {"target_url": "https://example.com/never-fetched"}


def _workflow(skyvern: Skyvern, unique: Callable[[str], str]) -> str:
    return skyvern.create_workflow(json_definition=workflow_definition(unique("scheduled"))).workflow_permanent_id


def test_a_recurring_schedule_lifecycle(skyvern: Skyvern, unique: Callable[[str], str]) -> None:
    """The local 1.0.56 server has schedules on (it answers 200, not 501) and no schedule limit."""
    wpid = _workflow(skyvern, unique)
    name = unique("nightly")
    created = skyvern.schedules.create(
        wpid, timezone="UTC", cron_expression=YEARLY, enabled=False, parameters=PARAMETERS, name=name
    )
    sid = created.schedule.workflow_schedule_id
    assert sid.startswith("wfs_")
    assert created.schedule.enabled is False
    assert created.schedule.parameters == PARAMETERS
    assert created.next_runs and all(run.month == 1 and run.day == 1 for run in created.next_runs)

    assert [s.workflow_schedule_id for s in skyvern.schedules.list(wpid).schedules] == [sid]
    assert skyvern.schedules.get(wpid, sid).schedule.name == name
    page = skyvern.schedules.list_all(page=1, page_size=100, status="paused", search=name)
    assert [item.workflow_schedule_id for item in page.schedules] == [sid]
    assert (page.total_count, page.page, page.page_size) == (1, 1, 100)

    updated = skyvern.schedules.update(
        wpid, sid, timezone="Europe/Paris", cron_expression=YEARLY, enabled=False, parameters=PARAMETERS,
        name=name, description="renamed zone",
    )  # fmt: skip
    assert (updated.schedule.timezone, updated.schedule.description) == ("Europe/Paris", "renamed zone")
    assert skyvern.schedules.enable(wpid, sid).schedule.enabled is True
    assert skyvern.schedules.disable(wpid, sid).schedule.enabled is False
    with pytest.raises(UnprocessableEntityError, match="Only a one-time schedule can be canceled"):
        skyvern.schedules.cancel(wpid, sid)

    assert skyvern.schedules.delete(wpid, sid).ok is True
    with pytest.raises(NotFoundError):
        skyvern.schedules.get(wpid, sid)


def test_a_one_time_schedule_is_canceled_once(
    skyvern: Skyvern, skyvern_recording: Recording, unique: Callable[[str], str]
) -> None:
    wpid = _workflow(skyvern, unique)
    # a month ahead, remembered so the replayed body is the recorded one
    run_at = dt.datetime.fromisoformat(
        skyvern_recording.remember("run_at", (dt.datetime.now(dt.UTC) + dt.timedelta(days=30)).isoformat)
    )
    created = skyvern.schedules.create(wpid, timezone="UTC", run_at=run_at, parameters=PARAMETERS)
    sid = created.schedule.workflow_schedule_id
    with pytest.raises(UnprocessableEntityError):
        skyvern.schedules.disable(wpid, sid)  # a one-time schedule is neither enabled nor disabled
    skyvern.schedules.cancel(wpid, sid)
    with pytest.raises(ConflictError):
        skyvern.schedules.cancel(wpid, sid)
    skyvern.schedules.delete(wpid, sid)


def test_the_server_refuses_bad_timing(skyvern: Skyvern, unique: Callable[[str], str]) -> None:
    """The client checks only what the schema says; the server parses cron expressions and time zones."""
    wpid = _workflow(skyvern, unique)
    with pytest.raises(BadRequestError, match="Invalid cron expression"):
        skyvern.schedules.create(wpid, timezone="UTC", cron_expression="not a cron", parameters=PARAMETERS)
    with pytest.raises(BadRequestError, match="Invalid timezone"):
        skyvern.schedules.create(wpid, timezone="Mars/Olympus", cron_expression=YEARLY, parameters=PARAMETERS)
    with pytest.raises(BadRequestError, match="Missing schedule parameters"):
        skyvern.schedules.create(wpid, timezone="UTC", cron_expression=YEARLY, enabled=False)
    with pytest.raises(NotFoundError):
        skyvern.schedules.get(wpid, "wfs_000000000000000000")
