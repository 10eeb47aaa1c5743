"""Fuzzing: what a server sends, generated from openapi.yaml and mutated, and what a caller passes.

Response bodies give a model or a typed error (ResponseValidationError), never anything else. Inputs give
InvalidParameterError before anything is sent, or a request that carries exactly what was given.
"""

from __future__ import annotations

import io
import json
import math
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
import requests
import urllib3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from skyvern_generated.operations import OPERATIONS

from skyvern_sync import ApiTimeoutError, InvalidParameterError, ResponseValidationError, Skyvern
from tests._recorded import NO_SUCCESS_ON_1_0_56, endpoint, openapi, recorded

JSON = Any
CASES: Counter[str] = Counter()  # examples run, by test: tests/conftest.py prints the total after a run
SCHEMAS: Mapping[str, Any] = openapi()["components"]["schemas"]
FUZZ = settings(
    max_examples=1200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


# -- JSON from the schemas --------------------------------------------------------------------------------------


def scalars() -> st.SearchStrategy[JSON]:
    return st.one_of(
        st.none(), st.booleans(), st.integers(-(2**63), 2**63), st.floats(allow_nan=False), st.text(max_size=20)
    )


def any_json(depth: int = 2) -> st.SearchStrategy[JSON]:
    if depth <= 0:
        return scalars()
    inner = any_json(depth - 1)
    return st.one_of(scalars(), st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3))


def from_schema(schema: Any, depth: int = 0) -> st.SearchStrategy[JSON]:
    """JSON that fits `schema` (an openapi.yaml schema), its nesting bounded."""
    if not isinstance(schema, dict):
        return any_json()
    if "$ref" in schema:
        return st.deferred(lambda: from_schema(SCHEMAS[str(schema["$ref"]).rsplit("/", 1)[1]], depth + 1))
    for key in ("anyOf", "oneOf"):
        if key in schema:
            members = [m for m in schema[key] if not (depth > 6 and "$ref" in m)] or schema[key][:1]
            return st.one_of([from_schema(member, depth + 1) for member in members])
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind == "string":
        if schema.get("format") == "date-time":
            return st.datetimes().map(lambda moment: moment.isoformat())
        if schema.get("format") == "date":
            return st.dates().map(lambda day: day.isoformat())
        return st.text(max_size=30)
    if kind == "integer":
        return st.integers(-(2**31), 2**31)
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        return st.lists(from_schema(schema.get("items", {}), depth + 1), max_size=2 if depth > 3 else 3)
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        fixed = {key: from_schema(value, depth + 1) for key, value in properties.items() if key in required}
        # deep down, only what is required: the nesting of blocks in loops in blocks stays bounded
        optional = (
            {} if depth > 8 else {k: from_schema(v, depth + 1) for k, v in properties.items() if k not in required}
        )
        return st.fixed_dictionaries(fixed, optional=optional)
    return any_json()


def success_schema(operation: str) -> Any:
    op = OPERATIONS[operation]
    responses = openapi()["paths"][op.path][op.method.lower()]["responses"]
    for status, response in sorted(responses.items()):
        if str(status).startswith("2"):
            return response.get("content", {}).get("application/json", {}).get("schema")
    return None


PARSED = sorted(
    name for name in OPERATIONS if success_schema(name) not in (None, {}) and name not in NO_SUCCESS_ON_1_0_56
)


# -- mutations ------------------------------------------------------------------------------------------------


def paths(value: JSON, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


def replace(value: JSON, path: tuple[Any, ...], new: Callable[[JSON], JSON]) -> JSON:
    if not path:
        return new(value)
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: replace(value[head], rest, new)}
    copy = list(value)
    copy[head] = replace(copy[head], rest, new)
    return copy


DEEP = "__nested_deep__"  # stands for JSON nested too deeply for Python's own json.dumps to write it


def dumped(body: JSON) -> bytes:
    return json.dumps(body).replace(json.dumps(DEEP), "[" * 5000 + "]" * 5000).encode()


MUTATIONS: dict[str, Callable[[JSON, st.DataObject], JSON]] = {
    "swap the type": lambda old, data: data.draw(scalars().filter(lambda v: type(v) is not type(old))),
    "null": lambda old, data: None,
    "drop a field": lambda old, data: (
        ({k: v for k, v in old.items() if k != data.draw(st.sampled_from(sorted(old)))} if old else old)
        if isinstance(old, dict)
        else old
    ),
    "add a field": lambda old, data: (
        {**old, data.draw(st.text(min_size=1, max_size=10)): data.draw(any_json())} if isinstance(old, dict) else old
    ),
    "a huge string": lambda old, data: "x" * 200_000,
    "a list for an object": lambda old, data: [old],
    "an object for a list": lambda old, data: {"items": old},
    "nesting 5,000 deep": lambda old, data: DEEP,
}


class Parse:
    """Parses a body through the generated endpoint and the client's own mapping of a body that does not fit."""

    def __init__(self) -> None:
        self.sender = Skyvern("k-fuzz", base_url="http://127.0.0.1:9")._transport.bind(None)

    def __call__(self, operation: str, body: bytes) -> Any:
        response = requests.Response()
        response.status_code = 200
        response._content = body
        response.headers["Content-Type"] = "application/json"
        return endpoint(operation)._build_response(client=self.sender, response=response).parsed


@FUZZ
@given(st.sampled_from(PARSED), st.data())
def test_every_body_the_schema_allows_parses_into_its_models(operation: str, data: st.DataObject) -> None:
    CASES["test_every_body_the_schema_allows_parses_into_its_models"] += 1
    body = data.draw(from_schema(success_schema(operation)), label="body")
    try:
        parsed = Parse()(operation, json.dumps(body).encode())
    except ResponseValidationError as error:
        # a string the schema types as a date-time that Python cannot read is the one misfit allowed here
        assert "ISO 8601" in error.problem or "UUID" in error.problem, error.problem
        return
    assert parsed is not None or body is None


@FUZZ
@given(st.sampled_from(PARSED), st.sampled_from(sorted(MUTATIONS)), st.data())
def test_a_mutated_body_gives_a_model_or_a_typed_error_never_anything_else(
    operation: str, mutation: str, data: st.DataObject
) -> None:
    CASES["test_a_mutated_body_gives_a_model_or_a_typed_error_never_anything_else"] += 1
    body = data.draw(from_schema(success_schema(operation)), label="body")
    where = data.draw(st.sampled_from(paths(body)), label="where")
    mutated = replace(body, where, lambda old: MUTATIONS[mutation](old, data))
    try:
        Parse()(operation, dumped(mutated))
    except ResponseValidationError as error:
        assert error.status_code == 200 and error.problem.startswith("$")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PARSED), st.binary(max_size=200))
def test_bytes_that_are_not_json_give_a_typed_error(operation: str, content: bytes) -> None:
    CASES["test_bytes_that_are_not_json_give_a_typed_error"] += 1
    try:
        Parse()(operation, content)
    except ResponseValidationError as error:
        assert error.problem


def test_the_generator_produces_what_the_real_server_sends() -> None:
    # the recorded bodies fit the schema the fuzzer draws from: a check that the generator reads it right
    for operation in PARSED:
        assert Parse()(operation, json.dumps(recorded(operation).body).encode()) is not None


# -- inputs ---------------------------------------------------------------------------------------------------


class Capture(requests.adapters.BaseAdapter):
    """A requests adapter that answers from memory and keeps what would have been sent, as prepared."""

    def __init__(self, body: JSON) -> None:
        super().__init__()
        self.body = json.dumps(body).encode()
        self.sent: list[requests.PreparedRequest] = []

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.sent.append(request)
        raw = urllib3.HTTPResponse(
            body=io.BytesIO(self.body), status=200, headers={"Content-Type": "application/json"}, preload_content=False
        )
        response = requests.adapters.HTTPAdapter().build_response(request, raw)
        return response

    def close(self) -> None:
        pass


def captured(body: JSON) -> tuple[Skyvern, Capture]:
    client = Skyvern("k-fuzz", base_url="http://127.0.0.1:9")
    adapter = Capture(body)
    client._transport.session.mount("http://", adapter)
    return client, adapter


IDS = st.one_of(
    st.text(max_size=12),
    st.sampled_from([".", "..", "../x", "a/b", "a\\b", " tsk_1", "tsk_1\n", "tsk\x00", "\ud800", "tsk_%2F", "é✓"]),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=12),
)


@settings(max_examples=900, deadline=None)
@given(IDS)
def test_an_id_is_refused_before_sending_or_reaches_its_own_path_segment_intact(run_id: str) -> None:
    CASES["test_an_id_is_refused_before_sending_or_reaches_its_own_path_segment_intact"] += 1
    client, adapter = captured(recorded("get_run").body)
    try:
        client.get_run(run_id)
    except InvalidParameterError as error:
        assert error.parameter == "run_id" and adapter.sent == []
        return
    (request,) = adapter.sent
    path = urlsplit(request.url or "").path
    assert path.startswith("/v1/runs/")
    segment = path.removeprefix("/v1/runs/")
    assert "/" not in segment and unquote(segment) == run_id


NUMBERS = st.one_of(
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.text(max_size=4),
    st.none(),
)


@settings(max_examples=700, deadline=None)
@given(NUMBERS, NUMBERS, NUMBERS)
def test_numbers_at_their_limits_are_refused_by_name_or_sent_as_given(timeout: Any, max_steps: Any, wait: Any) -> None:
    CASES["test_numbers_at_their_limits_are_refused_by_name_or_sent_as_given"] += 1
    client, adapter = captured(recorded("run_task").body)
    try:
        client.run_task(
            prompt="p",
            max_steps=max_steps,
            timeout=timeout if timeout is not None else 1800,
            request_options={"timeout_in_seconds": wait},
        )
    except InvalidParameterError as error:
        assert error.parameter in ("timeout", "max_steps", "timeout_in_seconds") and adapter.sent == []
        assert error.parameter in str(error)
        return
    except ApiTimeoutError as error:
        # a positive deadline too short for the call is honoured, and the error says truthfully whether the
        # request went out (on a quick moment 60 us is enough to hand it to the adapter, not to read the answer)
        assert isinstance(wait, float) and wait < 0.01 and error.may_have_reached_server == bool(adapter.sent)
        return
    (request,) = adapter.sent
    sent = json.loads(request.body or b"{}")
    assert sent.get("max_steps") == max_steps
    assert isinstance(max_steps, int | type(None)) and not isinstance(max_steps, bool)
    assert wait is None or (isinstance(wait, int | float) and not isinstance(wait, bool) and math.isfinite(wait))


TEXT = st.text(max_size=40)


@settings(max_examples=700, deadline=None)
@given(TEXT, TEXT, st.dictionaries(TEXT, TEXT, max_size=3), TEXT)
def test_text_with_any_characters_is_refused_by_name_or_sent_exactly(
    prompt: str, title: str, headers: dict[str, str], agent: str
) -> None:
    CASES["test_text_with_any_characters_is_refused_by_name_or_sent_exactly"] += 1
    client, adapter = captured(recorded("run_task").body)
    try:
        client.run_task(prompt=prompt, title=title, extra_http_headers=headers, user_agent=agent or None)
    except InvalidParameterError as error:
        assert error.parameter in ("prompt", "title", "extra_http_headers", "user_agent") and adapter.sent == []
        return
    (request,) = adapter.sent
    sent = json.loads(request.body or b"{}")
    assert sent["prompt"] == prompt and sent["title"] == title and sent["extra_http_headers"] == headers
    if agent:
        assert request.headers["x-user-agent"] == agent


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -1, 0, True, "10", [1]])
def test_a_client_timeout_that_is_not_a_positive_finite_number_is_refused_by_name(bad: Any) -> None:
    with pytest.raises(InvalidParameterError) as refused:
        Skyvern("k", base_url="http://127.0.0.1:9", timeout=bad)
    assert refused.value.parameter == "timeout"
