"""The tests' shared helpers: real bodies from the cassettes, the generated endpoints that parse them, the
operation table, and the scenario suite's secrets. No test module imports from another test module.

Real response bodies are read from the cassettes the scenario suite recorded (cassettes/**/*.yaml).

The cassettes are the one record of what the real server answered: a test that needs a real body looks
one up by operation and what the body shows, e.g.

    recorded_body("get_run", where=lambda body: body["status"] == "completed" and body["run_type"] == "task_v1")

so no body is written by hand and no second capture can drift from the cassettes. A lookup that no
recorded answer satisfies fails and says so, so that a re-recording that lost a case is noticed.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import re
from collections.abc import Callable, Iterator
from copy import deepcopy
from functools import cache
from pathlib import Path
from typing import Any

import requests
import yaml
from skyvern_generated.operations import OPERATIONS

from skyvern_sync._model import is_model

# the client's own lookup of an operation's generated module, re-exported (mypy --strict wants the `as`)
from skyvern_sync.resources._base import endpoint as endpoint  # noqa: PLC0414

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
REFERENCE = ROOT.parent / "shared" / "reference" / "sdk-complete-reference.mdx"

# The scenario suite's secrets (tests/scenarios/test_credentials.py sends them); the secret scan of
# tests/test_cassettes.py looks for each of them literally in every cassette.
SCENARIO_USERNAME = "alice.scenario@example.com"
SCENARIO_PASSWORD = "correct-horse-battery-staple-7"
SCENARIO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DP"
SCENARIO_TOTP_CODE = "804915"
SCENARIO_CARD = {
    "card_number": "4111111111111111",
    "card_cvv": "737",
    "card_exp_month": "03",
    "card_exp_year": "2030",
    "card_brand": "visa",
    "card_holder_name": "Alice Scenario",
}
SCENARIO_SECRET_VALUE = "sk-scenario-secret-value-42"
# tests/scenarios/test_custom_llms.py sends it as a custom LLM's api_key
SCENARIO_LLM_API_KEY = "sk-scenario-custom-llm-key-7319"
SCENARIO_SECRETS = (
    SCENARIO_USERNAME,
    SCENARIO_PASSWORD,
    SCENARIO_TOTP_SECRET,
    SCENARIO_TOTP_CODE,
    SCENARIO_CARD["card_number"],
    SCENARIO_CARD["card_holder_name"],
    SCENARIO_SECRET_VALUE,
    SCENARIO_LLM_API_KEY,
)

# Operations the real 1.0.56 server answers only with an error in our recordings, so no success body exists: the
# error path is what their scenarios record and test. run_script: always 400 {"detail": "Not implemented"}
# (skyvern/forge/sdk/routes/scripts.py).
NO_SUCCESS_ON_1_0_56 = {"run_script": "not implemented"}

# Every operation of the table (tools/overrides.yaml, rendered into skyvern_generated.operations) and where
# the server serves it.
SURFACE = {name: (op.method.lower(), op.path) for name, op in OPERATIONS.items()}


def workflow_definition(title: str, goal: str = "Extract the product names", persist: bool = False) -> dict[str, Any]:
    """The scenarios' workflow: one extraction block on the page its `target_url` parameter names."""
    workflow: dict[str, Any] = {
        "title": title,
        "workflow_definition": {
            "parameters": [{"key": "target_url", "parameter_type": "workflow", "workflow_parameter_type": "string"}],
            "blocks": [
                {"block_type": "extraction", "label": "extract", "url": "{{ target_url }}",
                 "data_extraction_goal": goal}
            ],
        },
    }  # fmt: skip
    if persist:
        workflow["persist_browser_session"] = True
    return workflow


def fake_response(status: int, body: Any) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    if isinstance(body, bytes):  # a file's content, as the server sends it
        response._content = body
        response.headers["Content-Type"] = "application/octet-stream"
        return response
    response._content = b"" if body is None and status == 204 else json.dumps(body).encode()
    response.headers["Content-Type"] = "application/json"
    return response


class ParseOnly:
    """A Sender for calling a generated `_parse_response` directly: a misfit comes back as the problem itself."""

    def unexpected_body(self, response: requests.Response, problem: Exception) -> Exception:
        return problem


def parse(operation: str, status: int, body: Any) -> Any:
    """What the generated layer makes of a recorded answer; raises the ShapeError when it does not fit."""
    return endpoint(operation)._parse_response(client=ParseOnly(), response=fake_response(status, body))


def walk_models(value: Any) -> Iterator[Any]:
    if is_model(type(value)):
        yield value
        for name in value._fields:
            yield from walk_models(getattr(value, name))
    elif isinstance(value, list):
        for item in value:
            yield from walk_models(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from walk_models(item)


@cache
def fallback_models() -> frozenset[str]:
    """The union fallbacks (UnrecognizedRunResponse, UnrecognizedBlock, ...): openapi.yaml's `x-fallback` schemas."""
    return frozenset(name for name, schema in openapi()["components"]["schemas"].items() if "x-fallback" in schema)


def model_problems(parsed: Any, at: str) -> list[str]:
    """What in a parsed body says openapi.yaml is behind the server: a union fallback, undeclared fields."""
    problems = []
    for model in walk_models(parsed):
        if type(model).__name__ in fallback_models():
            problems.append(f"{at}: a tagged union fell back to {type(model).__name__}: {model.to_dict()!r:.200}")
            continue
        extra = getattr(model, "additional_properties", {})
        if extra:
            problems.append(f"{at}: {type(model).__name__} has fields openapi.yaml lacks: {sorted(extra)}")
    return problems


def to_json(value: Any) -> Any:
    if is_model(type(value)):
        return value.to_dict()
    if isinstance(value, list):
        return [to_json(item) for item in value]
    return value


ISO_UTC_Z = re.compile(r"^\d{4}-\d\d-\d\dT[\d:.]+Z$")


def same_json(value: Any) -> Any:
    """The server writes UTC as `Z` in some places; a parsed datetime writes it back as `+00:00`."""
    if isinstance(value, dict):
        return {key: same_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [same_json(item) for item in value]
    if isinstance(value, str) and ISO_UTC_Z.match(value):
        return value[:-1] + "+00:00"
    return value


@dataclasses.dataclass(frozen=True)
class Recorded:
    """One recorded answer: where it is, which operation it answered, its status and its JSON body."""

    cassette: Path
    index: int
    operation: str
    status: int
    body: Any

    @property
    def id(self) -> str:
        return f"{self.cassette.stem}#{self.index} {self.operation}"

    def copy(self) -> Recorded:
        """This answer with a copy of its body, which a test is free to change."""
        return dataclasses.replace(self, body=deepcopy(self.body))


def interactions(cassette: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    return list(data.get("interactions", []))


@cache
def openapi() -> dict[str, Any]:
    return dict(yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8")))


@cache
def routes() -> list[tuple[str, re.Pattern[str], str]]:
    found = []
    # fewer parameters first: `/v1/agents/runs` is get_workflow_runs, not get_workflow with the id "runs"
    for template, item in sorted(openapi()["paths"].items(), key=lambda path: path[0].count("{")):
        pattern = re.compile("^" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(template)) + "$")
        for method, operation in item.items():
            found.append((method.upper(), pattern, operation["operationId"]))
    return found


def operation_of(method: str, uri: str) -> str:
    path = re.sub(r"^[a-z]+://[^/]+", "", uri).split("?")[0]
    for route_method, pattern, operation_id in routes():
        if route_method == method.upper() and pattern.match(path):
            return operation_id
    raise LookupError(f"{method} {path} is no operation of openapi.yaml")


def is_json(response: dict[str, Any]) -> bool:
    """Whether a recorded answer says its body is JSON (no Content-Type: taken as JSON)."""
    media = next((v for k, v in response.get("headers", {}).items() if k.lower() == "content-type"), ["json"])
    return "json" in str(media[0] if isinstance(media, list) else media)


def body_of(response: dict[str, Any]) -> Any:
    """A recorded body: its JSON, or its bytes when the server said it is not JSON (an artifact's content)."""
    text = response["body"]["string"]
    if text and not is_json(response):
        return text if isinstance(text, bytes) else text.encode("utf-8", "surrogateescape")
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    return json.loads(text) if text else None


@cache
def _every_answer() -> tuple[Recorded, ...]:
    return tuple(
        Recorded(
            cassette,
            index,
            operation_of(interaction["request"]["method"], interaction["request"]["uri"]),
            interaction["response"]["status"]["code"],
            body_of(interaction["response"]),
        )
        for cassette in sorted(CASSETTES.rglob("*.yaml"))
        for index, interaction in enumerate(interactions(cassette))
    )


def recorded_answers() -> list[Recorded]:
    """Every recorded answer of every cassette, in cassette and interaction order (bodies are copies)."""
    return [answer.copy() for answer in _every_answer()]


def recorded(
    operation: str, where: Callable[[Any], bool] = lambda body: True, *, status: int | None = None
) -> Recorded:
    """The first recorded answer to `operation` with `status` (default: any 2xx) whose body satisfies `where`."""
    candidates = [
        answer
        for answer in _every_answer()
        if answer.operation == operation and (200 <= answer.status < 300 if status is None else answer.status == status)
    ]
    for answer in candidates:
        if where(answer.body):
            return answer.copy()
    try:
        condition = inspect.getsource(where).strip()
    except (OSError, TypeError):
        condition = repr(where)
    raise LookupError(
        f"none of the {len(candidates)} recorded {status or '2xx'} answers to {operation} in {CASSETTES} "
        f"satisfies: {condition}\n(did a re-recording lose this case? re-record it, or change what the test needs)"
    )


def recorded_deliveries(kind: str) -> list[dict[str, Any]]:
    """What the real server sent to the scenarios' receiver (cassettes/test_webhooks): "run" deliveries or "totp"
    callbacks, each with its `method`, `path`, `headers` and `body` (the text received), signed with the
    replay key."""
    found = [delivery for delivery in _every_delivery() if (kind == "totp") == delivery["path"].startswith("/totp")]
    assert found, f"no recorded {kind} delivery: re-record tests/scenarios/test_webhooks.py"
    return deepcopy(found)


@cache
def _every_delivery() -> tuple[dict[str, Any], ...]:
    found: list[dict[str, Any]] = []
    for path in sorted((CASSETTES / "test_webhooks").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found += data.get("metadata", {}).get("skyvern_sync.deliveries", [])
    return tuple(found)


def recorded_body(
    operation: str, where: Callable[[Any], bool] = lambda body: True, *, status: int | None = None
) -> Any:
    """The body of `recorded(operation, where, status=status)`: a copy, free to change."""
    return recorded(operation, where, status=status).body


# The real answers the facade's tests replay on a FaultServer, by name: "<operation>__<case>" -> (operation,
# status (None: any 2xx), what the recorded body shows).
SAMPLES: dict[str, tuple[str, int | None, Callable[[Any], bool]]] = {
    "run_task__task_v1": ("run_task", None, lambda run: run["run_type"] == "task_v1"),
    "run_task__task_v2": ("run_task", None, lambda run: run["run_type"] == "task_v2"),
    "get_run__task_v1_running": (
        "get_run",
        None,
        lambda run: run["run_type"] == "task_v1" and run["status"] == "running",
    ),
    "get_run__task_v1_completed": (
        "get_run",
        None,
        lambda run: run["run_type"] == "task_v1" and run["status"] == "completed",
    ),
    "get_run__unknown_id": ("get_run", 404, lambda error: error["detail"].startswith("Task run not found")),
    "get_browser_sessions__one_open": (
        "get_browser_sessions",
        None,
        lambda sessions: len(sessions) == 1 and sessions[0]["status"] == "created",
    ),
    "create_browser_session__timeout_too_short": (
        "create_browser_session",
        422,
        lambda error: error["detail"][0]["loc"] == ["body", "timeout"],
    ),
}


def sample(name: str) -> tuple[int, Any]:
    """The status and body (a copy) of the recorded answer named `name` in SAMPLES."""
    operation, status, where = SAMPLES[name]
    answer = recorded(operation, where, status=status)
    return answer.status, answer.body
