"""Custom LLMs: the organization's own language-model endpoints for runs to use."""

from __future__ import annotations

from skyvern_sync.resources._base import ClientCore


class CustomLlmsMixin(ClientCore):
    """The custom_llms operations (skyvern_generated/api/custom_llms/), mixed into `Skyvern`."""
