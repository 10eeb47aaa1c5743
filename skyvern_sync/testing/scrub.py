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

SECRET_HEADERS: Mapping[str, str] = {
    "x-api-key": "<API_KEY>",
    "authorization": "<AUTHORIZATION>",
    "proxy-authorization": "<AUTHORIZATION>",
    "cookie": "<COOKIE>",
    "set-cookie": "<COOKIE>",
    "x-skyvern-signature": "<SIGNATURE>",
}

# JSON keys whose values are secret wherever they appear (credential bodies, their echoes, login runs).
SECRET_FIELDS: Mapping[str, str] = {
    "password": "<PASSWORD>",
    "username": "<USERNAME>",
    "totp": "<TOTP_SECRET>",
    "secret": "<SECRET>",
    "secret_value": "<SECRET>",
    "client_secret": "<SECRET>",
    "api_key": "<API_KEY>",
    "token": "<TOKEN>",
    "access_token": "<TOKEN>",
    "refresh_token": "<TOKEN>",
    "card_number": "<CARD_NUMBER>",
    "card_cvv": "<CARD_CVV>",
    "card_exp_month": "<CARD_EXP>",
    "card_exp_year": "<CARD_EXP>",
    "card_holder_name": "<CARD_HOLDER>",
    "billing_email": "<BILLING_EMAIL>",
    "billing_phone": "<BILLING_PHONE>",
    # a webhook signature is an HMAC keyed with the API key: whoever has it can forge a replay to the receiver
    "x-skyvern-signature": "<SIGNATURE>",
}

# Inside a TOTP object (request or TOTPCode) `content` is the message holding the code and `code` is the code.
TOTP_MARKERS = frozenset({"totp_identifier", "totp_code_id"})
TOTP_FIELDS: Mapping[str, str] = {"content": "<TOTP_MESSAGE>", "code": "<TOTP_CODE>"}

def _placeholder(key: str, in_totp_object: bool) -> str | None:
    """What stands for a JSON field's value in a cassette when the value is secret; None when it is not."""
    return SECRET_FIELDS.get(key) or (TOTP_FIELDS.get(key) if in_totp_object else None)


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
        if isinstance(value, dict):
            totp = not TOTP_MARKERS.isdisjoint(value)
            out: dict[str, Any] = {}
            for key, item in value.items():
                placeholder = _placeholder(key, totp)
                if placeholder is not None and isinstance(item, str) and item:
                    out[key] = placeholder
                else:
                    out[key] = self.json(item)
            return out
        if isinstance(value, list):
            return [self.json(item) for item in value]
        if isinstance(value, str):
            return self.text(value)
        return value

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
        stack = [data]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                totp = not TOTP_MARKERS.isdisjoint(value)
                for key, item in value.items():
                    placeholder = _placeholder(key, totp)
                    if placeholder is not None and isinstance(item, str) and len(item) >= 4:
                        self.add(placeholder, item)
                    elif isinstance(item, dict | list):
                        stack.append(item)
            elif isinstance(value, list):
                stack.extend(item for item in value if isinstance(item, dict | list))

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
    for name in SECRET_FIELDS:
        for match in re.finditer(rf'"{name}":\s*"([^"]*)"', text):
            if match.group(1) and not (match.group(1).startswith("<") and match.group(1).endswith(">")):
                found.append(f"field {name!r} not scrubbed")
    return found
