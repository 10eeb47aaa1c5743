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


OPERATION_KINDS = ("read", "change", "create", "start")


def operation_table(overrides: Mapping[str, Any]) -> dict[str, JSON]:
    """The operation table of overrides.yaml: name -> {group, kind, wire_names, client, idempotency_key}, in
    declared order.

    `client` is where the client serves it: the method name, or `<sub-client>.<method>` (`schedules.get`).
    `idempotency_key`: the header that makes a resend harmless (`Idempotency-Key`), or None.
    """
    table: dict[str, JSON] = {}
    for group, entries in overrides["operations"].items():
        for name, entry in entries.items():
            kind = entry.get("kind")
            if kind not in OPERATION_KINDS:
                raise DerivationError(f"operation {name!r}: kind must be one of {OPERATION_KINDS}, got {kind!r}")
            if name in table:
                raise DerivationError(f"operation {name!r} is declared twice")
            table[name] = {
                "group": group,
                "kind": kind,
                "wire_names": dict(entry.get("wire_names") or {}),
                "client": str(entry.get("client", name)),
                "paging": dict(entry.get("paging") or {}),
                "idempotency_key": entry.get("idempotency_key"),
            }
    return table


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
    """Upstream operations by SDK method name -> (method, path, operation).

    The name is `x-fern-sdk-method-name` where the document gives one. Skyvern 1.0.56 leaves it off twelve
    operations (the schedules, `run_script`, `get_artifact_content`, `reset_workflow_browser_profile`); their
    name is the operationId up to FastAPI's `_v1_<path>_<method>` suffix, which is also what the official
    client calls them. A Fern name wins over an operationId that happens to read the same.
    """
    named: dict[str, tuple[str, str, JSON]] = {}
    unnamed: dict[str, tuple[str, str, JSON]] = {}
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            if op.get("x-fern-sdk-method-name"):
                named.setdefault(str(op["x-fern-sdk-method-name"]), (method, path, op))
            elif op.get("operationId"):
                unnamed.setdefault(str(op["operationId"]).split("_v1_")[0], (method, path, op))
    return {**unnamed, **named}


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


def _camel_words(name: str) -> list[str]:
    return re.findall(r"[A-Z]+(?=[A-Z][a-z]|\b|[0-9_])|[A-Z]?[a-z0-9]+|[A-Z]+", name)


def _common_suffix(names: list[str]) -> str:
    """The longest run of CamelCase words every name ends with: `Block` for TaskBlock and CodeBlock."""
    split = [_camel_words(name) for name in names]
    common: list[str] = []
    for words in zip(*(list(reversed(w)) for w in split), strict=False):
        if len(set(words)) != 1:
            break
        common.insert(0, words[0])
    return "".join(common)


def _without_annotations(schema: Any) -> Any:
    """A schema without what only documents it (title, description, examples, default)."""
    if isinstance(schema, dict):
        return {key: _without_annotations(value) for key, value in schema.items() if key not in ANNOTATIONS}
    if isinstance(schema, list):
        return [_without_annotations(item) for item in schema]
    return schema


def _fallback_schema(name: str, key: str, members: list[str], schemas: JSON) -> JSON:
    """The fields every member declares alike, typed; the tag itself as an open string."""
    member_schemas = [schemas[member] for member in members]
    first = member_schemas[0]
    properties: dict[str, Any] = {}
    for prop, prop_schema in first.get("properties", {}).items():
        if prop == key:
            properties[prop] = {"type": "string", "description": f"The {key} this client does not know yet."}
            continue
        shape = _without_annotations(prop_schema)
        if all(_without_annotations(m.get("properties", {}).get(prop)) == shape for m in member_schemas[1:]):
            properties[prop] = copy.deepcopy(prop_schema)
    required = [
        prop
        for prop in first.get("required", [])
        if prop in properties and all(prop in m.get("required", []) for m in member_schemas[1:])
    ]
    schema: JSON = {
        "type": "object",
        "title": name,
        "description": f"An object whose {key} this client does not know yet (from a newer server): the fields "
        f"every one of {', '.join(members)} has, typed; every other field is kept in `additional_properties`.",
        "properties": properties,
        "additionalProperties": True,
        "x-fallback": {"property": key, "members": members},
    }
    if required:
        schema["required"] = sorted(required, key=list(properties).index)
    return schema


def _open_tagged_unions(document: JSON, reachable: set[str], prefix: str) -> None:
    """Make every discriminated union dispatch on its tag and keep tags it does not know.

    The generator drops `discriminator`, tries each member in turn (slow, and wrong once enums are
    open) and fails on a member it does not know. Each member schema gets `x-tag` (the property and
    the values that select it, from the upstream mapping) for tools/templates, and the union gets a
    last member, its fallback (`_fallback_schema`), that keeps a newer server's object.
    """
    schemas = document["components"]["schemas"]
    fallbacks: dict[str, JSON] = {}
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
        names = [str(m["$ref"])[len(SCHEMA_REF) :] for m in members if "$ref" in m]
        names = [name for name in names if "x-fallback" not in schemas.get(name, fallbacks.get(name, {}))]
        suffix = _common_suffix(names) or "".join(word.capitalize() for word in key.split("_"))
        fallback = prefix + suffix
        schema = _fallback_schema(fallback, key, names, schemas)
        if fallbacks.setdefault(fallback, schema) != schema:
            raise DerivationError(f"two unions would share the fallback {fallback!r} with different fields")
        fallback_ref = {"$ref": SCHEMA_REF + fallback}
        if fallback_ref not in members:
            members.append(fallback_ref)
    for name, schema in fallbacks.items():
        if name in schemas:
            raise DerivationError(f"the fallback {name!r} clashes with an upstream schema")
        schemas[name] = schema


ANNOTATIONS = ("title", "description", "default", "examples", "example", "deprecated")


def _free_form_objects_as_refs(document: JSON, kinds: Mapping[str, Mapping[str, str]]) -> None:
    """Make inline objects that declare no properties (`output`, `parameters`, headers) named free-form types.

    The generator makes a class of every `type: object` (`TaskRunResponseOutputType0`, a wrapper around
    a dict), where the reference promises a plain `dict`. Each such object becomes a reference to one
    named schema per kind of value (`JsonObject`, `StringMap`), marked `x-python-type`, which the model
    template renders as a type alias and parses by checking the JSON type. The wire is unchanged.
    """
    by_values = {str(kind["values"]): name for name, kind in kinds.items()}

    def kind_of(schema: JSON) -> str | None:
        if schema.get("type") != "object" or schema.get("properties"):
            return None
        if any(key in schema for key in ("allOf", "anyOf", "oneOf", "patternProperties")):
            return None
        values = schema.get("additionalProperties", True)
        if values is True or values == {}:
            label = "any"
        elif isinstance(values, dict) and set(values) == {"type"}:
            label = str(values["type"])
        else:
            return None  # a map of models (`{"$ref": ...}` values) stays a generated class with typed values
        if label not in by_values:
            raise DerivationError(f"a free-form object with {label} values has no free_form_objects entry")
        return by_values[label]

    def rewrite(schema: JSON) -> JSON:
        for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
            if isinstance(schema.get(key), list):
                schema[key] = [rewrite(m) if isinstance(m, dict) else m for m in schema[key]]
        for key in ("items", "additionalProperties", "not"):
            if isinstance(schema.get(key), dict):
                schema[key] = rewrite(schema[key])
        if isinstance(schema.get("properties"), dict):
            schema["properties"] = {
                k: rewrite(v) if isinstance(v, dict) else v for k, v in schema["properties"].items()
            }
        name = kind_of(schema)
        if name is None:
            return schema
        ref = {"$ref": SCHEMA_REF + name}
        notes = {key: schema[key] for key in ANNOTATIONS if key in schema}
        # a lone reference would lose the description the docstrings are made of; a one-member anyOf keeps it
        return {"anyOf": [ref], **notes} if notes else ref

    schemas = document["components"]["schemas"]
    for name, schema in list(schemas.items()):
        # a named schema stays what it is (a class); only what is inside it is rewritten
        if kind_of(schema) is not None:
            continue
        schemas[name] = rewrite(schema)
    for obj in list(_walk(document["paths"])):
        if isinstance(obj.get("schema"), dict):
            obj["schema"] = rewrite(obj["schema"])
    for name, kind in kinds.items():
        values: Any = True if kind["values"] == "any" else {"type": kind["values"]}
        schemas[name] = {
            "type": "object",
            "title": name,
            "description": f"Free-form JSON: an object with {'any values' if values is True else 'string values'}.",
            "additionalProperties": values,
            "x-python-type": kind["python"],
        }


def _mark_secrets(schemas: JSON, declaration: Mapping[str, Any]) -> None:
    """`x-secret: true` on every field the secret rule hides (overrides.yaml `secret_fields`, the rule the
    runtime applies): the model repr hides its value."""
    from skyvern_sync.redaction import SecretRule

    rule = SecretRule.from_declaration(declaration)
    for schema in schemas.values():
        properties = schema.get("properties", {})
        totp = rule.in_totp_object(properties)
        for prop, prop_schema in properties.items():
            if rule.is_secret(prop, totp) and isinstance(prop_schema, dict):
                prop_schema["x-secret"] = True


def _name_enum_members(schemas: JSON, names: Mapping[str, Mapping[str, str]]) -> list[str]:
    """`x-enum-varnames` for the enums overrides.yaml names; returns the enums it did not find."""
    missing = []
    for enum_name, chosen in names.items():
        schema = schemas.get(enum_name)
        if not isinstance(schema, dict) or "enum" not in schema:
            missing.append(enum_name)
            continue
        schema["x-enum-varnames"] = [chosen.get(str(value), re.sub(r"\W", "_", str(value))) for value in schema["enum"]]
    return missing


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


def derive(
    upstream: Mapping[str, Any], overrides: Mapping[str, Any], *, absent_ok: bool = False
) -> tuple[JSON, list[str]]:
    """Return the derived document and warnings (fixes that did not apply to this upstream).

    An operation of the table the upstream document lacks is an error, unless `absent_ok` (an older document,
    the baseline of a change report, which did not serve it yet): then it is left out with a warning.
    """
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
    for name, entry in operation_table(overrides).items():
        tag = entry["group"]
        if name in found:
            method, path, upstream_op = found[name]
            op = copy.deepcopy(upstream_op)
        elif name in added:
            method, path = added[name]["method"], added[name]["path"]
            op = copy.deepcopy(added[name]["operation"])
            warnings.append(f"{name}: not in the upstream document; added as {method.upper()} {path}")
        elif absent_ok:
            warnings.append(f"{name}: not in the upstream document; left out")
            continue
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
        for status in errors.get("plain_detail", {}).get(name, []):
            content = responses[status]["content"]["application/json"]
            either = [content["schema"], {"$ref": SCHEMA_REF + errors["schema"]}]
            content["schema"] = {"anyOf": either} if either[0] != either[1] else either[0]
        for status in overrides.get("raw_bodies", {}).get(name, []):
            if status not in responses:
                raise DerivationError(f"raw_bodies: {name} has no {status} response")
            responses[status]["content"] = {"application/octet-stream": {"schema": {}}}
        op["responses"] = dict(sorted(responses.items(), key=lambda item: item[0]))
        paths.setdefault(path, {})[method] = op

    components = document["components"]
    components["schemas"][errors["schema"]] = copy.deepcopy(ERROR_RESPONSE_SCHEMA)
    scope = {"paths": paths, "components": components}
    _free_form_objects_as_refs(scope, overrides.get("free_form_objects", {}))
    _open_tagged_unions(scope, _reachable_schemas(scope), overrides["open_unions"]["fallback_prefix"])
    _mark_secrets(components["schemas"], overrides["secret_fields"])
    for name, aliases in overrides.get("field_aliases", {}).items():
        schema = components["schemas"].get(name)
        if not isinstance(schema, dict) or any(wire not in schema.get("properties", {}) for wire in aliases.values()):
            raise DerivationError(f"field_aliases: {name} has no field {sorted(aliases.values())}")
        schema["x-aliases"] = dict(aliases)
    unnamed = _name_enum_members(components["schemas"], overrides.get("enum_member_names", {}))
    warnings += [f"enum_member_names: no enum {name!r} in the upstream document" for name in unnamed]
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
