"""Tags: key-value labels on runs and workflows, their keys and values, and their history."""

from __future__ import annotations

from skyvern_sync.resources._base import ClientCore


class TagsMixin(ClientCore):
    """The tags operations (skyvern_generated/api/tags/), mixed into `Skyvern`."""
