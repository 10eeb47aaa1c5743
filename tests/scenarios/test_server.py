"""The server itself (its version, its browser types) and an SDK action run at once."""

from __future__ import annotations

import pytest

from skyvern_sync import BadRequestError, Skyvern
from skyvern_sync.types import ExtractAction


def test_the_server_says_its_version_and_offers_no_browser_types(skyvern: Skyvern) -> None:
    assert skyvern.get_version() == {"version": "1.0.56"}
    # a self-hosted 1.0.56 server offers no browser engine to choose (Skyvern Cloud lists its own)
    assert skyvern.get_browser_types() == []


def test_run_sdk_action_without_a_browser_on_the_page_is_refused(skyvern: Skyvern, site_url: str) -> None:
    # the 1.0.56 server runs the action in a browser it does not navigate to `url`: it refuses a blank page
    with pytest.raises(BadRequestError, match="blank page"):
        skyvern.run_sdk_action(
            url=f"{site_url}/products",
            action=ExtractAction(prompt="the product names"),
            request_options={"timeout_in_seconds": 180},
        )
