"""The Django example against real Skyvern traffic: runs started on the real server with skyvern_sync.django's
`start_run`, and the deliveries and TOTP callbacks that server really sent, posted to the endpoints the
project's include mounts; what its receivers made of them is in the catalog, the log and the admin.

Recorded with `--skyvern-record-mode=all` (python -m tools.record); replayed offline by plain `pytest`.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

import pytest
from django.test import Client

from catalog.models import Product
from skyvern_sync import webhooks
from skyvern_sync.django.models import Run
from skyvern_sync.django.store import hand_in_code, start_run
from skyvern_sync.testing import Delivery, Receiver

if TYPE_CHECKING:  # what the test client answers: a response with .json(), named only in django-stubs
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

# where `path("skyvern/", include("skyvern_sync.django.urls"))` in skyvern_site/urls.py puts the endpoints
WEBHOOK = "/skyvern/webhook/"
TOTP = "/skyvern/totp/"
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


def test_a_completed_runs_real_delivery_lands_in_the_admin_and_its_products_in_the_catalog(
    skyvern_side: Client, admin_client: Client, skyvern_webhooks: Receiver, site_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    caplog.set_level(logging.INFO, logger="catalog")
    run = start_run(prompt="Extract the product names", url=f"{site_url}/products", engine="skyvern-2.0")
    assert f"run {run.run_id} is {run.status}" in caplog.messages  # the receiver heard of the new row

    (delivery,) = skyvern_webhooks.wait(1, path=WEBHOOK, timeout=300)
    # the run's webhook_url was SKYVERN_PUBLIC_URL + the include's path, and the real server signed it
    assert delivery.verified_live and delivery.path == WEBHOOK
    assert send(skyvern_side, delivery).status_code == 200
    run.refresh_from_db()
    assert run.status == "completed" and run.output == PRODUCTS
    assert sorted(Product.objects.filter(run=run).values_list("name", flat=True)) == PRODUCTS["product_names"]
    done = f"run {run.run_id} completed: 3 products"
    assert caplog.messages.count(done) == 1

    # Skyvern retries, and retry_run_webhook sends the same run again: old news, no signal, nothing added
    assert send(skyvern_side, delivery).status_code == 200
    other_run = delivery.body.replace(run.run_id.encode(), b"tsk_v2_600000000000000001")
    forged = send(skyvern_side, delivery, other_run, signature=webhooks.sign(other_run, "guessed"))
    assert forged.status_code == 400 and forged.content == b"invalid signature"
    assert Run.objects.count() == 1 and Product.objects.count() == 3 and caplog.messages.count(done) == 1

    runs_page = admin_client.get("/admin/skyvern_sync/run/").content.decode()
    assert run.run_id in runs_page and "completed" in runs_page
    products_page = admin_client.get("/admin/catalog/product/").content.decode()
    assert all(name in products_page for name in PRODUCTS["product_names"])


def test_a_runs_real_totp_callback_gets_the_code_handed_in_for_its_identifier_once(
    skyvern_side: Client, skyvern_webhooks: Receiver, site_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="catalog")
    # While recording, the receiver stands in for the project's TOTP endpoint and answers the real server,
    # which types the code into the test site's 2FA page; the test then asks the project the same question.
    skyvern_webhooks.answer_totp(TOTP, "123456")
    identifier = skyvern_webhooks.recording.remember("totp_identifier", unique_identifier)
    run = start_run(
        prompt="Sign in to the account and pass the two-factor check", url=f"{site_url}/login-2fa",
        engine="skyvern-1.0", totp_identifier=identifier,
    )  # fmt: skip

    (callback,) = skyvern_webhooks.wait(1, path=TOTP, timeout=180)
    # the run's totp_url was SKYVERN_PUBLIC_URL + the include's path, and the real server signed the callback
    assert callback.verified_live and callback.is_totp_request and callback.path == TOTP
    assert send(skyvern_side, callback).status_code == 404  # no code yet: Skyvern asks again 10 s later
    assert f"run {run.run_id} waits for a one-time code: hand it in with hand_in_code" in caplog.messages

    hand_in_code("123456", identifier=identifier)
    answered = send(skyvern_side, callback)
    assert answered.status_code == 200 and answered.json() == {"verification_code": "123456"}
    assert send(skyvern_side, callback).status_code == 404  # handed out once

    # the code worked: the site let the run through, and the run's delivery says so
    (delivery,) = skyvern_webhooks.wait(1, path=WEBHOOK, timeout=300)
    assert send(skyvern_side, delivery).status_code == 200
    run.refresh_from_db()
    assert run.status == "completed" and f"run {run.run_id} is completed" in caplog.messages
    assert not Product.objects.exists()  # a sign-in finds no products
