"""The Django example against real Skyvern traffic: runs started through its views on the real server, and
the deliveries and TOTP callbacks that server really sent, posted to the app's own endpoints.

Recorded with `--skyvern-record-mode=all` (python -m tools.record); replayed offline by plain `pytest`.
"""

from __future__ import annotations

import atexit
import threading
import uuid
from typing import TYPE_CHECKING, Any

import pytest
from django.test import Client, override_settings

from runs import client as process_client
from runs.models import PendingCode, Run
from skyvern_sync import Skyvern, webhooks
from skyvern_sync.testing import Delivery, Receiver

if TYPE_CHECKING:  # what the test client answers: a response with .json(), named only in django-stubs
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

WEBHOOK = "/webhooks/skyvern/"
PRODUCTS = {"title": "Acme Store - Products", "product_names": ["Alpha Widget", "Beta Gadget", "Gamma Gizmo"]}


def send(client: Client, delivery: Delivery, body: bytes | None = None, signature: str | None = None) -> Response:
    """POST what Skyvern sent, as it sent it (path, raw body, headers), or with another body or signature."""
    headers = {k.lower(): v for k, v in delivery.headers.items() if k.lower() not in ("content-length", "host")}
    content_type = headers.pop("content-type", "application/json")
    if signature is not None:
        headers[webhooks.SIGNATURE_HEADER] = signature
    return client.post(
        delivery.path, data=delivery.body if body is None else body, content_type=content_type, headers=headers
    )


def unique_identifier() -> str:
    """A TOTP identifier no earlier recording used (kept in the cassette, so replay sends the same)."""
    return f"totp-{uuid.uuid4().hex[:8]}@example.com"


def start(app: Client, **request: str) -> str:
    response = app.post("/runs/", data=request, content_type="application/json")
    assert response.status_code == 201, response.content
    run_id: str = response.json()["run_id"]
    return run_id


def test_a_run_is_stored_once_from_its_real_signed_delivery_and_forgeries_are_refused(
    app: Client, skyvern_side: Client, skyvern_webhooks: Receiver, site_url: str
) -> None:
    run_id = start(app, prompt="Extract the product names", url=f"{site_url}/products", engine="skyvern-2.0")
    assert app.get(f"/runs/{run_id}/").json()["status"] in ("created", "queued")

    (delivery,) = skyvern_webhooks.wait(1, path=WEBHOOK, timeout=300)
    assert delivery.verified_live and delivery.path == WEBHOOK  # the run's webhook_url was built from settings
    response = send(skyvern_side, delivery)
    assert response.status_code == 200, response.content
    stored = app.get(f"/runs/{run_id}/").json()
    assert stored["status"] == "completed" and stored["output"] == PRODUCTS

    # Skyvern retries, and retry_run_webhook sends the same run again: the row is rewritten, never added
    assert send(skyvern_side, delivery).status_code == 200
    assert Run.objects.count() == 1 and Run.objects.get(run_id=run_id).status == "completed"

    forged = delivery.body.replace(b'"completed"', b'"failed"')
    other_run = delivery.body.replace(run_id.encode(), b"tsk_v2_600000000000000001")
    attempts = {
        "a changed body": send(skyvern_side, delivery, forged),
        "a body signed with a guessed key": send(
            skyvern_side, delivery, other_run, signature=webhooks.sign(other_run, "guessed")
        ),
        "an empty signature": send(skyvern_side, delivery, signature=""),
    }
    for name, refused in attempts.items():
        assert refused.status_code == 400, name
        assert refused.content == b"invalid signature", name  # never the body, nor the key
    assert Run.objects.count() == 1 and Run.objects.get(run_id=run_id).status == "completed"


def test_a_totp_callback_gets_the_code_handed_in_for_its_run_once(
    app: Client, skyvern_side: Client, skyvern_webhooks: Receiver, site_url: str
) -> None:
    # While recording, the receiver stands in for the app's /totp/ and answers the real server, which types
    # the code into the test site's 2FA page; the test then asks the app the same question.
    skyvern_webhooks.answer_totp("/totp", "123456")
    identifier = skyvern_webhooks.recording.remember("totp_identifier", unique_identifier)
    run_id = start(
        app, prompt="Sign in to the account and pass the two-factor check", url=f"{site_url}/login-2fa",
        engine="skyvern-1.0", totp_identifier=identifier,
    )  # fmt: skip

    (callback,) = skyvern_webhooks.wait(1, path="/totp/", timeout=180)
    assert callback.verified_live and callback.is_totp_request
    no_code_yet = send(skyvern_side, callback)
    assert no_code_yet.status_code == 404  # Skyvern asks again 10 s later

    handed_in = app.post(f"/runs/{run_id}/code/", data={"code": "123456"}, content_type="application/json")
    assert handed_in.status_code == 204
    answered = send(skyvern_side, callback)
    assert answered.status_code == 200 and answered.json() == {"verification_code": "123456"}
    assert send(skyvern_side, callback).status_code == 404  # handed out once
    assert not PendingCode.objects.exists()

    forged = send(skyvern_side, callback, signature=webhooks.sign(callback.body, "guessed"))
    assert forged.status_code == 400 and forged.content == b"invalid signature"

    # the code worked: the site let the run through, and the run's delivery says so
    (delivery,) = skyvern_webhooks.wait(1, path=WEBHOOK, timeout=300)
    assert send(skyvern_side, delivery).status_code == 200
    assert Run.objects.get(run_id=run_id).status == "completed"


def test_a_bad_start_request_is_refused_before_anything_is_sent() -> None:
    app = Client()
    for body in (b"not json", b"[]", b'{"url": "https://example.com"}', b'{"prompt": " "}'):
        response = app.post("/runs/", data=body, content_type="application/json")
        assert response.status_code == 400
        assert response.json() == {"error": 'expected a JSON object with a "prompt"'}


def test_without_a_key_the_app_answers_503_naming_the_setting_for_its_own_misconfiguration(
    caplog: pytest.LogCaptureFixture,
) -> None:
    previous = process_client.use_client(None)  # no client yet: the app makes its own, from the settings
    try:
        app = Client()
        with override_settings(SKYVERN_API_KEY=""):
            started = app.post("/runs/", data={"prompt": "x"}, content_type="application/json")
            delivered = app.post(WEBHOOK, data=b"{}", content_type="application/json")
            asked = app.post("/totp/", data=b"{}", content_type="application/json")
        with override_settings(SKYVERN_API_KEY="a-key", SKYVERN_BASE_URL="not a url"):
            refused = app.post("/runs/", data={"prompt": "x"}, content_type="application/json")
    finally:
        made = process_client.use_client(previous)
        if made is not None:
            made.close()
    for response in (started, delivered, asked):
        assert response.status_code == 503
        assert response.json() == {"error": "SKYVERN_API_KEY is not set on this server"}
    assert refused.status_code == 503 and refused.json()["error"].startswith("SKYVERN_BASE_URL is refused: ")
    logged = [record for record in caplog.records if record.name == "runs.views"]
    assert logged[0].getMessage() == "POST /runs/: SKYVERN_API_KEY is not set on this server"
    assert all(record.exc_info is None for record in logged)


@override_settings(SKYVERN_API_KEY="a-key")
def test_your_side_keeps_csrf_protection_which_skyverns_side_does_without() -> None:
    browser = Client(enforce_csrf_checks=True)
    assert browser.post("/runs/", data={"prompt": "x"}, content_type="application/json").status_code == 403
    # no signature, so refused, but by the app (400), not by the CSRF check (403)
    assert browser.post(WEBHOOK, data=b"{}", content_type="application/json").status_code == 400
    assert browser.post("/totp/", data=b"{}", content_type="application/json").status_code == 400


def test_one_client_per_process_made_on_first_use_from_the_settings_and_closed_at_exit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    registered: list[Any] = []
    monkeypatch.setattr(atexit, "register", registered.append)
    previous = process_client.use_client(None)
    try:
        with override_settings(SKYVERN_API_KEY="a-key", SKYVERN_BASE_URL="https://skyvern.internal"):
            seen: list[Skyvern] = []
            threads = [threading.Thread(target=lambda: seen.append(process_client.get_client())) for _ in range(16)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        assert len({id(client) for client in seen}) == 1 and len(seen) == 16
        assert seen[0].base_url == "https://skyvern.internal"
        assert registered == [seen[0].close]
    finally:
        made = process_client.use_client(previous)
        if made is not None:
            made.close()
