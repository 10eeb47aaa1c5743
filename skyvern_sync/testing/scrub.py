"""What never reaches a cassette: API keys, passwords, usernames, TOTP codes and secrets, cookies, JWTs, local paths.

The same functions run on every request before it is matched during replay, so a test that sends a real
password matches the recording that holds `<PASSWORD>`.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from typing import Any

from skyvern_sync.redaction import RULE

SECRET_HEADERS: Mapping[str, str] = {
    "x-api-key": "<API_KEY>",
    "authorization": "<AUTHORIZATION>",
    "proxy-authorization": "<AUTHORIZATION>",
    "cookie": "<COOKIE>",
    "set-cookie": "<COOKIE>",
    "x-skyvern-signature": "<SIGNATURE>",
}

# Which JSON field's value a cassette hides, and the placeholder it holds instead, is the secret rule of
# tools/overrides.yaml `secret_fields` (with its cassette-only personal data).


JWT = re.compile(r"eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*")
FILE_URL = re.compile(r"file://(/[^\s\"'<>]*)")


def _local_roots() -> list[tuple[str, str]]:
    roots = [
        (os.getcwd(), "/CWD"),
        (os.path.expanduser("~"), "/HOME"),
        (tempfile.gettempdir(), "/TMP"),
    ]
    # longest first, so a temp dir under the home dir is named as the temp dir
    return sorted(((path, name) for path, name in roots if path not in ("", "/")), key=lambda r: -len(r[0]))


class Scrubber:
    """Replaces secrets in requests and responses; `secrets` maps a placeholder to a literal value to hide."""

    def __init__(self, secrets: Mapping[str, str] | None = None) -> None:
        self._literals: list[tuple[str, str]] = []
        self._roots = _local_roots()
        for placeholder, value in (secrets or {}).items():
            self.add(placeholder, value)

    def add(self, placeholder: str, value: str | None) -> None:
        if value:
            self._literals.append((value, placeholder))
            # longest first, so a secret that contains another is replaced whole
            self._literals.sort(key=lambda pair: -len(pair[0]))

    # -- text and JSON ---------------------------------------------------------------------

    def text(self, value: str) -> str:
        for literal, placeholder in self._literals:
            value = value.replace(literal, placeholder)
        value = JWT.sub("<JWT>", value)
        return FILE_URL.sub(lambda match: "file://" + self._path(match.group(1)), value)

    def _path(self, path: str) -> str:
        for root, name in self._roots:
            if path == root or path.startswith(root.rstrip("/") + "/"):
                return name + path[len(root.rstrip("/")) :]
        return "/LOCAL/" + path.rsplit("/", 1)[-1]

    def json(self, value: Any) -> Any:
        """A JSON value with each secret field's value replaced by its placeholder and other text scrubbed."""
        return RULE.walk(value, _placeholder_of, self.text, cassette=True)

    def body(self, body: bytes | str | None, content_type: str) -> bytes | str | None:
        """A body with secrets replaced; JSON is rewritten compactly, other text is scrubbed as text."""
        if not body:
            return body
        raw = body.decode("utf-8", "surrogateescape") if isinstance(body, bytes) else body
        if "json" in content_type:
            try:
                scrubbed = json.dumps(self.json(json.loads(raw)), separators=(",", ":"), ensure_ascii=False)
            except ValueError:
                scrubbed = self.text(raw)
        elif content_type.startswith(("text/", "application/x-www-form-urlencoded", "multipart/")) or _is_text(body):
            scrubbed = self.text(raw)
        else:
            return body
        return scrubbed.encode("utf-8", "surrogateescape") if isinstance(body, bytes) else scrubbed

    def headers(self, headers: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in headers.items():
            placeholder = SECRET_HEADERS.get(name.lower())
            if placeholder is not None:
                out[name] = [placeholder] if isinstance(value, list) else placeholder
            elif isinstance(value, list):
                out[name] = [self.text(str(item)) for item in value]
            else:
                out[name] = self.text(str(value))
        return out

    # -- vcrpy hooks -----------------------------------------------------------------------

    def learn(self, headers: Mapping[str, Any], body: bytes | str | None) -> None:
        """Take the secrets a request carries (header values, a body's passwords and codes) as literals, so
        that a response echoing them is scrubbed too."""
        for name, value in headers.items():
            placeholder = SECRET_HEADERS.get(name.lower())
            if placeholder is not None:
                for item in value if isinstance(value, list) else [value]:
                    self.add(placeholder, str(item))
        if not body:
            return
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            return
        for value, placeholder in RULE.values(data, cassette=True):
            if len(value) >= 4:
                self.add(placeholder, value)

    def request(self, request: Any) -> Any:
        """vcrpy `before_record_request`: vcrpy hands us a copy, so editing it in place is safe."""
        self.learn(dict(request.headers), request.body)
        request.uri = self.text(request.uri)
        headers = self.headers(dict(request.headers))
        for name, value in headers.items():
            request.headers[name] = value
        request.body = self.body(request.body, _content_type(headers))
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        """vcrpy `before_record_response` (a deep copy of the response dict)."""
        headers = {name: list(values) for name, values in response.get("headers", {}).items()}
        response["headers"] = self.headers(headers)
        body = response.get("body", {})
        body["string"] = self.body(body.get("string"), _content_type(headers))
        for name in response["headers"]:
            if name.lower() == "content-length" and isinstance(body["string"], bytes | str):
                # a scrubbed body has another length; a stale one would make replay read a truncated body
                response["headers"][name] = [str(len(_as_bytes(body["string"])))]
        return response


def _placeholder_of(value: str, placeholder: str) -> str:
    return placeholder


def _as_bytes(body: bytes | str) -> bytes:
    return body if isinstance(body, bytes) else body.encode("utf-8", "surrogateescape")


def _content_type(headers: Mapping[str, Any]) -> str:
    for name, value in headers.items():
        if name.lower() == "content-type":
            return str(value[0] if isinstance(value, list) and value else value).lower()
    return ""


def _is_text(body: bytes | str) -> bool:
    if isinstance(body, str):
        return True
    try:
        return "\x00" not in body.decode("utf-8")
    except UnicodeDecodeError:
        return False


def find_secrets(text: str, literals: Iterable[str] = ()) -> list[str]:
    """What the secret scan reports in a cassette's text: JWTs, unscrubbed headers/fields, local paths, literals."""
    found = [f"JWT {match.group(0)[:12]}..." for match in JWT.finditer(text)]
    for literal in literals:
        if literal and literal in text:
            found.append(f"a known secret ({len(literal)} characters)")
    for match in FILE_URL.finditer(text):
        if not match.group(1).startswith(("/CWD", "/HOME", "/TMP", "/LOCAL/")):
            found.append(f"local path {match.group(0)[:60]}")
    found += [f"field {name} not scrubbed" for name, value in _fields(text) if value and not _is_placeholder(value)]
    return found


# a JSON string field, as it reads in a body or in a YAML or notebook file that quotes one
STRING_FIELD = re.compile(r'"([^"\\]+)":\s*"((?:[^"\\]|\\.)*)"')


def _fields(text: str) -> list[tuple[str, str]]:
    """(what, value) of every secret string field in `text`: walked when it is JSON (a TOTP object's code is
    known as such), else read field by field (outside any object, so by name and suffix only)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return [(repr(key), value) for key, value in STRING_FIELD.findall(text) if RULE.cassette_placeholder(key)]
    return [(f"for {placeholder}", value) for value, placeholder in RULE.values(data, cassette=True)]


def _is_placeholder(value: str) -> bool:
    return value.startswith("<") and value.endswith(">")
