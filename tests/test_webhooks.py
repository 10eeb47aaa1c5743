"""skyvern_sync.webhooks on the deliveries the real server made (recorded in cassettes/test_webhooks) and on
what an attacker or a framework could hand it instead."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import pytest

from skyvern_sync import InvalidParameterTypeError, WebhookPayloadError, WebhookVerificationError, webhooks
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
    with pytest.raises(InvalidParameterTypeError, match="api_key"):
        webhooks.verify(body, headers, "")
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
