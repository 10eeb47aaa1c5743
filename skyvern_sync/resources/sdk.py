"""SDK actions: one browser action run at once in a browser session, as Skyvern's SDK does."""

from __future__ import annotations

from skyvern_sync.resources._base import ClientCore


class SdkMixin(ClientCore):
    """The sdk operations (skyvern_generated/api/sdk/), mixed into `Skyvern`."""
