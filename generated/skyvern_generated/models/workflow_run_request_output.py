from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proxy_location import ProxyLocation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_target import GeoTarget


T = TypeVar("T", bound="WorkflowRunRequestOutput")


@_attrs_define
class WorkflowRunRequestOutput:
    workflow_id: str
    """ ID of the agent to run. Starts with `wpid_`. `workflow_id` is accepted as an alias. """
    parameters: Any | None | Unset = UNSET
    """ Parameters to pass to the workflow """
    title: None | str | Unset = UNSET
    """ The title for this workflow run """
    proxy_location: Any | GeoTarget | None | ProxyLocation | Unset = (
        ProxyLocation.RESIDENTIAL
    )
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
    "city": "San Francisco"} """
    webhook_url: None | str | Unset = UNSET
    """ URL to send workflow status updates to after a run is finished. Refer to
    https://www.skyvern.com/docs/running-tasks/webhooks-faq for webhook questions. """
    totp_url: None | str | Unset = UNSET
    """
    URL that serves TOTP/2FA/MFA codes for Skyvern to use during the workflow run. Refer to
    https://www.skyvern.com/docs/credentials#let-skyvern-fetch-codes-from-your-endpoint for more details.
     """
    totp_identifier: None | str | Unset = UNSET
    """
    Identifier for the TOTP/2FA/MFA code when the code is pushed to Skyvern. Refer to
    https://www.skyvern.com/docs/credentials#push-a-code for more details.
     """
    browser_session_id: None | str | Unset = UNSET
    """ ID of a Skyvern browser session to reuse, having it continue from the current screen state """
    reuse_browser_session: bool | None | Unset = UNSET
    """ Override whether this run reuses the workflow's managed browser session. Null inherits the workflow setting.
    Without login credentials, a browser profile key, or a sequential key, reuse is workflow-scoped: every run
    shares one browser and its signed-in state, so treat the workflow as single-account. """
    browser_profile_id: None | str | Unset = UNSET
    """ ID of a browser profile to reuse for this workflow run """
    start_fresh_browser: bool | Unset = False
    """ When true, start this run from a fresh, empty browser and ignore any saved browser memory — no memory is
    read or written. A verified sign-in during the run still updates the credential's saved login. """
    max_screenshot_scrolls: int | None | Unset = UNSET
    """ The maximum number of scrolls for the post action screenshot. When it's None or 0, it takes the current
    viewpoint screenshot. """
    max_elapsed_time_minutes: int | None | Unset = UNSET
    """ Timeout this workflow run after the configured elapsed runtime in minutes. When omitted, the platform
    default is 240 minutes. The maximum configurable value is 480 minutes. """
    extra_http_headers: Any | None | Unset = UNSET
    """ The extra HTTP headers for the requests in browser. """
    cdp_connect_headers: Any | None | Unset = UNSET
    """ HTTP headers attached ONLY to the CDP WebSocket handshake when connecting to a remote browser via
    browser_address. Use this for browser-provider auth (e.g., x-api-key for Skyvern Cloud, Browserless, or
    similar). These headers are NEVER forwarded to target websites. """
    browser_address: None | str | Unset = UNSET
    """ The CDP address for the workflow run. """
    ai_fallback: bool | None | Unset = UNSET
    """ Whether to fallback to AI if the workflow run fails. """
    run_with: None | str | Unset = UNSET
    """ Whether to run the workflow with agent or code. Null inherits from the workflow setting. """
    browser_type: None | str | Unset = UNSET
    """ Browser engine for this run, one of the supported browser types (e.g. msedge, chrome, stealth-chromium).
    Overrides the workflow-level setting. Null inherits from the workflow. """
    run_metadata: Any | None | Unset = UNSET
    """ String key/value metadata to attach to this workflow run for analytics tag filtering. """
    file_ids: list[str] | None | Unset = UNSET
    """
    Ids of files uploaded through `POST /v1/upload_file` to attach to this run. Skyvern deletes an attached file as
    soon as the run finishes, so there is nothing to clean up afterwards. Reference an attached file by its id
    anywhere a file URL is accepted (for example in `parameters` or in the prompt) and no presigned URL is ever
    created for it. A file can be attached to one run at a time, and must not already be deleted.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.geo_target import GeoTarget

        workflow_id = self.workflow_id

        parameters: Any | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        else:
            parameters = self.parameters

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        proxy_location: Any | dict[str, Any] | None | str | Unset
        if isinstance(self.proxy_location, Unset):
            proxy_location = UNSET
        elif isinstance(self.proxy_location, ProxyLocation):
            proxy_location = self.proxy_location.value
        elif isinstance(self.proxy_location, GeoTarget):
            proxy_location = self.proxy_location.to_dict()
        else:
            proxy_location = self.proxy_location

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        totp_url: None | str | Unset
        if isinstance(self.totp_url, Unset):
            totp_url = UNSET
        else:
            totp_url = self.totp_url

        totp_identifier: None | str | Unset
        if isinstance(self.totp_identifier, Unset):
            totp_identifier = UNSET
        else:
            totp_identifier = self.totp_identifier

        browser_session_id: None | str | Unset
        if isinstance(self.browser_session_id, Unset):
            browser_session_id = UNSET
        else:
            browser_session_id = self.browser_session_id

        reuse_browser_session: bool | None | Unset
        if isinstance(self.reuse_browser_session, Unset):
            reuse_browser_session = UNSET
        else:
            reuse_browser_session = self.reuse_browser_session

        browser_profile_id: None | str | Unset
        if isinstance(self.browser_profile_id, Unset):
            browser_profile_id = UNSET
        else:
            browser_profile_id = self.browser_profile_id

        start_fresh_browser = self.start_fresh_browser

        max_screenshot_scrolls: int | None | Unset
        if isinstance(self.max_screenshot_scrolls, Unset):
            max_screenshot_scrolls = UNSET
        else:
            max_screenshot_scrolls = self.max_screenshot_scrolls

        max_elapsed_time_minutes: int | None | Unset
        if isinstance(self.max_elapsed_time_minutes, Unset):
            max_elapsed_time_minutes = UNSET
        else:
            max_elapsed_time_minutes = self.max_elapsed_time_minutes

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

        browser_address: None | str | Unset
        if isinstance(self.browser_address, Unset):
            browser_address = UNSET
        else:
            browser_address = self.browser_address

        ai_fallback: bool | None | Unset
        if isinstance(self.ai_fallback, Unset):
            ai_fallback = UNSET
        else:
            ai_fallback = self.ai_fallback

        run_with: None | str | Unset
        if isinstance(self.run_with, Unset):
            run_with = UNSET
        else:
            run_with = self.run_with

        browser_type: None | str | Unset
        if isinstance(self.browser_type, Unset):
            browser_type = UNSET
        else:
            browser_type = self.browser_type

        run_metadata: Any | None | Unset
        if isinstance(self.run_metadata, Unset):
            run_metadata = UNSET
        else:
            run_metadata = self.run_metadata

        file_ids: list[str] | None | Unset
        if isinstance(self.file_ids, Unset):
            file_ids = UNSET
        elif isinstance(self.file_ids, list):
            file_ids = self.file_ids

        else:
            file_ids = self.file_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if title is not UNSET:
            field_dict["title"] = title
        if proxy_location is not UNSET:
            field_dict["proxy_location"] = proxy_location
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if totp_url is not UNSET:
            field_dict["totp_url"] = totp_url
        if totp_identifier is not UNSET:
            field_dict["totp_identifier"] = totp_identifier
        if browser_session_id is not UNSET:
            field_dict["browser_session_id"] = browser_session_id
        if reuse_browser_session is not UNSET:
            field_dict["reuse_browser_session"] = reuse_browser_session
        if browser_profile_id is not UNSET:
            field_dict["browser_profile_id"] = browser_profile_id
        if start_fresh_browser is not UNSET:
            field_dict["start_fresh_browser"] = start_fresh_browser
        if max_screenshot_scrolls is not UNSET:
            field_dict["max_screenshot_scrolls"] = max_screenshot_scrolls
        if max_elapsed_time_minutes is not UNSET:
            field_dict["max_elapsed_time_minutes"] = max_elapsed_time_minutes
        if extra_http_headers is not UNSET:
            field_dict["extra_http_headers"] = extra_http_headers
        if cdp_connect_headers is not UNSET:
            field_dict["cdp_connect_headers"] = cdp_connect_headers
        if browser_address is not UNSET:
            field_dict["browser_address"] = browser_address
        if ai_fallback is not UNSET:
            field_dict["ai_fallback"] = ai_fallback
        if run_with is not UNSET:
            field_dict["run_with"] = run_with
        if browser_type is not UNSET:
            field_dict["browser_type"] = browser_type
        if run_metadata is not UNSET:
            field_dict["run_metadata"] = run_metadata
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.geo_target import GeoTarget

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        def _parse_parameters(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

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

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        def _parse_totp_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_url = _parse_totp_url(d.pop("totp_url", UNSET))

        def _parse_totp_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_identifier = _parse_totp_identifier(d.pop("totp_identifier", UNSET))

        def _parse_browser_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_session_id = _parse_browser_session_id(
            d.pop("browser_session_id", UNSET)
        )

        def _parse_reuse_browser_session(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reuse_browser_session = _parse_reuse_browser_session(
            d.pop("reuse_browser_session", UNSET)
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

        def _parse_max_screenshot_scrolls(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_screenshot_scrolls = _parse_max_screenshot_scrolls(
            d.pop("max_screenshot_scrolls", UNSET)
        )

        def _parse_max_elapsed_time_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_elapsed_time_minutes = _parse_max_elapsed_time_minutes(
            d.pop("max_elapsed_time_minutes", UNSET)
        )

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

        def _parse_browser_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_address = _parse_browser_address(d.pop("browser_address", UNSET))

        def _parse_ai_fallback(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ai_fallback = _parse_ai_fallback(d.pop("ai_fallback", UNSET))

        def _parse_run_with(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_with = _parse_run_with(d.pop("run_with", UNSET))

        def _parse_browser_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_type = _parse_browser_type(d.pop("browser_type", UNSET))

        def _parse_run_metadata(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        run_metadata = _parse_run_metadata(d.pop("run_metadata", UNSET))

        def _parse_file_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                file_ids_type_0 = cast(list[str], data)

                return file_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        file_ids = _parse_file_ids(d.pop("file_ids", UNSET))

        workflow_run_request_output = cls(
            workflow_id=workflow_id,
            parameters=parameters,
            title=title,
            proxy_location=proxy_location,
            webhook_url=webhook_url,
            totp_url=totp_url,
            totp_identifier=totp_identifier,
            browser_session_id=browser_session_id,
            reuse_browser_session=reuse_browser_session,
            browser_profile_id=browser_profile_id,
            start_fresh_browser=start_fresh_browser,
            max_screenshot_scrolls=max_screenshot_scrolls,
            max_elapsed_time_minutes=max_elapsed_time_minutes,
            extra_http_headers=extra_http_headers,
            cdp_connect_headers=cdp_connect_headers,
            browser_address=browser_address,
            ai_fallback=ai_fallback,
            run_with=run_with,
            browser_type=browser_type,
            run_metadata=run_metadata,
            file_ids=file_ids,
        )

        workflow_run_request_output.additional_properties = d
        return workflow_run_request_output

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
