"""Every exception skyvern_sync raises survives pickle, deepcopy and a process pool, its secrets still masked."""

from __future__ import annotations

import ast
import copy
import importlib
import importlib.util
import multiprocessing
import pickle
import pkgutil
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from requests.structures import CaseInsensitiveDict
from skyvern_generated.api.runs import get_run

import skyvern_sync
from skyvern_sync import Skyvern, errors, transport
from skyvern_sync._model import UnexpectedBody, UnexpectedStatus
from skyvern_sync.cli._context import UsageError
from skyvern_sync.cli._main import ParseError
from skyvern_sync.errors import SkyvernError
from skyvern_sync.pagination import PageLimitWarning
from skyvern_sync.testing import CassetteMissingError, NetworkBlockedError
from tests import _faults as f
from tests._faults import KEY
from tests._recorded import parse, recorded_answers, recorded_body, walk_models

SECRET = "sk-pickled-secret-0123456789"  # what each error is given to mask, and what no pickle may hold
HEADERS = {"Content-Type": "application/json", "X-Request-Id": "req_1"}


FRAMEWORK_INTEGRATIONS = ("skyvern_sync.django", "skyvern_sync.flask", "skyvern_sync.celery")


def defines_exception(module_name: str) -> bool:
    """Whether a module's source defines a class named or based like an exception, without importing it."""
    spec = importlib.util.find_spec(module_name)
    assert spec is not None and spec.origin is not None
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    return any(
        isinstance(node, ast.ClassDef)
        and any(word in ast.unparse(base) for base in node.bases for word in ("Error", "Exception", "Warning"))
        for node in ast.walk(tree)
    )


# raised and caught inside the client, never seen by a caller: an attempt's outcome inside the transport, the
# http.client errors urllib3 turns into the transport's ApiConnectionError, the CLI's usage error its main prints
CAUGHT_WHERE_RAISED: frozenset[type[BaseException]] = frozenset(
    {transport._Unanswered, transport.UnaskedUpgrade, transport.EndlessInterim, ParseError}
)


def every_exception_class() -> set[type[BaseException]]:
    """Every exception (and warning) class skyvern_sync defines, SkyvernError's tree and the testing
    harness's alike: a new class cannot be forgotten here."""
    found: set[type[BaseException]] = set()
    for info in pkgutil.walk_packages(skyvern_sync.__path__, "skyvern_sync."):
        if info.name.startswith(FRAMEWORK_INTEGRATIONS):
            # importing them needs their framework configured (Django's settings); they raise the client's
            # errors and define none of their own, which their source shows
            assert not defines_exception(info.name), f"{info.name} defines an exception: add an example"
            continue
        module = importlib.import_module(info.name)
        found |= {
            value
            for value in vars(module).values()
            if isinstance(value, type) and issubclass(value, BaseException) and value.__module__ == info.name
        }

    def below(cls: type[BaseException]) -> Iterator[type[BaseException]]:
        for sub in cls.__subclasses__():
            yield sub
            yield from below(sub)

    every = found | {cls for cls in below(SkyvernError) if cls.__module__.startswith("skyvern_sync")}
    return every - CAUGHT_WHERE_RAISED


def api_error(cls: type[errors.ApiError], status: int) -> errors.ApiError:
    body = {"detail": f"the server echoed {SECRET}", SECRET: [SECRET]}
    headers = CaseInsensitiveDict({**HEADERS, "X-Echo": SECRET})
    return cls(status, body, headers, method="POST", path="/v1/run/tasks", secrets=[SECRET])


def examples(run_body: dict[str, Any]) -> dict[str, BaseException]:
    """One error of every class, each with every attribute set (to something other than its default)."""
    made: dict[str, BaseException] = {
        "SkyvernError": SkyvernError("plain"),
        "InvalidParameterError": errors.InvalidParameterError("timeout", "must be positive, got -1"),
        "InvalidParameterTypeError": errors.InvalidParameterTypeError("api_key", "is None: set SKYVERN_API_KEY"),
        "ApiError": api_error(errors.ApiError, 418),
        "ResponseValidationError": errors.ResponseValidationError(
            200,
            f'{{"run_id": "tsk_v2_1", "password": "{SECRET}"}}',
            HEADERS,
            problem="$.status: is missing",
            method="POST",
            path="/v1/run/tasks",
            secrets=[SECRET],
            run_id="tsk_v2_1",
        ),
        "RedirectError": errors.RedirectError(
            307,
            {"Location": f"https://elsewhere.example/v1?key={SECRET}"},
            location=f"https://elsewhere.example/v1?key={SECRET}",
            reason="to another origin",
            method="POST",
            path="/v1/run/tasks",
            secrets=[SECRET],
        ),
        "ApiConnectionError": errors.ApiConnectionError(
            "connection reset", method="POST", path="/v1/run/tasks", may_have_reached_server=True, run_id="wr_1"
        ),
        "ApiTimeoutError": errors.ApiTimeoutError(
            "no answer within 3 s", method="GET", path="/v1/runs/wr_1", may_have_reached_server=False
        ),
        "RunWaitTimeout": errors.RunWaitTimeout(
            run_body["run_id"], 2.5, get_run.parse(run_body), pending_run_ids=[run_body["run_id"], "wr_2"]
        ),
        "WebhookVerificationError": errors.WebhookVerificationError("x-skyvern-signature does not match"),
        "WebhookPayloadError": errors.WebhookPayloadError("$.status: is missing", "tsk_v2_1"),
        "InsecureTransportWarning": errors.InsecureTransportWarning("the API key would travel in clear text"),
        "PageLimitWarning": PageLimitWarning("get_runs_v2: the server serves at most 100 pages; stopped there"),
        "NetworkBlockedError": NetworkBlockedError("network access blocked during replay"),
        "CassetteMissingError": CassetteMissingError("no cassette at cassettes/x.yaml"),
        "ShapeError": errors.ShapeError("expected a string, got null", ["blocks", 2, "label"]),
        "UnexpectedStatus": UnexpectedStatus(418, b'{"detail": "a teapot"}'),
        "UnexpectedBody": UnexpectedBody(200, b"<html>", errors.ShapeError("expected an object, got a string")),
        "UsageError": UsageError("no API key: set SKYVERN_API_KEY"),  # the CLI's, caught by its main
    }
    for status, cls in errors.STATUS_ERRORS.items():
        made[cls.__name__] = api_error(cls, status)
    made["InternalServerError"] = api_error(errors.InternalServerError, 502)
    return made


@pytest.fixture(scope="module")
def run_body() -> dict[str, Any]:
    return dict(recorded_body("get_run", lambda run: run.get("run_type") == "task_v2"))


def raise_example(name: str, run_body: dict[str, Any]) -> None:
    """The process pool's worker: makes the error in the worker, so it crosses back as the pickle alone."""
    raise examples(run_body)[name]


def comparable(attributes: dict[str, Any]) -> dict[str, Any]:
    """An error's attributes, a nested exception (UnexpectedBody's problem) as its type and message: exceptions
    do not compare equal."""
    return {
        name: (type(value), str(value)) if isinstance(value, BaseException) else value
        for name, value in attributes.items()
    }


def assert_same(back: BaseException, error: BaseException) -> None:
    assert type(back) is type(error)
    assert (str(back), repr(back), back.args) == (str(error), repr(error), error.args)
    assert comparable(vars(back)) == comparable(vars(error))
    assert SECRET not in str(back) and SECRET not in repr(vars(back))


def test_every_class_has_an_example(run_body: dict[str, Any]) -> None:
    made = examples(run_body)
    assert {type(error) for error in made.values()} == every_exception_class()
    assert all(type(error).__name__ == name for name, error in made.items())


@pytest.mark.parametrize("how", ["pickle", "deepcopy"])
def test_every_error_round_trips_with_its_type_message_and_attributes(run_body: dict[str, Any], how: str) -> None:
    for error in examples(run_body).values():
        back = pickle.loads(pickle.dumps(error)) if how == "pickle" else copy.deepcopy(error)
        assert_same(back, error)


def test_the_attributes_that_come_back_are_the_ones_that_were_set(run_body: dict[str, Any]) -> None:
    made = {name: pickle.loads(pickle.dumps(error)) for name, error in examples(run_body).items()}
    found = made["NotFoundError"]
    assert isinstance(found, errors.NotFoundError)
    assert str(found) == f"POST /v1/run/tasks -> 404: the server echoed {errors.MASK}"
    assert (found.status_code, found.method, found.path) == (404, "POST", "/v1/run/tasks")
    assert found.body == {"detail": f"the server echoed {errors.MASK}", errors.MASK: [errors.MASK]}
    assert type(found.headers) is dict and found.headers == {**HEADERS, "X-Echo": errors.MASK}
    invalid = made["InvalidParameterTypeError"]
    assert isinstance(invalid, errors.InvalidParameterTypeError) and isinstance(invalid, TypeError)
    assert (invalid.parameter, invalid.problem) == ("api_key", "is None: set SKYVERN_API_KEY")
    shape = made["ResponseValidationError"]
    assert isinstance(shape, errors.ResponseValidationError)
    assert (shape.problem, shape.run_id, shape.status_code) == ("$.status: is missing", "tsk_v2_1", 200)
    redirect = made["RedirectError"]
    assert isinstance(redirect, errors.RedirectError)
    assert (redirect.location, redirect.reason) == (
        f"https://elsewhere.example/v1?key={errors.MASK}",
        "to another origin",
    )
    assert redirect.headers == {"Location": redirect.location}
    broken = made["ApiConnectionError"]
    assert isinstance(broken, errors.ApiConnectionError)
    assert (broken.may_have_reached_server, broken.run_id, broken.method) == (True, "wr_1", "POST")
    timed_out = made["ApiTimeoutError"]
    assert isinstance(timed_out, errors.ApiTimeoutError) and timed_out.may_have_reached_server is False
    waited = made["RunWaitTimeout"]
    assert isinstance(waited, errors.RunWaitTimeout) and isinstance(waited, TimeoutError)
    assert waited.run == get_run.parse(run_body) and waited.run is not None and waited.timeout == 2.5
    assert waited.pending_run_ids == [run_body["run_id"], "wr_2"] and waited.run_id == run_body["run_id"]
    payload = made["WebhookPayloadError"]
    assert isinstance(payload, errors.WebhookPayloadError)
    assert (payload.problem, payload.run_id) == ("$.status: is missing", "tsk_v2_1")
    assert str(payload) == "a signed delivery that does not fit: $.status: is missing"


def test_a_pickled_error_holds_the_masked_values_only(run_body: dict[str, Any]) -> None:
    for error in examples(run_body).values():
        assert SECRET.encode() not in pickle.dumps(error), type(error).__name__


def test_a_process_pool_worker_s_error_reaches_the_parent_whole(run_body: dict[str, Any]) -> None:
    # spawn: the worker shares nothing with this process, the error comes back through pickle alone
    made = examples(run_body)
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = {name: pool.submit(raise_example, name, run_body) for name in made}
        for name, future in futures.items():
            back = future.exception(timeout=120)
            assert back is not None, name
            assert_same(back, made[name])


def test_every_recorded_model_pickles_and_deep_copies() -> None:
    # RunWaitTimeout.run is a generated model: the error pickles only if the models do
    count = 0
    for answer in recorded_answers():
        if 200 <= answer.status < 300:
            parsed = parse(answer.operation, answer.status, answer.body)
            assert pickle.loads(pickle.dumps(parsed)) == parsed == copy.deepcopy(parsed), answer.id
            count += len(list(walk_models(parsed)))
    assert count > 100


def test_the_errors_the_client_itself_raises_pickle_without_the_key(server: f.FaultServer) -> None:
    # made by the transport from real HTTP answers: whatever it stores (headers, bodies) must pickle
    answers = [
        f.status(404, {"detail": f"Task run not found: {KEY}"}, headers={"X-Echo": KEY}),
        f.status(200, "not a run"),
        f.redirect(307, "https://elsewhere.example/v1/runs/tsk_1"),
    ]
    server.script(*answers)
    client = Skyvern(KEY, base_url=server.url)
    caught: list[SkyvernError] = []
    for _ in answers:
        with pytest.raises(SkyvernError) as info:
            client.get_run("tsk_1", request_options={"max_retries": 0})
        caught.append(info.value)
    with pytest.raises(SkyvernError) as refused:
        Skyvern(KEY, base_url="http://127.0.0.1:9").get_run("tsk_1", request_options={"max_retries": 0})
    caught.append(refused.value)
    kinds = [type(error) for error in caught]
    assert kinds == [
        errors.NotFoundError,
        errors.ResponseValidationError,
        errors.RedirectError,
        errors.ApiConnectionError,
    ]
    for error in caught:
        data = pickle.dumps(error)
        assert KEY.encode() not in data
        assert_same(pickle.loads(data), error)
