from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class CreateBrowserSessionRequest(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "browser_profile_id",
        "browser_settings",
        "browser_type",
        "extensions",
        "generate_browser_profile",
        "needs_live_view",
        "proxy_location",
        "proxy_session_id",
        "timeout",
        "url",
    )
    _fields = (
        "url",
        "timeout",
        "proxy_location",
        "proxy_session_id",
        "extensions",
        "browser_type",
        "browser_profile_id",
        "generate_browser_profile",
        "browser_settings",
        "needs_live_view",
    )

    url: str | None
    """ Optional URL to open when the standalone browser session starts. """
    timeout: int | None
    """ Timeout in minutes for the session. Timeout is applied after the session is started. Must be between 5 and
    240. Defaults to 60. """
    proxy_location: ProxyLocation | GeoTarget | JsonObject | None
    """ Geographic Proxy location to route the browser traffic through. This is only available in Skyvern Cloud.

    Available geotargeting options:
    - RESIDENTIAL: the default value. Skyvern Cloud uses a random US residential proxy.
    - RESIDENTIAL_ES: Spain
    - RESIDENTIAL_IE: Ireland
    - RESIDENTIAL_GB: United Kingdom
    - RESIDENTIAL_IN: India
    - RESIDENTIAL_JP: Japan
    - RESIDENTIAL_FR: France
    - RESIDENTIAL_DE: Germany
    - RESIDENTIAL_NZ: New Zealand
    - RESIDENTIAL_PH: Philippines
    - RESIDENTIAL_KR: South Korea
    - RESIDENTIAL_SA: Saudi Arabia
    - RESIDENTIAL_ZA: South Africa
    - RESIDENTIAL_AR: Argentina
    - RESIDENTIAL_AU: Australia
    - RESIDENTIAL_BR: Brazil
    - RESIDENTIAL_TR: Turkey
    - RESIDENTIAL_CA: Canada
    - RESIDENTIAL_MX: Mexico
    - RESIDENTIAL_IT: Italy
    - RESIDENTIAL_NL: Netherlands
    - RESIDENTIAL_ISP: ISP proxy
    - US-CA: California (deprecated, routes through RESIDENTIAL_ISP)
    - US-NY: New York (deprecated, routes through RESIDENTIAL_ISP)
    - US-TX: Texas (deprecated, routes through RESIDENTIAL_ISP)
    - US-FL: Florida (deprecated, routes through RESIDENTIAL_ISP)
    - US-WA: Washington (deprecated, routes through RESIDENTIAL_ISP)
    - NONE: No proxy

    For self-hosted deployments, you can pass a custom proxy URL as a dict: {"url":
    "http://user:password@proxy.example.com:8080"}. This routes the browser through your own proxy server and
    takes precedence over any globally configured proxy pool.
     Can also be a GeoTarget object for granular city/state targeting: {"country": "US", "subdivision": "CA",
    "city": "San Francisco"}, or a custom proxy URL dict for self-hosted deployments: {"url":
    "http://user:password@proxy.example.com:8080"} """
    proxy_session_id: str | None
    """ Opaque Skyvern-managed proxy sticky-session id for pinned Residential ISP sessions. """
    extensions: list[Extensions] | None
    """ A list of extensions to install in the browser session. """
    browser_type: PersistentBrowserType | None
    """ The type of browser to use for the session. """
    browser_profile_id: str | None
    """ ID of a browser profile to load into this session (restores cookies, localStorage, etc.). browser_profile_id
    starts with `bp_`. """
    generate_browser_profile: bool | None
    """ When true, the session's browser profile (cookies, localStorage, etc.) is saved to storage when the session
    ends so it can be turned into a reusable browser profile. Defaults to false to avoid storing profiles for
    sessions that never need them. Sessions started with a browser_profile_id always persist their profile
    regardless of this flag. """
    browser_settings: BrowserSettings | None
    """ Settings applied when the session's browser is created. A timezone_id here takes precedence over the
    timezone implied by proxy_location. """
    needs_live_view: bool | None
    """ Whether a person will watch this session's browser live. Defaults to false, which suits unattended
    automation; the Skyvern app sets it because a session opened in the UI is watched. It requests a capability,
    not a particular browser, and cannot be used to select where the session runs. """

    def __init__(
        self,
        *,
        url: str | None = None,
        timeout: int | None = None,
        proxy_location: ProxyLocation | GeoTarget | JsonObject | None = None,
        proxy_session_id: str | None = None,
        extensions: list[Extensions] | None = None,
        browser_type: PersistentBrowserType | None = None,
        browser_profile_id: str | None = None,
        generate_browser_profile: bool | None = None,
        browser_settings: BrowserSettings | None = None,
        needs_live_view: bool | None = None,
    ) -> None:
        self.url = url
        self.timeout = timeout
        self.proxy_location = proxy_location
        self.proxy_session_id = proxy_session_id
        self.extensions = extensions
        self.browser_type = browser_type
        self.browser_profile_id = browser_profile_id
        self.generate_browser_profile = generate_browser_profile
        self.browser_settings = browser_settings
        self.needs_live_view = needs_live_view
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `CreateBrowserSessionRequest` from its JSON, as `json.loads` gives it.

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
        value = get("timeout")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "timeout")
        obj.timeout = value
        value = get("proxy_location")
        if value is not None:
            try:
                value = _p_proxy_location(value)
            except _ShapeError as error:
                raise error.within("proxy_location") from None
        obj.proxy_location = value
        value = get("proxy_session_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "proxy_session_id")
        obj.proxy_session_id = value
        value = get("extensions")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "extensions")
            try:
                value = [_p_extensions_item(item) for item in value]
            except _ShapeError:
                raise _t.locate(value, _p_extensions_item, "extensions") from None
        obj.extensions = value
        value = get("browser_type")
        if value is not None:
            try:
                value = _members_PersistentBrowserType[value]
            except (KeyError, TypeError):
                value = _t.as_enum(PersistentBrowserType, value, "browser_type")
        obj.browser_type = value
        value = get("browser_profile_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_profile_id")
        obj.browser_profile_id = value
        value = get("generate_browser_profile")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "generate_browser_profile")
        obj.generate_browser_profile = value
        value = get("browser_settings")
        if value is not None:
            try:
                value = BrowserSettings.from_dict(value)
            except _ShapeError as error:
                raise error.within("browser_settings") from None
        obj.browser_settings = value
        value = get("needs_live_view")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "needs_live_view")
        obj.needs_live_view = value
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
        value = self.timeout
        if value is not None:
            data["timeout"] = value
        value = self.proxy_location
        if value is not None:
            data["proxy_location"] = _p_proxy_location_json(value)
        value = self.proxy_session_id
        if value is not None:
            data["proxy_session_id"] = value
        value = self.extensions
        if value is not None:
            data["extensions"] = [_t.wire(item) for item in value]
        value = self.browser_type
        if value is not None:
            data["browser_type"] = _t.wire(value)
        value = self.browser_profile_id
        if value is not None:
            data["browser_profile_id"] = value
        value = self.generate_browser_profile
        if value is not None:
            data["generate_browser_profile"] = value
        value = self.browser_settings
        if value is not None:
            data["browser_settings"] = value.to_dict()
        value = self.needs_live_view
        if value is not None:
            data["needs_live_view"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "url",
        "timeout",
        "proxy_location",
        "proxy_session_id",
        "extensions",
        "browser_type",
        "browser_profile_id",
        "generate_browser_profile",
        "browser_settings",
        "needs_live_view",
    }
)


def _p_proxy_location(data: Any) -> ProxyLocation | GeoTarget | JsonObject:
    if isinstance(data, str):
        try:
            try:
                data = _members_ProxyLocation[data]
            except (KeyError, TypeError):
                data = _t.as_enum(ProxyLocation, data, "")
            return data  # type: ignore[no-any-return,unused-ignore]
        except _ShapeError:
            pass
    if data.__class__ is dict:
        try:
            return GeoTarget.from_dict(data)
        except _ShapeError:
            pass
    if data.__class__ is dict:
        return data  # type: ignore[no-any-return,unused-ignore]
    raise _t.invalid(data, "a string or an object", "")


def _p_proxy_location_json(value: Any) -> Any:
    if isinstance(value, ProxyLocation):
        return value.value
    if isinstance(value, GeoTarget):
        return value.to_dict()
    return value


def _p_extensions_item(item: Any) -> Extensions:
    try:
        item = _members_Extensions[item]
    except (KeyError, TypeError):
        item = _t.as_enum(Extensions, item, "")
    return item  # type: ignore[no-any-return,unused-ignore]


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .browser_settings import BrowserSettings
from .extensions import Extensions
from .geo_target import GeoTarget
from .json_object import JsonObject
from .persistent_browser_type import PersistentBrowserType
from .proxy_location import ProxyLocation

_members_Extensions: dict[Any, Any] = Extensions._value2member_map_
_members_PersistentBrowserType: dict[Any, Any] = (
    PersistentBrowserType._value2member_map_
)
_members_ProxyLocation: dict[Any, Any] = ProxyLocation._value2member_map_


__all__ = ["CreateBrowserSessionRequest"]
