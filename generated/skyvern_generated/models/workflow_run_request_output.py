from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class WorkflowRunRequestOutput(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "ai_fallback",
        "browser_address",
        "browser_profile_id",
        "browser_session_id",
        "browser_type",
        "cdp_connect_headers",
        "extra_http_headers",
        "file_ids",
        "max_elapsed_time_minutes",
        "max_screenshot_scrolls",
        "parameters",
        "proxy_location",
        "reuse_browser_session",
        "run_metadata",
        "run_with",
        "start_fresh_browser",
        "title",
        "totp_identifier",
        "totp_url",
        "webhook_url",
        "workflow_id",
    )
    _fields = (
        "workflow_id",
        "parameters",
        "title",
        "proxy_location",
        "webhook_url",
        "totp_url",
        "totp_identifier",
        "browser_session_id",
        "reuse_browser_session",
        "browser_profile_id",
        "start_fresh_browser",
        "max_screenshot_scrolls",
        "max_elapsed_time_minutes",
        "extra_http_headers",
        "cdp_connect_headers",
        "browser_address",
        "ai_fallback",
        "run_with",
        "browser_type",
        "run_metadata",
        "file_ids",
    )

    workflow_id: str
    """ ID of the agent to run. Starts with `wpid_`. `workflow_id` is accepted as an alias. """
    parameters: JsonObject | None
    """ Parameters to pass to the workflow """
    title: str | None
    """ The title for this workflow run """
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
    "city": "San Francisco"} """
    webhook_url: str | None
    """ URL to send workflow status updates to after a run is finished. Refer to
    https://www.skyvern.com/docs/running-tasks/webhooks-faq for webhook questions. """
    totp_url: str | None
    """ URL that serves TOTP/2FA/MFA codes for Skyvern to use during the workflow run. Refer to
    https://www.skyvern.com/docs/credentials#let-skyvern-fetch-codes-from-your-endpoint for more details. """
    totp_identifier: str | None
    """ Identifier for the TOTP/2FA/MFA code when the code is pushed to Skyvern. Refer to
    https://www.skyvern.com/docs/credentials#push-a-code for more details. """
    browser_session_id: str | None
    """ ID of a Skyvern browser session to reuse, having it continue from the current screen state """
    reuse_browser_session: bool | None
    """ Override whether this run reuses the workflow's managed browser session. Null inherits the workflow setting.
    Without login credentials, a browser profile key, or a sequential key, reuse is workflow-scoped: every run
    shares one browser and its signed-in state, so treat the workflow as single-account. """
    browser_profile_id: str | None
    """ ID of a browser profile to reuse for this workflow run """
    start_fresh_browser: bool | None
    """ When true, start this run from a fresh, empty browser and ignore any saved browser memory — no memory is
    read or written. A verified sign-in during the run still updates the credential's saved login. """
    max_screenshot_scrolls: int | None
    """ The maximum number of scrolls for the post action screenshot. When it's None or 0, it takes the current
    viewpoint screenshot. """
    max_elapsed_time_minutes: int | None
    """ Timeout this workflow run after the configured elapsed runtime in minutes. When omitted, the platform
    default is 240 minutes. The maximum configurable value is 480 minutes. """
    extra_http_headers: StringMap | None
    """ The extra HTTP headers for the requests in browser. """
    cdp_connect_headers: StringMap | None
    """ HTTP headers attached ONLY to the CDP WebSocket handshake when connecting to a remote browser via
    browser_address. Use this for browser-provider auth (e.g., x-api-key for Skyvern Cloud, Browserless, or
    similar). These headers are NEVER forwarded to target websites. """
    browser_address: str | None
    """ The CDP address for the workflow run. """
    ai_fallback: bool | None
    """ Whether to fallback to AI if the workflow run fails. """
    run_with: str | None
    """ Whether to run the workflow with agent or code. Null inherits from the workflow setting. """
    browser_type: str | None
    """ Browser engine for this run, one of the supported browser types (e.g. msedge, chrome, stealth-chromium).
    Overrides the workflow-level setting. Null inherits from the workflow. """
    run_metadata: StringMap | None
    """ String key/value metadata to attach to this workflow run for analytics tag filtering. """
    file_ids: list[str] | None
    """ Ids of files uploaded through `POST /v1/upload_file` to attach to this run. Skyvern deletes an attached file
    as soon as the run finishes, so there is nothing to clean up afterwards. Reference an attached file by its
    id anywhere a file URL is accepted (for example in `parameters` or in the prompt) and no presigned URL is
    ever created for it. A file can be attached to one run at a time, and must not already be deleted. """

    def __init__(
        self,
        *,
        workflow_id: str,
        parameters: JsonObject | None = None,
        title: str | None = None,
        proxy_location: ProxyLocation | GeoTarget | JsonObject | None = None,
        webhook_url: str | None = None,
        totp_url: str | None = None,
        totp_identifier: str | None = None,
        browser_session_id: str | None = None,
        reuse_browser_session: bool | None = None,
        browser_profile_id: str | None = None,
        start_fresh_browser: bool | None = None,
        max_screenshot_scrolls: int | None = None,
        max_elapsed_time_minutes: int | None = None,
        extra_http_headers: StringMap | None = None,
        cdp_connect_headers: StringMap | None = None,
        browser_address: str | None = None,
        ai_fallback: bool | None = None,
        run_with: str | None = None,
        browser_type: str | None = None,
        run_metadata: StringMap | None = None,
        file_ids: list[str] | None = None,
    ) -> None:
        self.workflow_id = workflow_id
        self.parameters = parameters
        self.title = title
        self.proxy_location = proxy_location
        self.webhook_url = webhook_url
        self.totp_url = totp_url
        self.totp_identifier = totp_identifier
        self.browser_session_id = browser_session_id
        self.reuse_browser_session = reuse_browser_session
        self.browser_profile_id = browser_profile_id
        self.start_fresh_browser = start_fresh_browser
        self.max_screenshot_scrolls = max_screenshot_scrolls
        self.max_elapsed_time_minutes = max_elapsed_time_minutes
        self.extra_http_headers = extra_http_headers
        self.cdp_connect_headers = cdp_connect_headers
        self.browser_address = browser_address
        self.ai_fallback = ai_fallback
        self.run_with = run_with
        self.browser_type = browser_type
        self.run_metadata = run_metadata
        self.file_ids = file_ids
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WorkflowRunRequestOutput` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("workflow_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_id")
        obj.workflow_id = value
        value = get("parameters")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "parameters")
        obj.parameters = value
        value = get("title")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "title")
        obj.title = value
        value = get("proxy_location")
        if value is not None:
            try:
                value = _p_proxy_location(value)
            except _ShapeError as error:
                raise error.within("proxy_location") from None
        obj.proxy_location = value
        value = get("webhook_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "webhook_url")
        obj.webhook_url = value
        value = get("totp_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_url")
        obj.totp_url = value
        value = get("totp_identifier")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_identifier")
        obj.totp_identifier = value
        value = get("browser_session_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_session_id")
        obj.browser_session_id = value
        value = get("reuse_browser_session")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "reuse_browser_session")
        obj.reuse_browser_session = value
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
        value = get("max_screenshot_scrolls")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_screenshot_scrolls")
        obj.max_screenshot_scrolls = value
        value = get("max_elapsed_time_minutes")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_elapsed_time_minutes")
        obj.max_elapsed_time_minutes = value
        value = get("extra_http_headers")
        if value is not None:
            value = _t.as_string_map(value, "extra_http_headers")
        obj.extra_http_headers = value
        value = get("cdp_connect_headers")
        if value is not None:
            value = _t.as_string_map(value, "cdp_connect_headers")
        obj.cdp_connect_headers = value
        value = get("browser_address")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_address")
        obj.browser_address = value
        value = get("ai_fallback")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "ai_fallback")
        obj.ai_fallback = value
        value = get("run_with")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "run_with")
        obj.run_with = value
        value = get("browser_type")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_type")
        obj.browser_type = value
        value = get("run_metadata")
        if value is not None:
            value = _t.as_string_map(value, "run_metadata")
        obj.run_metadata = value
        value = get("file_ids")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "file_ids")
            _t.check_items(value, str, "file_ids")
        obj.file_ids = value
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
        data["workflow_id"] = self.workflow_id
        value = self.parameters
        if value is not None:
            data["parameters"] = value
        value = self.title
        if value is not None:
            data["title"] = value
        value = self.proxy_location
        if value is not None:
            data["proxy_location"] = _p_proxy_location_json(value)
        value = self.webhook_url
        if value is not None:
            data["webhook_url"] = value
        value = self.totp_url
        if value is not None:
            data["totp_url"] = value
        value = self.totp_identifier
        if value is not None:
            data["totp_identifier"] = value
        value = self.browser_session_id
        if value is not None:
            data["browser_session_id"] = value
        value = self.reuse_browser_session
        if value is not None:
            data["reuse_browser_session"] = value
        value = self.browser_profile_id
        if value is not None:
            data["browser_profile_id"] = value
        value = self.start_fresh_browser
        if value is not None:
            data["start_fresh_browser"] = value
        value = self.max_screenshot_scrolls
        if value is not None:
            data["max_screenshot_scrolls"] = value
        value = self.max_elapsed_time_minutes
        if value is not None:
            data["max_elapsed_time_minutes"] = value
        value = self.extra_http_headers
        if value is not None:
            data["extra_http_headers"] = value
        value = self.cdp_connect_headers
        if value is not None:
            data["cdp_connect_headers"] = value
        value = self.browser_address
        if value is not None:
            data["browser_address"] = value
        value = self.ai_fallback
        if value is not None:
            data["ai_fallback"] = value
        value = self.run_with
        if value is not None:
            data["run_with"] = value
        value = self.browser_type
        if value is not None:
            data["browser_type"] = value
        value = self.run_metadata
        if value is not None:
            data["run_metadata"] = value
        value = self.file_ids
        if value is not None:
            data["file_ids"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "workflow_id",
        "parameters",
        "title",
        "proxy_location",
        "webhook_url",
        "totp_url",
        "totp_identifier",
        "browser_session_id",
        "reuse_browser_session",
        "browser_profile_id",
        "start_fresh_browser",
        "max_screenshot_scrolls",
        "max_elapsed_time_minutes",
        "extra_http_headers",
        "cdp_connect_headers",
        "browser_address",
        "ai_fallback",
        "run_with",
        "browser_type",
        "run_metadata",
        "file_ids",
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


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .geo_target import GeoTarget
from .json_object import JsonObject
from .proxy_location import ProxyLocation
from .string_map import StringMap

_members_ProxyLocation: dict[Any, Any] = ProxyLocation._value2member_map_


__all__ = ["WorkflowRunRequestOutput"]
