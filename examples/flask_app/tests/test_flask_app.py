"""The Flask example against real Skyvern traffic: runs started through its views on the real server, and
the deliveries and TOTP callbacks that server really sent, posted to the app's own endpoints.

Recorded with `--skyvern-record-mode=all` (python -m tools.record); replayed offline by plain `pytest`.
The fixtures live here rather than in a conftest.py: mypy checks `examples` as one tree, where a second
top-level `conftest` module (the Django example has one) would clash.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
from flask import Flask, current_app
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

import skyvern_flask
from skyvern_flask import MissingSetting, create_app, db
from skyvern_sync import Skyvern, webhooks
from skyvern_sync.testing import Delivery, Receiver, Recording

WEBHOOK = "/webhooks/skyvern/"
PRODUCTS = {"title": "Acme Store - Products", "product_names": ["Alpha Widget", "Beta Gadget", "Gamma Gizmo"]}


@pytest.fixture
def skyvern_cassette_dir(request: pytest.FixtureRequest) -> Path:
    """This example's cassettes live beside its tests, not where the repo's ini sends the scenario suite's."""
    return request.path.parent / "cassettes"


@pytest.fixture
def site_url(skyvern_recording: Recording) -> str:
    """The local test site the server's browser visits (see ../shared/realskyvern/README.md)."""
    return skyvern_recording.remember("site_url", lambda: os.environ["SITE_URL"])


@pytest.fixture
def app(skyvern: Skyvern, skyvern_webhooks: Receiver, tmp_path: Path) -> Flask:
    """The app wired to this test's recording: its client is the `skyvern` fixture (so its traffic is in the
    cassette), its key the one deliveries are signed with, and its public URL the receiver's, so that what
    Skyvern sends it lands where the test can take it from."""
    config = {
        "TESTING": True,
        "DATABASE": str(tmp_path / "runs.sqlite3"),
        "SKYVERN_API_KEY": skyvern_webhooks.api_key,
        "SKYVERN_BASE_URL": skyvern.base_url,
        "SKYVERN_PUBLIC_URL": skyvern_webhooks.url,
    }
    return create_app(config, skyvern=skyvern)


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


def start(client: FlaskClient, **request: str) -> str:
    response = client.post("/runs/", json=request)
    assert response.status_code == 201, response.data
    run_id: str = response.json["run_id"] if response.json else ""
    return run_id


def stored(client: FlaskClient, run_id: str) -> dict[str, Any]:
    response = client.get(f"/runs/{run_id}/")
    assert response.status_code == 200 and isinstance(response.json, dict), response.data
    return response.json


def runs_in_db(app: Flask) -> int:
    with app.app_context():
        return db.count_runs()


def test_a_run_is_stored_once_from_its_real_signed_delivery_and_forgeries_are_refused(
    app: Flask, client: FlaskClient, skyvern_webhooks: Receiver, site_url: str
) -> None:
    run_id = start(client, prompt="Extract the product names", url=f"{site_url}/products", engine="skyvern-2.0")
    assert stored(client, run_id)["status"] in ("created", "queued")

    (delivery,) = skyvern_webhooks.wait(1, path=WEBHOOK, timeout=300)
    assert delivery.verified_live and delivery.path == WEBHOOK  # the run's webhook_url was built from config
    response = send(client, delivery)
    assert response.status_code == 200, response.data
    run = stored(client, run_id)
    assert run["status"] == "completed" and run["output"] == PRODUCTS

    # Skyvern retries, and retry_run_webhook sends the same run again: the row is rewritten, never added
    assert send(client, delivery).status_code == 200
    assert runs_in_db(app) == 1 and stored(client, run_id)["status"] == "completed"

    forged = delivery.body.replace(b'"completed"', b'"failed"')
    other_run = delivery.body.replace(run_id.encode(), b"tsk_v2_600000000000000001")
    attempts = {
        "a changed body": send(client, delivery, forged),
        "a body signed with a guessed key": send(
            client, delivery, other_run, signature=webhooks.sign(other_run, "guessed")
        ),
        "an empty signature": send(client, delivery, signature=""),
    }
    for name, refused in attempts.items():
        assert refused.status_code == 400, name
        assert refused.data == b"invalid signature", name  # never the body, nor the key
    assert runs_in_db(app) == 1 and stored(client, run_id)["status"] == "completed"


def test_a_totp_callback_gets_the_code_handed_in_for_its_run_once(
    app: Flask, client: FlaskClient, skyvern_webhooks: Receiver, site_url: str
) -> None:
    # While recording, the receiver stands in for the app's /totp/ and answers the real server, which types
    # the code into the test site's 2FA page; the test then asks the app the same question.
    skyvern_webhooks.answer_totp("/totp", "123456")
    identifier = skyvern_webhooks.recording.remember("totp_identifier", unique_identifier)
    run_id = start(
        client, prompt="Sign in to the account and pass the two-factor check", url=f"{site_url}/login-2fa",
        engine="skyvern-1.0", totp_identifier=identifier,
    )  # fmt: skip

    (callback,) = skyvern_webhooks.wait(1, path="/totp/", timeout=180)
    assert callback.verified_live and callback.is_totp_request
    assert send(client, callback).status_code == 404  # no code yet: Skyvern asks again 10 s later

    assert client.post(f"/runs/{run_id}/code/", json={"code": "123456"}).status_code == 204
    answered = send(client, callback)
    assert answered.status_code == 200 and answered.json == {"verification_code": "123456"}
    assert send(client, callback).status_code == 404  # handed out once

    forged = send(client, callback, signature=webhooks.sign(callback.body, "guessed"))
    assert forged.status_code == 400 and forged.data == b"invalid signature"

    # the code worked: the site let the run through, and the run's delivery says so
    (delivery,) = skyvern_webhooks.wait(1, path=WEBHOOK, timeout=300)
    assert send(client, delivery).status_code == 200
    assert stored(client, run_id)["status"] == "completed" and runs_in_db(app) == 1


def test_a_bad_start_request_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    with Skyvern(api_key="a-key", base_url="https://skyvern.internal") as offline:
        config = {"DATABASE": str(tmp_path / "db.sqlite3"), "SKYVERN_API_KEY": "a-key"}
        client = create_app(config, skyvern=offline).test_client()
        for body in (b"not json", b"[]", b'{"url": "https://example.com"}', b'{"prompt": " "}'):
            response = client.post("/runs/", data=body, content_type="application/json")
            assert response.status_code == 400
            assert response.json == {"error": 'expected a JSON object with a "prompt"'}


def test_the_factory_makes_one_client_shared_by_every_thread_and_closes_it_with_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed = threading.Event()

    class Watched(Skyvern):
        def close(self) -> None:
            closed.set()
            super().close()

    monkeypatch.setattr(skyvern_flask, "Skyvern", Watched)
    config = {
        "DATABASE": str(tmp_path / "db.sqlite3"),
        "SKYVERN_API_KEY": "a-key",
        "SKYVERN_BASE_URL": "https://skyvern.internal",
    }
    app = create_app(config)
    made = app.extensions["skyvern"]
    assert isinstance(made, Watched) and made.base_url == "https://skyvern.internal"
    seen: list[Skyvern] = []

    @app.get("/which")
    def which() -> str:
        seen.append(current_app.extensions["skyvern"])
        return ""

    threads = [threading.Thread(target=app.test_client().get, args=("/which",)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8 and all(client is made for client in seen)

    assert not closed.is_set()  # requests end, the client stays
    del app, made, threads
    gc.collect()
    assert closed.is_set()  # the app is gone: its client is closed (or at exit, whichever comes first)


def test_without_a_key_the_factory_refuses_to_start_in_one_line_naming_the_setting(tmp_path: Path) -> None:
    with pytest.raises(MissingSetting, match=r"^SKYVERN_API_KEY is not set"):
        create_app({"DATABASE": str(tmp_path / "db.sqlite3"), "SKYVERN_API_KEY": ""})
    # as its README starts it: one line, not a traceback
    env = {name: value for name, value in os.environ.items() if not name.startswith("SKYVERN_")}
    env["SKYVERN_FLASK_DATABASE"] = str(tmp_path / "db.sqlite3")
    started = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "skyvern_flask", "run", "--port", "0"],
        cwd=Path(skyvern_flask.__file__).parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    with pytest.raises(MissingSetting, match=r"^SKYVERN_BASE_URL is refused: "):
        create_app({"DATABASE": str(tmp_path / "db.sqlite3"), "SKYVERN_API_KEY": "k", "SKYVERN_BASE_URL": "nope"})
    assert started.returncode == 1
    assert started.stderr.splitlines() == [
        "Error: SKYVERN_API_KEY is not set: export your Skyvern API key before starting the app"
    ]
