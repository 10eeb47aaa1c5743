"""The server itself: its version and the browsers it offers."""

from __future__ import annotations

from skyvern_sync.resources._base import ClientCore


class ServerMixin(ClientCore):
    """The server operations (skyvern_generated/api/server/), mixed into `Skyvern`."""
