"""The generated layer: requests-only, and every body the real server returned parses into typed models.

The bodies are the real server's answers recorded in cassettes/ (tests/_recorded.py reads them);
none is written by hand.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest
import requests
from skyvern_generated import models
from skyvern_generated.client import AuthenticatedClient
from skyvern_generated.models import RunEngine, RunStatus, TaskRunResponse, Unrecognized, WorkflowRunResponse
from skyvern_generated.types import Unset

from tests._recorded import Recorded, recorded_answers, recorded_body

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated" / "skyvern_generated"
TAGS = ("runs", "workflows", "browser_sessions", "browser_profiles", "credentials", "files")


def endpoint(operation: str) -> ModuleType:
    for tag in TAGS:
        try:
            return importlib.import_module(f"skyvern_generated.api.{tag}.{operation}")
        except ModuleNotFoundError:
            continue
    raise LookupError(operation)


def fake_response(status: int, body: Any) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response._content = b"" if body is None and status == 204 else json.dumps(body).encode()
    response.headers["Content-Type"] = "application/json"
    return response


def walk_models(value: Any) -> Iterator[Any]:
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from walk_models(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            yield from walk_models(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from walk_models(item)


def model_problems(parsed: Any, at: str) -> list[str]:
    """What in a parsed body says openapi.yaml is behind the server: a union fallback, undeclared fields."""
    problems = []
    for model in walk_models(parsed):
        if isinstance(model, Unrecognized):
            problems.append(f"{at}: a tagged union fell back to a raw dict: {sorted(model.additional_properties)}")
            continue
        extra = getattr(model, "additional_properties", {})
        if extra and [f for f in attrs.fields(type(model)) if f.name != "additional_properties"]:
            problems.append(f"{at}: {type(model).__name__} has fields openapi.yaml lacks: {sorted(extra)}")
    return problems


def to_json(value: Any) -> Any:
    if attrs.has(type(value)):
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


def test_the_generated_layer_is_requests_only_and_synchronous() -> None:
    sources = {path: path.read_text(encoding="utf-8") for path in GENERATED.rglob("*.py")}
    assert sources
    for path, text in sources.items():
        assert "import httpx" not in text and "httpx." not in text, path
        assert "async def" not in text and "await " not in text, path
        assert "dateutil" not in text, path
    assert (GENERATED / "py.typed").exists()


def test_importing_the_models_package_loads_no_model() -> None:
    # models load on first use (PEP 562), so `import skyvern_sync` stays cheap
    import subprocess
    import sys

    code = (
        "import sys, skyvern_generated.models as m; "
        "print(sum(1 for k in sys.modules if k.startswith('skyvern_generated.models.'))); "
        "m.TaskRunResponse; "
        "print(sum(1 for k in sys.modules if k.startswith('skyvern_generated.models.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "0"
    assert 0 < int(out[1]) < 40


def successes() -> list[Recorded]:
    return [answer for answer in recorded_answers() if 200 <= answer.status < 300]


@pytest.mark.parametrize("success", successes(), ids=lambda answer: answer.id)
def test_every_success_body_parses_into_typed_models_and_round_trips(success: Recorded) -> None:
    body = success.body
    module = endpoint(success.operation)
    parsed = module._parse_response(
        client=AuthenticatedClient(base_url="http://x", token="k"),
        response=fake_response(success.status, body),
    )
    if body is None:
        assert parsed is None
        return
    if isinstance(body, (dict, list)) and body and not (isinstance(body, dict) and set(body) == {"message"}):
        assert parsed is not None
    problems = model_problems(parsed, success.id)
    assert not problems, "\n".join(problems)
    if isinstance(parsed, list) or attrs.has(type(parsed)):
        assert same_json(to_json(parsed)) == same_json(body)


def test_every_operation_has_a_recorded_success_body() -> None:
    # stricter than tests/test_cassettes.py, where an error answer counts: every operation's success
    # model is parsed from a real body by the round trip above
    from tests.test_spec import REFERENCE_SURFACE

    covered = {answer.operation for answer in successes()}
    assert covered == set(REFERENCE_SURFACE), sorted(set(REFERENCE_SURFACE) ^ covered)


def completed(run_type: str) -> Callable[[Any], bool]:
    return lambda run: run["run_type"] == run_type and run["status"] == "completed"


def test_get_run_dispatches_on_run_type() -> None:
    parse = endpoint("get_run")._parse_response
    client = AuthenticatedClient(base_url="http://x", token="k")
    task = parse(client=client, response=fake_response(200, recorded_body("get_run", completed("task_v2"))))
    workflow = parse(client=client, response=fake_response(200, recorded_body("get_run", completed("workflow_run"))))
    assert isinstance(task, TaskRunResponse) and task.run_type == "task_v2"
    assert isinstance(workflow, WorkflowRunResponse) and workflow.run_type == "workflow_run"


def test_unknown_enum_values_and_fields_round_trip() -> None:
    body = recorded_body("get_run", completed("task_v2"))
    body["status"] = "hibernating"
    body["a_field_from_the_future"] = {"nested": [1, 2]}
    body["run_request"] = {**body["run_request"], "engine": "skyvern-9.0"}
    run = TaskRunResponse.from_dict(body)
    assert run.status == "hibernating" and isinstance(run.status, RunStatus)
    assert run.status not in list(RunStatus)
    assert not isinstance(run.run_request, Unset) and run.run_request is not None
    assert run.run_request.engine == "skyvern-9.0"
    assert run.additional_properties == {"a_field_from_the_future": {"nested": [1, 2]}}
    assert run.to_dict() == body
    assert RunEngine("skyvern-2.0") is RunEngine.SKYVERN_2_0


def test_an_unknown_run_type_keeps_the_whole_object() -> None:
    body = recorded_body("get_run", completed("task_v2"))
    body["run_type"] = "task_v9"
    parsed = endpoint("get_run")._parse_response(
        client=AuthenticatedClient(base_url="http://x", token="k"), response=fake_response(200, body)
    )
    assert isinstance(parsed, Unrecognized)
    assert parsed.to_dict() == body


def test_nulls_parse_in_nullable_and_optional_fields() -> None:
    body = recorded_body("get_run", lambda run: run["run_type"] == "task_v1" and run["status"] == "running")
    nulls = [key for key, value in body.items() if value is None]
    assert {"output", "finished_at", "failure_reason"} <= set(nulls)
    run = TaskRunResponse.from_dict(body)
    for key in nulls:
        assert getattr(run, key) is None, key
    assert run.to_dict() == body


def test_an_unknown_block_type_in_a_workflow_parses_into_unrecognized() -> None:
    body = recorded_body(
        "get_workflow",
        lambda workflow: "extraction" in [b["block_type"] for b in workflow["workflow_definition"]["blocks"]],
    )
    blocks = body["workflow_definition"]["blocks"]
    blocks.append({"block_type": "teleport", "label": "beam", "destination": "mars"})
    workflow = models.Workflow.from_dict(body)
    parsed = workflow.workflow_definition.blocks
    assert isinstance(parsed[-1], Unrecognized)
    assert not isinstance(parsed[0], Unrecognized)
    assert same_json(workflow.to_dict()) == same_json(body)


def test_multipart_upload_lets_requests_choose_the_boundary() -> None:
    from io import BytesIO

    from skyvern_generated.models import UploadFileBody
    from skyvern_generated.types import File

    kwargs = endpoint("upload_file")._get_kwargs(
        body=UploadFileBody(file=File(payload=BytesIO(b"a,b\n1,2\n"), file_name="data.csv", mime_type="text/csv"))
    )
    assert "Content-Type" not in kwargs.get("headers", {})
    kwargs.pop("operation")
    kwargs["url"] = "http://127.0.0.1" + kwargs["url"]
    prepared = requests.Request(**kwargs).prepare()
    content_type = prepared.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=")[1]
    assert isinstance(prepared.body, bytes)
    assert prepared.body.startswith(b"--" + boundary.encode())
    assert b'name="file"; filename="data.csv"' in prepared.body
    assert b"a,b\n1,2\n" in prepared.body


def test_the_api_key_never_shows_in_the_generated_clients_repr() -> None:
    client = AuthenticatedClient(base_url="http://127.0.0.1", token="sk-very-secret")
    assert "sk-very-secret" not in repr(client)


@pytest.mark.parametrize("run_type", ["task_v1", "workflow_run"])
def test_free_form_json_parses_into_plain_dicts_and_lists(run_type: str) -> None:
    # the reference types `output` `dict | list | None` and `parameters` `dict`: no generated wrapper class
    body = recorded_body("get_run", lambda run: completed(run_type)(run) and isinstance(run["output"], dict))
    parsed = endpoint("get_run")._parse_response(
        client=AuthenticatedClient(base_url="http://x", token="k"), response=fake_response(200, body)
    )
    assert isinstance(parsed, (TaskRunResponse, WorkflowRunResponse))
    assert type(parsed.output) is dict and parsed.output == body["output"]
    assert type(parsed.errors) is list
    if isinstance(parsed, WorkflowRunResponse):
        assert not isinstance(parsed.run_request, (Unset, type(None)))
        assert type(parsed.run_request.parameters) is dict


def test_only_named_schemas_generate_classes_without_declared_fields() -> None:
    # a class with no declared field wraps a free-form object; tools/spec.py keeps those plain dicts
    empty = sorted(
        name
        for name in models.__all__
        if attrs.has(cls := getattr(models, name))
        and not [f for f in attrs.fields(cls) if f.name != "additional_properties"]
    )
    assert empty == ["Unrecognized"]
