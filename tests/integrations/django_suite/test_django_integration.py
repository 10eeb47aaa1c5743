"""skyvern_sync.django in a new project, against real recorded deliveries and TOTP callbacks.

Each test replays a cassette of tests/scenarios/test_webhooks.py by path (tests/integrations/_traffic.py):
the run is started through `start_run` on the recorded run_task answer, and what the real server sent is
posted, byte for byte, to the endpoints the include gives.
"""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core import checks
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import Client, override_settings
from django.utils import timezone

import skyvern_sync.django
from skyvern_sync import Skyvern, webhooks
from skyvern_sync.django import signals
from skyvern_sync.django.models import PendingCode, Run
from skyvern_sync.django.store import hand_in_code, record, start_run
from skyvern_sync.testing import Delivery
from tests.integrations._traffic import FINISHED_RUN, KEY, TOTP_RUN, Traffic, replaying

WEBHOOK = "/skyvern/webhook/"
TOTP = "/skyvern/totp/"


def send(path: str, delivery: Delivery, body: bytes | None = None, signature: str | None = None) -> Any:
    """POST what Skyvern sent (raw body, headers) to `path`, as Skyvern would: no session, no CSRF token."""
    headers = {k.lower(): v for k, v in delivery.headers.items() if k.lower() not in ("content-length", "host")}
    content_type = headers.pop("content-type", "application/json")
    if signature is not None:
        headers[webhooks.SIGNATURE_HEADER] = signature
    skyvern_side = Client(enforce_csrf_checks=True)
    return skyvern_side.post(path, data=delivery.body if body is None else body, content_type=content_type,
                             headers=headers)  # fmt: skip


class Changes:
    """What `run_status_changed` sent, as (run_id, previous, new)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str | None, str]] = []
        signals.run_status_changed.connect(self.receive)

    def receive(self, sender: type[Run], run: Run, previous_status: str | None, **kwargs: Any) -> None:
        self.seen.append((run.run_id, previous_status, run.status))

    def close(self) -> None:
        signals.run_status_changed.disconnect(self.receive)


@pytest.fixture
def changes() -> Any:
    recorder = Changes()
    yield recorder
    recorder.close()


@pytest.fixture
def finished() -> Any:
    with replaying(FINISHED_RUN) as traffic, override_settings(SKYVERN_API_KEY=KEY):
        skyvern_sync.django.use_client(traffic.client)
        yield traffic


def test_a_delivery_lands_in_the_admin_once_and_status_never_goes_backwards(
    finished: Traffic, changes: Changes
) -> None:
    answer = skyvern_sync.django.client().run_task(**finished.start)  # the recorded run_task answer
    started = record(answer)
    assert started.status == "created"
    completion, resend = finished.delivered("/hooks/run")

    assert send(WEBHOOK, completion).status_code == 200
    run = Run.objects.get(run_id=answer.run_id)
    assert run.status == "completed" and run.run_type == "task_v1"
    assert run.recording_url and run.recording_url.endswith("recording.mp4") and run.app_url

    # the real resend (retry_run_webhook) and a late run_task answer ("created") are old news: no change
    assert send(WEBHOOK, resend).status_code == 200
    record(answer)
    assert Run.objects.count() == 1 and Run.objects.get().status == "completed"
    assert changes.seen == [(answer.run_id, None, "created"), (answer.run_id, "created", "completed")]

    admin = Client()
    admin.force_login(User.objects.create_superuser("admin", "admin@example.com", "pw"))
    listing = admin.get("/admin/skyvern_sync/run/")
    assert listing.status_code == 200 and answer.run_id.encode() in listing.content
    assert b"completed" in listing.content
    page = admin.get(f"/admin/skyvern_sync/run/{run.pk}/change/")
    assert page.status_code == 200
    for label in (b"Status", b"Output", b"Failure reason", b"Links"):
        assert label in page.content, label
    assert f'href="{run.recording_url}"'.encode() in page.content
    assert f'href="{run.app_url}"'.encode() in page.content


def test_a_first_delivery_stores_a_run_this_site_never_started(finished: Traffic, changes: Changes) -> None:
    completion = finished.delivered("/hooks/run")[0]
    assert send(WEBHOOK, completion).status_code == 200
    assert send(WEBHOOK, completion).status_code == 200
    (run,) = Run.objects.all()
    assert run.status == "completed" and changes.seen == [(run.run_id, None, "completed")]


def test_forgeries_are_refused_and_change_nothing(finished: Traffic, changes: Changes) -> None:
    completion = finished.delivered("/hooks/run")[0]
    forged = completion.body.replace(b'"completed"', b'"failed"')
    attempts = {
        "a changed body": send(WEBHOOK, completion, forged),
        "signed with a guessed key": send(WEBHOOK, completion, forged, webhooks.sign(forged, "guessed")),
        "an empty signature": send(WEBHOOK, completion, signature=""),
        "a TOTP callback with a guessed key": send(TOTP, completion, signature=webhooks.sign(completion.body, "x")),
    }
    for name, refused in attempts.items():
        assert refused.status_code == 400, name
        assert refused.content == b"invalid signature", name  # never the body, nor a key
    assert not Run.objects.exists() and changes.seen == []


def test_while_rotating_a_delivery_signed_with_the_old_key_still_verifies(finished: Traffic) -> None:
    completion = finished.delivered("/hooks/run")[0]
    with override_settings(SKYVERN_API_KEY="the-new-key"):
        assert send(WEBHOOK, completion).status_code == 400
    with override_settings(SKYVERN_API_KEY="the-new-key", SKYVERN_WEBHOOK_KEYS=[KEY]):
        assert send(WEBHOOK, completion).status_code == 200
    assert Run.objects.get().status == "completed"


def test_without_a_key_a_delivery_is_answered_500_so_that_skyvern_retries_it(finished: Traffic) -> None:
    with override_settings(SKYVERN_API_KEY=""):
        response = send(WEBHOOK, finished.delivered("/hooks/run")[0])
    assert response.status_code == 500 and not Run.objects.exists()


@pytest.fixture
def totp() -> Any:
    with replaying(TOTP_RUN) as traffic, override_settings(SKYVERN_API_KEY=KEY):
        skyvern_sync.django.use_client(traffic.client)
        yield traffic


def test_a_totp_callback_gets_the_code_handed_in_for_its_identifier_once(totp: Traffic) -> None:
    asked: list[tuple[str | None, bool]] = []

    def on_request(sender: type[Run], request: webhooks.TOTPRequest, answered: bool, **kwargs: Any) -> None:
        asked.append((request.run_id, answered))

    signals.totp_requested.connect(on_request)
    try:
        run = start_run(**totp.start)
        assert run.totp_identifier == totp.start["totp_identifier"]
        (callback,) = totp.delivered("/totp")
        assert send(TOTP, callback).status_code == 404  # nothing handed in yet: Skyvern asks again

        hand_in_code("123456", identifier=run.totp_identifier)
        answered = send(TOTP, callback)
        assert answered.status_code == 200 and answered.json() == {"verification_code": "123456"}
        assert send(TOTP, callback).status_code == 404  # handed out once
        assert asked == [(run.run_id, False), (run.run_id, True), (run.run_id, False)]
    finally:
        signals.totp_requested.disconnect(on_request)


def test_a_code_for_the_run_is_handed_out_and_an_expired_one_is_not(totp: Traffic) -> None:
    (callback,) = totp.delivered("/totp")
    run_id = webhooks.parse_totp_request(callback.body, callback.headers, KEY).run_id
    assert run_id is not None
    hand_in_code("111111", run_id=run_id)
    PendingCode.objects.update(handed_in_at=timezone.now() - timedelta(seconds=601))
    assert send(TOTP, callback).status_code == 404  # older than SKYVERN_TOTP_CODE_TTL (600 s)
    with override_settings(SKYVERN_TOTP_CODE_TTL=3600):
        answered = send(TOTP, callback)
    assert answered.status_code == 200 and answered.json() == {"verification_code": "111111"}


def test_manage_py_check_says_what_the_settings_miss() -> None:
    call_command("check")  # the project as the docs set it up passes
    wrong = {
        "SKYVERN_API_KEY": "",
        "SKYVERN_WEBHOOK_KEYS": "old-key",
        "SKYVERN_TOTP_CODE_TTL": 0,
        "SKYVERN_BASE_URL": "api.skyvern.com",
        "SKYVERN_PUBLIC_URL": "runs.example.com",
    }
    with override_settings(**wrong):
        found = {message.id: message for message in checks.run_checks()}
        with pytest.raises(SystemCheckError) as failed:
            call_command("check")
    assert {"skyvern_sync.E001", "skyvern_sync.E002", "skyvern_sync.E003", "skyvern_sync.E004",
            "skyvern_sync.E005"} <= found.keys()  # fmt: skip
    assert "SKYVERN_API_KEY is not set" in str(failed.value)
    assert "SKYVERN_WEBHOOK_KEYS" in found["skyvern_sync.E002"].msg


def test_one_client_per_process_made_on_first_use_and_a_forked_child_makes_its_own() -> None:
    with override_settings(SKYVERN_API_KEY="a-key", SKYVERN_BASE_URL="https://skyvern.internal"):
        parent = skyvern_sync.django.client()
        assert skyvern_sync.django.client() is parent and parent.base_url == "https://skyvern.internal"
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: the parent's client (copied) is not the child's
            child = skyvern_sync.django.client()
            os.write(write, b"own" if child is not parent and skyvern_sync.django.client() is child else b"shared")
            os._exit(0)
        os.close(write)
        answer = os.read(read, 16)
        os.waitpid(pid, 0)
    assert answer == b"own"
    assert skyvern_sync.django.client() is parent


def test_the_client_is_made_from_the_settings() -> None:
    with override_settings(SKYVERN_API_KEY="a-key", SKYVERN_BASE_URL="http://127.0.0.1:9"):
        made = skyvern_sync.django.client()
    assert isinstance(made, Skyvern) and made.base_url == "http://127.0.0.1:9"


def test_in_a_django_project_the_celery_task_uses_the_apps_client() -> None:
    import skyvern_sync.celery

    with override_settings(SKYVERN_API_KEY="a-key", SKYVERN_BASE_URL="https://skyvern.internal"):
        assert skyvern_sync.celery.client() is skyvern_sync.django.client()
