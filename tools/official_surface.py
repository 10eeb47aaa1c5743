"""Snapshot the official sync client's surface (`skyvern.client.Skyvern`) into tools/official-surface-<version>.json.

    ~/.cache/realskyvern/venv-1.0.56/bin/python -m tools.official_surface            # write the snapshot
    ~/.cache/realskyvern/venv-1.0.56/bin/python -m tools.official_surface --check    # fail if it differs

It needs the python of a venv with the official SDK (`skyvern`) installed, which the project's own venv has
not: tests/test_official_surface.py reads the committed snapshot instead. The snapshot holds the
constructor's parameters and every method of the client and of its sub-clients (agents, artifacts, schedules,
scripts): each parameter's name, kind, whether it is required and its default, and the names of the
official types (skyvern.client.types, skyvern.client.<sub-client>.types) its annotation and the answer use.
"""

from __future__ import annotations

import argparse
import ast
import enum
import importlib
import inspect
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VERSION = "1.0.56"
SNAPSHOT = ROOT / "tools" / f"official-surface-{VERSION}.json"
SUBCLIENTS = ("agents", "artifacts", "schedules", "scripts")
# the official client marks an optional parameter it leaves out of the request with `OMIT = ...`
OMITTED = {"omitted": True}


def _json_default(value: Any) -> Any:
    """A parameter's default as JSON: enums by value, the official OMIT sentinel as `OMITTED`."""
    if value is Ellipsis:
        return OMITTED
    if isinstance(value, enum.Enum):
        return {"enum": type(value).__name__, "value": value.value}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return {"repr": repr(value)}


def _type_modules() -> list[tuple[str, Any]]:
    names = ["skyvern.client.types", *(f"skyvern.client.{sub}.types" for sub in SUBCLIENTS)]
    found: list[tuple[str, Any]] = []
    for name in names:
        try:
            found.append((name, importlib.import_module(name)))
        except ModuleNotFoundError:  # agents, artifacts and scripts have no types of their own in 1.0.56
            continue
    return found


def _official_types(annotation: Any, modules: list[tuple[str, Any]]) -> list[str]:
    """The official type names an annotation mentions (the SDK's annotations are strings, or print as them)."""
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    names: list[str] = []
    for word in re.findall(r"[A-Za-z_]\w*", text):
        if word in names:
            continue
        if any(word in getattr(module, "__all__", ()) for _, module in modules):
            names.append(word)
    return names


def _written_annotations(function: Any) -> dict[str, str]:
    """Each parameter's annotation as the source writes it (`return` for the answer's).

    The modules without `from __future__ import annotations` resolve theirs at import, and an alias of a
    `Literal` (`SchedulesListAllRequestStatus`) then no longer names itself.
    """
    definition = ast.parse(inspect.cleandoc("\n" + inspect.getsource(function))).body[0]
    assert isinstance(definition, ast.FunctionDef)
    arguments = definition.args
    written = {
        arg.arg: ast.unparse(arg.annotation)
        for arg in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)
        if arg.annotation is not None
    }
    if definition.returns is not None:
        written["return"] = ast.unparse(definition.returns)
    return written


def _parameters(function: Any, modules: list[tuple[str, Any]]) -> list[dict[str, Any]]:
    parameters: list[dict[str, Any]] = []
    written = _written_annotations(function)
    for parameter in list(inspect.signature(function).parameters.values())[1:]:  # without self
        required = parameter.default is inspect.Parameter.empty
        parameters.append(
            {
                "name": parameter.name,
                "kind": parameter.kind.name,
                "required": required,
                **({} if required else {"default": _json_default(parameter.default)}),
                "types": _official_types(written.get(parameter.name, parameter.annotation), modules),
            }
        )
    return parameters


def _methods(owner: type, prefix: str, modules: list[tuple[str, Any]]) -> dict[str, dict[str, Any]]:
    methods: dict[str, dict[str, Any]] = {}
    for name, function in vars(owner).items():
        if name.startswith("_") or not inspect.isfunction(function):
            continue
        methods[prefix + name] = {
            "parameters": _parameters(function, modules),
            "returns": _official_types(
                _written_annotations(function).get("return", inspect.signature(function).return_annotation), modules
            ),
        }
    return methods


def snapshot() -> dict[str, Any]:
    """The official sync client's surface, as the snapshot file holds it."""
    client_module = importlib.import_module("skyvern.client")
    client: type = client_module.Skyvern
    modules = _type_modules()
    methods = _methods(client, "", modules)
    for sub in SUBCLIENTS:
        # the sub-client's class is what the property's getter imports and returns
        sub_module = importlib.import_module(f"skyvern.client.{sub}.client")
        sub_class = next(
            value
            for name, value in vars(sub_module).items()
            if inspect.isclass(value) and name.endswith("Client") and not name.startswith(("Async", "Raw"))
        )
        methods.update(_methods(sub_class, f"{sub}.", modules))
    types_by_module = {
        name: sorted(
            {
                t
                for method in methods.values()
                for t in (*method["returns"], *(t for p in method["parameters"] for t in p["types"]))
                if t in getattr(module, "__all__", ())
            }
        )
        for name, module in modules
    }
    return {
        "sdk": "skyvern",
        "version": importlib.import_module("skyvern.client.version").__version__,
        "client": "skyvern.client.Skyvern",
        "constructor": _parameters(vars(client)["__init__"], modules),
        "subclients": list(SUBCLIENTS),
        "methods": methods,
        "types": types_by_module,
    }


def render(surface: dict[str, Any]) -> str:
    return json.dumps(surface, indent=1, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if the committed snapshot differs")
    parser.add_argument("--out", type=Path, default=SNAPSHOT)
    args = parser.parse_args(argv)
    try:
        text = render(snapshot())
    except ModuleNotFoundError as error:
        print(f"the official SDK is not importable here ({error}): run this with its venv's python", file=sys.stderr)
        return 2
    if args.check:
        if not args.out.exists() or args.out.read_text(encoding="utf-8") != text:
            print(f"{args.out} differs from the installed official SDK: re-run without --check", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    surface = json.loads(text)
    print(f"{args.out}: {len(surface['methods'])} methods, {sum(map(len, surface['types'].values()))} types")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
