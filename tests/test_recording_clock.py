"""A client the test builds itself inside a recording waits on the cassette's clock, without being attached."""

from __future__ import annotations

import pytest

from skyvern_sync import Skyvern
from skyvern_sync.polling import SystemClock
from skyvern_sync.testing import recording
from skyvern_sync.testing.recording import REPLAY_API_KEY
from tests._recorded import CASSETTES

# one task run, waited for over 10 polls (tests/scenarios/test_runs.py)
CASSETTE = CASSETTES / "test_runs" / "test_run_task_skyvern_2_0_completes_with_timeline.yaml"


@pytest.fixture
def system_sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every sleep asked of the system clock (none is slept: a wait on it would only poll too soon)."""
    asked: list[float] = []
    monkeypatch.setattr(SystemClock, "sleep", lambda self, seconds: asked.append(seconds))
    return asked


def replay_the_run(client: Skyvern, site_url: str) -> str:
    run = client.run_task(
        prompt=f"Extract the product names from {site_url}/products", wait_for_completion=True, timeout=300
    )
    return str(run.status)


def test_a_client_built_inside_a_recording_replays_its_wait_on_the_cassettes_clock(system_sleeps: list[float]) -> None:
    with recording(CASSETTE) as session:
        client = Skyvern(REPLAY_API_KEY, base_url=session.remember("base_url", str))  # not attached
        assert client.waiter.clock is session.clock
        assert replay_the_run(client, session.remember("site_url", str)) == "completed"
    assert system_sleeps == []
    assert isinstance(client.waiter.clock, SystemClock)  # the recording is over


def test_a_client_built_before_the_recording_follows_it_inside(system_sleeps: list[float]) -> None:
    with recording(CASSETTE) as session:
        base_url, site_url = session.remember("base_url", str), session.remember("site_url", str)
    client = Skyvern(REPLAY_API_KEY, base_url=base_url)
    with recording(CASSETTE):
        assert replay_the_run(client, site_url) == "completed"
    assert system_sleeps == []


def test_an_explicit_clock_or_attach_wins(system_sleeps: list[float]) -> None:
    class Mine(SystemClock):
        pass

    with recording(CASSETTE), recording(CASSETTE) as inner:
        chosen = Skyvern(REPLAY_API_KEY, base_url="http://127.0.0.1:9")
        mine = Mine()
        chosen.waiter.clock = mine
        attached = inner.attach(Skyvern(REPLAY_API_KEY, base_url="http://127.0.0.1:9"))
        automatic = Skyvern(REPLAY_API_KEY, base_url="http://127.0.0.1:9")
        assert chosen.waiter.clock is mine and attached.waiter.clock is inner.clock
        assert automatic.waiter.clock is inner.clock  # the innermost recording
    assert attached.waiter.clock is inner.clock  # attached stays, after the recording too
