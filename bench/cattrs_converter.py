"""A cattrs converter into the same generated models, configured once: the alternative to the generated from_dict.

The speed issue asked for both to be measured: `structure(data, list[Workflow])` here against
`[Workflow.from_dict(d) ...]`. The converter is given every advantage: it validates less (scalar and free-form
unions pass through unchecked, str fields are not type-checked, unknown fields are dropped rather than kept in
`additional_properties`), and tagged unions dispatch on the same tag tables openapi.yaml's `x-tag` gives.
"""

from __future__ import annotations

import datetime
import importlib
import types
import typing
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import yaml
from skyvern_generated import models

OPENAPI = Path(__file__).resolve().parent.parent / "openapi.yaml"


def available() -> bool:
    try:
        importlib.import_module("cattrs")
    except ImportError:
        return False
    return True


@cache
def converter() -> Any:
    """One cattrs.Converter for every generated model (built on first use: resolving their types takes a while)."""
    import cattrs

    schemas = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))["components"]["schemas"]
    tagged = {name: schema["x-tag"] for name, schema in schemas.items() if "x-tag" in schema}
    fallbacks = {name for name, schema in schemas.items() if "x-fallback" in schema}
    conv = cattrs.Converter(detailed_validation=False, forbid_extra_keys=False)
    conv.register_structure_hook(datetime.datetime, lambda value, _: datetime.datetime.fromisoformat(value))
    conv.register_structure_hook(typing.Any, lambda value, _: value)

    def is_union(kind: Any) -> bool:
        return typing.get_origin(kind) in (typing.Union, types.UnionType)

    def union_hook(kind: Any) -> Callable[[Any, Any], Any]:
        members = typing.get_args(kind)
        optional = type(None) in members
        classes = [member for member in members if attrs.has(member)]
        table: dict[Any, Any] = {}
        key = ""
        fallback = next((cls for cls in classes if cls.__name__ in fallbacks), None)
        for cls in classes:
            tag = tagged.get(cls.__name__)
            if tag is not None:
                key = tag["property"]
                table.update(dict.fromkeys(tag["values"], cls))
        if table:

            def dispatch(value: Any, _: Any) -> Any:
                if value is None and optional:
                    return None
                target: Any = table.get(value.get(key), fallback)
                return conv.structure(value, target)

            return dispatch
        if len(classes) == 1 and len([m for m in members if m is not type(None)]) == 1:
            (only,) = classes
            return lambda value, _: None if value is None else conv.structure(value, only)
        return lambda value, _: value  # free-form JSON and scalar unions: passed through

    conv.register_structure_hook_factory(is_union, union_hook)
    for name in models.__all__:
        cls = getattr(models, name)
        if attrs.has(cls):
            attrs.resolve_types(cls, globalns=vars(importlib.import_module(cls.__module__)))
    return conv


def structure_workflows(data: list[Any]) -> list[Any]:
    return list(converter().structure(data, list[models.Workflow]))
