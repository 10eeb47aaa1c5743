"""Every operation against every fault a network, a proxy or a hostile server can produce (tests/_faults.py).

One test per cell of operation x fault asserts the documented outcome: the exception's type, status and
message, how many attempts the server saw, and that the call ended within its deadline. The expected
outcome is derived from the operation table's `kind` and `idempotency_key` (what may be sent twice), never
from the client.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import time
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from typing import Any

import pytest
from skyvern_generated.models import JsonObject
from skyvern_generated.operations import OPERATIONS, RESENDABLE

from skyvern_sync import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    BadRequestError,
    InternalServerError,
    RedirectError,
    ResponseValidationError,
    Skyvern,
    SkyvernError,
    TooManyRequestsError,
    UnprocessableEntityError,
)
from skyvern_sync import _constants as defaults
from tests import _faults as f
from tests._recorded import NO_SUCCESS_ON_1_0_56, endpoint, recorded, recorded_body

KEY = "sk-reliability-test-key-0000"
TIMEOUT = 0.6  # the deadline of a call in the timing cells: short, so the matrix stays fast
SLACK = 0.8  # how far past its deadline a call may end (scheduling on a busy 2-core machine)

# A valid call of every operation: what the facade needs to send its request.
CALLS: dict[str, Callable[[Skyvern, Any], Any]] = {
    "run_task": lambda c, o: c.run_task(prompt="p", request_options=o),
    "get_run": lambda c, o: c.get_run("tsk_1", request_options=o),
    "cancel_run": lambda c, o: c.cancel_run("tsk_1", request_options=o),
    "get_run_timeline": lambda c, o: c.get_run_timeline("wr_1", request_options=o),
    "get_run_artifacts": lambda c, o: c.get_run_artifacts("tsk_1", request_options=o),
    "get_artifact": lambda c, o: c.get_artifact("a_1", request_options=o),
    "retry_run_webhook": lambda c, o: c.retry_run_webhook("tsk_1", request_options=o),
    "login": lambda c, o: c.login(credential_type="skyvern", credential_id="cred_1", request_options=o),
    "download_files": lambda c, o: c.download_files(navigation_goal="get it", request_options=o),
    "run_workflow": lambda c, o: c.run_workflow("wpid_1", request_options=o),
    "create_workflow": lambda c, o: c.create_workflow(yaml_definition="title: x", request_options=o),
    "get_workflows": lambda c, o: c.get_workflows(request_options=o),
    "get_workflow": lambda c, o: c.get_workflow("wpid_1", request_options=o),
    "get_workflow_versions": lambda c, o: c.get_workflow_versions("wpid_1", request_options=o),
    "update_workflow": lambda c, o: c.update_workflow("wpid_1", yaml_definition="title: x", request_options=o),
    "delete_workflow": lambda c, o: c.delete_workflow("wpid_1", request_options=o),
    "create_browser_session": lambda c, o: c.create_browser_session(request_options=o),
    "get_browser_session": lambda c, o: c.get_browser_session("pbs_1", request_options=o),
    "get_browser_sessions": lambda c, o: c.get_browser_sessions(request_options=o),
    "close_browser_session": lambda c, o: c.close_browser_session("pbs_1", request_options=o),
    "create_browser_profile": lambda c, o: c.create_browser_profile(name="n", request_options=o),
    "list_browser_profiles": lambda c, o: c.list_browser_profiles(request_options=o),
    "get_browser_profile": lambda c, o: c.get_browser_profile("bp_1", request_options=o),
    "delete_browser_profile": lambda c, o: c.delete_browser_profile("bp_1", request_options=o),
    "create_credential": lambda c, o: c.create_credential(
        "n", "password", {"username": "u", "password": "p"}, request_options=o
    ),
    "get_credentials": lambda c, o: c.get_credentials(request_options=o),
    "get_credential": lambda c, o: c.get_credential("cred_1", request_options=o),
    "delete_credential": lambda c, o: c.delete_credential("cred_1", request_options=o),
    "send_totp_code": lambda c, o: c.send_totp_code("who@example.com", "123456", request_options=o),
    "upload_file": lambda c, o: c.upload_file(BytesIO(b"a,b\n"), request_options=o),
    # schedules
    "schedules_list_all": lambda c, o: c.schedules.list_all(request_options=o),
    "schedules_create": lambda c, o: c.schedules.create(
        "wpid_1", timezone="UTC", cron_expression="0 0 1 1 *", request_options=o
    ),
    "schedules_list": lambda c, o: c.schedules.list("wpid_1", request_options=o),
    "schedules_get": lambda c, o: c.schedules.get("wpid_1", "wfs_1", request_options=o),
    "schedules_update": lambda c, o: c.schedules.update(
        "wpid_1", "wfs_1", timezone="UTC", cron_expression="0 0 1 1 *", request_options=o
    ),
    "schedules_delete": lambda c, o: c.schedules.delete("wpid_1", "wfs_1", request_options=o),
    "schedules_cancel": lambda c, o: c.schedules.cancel("wpid_1", "wfs_1", request_options=o),
    "schedules_enable": lambda c, o: c.schedules.enable("wpid_1", "wfs_1", request_options=o),
    "schedules_disable": lambda c, o: c.schedules.disable("wpid_1", "wfs_1", request_options=o),
    # scripts
    "create_script": lambda c, o: c.create_script(request_options=o),
    "get_scripts": lambda c, o: c.get_scripts(request_options=o),
    "get_script": lambda c, o: c.get_script("s_1", request_options=o),
    "deploy_script": lambda c, o: c.deploy_script(
        "s_1", files=[{"path": "main.py", "content": "cHJpbnQoMSk="}], request_options=o
    ),
    "run_script": lambda c, o: c.scripts.run_script("s_1", request_options=o),
    # custom_llms
    "list_custom_llms": lambda c, o: c.list_custom_llms(request_options=o),
    "create_custom_llm": lambda c, o: c.create_custom_llm(
        config={"display_name": "d", "provider": "openai_compatible", "model_name": "m"}, request_options=o
    ),
    "update_custom_llm": lambda c, o: c.update_custom_llm(
        "oat_1", config={"display_name": "d", "provider": "openai_compatible", "model_name": "m"}, request_options=o
    ),
    "delete_custom_llm": lambda c, o: c.delete_custom_llm("oat_1", request_options=o),
    # workflows
    "get_workflow_runs": lambda c, o: c.get_workflow_runs(request_options=o),
    "get_workflow_runs_by_id": lambda c, o: c.get_workflow_runs_by_id("wpid_1", request_options=o),
    "retry_workflow_run": lambda c, o: c.retry_workflow_run("wr_1", request_options=o),
    "reset_workflow_browser_profile": lambda c, o: c.agents.reset_workflow_browser_profile("wpid_1", request_options=o),
    # folders
    "create_folder": lambda c, o: c.create_folder(title="t", request_options=o),
    "get_folders": lambda c, o: c.get_folders(request_options=o),
    "get_folder": lambda c, o: c.get_folder("fld_1", request_options=o),
    "update_folder": lambda c, o: c.update_folder("fld_1", title="t", request_options=o),
    "delete_folder": lambda c, o: c.delete_folder("fld_1", request_options=o),
    "update_workflow_folder": lambda c, o: c.update_workflow_folder("wpid_1", folder_id="fld_1", request_options=o),
    # runs, server, sdk
    "get_runs_v2": lambda c, o: c.get_runs_v2(page_size=5, request_options=o),
    "bulk_cancel_runs": lambda c, o: c.bulk_cancel_runs(run_ids=["tsk_1"], request_options=o),
    "get_artifact_content": lambda c, o: c.artifacts.get_artifact_content("a_1", request_options=o),
    "get_version": lambda c, o: c.get_version(request_options=o),
    "get_browser_types": lambda c, o: c.get_browser_types(request_options=o),
    # browser_sessions, browser_profiles, credentials, files (issue 17)
    "update_browser_session": lambda c, o: c.update_browser_session(
        "pbs_1", generate_browser_profile=True, request_options=o
    ),
    "extend_browser_session": lambda c, o: c.extend_browser_session("pbs_1", additional_minutes=5, request_options=o),
    "update_browser_profile": lambda c, o: c.update_browser_profile("bp_1", name="n", request_options=o),
    "get_browser_profile_usage": lambda c, o: c.get_browser_profile_usage("bp_1", request_options=o),
    "update_credential": lambda c, o: c.update_credential(
        "cred_1", name="n", credential_type="password", credential={"username": "u", "password": "p"}, request_options=o
    ),
    "delete_file": lambda c, o: c.delete_file("file_1", request_options=o),
    # tags
    "apply_run_tags": lambda c, o: c.apply_run_tags("wr_1", tags=[{"value": "v"}], request_options=o),
    "get_run_tags": lambda c, o: c.get_run_tags("wr_1", request_options=o),
    "delete_run_tag": lambda c, o: c.delete_run_tag("wr_1", "env", request_options=o),
    "get_run_tag_history": lambda c, o: c.get_run_tag_history("wr_1", request_options=o),
    "apply_workflow_tags": lambda c, o: c.apply_workflow_tags("wpid_1", tags=[{"value": "v"}], request_options=o),
    "get_workflow_tags": lambda c, o: c.get_workflow_tags("wpid_1", request_options=o),
    "delete_workflow_tag": lambda c, o: c.delete_workflow_tag("wpid_1", "env", request_options=o),
    "get_workflow_tag_history": lambda c, o: c.get_workflow_tag_history("wpid_1", request_options=o),
    "list_tag_keys": lambda c, o: c.list_tag_keys(request_options=o),
    "update_tag_key": lambda c, o: c.update_tag_key("env", description="d", request_options=o),
    "delete_tag_key": lambda c, o: c.delete_tag_key("env", request_options=o),
    "list_tag_values": lambda c, o: c.list_tag_values(request_options=o),
    "create_tag_value": lambda c, o: c.create_tag_value(key="env", value="v", request_options=o),
    "update_tag_value": lambda c, o: c.update_tag_value("env", value="v", color="teal", request_options=o),
    "delete_tag_value": lambda c, o: c.delete_tag_value("env", value="v", request_options=o),
    "rename_tag_value": lambda c, o: c.rename_tag_value("env", value="v", new_value="w", request_options=o),
    "batch_get_workflow_tags": lambda c, o: c.batch_get_workflow_tags(
        workflow_permanent_ids="wpid_1", request_options=o
    ),
    "batch_get_workflow_tags_post": lambda c, o: c.batch_get_workflow_tags_post(
        workflow_permanent_ids=["wpid_1"], request_options=o
    ),
    "batch_get_run_tags": lambda c, o: c.batch_get_run_tags(workflow_run_ids="wr_1", request_options=o),
    "batch_get_run_tags_post": lambda c, o: c.batch_get_run_tags_post(workflow_run_ids=["wr_1"], request_options=o),
    "get_run_tag_suggestions": lambda c, o: c.get_run_tag_suggestions(request_options=o),
    # sdk
    "run_sdk_action": lambda c, o: c.run_sdk_action(
        url="https://example.com", action={"type": "extract", "prompt": "p"}, request_options=o
    ),
}


@functools.cache
def answer_kind(operation: str) -> str:
    """What the operation's success is, read once from its endpoint's annotation: "bytes" (a file's content,
    taken as sent, JSON or not), "nothing" (cancel, delete and close answer with nothing to read), "free-form"
    (delete_folder's JSON: no field of it has a type to break) or "model"."""
    annotation = inspect.signature(endpoint(operation).sync).return_annotation
    kinds: dict[object, str] = {bytes: "bytes", "bytes": "bytes", Any: "nothing", "Any": "nothing"}
    kinds.update({JsonObject: "free-form", "JsonObject": "free-form"})
    return kinds.get(annotation, "model")


def answers_with_a_body(operation: str) -> bool:
    return answer_kind(operation) in ("model", "free-form")


def answers_with_bytes(operation: str) -> bool:
    return answer_kind(operation) == "bytes"


def answers_with_free_form_json(operation: str) -> bool:
    return answer_kind(operation) == "free-form"


def json_or(outcome: Callable[[str], Outcome]) -> Callable[[str], Outcome]:
    """An outcome for a 2xx whose body is not the JSON promised: a file's bytes are returned as they came."""
    return lambda op: Outcome(None, 1) if answers_with_bytes(op) else outcome(op)


@dataclass(frozen=True)
class Outcome:
    """What a cell expects: an exception class (None: the call returns), its status, the attempts seen."""

    error: type[BaseException] | None
    attempts: int
    status: int | None = None
    message: str = ""
    timed: bool = False  # the call must end near its deadline, not sooner


@dataclass(frozen=True)
class Fault:
    name: str
    faults: Callable[[str], list[f.Fault]]  # the scripted answers, given the operation
    expect: Callable[[str], Outcome]
    # the fault changes the operation's recorded success body (re-encodes it, breaks a field, sends it with
    # another status): an operation the 1.0.56 server only refuses (NO_SUCCESS_ON_1_0_56) has none to change
    changes_the_success_body: bool = False


def retried(operation: str) -> int:
    """Attempts a fault that is retried only for what may be sent twice gets: 1 + max_retries, or 1. An operation
    with an idempotency key may be: every call of it carries one."""
    twice = operation in RESENDABLE or OPERATIONS[operation].idempotency_key is not None
    return 1 + defaults.MAX_RETRIES if twice else 1


def three(fault: Callable[[str], f.Fault]) -> Callable[[str], list[f.Fault]]:
    return lambda op: [fault(op) for _ in range(1 + defaults.MAX_RETRIES)]


def parsed_or(error: Outcome) -> Callable[[str], Outcome]:
    """An outcome for a 2xx: the call returns where the operation reads no body, else `error`."""
    return lambda op: error if answers_with_a_body(op) else Outcome(None, 1)


def fails(kind: type[BaseException], status: int | None = None, message: str = "") -> Callable[[str], Outcome]:
    return lambda op: Outcome(kind, 1, status, message)


def interim_first(codes: list[int]) -> Callable[[str], list[f.Fault]]:
    """The operation's recorded answer after interim (1xx) answers with these codes."""
    return lambda op: [f.interim(codes, the_answer(op))]


def body_or_empty(op: str) -> Any:
    """A body for a fault that never lets it arrive whole (cut, dripped, reset): the recorded success's, else any."""
    return (None if op in NO_SUCCESS_ON_1_0_56 else recorded_body(op)) or {"x": "y" * 100}


def the_outcome_of_the_answer(op: str) -> Outcome:
    """What the recorded answer of the_answer(op) gives: a success, or the recorded refusal of an operation the
    1.0.56 server only refuses."""
    return Outcome(BadRequestError, 1, 400) if op in NO_SUCCESS_ON_1_0_56 else Outcome(None, 1)


HTML = b"<html>Sign in to the proxy</html>"
FAULTS = [
    Fault("500", three(lambda op: f.status(500, {"detail": "boom"})), fails(InternalServerError, 500, "-> 500: boom")),
    Fault(
        "502",
        three(lambda op: f.status(502, b"<html>bad gateway</html>", content_type="text/html")),
        lambda op: Outcome(InternalServerError, retried(op), 502, "-> 502"),
    ),
    Fault(
        "503 Retry-After",
        three(lambda op: f.status(503, {"detail": "busy"}, headers={"Retry-After": "0"})),
        lambda op: Outcome(InternalServerError, retried(op), 503, "-> 503: busy"),
    ),
    Fault(
        "504",
        three(lambda op: f.status(504, {"detail": "slow"})),
        lambda op: Outcome(InternalServerError, retried(op), 504),
    ),
    # a 429 says the server did nothing: retried even for what creates something
    Fault(
        "429 Retry-After",
        three(lambda op: f.status(429, {"detail": "slow down"}, headers={"Retry-After": "0"})),
        lambda op: Outcome(TooManyRequestsError, 3, 429, "-> 429: slow down"),
    ),
    Fault(
        "429 no Retry-After",
        three(lambda op: f.status(429, {"detail": "slow down"})),
        lambda op: Outcome(TooManyRequestsError, 3, 429),
    ),
    Fault(
        "429 Retry-After beyond the cap",
        three(lambda op: f.status(429, {}, headers={"Retry-After": "3600"})),
        fails(TooManyRequestsError, 429),
    ),
    Fault(
        "reset before any byte",
        three(lambda op: f.reset_before_response()),
        lambda op: Outcome(ApiConnectionError, retried(op), message="may have reached the server"),
    ),
    Fault(
        "reset mid-body",
        three(lambda op: f.reset_mid_body(body_or_empty(op), after=10)),
        lambda op: Outcome(ApiConnectionError, retried(op)),
    ),
    Fault(
        "body cut short",
        three(lambda op: f.truncated_body(body_or_empty(op), after=10)),
        lambda op: Outcome(ApiConnectionError, retried(op)),
    ),
    Fault(
        "gzip",
        lambda op: [f.gzip(recorded_body(op), code=recorded(op).status)],
        lambda op: Outcome(None, 1),
        changes_the_success_body=True,
    ),
    Fault(
        "JSON as text/plain",
        lambda op: [f.wrong_content_type(recorded_body(op), "text/plain", code=recorded(op).status)],
        lambda op: Outcome(None, 1),
        changes_the_success_body=True,
    ),
    Fault(
        "an HTML proxy page with 200",
        lambda op: [f.wrong_content_type(HTML, "text/html")],
        json_or(fails(ResponseValidationError, 200, "the body is not JSON")),
    ),
    # what is not JSON is not Skyvern's answer, even where there is nothing to read: the call did not happen
    Fault(
        "malformed JSON",
        lambda op: [f.malformed_json('{"run_id": "tsk_1", ')],
        json_or(fails(ResponseValidationError, 200, "the body is not JSON (at character")),
    ),
    Fault(
        "empty 200",
        lambda op: [f.empty_body()],
        parsed_or(Outcome(ResponseValidationError, 1, 200, "the body is empty")),
    ),
    Fault(
        "JSON nested 100,000 deep",
        lambda op: [f.deep_json()],
        json_or(fails(ResponseValidationError, 200, "too deeply")),
    ),
    Fault(
        "JSON nested 100,000 deep in a 500",
        three(lambda op: f.deep_json(code=500)),
        fails(InternalServerError, 500),
    ),
    Fault(
        "a number where a string belongs",
        lambda op: [f.status(200, wrong_types(recorded_body(op)))],
        lambda op: (
            Outcome(None, 1)
            if answers_with_free_form_json(op)
            else parsed_or(Outcome(ResponseValidationError, 1, 200, "expected"))(op)
        ),
        changes_the_success_body=True,
    ),
    Fault(
        "a dripping body",
        lambda op: [f.drip(body_or_empty(op), interval=0.25)],
        lambda op: Outcome(ApiTimeoutError, 1, timed=True, message="no whole answer within"),
    ),
    # each read of the head gets something before its socket timeout: only the call's deadline ends them
    Fault(
        "head dripped one byte at a time",
        lambda op: [f.drip_head(body_or_empty(op), interval=0.05)],
        lambda op: Outcome(ApiTimeoutError, 1, timed=True, message="no whole answer within"),
    ),
    Fault(
        "interim heads dripped",
        lambda op: [f.interim([102] * defaults.MAX_INTERIM, the_answer(op), every=0.2)],
        lambda op: Outcome(ApiTimeoutError, 1, timed=True, message="no whole answer within"),
    ),
    Fault(
        "a hanging answer",
        three(lambda op: f.hang()),
        lambda op: Outcome(ApiTimeoutError, 1, timed=True, message="no whole answer within"),
    ),
    Fault("418", lambda op: [f.status(418, {"detail": "teapot"})], fails(ApiError, 418, "-> 418: teapot")),
    Fault(
        "451",
        lambda op: [f.status(451, "Unavailable For Legal Reasons", content_type="text/plain")],
        fails(ApiError, 451, "Legal Reasons"),
    ),
    Fault(
        "299 with the body",
        lambda op: [f.status(299, recorded_body(op))],
        lambda op: Outcome(None, 1),
        changes_the_success_body=True,
    ),
    Fault(
        "204 where a body belongs",
        lambda op: [f.status(204)],
        parsed_or(Outcome(ResponseValidationError, 1, 204, "empty")),
    ),
    Fault(
        "422 whose loc is null",
        lambda op: [f.status(422, {"detail": [{"loc": None, "msg": "bad", "type": "x"}]})],
        fails(UnprocessableEntityError, 422, "-> 422: bad"),
    ),
    # interim answers come before the real one (RFC 9110 section 15.2): read past, never taken for it
    *(
        Fault(name, interim_first(codes), the_outcome_of_the_answer)
        for name, codes in (
            ("100 Continue first", [100]),
            ("102 Processing first", [102]),
            ("103 Early Hints first", [103]),
            ("several interim answers first", [100, 102, 103, 103]),
        )
    ),
    # a 101 nobody asked for: what follows is not HTTP; a broken connection, which may have carried the request
    Fault(
        "a stray 101",
        three(lambda op: f.interim([101], the_answer(op))),
        lambda op: Outcome(ApiConnectionError, retried(op), message="101 Switching Protocols"),
    ),
    # two lengths: where the answer ends is unknowable, but the request arrived
    Fault(
        "two Content-Length values",
        three(lambda op: f.duplicate_content_length(body_or_empty(op))),
        lambda op: Outcome(ApiConnectionError, retried(op), message="may have reached the server"),
    ),
]


def the_answer(operation: str) -> f.Respond:
    """The operation's recorded answer: its success, or its refusal where the 1.0.56 server only refuses it."""
    answer = recorded(operation, status=400 if operation in NO_SUCCESS_ON_1_0_56 else None)
    return f.status(answer.status, answer.body)


def wrong_types(body: Any) -> Any:
    """The body with its first string field a number (a list: the first item's; an empty list: a number; no string
    field: its first field a string)."""
    if body == []:
        return [12345]
    target = body[0] if isinstance(body, list) else body
    if isinstance(target, dict):
        key = next((k for k, v in target.items() if isinstance(v, str)), None)
        if key is not None:
            target[key] = 12345
        else:  # an envelope (`{"custom_llm": {...}}`, `{"schedules": [...]}`): its first object's string
            objects = (v for v in target.values() if isinstance(v, dict) or (isinstance(v, list) and v))
            inner = next((v for v in objects if isinstance(v, dict) or isinstance(v[0], dict)), None)
            if inner is not None:
                wrong_types(inner)
            elif target:  # no string field at all (get_browser_profile_usage: lists and a count): the first a string
                target[next(iter(target))] = "12345"
    return body


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    # the schedule is the client's; only its unit shrinks, so a matrix of retries runs in seconds
    monkeypatch.setattr(defaults, "RETRY_INITIAL_DELAY", 0.01)
    monkeypatch.setattr(defaults, "RETRY_MAX_DELAY", 0.02)
    monkeypatch.setattr(defaults, "POLL_FAILURE_DELAY", 0.05)
    monkeypatch.setattr(defaults, "POLL_SCHEDULE", ((60.0, 0.05),))


def call(server: f.FaultServer, operation: str, timeout: float) -> tuple[Any, BaseException | None, float, int]:
    before = len(server.received)
    client = Skyvern(KEY, base_url=server.url, timeout=timeout)
    started = time.monotonic()
    try:
        result, error = CALLS[operation](client, None), None
    except BaseException as raised:
        result, error = None, raised
    elapsed = time.monotonic() - started
    client.close()
    return result, error, elapsed, len(server.received) - before


CELLS = [
    pytest.param(operation, fault, id=f"{operation}-{fault.name}")
    for operation in sorted(CALLS)
    for fault in FAULTS
    if not (fault.changes_the_success_body and operation in NO_SUCCESS_ON_1_0_56)
]


@pytest.mark.parametrize(("operation", "fault"), CELLS)
def test_each_operation_meets_each_fault_with_its_documented_outcome(
    server: f.FaultServer, operation: str, fault: Fault
) -> None:
    expect = fault.expect(operation)
    server.script(*fault.faults(operation))
    timeout = TIMEOUT if expect.timed else 10.0
    result, error, elapsed, attempts = call(server, operation, timeout)
    if expect.error is None:
        assert error is None, f"{operation} raised {error!r}"
        if answers_with_a_body(operation):
            assert result is not None
    else:
        assert type(error) is expect.error, f"{operation}: {type(error).__name__}: {error}"
        assert isinstance(error, SkyvernError)
        if expect.status is not None:
            assert getattr(error, "status_code", None) == expect.status
        assert expect.message in str(error), str(error)
        if isinstance(error, ApiError | ApiConnectionError):
            method, path = OPERATIONS[operation].method, OPERATIONS[operation].path.split("{")[0]
            assert str(error).startswith(f"{method} {path}"), str(error)
    assert attempts == expect.attempts, f"{operation}: the server saw {attempts} attempts"
    if expect.timed:
        assert getattr(error, "may_have_reached_server", None) is True, f"{operation}: {error!r}"
        assert TIMEOUT * 0.9 <= elapsed <= TIMEOUT + SLACK, f"{operation} took {elapsed:.2f} s"
    else:
        assert elapsed < 5, f"{operation} took {elapsed:.2f} s"


# -- redirects ---------------------------------------------------------------------------------------------

REDIRECT_CODES = [301, 302, 303, 307, 308]


@pytest.mark.parametrize("code", REDIRECT_CODES)
@pytest.mark.parametrize("operation", sorted(CALLS))
def test_a_redirect_to_another_origin_is_never_followed_and_the_key_never_leaves(operation: str, code: int) -> None:
    with f.serve_origins(2) as (api, elsewhere):
        api.script(f.redirect(code, f"{elsewhere.url}/v1/stolen"))
        _, error, _, attempts = call(api, operation, 10.0)
        assert type(error) is RedirectError, f"{operation}: {error!r}"
        assert error.status_code == code and error.location == f"{elsewhere.url}/v1/stolen"
        assert "another origin" in str(error)
        assert attempts == 1
        assert elsewhere.received == []  # nothing, and so no x-api-key, reached the other origin


@pytest.mark.parametrize("code", REDIRECT_CODES)
@pytest.mark.parametrize("operation", sorted(CALLS))
def test_a_redirect_within_the_origin_is_followed_for_a_get_and_refused_for_a_body(
    server: f.FaultServer, operation: str, code: int
) -> None:
    server.script(f.redirect(code, "/v1/moved"), the_answer(operation))
    _, error, _, attempts = call(server, operation, 10.0)
    if OPERATIONS[operation].method in ("GET", "HEAD"):
        assert error is None, repr(error)
        assert attempts == 2 and server.received[-1].path == "/v1/moved"
    else:
        # a POST is never sent again: a 307/308 would repeat its body, a 301-303 would turn it into a GET
        assert type(error) is RedirectError and "never sent again" in str(error)
        assert attempts == 1


def test_a_redirect_loop_ends_after_five_redirects(server: f.FaultServer) -> None:
    server.default = f.redirect(302, "/v1/runs/tsk_1")
    _, error, _, attempts = call(server, "get_run", 10.0)
    assert type(error) is RedirectError and "too many redirects" in str(error)
    assert attempts == 1 + defaults.MAX_REDIRECTS


def test_http_to_https_on_the_same_host_is_another_origin(server: f.FaultServer) -> None:
    server.script(f.redirect(301, server.url.replace("http://", "https://") + "/v1/runs/tsk_1"))
    _, error, _, attempts = call(server, "get_run", 10.0)
    assert type(error) is RedirectError and attempts == 1


# -- secrets the server echoes -------------------------------------------------------------------------------

SECRET_KEY = "sk-live-ECHOED-key-9f8e7d6c5b4a"
SECRET_PASSWORD = "hunter2-ECHOED-password"
SECRET_CODE = "731942"
SECRET_HEADER = "Bearer ECHOED-proxy-token-1234"
SECRETS = (SECRET_KEY, SECRET_PASSWORD, SECRET_CODE, SECRET_HEADER)

# an artifact's content is the stored file, returned to the caller as sent: an echo of the request is a file
# as far as the client can tell, and never reaches an error, a log or a warning
SECRET_CALLS: dict[str, Callable[[Skyvern, Any], Any]] = {
    **{name: call for name, call in CALLS.items() if not answers_with_bytes(name)},
    "create_credential": lambda c, o: c.create_credential(
        "n", "password", {"username": "u", "password": SECRET_PASSWORD}, request_options=o
    ),
    "send_totp_code": lambda c, o: c.send_totp_code("who@example.com", SECRET_CODE, request_options=o),
}


def everything_sent(request: f.Received) -> str:
    return f"{dict(request.headers)!r} {request.body.decode('utf-8', 'replace')}"


ECHOES: dict[str, Callable[[f.Received], f.Fault]] = {
    # a 403 quoting the key, FastAPI's 422 with its `input` echo, a 400 quoting the request, a list of strings
    "403 quoting the key": lambda r: f.status(403, {"detail": f"Invalid credentials: {r.headers['x-api-key']}"}),
    "422 echoing its input": lambda r: f.status(
        422, {"detail": [{"loc": ["body", "x"], "msg": "bad", "input": everything_sent(r)}]}
    ),
    "422 detail as an object": lambda r: f.status(
        422, {"detail": {"input": everything_sent(r), "msg": everything_sent(r)}}
    ),
    "400 quoting the request": lambda r: f.status(400, {"detail": f"refused: {everything_sent(r)}"}),
    "400 detail as strings": lambda r: f.status(400, {"detail": [everything_sent(r), "and more"]}),
    "500 as text": lambda r: f.status(500, everything_sent(r).encode(), content_type="text/plain"),
    "200 HTML quoting the request": lambda r: f.wrong_content_type(
        f"<p>{everything_sent(r)}</p>".encode(), "text/html"
    ),
    "200 JSON that does not fit": lambda r: f.status(200, [{"run_id": everything_sent(r)}]),
    # a Location is shown in RedirectError's message and `location`: to another origin (never followed), and
    # within it (a GET follows it until too many redirects, a POST is never sent again)
    "Location elsewhere echoing the request": lambda r: f.redirect(
        302, "https://elsewhere.example/?" + in_a_header(everything_sent(r))
    ),
    "Location here echoing the request": lambda r: f.redirect(302, "/v1/echo?" + in_a_header(everything_sent(r))),
}


def in_a_header(text: str) -> str:
    """`text` as a header value can carry it: on one line, Latin-1."""
    return " ".join(text.splitlines()).encode("latin-1", "replace").decode("latin-1")


def every_text_of(error: BaseException) -> str:
    """What a user could print of an error: its message, repr, body, headers, location, and its whole chain of
    causes."""
    texts = []
    seen: BaseException | None = error
    while seen is not None:
        texts += [str(seen), repr(seen), repr(seen.args)]
        texts += [repr(getattr(seen, name, None)) for name in ("body", "headers", "location")]
        seen = seen.__cause__ or seen.__context__
    return "\n".join(texts)


@pytest.mark.parametrize("echo", sorted(ECHOES))
@pytest.mark.parametrize("operation", sorted(SECRET_CALLS))
def test_no_secret_reaches_an_error_a_log_or_a_warning_even_when_the_server_echoes_it(
    server: f.FaultServer, operation: str, echo: str, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(*[f.echo_fn(ECHOES[echo]) for _ in range(1 + defaults.MAX_REDIRECTS)])
    client = Skyvern(SECRET_KEY, base_url=server.url)
    options = {"additional_headers": {"Authorization": SECRET_HEADER}}
    caplog.set_level("DEBUG")
    with pytest.warns() as warned:
        import warnings

        warnings.warn("a marker, so that pytest.warns sees at least one", UserWarning, stacklevel=1)
        try:
            SECRET_CALLS[operation](client, options)
        except SkyvernError as error:
            caught: BaseException | None = error
        else:
            caught = None
    client.close()
    sent = everything_sent(server.received[-1])
    assert SECRET_KEY in sent  # the server really had the secrets to echo
    if echo != "200 JSON that does not fit" or answers_with_a_body(operation):
        assert caught is not None, f"{operation} took an echo of its request for an answer"
    texts = [every_text_of(caught) if caught else "", *(r.getMessage() for r in caplog.records)]
    texts += [str(w.message) for w in warned]
    for secret in SECRETS:
        assert all(secret not in text for text in texts), f"{operation}/{echo} leaked {secret!r}"
    assert repr(client).count("sk-") == 0


def test_reprs_hide_keys_header_values_and_secret_fields() -> None:
    from skyvern_sync import RequestOptions
    from skyvern_sync.types import NonEmptyPasswordCredential, TOTPCode

    options = RequestOptions(additional_headers={"Authorization": SECRET_HEADER})
    credential = NonEmptyPasswordCredential(username="u", password=SECRET_PASSWORD)
    code = TOTPCode.from_dict({**recorded("send_totp_code").body, "code": SECRET_CODE, "content": SECRET_CODE})
    client = Skyvern(SECRET_KEY, base_url="http://127.0.0.1:9")
    for value in (options, credential, code, client, client._transport):
        assert not any(secret in repr(value) for secret in SECRETS), repr(value)
    assert "Authorization" in repr(options)  # the header's name is kept: it helps debugging


@pytest.mark.parametrize("bad_key", [SECRET_KEY + "\n", " " + SECRET_KEY, SECRET_KEY + "\r\nX: y", "sk-é-" + "ü" * 3])
def test_a_key_that_cannot_travel_is_refused_without_being_shown(bad_key: str) -> None:
    from skyvern_sync import InvalidParameterError

    with pytest.raises(InvalidParameterError) as refused:
        Skyvern(bad_key, base_url="http://127.0.0.1:9")
    assert refused.value.parameter == "api_key"
    assert SECRET_KEY not in every_text_of(refused.value) and "ü" not in str(refused.value)


def test_a_recording_keeps_no_echoed_secret(server: f.FaultServer, tmp_path: Any) -> None:
    from skyvern_sync.testing import recording

    cassette = tmp_path / "echo.yaml"
    server.script(
        f.echo_fn(ECHOES["400 quoting the request"]),
        f.echo_fn(ECHOES["422 echoing its input"]),
        f.echo_fn(ECHOES["500 as text"]),
    )
    with recording(cassette, record_mode="all", secrets={"<API_KEY>": SECRET_KEY}):
        client = Skyvern(SECRET_KEY, base_url=server.url)
        for operation in ("create_credential", "send_totp_code", "get_run"):
            with pytest.raises(SkyvernError):
                SECRET_CALLS[operation](
                    client, {"max_retries": 0, "additional_headers": {"Authorization": SECRET_HEADER}}
                )
    text = cassette.read_text(encoding="utf-8")
    assert "refused" in text and "ECHOED" not in text
    for secret in SECRETS:
        assert secret not in text, secret


# -- concurrency ------------------------------------------------------------------------------------------------


@functools.cache
def a_run() -> dict[str, Any]:
    # called first on the test's own thread: the server's threads would each parse every cassette
    return dict(recorded("get_run").body)


def run_answer(run_id: str, status: str) -> f.Fault:
    return f.status(200, {**a_run(), "run_id": run_id, "status": status})


def test_50_threads_each_wait_for_their_run(server: f.FaultServer) -> None:
    from concurrent.futures import ThreadPoolExecutor
    from threading import Lock

    polls: dict[str, int] = {}
    lock = Lock()

    def answer(request: f.Received) -> f.Fault:
        run_id = request.path.rsplit("/", 1)[1]
        with lock:
            polls[run_id] = polls.get(run_id, 0) + 1
            done = polls[run_id] >= 3
        return run_answer(run_id, "completed" if done else "running")

    a_run()
    server.default = f.echo_fn(answer)
    client = Skyvern(KEY, base_url=server.url)
    try:
        with ThreadPoolExecutor(50) as pool:
            finished = list(pool.map(lambda n: client.wait_for_run(f"tsk_w{n}", timeout=30), range(50)))
    finally:
        client.close()
    assert [run.run_id for run in finished] == [f"tsk_w{n}" for n in range(50)]
    assert all(run.status == "completed" for run in finished)
    assert all(count == 3 for count in polls.values()) and len(polls) == 50


# -- waiting through faults -----------------------------------------------------------------------------------


def test_a_wait_asks_again_after_a_poll_fails_for_a_passing_reason(server: f.FaultServer) -> None:
    server.script(
        run_answer("tsk_w", "running"),
        f.status(503, {"detail": "busy"}, headers={"Retry-After": "0"}),
        f.status(503, {"detail": "busy"}),
        f.status(503, {"detail": "busy"}),  # the poll's own retries are spent: the wait asks again later
        f.reset_before_response(),
        f.reset_before_response(),
        f.reset_before_response(),
        f.wrong_content_type(HTML, "text/html"),
        run_answer("tsk_w", "completed"),
    )
    client = Skyvern(KEY, base_url=server.url)
    try:
        run = client.wait_for_run("tsk_w", timeout=60)
    finally:
        client.close()
    assert run.status == "completed" and run.run_id == "tsk_w"


def test_a_hanging_poll_cannot_outlast_the_wait(server: f.FaultServer) -> None:
    from skyvern_sync import RunWaitTimeout

    server.script(f.status(200, recorded("run_task").body))
    server.default = f.hang()
    client = Skyvern(KEY, base_url=server.url)
    started = time.monotonic()
    try:
        with pytest.raises(RunWaitTimeout) as waited:
            client.run_task(prompt="p", wait_for_completion=True, timeout=2)
    finally:
        client.close()
    elapsed = time.monotonic() - started
    assert 1.5 <= elapsed <= 2 + SLACK, elapsed
    assert waited.value.run_id == recorded("run_task").body["run_id"]
    assert isinstance(waited.value, TimeoutError) and isinstance(waited.value, SkyvernError)


def test_an_error_that_ends_a_wait_carries_the_run_id(server: f.FaultServer) -> None:
    from skyvern_sync import NotFoundError

    server.script(f.status(200, recorded("run_task").body), f.status(404, {"detail": "Task run not found"}))
    client = Skyvern(KEY, base_url=server.url)
    try:
        with pytest.raises(NotFoundError) as missing:
            client.run_task(prompt="p", wait_for_completion=True, timeout=30)
    finally:
        client.close()
    assert missing.value.run_id == recorded("run_task").body["run_id"]


def test_a_run_started_whose_answer_does_not_fit_still_names_its_run(server: f.FaultServer) -> None:
    body = recorded("run_task").body
    server.script(f.status(200, {**body, "created_at": "not a date"}))
    client = Skyvern(KEY, base_url=server.url)
    try:
        with pytest.raises(ResponseValidationError) as unread:
            client.run_task(prompt="p")
    finally:
        client.close()
    assert unread.value.run_id == body["run_id"] and "was started" in str(unread.value)
    assert unread.value.problem == "$.created_at: expected an ISO 8601 date and time, got a string that is not one"


# -- interim answers on a shared client ---------------------------------------------------------------------


def interim_then_run(request: f.Received) -> f.Fault:
    # the pause lets the next request go out on the connection before the real answer arrives, as it would
    # when a client took the 102 for the answer
    return f.interim([102, 103], run_answer(request.path.rsplit("/", 1)[1], "running"), pause=0.05)


def test_after_interim_answers_each_call_gets_its_own_run(server: f.FaultServer) -> None:
    a_run()
    server.default = f.echo_fn(interim_then_run)
    client = Skyvern(KEY, base_url=server.url)
    try:
        got = [client.get_run(run_id).run_id for run_id in ("tsk_A", "tsk_B", "tsk_C")]
    finally:
        client.close()
    assert got == ["tsk_A", "tsk_B", "tsk_C"]
    assert len({r.connection_id for r in server.received[-3:]}) == 1  # one kept-alive connection served them all


def test_after_interim_answers_threads_sharing_a_client_each_get_their_own_run(server: f.FaultServer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    a_run()
    server.default = f.echo_fn(interim_then_run)
    client = Skyvern(KEY, base_url=server.url)

    def calls(thread: int) -> list[tuple[str, str]]:
        asked = [f"tsk_{thread}_{n}" for n in range(5)]
        return [(run_id, client.get_run(run_id).run_id) for run_id in asked]

    try:
        with ThreadPoolExecutor(8) as pool:
            pairs = [pair for result in pool.map(calls, range(8)) for pair in result]
    finally:
        client.close()
    assert len(pairs) == 40 and all(asked == got for asked, got in pairs)


def test_a_stray_101_discards_its_connection_and_the_next_call_gets_its_own_answer(server: f.FaultServer) -> None:
    a_run()
    server.script(f.interim([101], run_answer("tsk_A", "running"), pause=0.05), run_answer("tsk_B", "running"))
    client = Skyvern(KEY, base_url=server.url)
    try:
        with pytest.raises(ApiConnectionError) as broken:
            client.get_run("tsk_A", request_options={"max_retries": 0})
        assert client.get_run("tsk_B").run_id == "tsk_B"
    finally:
        client.close()
    assert broken.value.may_have_reached_server and "101" in str(broken.value)
    first, second = server.received[-2:]
    assert first.connection_id != second.connection_id


def test_after_a_5xx_the_next_call_is_sent_on_a_new_connection(server: f.FaultServer) -> None:
    # uvicorn closes a connection after an unhandled exception's 500 without saying so: a request sent on it is
    # reset, unseen, and a run-starting POST cannot be resent. Seen on the real server with run_sdk_action.
    status, body = 200, recorded_body("run_task")
    answered_500_on: list[int] = []

    def like_uvicorn(request: f.Received) -> f.Fault:
        if request.connection_id in answered_500_on:
            return f.reset_before_response()  # the connection it closed after the 500
        if not answered_500_on:
            answered_500_on.append(request.connection_id)
            return f.status(500, {"error": "Unexpected error: TimeoutError"})
        return f.status(status, body)

    server.default = f.Computed(like_uvicorn)
    client = Skyvern(KEY, base_url=server.url)
    try:
        with pytest.raises(InternalServerError):
            client.run_task(prompt="first")
        assert client.run_task(prompt="second").run_id == body["run_id"]
    finally:
        client.close()
    first, second = server.received
    assert first.connection_id != second.connection_id


def test_endless_interim_answers_end_in_a_connection_error_not_a_hang(server: f.FaultServer) -> None:
    a_run()
    server.script(f.interim([102] * (defaults.MAX_INTERIM + 1), run_answer("tsk_A", "running")))
    client = Skyvern(KEY, base_url=server.url)
    try:
        with pytest.raises(ApiConnectionError) as broken:
            client.get_run("tsk_A", request_options={"max_retries": 0})
    finally:
        client.close()
    assert f"more than {defaults.MAX_INTERIM} interim" in str(broken.value)
    assert broken.value.may_have_reached_server


# -- proxies ------------------------------------------------------------------------------------------------

PROXY_SECRET = "proxy-PASSWORD-never-shown"


@dataclass(frozen=True)
class ProxyFault:
    name: str
    scheme: str  # of the API's URL: "https" goes through a CONNECT tunnel, "http" is forwarded by the proxy
    answers: bool  # whether the proxy answers (a 407) or refuses the connection


PROXY_FAULTS = [
    ProxyFault("proxy refuses the connection", "http", answers=False),
    ProxyFault("proxy refuses the connection (https)", "https", answers=False),
    ProxyFault("proxy wants authentication", "http", answers=True),
    ProxyFault("proxy wants authentication for a tunnel", "https", answers=True),
]


@pytest.mark.parametrize("fault", PROXY_FAULTS, ids=lambda fault: fault.name)
@pytest.mark.parametrize("operation", sorted(CALLS))
def test_each_operation_meets_each_fault_through_a_proxy(
    server: f.FaultServer,
    operation: str,
    fault: ProxyFault,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    for variable in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(variable, raising=False)
    caplog.set_level("DEBUG", logger="skyvern_sync")
    with contextlib.ExitStack() as stack:
        proxy = server.url if fault.answers else stack.enter_context(f.refusing())
        # nothing listens at the API's own address: only the proxy can answer
        api = stack.enter_context(f.refusing()).replace("http://", f"{fault.scheme}://")
        authenticated = proxy.replace("http://", f"http://user:{PROXY_SECRET}@")
        monkeypatch.setenv(f"{fault.scheme.upper()}_PROXY", authenticated)
        server.script(*[f.proxy_authentication_required() for _ in range(3)])
        before = len(server.received)
        client = Skyvern(KEY, base_url=api, timeout=10)
        try:
            CALLS[operation](client, None)
        except BaseException as raised:
            error: BaseException | None = raised
        else:
            error = None
        finally:
            client.close()
    assert type(error) is ApiConnectionError, f"{operation}: {error!r}"
    assert error.may_have_reached_server is False and "never reached the server" in str(error)
    method, path = OPERATIONS[operation].method, OPERATIONS[operation].path.split("{")[0]
    assert str(error).startswith(f"{method} {path}"), str(error)
    assert PROXY_SECRET not in every_text_of(error)
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith(method)]
    if fault.answers:
        assert "the proxy wants authentication" in str(error)
        assert len(server.received) - before == 1  # a 407 is not asked again: it would only be refused again
        assert retries[-1].endswith("(retries: 0)"), retries
    else:
        assert "proxy" in str(error) and "refused" in str(error), str(error)
        # nothing was sent: retried as a refused direct connection is, for every operation
        assert retries[-1].endswith(f"(retries: {defaults.MAX_RETRIES})"), retries


# -- what fails before anything is sent ------------------------------------------------------------------------

TOO_LONG = 1e10  # past what a socket takes (about 9.2e9 s): refused by name, not after the request has left


@pytest.mark.parametrize(
    ("parameter", "make_call"),
    [
        ("timeout", lambda url: Skyvern(KEY, base_url=url, timeout=TOO_LONG).run_task(prompt="p")),
        (
            "timeout_in_seconds",
            lambda url: Skyvern(KEY, base_url=url).run_task(
                prompt="p", request_options={"timeout_in_seconds": TOO_LONG}
            ),
        ),
        (
            "timeout",
            lambda url: Skyvern(KEY, base_url=url).run_task(prompt="p", wait_for_completion=True, timeout=TOO_LONG),
        ),
        ("timeout", lambda url: Skyvern(KEY, base_url=url).wait_for_run("tsk_1", timeout=TOO_LONG)),
        ("timeout", lambda url: Skyvern(KEY, base_url=url).wait_for_runs(["tsk_1"], timeout=TOO_LONG)),
    ],
)
def test_a_timeout_beyond_the_maximum_is_refused_by_name_before_anything_is_sent(
    server: f.FaultServer, parameter: str, make_call: Callable[[str], Any]
) -> None:
    from skyvern_sync import InvalidParameterError

    # a finished run: a wait the old code let through ends at once instead of polling for 300 years
    server.default = f.status(200, {**recorded("run_task").body, "status": "completed"})
    before = len(server.received)
    with pytest.raises(InvalidParameterError) as refused:
        make_call(server.url)
    assert refused.value.parameter == parameter and "at most 2592000 seconds" in str(refused.value)
    assert len(server.received) == before


@pytest.mark.parametrize("variable", ["REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"])
def test_a_ca_bundle_variable_naming_a_missing_file_is_refused_by_name(
    variable: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from skyvern_sync import InvalidParameterError

    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    missing = str(tmp_path / "no-such-bundle.pem")
    monkeypatch.setenv(variable, missing)
    with pytest.raises(InvalidParameterError) as refused:
        Skyvern(KEY, base_url="https://127.0.0.1:9").get_run("tsk_1")
    assert refused.value.parameter == variable and missing in str(refused.value)
    Skyvern(KEY, base_url="http://127.0.0.1:9").close()  # plain http uses no CA bundle: nothing to refuse
