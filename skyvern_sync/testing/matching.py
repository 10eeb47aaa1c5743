"""How a request finds its recording: method, path, query and JSON body, ignoring values that change per recording.

Host, port and scheme are not compared, so a cassette recorded against one server replays against any base
URL. Ids the server made (`tsk_...`, `wpid_...`), UUIDs and timestamps are compared by shape, not value;
identical-looking requests (a polling sequence) replay in the order they were recorded.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

SKYVERN_ID = re.compile(r"\b(?:[a-z][a-z0-9]*_)+\d{12,}\b")
UUID = re.compile(r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")
TIMESTAMP = re.compile(r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")
BOUNDARY = re.compile(r"boundary=([^\s;]+)")


def normalised_text(value: str) -> str:
    value = SKYVERN_ID.sub(lambda m: m.group(0).rstrip("0123456789") + "<ID>", value)
    value = UUID.sub("<UUID>", value)
    return TIMESTAMP.sub("<TIMESTAMP>", value)


def normalised(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: normalised(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalised(item) for item in value]
    if isinstance(value, str):
        return normalised_text(value)
    return value


def _header(request: Any, name: str) -> str:
    for key, value in request.headers.items():
        if key.lower() == name:
            return str(value)
    return ""


def _body(request: Any) -> Any:
    raw = request.body
    if raw is None or raw in (b"", ""):
        return None
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    content_type = _header(request, "content-type")
    if "json" in content_type:
        try:
            return normalised(json.loads(text))
        except ValueError:
            return text
    boundary = BOUNDARY.search(content_type)
    if boundary:
        # a fresh multipart boundary is drawn for every request
        text = text.replace(boundary.group(1), "<BOUNDARY>")
    return normalised_text(text)


def method(r1: Any, r2: Any) -> None:
    if r1.method.upper() != r2.method.upper():
        raise AssertionError(f"method {r1.method} != {r2.method}")


def path(r1: Any, r2: Any) -> None:
    p1, p2 = normalised_text(urlsplit(r1.uri).path), normalised_text(urlsplit(r2.uri).path)
    if p1 != p2:
        raise AssertionError(f"path {p1} != {p2}")


def query(r1: Any, r2: Any) -> None:
    q1 = sorted((k, normalised_text(v)) for k, v in parse_qsl(urlsplit(r1.uri).query, keep_blank_values=True))
    q2 = sorted((k, normalised_text(v)) for k, v in parse_qsl(urlsplit(r2.uri).query, keep_blank_values=True))
    if q1 != q2:
        raise AssertionError(f"query {q1} != {q2}")


def body(r1: Any, r2: Any) -> None:
    b1, b2 = _body(r1), _body(r2)
    if b1 != b2:
        raise AssertionError(f"body differs:\n  this request: {b1!r:.400}\n  recorded:     {b2!r:.400}")


MATCHERS = {"skyvern_method": method, "skyvern_path": path, "skyvern_query": query, "skyvern_body": body}
MATCH_ON = tuple(MATCHERS)
