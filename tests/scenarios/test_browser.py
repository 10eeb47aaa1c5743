"""Browser sessions and browser profiles."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from skyvern_sync import (
    BadRequestError,
    ConflictError,
    InvalidParameterError,
    NotFoundError,
    Skyvern,
    UnprocessableEntityError,
)
from tests._recorded import workflow_definition as definition


def test_browser_session_lifecycle_with_a_run_in_it(skyvern: Skyvern, site_url: str) -> None:
    session = skyvern.create_browser_session(timeout=15)
    sid = session.browser_session_id
    assert sid.startswith("pbs_")
    assert skyvern.get_browser_session(sid).browser_session_id == sid
    assert sid in [s.browser_session_id for s in skyvern.get_browser_sessions()]

    run = skyvern.run_task(
        prompt="Open the products page", url=f"{site_url}/products", engine="skyvern-1.0",
        browser_session_id=sid, wait_for_completion=True, timeout=300,
    )  # fmt: skip
    assert run.status == "completed", run.failure_reason

    skyvern.close_browser_session(sid)
    assert str(skyvern.get_browser_session(sid).status) != "created"
    # closing twice is harmless
    skyvern.close_browser_session(sid)


def test_unknown_browser_session_and_profile_are_not_found(skyvern: Skyvern) -> None:
    with pytest.raises(NotFoundError):
        skyvern.get_browser_session("pbs_000000000000000000")
    with pytest.raises(NotFoundError):
        skyvern.close_browser_session("pbs_000000000000000000")
    with pytest.raises(NotFoundError):
        skyvern.delete_browser_profile("bp_000000000000000000")


def test_blank_browser_profile_lifecycle(skyvern: Skyvern, unique: Callable[[str], str]) -> None:
    name = unique("blank profile")
    profile = skyvern.create_browser_profile(name=name, description="made by the scenario suite")
    pid = profile.browser_profile_id
    assert profile.name == name
    # a second profile of the same name is a conflict
    with pytest.raises(ConflictError) as conflict:
        skyvern.create_browser_profile(name=name)
    assert conflict.value.status_code == 409
    assert "already exists" in str(conflict.value)
    assert skyvern.get_browser_profile(pid).browser_profile_id == pid
    assert pid in [p.browser_profile_id for p in skyvern.list_browser_profiles()]
    skyvern.delete_browser_profile(pid)
    with pytest.raises(NotFoundError):
        skyvern.get_browser_profile(pid)
    assert pid not in [p.browser_profile_id for p in skyvern.list_browser_profiles()]
    assert pid in [p.browser_profile_id for p in skyvern.list_browser_profiles(include_deleted=True)]


def test_browser_profile_from_a_workflow_run(skyvern: Skyvern, site_url: str, unique: Callable[[str], str]) -> None:
    workflow = skyvern.create_workflow(json_definition=definition("Keeps its browser", persist=True))
    run = skyvern.run_workflow(
        workflow.workflow_permanent_id, parameters={"target_url": f"{site_url}/products"},
        wait_for_completion=True, timeout=300,
    )  # fmt: skip
    assert run.status == "completed", run.failure_reason
    name = unique("from a run")
    profile = skyvern.create_browser_profile(name=name, workflow_run_id=run.run_id)
    assert profile.name == name
    assert profile.workflow_permanent_id in (workflow.workflow_permanent_id, None)
    # the reference takes browser_profile_id on run_workflow (run_task has none)
    used = skyvern.run_workflow(
        workflow.workflow_permanent_id, parameters={"target_url": f"{site_url}/products"},
        browser_profile_id=profile.browser_profile_id, wait_for_completion=True, timeout=300,
    )  # fmt: skip
    assert used.status == "completed", used.failure_reason
    skyvern.delete_browser_profile(profile.browser_profile_id)
    skyvern.delete_workflow(workflow.workflow_permanent_id)


def test_a_profile_from_a_session_that_kept_none_is_refused(skyvern: Skyvern, unique: Callable[[str], str]) -> None:
    session = skyvern.create_browser_session(timeout=5)
    skyvern.close_browser_session(session.browser_session_id)
    with pytest.raises(BadRequestError):
        skyvern.create_browser_profile(name=unique("nothing to keep"), browser_session_id=session.browser_session_id)


def test_the_server_refuses_what_the_client_checks_first(skyvern: Skyvern) -> None:
    # the client refuses a session of 1 minute before anything is sent...
    with pytest.raises(InvalidParameterError, match="timeout must be 5 to 1440"):
        skyvern.create_browser_session(timeout=1)
    # ...by the server's own rule: sent anyway, through the generated layer under the facade, it is a 422
    from skyvern_generated.api.browser_sessions import create_browser_session
    from skyvern_generated.models import CreateBrowserSessionRequest

    with pytest.raises(UnprocessableEntityError) as refused:
        create_browser_session.sync(client=skyvern._transport.bind(None), body=CreateBrowserSessionRequest(timeout=1))
    assert refused.value.status_code == 422
    assert "body.timeout: Input should be greater than or equal to 5" in str(refused.value)


def test_update_and_extend_a_browser_session(skyvern: Skyvern) -> None:
    session = skyvern.create_browser_session(
        timeout=15, generate_browser_profile=False, browser_settings={"timezone_id": "America/New_York"}
    )
    sid = session.browser_session_id
    # the settings asked for come back with the session
    assert session.browser_settings is not None and session.browser_settings.timezone_id == "America/New_York"
    assert session.generate_browser_profile is False
    updated = skyvern.update_browser_session(sid, generate_browser_profile=True)
    assert updated.browser_session_id == sid and updated.generate_browser_profile is True
    # each extension adds to the session's budget: 15 + 10 minutes
    extended = skyvern.extend_browser_session(sid, additional_minutes=10)
    assert extended.timeout == 25 and extended.warning is None
    # past the longest lifetime (360 minutes) the server grants what remains and says so
    capped = skyvern.extend_browser_session(sid, additional_minutes=1000)
    assert capped.timeout == 360 and capped.warning is not None and "360 minutes" in capped.warning
    skyvern.close_browser_session(sid)
    # an ended session can be neither updated nor extended
    with pytest.raises(ConflictError, match="already ended"):
        skyvern.update_browser_session(sid, generate_browser_profile=False)
    with pytest.raises(ConflictError, match="already ended"):
        skyvern.extend_browser_session(sid, additional_minutes=5)
    with pytest.raises(NotFoundError):
        skyvern.extend_browser_session("pbs_000000000000000000", additional_minutes=5)


def test_a_browser_session_timezone_the_server_does_not_know_is_refused(skyvern: Skyvern) -> None:
    # the client sends any text; the server knows the IANA names (its tzdata, not ours)
    with pytest.raises(UnprocessableEntityError, match="not an IANA timezone name"):
        skyvern.create_browser_session(timeout=5, browser_settings={"timezone_id": "+03:00"})


def test_update_a_browser_profile_see_its_usage_and_find_it(skyvern: Skyvern, unique: Callable[[str], str]) -> None:
    name, renamed, other = unique("profile to update"), unique("profile renamed"), unique("profile other")
    profile = skyvern.create_browser_profile(name=name, description="before")
    pid = profile.browser_profile_id
    second = skyvern.create_browser_profile(name=other)
    updated = skyvern.update_browser_profile(pid, name=renamed, description="after")
    assert (updated.browser_profile_id, updated.name, updated.description) == (pid, renamed, "after")
    # what is not given stays as it is
    assert skyvern.update_browser_profile(pid, description="again").name == renamed
    with pytest.raises(ConflictError):
        skyvern.update_browser_profile(pid, name=other)
    # the search matches the name or the description, case-insensitively: only this profile has the new name
    found = skyvern.list_browser_profiles(search_key=renamed.upper(), page=1, page_size=100)
    assert [p.browser_profile_id for p in found] == [pid]
    assert len(skyvern.list_browser_profiles(page=1, page_size=1)) == 1
    assert pid not in [p.browser_profile_id for p in skyvern.list_browser_profiles(managed=True, page_size=100)]
    usage = skyvern.get_browser_profile_usage(pid)
    assert usage.workflows == [] and usage.credentials == [] and usage.recent_seeded_run_count == 0
    for gone in (pid, second.browser_profile_id):
        skyvern.delete_browser_profile(gone)
    with pytest.raises(NotFoundError):
        skyvern.update_browser_profile(pid, name=unique("profile gone"))
    with pytest.raises(NotFoundError):
        skyvern.get_browser_profile_usage("bp_000000000000000000")
