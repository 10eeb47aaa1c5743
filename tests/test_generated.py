"""The generated layer: requests-only, and every body the real server returned parses into typed models.

The bodies in tests/samples/ were captured from the real Skyvern server 1.0.56 by
tools/capture_samples.py; they are not written by hand.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterator
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

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated" / "skyvern_generated"
SAMPLES = sorted((ROOT / "tests" / "samples").glob("*.json"))
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


def load(sample: Path) -> dict[str, Any]:
    data = json.loads(sample.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


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


@pytest.mark.parametrize(
    "sample", [s for s in SAMPLES if 200 <= load(s)["response"]["status"] < 300], ids=lambda p: p.stem
)
def test_every_success_body_parses_into_typed_models_and_round_trips(sample: Path) -> None:
    data = load(sample)
    body = data["response"]["body"]
    module = endpoint(data["operation"])
    parsed = module._parse_response(
        client=AuthenticatedClient(base_url="http://x", token="k"),
        response=fake_response(data["response"]["status"], body),
    )
    if body is None:
        assert parsed is None
        return
    if isinstance(body, (dict, list)) and body and not (isinstance(body, dict) and set(body) == {"message"}):
        assert parsed is not None
    for model in walk_models(parsed):
        assert not isinstance(model, Unrecognized), f"{sample.stem}: fell back to Unrecognized"
        declared = [f.name for f in attrs.fields(type(model)) if f.name != "additional_properties"]
        extra = getattr(model, "additional_properties", {})
        if declared:
            # a field the schema does not declare means openapi.yaml is behind the server
            assert extra == {}, f"{sample.stem}: {type(model).__name__} has undeclared fields {sorted(extra)}"
    if isinstance(parsed, list) or attrs.has(type(parsed)):
        assert same_json(to_json(parsed)) == same_json(body)


def test_samples_cover_every_operation() -> None:
    from tests.test_spec import REFERENCE_SURFACE

    covered = {load(s)["operation"] for s in SAMPLES if 200 <= load(s)["response"]["status"] < 300}
    assert covered == set(REFERENCE_SURFACE)


def test_get_run_dispatches_on_run_type() -> None:
    by_case = {s.stem: load(s)["response"]["body"] for s in SAMPLES if s.stem.startswith("get_run__")}
    parse = endpoint("get_run")._parse_response
    client = AuthenticatedClient(base_url="http://x", token="k")
    task = parse(client=client, response=fake_response(200, by_case["get_run__task_v2_completed"]))
    workflow = parse(client=client, response=fake_response(200, by_case["get_run__workflow_completed"]))
    assert isinstance(task, TaskRunResponse) and task.run_type == "task_v2"
    assert isinstance(workflow, WorkflowRunResponse) and workflow.run_type == "workflow_run"


def test_unknown_enum_values_and_fields_round_trip() -> None:
    body = dict(load(ROOT / "tests/samples/get_run__task_v2_completed.json")["response"]["body"])
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
    body = dict(load(ROOT / "tests/samples/get_run__task_v2_completed.json")["response"]["body"])
    body["run_type"] = "task_v9"
    parsed = endpoint("get_run")._parse_response(
        client=AuthenticatedClient(base_url="http://x", token="k"), response=fake_response(200, body)
    )
    assert isinstance(parsed, Unrecognized)
    assert parsed.to_dict() == body


def test_nulls_parse_in_nullable_and_optional_fields() -> None:
    body = dict(load(ROOT / "tests/samples/get_run__task_v1_running.json")["response"]["body"])
    nulls = [key for key, value in body.items() if value is None]
    assert {"output", "finished_at", "failure_reason"} <= set(nulls)
    run = TaskRunResponse.from_dict(body)
    for key in nulls:
        assert getattr(run, key) is None, key
    assert run.to_dict() == body


def test_an_unknown_block_type_in_a_workflow_parses_into_unrecognized() -> None:
    body = json.loads(
        json.dumps(load(ROOT / "tests/samples/get_workflow__extraction_with_parameter.json")["response"]["body"])
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


@pytest.mark.parametrize("case", ["get_run__task_v1_extract_completed", "get_run__workflow_completed"])
def test_free_form_json_parses_into_plain_dicts_and_lists(case: str) -> None:
    # the reference types `output` `dict | list | None` and `parameters` `dict`: no generated wrapper class
    body = load(ROOT / "tests" / "samples" / f"{case}.json")["response"]["body"]
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
