"""What a command prints on stdout: one JSON document (the model's to_dict), or a table for people."""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
from collections.abc import Mapping
from typing import IO, Any

# Keys a table shows first, in this order; the rest follow in the model's order.
FIRST = (
    "status",
    "run_id",
    "run_type",
    "title",
    "name",
    "output",
    "failure_reason",
    "step_count",
    "app_url",
    "created_at",
    "finished_at",
)
# Columns of a list's table, after its id column: the first few of these an item has.
COLUMNS = (
    "title",
    "name",
    "status",
    "step_count",
    "type",
    "artifact_type",
    "credential_type",
    "version",
    "failure_reason",
    "created_at",
)
MAX_COLUMNS = 5
MAX_CELL = 60
MAX_VALUE = 100


def jsonable(value: Any) -> Any:
    """The JSON of a result: a model's to_dict (the server's field names, in the schema's order; a field the
    server left null or out is left out), lists and dicts of them, plain values as they are."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def write_json(value: Any, stream: IO[bytes]) -> None:
    """One document, UTF-8 whatever the locale (ensure_ascii off: an extracted name stays readable)."""
    stream.write(json.dumps(jsonable(value), ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
    stream.flush()


def table(value: Any) -> str:
    """A readable table: key/value lines for one object, a row per item for a list (or a dict of runs)."""
    data = jsonable(value)
    if data is None:
        return ""
    if isinstance(data, list):
        return _rows(data)
    if isinstance(data, dict) and data and all(isinstance(item, dict) and "run_id" in item for item in data.values()):
        return _rows(list(data.values()))  # wait-for-runs: {run_id: run}
    if isinstance(data, dict):
        return _pairs(data)
    return _cell(data, MAX_VALUE) + "\n"


def _pairs(data: dict[str, Any]) -> str:
    keys = [key for key in FIRST if key in data] + [key for key in data if key not in FIRST]
    keys = [key for key in keys if data[key] not in (None, [], {})]
    width = max((len(key) for key in keys), default=0)
    return "".join(f"{key:<{width}}  {_cell(data[key], MAX_VALUE)}\n" for key in keys)


def _rows(items: list[Any]) -> str:
    if not items:
        return "(none)\n"
    if not all(isinstance(item, dict) for item in items):
        return "".join(_cell(item, MAX_VALUE) + "\n" for item in items)
    first = items[0]
    ids = [key for key in first if key.endswith("_id") and isinstance(first[key], str)]
    # a workflow's permanent id is the one to act on; its version id (workflow_id) changes with every edit
    ids.sort(key=lambda key: (key != "workflow_permanent_id", key != "run_id"))
    columns = ids[:1] + [key for key in COLUMNS if any(key in item for item in items)]
    if len(columns) < 2:
        columns += [key for key in first if key not in columns and not isinstance(first[key], dict | list)]
    columns = columns[:MAX_COLUMNS]
    # an id is what a reader copies into the next command: never cut (a workflow made with an idempotency key
    # has a 69-character permanent id)
    limits = [sys.maxsize if column in ids else MAX_CELL for column in columns]
    cells = [[_cell(item.get(column), limit) for column, limit in zip(columns, limits, strict=True)] for item in items]
    widths = [max(len(column), *(len(row[index]) for row in cells)) for index, column in enumerate(columns)]
    lines = ["  ".join(text.ljust(width) for text, width in zip(row, widths, strict=True)).rstrip() for row in cells]
    header = "  ".join(column.upper().ljust(width) for column, width in zip(columns, widths, strict=True)).rstrip()
    return "\n".join([header, *lines]) + "\n"


def _cell(value: Any, limit: int) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    text = " ".join(text.split())  # one line per row, whatever the text holds
    return text if len(text) <= limit else text[: limit - 1] + "…"
