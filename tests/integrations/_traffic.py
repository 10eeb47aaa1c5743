"""Recorded traffic for the integration tests: the scenario suite's webhook cassettes, replayed by path.

`cassettes/test_webhooks/` holds a real run started with a webhook URL and the two deliveries the real
server sent for it (the completion and a `retry_run_webhook` resend), and a real run started with a TOTP
URL and the callback the server sent asking for its code. The deliveries are stored signed with the replay
key (`skyvern_sync.testing.REPLAY_API_KEY`), as the harness does for every recorded delivery. `start` is
the run_task call each recording made, rebuilt from the values the cassette remembered, so that it replays.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skyvern_sync import Skyvern
from skyvern_sync.testing import REPLAY_API_KEY, Delivery, Recording, receiving, recording

ROOT = Path(__file__).resolve().parents[2]
WEBHOOK_CASSETTES = ROOT / "cassettes" / "test_webhooks"
FINISHED_RUN = WEBHOOK_CASSETTES / "test_a_finished_run_is_delivered_signed_and_parses_as_get_run_gives_it.yaml"
TOTP_RUN = WEBHOOK_CASSETTES / "test_a_totp_callback_is_signed_and_answered_with_the_code.yaml"
KEY = REPLAY_API_KEY


@dataclass
class Traffic:
    """One recorded test's traffic: a client replaying its calls, what the server sent, how it was started."""

    recording: Recording
    client: Skyvern
    deliveries: list[Delivery]
    start: dict[str, Any]  # the run_task arguments the recorded test passed (without waiting)

    def delivered(self, path: str) -> list[Delivery]:
        return [delivery for delivery in self.deliveries if delivery.path.startswith(path)]


def start_arguments(path: Path, active: Recording, receiver_url: str) -> dict[str, Any]:
    """The run_task call of tests/scenarios/test_webhooks.py that recorded `path`, minus the waiting."""
    site_url = active.remember("site_url", str)
    if path == FINISHED_RUN:
        return {
            "prompt": "Open the products page", "url": f"{site_url}/products", "engine": "skyvern-1.0",
            "webhook_url": f"{receiver_url}/hooks/run",
        }  # fmt: skip
    return {
        "prompt": "Sign in to the account and pass the two-factor check", "url": f"{site_url}/login-2fa",
        "engine": "skyvern-1.0", "totp_url": f"{receiver_url}/totp",
        "totp_identifier": active.remember("totp_identifier", str),
    }  # fmt: skip


@contextmanager
def replaying(path: Path, block_network: bool = True) -> Iterator[Traffic]:
    """The recorded traffic at `path`, active until the block ends (other connections refused unless
    `block_network` is False: a test that talks to a broker on loopback)."""
    with (
        recording(path, block_network=block_network) as active,
        receiving(active, "") as receiver,
        Skyvern(api_key=KEY, base_url=active.remember("base_url", str)) as client,
    ):
        yield Traffic(active, client, receiver.deliveries, start_arguments(path, active, receiver.url))
