from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extensions import Extensions
from ..models.persistent_browser_type import PersistentBrowserType
from ..models.proxy_location import ProxyLocation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.browser_settings import BrowserSettings
    from ..models.geo_target import GeoTarget


T = TypeVar("T", bound="CreateBrowserSessionRequest")


@_attrs_define
class CreateBrowserSessionRequest:
    url: None | str | Unset = UNSET
    """ Optional URL to open when the standalone browser session starts. """
    timeout: int | None | Unset = 60
    """ Timeout in minutes for the session. Timeout is applied after the session is started. Must be between 5 and
    240. Defaults to 60. """
    proxy_location: Any | GeoTarget | None | ProxyLocation | Unset = UNSET
    """
    Geographic Proxy location to route the browser traffic through. This is only available in Skyvern Cloud.

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
    "http://user:password@proxy.example.com:8080"}. This routes the browser through your own proxy server and takes
    precedence over any globally configured proxy pool.
     Can also be a GeoTarget object for granular city/state targeting: {"country": "US", "subdivision": "CA",
    "city": "San Francisco"}, or a custom proxy URL dict for self-hosted deployments: {"url":
    "http://user:password@proxy.example.com:8080"} """
    proxy_session_id: None | str | Unset = UNSET
    """ Opaque Skyvern-managed proxy sticky-session id for pinned Residential ISP sessions. """
    extensions: list[Extensions] | None | Unset = UNSET
    """ A list of extensions to install in the browser session. """
    browser_type: None | PersistentBrowserType | Unset = UNSET
    """ The type of browser to use for the session. """
    browser_profile_id: None | str | Unset = UNSET
    """ ID of a browser profile to load into this session (restores cookies, localStorage, etc.). browser_profile_id
    starts with `bp_`. """
    generate_browser_profile: bool | Unset = False
    """ When true, the session's browser profile (cookies, localStorage, etc.) is saved to storage when the session
    ends so it can be turned into a reusable browser profile. Defaults to false to avoid storing profiles for
    sessions that never need them. Sessions started with a browser_profile_id always persist their profile
    regardless of this flag. """
    browser_settings: BrowserSettings | None | Unset = UNSET
    """ Settings applied when the session's browser is created. A timezone_id here takes precedence over the
    timezone implied by proxy_location. """
    needs_live_view: bool | Unset = False
    """ Whether a person will watch this session's browser live. Defaults to false, which suits unattended
    automation; the Skyvern app sets it because a session opened in the UI is watched. It requests a capability, not
    a particular browser, and cannot be used to select where the session runs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.browser_settings import BrowserSettings
        from ..models.geo_target import GeoTarget

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        timeout: int | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        proxy_location: Any | dict[str, Any] | None | str | Unset
        if isinstance(self.proxy_location, Unset):
            proxy_location = UNSET
        elif isinstance(self.proxy_location, ProxyLocation):
            proxy_location = self.proxy_location.value
        elif isinstance(self.proxy_location, GeoTarget):
            proxy_location = self.proxy_location.to_dict()
        else:
            proxy_location = self.proxy_location

        proxy_session_id: None | str | Unset
        if isinstance(self.proxy_session_id, Unset):
            proxy_session_id = UNSET
        else:
            proxy_session_id = self.proxy_session_id

        extensions: list[str] | None | Unset
        if isinstance(self.extensions, Unset):
            extensions = UNSET
        elif isinstance(self.extensions, list):
            extensions = []
            for extensions_type_0_item_data in self.extensions:
                extensions_type_0_item = extensions_type_0_item_data.value
                extensions.append(extensions_type_0_item)

        else:
            extensions = self.extensions

        browser_type: None | str | Unset
        if isinstance(self.browser_type, Unset):
            browser_type = UNSET
        elif isinstance(self.browser_type, PersistentBrowserType):
            browser_type = self.browser_type.value
        else:
            browser_type = self.browser_type

        browser_profile_id: None | str | Unset
        if isinstance(self.browser_profile_id, Unset):
            browser_profile_id = UNSET
        else:
            browser_profile_id = self.browser_profile_id

        generate_browser_profile = self.generate_browser_profile

        browser_settings: dict[str, Any] | None | Unset
        if isinstance(self.browser_settings, Unset):
            browser_settings = UNSET
        elif isinstance(self.browser_settings, BrowserSettings):
            browser_settings = self.browser_settings.to_dict()
        else:
            browser_settings = self.browser_settings

        needs_live_view = self.needs_live_view

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if proxy_location is not UNSET:
            field_dict["proxy_location"] = proxy_location
        if proxy_session_id is not UNSET:
            field_dict["proxy_session_id"] = proxy_session_id
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if browser_type is not UNSET:
            field_dict["browser_type"] = browser_type
        if browser_profile_id is not UNSET:
            field_dict["browser_profile_id"] = browser_profile_id
        if generate_browser_profile is not UNSET:
            field_dict["generate_browser_profile"] = generate_browser_profile
        if browser_settings is not UNSET:
            field_dict["browser_settings"] = browser_settings
        if needs_live_view is not UNSET:
            field_dict["needs_live_view"] = needs_live_view

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.browser_settings import BrowserSettings
        from ..models.geo_target import GeoTarget

        d = dict(src_dict)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        def _parse_proxy_location(
            data: object,
        ) -> Any | GeoTarget | None | ProxyLocation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proxy_location_type_0 = ProxyLocation(data)

                return proxy_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                proxy_location_type_1 = GeoTarget.from_dict(data)

                return proxy_location_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | GeoTarget | None | ProxyLocation | Unset, data)

        proxy_location = _parse_proxy_location(d.pop("proxy_location", UNSET))

        def _parse_proxy_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        proxy_session_id = _parse_proxy_session_id(d.pop("proxy_session_id", UNSET))

        def _parse_extensions(data: object) -> list[Extensions] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extensions_type_0 = []
                _extensions_type_0 = data
                for extensions_type_0_item_data in _extensions_type_0:
                    extensions_type_0_item = Extensions(extensions_type_0_item_data)

                    extensions_type_0.append(extensions_type_0_item)

                return extensions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Extensions] | None | Unset, data)

        extensions = _parse_extensions(d.pop("extensions", UNSET))

        def _parse_browser_type(data: object) -> None | PersistentBrowserType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                browser_type_type_0 = PersistentBrowserType(data)

                return browser_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersistentBrowserType | Unset, data)

        browser_type = _parse_browser_type(d.pop("browser_type", UNSET))

        def _parse_browser_profile_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_profile_id = _parse_browser_profile_id(
            d.pop("browser_profile_id", UNSET)
        )

        generate_browser_profile = d.pop("generate_browser_profile", UNSET)

        def _parse_browser_settings(data: object) -> BrowserSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                browser_settings_type_0 = BrowserSettings.from_dict(data)

                return browser_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrowserSettings | None | Unset, data)

        browser_settings = _parse_browser_settings(d.pop("browser_settings", UNSET))

        needs_live_view = d.pop("needs_live_view", UNSET)

        create_browser_session_request = cls(
            url=url,
            timeout=timeout,
            proxy_location=proxy_location,
            proxy_session_id=proxy_session_id,
            extensions=extensions,
            browser_type=browser_type,
            browser_profile_id=browser_profile_id,
            generate_browser_profile=generate_browser_profile,
            browser_settings=browser_settings,
            needs_live_view=needs_live_view,
        )

        create_browser_session_request.additional_properties = d
        return create_browser_session_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
