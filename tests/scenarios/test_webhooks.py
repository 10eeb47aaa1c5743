"""What the real server sends to a receiver: signed webhook deliveries of a finished run, signed TOTP callbacks.

Recorded with `skyvern_webhooks` (skyvern_sync.testing): live, each delivery is verified against the real key
byte for byte; in replay the recorded deliveries, signed again with the replay key, are verified the same way.
"""

from __future__ import annotations

import pytest

from skyvern_sync import Skyvern, WebhookVerificationError, webhooks
from skyvern_sync.testing import Receiver
from skyvern_sync.types import TaskRunResponse


def test_a_finished_run_is_delivered_signed_and_parses_as_get_run_gives_it(
    skyvern: Skyvern, skyvern_webhooks: Receiver, site_url: str
) -> None:
    hook = f"{skyvern_webhooks.url}/hooks/run"
    run = skyvern.run_task(
        prompt="Open the products page", url=f"{site_url}/products", engine="skyvern-1.0",
        webhook_url=hook, wait_for_completion=True, timeout=300,
    )  # fmt: skip
    assert run.status == "completed", run.failure_reason
    replayed = skyvern.retry_run_webhook(run.run_id)
    assert replayed.run_id == run.run_id
    assert replayed.target_webhook_url == hook and replayed.status_code == 200

    completion, retry = skyvern_webhooks.wait(2, path="/hooks/run", timeout=60)
    for delivery in (completion, retry):
        assert delivery.verified_live  # signed by the real server with the real key, checked as it arrived
        delivered = webhooks.parse(delivery.body, delivery.headers, skyvern_webhooks.api_key)
        assert isinstance(delivered, TaskRunResponse)
        assert delivered.run_id == run.run_id and delivered.status == "completed"
        assert delivered.run_type == "task_v1"
        # a task's delivery also carries the legacy task fields: kept, not an error
        assert delivered.additional_properties["task_id"] == run.run_id
        assert webhooks.delivery_time(delivery.headers) is not None
    # the server's compact JSON: separators without spaces
    assert b'":"' in completion.body and b'": "' not in completion.body


def test_a_totp_callback_is_signed_and_answered_with_the_code(
    skyvern: Skyvern, skyvern_webhooks: Receiver, site_url: str
) -> None:
    # the test site's 2FA login: any credentials, then a one-time code (123456) on /verify; Skyvern asks the
    # run's totp_url for it, signed like a webhook, and types what it answers
    skyvern_webhooks.answer_totp("/totp", "123456")
    identifier = skyvern_webhooks.recording.remember("totp_identifier", lambda: f"totp-{id(skyvern)}@example.com")
    run = skyvern.run_task(
        prompt="Sign in to the account and pass the two-factor check", url=f"{site_url}/login-2fa",
        engine="skyvern-1.0", totp_url=f"{skyvern_webhooks.url}/totp", totp_identifier=identifier,
        wait_for_completion=True, timeout=300,
    )  # fmt: skip
    assert run.status == "completed", run.failure_reason
    callback = skyvern_webhooks.wait(1, path="/totp", timeout=5)[0]
    assert callback.verified_live and callback.is_totp_request
    asked = webhooks.parse_totp_request(callback.body, callback.headers, skyvern_webhooks.api_key)
    assert asked.task_id == run.run_id and asked.run_id == run.run_id
    with pytest.raises(WebhookVerificationError):
        webhooks.parse_totp_request(callback.body, callback.headers, "not the key")
