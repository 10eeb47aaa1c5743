"""The scenario suite: every reference method against a real Skyvern server, recorded once, replayed by default.

Recorded with `python -m tools.record` against the real open-source server (../shared/realskyvern), whose
scripted language model is steered from the prompt: `[[stub:delay=N]]` keeps a run running, `[[stub:fail]]`
fails it, `[[stub:terminate]]` terminates it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable

import pytest

from skyvern_sync.testing import Recording


@pytest.fixture
def site_url(skyvern_recording: Recording) -> str:
    """The local test site the server's browser visits (products, login form, downloads)."""
    return skyvern_recording.remember("site_url", lambda: os.environ["SITE_URL"])


@pytest.fixture
def unique(skyvern_recording: Recording) -> Callable[[str], str]:
    """A name no earlier recording used (servers refuse some duplicates); replay sends the recorded one."""

    def name(prefix: str) -> str:
        return skyvern_recording.remember(f"name:{prefix}", lambda: f"{prefix} {uuid.uuid4().hex[:8]}")

    return name
