"""The generated layer: requests-only, typed, and every body the real server returned parses and round-trips.

The bodies are the real server's answers recorded in cassettes/ (tests/_recorded.py reads them); none is
written by hand.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from io import BytesIO
from typing import Any

import pytest
import requests
from skyvern_generated import models
from skyvern_generated.errors import ShapeError
from skyvern_generated.models import (
    ExtractionBlock,
    RunEngine,
    RunStatus,
    TaskRunResponse,
    UnrecognizedBlock,
    UnrecognizedRunResponse,
    UploadFileBody,
    Workflow,
    WorkflowRunResponse,
    WorkflowRunTimeline,
)
from skyvern_generated.types import File

from skyvern_sync._model import is_model
from tests._recorded import (
    NO_SUCCESS_ON_1_0_56,
    ROOT,
    SURFACE,
    Recorded,
    endpoint,
    model_problems,
    openapi,
    parse,
    recorded,
    recorded_answers,
    recorded_body,
    same_json,
    to_json,
    walk_models,
)
from tools import spec

GENERATED = ROOT / "generated" / "skyvern_generated"


def without_nulls(value: Any) -> Any:
    """JSON without its null members: an optional field that is None is left out of to_dict()."""
    if isinstance(value, dict):
        return {key: without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    return value


def completed(run_type: str) -> Any:
    return lambda run: run["run_type"] == run_type and run["status"] == "completed"


def test_the_generated_layer_is_requests_only_and_synchronous() -> None:
    # with the ordinary modules the generated code imports (the runtime that does not vary with the schema)
    runtime = [ROOT / "skyvern_sync" / name for name in ("_model.py", "_cards.py", "redaction.py")]
    sources = {path: path.read_text(encoding="utf-8") for path in [*GENERATED.rglob("*.py"), *runtime]}
    assert sources
    for path, text in sources.items():
        assert "import httpx" not in text and "httpx." not in text, path
        assert "async def" not in text and "await " not in text, path
        assert "dateutil" not in text, path
        assert "Unset" not in text and "UNSET" not in text, path
    assert (GENERATED / "py.typed").exists()


def test_importing_the_models_package_loads_no_model() -> None:
    # models load on first use (PEP 562), so `import skyvern_sync` stays cheap
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
    parsed = parse(success.operation, success.status, body)
    if body is None:
        assert parsed is None
        return
    problems = model_problems(parsed, success.id)
    assert not problems, "\n".join(problems)
    if isinstance(parsed, list) or is_model(type(parsed)):
        # every value the server sent comes back from to_dict(); a null optional field is left out
        assert same_json(without_nulls(to_json(parsed))) == same_json(without_nulls(body))
        # and what to_dict() gives parses into the same models
        assert parse(success.operation, success.status, to_json(parsed)) == parsed


def test_every_operation_has_a_recorded_success_body() -> None:
    # stricter than tests/test_cassettes.py, where an error answer counts: every operation's success
    # model is parsed from a real body by the round trip above
    covered = {answer.operation for answer in successes()}
    assert covered == set(SURFACE) - set(NO_SUCCESS_ON_1_0_56), sorted(set(SURFACE) ^ covered)
    # those have their real error answer recorded instead
    assert all(recorded(name, status=400) for name in NO_SUCCESS_ON_1_0_56)


def test_get_run_dispatches_on_run_type() -> None:
    task = parse("get_run", 200, recorded_body("get_run", completed("task_v2")))
    workflow = parse("get_run", 200, recorded_body("get_run", completed("workflow_run")))
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
    assert run.run_request is not None
    assert run.run_request.engine == "skyvern-9.0"
    assert run.additional_properties == {"a_field_from_the_future": {"nested": [1, 2]}}
    assert run["a_field_from_the_future"] == {"nested": [1, 2]}
    assert without_nulls(run.to_dict()) == without_nulls(body)
    assert RunEngine("skyvern-2.0") is RunEngine.skyvern_v2


def test_an_unknown_run_type_parses_with_the_shared_run_fields_typed() -> None:
    body = recorded_body("get_run", completed("task_v2"))
    body["run_type"] = "task_v9"
    parsed = parse("get_run", 200, body)
    assert isinstance(parsed, UnrecognizedRunResponse)
    assert parsed.run_id == body["run_id"] and parsed.status is RunStatus.completed
    assert parsed.output == body["output"] and parsed.run_type == "task_v9"
    assert parsed.created_at.year >= 2026
    assert "run_request" in parsed.additional_properties  # not shared with workflow runs: kept as it came
    assert without_nulls(parsed.to_dict()) == without_nulls(body)


def test_the_fallback_of_a_union_has_the_fields_every_member_shares() -> None:
    schemas = openapi()["components"]["schemas"]
    fallback = schemas["UnrecognizedRunResponse"]
    assert fallback["x-fallback"]["members"] == ["TaskRunResponse", "WorkflowRunResponse"]
    shared = set(schemas["TaskRunResponse"]["properties"]) & set(schemas["WorkflowRunResponse"]["properties"])
    assert set(fallback["properties"]) <= shared
    assert {"run_id", "status", "output", "failure_reason", "created_at", "run_type"} <= set(fallback["properties"])
    assert "run_request" not in fallback["properties"]  # typed differently in the two members
    assert set(fallback["required"]) == {
        "run_id",
        "status",
        "created_at",
        "modified_at",
        "run_type",
    }  # all members need them


def test_nulls_parse_in_nullable_and_optional_fields() -> None:
    body = recorded_body("get_run", lambda run: run["run_type"] == "task_v1" and run["status"] == "running")
    nulls = [key for key, value in body.items() if value is None]
    assert {"output", "finished_at", "failure_reason"} <= set(nulls)
    run = TaskRunResponse.from_dict(body)
    for key in nulls:
        assert getattr(run, key) is None, key
    assert "output" not in run.to_dict()


def test_an_unknown_block_type_in_a_workflow_parses_into_its_fallback() -> None:
    body = recorded_body(
        "get_workflow",
        lambda workflow: "extraction" in [b["block_type"] for b in workflow["workflow_definition"]["blocks"]],
    )
    blocks = body["workflow_definition"]["blocks"]
    known = dict(blocks[0])
    blocks.append({**known, "block_type": "teleport", "destination": "mars"})
    workflow = Workflow.from_dict(body)
    parsed = workflow.workflow_definition.blocks
    assert isinstance(parsed[0], ExtractionBlock)
    assert isinstance(parsed[-1], UnrecognizedBlock)
    assert parsed[-1].label == known["label"] and parsed[-1].additional_properties["destination"] == "mars"
    assert same_json(without_nulls(workflow.to_dict())) == same_json(without_nulls(body))


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda run: run.update(run_id=7), "$.run_id: expected a string, got an integer"),
        (lambda run: run.pop("status"), "$.status: is missing"),
        (lambda run: run.update(created_at=None), "$.created_at: expected an ISO 8601 date and time, got null"),
        (
            lambda run: run.update(created_at="yesterday"),
            "$.created_at: expected an ISO 8601 date and time, got a string that is not one",
        ),
        (lambda run: run.update(screenshot_urls=["a", 3]), "$.screenshot_urls[1]: expected a string, got an integer"),
        (lambda run: run.update(step_count=True), "$.step_count: expected an integer, got a boolean"),
        (lambda run: run.update(run_request=[]), "$.run_request: expected an object, got an array"),
        (lambda run: run.update(output=5), "$.output: expected an object or an array or a string, got an integer"),
        (lambda run: run["run_request"].update(engine=["x"]), "$.run_request.engine: expected a string, got an array"),
        # a tag of the wrong JSON type cannot pick a member (nor may it crash the lookup)
        (lambda run: run.update(run_type=["task_v1"]), "$.run_type: expected a string, got an array"),
        (lambda run: run.update(run_type={"task": 1}), "$.run_type: expected a string, got an object"),
    ],
)
def test_a_body_that_does_not_fit_names_the_json_path_and_never_the_value(change: Any, where: str) -> None:
    body = recorded_body("get_run", completed("task_v2"))
    change(body)
    with pytest.raises(ShapeError) as refused:
        parse("get_run", 200, body)
    assert str(refused.value) == where


def test_a_model_is_a_value_that_pickles_copies_and_compares_by_its_fields() -> None:
    import copy
    import weakref

    run: TaskRunResponse = parse("get_run", 200, recorded_body("get_run", completed("task_v2")))
    run["from_a_newer_server"] = [1, 2]
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):  # 0 and 1 too: slots need __getstate__ there
        again = pickle.loads(pickle.dumps(run, protocol))
        assert again == run and again is not run and again.additional_properties == run.additional_properties
    assert copy.deepcopy(run) == run == copy.copy(run)
    assert weakref.ref(run)() is run
    changed: TaskRunResponse = copy.deepcopy(run)
    changed.run_request = None
    assert changed != run  # a field differs
    changed = copy.deepcopy(run)
    changed["from_a_newer_server"] = [3]
    assert changed != run  # an unknown field differs
    with pytest.raises(TypeError):
        hash(run)  # mutable: not a dict key
    with pytest.raises(TypeError):
        TaskRunResponse(run.run_id)  # type: ignore[call-arg]  # keyword-only, as the attrs classes were


def test_a_public_model_s_from_dict_raises_a_skyvern_error_that_pickles_with_its_json_path() -> None:
    import skyvern_sync
    from skyvern_sync import SkyvernError, errors, types

    body = recorded_body("get_run", completed("task_v2"))
    body["run_request"]["engine"] = ["x"]
    with pytest.raises(skyvern_sync.ShapeError) as refused:
        types.TaskRunResponse.from_dict(body)
    error = refused.value
    assert isinstance(error, SkyvernError) and isinstance(error, ValueError)
    assert errors.ShapeError is skyvern_sync.ShapeError is ShapeError
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error) and again.args == error.args == ("expected a string, got an array",)
    assert str(again) == str(error) == "$.run_request.engine: expected a string, got an array"
    assert again.path == ["run_request", "engine"] and again.location == "$.run_request.engine"


def test_a_list_item_that_does_not_fit_is_named_by_its_index() -> None:
    body = recorded_body("get_run_timeline", lambda timeline: len(timeline) >= 1)
    body.append({**body[0], "created_at": 12})
    with pytest.raises(ShapeError, match=rf"^\$\[{len(body) - 1}\]\.created_at: "):
        parse("get_run_timeline", 200, body)


def test_reference_field_names_are_attributes_even_where_they_shadow_builtins() -> None:
    entry = parse("get_run_timeline", 200, recorded_body("get_run_timeline", lambda timeline: len(timeline) >= 1))[0]
    assert isinstance(entry, WorkflowRunTimeline)
    assert entry.type in ("block", "thought")
    assert not hasattr(entry, "type_")


def every_model() -> list[type[Any]]:
    return [cls for name in models.__all__ if is_model(cls := getattr(models, name))]


def component_models() -> list[type[Any]]:
    # the rest are inline schemas of error responses (GetBrowserSessionResponse503), which errors.py reads
    return [cls for cls in every_model() if cls.__name__ in openapi()["components"]["schemas"]]


@pytest.mark.parametrize("model", component_models(), ids=lambda cls: cls.__name__)
def test_every_json_field_of_every_model_is_an_attribute_of_its_own_name(model: type[Any]) -> None:
    schema = openapi()["components"]["schemas"][model.__name__]
    names = set(model._fields)
    missing = sorted(key for key in schema.get("properties", {}) if key not in names)
    assert not missing, f"{model.__name__} reads these JSON fields under other names: {missing}"


def test_every_model_reachable_from_the_operations_reads_the_recorded_json_by_its_own_names() -> None:
    # the recorded bodies, walked: every key of every object the server sent is an attribute of that name
    seen = 0
    for answer in successes():
        for model in walk_models(parse(answer.operation, answer.status, answer.body)):
            for key in model.to_dict():
                assert hasattr(model, key) or key in model.additional_properties, (type(model).__name__, key)
                seen += 1
    assert seen > 1000


def test_free_form_json_parses_into_plain_dicts_and_lists() -> None:
    body = recorded_body("get_run", lambda run: completed("workflow_run")(run) and isinstance(run["output"], dict))
    parsed = parse("get_run", 200, body)
    assert isinstance(parsed, WorkflowRunResponse)
    assert type(parsed.output) is dict and parsed.output == body["output"]
    assert parsed.run_request is not None and type(parsed.run_request.parameters) is dict


def test_only_named_schemas_generate_classes() -> None:
    # free-form objects are type aliases (JsonObject = dict[str, Any]), not a wrapper class per field
    empty = sorted(cls.__name__ for cls in every_model() if not cls._fields)
    assert empty == [], empty
    assert models.JsonObject == dict[str, Any]
    assert models.StringMap == dict[str, str]


def test_a_map_of_typed_values_is_a_plain_dict_of_parsed_values() -> None:
    # the official SDK types these `Dict[str, List[TagItem]]`; a wrapper class kept the values as raw JSON
    item = {"key": "env", "value": "prod", "color": "teal"}
    body = {"run_tags": {"wr_1": [item], "wr_2": []}, "newer": 1}
    batch = models.RunTagsBatchResponse.from_dict(body)
    assert type(batch.run_tags) is dict and isinstance(batch.run_tags["wr_1"][0], models.TagItem)
    assert batch.run_tags["wr_1"][0].value == "prod" and batch.run_tags["wr_2"] == []
    assert batch.to_dict() == body
    assert models.WorkflowTagsBatchResponse.from_dict({"workflow_tags": {"wpid_1": [item]}}).to_dict() == {
        "workflow_tags": {"wpid_1": [item]}
    }
    suggestions = models.RunTagSuggestionsResponse.from_dict({"values_by_key": {"env": ["prod", "dev"]}})
    assert suggestions.values_by_key == {"env": ["prod", "dev"]}
    node = {
        "type": "directory",
        "created_at": "2026-01-01T00:00:00",
        "children": {"a.py": {"type": "file", "created_at": "2026-01-01T00:00:00"}},
    }
    parsed = models.FileNode.from_dict(node)
    assert parsed.children is not None and isinstance(parsed.children["a.py"], models.FileNode)
    assert parsed.to_dict()["children"]["a.py"]["type"] == "file"
    assert models.RunTagsBatchResponseRunTags == dict[str, list[models.TagItem]]
    bad = {"run_tags": {"wr_1": [item], "wr_2": [item, {"key": "env"}]}}
    with pytest.raises(ShapeError) as refused:
        models.RunTagsBatchResponse.from_dict(bad)
    assert refused.value.location == "$.run_tags.wr_2[1].value"
    with pytest.raises(ShapeError, match=r"^\$\.values_by_key\.env\[1\]: expected a string"):
        models.RunTagSuggestionsResponse.from_dict({"values_by_key": {"env": ["prod", 3]}})
    with pytest.raises(ShapeError, match=r"^\$\.run_tags: expected an object"):
        models.RunTagsBatchResponse.from_dict({"run_tags": []})


def test_secret_fields_never_show_in_a_repr() -> None:
    totp = models.TOTPCode.from_dict(
        {**recorded_body("send_totp_code"), "code": "424242", "content": "your code is 424242"}
    )
    credential = models.NonEmptyPasswordCredential(username="u", password="hunter2-secret", totp="JBSW-SECRET")
    for value in (totp, credential):
        text = repr(value)
        for secret in ("424242", "hunter2-secret", "JBSW-SECRET"):
            assert secret not in text
    assert "code='***'" in repr(totp) and "username='u'" in repr(credential)
    extras = models.Artifact.from_dict({**recorded_body("get_artifact"), "api_token": "tok-123456"})
    assert "tok-123456" not in repr(extras)


def test_a_field_secret_where_it_is_declared_is_hidden_where_it_arrives_unknown() -> None:
    declared = spec.load_overrides()["secret_fields"]
    names = [*declared["names"], *(f"erp{suffix}" for suffix in declared["suffixes"])]
    extras = {name: f"value-of-{name}" for name in names}
    artifact = models.Artifact.from_dict({**recorded_body("get_artifact"), **extras})
    shown = repr(artifact) + artifact._repr_html_()
    assert [name for name, value in extras.items() if value in shown] == []
    assert "value-of-totp_identifier" in repr(
        models.Artifact.from_dict({**recorded_body("get_artifact"), "totp_identifier": "value-of-totp_identifier"})
    )  # an identifier is not a secret


def test_the_reference_alias_s3uri_reads_the_wire_field() -> None:
    upload = parse("upload_file", 200, recorded_body("upload_file"))
    assert upload.s3uri.startswith("s3://") or upload.s3uri.startswith("file://")
    assert upload.to_dict()["s3_uri"] == upload.s3uri and "s3uri" not in upload.to_dict()


def test_multipart_upload_lets_requests_choose_the_boundary() -> None:
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


def test_optional_parameters_left_out_are_not_sent() -> None:
    kwargs = endpoint("get_workflows")._get_kwargs()
    assert kwargs["params"] == {}
    kwargs = endpoint("get_workflows")._get_kwargs(page=2, only_workflows=True, status=[models.WorkflowStatus.draft])
    assert kwargs["params"] == {"page": 2, "only_workflows": "true", "status": ["draft"]}


def test_an_id_cannot_leave_its_path_segment() -> None:
    assert endpoint("get_run")._get_kwargs("../x")["url"] == "/v1/runs/..%2Fx"
    assert endpoint("get_run")._get_kwargs("..")["url"] == "/v1/runs/%2E%2E"
    assert endpoint("cancel_run")._get_kwargs(".")["url"] == "/v1/runs/%2E/cancel"


def test_the_api_key_never_shows_in_the_generated_clients_repr() -> None:
    from skyvern_generated.client import AuthenticatedClient

    client = AuthenticatedClient(base_url="http://127.0.0.1", token="sk-very-secret")
    assert "sk-very-secret" not in repr(client)


def test_a_body_that_is_not_json_is_a_shape_error_not_a_decode_error() -> None:
    for content in (b"", b"<html>proxy</html>", b"[" * 100_000, b'{"run_id": '):
        response = requests.Response()
        response.status_code = 200
        response._content = content
        with pytest.raises(ShapeError):
            endpoint("get_run")._parse_response(client=None, response=response)
    assert json.loads(b"null") is None


def test_a_models_repr_shows_only_the_fields_that_are_set() -> None:
    body = recorded_body("get_run", lambda run: run["status"] == "completed" and run["run_type"] == "workflow_run")
    run = parse("get_run", 200, body)
    text = repr(run)
    assert text.startswith("WorkflowRunResponse(run_id='wr_") and "status=<RunStatus.completed" in text
    # the run's and its nested request's unset fields are left out, and so is an empty additional_properties
    assert "=None" not in text and "additional_properties={}" not in text
    assert "run_request=WorkflowRunRequestOutput(workflow_id='wpid_" in text
    totp = models.TOTPCode.from_dict(
        {"totp_code_id": "t1", "totp_identifier": "a@b.c", "code": "123456", "content": "code 123456",
         "organization_id": "o_1", "created_at": "2026-11-23T00:00:00", "modified_at": "2026-11-23T00:00:00"}
    )  # fmt: skip
    assert "code='***'" in repr(totp) and "123456" not in repr(totp)
