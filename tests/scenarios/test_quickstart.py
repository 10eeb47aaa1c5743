"""The README's quickstart, recorded: `python -m skyvern_sync.quickstart` replays this cassette by default."""

from __future__ import annotations

import pytest

from skyvern_sync import Skyvern
from skyvern_sync.quickstart import quickstart


def test_quickstart(skyvern: Skyvern, site_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert quickstart(skyvern, site_url) == 0
    printed = capsys.readouterr().out
    assert ": completed" in printed
    assert "Alpha Widget" in printed
