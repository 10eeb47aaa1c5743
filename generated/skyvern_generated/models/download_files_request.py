from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proxy_location import ProxyLocation
from ..types import UNSET, Unset

T = TypeVar("T", bound="DownloadFilesRequest")


@_attrs_define
class DownloadFilesRequest:
    navigation_goal: str
    """ Instructions for navigating to and downloading the file """
    url: None | str | Unset = UNSET
    """ Website URL """
    webhook_url: None | str | Unset = UNSET
    """ Webhook URL to send status updates """
    proxy_location: None | ProxyLocation | Unset = UNSET
    """ Proxy location to use """
    totp_identifier: None | str | Unset = UNSET
    """ Identifier for TOTP (Time-based One-Time Password) if required """
    totp_url: None | str | Unset = UNSET
    """ TOTP URL to fetch one-time passwords """
    browser_session_id: None | str | Unset = UNSET
    """ ID of the browser session to use, which is prefixed by `pbs_` e.g. `pbs_123456` """
    browser_profile_id: None | str | Unset = UNSET
    """ ID of a browser profile to reuse for this run """
    start_fresh_browser: bool | Unset = False
    """ When true, start this run from a fresh, empty browser and ignore any saved browser memory — no memory is
    read or written. A verified sign-in during the run still updates the credential's saved login. """
    browser_address: None | str | Unset = UNSET
    """ The CDP address for the task. """
    extra_http_headers: Any | None | Unset = UNSET
    """ Additional HTTP headers to include in requests """
    cdp_connect_headers: Any | None | Unset = UNSET
    """ HTTP headers attached ONLY to the CDP WebSocket handshake when connecting to a remote browser via
    browser_address. Never forwarded to target websites. """
    max_screenshot_scrolling_times: int | None | Unset = UNSET
    """ Maximum number of times to scroll for screenshots """
    download_suffix: None | str | Unset = UNSET
    """ Complete filename for the downloaded file. Supports {{ original_filename }}, which keeps the name the site
    gave the file, so {{ original_filename }} alone preserves it and prefix_{{ original_filename }} prefixes it. The
    source extension is used unless the configured filename includes an extension, which overrides it. {{
    original_filename }} must be a standalone interpolation without filters or other transformations. """
    download_timeout: float | None | Unset = UNSET
    """ Timeout in seconds for the download operation """
    max_steps_per_run: int | None | Unset = UNSET
    """ Maximum number of steps to execute """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        navigation_goal = self.navigation_goal

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        proxy_location: None | str | Unset
        if isinstance(self.proxy_location, Unset):
            proxy_location = UNSET
        elif isinstance(self.proxy_location, ProxyLocation):
            proxy_location = self.proxy_location.value
        else:
            proxy_location = self.proxy_location

        totp_identifier: None | str | Unset
        if isinstance(self.totp_identifier, Unset):
            totp_identifier = UNSET
        else:
            totp_identifier = self.totp_identifier

        totp_url: None | str | Unset
        if isinstance(self.totp_url, Unset):
            totp_url = UNSET
        else:
            totp_url = self.totp_url

        browser_session_id: None | str | Unset
        if isinstance(self.browser_session_id, Unset):
            browser_session_id = UNSET
        else:
            browser_session_id = self.browser_session_id

        browser_profile_id: None | str | Unset
        if isinstance(self.browser_profile_id, Unset):
            browser_profile_id = UNSET
        else:
            browser_profile_id = self.browser_profile_id

        start_fresh_browser = self.start_fresh_browser

        browser_address: None | str | Unset
        if isinstance(self.browser_address, Unset):
            browser_address = UNSET
        else:
            browser_address = self.browser_address

        extra_http_headers: Any | None | Unset
        if isinstance(self.extra_http_headers, Unset):
            extra_http_headers = UNSET
        else:
            extra_http_headers = self.extra_http_headers

        cdp_connect_headers: Any | None | Unset
        if isinstance(self.cdp_connect_headers, Unset):
            cdp_connect_headers = UNSET
        else:
            cdp_connect_headers = self.cdp_connect_headers

        max_screenshot_scrolling_times: int | None | Unset
        if isinstance(self.max_screenshot_scrolling_times, Unset):
            max_screenshot_scrolling_times = UNSET
        else:
            max_screenshot_scrolling_times = self.max_screenshot_scrolling_times

        download_suffix: None | str | Unset
        if isinstance(self.download_suffix, Unset):
            download_suffix = UNSET
        else:
            download_suffix = self.download_suffix

        download_timeout: float | None | Unset
        if isinstance(self.download_timeout, Unset):
            download_timeout = UNSET
        else:
            download_timeout = self.download_timeout

        max_steps_per_run: int | None | Unset
        if isinstance(self.max_steps_per_run, Unset):
            max_steps_per_run = UNSET
        else:
            max_steps_per_run = self.max_steps_per_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "navigation_goal": navigation_goal,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if proxy_location is not UNSET:
            field_dict["proxy_location"] = proxy_location
        if totp_identifier is not UNSET:
            field_dict["totp_identifier"] = totp_identifier
        if totp_url is not UNSET:
            field_dict["totp_url"] = totp_url
        if browser_session_id is not UNSET:
            field_dict["browser_session_id"] = browser_session_id
        if browser_profile_id is not UNSET:
            field_dict["browser_profile_id"] = browser_profile_id
        if start_fresh_browser is not UNSET:
            field_dict["start_fresh_browser"] = start_fresh_browser
        if browser_address is not UNSET:
            field_dict["browser_address"] = browser_address
        if extra_http_headers is not UNSET:
            field_dict["extra_http_headers"] = extra_http_headers
        if cdp_connect_headers is not UNSET:
            field_dict["cdp_connect_headers"] = cdp_connect_headers
        if max_screenshot_scrolling_times is not UNSET:
            field_dict["max_screenshot_scrolling_times"] = (
                max_screenshot_scrolling_times
            )
        if download_suffix is not UNSET:
            field_dict["download_suffix"] = download_suffix
        if download_timeout is not UNSET:
            field_dict["download_timeout"] = download_timeout
        if max_steps_per_run is not UNSET:
            field_dict["max_steps_per_run"] = max_steps_per_run

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        navigation_goal = d.pop("navigation_goal")

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        def _parse_proxy_location(data: object) -> None | ProxyLocation | Unset:
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
            return cast(None | ProxyLocation | Unset, data)

        proxy_location = _parse_proxy_location(d.pop("proxy_location", UNSET))

        def _parse_totp_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_identifier = _parse_totp_identifier(d.pop("totp_identifier", UNSET))

        def _parse_totp_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_url = _parse_totp_url(d.pop("totp_url", UNSET))

        def _parse_browser_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_session_id = _parse_browser_session_id(
            d.pop("browser_session_id", UNSET)
        )

        def _parse_browser_profile_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_profile_id = _parse_browser_profile_id(
            d.pop("browser_profile_id", UNSET)
        )

        start_fresh_browser = d.pop("start_fresh_browser", UNSET)

        def _parse_browser_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_address = _parse_browser_address(d.pop("browser_address", UNSET))

        def _parse_extra_http_headers(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        extra_http_headers = _parse_extra_http_headers(
            d.pop("extra_http_headers", UNSET)
        )

        def _parse_cdp_connect_headers(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        cdp_connect_headers = _parse_cdp_connect_headers(
            d.pop("cdp_connect_headers", UNSET)
        )

        def _parse_max_screenshot_scrolling_times(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_screenshot_scrolling_times = _parse_max_screenshot_scrolling_times(
            d.pop("max_screenshot_scrolling_times", UNSET)
        )

        def _parse_download_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_suffix = _parse_download_suffix(d.pop("download_suffix", UNSET))

        def _parse_download_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        download_timeout = _parse_download_timeout(d.pop("download_timeout", UNSET))

        def _parse_max_steps_per_run(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_steps_per_run = _parse_max_steps_per_run(d.pop("max_steps_per_run", UNSET))

        download_files_request = cls(
            navigation_goal=navigation_goal,
            url=url,
            webhook_url=webhook_url,
            proxy_location=proxy_location,
            totp_identifier=totp_identifier,
            totp_url=totp_url,
            browser_session_id=browser_session_id,
            browser_profile_id=browser_profile_id,
            start_fresh_browser=start_fresh_browser,
            browser_address=browser_address,
            extra_http_headers=extra_http_headers,
            cdp_connect_headers=cdp_connect_headers,
            max_screenshot_scrolling_times=max_screenshot_scrolling_times,
            download_suffix=download_suffix,
            download_timeout=download_timeout,
            max_steps_per_run=max_steps_per_run,
        )

        download_files_request.additional_properties = d
        return download_files_request

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
