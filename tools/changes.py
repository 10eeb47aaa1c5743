"""A change report between two derived documents, for the covered surface only.

Operations are matched by operation id (the SDK method name), so an operation whose path moved
is reported as moved, not as one removed and one added. Schemas are compared field by field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tools.spec import HTTP_METHODS, SCHEMA_REF

JSON = Mapping[str, Any]


def operations(document: JSON) -> dict[str, tuple[str, str, JSON]]:
    """The document's operations by operationId -> (METHOD, path, operation)."""
    found: dict[str, tuple[str, str, JSON]] = {}
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                found[str(op["operationId"])] = (method.upper(), path, op)
    return found


def type_of(schema: Any) -> str:
    """A short, comparable rendering of a schema's type: `string | null`, `list[Artifact]`."""
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        return str(schema["$ref"]).removeprefix(SCHEMA_REF)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            return " | ".join(sorted({type_of(member) for member in schema[key]}))
    if "const" in schema:
        return f"const {schema['const']!r}"
    kind = schema.get("type")
    if isinstance(kind, list):
        return " | ".join(sorted(str(k) for k in kind))
    if kind == "array":
        return f"list[{type_of(schema.get('items'))}]"
    if kind == "object" and "properties" not in schema:
        return "object"
    if kind is None:
        return "any"
    fmt = schema.get("format")
    return f"{kind}({fmt})" if fmt else str(kind)


def _enum_values(schema: Any) -> set[str]:
    if not isinstance(schema, dict):
        return set()
    values = {str(v) for v in schema.get("enum", [])}
    for key in ("anyOf", "oneOf"):
        for member in schema.get(key, []):
            if isinstance(member, dict) and "$ref" not in member:
                values |= _enum_values(member)
    return values


def _params(op: JSON) -> dict[str, str]:
    return {f"{p['in']} {p['name']}": type_of(p.get("schema")) for p in op.get("parameters", [])}


def _body(op: JSON) -> str:
    content = op.get("requestBody", {}).get("content", {})
    return ", ".join(f"{kind}: {type_of(body.get('schema'))}" for kind, body in sorted(content.items())) or "none"


def _success(op: JSON) -> str:
    for status, response in sorted(op.get("responses", {}).items()):
        if str(status).startswith("2"):
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            return f"{status} {type_of(schema) if schema is not None else 'no body'}"
    return "none"


def report(old: JSON, new: JSON) -> list[str]:
    """Lines describing what changed from `old` to `new`; empty when nothing did."""
    lines: list[str] = []
    old_ops, new_ops = operations(old), operations(new)
    for name in sorted(new_ops.keys() - old_ops.keys()):
        method, path, _ = new_ops[name]
        lines.append(f"operation added: {name} {method} {path}")
    for name in sorted(old_ops.keys() - new_ops.keys()):
        method, path, _ = old_ops[name]
        lines.append(f"operation removed: {name} {method} {path}")
    for name in sorted(old_ops.keys() & new_ops.keys()):
        (om, opath, oop), (nm, npath, nop) = old_ops[name], new_ops[name]
        if (om, opath) != (nm, npath):
            lines.append(f"operation moved: {name} {om} {opath} -> {nm} {npath}")
        oparams, nparams = _params(oop), _params(nop)
        for param in sorted(nparams.keys() - oparams.keys()):
            lines.append(f"parameter added: {name} {param}: {nparams[param]}")
        for param in sorted(oparams.keys() - nparams.keys()):
            lines.append(f"parameter removed: {name} {param}")
        for param in sorted(oparams.keys() & nparams.keys()):
            if oparams[param] != nparams[param]:
                lines.append(f"parameter retyped: {name} {param}: {oparams[param]} -> {nparams[param]}")
        if _body(oop) != _body(nop):
            lines.append(f"request body changed: {name}: {_body(oop)} -> {_body(nop)}")
        if _success(oop) != _success(nop):
            lines.append(f"response changed: {name}: {_success(oop)} -> {_success(nop)}")

    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    for name in sorted(new_schemas.keys() - old_schemas.keys()):
        lines.append(f"schema added: {name}")
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        lines.append(f"schema removed: {name}")
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        lines += _schema_changes(name, old_schemas[name], new_schemas[name])
    return lines


def _schema_changes(name: str, old: JSON, new: JSON) -> list[str]:
    lines: list[str] = []
    added_values = sorted(_enum_values(new) - _enum_values(old))
    removed_values = sorted(_enum_values(old) - _enum_values(new))
    if added_values:
        lines.append(f"enum values added: {name}: {', '.join(added_values)}")
    if removed_values:
        lines.append(f"enum values removed: {name}: {', '.join(removed_values)}")
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
    for prop in sorted(new_props.keys() - old_props.keys()):
        required = " (required)" if prop in new_required else ""
        lines.append(f"field added: {name}.{prop}: {type_of(new_props[prop])}{required}")
    for prop in sorted(old_props.keys() - new_props.keys()):
        lines.append(f"field removed: {name}.{prop}")
    for prop in sorted(old_props.keys() & new_props.keys()):
        before, after = type_of(old_props[prop]), type_of(new_props[prop])
        if before != after:
            lines.append(f"field retyped: {name}.{prop}: {before} -> {after}")
        if (prop in old_required) != (prop in new_required):
            now = "required" if prop in new_required else "optional"
            lines.append(f"field now {now}: {name}.{prop}")
        values_added = sorted(_enum_values(new_props[prop]) - _enum_values(old_props[prop]))
        if values_added:
            lines.append(f"enum values added: {name}.{prop}: {', '.join(values_added)}")
    return lines


# -- what the changes mean for the facade ---------------------------------------------------------------

# parameters of the facade that are about the call, not fields of the request (`timeout` is the wait's
# where there is a `wait_for_completion`, and a field elsewhere: a browser session's minutes)
CALL_PARAMETERS = frozenset({"self", "wait_for_completion", "request_options"})


def _schema_of(document: JSON, schema: Any) -> JSON:
    if isinstance(schema, dict) and "$ref" in schema:
        return dict(
            document.get("components", {}).get("schemas", {}).get(str(schema["$ref"]).removeprefix(SCHEMA_REF), {})
        )
    return schema if isinstance(schema, dict) else {}


def request_fields(document: JSON, op: JSON) -> dict[str, str]:
    """What a request can carry: body fields, query parameters and headers, by wire name -> where."""
    fields = {str(p["name"]): str(p["in"]) for p in op.get("parameters", []) if p.get("in") in ("query", "header")}
    for kind, content in op.get("requestBody", {}).get("content", {}).items():
        body = _schema_of(document, content.get("schema"))
        for name in body.get("properties", {}):
            fields.setdefault(str(name), "multipart" if "multipart" in kind else "body")
    return fields


def _exposed(wire: str, parameters: set[str], wire_names: Mapping[str, str]) -> bool:
    python = wire.lower().replace("-", "_")
    candidates = {wire, python, python.removeprefix("x_")}
    return bool(candidates & parameters) or wire in wire_names.values()


def facade_report(old: JSON, new: JSON, facade: Any, table: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """What a maintainer must touch in the facade: methods whose operation moved, went or changed its request,
    operations without a method, and request fields no method exposes."""
    import inspect

    lines: list[str] = []
    old_ops, new_ops = operations(old), operations(new)
    for name in sorted(old_ops.keys() - new_ops.keys()):
        lines.append(f"facade: Skyvern.{name}: its operation was removed")
    for name in sorted(new_ops.keys()):  # not only the new ones: a method deleted by mistake is missed too
        if not callable(_served_by(facade, table, name)):
            lines.append(f"facade: operation {name} has no method: add Skyvern.{_where(table, name)}")
    for name in sorted(old_ops.keys() & new_ops.keys()):
        (om, opath, oop), (nm, npath, nop) = old_ops[name], new_ops[name]
        if (om, opath) != (nm, npath):
            lines.append(f"facade: Skyvern.{name}: its operation moved: {om} {opath} -> {nm} {npath}")
        old_fields, new_fields = request_fields(old, oop), request_fields(new, nop)
        changed = sorted(set(old_fields) ^ set(new_fields))
        old_body = _schema_of(old, _body_schema(oop))
        new_body = _schema_of(new, _body_schema(nop))
        retyped = sorted(
            prop
            for prop in set(old_body.get("properties", {})) & set(new_body.get("properties", {}))
            if type_of(old_body["properties"][prop]) != type_of(new_body["properties"][prop])
        )
        if changed or retyped:
            parts = [f"{'added' if f in new_fields else 'removed'} {f}" for f in changed] + [
                f"retyped {f}" for f in retyped
            ]
            lines.append(f"facade: Skyvern.{name}: its request changed: {', '.join(parts)}")
    for name, (_, _, op) in sorted(new_ops.items()):
        method = _served_by(facade, table, name)
        if not callable(method):
            continue
        declared = inspect.signature(method).parameters
        parameters = set(declared) - CALL_PARAMETERS
        if "wait_for_completion" in declared:
            parameters.discard("timeout")
        wire_names = table.get(name, {}).get("wire_names", {})
        hidden = sorted(wire for wire in request_fields(new, op) if not _exposed(wire, parameters, wire_names))
        if hidden:
            lines.append(f"facade: Skyvern.{_where(table, name)} does not expose request fields: {', '.join(hidden)}")
    return lines


def _where(table: Mapping[str, Mapping[str, Any]], name: str) -> str:
    return str(table.get(name, {}).get("client", name))


def _served_by(facade: Any, table: Mapping[str, Mapping[str, Any]], name: str) -> Any:
    """The facade's function for an operation: `Skyvern.get_run`, or a sub-client's (`Skyvern.schedules.get`,
    whose class attribute is the sub-client's class)."""
    found = facade
    for part in _where(table, name).split("."):
        found = getattr(found, part, None)
    return found


def _body_schema(op: JSON) -> Any:
    for content in op.get("requestBody", {}).get("content", {}).values():
        return content.get("schema")
    return None
