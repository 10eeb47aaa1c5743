"""Checks over every recorded cassette: no secret in it, every body still fits openapi.yaml and the models.

Run on cassettes/ and the example apps' cassettes (examples/*/tests/cassettes) by default; `tools.record` runs
it on what it has just recorded (`--skyvern-cassette-dir`), with the recording server's key in
SKYVERN_SYNC_SCAN_SECRETS so the scan looks for it literally.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from skyvern_sync.testing.plugin import cassette_dir
from skyvern_sync.testing.scrub import SECRET_HEADERS, find_secrets
from tests._recorded import (
    ROOT,
    SCENARIO_SECRETS,
    SURFACE,
    body_of,
    interactions,
    model_problems,
    openapi,
    operation_of,
    parse,
)

EXAMPLES = ROOT / "examples"


def example_cassettes() -> list[Path]:
    """The example apps' cassettes, each app's beside its tests (examples/<app>/tests/cassettes/<module>/)."""
    return sorted(EXAMPLES.glob("*/tests/cassettes/*/*.yaml"))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "cassette" in metafunc.fixturenames:
        base = cassette_dir(metafunc.config, ROOT / "tests")
        paths = sorted(base.rglob("*.yaml"))
        ids = [str(p.relative_to(base)) for p in paths]
        # the examples' are in place beside cassettes/; a scratch recording (tools.record --out) has them inside
        if base.resolve() == (ROOT / "cassettes").resolve():
            examples = example_cassettes()
            paths += examples
            ids += [str(p.relative_to(ROOT)) for p in examples]
        metafunc.parametrize("cassette", paths, ids=ids)


def response_schema(operation_id: str, status: int) -> dict[str, Any] | None:
    for item in openapi()["paths"].values():
        for operation in item.values():
            if operation["operationId"] != operation_id:
                continue
            responses = operation["responses"]
            spec = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default")
            if spec is None:
                raise AssertionError(
                    f"{operation_id}: the server answered {status}, which openapi.yaml does not declare"
                )
            content = spec.get("content", {}).get("application/json")
            return None if content is None else dict(content.get("schema", {}))
    raise LookupError(operation_id)


UNRECOGNIZED = {"$ref": "#/components/schemas/Unrecognized"}


def strict(schema: Any) -> Any:
    """openapi.yaml for validation: a tagged union checks the member its tag names, not the open fallback.

    JSON Schema does not read `discriminator`, and every body also fits the free-form `Unrecognized`,
    so `oneOf` would see two matches and report the whole object; `if tag == X then member X` reports
    the very field that changed, and an unknown tag is reported as such.
    """
    if isinstance(schema, list):
        return [strict(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: strict(value) for key, value in schema.items() if key not in ("discriminator", "oneOf")}
    members = [m for m in schema.get("oneOf", []) if m != UNRECOGNIZED]
    discriminator = schema.get("discriminator")
    if discriminator and "mapping" in discriminator:
        tag, mapping = discriminator["propertyName"], discriminator["mapping"]
        out["required"] = [tag]
        out["properties"] = {tag: {"enum": sorted(mapping)}}
        out["allOf"] = [
            {"if": {"properties": {tag: {"const": value}}}, "then": {"$ref": ref}} for value, ref in mapping.items()
        ]
    elif "oneOf" in schema:
        out["anyOf"] = strict(members)
    return out


@cache
def strict_components() -> dict[str, Any]:
    return dict(strict(openapi()["components"]))


def where(cassette: Path, index: int, operation_id: str) -> str:
    return f"{operation_id} ({cassette.name}, interaction {index})"


def test_no_secret_is_in_any_cassette(cassette: Path) -> None:
    literals = [*SCENARIO_SECRETS, *filter(None, os.environ.get("SKYVERN_SYNC_SCAN_SECRETS", "").split(","))]
    text = cassette.read_text(encoding="utf-8")
    found = find_secrets(text, literals)
    for interaction in interactions(cassette):
        for part in ("request", "response"):
            body = interaction[part]["body"]
            body = body.get("string") if isinstance(body, dict) else body
            if isinstance(body, bytes):
                body = body.decode("utf-8", "replace")
            found += find_secrets(body or "", literals)
            for name, values in interaction[part].get("headers", {}).items():
                placeholder = SECRET_HEADERS.get(name.lower())
                if placeholder is not None:
                    assert values in ([placeholder], placeholder), f"{cassette.name}: header {name} not scrubbed"
    assert not found, f"{cassette}: {sorted(set(found))}"


def stale(cassette: Path) -> list[str]:
    """Every way the cassette's responses no longer fit openapi.yaml or the generated models, by operation."""
    components = strict_components()
    problems: list[str] = []
    for index, interaction in enumerate(interactions(cassette)):
        request, response = interaction["request"], interaction["response"]
        operation_id = operation_of(request["method"], request["uri"])
        status = response["status"]["code"]
        body = body_of(response)
        at = where(cassette, index, operation_id)
        try:
            schema = response_schema(operation_id, status)
        except AssertionError as undeclared:
            problems.append(str(undeclared))
            continue
        if schema is not None and body is not None and not isinstance(body, bytes):  # bytes: a file, not JSON
            validator = jsonschema.Draft202012Validator({**strict(schema), "components": components})
            for error in sorted(validator.iter_errors(body), key=lambda e: e.json_path)[:5]:
                problems.append(f"{at}: {error.json_path}: {error.message[:200]}")
        if not 200 <= status < 300:
            continue
        try:
            parsed = parse(operation_id, status, body)
        except ValueError as misfit:  # the generated layer's ShapeError, with the JSON path
            problems.append(f"{at}: {misfit}")
            continue
        problems += model_problems(parsed, at)
    return problems


def test_every_response_still_fits_openapi_yaml_and_the_models(cassette: Path) -> None:
    problems = stale(cassette)
    assert not problems, "\n".join(problems)


def test_the_staleness_guard_names_the_operation_and_the_field(tmp_path: Path) -> None:
    # a recorded get_run body as a newer server might send it: a new field, a changed type, a new run_type
    original = ROOT / "cassettes" / "test_runs" / "test_run_task_skyvern_1_0_completes_with_output.yaml"
    data = yaml.safe_load(original.read_text(encoding="utf-8"))
    polls = [i for i in data["interactions"] if i["request"]["method"] == "GET"]
    first, second, third = (body_of(poll["response"]) for poll in polls[:3])
    first["brand_new_field"] = {"x": 1}
    second["step_count"] = "many"
    third["run_type"] = "task_v9"
    for poll, body in zip(polls, (first, second, third), strict=False):
        poll["response"]["body"]["string"] = json.dumps(body)
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump(data), encoding="utf-8")

    problems = "\n".join(stale(changed))
    lacks = "TaskRunResponse has fields openapi.yaml lacks: ['brand_new_field']"
    assert f"get_run (changed.yaml, interaction 1): {lacks}" in problems
    assert "get_run (changed.yaml, interaction 2): $.step_count" in problems  # the schema check
    assert "get_run (changed.yaml, interaction 2): $.step_count: expected an integer, got a string" in problems
    assert "get_run (changed.yaml, interaction 3): a tagged union fell back to UnrecognizedRunResponse" in problems
    assert stale(original) == []


def test_every_reference_method_is_in_a_cassette(request: pytest.FixtureRequest) -> None:
    base = cassette_dir(request.config, ROOT / "tests")
    seen = {
        operation_of(i["request"]["method"], i["request"]["uri"])
        for path in base.rglob("*.yaml")
        for i in interactions(path)
    }
    missing = sorted(set(SURFACE) - seen)
    assert not missing, f"no cassette exercises {missing}"


def test_every_cassette_belongs_to_a_scenario_test_and_every_scenario_has_one() -> None:
    scenarios = ROOT / "tests" / "scenarios"
    tests = {
        (module.stem, name)
        for module in scenarios.glob("test_*.py")
        for name in re.findall(r"^def (test_\w+)\(", module.read_text(encoding="utf-8"), flags=re.M)
    }
    cassettes = {(path.parent.name, path.stem) for path in (ROOT / "cassettes").rglob("*.yaml")}
    assert not cassettes - tests, (
        f"cassettes without a test (re-recorded under a new name?): {sorted(cassettes - tests)}"
    )
    assert not tests - cassettes, (
        f"scenario tests never recorded (python -m tools.record -k ...): {sorted(tests - cassettes)}"
    )


def test_every_example_cassette_belongs_to_a_test_beside_it() -> None:
    # the other way round needs no check: an example test without its cassette fails in replay
    orphans = []
    for path in example_cassettes():
        module = path.parent.parent.parent / f"{path.parent.name}.py"
        source = module.read_text(encoding="utf-8") if module.exists() else ""
        if not re.search(rf"^def {re.escape(path.stem)}\(", source, flags=re.M):
            orphans.append(str(path.relative_to(ROOT)))
    assert example_cassettes(), "the example apps' cassettes are missing (python -m tools.record)"
    assert not orphans, f"example cassettes without a test (re-recorded under a new name?): {orphans}"
