from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class TaskRunRequest(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "browser_address",
        "browser_profile_id",
        "browser_session_id",
        "cdp_connect_headers",
        "data_extraction_schema",
        "engine",
        "error_code_mapping",
        "extra_http_headers",
        "file_ids",
        "include_action_history_in_verification",
        "max_screenshot_scrolls",
        "max_steps",
        "model",
        "prompt",
        "proxy_location",
        "publish_workflow",
        "run_with",
        "start_fresh_browser",
        "title",
        "totp_identifier",
        "totp_url",
        "url",
        "webhook_url",
    )
    _fields = (
        "prompt",
        "url",
        "engine",
        "title",
        "proxy_location",
        "data_extraction_schema",
        "error_code_mapping",
        "max_steps",
        "webhook_url",
        "totp_identifier",
        "totp_url",
        "browser_session_id",
        "browser_profile_id",
        "start_fresh_browser",
        "model",
        "extra_http_headers",
        "cdp_connect_headers",
        "publish_workflow",
        "include_action_history_in_verification",
        "max_screenshot_scrolls",
        "browser_address",
        "run_with",
        "file_ids",
    )

    prompt: str
    """ The goal or task description for Skyvern to accomplish """
    url: str | None
    """ The starting URL for the task. If not provided, Skyvern will attempt to determine an appropriate URL """
    engine: RunEngine | None
    """ The engine that powers the agent task. The default value is `skyvern-1.0`, which is good for simple tasks
    like filling a form, or searching for information on Google. `skyvern-2.0` remains available for existing V2
    workflows and explicitly requested V2 task runs. The `openai-cua` engine uses OpenAI's CUA model. The
    `anthropic-cua` uses Anthropic's Claude Sonnet 3.7 model with the computer use tool. """
    title: str | None
    """ The title for the task """
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
    data_extraction_schema: JsonObject | list[Any] | str | None
    """ The schema for data to be extracted from the webpage. If you're looking for consistent data schema being
    returned by the agent, it's highly recommended to use https://json-schema.org/. """
    error_code_mapping: StringMap | None
    """ Custom mapping of error codes to error messages if Skyvern encounters an error. """
    max_steps: int | None
    """ Maximum number of steps the task can take. Task will fail if it exceeds this number. Cautions: you are
    charged per step so please set this number to a reasonable value. Contact sales@skyvern.com for custom
    pricing. """
    webhook_url: str | None
    """ After a run is finished, send an update to this URL. Refer to https://www.skyvern.com/docs/running-
    tasks/webhooks-faq for more details. """
    totp_identifier: str | None
    """ Identifier for the TOTP/2FA/MFA code when the code is pushed to Skyvern. Refer to
    https://www.skyvern.com/docs/credentials#push-a-code for more details. """
    totp_url: str | None
    """ URL that serves TOTP/2FA/MFA codes for Skyvern to use during the workflow run. Refer to
    https://www.skyvern.com/docs/credentials#let-skyvern-fetch-codes-from-your-endpoint for more details. """
    browser_session_id: str | None
    """ Run the task or workflow in the specific Skyvern browser session. Having a browser session can persist the
    real-time state of the browser, so that the next run can continue from where the previous run left off. """
    browser_profile_id: str | None
    """ ID of a browser profile to reuse for this task """
    start_fresh_browser: bool | None
    """ When true, start this run from a fresh, empty browser and ignore any saved browser memory — no memory is
    read or written. A verified sign-in during the run still updates the credential's saved login. """
    model: JsonObject | None
    """ Optional model configuration. """
    extra_http_headers: StringMap | None
    """ The extra HTTP headers for the requests in browser. """
    cdp_connect_headers: StringMap | None
    """ HTTP headers attached ONLY to the CDP WebSocket handshake when connecting to a remote browser via
    browser_address. Use this for browser-provider auth (e.g., x-api-key for Skyvern Cloud, Browserless, or
    similar). These headers are NEVER forwarded to target websites. """
    publish_workflow: bool | None
    """ Deprecated. Whether to publish a `skyvern-2.0` task as a reusable workflow. For backwards compatibility,
    this routes the request through the legacy `skyvern-2.0` publish path. Prefer creating reusable workflows
    through the workflow APIs. """
    include_action_history_in_verification: bool | None
    """ Whether to include action history when verifying that the task is complete """
    max_screenshot_scrolls: int | None
    """ The maximum number of scrolls for the post action screenshot. When it's None or 0, it takes the current
    viewpoint screenshot. """
    browser_address: str | None
    """ The CDP address for the task. """
    run_with: str | None
    """ Whether to run the task with agent or code. Null means use the default. """
    file_ids: list[str] | None
    """ Ids of files uploaded through `POST /v1/upload_file` to attach to this run. Skyvern deletes an attached file
    as soon as the run finishes, so there is nothing to clean up afterwards. Reference an attached file by its
    id anywhere a file URL is accepted (for example in `parameters` or in the prompt) and no presigned URL is
    ever created for it. A file can be attached to one run at a time, and must not already be deleted. """

    def __init__(
        self,
        *,
        prompt: str,
        url: str | None = None,
        engine: RunEngine | None = None,
        title: str | None = None,
        proxy_location: ProxyLocation | GeoTarget | JsonObject | None = None,
        data_extraction_schema: JsonObject | list[Any] | str | None = None,
        error_code_mapping: StringMap | None = None,
        max_steps: int | None = None,
        webhook_url: str | None = None,
        totp_identifier: str | None = None,
        totp_url: str | None = None,
        browser_session_id: str | None = None,
        browser_profile_id: str | None = None,
        start_fresh_browser: bool | None = None,
        model: JsonObject | None = None,
        extra_http_headers: StringMap | None = None,
        cdp_connect_headers: StringMap | None = None,
        publish_workflow: bool | None = None,
        include_action_history_in_verification: bool | None = None,
        max_screenshot_scrolls: int | None = None,
        browser_address: str | None = None,
        run_with: str | None = None,
        file_ids: list[str] | None = None,
    ) -> None:
        self.prompt = prompt
        self.url = url
        self.engine = engine
        self.title = title
        self.proxy_location = proxy_location
        self.data_extraction_schema = data_extraction_schema
        self.error_code_mapping = error_code_mapping
        self.max_steps = max_steps
        self.webhook_url = webhook_url
        self.totp_identifier = totp_identifier
        self.totp_url = totp_url
        self.browser_session_id = browser_session_id
        self.browser_profile_id = browser_profile_id
        self.start_fresh_browser = start_fresh_browser
        self.model = model
        self.extra_http_headers = extra_http_headers
        self.cdp_connect_headers = cdp_connect_headers
        self.publish_workflow = publish_workflow
        self.include_action_history_in_verification = (
            include_action_history_in_verification
        )
        self.max_screenshot_scrolls = max_screenshot_scrolls
        self.browser_address = browser_address
        self.run_with = run_with
        self.file_ids = file_ids
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `TaskRunRequest` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("prompt", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "prompt")
        obj.prompt = value
        value = get("url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "url")
        obj.url = value
        value = get("engine")
        if value is not None:
            try:
                value = _members_RunEngine[value]
            except (KeyError, TypeError):
                value = _t.as_enum(RunEngine, value, "engine")
        obj.engine = value
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
        value = get("data_extraction_schema")
        if value is not None:
            try:
                value = _p_data_extraction_schema(value)
            except _ShapeError as error:
                raise error.within("data_extraction_schema") from None
        obj.data_extraction_schema = value
        value = get("error_code_mapping")
        if value is not None:
            value = _t.as_string_map(value, "error_code_mapping")
        obj.error_code_mapping = value
        value = get("max_steps")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_steps")
        obj.max_steps = value
        value = get("webhook_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "webhook_url")
        obj.webhook_url = value
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
        value = get("model")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "model")
        obj.model = value
        value = get("extra_http_headers")
        if value is not None:
            value = _t.as_string_map(value, "extra_http_headers")
        obj.extra_http_headers = value
        value = get("cdp_connect_headers")
        if value is not None:
            value = _t.as_string_map(value, "cdp_connect_headers")
        obj.cdp_connect_headers = value
        value = get("publish_workflow")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "publish_workflow")
        obj.publish_workflow = value
        value = get("include_action_history_in_verification")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "include_action_history_in_verification")
        obj.include_action_history_in_verification = value
        value = get("max_screenshot_scrolls")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_screenshot_scrolls")
        obj.max_screenshot_scrolls = value
        value = get("browser_address")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_address")
        obj.browser_address = value
        value = get("run_with")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "run_with")
        obj.run_with = value
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
        data["prompt"] = self.prompt
        value = self.url
        if value is not None:
            data["url"] = value
        value = self.engine
        if value is not None:
            data["engine"] = _t.wire(value)
        value = self.title
        if value is not None:
            data["title"] = value
        value = self.proxy_location
        if value is not None:
            data["proxy_location"] = _p_proxy_location_json(value)
        value = self.data_extraction_schema
        if value is not None:
            data["data_extraction_schema"] = value
        value = self.error_code_mapping
        if value is not None:
            data["error_code_mapping"] = value
        value = self.max_steps
        if value is not None:
            data["max_steps"] = value
        value = self.webhook_url
        if value is not None:
            data["webhook_url"] = value
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
        value = self.model
        if value is not None:
            data["model"] = value
        value = self.extra_http_headers
        if value is not None:
            data["extra_http_headers"] = value
        value = self.cdp_connect_headers
        if value is not None:
            data["cdp_connect_headers"] = value
        value = self.publish_workflow
        if value is not None:
            data["publish_workflow"] = value
        value = self.include_action_history_in_verification
        if value is not None:
            data["include_action_history_in_verification"] = value
        value = self.max_screenshot_scrolls
        if value is not None:
            data["max_screenshot_scrolls"] = value
        value = self.browser_address
        if value is not None:
            data["browser_address"] = value
        value = self.run_with
        if value is not None:
            data["run_with"] = value
        value = self.file_ids
        if value is not None:
            data["file_ids"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "prompt",
        "url",
        "engine",
        "title",
        "proxy_location",
        "data_extraction_schema",
        "error_code_mapping",
        "max_steps",
        "webhook_url",
        "totp_identifier",
        "totp_url",
        "browser_session_id",
        "browser_profile_id",
        "start_fresh_browser",
        "model",
        "extra_http_headers",
        "cdp_connect_headers",
        "publish_workflow",
        "include_action_history_in_verification",
        "max_screenshot_scrolls",
        "browser_address",
        "run_with",
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


def _p_data_extraction_schema(data: Any) -> JsonObject | list[Any] | str:
    if data.__class__ is dict:
        return data  # type: ignore[no-any-return,unused-ignore]
    if data.__class__ is list:
        try:
            if data.__class__ is not list:
                data = _t.as_list(data, "")

            return data  # type: ignore[no-any-return,unused-ignore]
        except _ShapeError:
            pass
    if isinstance(data, str):
        return data
    raise _t.invalid(data, "an object or an array or a string", "")


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .geo_target import GeoTarget
from .json_object import JsonObject
from .proxy_location import ProxyLocation
from .run_engine import RunEngine
from .string_map import StringMap

_members_ProxyLocation: dict[Any, Any] = ProxyLocation._value2member_map_
_members_RunEngine: dict[Any, Any] = RunEngine._value2member_map_


__all__ = ["TaskRunRequest"]
