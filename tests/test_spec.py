"""openapi.yaml: valid, exactly the reference's surface, fresh, and a readable change report."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from skyvern_generated import models
from skyvern_generated.operations import OPERATIONS, RESENDABLE

from skyvern_sync.redaction import RULE, SecretRule, request_secrets
from skyvern_sync.testing.scrub import Scrubber, find_secrets
from tests._recorded import SURFACE
from tools import changes, spec

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = ROOT.parent / "shared" / "upstream"
NEW = UPSTREAM / "skyvern-1.0.56-openapi.json"
OLD = UPSTREAM / "skyvern-2026-02-openapi.json"

# Every method of ../shared/reference/sdk-complete-reference.mdx and where the real server 1.0.56 serves
# it: written out here, so that a derivation that moved or lost an operation fails this test.
SERVED = {
    "run_task": ("post", "/v1/run/tasks"),
    "get_run": ("get", "/v1/runs/{run_id}"),
    "cancel_run": ("post", "/v1/runs/{run_id}/cancel"),
    "get_run_timeline": ("get", "/v1/runs/{run_id}/timeline"),
    "get_run_artifacts": ("get", "/v1/runs/{run_id}/artifacts"),
    "get_artifact": ("get", "/v1/artifacts/{artifact_id}"),
    "retry_run_webhook": ("post", "/v1/runs/{run_id}/retry_webhook"),
    "run_workflow": ("post", "/v1/run/agents"),
    "create_workflow": ("post", "/v1/agents"),
    "get_workflows": ("get", "/v1/agents"),
    "get_workflow": ("get", "/v1/agents/{workflow_permanent_id}"),
    "get_workflow_versions": ("get", "/v1/agents/{workflow_permanent_id}/versions"),
    "update_workflow": ("post", "/v1/agents/{workflow_id}"),
    "delete_workflow": ("post", "/v1/agents/{workflow_id}/delete"),
    "create_browser_session": ("post", "/v1/browser_sessions"),
    "get_browser_session": ("get", "/v1/browser_sessions/{browser_session_id}"),
    "get_browser_sessions": ("get", "/v1/browser_sessions"),
    "close_browser_session": ("post", "/v1/browser_sessions/{browser_session_id}/close"),
    "create_browser_profile": ("post", "/v1/browser_profiles"),
    "list_browser_profiles": ("get", "/v1/browser_profiles"),
    "get_browser_profile": ("get", "/v1/browser_profiles/{profile_id}"),
    "delete_browser_profile": ("delete", "/v1/browser_profiles/{profile_id}"),
    "create_credential": ("post", "/v1/credentials"),
    "get_credentials": ("get", "/v1/credentials"),
    "get_credential": ("get", "/v1/credentials/{credential_id}"),
    "delete_credential": ("post", "/v1/credentials/{credential_id}/delete"),
    "send_totp_code": ("post", "/v1/credentials/totp"),
    "login": ("post", "/v1/run/tasks/login"),
    "download_files": ("post", "/v1/run/tasks/download_files"),
    "upload_file": ("post", "/v1/upload_file"),
}

needs_upstream = pytest.mark.skipif(not NEW.exists(), reason="../shared/upstream is not beside the project")


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    loaded = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _operations(document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        op["operationId"]: (method, path, op) for path, item in document["paths"].items() for method, op in item.items()
    }


def test_openapi_yaml_is_a_valid_openapi_document(document: dict[str, Any]) -> None:
    validate(document)


def test_the_reference_methods_are_operations_where_the_server_serves_them(document: dict[str, Any]) -> None:
    found = {name: (method, path) for name, (method, path, _) in _operations(document).items()}
    assert {name: found.get(name) for name in SERVED} == SERVED
    # the operation table the client reads is the same surface
    assert found == SURFACE
    assert list(OPERATIONS) == list(spec.operation_table(spec.load_overrides()))


@needs_upstream
def test_every_operation_the_server_serves_is_in_the_table(document: dict[str, Any]) -> None:
    upstream = json.loads(NEW.read_text(encoding="utf-8"))
    served = {(method, path) for path, item in upstream["paths"].items() for method in item if method != "parameters"}
    ours = {(method, path) for name, (method, path, _) in _operations(document).items()}
    hidden = {(op["method"], op["path"]) for op in spec.load_overrides()["added_operations"].values()}
    assert ours == served | hidden
    assert (len(served), len(ours)) == (90, 91)


def test_the_operation_table_says_what_resending_would_do() -> None:
    kinds = {name: op.kind for name, op in OPERATIONS.items()}
    assert {name for name, kind in kinds.items() if kind == "start"} == {
        "run_task", "run_workflow", "login", "download_files", "retry_workflow_run", "run_script"
    }  # fmt: skip
    assert all(op.kind == "read" for op in OPERATIONS.values() if op.method == "GET")
    # a POST that only reads is a read (the batch tag lookups); every other POST, PUT, PATCH, DELETE is not
    posted_reads = {name for name, op in OPERATIONS.items() if op.method != "GET" and op.kind == "read"}
    assert posted_reads == {"batch_get_workflow_tags_post", "batch_get_run_tags_post"}
    assert OPERATIONS["run_workflow"].wire_names == {"workflow_id": "agent_id"}
    assert {name for name, kind in kinds.items() if kind in ("read", "change")} == RESENDABLE


def test_authentication_is_one_api_key_scheme(document: dict[str, Any]) -> None:
    assert document["components"]["securitySchemes"] == {
        "ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "x-api-key"}
    }
    assert document["security"] == [{"ApiKeyAuth": []}]
    for name, (_, _, op) in _operations(document).items():
        headers = [p["name"].lower() for p in op.get("parameters", []) if p["in"] == "header"]
        assert "x-api-key" not in headers, name


def test_error_statuses_the_server_gives_are_documented(document: dict[str, Any]) -> None:
    ops = _operations(document)
    for name, (_, path, op) in ops.items():
        statuses = set(op["responses"])
        assert {"403", "429", "5XX"} <= statuses, name
        if "{" in path:
            assert "404" in statuses, name
    assert "400" in ops["get_run_timeline"][2]["responses"]
    assert "400" in ops["retry_run_webhook"][2]["responses"]
    assert "409" in ops["create_workflow"][2]["responses"]
    validation = ops["run_task"][2]["responses"]["422"]["content"]["application/json"]["schema"]
    assert validation == {"$ref": "#/components/schemas/HTTPValidationError"}


def test_get_artifact_is_added_with_the_artifact_schema(document: dict[str, Any]) -> None:
    op = document["paths"]["/v1/artifacts/{artifact_id}"]["get"]
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Artifact"}
    assert "artifact_type" in document["components"]["schemas"]["Artifact"]["properties"]


def test_no_pydantic_input_output_names_and_no_clashing_titles(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    assert not [name for name in schemas if name.endswith(("-Input", "-Output")) or "__" in name]
    titles = [s.get("title") for s in schemas.values() if s.get("title")]
    assert len(titles) == len(set(titles))
    assert schemas["CredentialType"]["enum"] == ["skyvern", "bitwarden", "1password", "azure_vault"]
    assert schemas["StoredCredentialType"]["enum"] == ["password", "credit_card", "secret"]


def test_upload_file_is_a_binary_multipart_part(document: dict[str, Any]) -> None:
    body = document["paths"]["/v1/upload_file"]["post"]["requestBody"]["content"]
    assert list(body) == ["multipart/form-data"]
    assert document["components"]["schemas"]["UploadFileBody"]["properties"]["file"]["format"] == "binary"


def test_tagged_unions_carry_their_tags_and_a_fallback(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    get_run = document["paths"]["/v1/runs/{run_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    members = [m["$ref"].rsplit("/", 1)[1] for m in get_run["schema"]["oneOf"]]
    assert members == ["TaskRunResponse", "WorkflowRunResponse", "UnrecognizedRunResponse"]
    assert schemas["WorkflowRunResponse"]["x-tag"] == {"property": "run_type", "values": ["workflow_run"]}
    assert "task_v2" in schemas["TaskRunResponse"]["x-tag"]["values"]
    assert schemas["TaskBlock"]["x-tag"]["property"] == "block_type"


@needs_upstream
def test_derivation_is_deterministic_and_matches_the_committed_file() -> None:
    overrides = spec.load_overrides()
    first = spec.dump(spec.derive(spec.load_document(str(NEW)), overrides)[0])
    second = spec.dump(spec.derive(spec.load_document(str(NEW)), overrides)[0])
    assert first == second
    assert first == (ROOT / "openapi.yaml").read_text(encoding="utf-8")


@needs_upstream
def test_generated_code_matches_a_fresh_generation() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tools.regen", "--check"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "match a fresh generation" in result.stdout


@needs_upstream
def test_change_report_follows_workflows_from_v1_workflows_to_v1_agents() -> None:
    before = (ROOT / "openapi.yaml").read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "tools.regen", "--upstream", str(NEW), "--since", str(OLD), "--report-only"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    report = result.stdout
    assert "operation moved: create_workflow POST /v1/workflows -> POST /v1/agents" in report
    assert "operation moved: run_workflow POST /v1/run/workflows -> POST /v1/run/agents" in report
    assert "operation moved: get_workflow GET /v1/workflows/{workflow_permanent_id} -> " in report
    assert "field added: WorkflowRunRequest.agent_id: string (required)" in report
    assert "field removed: WorkflowRunRequest.workflow_id" in report
    assert "enum values added: RunEngine: skyvern-3.0, yutori-navigator" in report
    assert "enum values added: RunStatus: paused" in report
    # what 1.0.56 serves that the February document did not, among them the runs listing
    assert "operation added: get_runs_v2 GET /v1/runs" in report and "operation removed" not in report
    # and what it means for the facade
    assert "facade: Skyvern.create_workflow: its operation moved: POST /v1/workflows -> POST /v1/agents" in report
    assert "facade: Skyvern.run_workflow: its request changed: added agent_id" in report
    assert "removed workflow_id" in report
    # every request field the server takes is a parameter, every operation a method
    assert not [line for line in report.splitlines() if "does not expose" in line or "has no method" in line]
    assert (ROOT / "openapi.yaml").read_bytes() == before  # --report-only writes nothing


def test_the_facade_report_names_a_hidden_field_and_a_missing_method() -> None:
    document = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    table = spec.operation_table(spec.load_overrides())

    class Facade:
        def run_task(self, prompt: str, request_options: object = None) -> None: ...

    report = changes.facade_report(document, document, Facade, table)
    hidden = next(line for line in report if "Skyvern.run_task does not expose" in line)
    assert "browser_profile_id" in hidden and " prompt" not in hidden
    assert "facade: operation schedules_get has no method: add Skyvern.schedules.get" in report

    # a reference parameter under its wire name counts as exposed (run_workflow's workflow_id is agent_id)
    class Wired:
        def run_workflow(self, workflow_id: str) -> None: ...

    wired = next(line for line in changes.facade_report(document, document, Wired, table) if "run_workflow" in line)
    assert "agent_id" not in wired


@needs_upstream
def test_change_report_of_a_document_against_itself_is_empty() -> None:
    overrides = spec.load_overrides()
    derived = spec.derive(spec.load_document(str(NEW)), overrides)[0]
    assert changes.report(derived, derived) == []


def test_change_report_sees_retyped_fields_and_enum_values() -> None:
    old = {
        "paths": {},
        "components": {
            "schemas": {
                "Run": {"properties": {"status": {"type": "string", "enum": ["a"]}, "n": {"type": "integer"}}},
            }
        },
    }
    new = {
        "paths": {},
        "components": {
            "schemas": {
                "Run": {
                    "properties": {
                        "status": {"type": "string", "enum": ["a", "b"]},
                        "n": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                    }
                },
            }
        },
    }
    assert changes.report(old, new) == [
        "field retyped: Run.n: integer -> integer | null",
        "enum values added: Run.status: b",
    ]


def test_the_facade_report_names_a_new_operation_without_a_method_and_a_removed_one(document: dict[str, Any]) -> None:
    from skyvern_sync import Skyvern

    newer = copy.deepcopy(document)
    newer["paths"]["/v1/teleport"] = {"post": {"operationId": "teleport", "responses": {}}}
    del newer["paths"]["/v1/upload_file"]
    table = spec.operation_table(spec.load_overrides())
    lines = changes.facade_report(document, newer, Skyvern, table)
    assert "facade: operation teleport has no method: add Skyvern.teleport" in lines
    assert "facade: Skyvern.upload_file: its operation was removed" in lines
    assert not [line for line in changes.facade_report(document, document, Skyvern, table) if ": its " in line]


NULLABLE_PROBE = """
openapi: 3.1.0
info: {title: probe, version: "1"}
paths:
  /probe:
    get:
      operationId: get_probe
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Probe"}
components:
  schemas:
    Probe:
      type: object
      title: Probe
      required: [text, numbers]
      properties:
        text:
          anyOf: [{type: string}, {type: "null"}]
        numbers:
          type: array
          items:
            anyOf: [{type: integer}, {type: "null"}]
"""

NULLABLE_CHECKS = """
from probe.models.probe import Probe
from probe.errors import ShapeError

assert Probe.from_dict({"text": None, "numbers": [1, None]}).to_dict() == {"text": None, "numbers": [1, None]}
for body, problem in [
    ({"numbers": []}, "$.text: is missing"),
    ({"text": 3, "numbers": []}, "$.text: expected a string"),
    ({"text": None, "numbers": ["x"]}, "$.numbers[0]: expected an integer"),
]:
    try:
        Probe.from_dict(body)
    except ShapeError as error:
        assert str(error).startswith(problem), error
    else:
        raise AssertionError(f"{body} was accepted")
print("nullable ok")
"""


def test_a_required_field_that_may_be_null_takes_null_and_still_must_be_there(tmp_path: Path) -> None:
    # pydantic writes `x: str | None` without a default as a required anyOf[string, null]; Skyvern's schemas
    # have such fields (TagHistoryItem.value) that a later derivation may reach
    (tmp_path / "probe.yaml").write_text(NULLABLE_PROBE, encoding="utf-8")
    generate = [
        sys.executable, "-m", "openapi_python_client", "generate", "--path", str(tmp_path / "probe.yaml"),
        "--config", str(ROOT / "tools" / "generator.yaml"), "--custom-template-path", str(ROOT / "tools" / "templates"),
        "--meta", "none", "--output-path", str(tmp_path / "probe"),
    ]  # fmt: skip
    made = subprocess.run(generate, capture_output=True, text=True, check=False)
    assert made.returncode == 0, made.stdout + made.stderr
    checked = subprocess.run(
        [sys.executable, "-c", NULLABLE_CHECKS], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert checked.stdout.strip() == "nullable ok", checked.stdout + checked.stderr


# A name that looks like a credential's: every schema field so named must be hidden or declared readable.
LOOKS_SECRET = re.compile(
    r"password|passphrase|secret|private_key|access_key|account_key|api_key|token|totp|cvv|card_number|card_exp|"
    r"^code$|^content$"
)
SECRET_VALUE = "s3cr3t-VALUE-4711"


def schema_fields() -> list[tuple[str, str, bool]]:
    """(schema, field, in a TOTP object) for every property of every schema of openapi.yaml."""
    schemas = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))["components"]["schemas"]
    return [
        (name, field, RULE.in_totp_object(schema["properties"]))
        for name, schema in schemas.items()
        for field in schema.get("properties") or {}
    ]


def shown_where(schema: str, field: str, totp: bool) -> dict[str, bool]:
    """Whether a value sent or received in this field shows: in an error (transport masking), a cassette
    (scrubber), the cassette scan's eyes, and the model's repr and notebook card."""
    body: dict[str, Any] = {field: SECRET_VALUE}
    if totp:
        body.update({marker: "identifier" for marker in RULE.totp_markers if marker != field})
    text = json.dumps(body)
    cls = getattr(models, schema)
    model = cls.__new__(cls)
    for name in cls._fields:
        object.__setattr__(model, name, None)
    object.__setattr__(model, "additional_properties", {})
    object.__setattr__(model, field, SECRET_VALUE)
    return {
        "transport": SECRET_VALUE not in request_secrets("key", {}, body),
        "scrubber": SECRET_VALUE in str(Scrubber().body(text, "application/json")),
        "scanner": not find_secrets(text),
        "repr": SECRET_VALUE in repr(model) + model._repr_html_(),
    }


def test_every_credential_field_of_the_spec_is_hidden_in_all_four_places_and_its_neighbours_are_not() -> None:
    readable = {name for names in spec.load_overrides()["secret_fields"]["readable"].values() for name in names}
    wrong, undecided = [], []
    for schema, field, totp in schema_fields():
        secret = RULE.is_secret(field, totp)
        # personal data (a username) is kept out of cassettes only
        in_cassettes = RULE.cassette_placeholder(field, totp) is not None
        expected = {"transport": secret, "scrubber": in_cassettes, "scanner": in_cassettes, "repr": secret}
        shown = shown_where(schema, field, totp)
        wrong += [
            f"{schema}.{field} is {'shown' if shown[where] else 'hidden'} in {where}"
            for where, hide in expected.items()
            if shown[where] == hide
        ]
        if not in_cassettes and LOOKS_SECRET.search(field) and field not in readable:
            undecided.append(f"{schema}.{field}")
    assert not wrong, wrong
    assert not undecided, f"declare these secret or readable in tools/overrides.yaml secret_fields: {undecided}"
    secrets = {field for schema, field, totp in schema_fields() if RULE.is_secret(field, totp)}
    assert {"smtp_password", "custom_smtp_password", "sftp_password", "sftp_private_key",
            "sftp_private_key_passphrase", "aws_secret_access_key", "azure_storage_account_key", "password",
            "totp", "card_number", "card_cvv", "code", "content"} <= secrets  # fmt: skip
    assert not secrets & (readable - {"code", "content"})  # code and content are secrets in TOTP objects only
    assert {"smtp_password_secret_parameter_key", "azure_vault_password_key", "totp_identifier"} <= readable
    assert shown_where("CodeBlock", "code", False)["repr"] and not shown_where("TOTPCode", "code", True)["repr"]


def test_the_generated_secret_declaration_is_overrides_yaml_s() -> None:
    # the runtime reads the rendered module, never the YAML: this ties the two (tools.regen --check does too)
    declared = SecretRule.from_declaration(spec.load_overrides()["secret_fields"])
    slots = SecretRule.__slots__
    assert [getattr(declared, slot) for slot in slots] == [getattr(RULE, slot) for slot in slots]
