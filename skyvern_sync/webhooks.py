"""Verify what Skyvern sends you: webhook deliveries (a finished run) and TOTP callbacks (a request for a code).

Skyvern signs both the same way (server 1.0.56, `skyvern/forge/sdk/core/security.py`): the header
`x-skyvern-signature` is the lowercase hex HMAC-SHA256 of the exact body bytes, keyed with your API key.
Verify the raw bytes as they arrived, before any JSON parsing: re-serialised JSON (another key order,
other spacing) does not verify.

    from skyvern_sync import webhooks

    # Django: request.body, request.headers     Flask: request.get_data(), request.headers
    run = webhooks.parse(request.body, request.headers, api_key=settings.SKYVERN_API_KEY)
    store(run.run_id, run.status, run.output)   # idempotently: a delivery may come more than once

What the signature does not give you: freshness. `x-skyvern-timestamp` travels beside the signature but is
not signed (anyone holding a delivery can change it), and the server computes it from a naive UTC clock, so
it is off by the sending host's UTC offset. This module does not check it; `delivery_time` reads it for what
it is. A replayed delivery is a delivery you already processed: make your receiver idempotent per `run_id`
(Skyvern itself retries a delivery up to 3 times, on 5xx, 403, 408, 425 and 429).
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from skyvern_sync import _collector
from skyvern_sync._values import ReadOnlyValue
from skyvern_sync.errors import (
    InvalidParameterError,
    InvalidParameterTypeError,
    WebhookPayloadError,
    WebhookVerificationError,
)

if TYPE_CHECKING:
    from skyvern_sync.types import GetRunResponse

__all__ = [
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "TOTPRequest",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "delivery_time",
    "is_totp_request",
    "parse",
    "parse_totp_request",
    "sign",
    "totp_response",
    "verify",
]

Body = bytes | bytearray | memoryview


class HeaderItems(Protocol):
    """Headers that give their (name, value) pairs by `items()`: a Mapping, werkzeug's, http.server's."""

    def items(self) -> Iterable[tuple[str, Any]]: ...


# (bytes, bytes) pairs are raw ASGI headers
Headers = HeaderItems | Iterable[tuple[str, str]] | Iterable[tuple[bytes, bytes]]
#: The header that carries the signature: lowercase hex HMAC-SHA256 of the body, keyed with the API key.
SIGNATURE_HEADER = "x-skyvern-signature"
#: The header with the sending time in Unix seconds: not signed, and off by the sender's UTC offset.
TIMESTAMP_HEADER = "x-skyvern-timestamp"
HEX_SHA256 = re.compile(r"[0-9a-fA-F]{64}")
MAX_BODY = 16 * 1024 * 1024  # larger is not a Skyvern delivery; refuse before hashing it


def sign(body: Body, api_key: str) -> str:
    """The signature Skyvern puts on `body`: lowercase hex HMAC-SHA256 keyed with the API key (UTF-8)."""
    return _sign(_raw(body), _key(api_key))


def _sign(raw: bytes, key: str) -> str:
    return hmac.new(key.encode("utf-8"), raw, hashlib.sha256).hexdigest()


def _text(value: object) -> str:
    # raw ASGI headers are (bytes, bytes) pairs; HTTP header bytes are Latin-1
    return value.decode("latin-1") if isinstance(value, bytes | bytearray) else str(value)


def _header(headers: Headers, name: str) -> str | None:
    """A header's value whatever the mapping's case rules (a dict, Django's, Flask's, http.server's, WSGI environ,
    ASGI pairs)."""
    if callable(getattr(headers, "items", None)):
        # http.server's HTTPMessage is no Mapping (iterating it gives names only), but its items() are the pairs
        items: Iterable[object] = headers.items()  # type: ignore[union-attr]
    elif isinstance(headers, Iterable) and not isinstance(headers, str | bytes | bytearray | memoryview):
        items = headers
    else:
        raise InvalidParameterTypeError(
            "headers",
            f"must be the request's headers (a mapping, or (name, value) pairs), got {type(headers).__name__}",
        )
    found = []
    for index, item in enumerate(items):
        if not isinstance(item, tuple | list) or len(item) != 2:
            # the type, never the item: a header's value can be a credential
            got = f"{len(item)} items" if isinstance(item, tuple | list) else type(item).__name__
            raise InvalidParameterTypeError("headers", f"[{index}] must be a (name, value) pair, got {got}")
        key, value = item
        if _text(key).lower().replace("_", "-") in (name, f"http-{name}"):
            found.append(_text(value))
    if len(found) > 1:
        raise WebhookVerificationError(f"more than one {name} header: a delivery carries exactly one")
    return found[0] if found else None


def _raw(body: object) -> bytes:
    if not isinstance(body, bytes | bytearray | memoryview):
        raise InvalidParameterTypeError(
            "body",
            f"must be the raw request body as bytes (Django: request.body, Flask: request.get_data()), got "
            f"{type(body).__name__}: re-serialised JSON does not verify",
        )
    return bytes(body)


def _key(api_key: object, at: str = "") -> str:
    """One key checked for what makes it unusable, never echoing it. `at` is its place in a list (`[1]`).

    Looser than the key the client sends (validation.check_api_key): any text is a valid HMAC key, and a key
    that is merely wrong is said by the signature not matching.
    """

    def refuse(kind: type[InvalidParameterError], problem: str) -> InvalidParameterError:
        return kind("api_key", f"{at} {problem}" if at else problem)

    if api_key is None:
        raise refuse(InvalidParameterTypeError, "is None: pass your Skyvern API key (is SKYVERN_API_KEY set?)")
    if isinstance(api_key, bytes | bytearray | memoryview):
        # refused rather than guessed at: Skyvern keys with the key's text, and bytes may be in any encoding
        raise refuse(InvalidParameterTypeError, "must be a string, got bytes: decode it first")
    if not isinstance(api_key, str):
        raise refuse(InvalidParameterTypeError, f"must be a string, got {type(api_key).__name__}")
    if not api_key.strip():
        raise refuse(InvalidParameterError, "is empty" if not api_key else "is only whitespace")
    if api_key != api_key.strip():
        raise refuse(InvalidParameterError, "has whitespace (a newline?) before or after it")
    try:
        api_key.encode("utf-8")
    except UnicodeEncodeError:
        raise refuse(
            InvalidParameterError,
            "is not valid text: it holds a lone surrogate (os.environ gives those for bytes that are not UTF-8)",
        ) from None
    return api_key


def _keys(api_key: object) -> list[str]:
    if api_key is None or isinstance(api_key, str | bytes | bytearray | memoryview):
        return [_key(api_key)]
    if isinstance(api_key, Mapping) or not isinstance(api_key, Iterable):
        raise InvalidParameterTypeError(
            "api_key", f"must be your API key (a string) or a list of them, got {type(api_key).__name__}"
        )
    keys = [_key(key, f"[{index}]") for index, key in enumerate(api_key)]
    if not keys:
        raise InvalidParameterError("api_key", "is an empty list: give at least one key")
    return keys


def verify(body: Body, headers: Headers, api_key: str | Iterable[str]) -> None:
    """Check that `body` was signed by Skyvern with `api_key`; raise WebhookVerificationError if not.

    Args:
        body: the raw request body, exactly as received (bytes).
        headers: the request's headers: any mapping (case is ignored) or (name, value) pairs.
        api_key: your Skyvern API key, or several (old and new, while rotating a key).

    The comparison takes the same time whatever the signature holds (hmac.compare_digest).

    Raises:
        WebhookVerificationError: no `x-skyvern-signature`, one that is not 64 hex digits, or one that does
            not match (not signed with this key, or the body was changed). The message never shows a key.
        InvalidParameterTypeError: `body` is not bytes (a str or parsed JSON cannot be verified), `headers` is
            not a mapping or pairs, or `api_key` is not a string (None: SKYVERN_API_KEY unset?; bytes: decode
            them first) or a list of strings. Checked before anything is verified; the message names the
            parameter (`api_key[1]` for a list's second key) and never shows a key.
        InvalidParameterError: a key is empty, only whitespace, has whitespace around it, or is not valid text
            (a lone surrogate, which `os.environ` gives for bytes that are not UTF-8); a list of keys is empty.
    """
    _verified(body, headers, api_key)


def _verified(body: Body, headers: Headers, api_key: str | Iterable[str]) -> bytes:
    """`verify`, returning the body's bytes for the caller to read."""
    keys = _keys(api_key)
    raw = _raw(body)
    given = _header(headers, SIGNATURE_HEADER)
    if len(raw) > MAX_BODY:
        raise WebhookVerificationError(f"the body is {len(raw)} bytes, more than a Skyvern delivery carries")
    if given is None:
        raise WebhookVerificationError(f"no {SIGNATURE_HEADER} header: not a Skyvern delivery")
    given = given.strip()
    if not HEX_SHA256.fullmatch(given):
        raise WebhookVerificationError(f"{SIGNATURE_HEADER} is not a hex HMAC-SHA256 (64 hex digits)")
    signature = given.lower().encode("ascii")
    matched = False
    for key in keys:  # every key is tried, so the time taken does not say which one matched
        matched |= hmac.compare_digest(_sign(raw, key).encode("ascii"), signature)
    if not matched:
        raise WebhookVerificationError(
            f"{SIGNATURE_HEADER} does not match: the body was not signed with this API key, or it was changed "
            "(verify the raw bytes as received, never re-serialised JSON)"
        )
    return raw


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        data = _collector.loads(raw)
    except (ValueError, RecursionError):
        raise WebhookPayloadError("$: the body is not JSON") from None
    if not isinstance(data, dict):
        raise WebhookPayloadError("$: expected an object")
    return data


def parse(body: Body, headers: Headers, api_key: str | Iterable[str]) -> GetRunResponse:
    """Verify a webhook delivery, then return the run it carries, typed as `get_run` types it.

    Args:
        body: the raw request body, exactly as received (bytes).
        headers: the request's headers.
        api_key: your Skyvern API key, or several while rotating.

    Returns:
        `TaskRunResponse`, `WorkflowRunResponse`, or `UnrecognizedRunResponse` for a run type this client does
        not know. Fields the run model does not declare (a task delivery also carries the legacy task fields)
        are in `additional_properties`.

    Raises:
        WebhookVerificationError: the signature is missing, malformed or wrong.
        WebhookPayloadError: signed, but not a run (its `problem` names the JSON path).
        InvalidParameterError: a parameter of the wrong type or unusable, as `verify` says.
    """
    from skyvern_generated.api.runs import get_run

    data = _json_object(_verified(body, headers, api_key))
    try:
        return get_run.parse(data)
    except ValueError as problem:  # the generated layer's ShapeError
        run_id = data.get("run_id")
        raise WebhookPayloadError(str(problem), run_id if isinstance(run_id, str) else None) from None


class TOTPRequest(ReadOnlyValue):
    """What a TOTP callback asks a code for: the run that waits for one.

    A skyvern-1.0 task sends `task_id` (the run's id); a skyvern-2.0 task or a workflow sends its navigation
    block's `task_id`, the `workflow_run_id` and the `workflow_permanent_id`. Any of them may be absent.
    A value: read-only, compared and pickled by its fields.
    """

    __slots__ = ("additional_properties", "task_id", "workflow_permanent_id", "workflow_run_id")
    _FIELDS = ("task_id", "workflow_run_id", "workflow_permanent_id", "additional_properties")
    task_id: str | None
    workflow_run_id: str | None
    workflow_permanent_id: str | None
    additional_properties: dict[str, Any]
    """Fields this client does not know, as they came."""

    def __init__(
        self,
        *,
        task_id: str | None = None,
        workflow_run_id: str | None = None,
        workflow_permanent_id: str | None = None,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        extra = {} if additional_properties is None else additional_properties
        self._set(task_id, workflow_run_id, workflow_permanent_id, extra)

    __hash__ = None  # type: ignore[assignment]  # additional_properties is a dict

    @property
    def run_id(self) -> str | None:
        """The run to look up with `get_run`: the workflow run if there is one, else the task."""
        return self.workflow_run_id or self.task_id


def parse_totp_request(body: Body, headers: Headers, api_key: str | Iterable[str]) -> TOTPRequest:
    """Verify a TOTP callback (Skyvern POSTs to a run's `totp_url` when it needs a code) and read its ids.

    Answer it with `totp_response(code)` as JSON and status 200; anything else makes Skyvern ask again every
    10 s (for up to 15 minutes).

    Raises:
        WebhookVerificationError: the signature is missing, malformed or wrong.
        WebhookPayloadError: signed, but the ids are not strings.
        InvalidParameterError: a parameter of the wrong type or unusable, as `verify` says.
    """
    data = _json_object(_verified(body, headers, api_key))
    known = {"task_id", "workflow_run_id", "workflow_permanent_id"}
    for key in known & data.keys():
        if data[key] is not None and not isinstance(data[key], str):
            raise WebhookPayloadError(f"$.{key}: expected a string")
    return TOTPRequest(
        task_id=data.get("task_id"),
        workflow_run_id=data.get("workflow_run_id"),
        workflow_permanent_id=data.get("workflow_permanent_id"),
        additional_properties={key: value for key, value in data.items() if key not in known},
    )


def is_totp_request(body: Body) -> bool:
    """Whether what Skyvern sent is a TOTP callback (asks for a code) rather than a webhook delivery (a run): a
    JSON object with a `task_id` or `workflow_run_id` and no `run_id`. Says nothing about who signed it.

    Raises InvalidParameterTypeError when `body` is not the raw body's bytes."""
    raw = _raw(body)
    if len(raw) > MAX_BODY:
        return False
    try:
        data = _collector.loads(raw)
    except (ValueError, RecursionError):
        return False
    return isinstance(data, dict) and "run_id" not in data and ("task_id" in data or "workflow_run_id" in data)


def totp_response(code: str) -> dict[str, str]:
    """The JSON a TOTP callback answers with (status 200): `{"verification_code": code}`.

    Django: `JsonResponse(webhooks.totp_response(code))`; Flask: `return webhooks.totp_response(code)`.
    """
    if not isinstance(code, str) or not code.strip():
        raise InvalidParameterTypeError("code", "must be the verification code, a non-empty string")
    return {"verification_code": code}


def delivery_time(headers: Headers) -> float | None:
    """`x-skyvern-timestamp` as Unix seconds, or None. Not signed, and shifted by the sending host's UTC
    offset: for logs, never to decide whether a delivery is fresh."""
    value = _header(headers, TIMESTAMP_HEADER)
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        return None
    return seconds if seconds is not None and math.isfinite(seconds) else None
