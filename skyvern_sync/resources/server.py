"""The server itself: its version and the browsers it offers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from skyvern_sync.resources._base import ClientCore

if TYPE_CHECKING:
    from skyvern_generated.models import BrowserTypeOption

    from skyvern_sync.options import RequestOptions


class ServerMixin(ClientCore):
    """The server operations (skyvern_generated/api/server/), mixed into `Skyvern`."""

    def get_version(self, *, request_options: RequestOptions | Mapping[str, Any] | None = None) -> dict[str, str]:
        """The server's version (a self-hosted server answers `{"version": ...}`).

        Args:
            request_options: per-call timeout, retries and headers.

        Returns:
            The version facts as the server states them, names to strings.
        """
        return cast("dict[str, str]", self._call("get_version", request_options))

    def get_browser_types(
        self, *, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> list[BrowserTypeOption]:
        """The browser engines a browser session or run may ask for (`browser_type`), with their labels.

        Not in the official client. Skyvern 1.0.56 self-hosted offers none and answers an empty list; Skyvern
        Cloud lists its engines.

        Args:
            request_options: per-call timeout, retries and headers.

        Returns:
            Each engine's `value` (what to pass as `browser_type`) and `label`.
        """
        return cast("list[BrowserTypeOption]", self._call("get_browser_types", request_options))
