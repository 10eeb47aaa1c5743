"""The Flask example against real Skyvern traffic: runs started on the real server with skyvern_sync.flask's
`start_run`, and the deliveries and TOTP callbacks that server really sent, posted to the endpoints
`init_app` mounts; what its receivers made of them is in the catalog (`GET /products/`) and the log.

Recorded with `--skyvern-record-mode=all` (python -m tools.record); replayed offline by plain `pytest`.
The fixtures live here rather than in a conftest.py: mypy checks `examples` as one tree, where a second
top-level `conftest` module (the Django example has one) would clash.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

import flask_catalog
from skyvern_sync import Skyvern, webhooks
from skyvern_sync.testing import Delivery, Receiver, Recording

# where init_app mounts the extension's blueprint (SKYVERN_URL_PREFIX, "/skyvern" by default)
WEBHOOK = "/skyvern/webhook/"
TOTP = "/skyvern/totp/"
PRODUCTS = {"title": "Acme Store - Products", "product_names": ["Alpha Widget", "Beta Gadget", "Gamma Gizmo"]}
extension = flask_catalog.skyvern


@pytest.fixture
def skyvern_cassette_dir(request: pytest.FixtureRequest) -> Path:
    """This example's cassettes live beside its tests, not where the repo's ini sends the scenario suite's."""
    return request.path.parent / "cassettes"


@pytest.fixture
def site_url(skyvern_recording: Recording) -> str:
    """The local test site the server's browser visits (see ../shared/realskyvern/README.md)."""
    return skyvern_recording.remember("site_url", lambda: os.environ["SITE_URL"])


@pytest.fixture
def app(skyvern: Skyvern, skyvern_webhooks: Receiver, tmp_path: Path) -> Iterator[Flask]:
    """The app wired to this test's recording, its context pushed: its client is the `skyvern` fixture (so
    its traffic is in the cassette), its key the one deliveries are signed with, and its public URL the
    receiver's, so that what Skyvern sends it lands where the test can take it from."""
    app = flask_catalog.create_app(
        {
            "TESTING": True,
            "SKYVERN_API_KEY": skyvern_webhooks.api_key,
            "SKYVERN_BASE_URL": skyvern.base_url,
            "SKYVERN_PUBLIC_URL": skyvern_webhooks.url,
            "SKYVERN_DATABASE": str(tmp_path / "skyvern.sqlite3"),
            "CATALOG_DATABASE": str(tmp_path / "catalog.sqlite3"),
        }
    )
    with app.app_context():
        extension.use_client(skyvern)
        yield app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def send(
    client: FlaskClient, delivery: Delivery, body: bytes | None = None, signature: str | None = None
) -> TestResponse:
    """POST what Skyvern sent, as it sent it (path, raw body, headers), or with another body or signature."""
    headers = {k.lower(): v for k, v in delivery.headers.items() if k.lower() not in ("content-length", "host")}
    if signature is not None:
        headers[webhooks.SIGNATURE_HEADER] = signature
    return client.post(delivery.path, data=delivery.body if body is None else body, headers=headers)


def unique_identifier() -> str:
    """A TOTP identifier no earlier recording used (kept in the cassette, so replay sends the same)."""
    return f"totp-{uuid.uuid4().hex[:8]}@example.com"


def catalog(client: FlaskClient) -> list[dict[str, Any]]:
    response = client.get("/products/")
    assert response.status_code == 200 and isinstance(response.json, dict), response.data
    products: list[dict[str, Any]] = response.json["products"]
    return products


def test_a_completed_runs_real_delivery_is_stored_and_its_products_land_in_the_catalog(
    app: Flask, client: FlaskClient, skyvern_webhooks: Receiver, site_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=app.logger.name)
    run = extension.start_run(prompt="Extract the product names", url=f"{site_url}/products", engine="skyvern-2.0")
    run_id = run["run_id"]
    assert f"run {run_id} is {run['status']}" in caplog.messages  # the receiver heard of the new run

    (delivery,) = skyvern_webhooks.wait(1, path=WEBHOOK, timeout=300)
    # the run's webhook_url was SKYVERN_PUBLIC_URL + the blueprint's path, and the real server signed it
    assert delivery.verified_live and delivery.path == WEBHOOK
    assert send(client, delivery).status_code == 200
    stored = extension.get_run(run_id)
    assert stored is not None and stored["status"] == "completed" and stored["output"] == PRODUCTS
    assert catalog(client) == [{"name": name, "run_id": run_id} for name in PRODUCTS["product_names"]]
    done = f"run {run_id} completed: 3 products"
    assert caplog.messages.count(done) == 1

    # Skyvern retries, and retry_run_webhook sends the same run again: old news, no signal, nothing added
    assert send(client, delivery).status_code == 200
    other_run = delivery.body.replace(run_id.encode(), b"tsk_v2_600000000000000001")
    forged = send(client, delivery, other_run, signature=webhooks.sign(other_run, "guessed"))
    assert forged.status_code == 400 and forged.data == b"invalid signature"
    assert extension.get_run("tsk_v2_600000000000000001") is None
    assert len(catalog(client)) == 3 and caplog.messages.count(done) == 1


def test_a_runs_real_totp_callback_gets_the_code_handed_in_for_its_identifier_once(
    app: Flask, client: FlaskClient, skyvern_webhooks: Receiver, site_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=app.logger.name)
    # While recording, the receiver stands in for the app's TOTP endpoint and answers the real server, which
    # types the code into the test site's 2FA page; the test then asks the app the same question.
    skyvern_webhooks.answer_totp(TOTP, "123456")
    identifier = skyvern_webhooks.recording.remember("totp_identifier", unique_identifier)
    run_id = extension.start_run(
        prompt="Sign in to the account and pass the two-factor check", url=f"{site_url}/login-2fa",
        engine="skyvern-1.0", totp_identifier=identifier,
    )["run_id"]  # fmt: skip

    (callback,) = skyvern_webhooks.wait(1, path=TOTP, timeout=180)
    # the run's totp_url was SKYVERN_PUBLIC_URL + the blueprint's path, and the real server signed the callback
    assert callback.verified_live and callback.is_totp_request and callback.path == TOTP
    assert send(client, callback).status_code == 404  # no code yet: Skyvern asks again 10 s later
    assert f"run {run_id} waits for a one-time code: hand it in with hand_in_code" in caplog.messages

    extension.hand_in_code("123456", identifier=identifier)
    answered = send(client, callback)
    assert answered.status_code == 200 and answered.json == {"verification_code": "123456"}
    assert send(client, callback).status_code == 404  # handed out once

    # the code worked: the site let the run through, and the run's delivery says so
    (delivery,) = skyvern_webhooks.wait(1, path=WEBHOOK, timeout=300)
    assert send(client, delivery).status_code == 200
    stored = extension.get_run(run_id)
    assert stored is not None and stored["status"] == "completed"
    assert f"run {run_id} is completed" in caplog.messages
    assert catalog(client) == []  # a sign-in finds no products
