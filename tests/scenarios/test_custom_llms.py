"""Custom LLM configurations; the API key sent here must never reach a repr, a message or a cassette."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from skyvern_sync import NotFoundError, Skyvern
from tests._recorded import SCENARIO_LLM_API_KEY as API_KEY


def test_custom_llm_lifecycle(skyvern: Skyvern, unique: Callable[[str], str]) -> None:
    config: dict[str, Any] = {
        "display_name": unique("own model"), "provider": "openai_compatible", "model_name": "scenario-model",
        "api_base": "http://127.0.0.1:9/v1", "api_key": API_KEY,
    }  # fmt: skip
    created = skyvern.create_custom_llm(config=config).custom_llm
    assert created.config.display_name == config["display_name"]
    assert API_KEY not in repr(created)

    assert created.id in [llm.id for llm in skyvern.list_custom_llms().custom_llms]
    updated = skyvern.update_custom_llm(created.id, config={**config, "temperature": 0.5}).custom_llm
    assert (updated.id, updated.config.temperature) == (created.id, 0.5)

    assert skyvern.delete_custom_llm(created.id).success is True
    with pytest.raises(NotFoundError) as raised:
        skyvern.delete_custom_llm(created.id)
    assert API_KEY not in str(raised.value) and API_KEY not in repr(raised.value)
    with pytest.raises(NotFoundError):
        skyvern.update_custom_llm(created.id, config=config)
