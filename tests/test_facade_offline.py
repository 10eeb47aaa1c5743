"""The facade's own behaviour, against the fake server of tests/_faults.py (`server`)."""

from __future__ import annotations

from typing import Any

import pytest

from skyvern_sync import (
    ApiError,
    NotFoundError,
    RunWaitTimeout,
    Skyvern,
    TooManyRequestsError,
    UnprocessableEntityError,
)
from skyvern_sync.client.core import ApiError as CoreApiError
from skyvern_sync.client.errors import ForbiddenError
from skyvern_sync.polling import Waiter, next_interval
from skyvern_sync.schemas.runs import RunEngine
from tests import _faults as f
from tests._faults import KEY
from tests._recorded import sample


def test_reference_import_paths_and_wire_values() -> None:
    assert CoreApiError is ApiError
    assert issubclass(ForbiddenError, ApiError) and issubclass(NotFoundError, ApiError)
    assert RunEngine.skyvern_v2.value == "skyvern-2.0" and RunEngine.skyvern_v1.value == "skyvern-1.0"
    assert RunEngine("skyvern-3.0") is RunEngine.skyvern_v3


def test_repr_hides_the_key() -> None:
    client = Skyvern(KEY, base_url="http://127.0.0.1:9")
    assert KEY not in repr(client) and KEY not in repr(client._transport)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.run_task(prompt=""), "prompt must not be empty"),
        (lambda c: c.run_task(prompt="x", engine="skyvern-9"), "engine 'skyvern-9' is not a RunEngine"),
        (lambda c: c.create_browser_session(timeout=1), "5 to 1440"),
        (lambda c: c.create_browser_session(timeout=2000), "5 to 1440"),
        (lambda c: c.create_workflow(), "exactly one of json_definition and yaml_definition"),
        (lambda c: c.create_workflow(json_definition={}, yaml_definition="a: b"), "exactly one of"),
        (lambda c: c.create_credential("n", "password", {"password": "hunter2"}), "username"),
        (lambda c: c.create_credential("n", "password", {"username": "u", "pin": "1"}), "unexpected keys ['pin']"),
        (lambda c: c.create_credential("n", "passkey", {}), "credential_type 'passkey'"),
        (lambda c: c.login(credential_type="skyvern", url="http://x"), "credential_id is needed by login"),
        (lambda c: c.login(credential_type="vault"), "not a CredentialType"),
        (lambda c: c.delete_workflow("w_123"), "permanent id"),
    ],
)
def test_bad_input_fails_before_anything_is_sent(call: Any, message: str) -> None:
    # port 9 (discard) has no listener: had anything been sent, ApiConnectionError would be raised
    client = Skyvern(KEY, base_url="http://127.0.0.1:9")
    with pytest.raises((ValueError, TypeError)) as info:
        call(client)
    assert message in str(info.value)
    assert "hunter2" not in str(info.value)


def test_error_statuses_become_typed_errors_with_status_body_and_headers(server: f.FaultServer) -> None:
    status, body = sample("get_run__unknown_id")
    server.script(f.status(status, body, headers={"X-Trace": "t1"}))
    client = Skyvern(KEY, base_url=server.url)
    with pytest.raises(NotFoundError) as info:
        client.get_run("tsk_nope")
    error = info.value
    assert error.status_code == 404 and error.body == body and error.headers["X-Trace"] == "t1"
    assert str(error).startswith("GET /v1/runs/tsk_nope -> 404: ")
    assert body["detail"] in str(error)
    assert KEY not in str(error) and KEY not in repr(error)
    assert server.received[0].headers["x-api-key"] == KEY


def test_a_422_names_the_field_and_why(server: f.FaultServer) -> None:
    status, body = sample("create_browser_session__timeout_too_short")
    server.script(f.status(status, body))
    with pytest.raises(UnprocessableEntityError) as info:
        Skyvern(KEY, base_url=server.url).get_browser_sessions()  # any call: the answer is what matters
    assert "body.timeout: Input should be greater than or equal to 5" in str(info.value)
    assert "'input'" not in str(info.value) and "ctx" not in str(info.value)


def test_reads_are_retried_on_503_and_429_honouring_retry_after(server: f.FaultServer) -> None:
    ok = sample("get_run__task_v1_completed")
    server.script(
        f.status(503, {"detail": "busy"}, headers={"Retry-After": "0"}),
        f.status(429, {"detail": "slow"}, headers={"Retry-After": "0"}),
        f.status(*ok),
    )
    run = Skyvern(KEY, base_url=server.url).get_run("tsk_1")
    assert run.status == "completed"
    assert len(server.received) == 3


def test_a_call_that_starts_a_run_is_retried_after_a_429(server: f.FaultServer) -> None:
    server.script(
        f.status(429, {"detail": "slow"}, headers={"Retry-After": "0"}), f.status(*sample("run_task__task_v1"))
    )
    run = Skyvern(KEY, base_url=server.url).run_task(prompt="do it", engine=RunEngine.skyvern_v1)
    assert run.run_id.startswith("tsk_")
    assert len(server.received) == 2
    sent = server.received[1].json()
    assert sent["prompt"] == "do it" and sent["engine"] == "skyvern-1.0"


def test_run_task_sends_the_references_default_engine(server: f.FaultServer) -> None:
    server.script(f.status(*sample("run_task__task_v2")))
    Skyvern(KEY, base_url=server.url).run_task(prompt="p")
    assert server.received[0].json()["engine"] == "skyvern-2.0"


def test_max_retries_zero_disables_retries(server: f.FaultServer) -> None:
    server.script(f.status(503, {"detail": "busy"}), f.status(*sample("get_run__task_v1_completed")))
    with pytest.raises(ApiError):
        Skyvern(KEY, base_url=server.url).get_run("tsk_1", request_options={"max_retries": 0})
    assert len(server.received) == 1


def test_wait_for_completion_polls_until_terminal(server: f.FaultServer) -> None:
    server.script(
        f.status(*sample("run_task__task_v1")),
        f.status(*sample("get_run__task_v1_running")),
        f.status(*sample("get_run__task_v1_completed")),
    )
    run = Skyvern(KEY, base_url=server.url).run_task(prompt="p", wait_for_completion=True, timeout=30)
    assert run.status == "completed"
    assert [r.method for r in server.received] == ["POST", "GET", "GET"]


def test_polling_schedule_is_quick_first_then_capped() -> None:
    assert next_interval(0.0) == 0.5
    assert next_interval(1.9) == 0.5
    assert next_interval(2.0) == 1.0
    assert next_interval(12.0) == 1.5
    assert next_interval(100.0) == 10.0
    assert next_interval(800.0) == 20.0
    assert next_interval(5000.0) == 60.0
    assert next_interval(0.0, retry_after=7) == 7


class FakeRun:
    def __init__(self, status: str) -> None:
        self.status = status


def test_waiting_for_many_runs_on_one_thread_and_timing_out() -> None:
    now = [0.0]
    statuses = {"a": iter(["running", "paused", "completed"]), "b": iter(["queued"] + ["running"] * 1000)}

    def fetch(run_id: str, remaining: float) -> tuple[FakeRun, dict[str, str]]:
        assert 0 < remaining <= 60
        return FakeRun(next(statuses[run_id])), {}

    class Clock:
        def monotonic(self) -> float:
            return now[0]

        def sleep(self, seconds: float) -> None:
            now[0] += seconds

    with pytest.raises(RunWaitTimeout) as info:
        Waiter(Clock()).wait_for_runs(fetch, ["a", "b"], timeout=60)
    assert isinstance(info.value, TimeoutError)
    assert info.value.run_id == "b" and info.value.pending_run_ids == ["b"]
    # the last poll comes a second before the deadline, given that second to answer
    assert now[0] == pytest.approx(59)


def test_unknown_statuses_are_not_terminal_and_too_many_requests_is_an_api_error() -> None:
    from skyvern_sync.polling import is_terminal

    assert not is_terminal("paused") and not is_terminal("hibernating") and is_terminal("canceled")
    assert issubclass(TooManyRequestsError, ApiError)


def test_a_retry_after_longer_than_the_cap_is_not_waited_for(server: f.FaultServer) -> None:
    server.script(
        f.status(429, {"detail": "slow"}, headers={"Retry-After": "3600"}),
        f.status(*sample("get_run__task_v1_completed")),
    )
    with pytest.raises(TooManyRequestsError) as info:
        Skyvern(KEY, base_url=server.url).get_run("tsk_1")
    assert info.value.headers["Retry-After"] == "3600"
    assert len(server.received) == 1


@pytest.mark.parametrize(
    ("call", "parameter"),
    [
        (
            lambda c: c.get_run("tsk_1", request_options={"additional_headers": {"X-Trace": "a\r\nX-Evil: 1"}}),
            "additional_headers",
        ),
        (lambda c: c.run_task(prompt="p", user_agent="agent\nX-Evil: 1"), "user_agent"),
        (lambda c: c.run_task(prompt="p", user_agent="ünïcödé ✓"), "user_agent"),
        (
            lambda c: c.run_task(prompt="p", data_extraction_schema={"type": "number", "maximum": float("nan")}),
            "data_extraction_schema",
        ),
        (lambda c: c.get_run("tsk_1", request_options={"timeout_in_seconds": float("inf")}), "timeout_in_seconds"),
        (lambda c: c.get_run("tsk_1", request_options={"timeout_in_seconds": "10"}), "timeout_in_seconds"),
        (lambda c: c.get_run("tsk_1", request_options={"timeout_in_seconds": True}), "timeout_in_seconds"),
        (lambda c: c.run_task(prompt="p", wait_for_completion=True, timeout=float("inf")), "timeout"),
        (lambda c: c.cancel_run(".."), "run_id"),
        (lambda c: c.delete_credential(".."), "credential_id"),
        (lambda c: c.update_workflow(".", yaml_definition="title: x"), "workflow_id"),
        (lambda c: c.get_run("a/b"), "run_id"),
        (lambda c: c.get_run("tsk_\ud800"), "run_id"),
        (lambda c: c.wait_for_runs("tsk_1"), "run_ids"),
        (lambda c: c.get_workflows(status="drafty"), "status"),
        (lambda c: c.create_browser_session(extensions=["ad-blocker", "crypto-miner"]), "extensions"),
        (lambda c: c.create_browser_session(browser_type="netscape"), "browser_type"),
        (lambda c: c.run_task(prompt="p", proxy_location="MOON"), "proxy_location"),
    ],
)
def test_what_the_reliability_issue_found_is_refused_by_name_before_sending(call: Any, parameter: str) -> None:
    from skyvern_sync import InvalidParameterError

    client = Skyvern(KEY, base_url="http://127.0.0.1:9")  # nothing listens: a request sent would fail otherwise
    with pytest.raises(InvalidParameterError) as refused:
        call(client)
    assert refused.value.parameter == parameter, str(refused.value)
    assert str(refused.value).startswith(parameter)


@pytest.mark.parametrize(
    ("kwargs", "parameter"),
    [
        ({"base_url": "localhost:8000"}, "base_url"),
        ({"base_url": "ftp://x"}, "base_url"),
        ({"base_url": "http://user:pass@example.com"}, "base_url"),
        ({"timeout": float("inf")}, "timeout"),
        ({"timeout": "10"}, "timeout"),
    ],
)
def test_a_client_that_could_not_send_is_refused_when_made(kwargs: dict[str, Any], parameter: str) -> None:
    from skyvern_sync import InvalidParameterError

    with pytest.raises(InvalidParameterError) as refused:
        Skyvern(KEY, **{"base_url": "http://127.0.0.1:9", **kwargs})
    assert refused.value.parameter == parameter
    assert "pass" not in str(refused.value) or parameter != "base_url" or "credentials" in str(refused.value)
