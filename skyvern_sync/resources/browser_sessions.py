"""Browser sessions: browsers that stay alive between runs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from skyvern_sync.errors import InvalidParameterError, InvalidParameterTypeError
from skyvern_sync.resources._base import ClientCore
from skyvern_sync.resources._checks import optional_id, proxy_location_value
from skyvern_sync.validation import (
    check_bool,
    check_enum,
    check_enums,
    check_id,
    check_int,
    check_mapping,
    check_optional_text,
    shown,
)

if TYPE_CHECKING:
    from skyvern_generated.models import (
        BrowserSessionResponse,
        BrowserSettings,
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
        *,
        url: str | None = None,
        proxy_session_id: str | None = None,
        browser_profile_id: str | None = None,
        generate_browser_profile: bool | None = None,
        browser_settings: BrowserSettings | Mapping[str, Any] | None = None,
        needs_live_view: bool | None = None,
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
            url: a page the browser opens when the session starts (the server checks it is a valid URL).
            proxy_session_id: a Skyvern-managed sticky proxy session to pin (Skyvern Cloud's residential ISP
                proxies; a local server has none to pin).
            browser_profile_id: a browser profile (`bp_...`) to load into the session (its cookies, storage).
            generate_browser_profile: save the session's browser state when it ends, so that
                `create_browser_profile(browser_session_id=...)` can keep it (server default False; a session
                started from a profile always saves it). Changeable later with `update_browser_session`.
            browser_settings: a `BrowserSettings` or a dict of its fields: `timezone_id`, an IANA name such as
                `"America/New_York"` the browser reports to pages (the server refuses UTC offsets and unknown
                names with a 422).
            needs_live_view: whether a person will watch the browser live (server default False).

        Returns:
            The session: pass its `browser_session_id` (`pbs_...`) to runs; `browser_address` for CDP.

        Raises:
            UnprocessableEntityError: a value the server refuses (an invalid `url`, an unknown timezone).
            NotFoundError: no browser profile `browser_profile_id`.
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
            url=check_optional_text("url", url),
            proxy_session_id=check_optional_text("proxy_session_id", proxy_session_id),
            browser_profile_id=_profile_id(browser_profile_id),
            generate_browser_profile=check_bool("generate_browser_profile", generate_browser_profile),
            browser_settings=_browser_settings(browser_settings),
            needs_live_view=check_bool("needs_live_view", needs_live_view),
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

    def update_browser_session(
        self,
        browser_session_id: str,
        *,
        generate_browser_profile: bool,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> BrowserSessionResponse:
        """Change a live browser session: whether its browser state is saved when it ends.

        Args:
            browser_session_id: the session (`pbs_...`).
            generate_browser_profile: save the session's browser state when it ends (read at teardown), so
                that `create_browser_profile(browser_session_id=...)` can keep it.
            request_options: per-call timeout, retries and headers.

        Returns:
            The session, with `generate_browser_profile` as set.

        Raises:
            NotFoundError: no session with this id.
            ConflictError: the session has ended (Skyvern 1.0.56 answers 409: it can no longer be updated).
        """
        from skyvern_generated.models import UpdateBrowserSessionRequest

        body = UpdateBrowserSessionRequest(
            generate_browser_profile=bool(
                check_bool("generate_browser_profile", generate_browser_profile, optional=False)
            )
        )
        return cast(
            "BrowserSessionResponse",
            self._call(
                "update_browser_session", request_options, check_id("browser_session_id", browser_session_id), body=body
            ),
        )

    def extend_browser_session(
        self,
        browser_session_id: str,
        *,
        additional_minutes: int,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> BrowserSessionResponse:
        """Give a live browser session more time: the minutes are added to its current deadline.

        Each call adds again, so this request is never resent once it may have reached the server (a
        connection that failed after sending raises instead of extending twice).

        Args:
            browser_session_id: the session (`pbs_...`).
            additional_minutes: minutes to add, at least 1. A session lives at most 360 minutes in all
                (Skyvern 1.0.56): asked for more, the server grants what remains and says so in `warning`.
            request_options: per-call timeout, retries and headers.

        Returns:
            The session: `timeout` is its new total budget in minutes, counted from its start; `warning` says
            when less was granted than asked. The server may answer 202 when it could not confirm the
            extension yet (it will apply; `warning` says so): read `timeout` back with `get_browser_session`.

        Raises:
            NotFoundError: no session with this id.
            ConflictError: the session has ended, or is already at its longest lifetime (409).
        """
        from skyvern_generated.models import ExtendBrowserSessionRequest

        minutes = check_int("additional_minutes", additional_minutes, minimum=1)
        if minutes is None:
            raise InvalidParameterTypeError("additional_minutes", "must be an int, got None")
        return cast(
            "BrowserSessionResponse",
            self._call(
                "extend_browser_session",
                request_options,
                check_id("browser_session_id", browser_session_id),
                body=ExtendBrowserSessionRequest(additional_minutes=minutes),
            ),
        )


def _browser_settings(value: object) -> Any:
    """A BrowserSettings, from the model or a dict of its fields (a misfit names the key, never the value)."""
    from skyvern_generated.models import BrowserSettings

    if value is None or isinstance(value, BrowserSettings):
        return value
    settings = check_mapping("browser_settings", value) or {}
    unknown = sorted(shown(key) for key in set(settings) - {"timezone_id"})
    if unknown:
        raise InvalidParameterError("browser_settings", f"takes only timezone_id, got {', '.join(unknown)}")
    return BrowserSettings(timezone_id=check_optional_text("browser_settings.timezone_id", settings.get("timezone_id")))


def _profile_id(value: object) -> str | None:
    """None, or a browser profile's id: the server takes only `bp_...` here (a pattern, else 422)."""
    checked = optional_id("browser_profile_id", value)
    if checked is not None and not checked.startswith("bp_"):
        raise InvalidParameterError("browser_profile_id", "must be a browser profile id, starting with 'bp_'")
    return checked
