from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class DownloadFilesRequest(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "browser_address",
        "browser_profile_id",
        "browser_session_id",
        "cdp_connect_headers",
        "download_suffix",
        "download_timeout",
        "extra_http_headers",
        "max_screenshot_scrolling_times",
        "max_steps_per_run",
        "navigation_goal",
        "proxy_location",
        "start_fresh_browser",
        "totp_identifier",
        "totp_url",
        "url",
        "webhook_url",
    )
    _fields = (
        "url",
        "webhook_url",
        "proxy_location",
        "totp_identifier",
        "totp_url",
        "browser_session_id",
        "browser_profile_id",
        "start_fresh_browser",
        "browser_address",
        "extra_http_headers",
        "cdp_connect_headers",
        "max_screenshot_scrolling_times",
        "navigation_goal",
        "download_suffix",
        "download_timeout",
        "max_steps_per_run",
    )

    url: str | None
    """ Website URL """
    webhook_url: str | None
    """ Webhook URL to send status updates """
    proxy_location: ProxyLocation | None
    """ Proxy location to use """
    totp_identifier: str | None
    """ Identifier for TOTP (Time-based One-Time Password) if required """
    totp_url: str | None
    """ TOTP URL to fetch one-time passwords """
    browser_session_id: str | None
    """ ID of the browser session to use, which is prefixed by `pbs_` e.g. `pbs_123456` """
    browser_profile_id: str | None
    """ ID of a browser profile to reuse for this run """
    start_fresh_browser: bool | None
    """ When true, start this run from a fresh, empty browser and ignore any saved browser memory — no memory is
    read or written. A verified sign-in during the run still updates the credential's saved login. """
    browser_address: str | None
    """ The CDP address for the task. """
    extra_http_headers: StringMap | None
    """ Additional HTTP headers to include in requests """
    cdp_connect_headers: StringMap | None
    """ HTTP headers attached ONLY to the CDP WebSocket handshake when connecting to a remote browser via
    browser_address. Never forwarded to target websites. """
    max_screenshot_scrolling_times: int | None
    """ Maximum number of times to scroll for screenshots """
    navigation_goal: str
    """ Instructions for navigating to and downloading the file """
    download_suffix: str | None
    """ Complete filename for the downloaded file. Supports {{ original_filename }}, which keeps the name the site
    gave the file, so {{ original_filename }} alone preserves it and prefix_{{ original_filename }} prefixes it.
    The source extension is used unless the configured filename includes an extension, which overrides it. {{
    original_filename }} must be a standalone interpolation without filters or other transformations. """
    download_timeout: float | None
    """ Timeout in seconds for the download operation """
    max_steps_per_run: int | None
    """ Maximum number of steps to execute """

    def __init__(
        self,
        *,
        url: str | None = None,
        webhook_url: str | None = None,
        proxy_location: ProxyLocation | None = None,
        totp_identifier: str | None = None,
        totp_url: str | None = None,
        browser_session_id: str | None = None,
        browser_profile_id: str | None = None,
        start_fresh_browser: bool | None = None,
        browser_address: str | None = None,
        extra_http_headers: StringMap | None = None,
        cdp_connect_headers: StringMap | None = None,
        max_screenshot_scrolling_times: int | None = None,
        navigation_goal: str,
        download_suffix: str | None = None,
        download_timeout: float | None = None,
        max_steps_per_run: int | None = None,
    ) -> None:
        self.url = url
        self.webhook_url = webhook_url
        self.proxy_location = proxy_location
        self.totp_identifier = totp_identifier
        self.totp_url = totp_url
        self.browser_session_id = browser_session_id
        self.browser_profile_id = browser_profile_id
        self.start_fresh_browser = start_fresh_browser
        self.browser_address = browser_address
        self.extra_http_headers = extra_http_headers
        self.cdp_connect_headers = cdp_connect_headers
        self.max_screenshot_scrolling_times = max_screenshot_scrolling_times
        self.navigation_goal = navigation_goal
        self.download_suffix = download_suffix
        self.download_timeout = download_timeout
        self.max_steps_per_run = max_steps_per_run
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `DownloadFilesRequest` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "url")
        obj.url = value
        value = get("webhook_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "webhook_url")
        obj.webhook_url = value
        value = get("proxy_location")
        if value is not None:
            try:
                value = _members_ProxyLocation[value]
            except (KeyError, TypeError):
                value = _t.as_enum(ProxyLocation, value, "proxy_location")
        obj.proxy_location = value
        value = get("totp_identifier")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_identifier")
        obj.totp_identifier = value
        value = get("totp_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_url")
        obj.totp_url = value
        value = get("browser_session_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_session_id")
        obj.browser_session_id = value
        value = get("browser_profile_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_profile_id")
        obj.browser_profile_id = value
        value = get("start_fresh_browser")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "start_fresh_browser")
        obj.start_fresh_browser = value
        value = get("browser_address")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_address")
        obj.browser_address = value
        value = get("extra_http_headers")
        if value is not None:
            value = _t.as_string_map(value, "extra_http_headers")
        obj.extra_http_headers = value
        value = get("cdp_connect_headers")
        if value is not None:
            value = _t.as_string_map(value, "cdp_connect_headers")
        obj.cdp_connect_headers = value
        value = get("max_screenshot_scrolling_times")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_screenshot_scrolling_times")
        obj.max_screenshot_scrolling_times = value
        value = get("navigation_goal", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "navigation_goal")
        obj.navigation_goal = value
        value = get("download_suffix")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "download_suffix")
        obj.download_suffix = value
        value = get("download_timeout")
        if value is not None:
            if value.__class__ is not float:
                value = _t.as_float(value, "download_timeout")
        obj.download_timeout = value
        value = get("max_steps_per_run")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_steps_per_run")
        obj.max_steps_per_run = value
        if data.keys() <= _KEYS:
            obj.additional_properties = {}
        else:
            obj.additional_properties = {
                key: value for key, value in data.items() if key not in _KEYS
            }
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON of this model. An optional field that is None is left out; unknown fields are kept."""
        data: dict[str, Any] = dict(self.additional_properties)
        value: Any
        value = self.url
        if value is not None:
            data["url"] = value
        value = self.webhook_url
        if value is not None:
            data["webhook_url"] = value
        value = self.proxy_location
        if value is not None:
            data["proxy_location"] = _t.wire(value)
        value = self.totp_identifier
        if value is not None:
            data["totp_identifier"] = value
        value = self.totp_url
        if value is not None:
            data["totp_url"] = value
        value = self.browser_session_id
        if value is not None:
            data["browser_session_id"] = value
        value = self.browser_profile_id
        if value is not None:
            data["browser_profile_id"] = value
        value = self.start_fresh_browser
        if value is not None:
            data["start_fresh_browser"] = value
        value = self.browser_address
        if value is not None:
            data["browser_address"] = value
        value = self.extra_http_headers
        if value is not None:
            data["extra_http_headers"] = value
        value = self.cdp_connect_headers
        if value is not None:
            data["cdp_connect_headers"] = value
        value = self.max_screenshot_scrolling_times
        if value is not None:
            data["max_screenshot_scrolling_times"] = value
        data["navigation_goal"] = self.navigation_goal
        value = self.download_suffix
        if value is not None:
            data["download_suffix"] = value
        value = self.download_timeout
        if value is not None:
            data["download_timeout"] = value
        value = self.max_steps_per_run
        if value is not None:
            data["max_steps_per_run"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "url",
        "webhook_url",
        "proxy_location",
        "totp_identifier",
        "totp_url",
        "browser_session_id",
        "browser_profile_id",
        "start_fresh_browser",
        "browser_address",
        "extra_http_headers",
        "cdp_connect_headers",
        "max_screenshot_scrolling_times",
        "navigation_goal",
        "download_suffix",
        "download_timeout",
        "max_steps_per_run",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .proxy_location import ProxyLocation
from .string_map import StringMap

_members_ProxyLocation: dict[Any, Any] = ProxyLocation._value2member_map_


__all__ = ["DownloadFilesRequest"]
