"""skyvern_sync.flask in a new app, against real recorded deliveries and TOTP callbacks (tests/integrations/
_traffic.py replays the scenario suite's webhook cassettes by path)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from skyvern_sync import webhooks
from skyvern_sync.flask import SkyvernExtension, run_status_changed, totp_requested
from skyvern_sync.testing import Delivery
from tests.integrations._traffic import FINISHED_RUN, KEY, TOTP_RUN, Traffic, replaying

WEBHOOK = "/skyvern/webhook/"
TOTP = "/skyvern/totp/"
skyvern = SkyvernExtension()


def create_app(tmp_path: Path, **config: Any) -> Flask:
    """An app factory as the docs show it."""
    app = Flask(__name__, instance_path=str(tmp_path))
    app.config.update({"SKYVERN_API_KEY": KEY, "SKYVERN_BASE_URL": "http://127.0.0.1:8790", **config})
    skyvern.init_app(app)
    return app


def send(client: FlaskClient, path: str, delivery: Delivery, body: bytes | None = None,
         signature: str | None = None) -> Any:  # fmt: skip
    headers = {k.lower(): v for k, v in delivery.headers.items() if k.lower() not in ("content-length", "host")}
    if signature is not None:
        headers[webhooks.SIGNATURE_HEADER] = signature
    return client.post(path, data=delivery.body if body is None else body, headers=headers)


@pytest.fixture
def changes() -> Iterator[list[tuple[str, str | None, str]]]:
    seen: list[tuple[str, str | None, str]] = []

    def receive(sender: Flask, run: dict[str, Any], previous_status: str | None, **kwargs: Any) -> None:
        seen.append((run["run_id"], previous_status, run["status"]))

    run_status_changed.connect(receive)
    yield seen
    run_status_changed.disconnect(receive)


def wired(app: Flask, traffic: Traffic) -> FlaskClient:
    skyvern.use_client(traffic.client, app)
    return app.test_client()


def test_a_delivery_is_stored_once_and_status_never_goes_backwards(
    tmp_path: Path, changes: list[tuple[str, str | None, str]]
) -> None:
    app = create_app(tmp_path)
    with replaying(FINISHED_RUN) as traffic:
        client = wired(app, traffic)
        with app.app_context():
            answer = skyvern.client().run_task(**traffic.start)  # the recorded run_task answer
            assert skyvern.record(answer)["status"] == "created"
        completion, resend = traffic.delivered("/hooks/run")
        assert send(client, WEBHOOK, completion).status_code == 200
        assert send(client, WEBHOOK, resend).status_code == 200  # the real resend: old news
        with app.app_context():
            skyvern.record(answer)  # a late run_task answer ("created"): old news
            stored = skyvern.get_run(answer.run_id)
            assert stored is not None and stored["status"] == "completed" and stored["run_type"] == "task_v1"
            assert stored["recording_url"].endswith("recording.mp4") and stored["app_url"]
            assert skyvern._state().store.count() == 1
    assert changes == [(answer.run_id, None, "created"), (answer.run_id, "created", "completed")]


def test_forgeries_are_refused_and_the_old_key_verifies_while_rotating(
    tmp_path: Path, changes: list[tuple[str, str | None, str]]
) -> None:
    with replaying(FINISHED_RUN) as traffic:
        completion = traffic.delivered("/hooks/run")[0]
        client = wired(create_app(tmp_path / "a"), traffic)
        forged = completion.body.replace(b'"completed"', b'"failed"')
        for body, signature in ((forged, None), (forged, webhooks.sign(forged, "guessed")), (None, "")):
            refused = send(client, WEBHOOK, completion, body, signature)
            assert refused.status_code == 400 and refused.data == b"invalid signature"
        assert changes == []

        rotating = create_app(tmp_path / "b", SKYVERN_API_KEY="the-new-key", SKYVERN_WEBHOOK_KEYS=[KEY])
        assert send(wired(rotating, traffic), WEBHOOK, completion).status_code == 200
        rotated = create_app(tmp_path / "c", SKYVERN_API_KEY="the-new-key")
        assert send(wired(rotated, traffic), WEBHOOK, completion).status_code == 400
    assert [status for _, _, status in changes] == ["completed"]


def test_a_totp_callback_gets_the_code_handed_in_for_its_identifier_once(tmp_path: Path) -> None:
    app = create_app(tmp_path)
    asked: list[tuple[str | None, bool]] = []

    def on_request(sender: Flask, request: webhooks.TOTPRequest, answered: bool, **kwargs: Any) -> None:
        asked.append((request.run_id, answered))

    totp_requested.connect(on_request)
    try:
        with replaying(TOTP_RUN) as traffic:
            client = wired(app, traffic)
            with app.app_context():
                run = skyvern.start_run(**traffic.start)
            (callback,) = traffic.delivered("/totp")
            assert send(client, TOTP, callback).status_code == 404
            with app.app_context():
                skyvern.hand_in_code("123456", identifier=run["totp_identifier"])
            answered = send(client, TOTP, callback)
            assert answered.status_code == 200 and answered.json == {"verification_code": "123456"}
            assert send(client, TOTP, callback).status_code == 404  # handed out once

            with app.app_context():  # a code older than SKYVERN_TOTP_CODE_TTL is not handed out
                skyvern._state().store.hand_in("111111", run["run_id"], "", at=time.time() - 601)
            assert send(client, TOTP, callback).status_code == 404
    finally:
        totp_requested.disconnect(on_request)
    assert asked == [(run["run_id"], False), (run["run_id"], True), (run["run_id"], False), (run["run_id"], False)]


def test_init_app_refuses_an_app_without_a_key(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="SKYVERN_API_KEY"):
        SkyvernExtension(Flask(__name__, instance_path=str(tmp_path)))


def test_the_client_is_the_apps_made_on_first_use_from_its_config(tmp_path: Path) -> None:
    app = create_app(tmp_path, SKYVERN_BASE_URL="https://skyvern.internal")
    with app.app_context():
        made = skyvern.client()
        assert made is skyvern.client() and made.base_url == "https://skyvern.internal"
    made.close()


def test_a_forked_child_makes_its_own_client(tmp_path: Path) -> None:
    import os

    app = create_app(tmp_path)
    with app.app_context():
        parent = skyvern.client()
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: the parent's client (copied) is not the child's
            child = skyvern.client()
            os.write(write, b"own" if child is not parent and skyvern.client() is child else b"shared")
            os._exit(0)
        os.close(write)
        answer = os.read(read, 16)
        os.waitpid(pid, 0)
        assert answer == b"own" and skyvern.client() is parent
    parent.close()
