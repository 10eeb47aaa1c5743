"""Derive skyvern-sync's `openapi.yaml` from an upstream Skyvern OpenAPI document.

The derivation is a pure function of the upstream document and `tools/overrides.yaml`: it keeps
the operations of the SDK reference and nothing else, renames them after the reference's methods,
applies the declared fixes and keeps only the schemas those operations reach. Running it twice on
the same input gives the same bytes.
"""

from __future__ import annotations

import copy
import json
import re
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
OVERRIDES = Path(__file__).resolve().parent / "overrides.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
SCHEMA_REF = "#/components/schemas/"

JSON = dict[str, Any]


class DerivationError(Exception):
    """The upstream document does not fit the overrides (a renamed operation, a clashing schema)."""


def load_document(source: str) -> JSON:
    """Read an OpenAPI document (JSON or YAML) from a path or an http(s) URL."""
    if re.match(r"^https?://", source):
        with urllib.request.urlopen(source, timeout=60) as response:  # noqa: S310 (scheme checked)
            text = response.read().decode("utf-8")
    else:
        text = Path(source).read_text(encoding="utf-8")
    document = yaml.safe_load(text) if not text.lstrip().startswith("{") else json.loads(text)
    if not isinstance(document, dict) or "paths" not in document:
        raise DerivationError(f"{source} is not an OpenAPI document (no 'paths')")
    return document


def load_overrides(path: Path = OVERRIDES) -> JSON:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise DerivationError(f"{path} must hold a mapping")
    return data


def operation_names(overrides: Mapping[str, Any]) -> list[str]:
    return [name for names in overrides["operations"].values() for name in names]


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _rename_refs(node: Any, renames: Mapping[str, str]) -> None:
    for obj in _walk(node):
        ref = obj.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            name = ref[len(SCHEMA_REF) :]
            if name in renames:
                obj["$ref"] = SCHEMA_REF + renames[name]
        mapping = obj.get("discriminator", {}).get("mapping") if isinstance(obj.get("discriminator"), dict) else None
        if isinstance(mapping, dict):
            for key, target in list(mapping.items()):
                name = str(target)[len(SCHEMA_REF) :]
                if str(target).startswith(SCHEMA_REF) and name in renames:
                    mapping[key] = SCHEMA_REF + renames[name]


def _rename_schemas(document: JSON, renames: Mapping[str, str]) -> None:
    schemas: dict[str, Any] = document.setdefault("components", {}).setdefault("schemas", {})
    present = {old: new for old, new in renames.items() if old in schemas}
    _rename_refs(document, present)
    renamed: dict[str, Any] = {}
    for name, original in schemas.items():
        new = present.get(name, name)
        schema = original
        if name in present and isinstance(original, dict) and "title" in original:
            # the generator names classes after titles; clashing titles drop whole schemas
            schema = {**original, "title": new}
        if new in renamed and renamed[new] != schema:
            raise DerivationError(f"schemas renamed to {new!r} differ; cannot merge {name!r}")
        renamed[new] = schema
    document["components"]["schemas"] = renamed


def _patch_schemas(document: JSON, patches: list[Mapping[str, Any]]) -> list[str]:
    """Apply `schema_patches`; returns the patches that found nothing to patch."""
    schemas = document["components"]["schemas"]
    skipped = []
    for patch in patches:
        node: Any = schemas
        for part in str(patch["at"]).split("/"):
            node = node.get(part) if isinstance(node, dict) else None
        if not isinstance(node, dict):
            skipped.append(str(patch["at"]))
            continue
        node.update(copy.deepcopy(patch["set"]))
    return skipped


def _find_operations(document: JSON) -> dict[str, tuple[str, str, JSON]]:
    """Upstream operations by SDK method name -> (method, path, operation)."""
    found: dict[str, tuple[str, str, JSON]] = {}
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict) and op.get("x-fern-sdk-method-name"):
                found.setdefault(str(op["x-fern-sdk-method-name"]), (method, path, op))
    return found


def _error_response(status: str, schema: str) -> JSON:
    descriptions = {
        "400": "The server refused the request",
        "403": "Missing or invalid API key",
        "404": "Not found",
        "409": "Conflict",
        "422": "Validation error",
        "429": "Too many requests",
        "5XX": "Server error",
    }
    body_schema = "HTTPValidationError" if status == "422" else schema
    return {
        "description": descriptions.get(status, "Error"),
        "content": {"application/json": {"schema": {"$ref": SCHEMA_REF + body_schema}}},
    }


ERROR_RESPONSE_SCHEMA: JSON = {
    "type": "object",
    "title": "ErrorResponse",
    "description": "An error body. `detail` is a message, or FastAPI's list of validation problems.",
    "properties": {"detail": {"title": "Detail"}},
}


def _open_tagged_unions(document: JSON, reachable: set[str], fallback: str) -> None:
    """Make every discriminated union dispatch on its tag and keep tags it does not know.

    The generator drops `discriminator`, tries each member in turn (slow, and wrong once enums are
    open) and fails on a member it does not know. Each member schema gets `x-tag` (the property and
    the values that select it, from the upstream mapping) for tools/templates/union_property.py.jinja,
    and the union gets a last member, `fallback`, that keeps a newer server's object as it came.
    """
    schemas = document["components"]["schemas"]
    for obj in list(_walk([document["paths"], [schemas[name] for name in sorted(reachable)]])):
        members = obj.get("oneOf") or obj.get("anyOf")
        discriminator = obj.get("discriminator")
        if not isinstance(members, list) or not isinstance(discriminator, dict):
            continue
        key = str(discriminator["propertyName"])
        for value, target in sorted(discriminator.get("mapping", {}).items()):
            name = str(target)[len(SCHEMA_REF) :]
            tag = schemas[name].setdefault("x-tag", {"property": key, "values": []})
            if tag["property"] != key:
                raise DerivationError(f"{name} is tagged by both {tag['property']!r} and {key!r}")
            if value not in tag["values"]:
                tag["values"] = sorted([*tag["values"], value])
        fallback_ref = {"$ref": SCHEMA_REF + fallback}
        if fallback_ref not in members:
            members.append(fallback_ref)
    schemas[fallback] = {
        "type": "object",
        "title": fallback,
        "description": "An object of a kind this client does not know yet (a newer server's run type or block "
        "type), with all its fields kept as they came.",
        "additionalProperties": True,
    }


def _subschemas(schema: JSON) -> Iterator[JSON]:
    """The schemas directly inside `schema` (not examples or defaults, which may look like schemas)."""
    for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
        yield from (member for member in schema.get(key, []) if isinstance(member, dict))
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), dict):
            yield schema[key]
    yield from (member for member in schema.get("properties", {}).values() if isinstance(member, dict))


def _free_form_objects_as_any(document: JSON) -> None:
    """Drop `type: object` from inline objects that declare no properties (`output`, `parameters`, ...).

    The generator makes a class of every `type: object` (`TaskRunResponseOutputType0`, a wrapper
    around a dict), where the reference promises a plain `dict`; without `type` it passes the JSON
    value through untouched. The wire is unchanged: `additionalProperties` (true, or the type of the
    values) stays as documentation. Named component schemas (`Unrecognized`) stay classes.
    """

    def visit(schema: JSON, named: bool) -> None:
        free_form = (
            schema.get("type") == "object"
            and not schema.get("properties")
            and not any(key in schema for key in ("allOf", "anyOf", "oneOf", "patternProperties"))
            and not any("$ref" in obj for obj in _walk(schema.get("additionalProperties")))
        )
        if free_form and not named:
            del schema["type"]
            schema.setdefault("additionalProperties", True)  # what an absent one means; marks it an object
        for member in _subschemas(schema):
            visit(member, named=False)

    for schema in document["components"]["schemas"].values():
        visit(schema, named=True)
    for obj in list(_walk(document["paths"])):
        if isinstance(obj.get("schema"), dict):
            visit(obj["schema"], named=False)


def _reachable_schemas(document: JSON) -> set[str]:
    schemas = document["components"]["schemas"]
    seen: set[str] = set()
    stack = [document["paths"]]
    while stack:
        node = stack.pop()
        for obj in _walk(node):
            ref = obj.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
                name = ref[len(SCHEMA_REF) :]
                if name not in seen:
                    if name not in schemas:
                        raise DerivationError(f"reference to a missing schema {name!r}")
                    seen.add(name)
                    stack.append(schemas[name])
    return seen


def derive(upstream: Mapping[str, Any], overrides: Mapping[str, Any]) -> tuple[JSON, list[str]]:
    """Return the derived document and warnings (fixes that did not apply to this upstream)."""
    document: JSON = copy.deepcopy(dict(upstream))
    warnings: list[str] = []
    _rename_schemas(document, overrides.get("schema_renames", {}))
    skipped = _patch_schemas(document, list(overrides.get("schema_patches", [])))
    warnings += [f"schema patch at {at!r} found nothing to patch" for at in skipped]

    found = _find_operations(document)
    added = overrides.get("added_operations", {})
    security = overrides["security"]
    errors = overrides["errors"]
    dropped_headers = {h.lower() for h in security["drop_header_parameters"]}

    paths: dict[str, dict[str, Any]] = {}
    for tag, names in overrides["operations"].items():
        for name in names:
            if name in found:
                method, path, upstream_op = found[name]
                op = copy.deepcopy(upstream_op)
            elif name in added:
                method, path = added[name]["method"], added[name]["path"]
                op = copy.deepcopy(added[name]["operation"])
                warnings.append(f"{name}: not in the upstream document; added as {method.upper()} {path}")
            else:
                raise DerivationError(f"operation {name!r} is not in the upstream document")
            op = {k: v for k, v in op.items() if not k.startswith("x-")}
            op["operationId"] = name
            op["tags"] = [tag]
            params = [
                p
                for p in op.get("parameters", [])
                if not (p.get("in") == "header" and str(p.get("name", "")).lower() in dropped_headers)
            ]
            if params:
                op["parameters"] = params
            else:
                op.pop("parameters", None)
            responses = op.setdefault("responses", {})
            wanted = list(errors["everywhere"])
            if any(p.get("in") == "path" for p in params):
                wanted += errors["with_path_parameters"]
            if params or "requestBody" in op:
                wanted += errors["with_input"]
            wanted += errors.get("only", {}).get(name, [])
            for status in wanted:
                response = responses.get(status)
                if response is None or "content" not in response:
                    merged = _error_response(status, errors["schema"])
                    if response and response.get("description"):
                        merged["description"] = response["description"]
                    responses[status] = merged
            op["responses"] = dict(sorted(responses.items(), key=lambda item: item[0]))
            paths.setdefault(path, {})[method] = op

    components = document["components"]
    components["schemas"][errors["schema"]] = copy.deepcopy(ERROR_RESPONSE_SCHEMA)
    scope = {"paths": paths, "components": components}
    if overrides.get("free_form_objects") == "any":
        _free_form_objects_as_any(scope)
    _open_tagged_unions(scope, _reachable_schemas(scope), overrides["open_unions"]["fallback"])
    derived: JSON = {
        "openapi": document.get("openapi", "3.1.0"),
        "info": {
            "title": overrides["title"],
            "version": str(document.get("info", {}).get("version", "unknown")),
            "description": "Derived by `python -m tools.regen` from the Skyvern server's OpenAPI document and "
            "tools/overrides.yaml. Do not edit by hand.",
        },
        "paths": paths,
        "components": {
            "schemas": {},
            "securitySchemes": {security["scheme"]: {"type": "apiKey", "in": "header", "name": security["header"]}},
        },
        "security": [{security["scheme"]: []}],
    }
    reachable = _reachable_schemas(scope)
    derived["components"]["schemas"] = {name: components["schemas"][name] for name in sorted(reachable)}
    return derived, warnings


class _Dumper(yaml.SafeDumper):
    """Block style, no aliases: a diff of openapi.yaml reads like a diff of the API."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_presenter)


def dump(document: Mapping[str, Any]) -> str:
    header = "# Generated by `python -m tools.regen` from the upstream document; edit tools/overrides.yaml instead.\n"
    body = yaml.dump(dict(document), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return header + body
