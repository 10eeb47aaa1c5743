"""skyvern_sync.webhooks on the deliveries the real server made (recorded in cassettes/test_webhooks) and on
what an attacker or a framework could hand it instead."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import io
import json
import os
from collections.abc import Callable
from typing import Any

import pytest

from skyvern_sync import (
    InvalidParameterError,
    InvalidParameterTypeError,
    SkyvernError,
    WebhookPayloadError,
    WebhookVerificationError,
    webhooks,
)
from skyvern_sync.testing import REPLAY_API_KEY
from skyvern_sync.types import TaskRunResponse, UnrecognizedRunResponse
from tests._recorded import recorded_deliveries

KEY = REPLAY_API_KEY  # what recorded deliveries are signed with (skyvern_sync.testing.webhooks)


@pytest.fixture
def delivery() -> tuple[bytes, dict[str, str]]:
    recorded = recorded_deliveries("run")[0]
    return recorded["body"].encode("utf-8"), dict(recorded["headers"])


def test_the_signature_is_the_hex_hmac_sha256_of_the_raw_body(delivery: tuple[bytes, dict[str, str]]) -> None:
    body, headers = delivery
    assert headers["x-skyvern-signature"] == hmac.new(KEY.encode(), body, hashlib.sha256).hexdigest()
    assert webhooks.sign(body, KEY) == headers["x-skyvern-signature"]
    webhooks.verify(body, headers, KEY)


@pytest.mark.parametrize(
    "shape",
    ["dict", "lower", "upper", "pairs", "wsgi environ", "uppercase hex", "padded"],
)
def test_headers_are_read_however_a_framework_hands_them(delivery: tuple[bytes, dict[str, str]], shape: str) -> None:
    body, headers = delivery
    signature = headers["x-skyvern-signature"]
    given: Any = {
        "dict": headers,
        "lower": {"x-skyvern-signature": signature},
        "upper": {"X-Skyvern-Signature": signature},
        "pairs": [("X-SKYVERN-SIGNATURE", signature)],
        "wsgi environ": {"HTTP_X_SKYVERN_SIGNATURE": signature},
        "uppercase hex": {"x-skyvern-signature": signature.upper()},
        "padded": {"x-skyvern-signature": f" {signature} "},
    }[shape]
    webhooks.verify(body, given, KEY)


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "no x-skyvern-signature header"),
        ({"x-skyvern-signature": ""}, "not a hex HMAC-SHA256"),
        ({"x-skyvern-signature": "sha256=" + "0" * 64}, "not a hex HMAC-SHA256"),
        ({"x-skyvern-signature": "g" * 64}, "not a hex HMAC-SHA256"),
        ({"x-skyvern-signature": "0" * 63}, "not a hex HMAC-SHA256"),
        ({"x-skyvern-signature": "0" * 64}, "does not match"),
        ([("x-skyvern-signature", "0" * 64), ("X-Skyvern-Signature", "1" * 64)], "more than one"),
    ],
)
def test_a_missing_malformed_or_wrong_signature_is_refused(
    delivery: tuple[bytes, dict[str, str]], headers: Any, message: str
) -> None:
    with pytest.raises(WebhookVerificationError, match=message) as refused:
        webhooks.verify(delivery[0], headers, KEY)
    assert KEY not in str(refused.value)


def changed(body: bytes, how: str) -> bytes:
    data = json.loads(body)
    return {
        "a byte changed": lambda: body.replace(b'"completed"', b'"c0mpleted"'),
        "truncated": lambda: body[:-1],
        "keys reordered": lambda: json.dumps(dict(reversed(list(data.items()))), separators=(",", ":")).encode(),
        "spacing changed": lambda: json.dumps(data).encode(),
        "an extra field": lambda: json.dumps({**data, "paid": True}, separators=(",", ":")).encode(),
    }[how]()


@pytest.mark.parametrize("how", ["a byte changed", "truncated", "keys reordered", "spacing changed", "an extra field"])
def test_a_delivery_changed_in_any_way_or_signed_with_another_key_is_refused(
    delivery: tuple[bytes, dict[str, str]], how: str
) -> None:
    body, headers = delivery
    altered = changed(body, how)
    assert altered != body
    with pytest.raises(WebhookVerificationError, match="does not match"):
        webhooks.verify(altered, headers, KEY)
    with pytest.raises(WebhookVerificationError, match="does not match"):
        webhooks.verify(body, headers, KEY + "-another")
    forged = {**headers, "x-skyvern-signature": webhooks.sign(body, "a key an attacker guessed")}
    with pytest.raises(WebhookVerificationError):
        webhooks.parse(body, forged, KEY)


def test_only_raw_bytes_can_be_verified(delivery: tuple[bytes, dict[str, str]]) -> None:
    body, headers = delivery
    for wrong in (body.decode(), json.loads(body)):
        with pytest.raises(InvalidParameterTypeError, match="raw request body"):
            webhooks.verify(wrong, headers, KEY)  # type: ignore[arg-type]
    webhooks.verify(bytearray(body), headers, KEY)
    webhooks.verify(memoryview(body), headers, KEY)
    with pytest.raises(WebhookVerificationError, match="more than a Skyvern delivery"):
        webhooks.verify(b"x" * (webhooks.MAX_BODY + 1), headers, KEY)


def test_every_key_of_a_rotation_is_tried(delivery: tuple[bytes, dict[str, str]]) -> None:
    body, headers = delivery
    webhooks.verify(body, headers, ["old-key", KEY])
    webhooks.verify(body, headers, (k for k in [KEY, "new-key"]))
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(body, headers, ["old-key", "new-key"])


def test_the_comparison_is_hmac_compare_digest(
    delivery: tuple[bytes, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # constant time is compare_digest's promise; what can be checked here is that it is the one used
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    webhooks.verify(*delivery, KEY)
    assert len(calls) == 1 and calls[0][0] == calls[0][1]


def test_parse_gives_the_typed_run_of_every_recorded_delivery() -> None:
    for recorded in recorded_deliveries("run"):
        run = webhooks.parse(recorded["body"].encode(), recorded["headers"], KEY)
        assert isinstance(run, TaskRunResponse) and run.status == "completed"
        assert run.run_id == json.loads(recorded["body"])["run_id"]


def test_an_unknown_run_type_or_field_never_crashes_parse(delivery: tuple[bytes, dict[str, str]]) -> None:
    data = json.loads(delivery[0])
    data["run_type"] = "task_v9"
    data["a_field_from_the_future"] = [1]
    body = json.dumps(data, separators=(",", ":")).encode()
    run = webhooks.parse(body, {"x-skyvern-signature": webhooks.sign(body, KEY)}, KEY)
    assert isinstance(run, UnrecognizedRunResponse) and run.run_type == "task_v9"
    assert run.additional_properties["a_field_from_the_future"] == [1]


@pytest.mark.parametrize(
    ("body", "problem"),
    [(b"not json", "$: the body is not JSON"), (b"[1]", "$: expected an object"), (b'{"run_id": 5}', "$.run_id")],
)
def test_a_signed_body_that_is_not_a_run_is_a_payload_error(body: bytes, problem: str) -> None:
    with pytest.raises(WebhookPayloadError) as refused:
        webhooks.parse(body, {"x-skyvern-signature": webhooks.sign(body, KEY)}, KEY)
    assert refused.value.problem.startswith(problem)


def test_a_totp_callback_gives_its_ids_and_is_answered_with_the_code() -> None:
    recorded = recorded_deliveries("totp")[0]
    asked = webhooks.parse_totp_request(recorded["body"].encode(), recorded["headers"], KEY)
    assert asked.task_id is not None and asked.task_id.startswith("tsk_") and asked.run_id == asked.task_id
    assert asked.workflow_run_id is None
    body = b'{"task_id":"tsk_1","workflow_run_id":"wr_2","workflow_permanent_id":"wpid_3","extra":1}'
    v2 = webhooks.parse_totp_request(body, {"x-skyvern-signature": webhooks.sign(body, KEY)}, KEY)
    assert (v2.task_id, v2.workflow_run_id, v2.workflow_permanent_id, v2.run_id) == ("tsk_1", "wr_2", "wpid_3", "wr_2")
    assert v2.additional_properties == {"extra": 1}
    assert webhooks.totp_response("123456") == {"verification_code": "123456"}
    with pytest.raises(InvalidParameterTypeError):
        webhooks.totp_response("")
    bad = b'{"task_id": 7}'
    with pytest.raises(WebhookPayloadError, match=r"\$\.task_id"):
        webhooks.parse_totp_request(bad, {"x-skyvern-signature": webhooks.sign(bad, KEY)}, KEY)


def test_the_timestamp_is_read_but_never_trusted(delivery: tuple[bytes, dict[str, str]]) -> None:
    body, headers = delivery
    assert webhooks.delivery_time(headers) == float(headers["x-skyvern-timestamp"])
    # not signed: changing it does not change whether the delivery verifies
    webhooks.verify(body, {**headers, "x-skyvern-timestamp": "0"}, KEY)
    assert webhooks.delivery_time({"x-skyvern-timestamp": "soon"}) is None
    assert webhooks.delivery_time({}) is None


def test_is_totp_request_tells_a_callback_from_a_delivery() -> None:
    assert all(webhooks.is_totp_request(item["body"].encode()) for item in recorded_deliveries("totp"))
    assert not any(webhooks.is_totp_request(item["body"].encode()) for item in recorded_deliveries("run"))
    assert not webhooks.is_totp_request(b"not json") and not webhooks.is_totp_request(b'["task_id"]')


NOT_UTF8 = os.fsdecode(b"key-\xff-from-a-latin-1-environment")  # what os.environ holds for bytes that are not UTF-8


@pytest.mark.parametrize(
    ("api_key", "kind", "message"),
    [
        (None, InvalidParameterTypeError, r"^api_key is None: .*SKYVERN_API_KEY"),
        ("", InvalidParameterError, r"^api_key is empty$"),
        ("  \n", InvalidParameterError, r"^api_key is only whitespace$"),
        (KEY + "\n", InvalidParameterError, r"^api_key has whitespace \(a newline\?\) before or after it$"),
        (NOT_UTF8, InvalidParameterError, r"^api_key is not valid text: it holds a lone surrogate"),
        (KEY.encode(), InvalidParameterTypeError, r"^api_key must be a string, got bytes: decode it first$"),
        (42, InvalidParameterTypeError, r"^api_key must be your API key \(a string\) or a list of them, got int$"),
        ({"new": KEY}, InvalidParameterTypeError, r"^api_key must be .* a list of them, got dict$"),
        ([], InvalidParameterError, r"^api_key is an empty list: give at least one key$"),
        ([KEY, None], InvalidParameterTypeError, r"^api_key\[1\] is None: "),
        ([KEY, ""], InvalidParameterError, r"^api_key\[1\] is empty$"),
        ((KEY, NOT_UTF8), InvalidParameterError, r"^api_key\[1\] is not valid text"),
        ([KEY, b"old"], InvalidParameterTypeError, r"^api_key\[1\] must be a string, got bytes"),
    ],
)
@pytest.mark.parametrize("function", ["verify", "parse", "parse_totp_request"])
def test_an_unusable_api_key_is_refused_naming_it_before_anything_is_verified(
    delivery: tuple[bytes, dict[str, str]], function: str, api_key: Any, kind: type[Exception], message: str
) -> None:
    # the delivery is signed with KEY: a list holding KEY would verify, were the bad key not refused first
    with pytest.raises(InvalidParameterError, match=message) as refused:
        getattr(webhooks, function)(*delivery, api_key)
    assert type(refused.value) is kind and isinstance(refused.value, SkyvernError)
    assert refused.value.parameter == "api_key" and refused.value.__cause__ is None
    assert KEY not in str(refused.value) and "latin-1" not in str(refused.value)


def test_an_unset_or_undecodable_skyvern_api_key_variable_is_named(
    delivery: tuple[bytes, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SKYVERN_API_KEY", raising=False)
    with pytest.raises(InvalidParameterTypeError, match="SKYVERN_API_KEY"):
        webhooks.parse(*delivery, api_key=os.environ.get("SKYVERN_API_KEY"))  # type: ignore[arg-type]
    monkeypatch.setenv("SKYVERN_API_KEY", NOT_UTF8)
    with pytest.raises(InvalidParameterError, match=r"os\.environ gives those for bytes that are not UTF-8"):
        webhooks.parse(*delivery, api_key=os.environ["SKYVERN_API_KEY"])
    with pytest.raises(InvalidParameterError, match=r"^api_key is not valid text"):
        webhooks.sign(delivery[0], NOT_UTF8)


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        (None, r"^headers must be the request's headers .*, got NoneType$"),
        ("x-skyvern-signature: 00", r"^headers must be the request's headers .*, got str$"),
        (b"x-skyvern-signature: 00", r"^headers must be .*, got bytes$"),
        (7, r"^headers must be .*, got int$"),
        ([("x-skyvern-signature", "0" * 64, "extra")], r"^headers\[0\] must be a \(name, value\) pair, got 3 items$"),
        ([("a", "b"), "x-skyvern-signature"], r"^headers\[1\] must be a \(name, value\) pair, got str$"),
    ],
)
def test_headers_of_the_wrong_shape_are_refused_naming_them(
    delivery: tuple[bytes, dict[str, str]], headers: Any, message: str
) -> None:
    for function in (webhooks.verify, webhooks.parse, webhooks.parse_totp_request):
        with pytest.raises(InvalidParameterTypeError, match=message) as refused:
            function(delivery[0], headers, KEY)
        assert refused.value.parameter == "headers"
    with pytest.raises(InvalidParameterTypeError, match=message):
        webhooks.delivery_time(headers)


@pytest.mark.parametrize("body", [None, 7, "{}", {"task_id": "tsk_1"}, ["task_id"]])
def test_a_body_that_is_not_bytes_is_refused_naming_it_by_every_function(body: Any) -> None:
    headers = {"x-skyvern-signature": "0" * 64}
    calls: list[Callable[[], object]] = [
        lambda: webhooks.verify(body, headers, KEY),
        lambda: webhooks.parse(body, headers, KEY),
        lambda: webhooks.parse_totp_request(body, headers, KEY),
        lambda: webhooks.is_totp_request(body),
        lambda: webhooks.sign(body, KEY),
    ]
    for call in calls:
        with pytest.raises(InvalidParameterTypeError, match=r"^body must be the raw request body as bytes") as refused:
            call()
        assert refused.value.parameter == "body"
    with pytest.raises(InvalidParameterTypeError, match=r"^api_key is None"):
        webhooks.sign(b"{}", None)  # type: ignore[arg-type]


def test_raw_asgi_pairs_and_http_server_headers_are_read(delivery: tuple[bytes, dict[str, str]]) -> None:
    body, headers = delivery
    pairs = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()]
    webhooks.verify(body, pairs, KEY)
    assert webhooks.delivery_time(pairs) == float(headers["x-skyvern-timestamp"])
    lines = "".join(f"{name}: {value}\r\n" for name, value in headers.items()).encode("latin-1")
    message = http.client.parse_headers(io.BytesIO(lines + b"\r\n"))  # BaseHTTPRequestHandler.headers
    webhooks.verify(body, message, KEY)
    twice = http.client.parse_headers(io.BytesIO(lines * 2 + b"\r\n"))
    with pytest.raises(WebhookVerificationError, match="more than one x-skyvern-signature header"):
        webhooks.verify(body, twice, KEY)


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1" + "0" * 400])
def test_a_timestamp_that_is_no_time_is_none(value: str) -> None:
    assert webhooks.delivery_time({"x-skyvern-timestamp": value}) is None
