from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class Workflow(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "adaptive_caching",
        "agent_id",
        "ai_fallback",
        "browser_profile_id",
        "browser_profile_key",
        "browser_type",
        "cache_key",
        "cdp_connect_headers",
        "code_version",
        "copilot_authored",
        "created_at",
        "created_by",
        "deleted_at",
        "description",
        "edited_by",
        "effective_default_engine",
        "enable_self_healing",
        "extra_http_headers",
        "folder_id",
        "generate_script_on_terminal",
        "import_error",
        "is_saved_task",
        "is_template",
        "mask_secrets",
        "max_elapsed_time_minutes",
        "max_screenshot_scrolls",
        "model",
        "modified_at",
        "organization_id",
        "original_created_at",
        "original_created_by",
        "persist_browser_session",
        "pin_saved_session_ip",
        "proxy_location",
        "reuse_browser_session",
        "run_sequentially",
        "run_with",
        "sequential_key",
        "status",
        "title",
        "totp_identifier",
        "totp_verification_url",
        "version",
        "webhook_callback_url",
        "workflow_definition",
        "workflow_id",
        "workflow_permanent_id",
    )
    _fields = (
        "workflow_id",
        "organization_id",
        "title",
        "workflow_permanent_id",
        "version",
        "is_saved_task",
        "is_template",
        "description",
        "workflow_definition",
        "proxy_location",
        "webhook_callback_url",
        "totp_verification_url",
        "totp_identifier",
        "persist_browser_session",
        "reuse_browser_session",
        "mask_secrets",
        "pin_saved_session_ip",
        "browser_profile_id",
        "browser_profile_key",
        "model",
        "status",
        "max_screenshot_scrolls",
        "max_elapsed_time_minutes",
        "extra_http_headers",
        "cdp_connect_headers",
        "run_with",
        "browser_type",
        "ai_fallback",
        "cache_key",
        "adaptive_caching",
        "enable_self_healing",
        "code_version",
        "generate_script_on_terminal",
        "run_sequentially",
        "sequential_key",
        "folder_id",
        "import_error",
        "created_by",
        "edited_by",
        "copilot_authored",
        "effective_default_engine",
        "original_created_by",
        "original_created_at",
        "created_at",
        "modified_at",
        "deleted_at",
        "agent_id",
    )

    workflow_id: str
    organization_id: str
    title: str
    workflow_permanent_id: str
    version: int
    is_saved_task: bool
    is_template: bool | None
    description: str | None
    workflow_definition: WorkflowDefinition
    proxy_location: ProxyLocation | GeoTarget | JsonObject | None
    webhook_callback_url: str | None
    totp_verification_url: str | None
    totp_identifier: str | None
    persist_browser_session: bool | None
    reuse_browser_session: bool | None
    mask_secrets: bool | None
    pin_saved_session_ip: bool | None
    browser_profile_id: str | None
    browser_profile_key: str | None
    model: JsonObject | None
    status: WorkflowStatus | None
    max_screenshot_scrolls: int | None
    max_elapsed_time_minutes: int | None
    extra_http_headers: StringMap | None
    cdp_connect_headers: StringMap | None
    run_with: str | None
    browser_type: str | None
    ai_fallback: bool | None
    cache_key: str | None
    adaptive_caching: bool | None
    enable_self_healing: bool | None
    code_version: int | None
    generate_script_on_terminal: bool | None
    run_sequentially: bool | None
    sequential_key: str | None
    folder_id: str | None
    import_error: str | None
    created_by: str | None
    edited_by: str | None
    copilot_authored: bool | None
    effective_default_engine: RunEngine | None
    """ The engine a task block with no `engine` set runs on in this agent, or null when engine routing decides it.
    Populated by the detail endpoint only. """
    original_created_by: str | None
    """ Who created the agent's first version. Populated by the list endpoint only. """
    original_created_at: datetime.datetime | None
    """ When the agent's first version was created. Populated by the list endpoint only. """
    created_at: datetime.datetime
    modified_at: datetime.datetime
    deleted_at: datetime.datetime | None
    agent_id: str
    """ Alias of `workflow_permanent_id` — the stable agent identifier (starts with `wpid_`). """

    def __init__(
        self,
        *,
        workflow_id: str,
        organization_id: str,
        title: str,
        workflow_permanent_id: str,
        version: int,
        is_saved_task: bool,
        is_template: bool | None = None,
        description: str | None = None,
        workflow_definition: WorkflowDefinition,
        proxy_location: ProxyLocation | GeoTarget | JsonObject | None = None,
        webhook_callback_url: str | None = None,
        totp_verification_url: str | None = None,
        totp_identifier: str | None = None,
        persist_browser_session: bool | None = None,
        reuse_browser_session: bool | None = None,
        mask_secrets: bool | None = None,
        pin_saved_session_ip: bool | None = None,
        browser_profile_id: str | None = None,
        browser_profile_key: str | None = None,
        model: JsonObject | None = None,
        status: WorkflowStatus | None = None,
        max_screenshot_scrolls: int | None = None,
        max_elapsed_time_minutes: int | None = None,
        extra_http_headers: StringMap | None = None,
        cdp_connect_headers: StringMap | None = None,
        run_with: str | None = None,
        browser_type: str | None = None,
        ai_fallback: bool | None = None,
        cache_key: str | None = None,
        adaptive_caching: bool | None = None,
        enable_self_healing: bool | None = None,
        code_version: int | None = None,
        generate_script_on_terminal: bool | None = None,
        run_sequentially: bool | None = None,
        sequential_key: str | None = None,
        folder_id: str | None = None,
        import_error: str | None = None,
        created_by: str | None = None,
        edited_by: str | None = None,
        copilot_authored: bool | None = None,
        effective_default_engine: RunEngine | None = None,
        original_created_by: str | None = None,
        original_created_at: datetime.datetime | None = None,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
        deleted_at: datetime.datetime | None = None,
        agent_id: str,
    ) -> None:
        self.workflow_id = workflow_id
        self.organization_id = organization_id
        self.title = title
        self.workflow_permanent_id = workflow_permanent_id
        self.version = version
        self.is_saved_task = is_saved_task
        self.is_template = is_template
        self.description = description
        self.workflow_definition = workflow_definition
        self.proxy_location = proxy_location
        self.webhook_callback_url = webhook_callback_url
        self.totp_verification_url = totp_verification_url
        self.totp_identifier = totp_identifier
        self.persist_browser_session = persist_browser_session
        self.reuse_browser_session = reuse_browser_session
        self.mask_secrets = mask_secrets
        self.pin_saved_session_ip = pin_saved_session_ip
        self.browser_profile_id = browser_profile_id
        self.browser_profile_key = browser_profile_key
        self.model = model
        self.status = status
        self.max_screenshot_scrolls = max_screenshot_scrolls
        self.max_elapsed_time_minutes = max_elapsed_time_minutes
        self.extra_http_headers = extra_http_headers
        self.cdp_connect_headers = cdp_connect_headers
        self.run_with = run_with
        self.browser_type = browser_type
        self.ai_fallback = ai_fallback
        self.cache_key = cache_key
        self.adaptive_caching = adaptive_caching
        self.enable_self_healing = enable_self_healing
        self.code_version = code_version
        self.generate_script_on_terminal = generate_script_on_terminal
        self.run_sequentially = run_sequentially
        self.sequential_key = sequential_key
        self.folder_id = folder_id
        self.import_error = import_error
        self.created_by = created_by
        self.edited_by = edited_by
        self.copilot_authored = copilot_authored
        self.effective_default_engine = effective_default_engine
        self.original_created_by = original_created_by
        self.original_created_at = original_created_at
        self.created_at = created_at
        self.modified_at = modified_at
        self.deleted_at = deleted_at
        self.agent_id = agent_id
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `Workflow` from its JSON, as `json.loads` gives it.

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
        value = get("organization_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "organization_id")
        obj.organization_id = value
        value = get("title", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "title")
        obj.title = value
        value = get("workflow_permanent_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_permanent_id")
        obj.workflow_permanent_id = value
        value = get("version", _MISSING)
        if value.__class__ is not int:
            value = _t.as_int(value, "version")
        obj.version = value
        value = get("is_saved_task", _MISSING)
        if value.__class__ is not bool:
            value = _t.as_bool(value, "is_saved_task")
        obj.is_saved_task = value
        value = get("is_template")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "is_template")
        obj.is_template = value
        value = get("description")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "description")
        obj.description = value
        value = get("workflow_definition", _MISSING)
        try:
            value = WorkflowDefinition.from_dict(value)
        except _ShapeError as error:
            raise error.within("workflow_definition") from None
        obj.workflow_definition = value
        value = get("proxy_location")
        if value is not None:
            try:
                value = _p_proxy_location(value)
            except _ShapeError as error:
                raise error.within("proxy_location") from None
        obj.proxy_location = value
        value = get("webhook_callback_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "webhook_callback_url")
        obj.webhook_callback_url = value
        value = get("totp_verification_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_verification_url")
        obj.totp_verification_url = value
        value = get("totp_identifier")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_identifier")
        obj.totp_identifier = value
        value = get("persist_browser_session")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "persist_browser_session")
        obj.persist_browser_session = value
        value = get("reuse_browser_session")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "reuse_browser_session")
        obj.reuse_browser_session = value
        value = get("mask_secrets")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "mask_secrets")
        obj.mask_secrets = value
        value = get("pin_saved_session_ip")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "pin_saved_session_ip")
        obj.pin_saved_session_ip = value
        value = get("browser_profile_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_profile_id")
        obj.browser_profile_id = value
        value = get("browser_profile_key")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_profile_key")
        obj.browser_profile_key = value
        value = get("model")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "model")
        obj.model = value
        value = get("status")
        if value is not None:
            try:
                value = _members_WorkflowStatus[value]
            except (KeyError, TypeError):
                value = _t.as_enum(WorkflowStatus, value, "status")
        obj.status = value
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
        value = get("ai_fallback")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "ai_fallback")
        obj.ai_fallback = value
        value = get("cache_key")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "cache_key")
        obj.cache_key = value
        value = get("adaptive_caching")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "adaptive_caching")
        obj.adaptive_caching = value
        value = get("enable_self_healing")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "enable_self_healing")
        obj.enable_self_healing = value
        value = get("code_version")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "code_version")
        obj.code_version = value
        value = get("generate_script_on_terminal")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "generate_script_on_terminal")
        obj.generate_script_on_terminal = value
        value = get("run_sequentially")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "run_sequentially")
        obj.run_sequentially = value
        value = get("sequential_key")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "sequential_key")
        obj.sequential_key = value
        value = get("folder_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "folder_id")
        obj.folder_id = value
        value = get("import_error")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "import_error")
        obj.import_error = value
        value = get("created_by")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "created_by")
        obj.created_by = value
        value = get("edited_by")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "edited_by")
        obj.edited_by = value
        value = get("copilot_authored")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "copilot_authored")
        obj.copilot_authored = value
        value = get("effective_default_engine")
        if value is not None:
            try:
                value = _members_RunEngine[value]
            except (KeyError, TypeError):
                value = _t.as_enum(RunEngine, value, "effective_default_engine")
        obj.effective_default_engine = value
        value = get("original_created_by")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "original_created_by")
        obj.original_created_by = value
        value = get("original_created_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "original_created_at")
        obj.original_created_at = value
        value = get("created_at", _MISSING)
        try:
            value = _datetime(value)
        except (TypeError, ValueError):
            value = _t.as_datetime(value, "created_at")
        obj.created_at = value
        value = get("modified_at", _MISSING)
        try:
            value = _datetime(value)
        except (TypeError, ValueError):
            value = _t.as_datetime(value, "modified_at")
        obj.modified_at = value
        value = get("deleted_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "deleted_at")
        obj.deleted_at = value
        value = get("agent_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "agent_id")
        obj.agent_id = value
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
        data["organization_id"] = self.organization_id
        data["title"] = self.title
        data["workflow_permanent_id"] = self.workflow_permanent_id
        data["version"] = self.version
        data["is_saved_task"] = self.is_saved_task
        value = self.is_template
        if value is not None:
            data["is_template"] = value
        value = self.description
        if value is not None:
            data["description"] = value
        data["workflow_definition"] = self.workflow_definition.to_dict()
        value = self.proxy_location
        if value is not None:
            data["proxy_location"] = _p_proxy_location_json(value)
        value = self.webhook_callback_url
        if value is not None:
            data["webhook_callback_url"] = value
        value = self.totp_verification_url
        if value is not None:
            data["totp_verification_url"] = value
        value = self.totp_identifier
        if value is not None:
            data["totp_identifier"] = value
        value = self.persist_browser_session
        if value is not None:
            data["persist_browser_session"] = value
        value = self.reuse_browser_session
        if value is not None:
            data["reuse_browser_session"] = value
        value = self.mask_secrets
        if value is not None:
            data["mask_secrets"] = value
        value = self.pin_saved_session_ip
        if value is not None:
            data["pin_saved_session_ip"] = value
        value = self.browser_profile_id
        if value is not None:
            data["browser_profile_id"] = value
        value = self.browser_profile_key
        if value is not None:
            data["browser_profile_key"] = value
        value = self.model
        if value is not None:
            data["model"] = value
        value = self.status
        if value is not None:
            data["status"] = _t.wire(value)
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
        value = self.run_with
        if value is not None:
            data["run_with"] = value
        value = self.browser_type
        if value is not None:
            data["browser_type"] = value
        value = self.ai_fallback
        if value is not None:
            data["ai_fallback"] = value
        value = self.cache_key
        if value is not None:
            data["cache_key"] = value
        value = self.adaptive_caching
        if value is not None:
            data["adaptive_caching"] = value
        value = self.enable_self_healing
        if value is not None:
            data["enable_self_healing"] = value
        value = self.code_version
        if value is not None:
            data["code_version"] = value
        value = self.generate_script_on_terminal
        if value is not None:
            data["generate_script_on_terminal"] = value
        value = self.run_sequentially
        if value is not None:
            data["run_sequentially"] = value
        value = self.sequential_key
        if value is not None:
            data["sequential_key"] = value
        value = self.folder_id
        if value is not None:
            data["folder_id"] = value
        value = self.import_error
        if value is not None:
            data["import_error"] = value
        value = self.created_by
        if value is not None:
            data["created_by"] = value
        value = self.edited_by
        if value is not None:
            data["edited_by"] = value
        value = self.copilot_authored
        if value is not None:
            data["copilot_authored"] = value
        value = self.effective_default_engine
        if value is not None:
            data["effective_default_engine"] = _t.wire(value)
        value = self.original_created_by
        if value is not None:
            data["original_created_by"] = value
        value = self.original_created_at
        if value is not None:
            data["original_created_at"] = value.isoformat()
        data["created_at"] = self.created_at.isoformat()
        data["modified_at"] = self.modified_at.isoformat()
        value = self.deleted_at
        if value is not None:
            data["deleted_at"] = value.isoformat()
        data["agent_id"] = self.agent_id
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "workflow_id",
        "organization_id",
        "title",
        "workflow_permanent_id",
        "version",
        "is_saved_task",
        "is_template",
        "description",
        "workflow_definition",
        "proxy_location",
        "webhook_callback_url",
        "totp_verification_url",
        "totp_identifier",
        "persist_browser_session",
        "reuse_browser_session",
        "mask_secrets",
        "pin_saved_session_ip",
        "browser_profile_id",
        "browser_profile_key",
        "model",
        "status",
        "max_screenshot_scrolls",
        "max_elapsed_time_minutes",
        "extra_http_headers",
        "cdp_connect_headers",
        "run_with",
        "browser_type",
        "ai_fallback",
        "cache_key",
        "adaptive_caching",
        "enable_self_healing",
        "code_version",
        "generate_script_on_terminal",
        "run_sequentially",
        "sequential_key",
        "folder_id",
        "import_error",
        "created_by",
        "edited_by",
        "copilot_authored",
        "effective_default_engine",
        "original_created_by",
        "original_created_at",
        "created_at",
        "modified_at",
        "deleted_at",
        "agent_id",
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
from .run_engine import RunEngine
from .string_map import StringMap
from .workflow_definition import WorkflowDefinition
from .workflow_status import WorkflowStatus

_members_ProxyLocation: dict[Any, Any] = ProxyLocation._value2member_map_
_members_RunEngine: dict[Any, Any] = RunEngine._value2member_map_
_members_WorkflowStatus: dict[Any, Any] = WorkflowStatus._value2member_map_


__all__ = ["Workflow"]
