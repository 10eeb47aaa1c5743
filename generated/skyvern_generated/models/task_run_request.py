from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proxy_location import ProxyLocation
from ..models.run_engine import RunEngine
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_target import GeoTarget


T = TypeVar("T", bound="TaskRunRequest")


@_attrs_define
class TaskRunRequest:
    prompt: str
    """
    The goal or task description for Skyvern to accomplish
     """
    url: None | str | Unset = UNSET
    """
    The starting URL for the task. If not provided, Skyvern will attempt to determine an appropriate URL
     """
    engine: RunEngine | Unset = UNSET
    title: None | str | Unset = UNSET
    """ The title for the task """
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
    data_extraction_schema: Any | list[Any] | None | str | Unset = UNSET
    """
    The schema for data to be extracted from the webpage. If you're looking for consistent data schema being
    returned by the agent, it's highly recommended to use https://json-schema.org/.
     """
    error_code_mapping: Any | None | Unset = UNSET
    """
    Custom mapping of error codes to error messages if Skyvern encounters an error.
     """
    max_steps: int | None | Unset = UNSET
    """
    Maximum number of steps the task can take. Task will fail if it exceeds this number. Cautions: you are charged
    per step so please set this number to a reasonable value. Contact sales@skyvern.com for custom pricing.
     """
    webhook_url: None | str | Unset = UNSET
    """
    After a run is finished, send an update to this URL. Refer to https://www.skyvern.com/docs/running-
    tasks/webhooks-faq for more details.
     """
    totp_identifier: None | str | Unset = UNSET
    """
    Identifier for the TOTP/2FA/MFA code when the code is pushed to Skyvern. Refer to
    https://www.skyvern.com/docs/credentials#push-a-code for more details.
     """
    totp_url: None | str | Unset = UNSET
    """
    URL that serves TOTP/2FA/MFA codes for Skyvern to use during the workflow run. Refer to
    https://www.skyvern.com/docs/credentials#let-skyvern-fetch-codes-from-your-endpoint for more details.
     """
    browser_session_id: None | str | Unset = UNSET
    """
    Run the task or workflow in the specific Skyvern browser session. Having a browser session can persist the real-
    time state of the browser, so that the next run can continue from where the previous run left off.
     """
    browser_profile_id: None | str | Unset = UNSET
    """ ID of a browser profile to reuse for this task """
    start_fresh_browser: bool | Unset = False
    """ When true, start this run from a fresh, empty browser and ignore any saved browser memory — no memory is
    read or written. A verified sign-in during the run still updates the credential's saved login. """
    model: Any | None | Unset = UNSET
    """
    Optional model configuration.
     """
    extra_http_headers: Any | None | Unset = UNSET
    """ The extra HTTP headers for the requests in browser. """
    cdp_connect_headers: Any | None | Unset = UNSET
    """ HTTP headers attached ONLY to the CDP WebSocket handshake when connecting to a remote browser via
    browser_address. Use this for browser-provider auth (e.g., x-api-key for Skyvern Cloud, Browserless, or
    similar). These headers are NEVER forwarded to target websites. """
    publish_workflow: bool | Unset = False
    """ Deprecated. Whether to publish a `skyvern-2.0` task as a reusable workflow. For backwards compatibility,
    this routes the request through the legacy `skyvern-2.0` publish path. Prefer creating reusable workflows
    through the workflow APIs. """
    include_action_history_in_verification: bool | None | Unset = False
    """ Whether to include action history when verifying that the task is complete """
    max_screenshot_scrolls: int | None | Unset = UNSET
    """ The maximum number of scrolls for the post action screenshot. When it's None or 0, it takes the current
    viewpoint screenshot. """
    browser_address: None | str | Unset = UNSET
    """ The CDP address for the task. """
    run_with: None | str | Unset = UNSET
    """ Whether to run the task with agent or code. Null means use the default. """
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

        prompt = self.prompt

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.value

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

        data_extraction_schema: Any | list[Any] | None | str | Unset
        if isinstance(self.data_extraction_schema, Unset):
            data_extraction_schema = UNSET
        elif isinstance(self.data_extraction_schema, list):
            data_extraction_schema = self.data_extraction_schema

        else:
            data_extraction_schema = self.data_extraction_schema

        error_code_mapping: Any | None | Unset
        if isinstance(self.error_code_mapping, Unset):
            error_code_mapping = UNSET
        else:
            error_code_mapping = self.error_code_mapping

        max_steps: int | None | Unset
        if isinstance(self.max_steps, Unset):
            max_steps = UNSET
        else:
            max_steps = self.max_steps

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

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

        model: Any | None | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

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

        publish_workflow = self.publish_workflow

        include_action_history_in_verification: bool | None | Unset
        if isinstance(self.include_action_history_in_verification, Unset):
            include_action_history_in_verification = UNSET
        else:
            include_action_history_in_verification = (
                self.include_action_history_in_verification
            )

        max_screenshot_scrolls: int | None | Unset
        if isinstance(self.max_screenshot_scrolls, Unset):
            max_screenshot_scrolls = UNSET
        else:
            max_screenshot_scrolls = self.max_screenshot_scrolls

        browser_address: None | str | Unset
        if isinstance(self.browser_address, Unset):
            browser_address = UNSET
        else:
            browser_address = self.browser_address

        run_with: None | str | Unset
        if isinstance(self.run_with, Unset):
            run_with = UNSET
        else:
            run_with = self.run_with

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
                "prompt": prompt,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if engine is not UNSET:
            field_dict["engine"] = engine
        if title is not UNSET:
            field_dict["title"] = title
        if proxy_location is not UNSET:
            field_dict["proxy_location"] = proxy_location
        if data_extraction_schema is not UNSET:
            field_dict["data_extraction_schema"] = data_extraction_schema
        if error_code_mapping is not UNSET:
            field_dict["error_code_mapping"] = error_code_mapping
        if max_steps is not UNSET:
            field_dict["max_steps"] = max_steps
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
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
        if model is not UNSET:
            field_dict["model"] = model
        if extra_http_headers is not UNSET:
            field_dict["extra_http_headers"] = extra_http_headers
        if cdp_connect_headers is not UNSET:
            field_dict["cdp_connect_headers"] = cdp_connect_headers
        if publish_workflow is not UNSET:
            field_dict["publish_workflow"] = publish_workflow
        if include_action_history_in_verification is not UNSET:
            field_dict["include_action_history_in_verification"] = (
                include_action_history_in_verification
            )
        if max_screenshot_scrolls is not UNSET:
            field_dict["max_screenshot_scrolls"] = max_screenshot_scrolls
        if browser_address is not UNSET:
            field_dict["browser_address"] = browser_address
        if run_with is not UNSET:
            field_dict["run_with"] = run_with
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.geo_target import GeoTarget

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        _engine = d.pop("engine", UNSET)
        engine: RunEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = RunEngine(_engine)

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

        def _parse_data_extraction_schema(
            data: object,
        ) -> Any | list[Any] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_extraction_schema_type_1 = cast(list[Any], data)

                return data_extraction_schema_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | list[Any] | None | str | Unset, data)

        data_extraction_schema = _parse_data_extraction_schema(
            d.pop("data_extraction_schema", UNSET)
        )

        def _parse_error_code_mapping(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        error_code_mapping = _parse_error_code_mapping(
            d.pop("error_code_mapping", UNSET)
        )

        def _parse_max_steps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_steps = _parse_max_steps(d.pop("max_steps", UNSET))

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

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

        def _parse_model(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

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

        publish_workflow = d.pop("publish_workflow", UNSET)

        def _parse_include_action_history_in_verification(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        include_action_history_in_verification = (
            _parse_include_action_history_in_verification(
                d.pop("include_action_history_in_verification", UNSET)
            )
        )

        def _parse_max_screenshot_scrolls(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_screenshot_scrolls = _parse_max_screenshot_scrolls(
            d.pop("max_screenshot_scrolls", UNSET)
        )

        def _parse_browser_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_address = _parse_browser_address(d.pop("browser_address", UNSET))

        def _parse_run_with(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_with = _parse_run_with(d.pop("run_with", UNSET))

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

        task_run_request = cls(
            prompt=prompt,
            url=url,
            engine=engine,
            title=title,
            proxy_location=proxy_location,
            data_extraction_schema=data_extraction_schema,
            error_code_mapping=error_code_mapping,
            max_steps=max_steps,
            webhook_url=webhook_url,
            totp_identifier=totp_identifier,
            totp_url=totp_url,
            browser_session_id=browser_session_id,
            browser_profile_id=browser_profile_id,
            start_fresh_browser=start_fresh_browser,
            model=model,
            extra_http_headers=extra_http_headers,
            cdp_connect_headers=cdp_connect_headers,
            publish_workflow=publish_workflow,
            include_action_history_in_verification=include_action_history_in_verification,
            max_screenshot_scrolls=max_screenshot_scrolls,
            browser_address=browser_address,
            run_with=run_with,
            file_ids=file_ids,
        )

        task_run_request.additional_properties = d
        return task_run_request

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
