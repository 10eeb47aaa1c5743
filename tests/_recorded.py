"""Real response bodies for tests, read from the cassettes the scenario suite recorded (cassettes/**/*.yaml).

The cassettes are the one record of what the real server answered: a test that needs a real body looks
one up by operation and what the body shows, e.g.

    recorded_body("get_run", where=lambda body: body["status"] == "completed" and body["run_type"] == "task_v1")

so no body is written by hand and no second capture can drift from the cassettes. A lookup that no
recorded answer satisfies fails and says so, so that a re-recording that lost a case is noticed.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import re
from collections.abc import Callable
from copy import deepcopy
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"


@dataclasses.dataclass(frozen=True)
class Recorded:
    """One recorded answer: where it is, which operation it answered, its status and its JSON body."""

    cassette: Path
    index: int
    operation: str
    status: int
    body: Any

    @property
    def id(self) -> str:
        return f"{self.cassette.stem}#{self.index} {self.operation}"

    def copy(self) -> Recorded:
        """This answer with a copy of its body, which a test is free to change."""
        return dataclasses.replace(self, body=deepcopy(self.body))


def interactions(cassette: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    return list(data.get("interactions", []))


@cache
def openapi() -> dict[str, Any]:
    return dict(yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8")))


@cache
def routes() -> list[tuple[str, re.Pattern[str], str]]:
    found = []
    for template, item in openapi()["paths"].items():
        pattern = re.compile("^" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(template)) + "$")
        for method, operation in item.items():
            found.append((method.upper(), pattern, operation["operationId"]))
    return found


def operation_of(method: str, uri: str) -> str:
    path = re.sub(r"^[a-z]+://[^/]+", "", uri).split("?")[0]
    for route_method, pattern, operation_id in routes():
        if route_method == method.upper() and pattern.match(path):
            return operation_id
    raise LookupError(f"{method} {path} is no operation of openapi.yaml")


def body_of(response: dict[str, Any]) -> Any:
    text = response["body"]["string"]
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    return json.loads(text) if text else None


@cache
def _every_answer() -> tuple[Recorded, ...]:
    return tuple(
        Recorded(
            cassette,
            index,
            operation_of(interaction["request"]["method"], interaction["request"]["uri"]),
            interaction["response"]["status"]["code"],
            body_of(interaction["response"]),
        )
        for cassette in sorted(CASSETTES.rglob("*.yaml"))
        for index, interaction in enumerate(interactions(cassette))
    )


def recorded_answers() -> list[Recorded]:
    """Every recorded answer of every cassette, in cassette and interaction order (bodies are copies)."""
    return [answer.copy() for answer in _every_answer()]


def recorded(
    operation: str, where: Callable[[Any], bool] = lambda body: True, *, status: int | None = None
) -> Recorded:
    """The first recorded answer to `operation` with `status` (default: any 2xx) whose body satisfies `where`."""
    candidates = [
        answer
        for answer in _every_answer()
        if answer.operation == operation and (200 <= answer.status < 300 if status is None else answer.status == status)
    ]
    for answer in candidates:
        if where(answer.body):
            return answer.copy()
    try:
        condition = inspect.getsource(where).strip()
    except (OSError, TypeError):
        condition = repr(where)
    raise LookupError(
        f"none of the {len(candidates)} recorded {status or '2xx'} answers to {operation} in {CASSETTES} "
        f"satisfies: {condition}\n(did a re-recording lose this case? re-record it, or change what the test needs)"
    )


def recorded_body(
    operation: str, where: Callable[[Any], bool] = lambda body: True, *, status: int | None = None
) -> Any:
    """The body of `recorded(operation, where, status=status)`: a copy, free to change."""
    return recorded(operation, where, status=status).body
