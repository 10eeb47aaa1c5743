"""What a bad API key gets from the server."""

from __future__ import annotations

import pytest

from skyvern_sync import ForbiddenError, Skyvern


def test_a_bad_api_key_is_forbidden(skyvern: Skyvern) -> None:
    with (
        Skyvern(api_key="not-a-real-key", base_url=skyvern.base_url) as stranger,
        pytest.raises(ForbiddenError) as refused,
    ):
        stranger.get_workflows()
    assert refused.value.status_code == 403
    assert "not-a-real-key" not in str(refused.value)
    assert refused.value.headers.get("content-type", "").startswith("application/json")
