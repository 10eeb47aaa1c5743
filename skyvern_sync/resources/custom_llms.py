"""Custom LLMs: the organization's own language-model endpoints for runs to use."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from skyvern_sync.errors import InvalidParameterError, InvalidParameterTypeError
from skyvern_sync.resources._base import ClientCore
from skyvern_sync.validation import check_id

if TYPE_CHECKING:
    from skyvern_generated.models import (
        ClearOrganizationAuthTokenResponse,
        CustomLLMConfig,
        CustomLLMListResponse,
        CustomLLMResponse,
    )

    from skyvern_sync.options import RequestOptions


class CustomLlmsMixin(ClientCore):
    """The custom_llms operations (skyvern_generated/api/custom_llms/), mixed into `Skyvern`."""

    def list_custom_llms(
        self, *, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> CustomLLMListResponse:
        """The organization's custom LLM configurations (all of them, in one answer).

        Args:
            request_options: per-call timeout, retries and headers.

        Returns:
            `custom_llms`, each with its `config` (whose repr hides `api_key`).
        """
        return cast("CustomLLMListResponse", self._call("list_custom_llms", request_options))

    def create_custom_llm(
        self,
        *,
        config: CustomLLMConfig | Mapping[str, Any],
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> CustomLLMResponse:
        """Register a language model of the organization's own (an OpenAI-compatible, Gemini, Ollama or
        OpenRouter endpoint) for runs to select.

        Args:
            config: a `CustomLLMConfig`, or a dict of its fields: `display_name`, `provider`, `model_name`, and
                optional `api_base`, `api_key` (a secret: no repr, message or cassette shows it),
                `api_version`, `supports_vision`, `add_assistant_prefix`, `max_completion_tokens`,
                `temperature`, `reasoning_effort`, `extra_parameters`.
            request_options: per-call timeout, retries and headers.

        Returns:
            `custom_llm`: the stored configuration (`id`, `config`, `valid`).

        Raises:
            UnprocessableEntityError: a field outside the schema's limits (name length, temperature 0..2...).
        """
        from skyvern_generated.models import CustomLLMCreateRequest

        body = CustomLLMCreateRequest(config=_config(config))
        return cast("CustomLLMResponse", self._call("create_custom_llm", request_options, body=body))

    def update_custom_llm(
        self,
        custom_llm_id: str,
        *,
        config: CustomLLMConfig | Mapping[str, Any],
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> CustomLLMResponse:
        """Replace a custom LLM's configuration.

        Args:
            custom_llm_id: the custom LLM (its `id`).
            config: the whole new configuration, as for `create_custom_llm`.
            request_options: per-call timeout, retries and headers.

        Returns:
            `custom_llm`: the stored configuration.

        Raises:
            NotFoundError: no custom LLM with this id.
        """
        from skyvern_generated.models import CustomLLMUpdateRequest

        llm = check_id("custom_llm_id", custom_llm_id)
        body = CustomLLMUpdateRequest(config=_config(config))
        return cast("CustomLLMResponse", self._call("update_custom_llm", request_options, llm, body=body))

    def delete_custom_llm(
        self, custom_llm_id: str, *, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> ClearOrganizationAuthTokenResponse:
        """Delete a custom LLM configuration.

        Args:
            custom_llm_id: the custom LLM (its `id`).
            request_options: per-call timeout, retries and headers.

        Returns:
            `success`: True.

        Raises:
            NotFoundError: no custom LLM with this id.
        """
        return cast(
            "ClearOrganizationAuthTokenResponse",
            self._call("delete_custom_llm", request_options, check_id("custom_llm_id", custom_llm_id)),
        )


def _config(config: object) -> CustomLLMConfig:
    """The configuration as the generated model; a dict that does not fit is refused by path and type only (it
    may hold an API key)."""
    from skyvern_generated.models import CustomLLMConfig

    if isinstance(config, CustomLLMConfig):
        return config
    if not isinstance(config, Mapping):
        raise InvalidParameterTypeError("config", f"must be a CustomLLMConfig or a dict, got {type(config).__name__}")
    try:
        return CustomLLMConfig.from_dict(dict(config))
    except ValueError as error:  # the generated layer's ShapeError: a path and a JSON type, never the value
        raise InvalidParameterError("config", str(error).replace("$.", "", 1).replace("$", "config")) from None
