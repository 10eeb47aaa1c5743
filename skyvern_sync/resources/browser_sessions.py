"""Browser sessions: browsers that stay alive between runs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from skyvern_sync.errors import InvalidParameterTypeError
from skyvern_sync.resources._base import ClientCore
from skyvern_sync.resources._checks import proxy_location_value
from skyvern_sync.validation import (
    check_enum,
    check_enums,
    check_id,
    check_int,
)

if TYPE_CHECKING:
    from skyvern_generated.models import (
        BrowserSessionResponse,
        Extensions,
        GeoTarget,
        PersistentBrowserType,
        ProxyLocation,
    )

    from skyvern_sync.options import RequestOptions


class BrowserSessionsMixin(ClientCore):
    """The browser_sessions operations (skyvern_generated/api/browser_sessions/), mixed into `Skyvern`."""

    def create_browser_session(
        self,
        timeout: int | None = 60,
        proxy_location: ProxyLocation | str | GeoTarget | Mapping[str, Any] | None = None,
        extensions: list[Extensions | str] | None = None,
        browser_type: PersistentBrowserType | str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> BrowserSessionResponse:
        """Start a browser that stays alive between runs, keeping cookies and logins (chain runs in it).

        Args:
            timeout: minutes the session lives, 5 to 1440 (default 60). Skyvern 1.0.56's own document says
                at most 240; the reference says 1440. None leaves it to the server.
            proxy_location: as for `run_task`.
            extensions: browser extensions to install: `Extensions` or their values, `"ad-blocker"`,
                `"captcha-solver"`.
            browser_type: a `PersistentBrowserType` or its value: `"chrome"`, `"msedge"`, `"stealth-chromium"`.
            request_options: per-call timeout, retries and headers.

        Returns:
            The session: pass its `browser_session_id` (`pbs_...`) to runs; `browser_address` for CDP.
        """
        from skyvern_generated.models import CreateBrowserSessionRequest, Extensions, PersistentBrowserType

        if extensions is not None and not isinstance(extensions, list | tuple):
            raise InvalidParameterTypeError("extensions", f"must be a list, got {type(extensions).__name__}")
        body = CreateBrowserSessionRequest(
            timeout=check_int("timeout", timeout, minimum=5, maximum=1440),
            proxy_location=proxy_location_value(proxy_location),
            extensions=check_enums("extensions", extensions, Extensions),
            browser_type=None
            if browser_type is None
            else check_enum("browser_type", browser_type, PersistentBrowserType),
        )
        return cast("BrowserSessionResponse", self._call("create_browser_session", request_options, body=body))

    def get_browser_session(
        self, browser_session_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> BrowserSessionResponse:
        """One browser session: its `status`, `browser_address`, `timeout` and times.

        Args:
            browser_session_id: the session (`pbs_...`).
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no session with this id.
        """
        return cast(
            "BrowserSessionResponse",
            self._call("get_browser_session", request_options, check_id("browser_session_id", browser_session_id)),
        )

    def get_browser_sessions(
        self, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> list[BrowserSessionResponse]:
        """The organization's active browser sessions.

        Args:
            request_options: per-call timeout, retries and headers.
        """
        return cast("list[BrowserSessionResponse]", self._call("get_browser_sessions", request_options))

    def close_browser_session(
        self, browser_session_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> None:
        """Close a browser session; it cannot be used again. Closing it twice is not an error.

        Args:
            browser_session_id: the session (`pbs_...`).
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no session with this id.
        """
        self._call("close_browser_session", request_options, check_id("browser_session_id", browser_session_id))
