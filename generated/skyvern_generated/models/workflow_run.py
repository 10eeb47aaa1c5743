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


class WorkflowRun(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "ai_fallback",
        "attempt",
        "attempts",
        "browser_address",
        "browser_profile_id",
        "browser_seed_source",
        "browser_session_id",
        "browser_settings",
        "browser_settings_receipt",
        "browser_sink_profile_id",
        "browser_type",
        "cached_credits_used",
        "cdp_connect_headers",
        "code_gen",
        "copilot_session_id",
        "created_at",
        "created_by",
        "credits_used",
        "debug_session_id",
        "depends_on_workflow_run_id",
        "extra_http_headers",
        "failure_category",
        "failure_reason",
        "fallback_attempt",
        "finished_at",
        "ignore_inherited_workflow_system_prompt",
        "job_id",
        "max_elapsed_time_minutes",
        "max_screenshot_scrolls",
        "modified_at",
        "next_attempt_at",
        "organization_id",
        "parent_workflow_run_id",
        "proxy_location",
        "queued_at",
        "retried_from_workflow_run_id",
        "retry_pending",
        "reuse_browser_session",
        "run_with",
        "script_run",
        "sequential_credential_id",
        "sequential_key",
        "start_fresh_browser",
        "started_at",
        "status",
        "totp_identifier",
        "totp_verification_url",
        "trigger_type",
        "webhook_callback_url",
        "webhook_failure_reason",
        "workflow_id",
        "workflow_permanent_id",
        "workflow_run_id",
        "workflow_schedule_id",
        "workflow_title",
    )
    _fields = (
        "workflow_run_id",
        "workflow_id",
        "workflow_permanent_id",
        "organization_id",
        "browser_session_id",
        "browser_profile_id",
        "browser_seed_source",
        "browser_sink_profile_id",
        "start_fresh_browser",
        "reuse_browser_session",
        "debug_session_id",
        "status",
        "attempt",
        "retry_pending",
        "next_attempt_at",
        "attempts",
        "extra_http_headers",
        "cdp_connect_headers",
        "proxy_location",
        "webhook_callback_url",
        "webhook_failure_reason",
        "totp_verification_url",
        "totp_identifier",
        "failure_reason",
        "failure_category",
        "retried_from_workflow_run_id",
        "fallback_attempt",
        "parent_workflow_run_id",
        "workflow_title",
        "max_screenshot_scrolls",
        "max_elapsed_time_minutes",
        "browser_address",
        "run_with",
        "browser_type",
        "browser_settings",
        "browser_settings_receipt",
        "script_run",
        "job_id",
        "depends_on_workflow_run_id",
        "sequential_key",
        "sequential_credential_id",
        "ai_fallback",
        "code_gen",
        "trigger_type",
        "workflow_schedule_id",
        "ignore_inherited_workflow_system_prompt",
        "copilot_session_id",
        "created_by",
        "credits_used",
        "cached_credits_used",
        "queued_at",
        "started_at",
        "finished_at",
        "created_at",
        "modified_at",
    )

    workflow_run_id: str
    workflow_id: str
    workflow_permanent_id: str
    organization_id: str
    browser_session_id: str | None
    browser_profile_id: str | None
    browser_seed_source: BrowserSeedSource | None
    browser_sink_profile_id: str | None
    start_fresh_browser: bool | None
    reuse_browser_session: bool | None
    debug_session_id: str | None
    status: WorkflowRunStatus
    attempt: int | None
    """ One-based number of the current workflow run attempt """
    retry_pending: bool | None
    """ Whether another attempt is scheduled for this workflow run """
    next_attempt_at: datetime.datetime | None
    """ Timestamp when the next workflow run attempt is scheduled """
    attempts: list[WorkflowRunAttempt] | None
    """ Attempts recorded for this workflow run """
    extra_http_headers: StringMap | None
    cdp_connect_headers: StringMap | None
    proxy_location: ProxyLocation | GeoTarget | JsonObject | None
    webhook_callback_url: str | None
    webhook_failure_reason: str | None
    totp_verification_url: str | None
    totp_identifier: str | None
    failure_reason: str | None
    failure_category: list[JsonObject] | None
    retried_from_workflow_run_id: str | None
    fallback_attempt: int | None
    parent_workflow_run_id: str | None
    workflow_title: str | None
    max_screenshot_scrolls: int | None
    max_elapsed_time_minutes: int | None
    browser_address: str | None
    run_with: str | None
    browser_type: str | None
    browser_settings: BrowserSettings | None
    """ Browser settings copied from the workflow version when the run was created """
    browser_settings_receipt: BrowserSettingsReceipt | None
    script_run: ScriptRunResponse | None
    job_id: str | None
    depends_on_workflow_run_id: str | None
    sequential_key: str | None
    sequential_credential_id: str | None
    ai_fallback: bool | None
    code_gen: bool | None
    trigger_type: WorkflowRunTriggerType | None
    workflow_schedule_id: str | None
    ignore_inherited_workflow_system_prompt: bool | None
    copilot_session_id: str | None
    created_by: str | None
    """ ID of the user who started the run """
    credits_used: int | None
    cached_credits_used: int | None
    queued_at: datetime.datetime | None
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    created_at: datetime.datetime
    modified_at: datetime.datetime

    def __init__(
        self,
        *,
        workflow_run_id: str,
        workflow_id: str,
        workflow_permanent_id: str,
        organization_id: str,
        browser_session_id: str | None = None,
        browser_profile_id: str | None = None,
        browser_seed_source: BrowserSeedSource | None = None,
        browser_sink_profile_id: str | None = None,
        start_fresh_browser: bool | None = None,
        reuse_browser_session: bool | None = None,
        debug_session_id: str | None = None,
        status: WorkflowRunStatus,
        attempt: int | None = None,
        retry_pending: bool | None = None,
        next_attempt_at: datetime.datetime | None = None,
        attempts: list[WorkflowRunAttempt] | None = None,
        extra_http_headers: StringMap | None = None,
        cdp_connect_headers: StringMap | None = None,
        proxy_location: ProxyLocation | GeoTarget | JsonObject | None = None,
        webhook_callback_url: str | None = None,
        webhook_failure_reason: str | None = None,
        totp_verification_url: str | None = None,
        totp_identifier: str | None = None,
        failure_reason: str | None = None,
        failure_category: list[JsonObject] | None = None,
        retried_from_workflow_run_id: str | None = None,
        fallback_attempt: int | None = None,
        parent_workflow_run_id: str | None = None,
        workflow_title: str | None = None,
        max_screenshot_scrolls: int | None = None,
        max_elapsed_time_minutes: int | None = None,
        browser_address: str | None = None,
        run_with: str | None = None,
        browser_type: str | None = None,
        browser_settings: BrowserSettings | None = None,
        browser_settings_receipt: BrowserSettingsReceipt | None = None,
        script_run: ScriptRunResponse | None = None,
        job_id: str | None = None,
        depends_on_workflow_run_id: str | None = None,
        sequential_key: str | None = None,
        sequential_credential_id: str | None = None,
        ai_fallback: bool | None = None,
        code_gen: bool | None = None,
        trigger_type: WorkflowRunTriggerType | None = None,
        workflow_schedule_id: str | None = None,
        ignore_inherited_workflow_system_prompt: bool | None = None,
        copilot_session_id: str | None = None,
        created_by: str | None = None,
        credits_used: int | None = None,
        cached_credits_used: int | None = None,
        queued_at: datetime.datetime | None = None,
        started_at: datetime.datetime | None = None,
        finished_at: datetime.datetime | None = None,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
    ) -> None:
        self.workflow_run_id = workflow_run_id
        self.workflow_id = workflow_id
        self.workflow_permanent_id = workflow_permanent_id
        self.organization_id = organization_id
        self.browser_session_id = browser_session_id
        self.browser_profile_id = browser_profile_id
        self.browser_seed_source = browser_seed_source
        self.browser_sink_profile_id = browser_sink_profile_id
        self.start_fresh_browser = start_fresh_browser
        self.reuse_browser_session = reuse_browser_session
        self.debug_session_id = debug_session_id
        self.status = status
        self.attempt = attempt
        self.retry_pending = retry_pending
        self.next_attempt_at = next_attempt_at
        self.attempts = attempts
        self.extra_http_headers = extra_http_headers
        self.cdp_connect_headers = cdp_connect_headers
        self.proxy_location = proxy_location
        self.webhook_callback_url = webhook_callback_url
        self.webhook_failure_reason = webhook_failure_reason
        self.totp_verification_url = totp_verification_url
        self.totp_identifier = totp_identifier
        self.failure_reason = failure_reason
        self.failure_category = failure_category
        self.retried_from_workflow_run_id = retried_from_workflow_run_id
        self.fallback_attempt = fallback_attempt
        self.parent_workflow_run_id = parent_workflow_run_id
        self.workflow_title = workflow_title
        self.max_screenshot_scrolls = max_screenshot_scrolls
        self.max_elapsed_time_minutes = max_elapsed_time_minutes
        self.browser_address = browser_address
        self.run_with = run_with
        self.browser_type = browser_type
        self.browser_settings = browser_settings
        self.browser_settings_receipt = browser_settings_receipt
        self.script_run = script_run
        self.job_id = job_id
        self.depends_on_workflow_run_id = depends_on_workflow_run_id
        self.sequential_key = sequential_key
        self.sequential_credential_id = sequential_credential_id
        self.ai_fallback = ai_fallback
        self.code_gen = code_gen
        self.trigger_type = trigger_type
        self.workflow_schedule_id = workflow_schedule_id
        self.ignore_inherited_workflow_system_prompt = (
            ignore_inherited_workflow_system_prompt
        )
        self.copilot_session_id = copilot_session_id
        self.created_by = created_by
        self.credits_used = credits_used
        self.cached_credits_used = cached_credits_used
        self.queued_at = queued_at
        self.started_at = started_at
        self.finished_at = finished_at
        self.created_at = created_at
        self.modified_at = modified_at
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WorkflowRun` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("workflow_run_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_run_id")
        obj.workflow_run_id = value
        value = get("workflow_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_id")
        obj.workflow_id = value
        value = get("workflow_permanent_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_permanent_id")
        obj.workflow_permanent_id = value
        value = get("organization_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "organization_id")
        obj.organization_id = value
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
        value = get("browser_seed_source")
        if value is not None:
            try:
                value = _members_BrowserSeedSource[value]
            except (KeyError, TypeError):
                value = _t.as_enum(BrowserSeedSource, value, "browser_seed_source")
        obj.browser_seed_source = value
        value = get("browser_sink_profile_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_sink_profile_id")
        obj.browser_sink_profile_id = value
        value = get("start_fresh_browser")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "start_fresh_browser")
        obj.start_fresh_browser = value
        value = get("reuse_browser_session")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "reuse_browser_session")
        obj.reuse_browser_session = value
        value = get("debug_session_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "debug_session_id")
        obj.debug_session_id = value
        value = get("status", _MISSING)
        try:
            value = _members_WorkflowRunStatus[value]
        except (KeyError, TypeError):
            value = _t.as_enum(WorkflowRunStatus, value, "status")
        obj.status = value
        value = get("attempt")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "attempt")
        obj.attempt = value
        value = get("retry_pending")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "retry_pending")
        obj.retry_pending = value
        value = get("next_attempt_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "next_attempt_at")
        obj.next_attempt_at = value
        value = get("attempts")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "attempts")
            try:
                value = [WorkflowRunAttempt.from_dict(item) for item in value]
            except _ShapeError:
                raise _t.locate(
                    value, WorkflowRunAttempt.from_dict, "attempts"
                ) from None
        obj.attempts = value
        value = get("extra_http_headers")
        if value is not None:
            value = _t.as_string_map(value, "extra_http_headers")
        obj.extra_http_headers = value
        value = get("cdp_connect_headers")
        if value is not None:
            value = _t.as_string_map(value, "cdp_connect_headers")
        obj.cdp_connect_headers = value
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
        value = get("webhook_failure_reason")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "webhook_failure_reason")
        obj.webhook_failure_reason = value
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
        value = get("failure_reason")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "failure_reason")
        obj.failure_reason = value
        value = get("failure_category")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "failure_category")
            try:
                value = [_p_failure_category_item(item) for item in value]
            except _ShapeError:
                raise _t.locate(
                    value, _p_failure_category_item, "failure_category"
                ) from None
        obj.failure_category = value
        value = get("retried_from_workflow_run_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "retried_from_workflow_run_id")
        obj.retried_from_workflow_run_id = value
        value = get("fallback_attempt")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "fallback_attempt")
        obj.fallback_attempt = value
        value = get("parent_workflow_run_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "parent_workflow_run_id")
        obj.parent_workflow_run_id = value
        value = get("workflow_title")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_title")
        obj.workflow_title = value
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
        value = get("browser_type")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_type")
        obj.browser_type = value
        value = get("browser_settings")
        if value is not None:
            try:
                value = BrowserSettings.from_dict(value)
            except _ShapeError as error:
                raise error.within("browser_settings") from None
        obj.browser_settings = value
        value = get("browser_settings_receipt")
        if value is not None:
            try:
                value = BrowserSettingsReceipt.from_dict(value)
            except _ShapeError as error:
                raise error.within("browser_settings_receipt") from None
        obj.browser_settings_receipt = value
        value = get("script_run")
        if value is not None:
            try:
                value = ScriptRunResponse.from_dict(value)
            except _ShapeError as error:
                raise error.within("script_run") from None
        obj.script_run = value
        value = get("job_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "job_id")
        obj.job_id = value
        value = get("depends_on_workflow_run_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "depends_on_workflow_run_id")
        obj.depends_on_workflow_run_id = value
        value = get("sequential_key")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "sequential_key")
        obj.sequential_key = value
        value = get("sequential_credential_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "sequential_credential_id")
        obj.sequential_credential_id = value
        value = get("ai_fallback")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "ai_fallback")
        obj.ai_fallback = value
        value = get("code_gen")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "code_gen")
        obj.code_gen = value
        value = get("trigger_type")
        if value is not None:
            try:
                value = _members_WorkflowRunTriggerType[value]
            except (KeyError, TypeError):
                value = _t.as_enum(WorkflowRunTriggerType, value, "trigger_type")
        obj.trigger_type = value
        value = get("workflow_schedule_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_schedule_id")
        obj.workflow_schedule_id = value
        value = get("ignore_inherited_workflow_system_prompt")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "ignore_inherited_workflow_system_prompt")
        obj.ignore_inherited_workflow_system_prompt = value
        value = get("copilot_session_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "copilot_session_id")
        obj.copilot_session_id = value
        value = get("created_by")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "created_by")
        obj.created_by = value
        value = get("credits_used")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "credits_used")
        obj.credits_used = value
        value = get("cached_credits_used")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "cached_credits_used")
        obj.cached_credits_used = value
        value = get("queued_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "queued_at")
        obj.queued_at = value
        value = get("started_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "started_at")
        obj.started_at = value
        value = get("finished_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "finished_at")
        obj.finished_at = value
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
        data["workflow_run_id"] = self.workflow_run_id
        data["workflow_id"] = self.workflow_id
        data["workflow_permanent_id"] = self.workflow_permanent_id
        data["organization_id"] = self.organization_id
        value = self.browser_session_id
        if value is not None:
            data["browser_session_id"] = value
        value = self.browser_profile_id
        if value is not None:
            data["browser_profile_id"] = value
        value = self.browser_seed_source
        if value is not None:
            data["browser_seed_source"] = _t.wire(value)
        value = self.browser_sink_profile_id
        if value is not None:
            data["browser_sink_profile_id"] = value
        value = self.start_fresh_browser
        if value is not None:
            data["start_fresh_browser"] = value
        value = self.reuse_browser_session
        if value is not None:
            data["reuse_browser_session"] = value
        value = self.debug_session_id
        if value is not None:
            data["debug_session_id"] = value
        data["status"] = _t.wire(self.status)
        value = self.attempt
        if value is not None:
            data["attempt"] = value
        value = self.retry_pending
        if value is not None:
            data["retry_pending"] = value
        value = self.next_attempt_at
        if value is not None:
            data["next_attempt_at"] = value.isoformat()
        value = self.attempts
        if value is not None:
            data["attempts"] = [item.to_dict() for item in value]
        value = self.extra_http_headers
        if value is not None:
            data["extra_http_headers"] = value
        value = self.cdp_connect_headers
        if value is not None:
            data["cdp_connect_headers"] = value
        value = self.proxy_location
        if value is not None:
            data["proxy_location"] = _p_proxy_location_json(value)
        value = self.webhook_callback_url
        if value is not None:
            data["webhook_callback_url"] = value
        value = self.webhook_failure_reason
        if value is not None:
            data["webhook_failure_reason"] = value
        value = self.totp_verification_url
        if value is not None:
            data["totp_verification_url"] = value
        value = self.totp_identifier
        if value is not None:
            data["totp_identifier"] = value
        value = self.failure_reason
        if value is not None:
            data["failure_reason"] = value
        value = self.failure_category
        if value is not None:
            data["failure_category"] = value
        value = self.retried_from_workflow_run_id
        if value is not None:
            data["retried_from_workflow_run_id"] = value
        value = self.fallback_attempt
        if value is not None:
            data["fallback_attempt"] = value
        value = self.parent_workflow_run_id
        if value is not None:
            data["parent_workflow_run_id"] = value
        value = self.workflow_title
        if value is not None:
            data["workflow_title"] = value
        value = self.max_screenshot_scrolls
        if value is not None:
            data["max_screenshot_scrolls"] = value
        value = self.max_elapsed_time_minutes
        if value is not None:
            data["max_elapsed_time_minutes"] = value
        value = self.browser_address
        if value is not None:
            data["browser_address"] = value
        value = self.run_with
        if value is not None:
            data["run_with"] = value
        value = self.browser_type
        if value is not None:
            data["browser_type"] = value
        value = self.browser_settings
        if value is not None:
            data["browser_settings"] = value.to_dict()
        value = self.browser_settings_receipt
        if value is not None:
            data["browser_settings_receipt"] = value.to_dict()
        value = self.script_run
        if value is not None:
            data["script_run"] = value.to_dict()
        value = self.job_id
        if value is not None:
            data["job_id"] = value
        value = self.depends_on_workflow_run_id
        if value is not None:
            data["depends_on_workflow_run_id"] = value
        value = self.sequential_key
        if value is not None:
            data["sequential_key"] = value
        value = self.sequential_credential_id
        if value is not None:
            data["sequential_credential_id"] = value
        value = self.ai_fallback
        if value is not None:
            data["ai_fallback"] = value
        value = self.code_gen
        if value is not None:
            data["code_gen"] = value
        value = self.trigger_type
        if value is not None:
            data["trigger_type"] = _t.wire(value)
        value = self.workflow_schedule_id
        if value is not None:
            data["workflow_schedule_id"] = value
        value = self.ignore_inherited_workflow_system_prompt
        if value is not None:
            data["ignore_inherited_workflow_system_prompt"] = value
        value = self.copilot_session_id
        if value is not None:
            data["copilot_session_id"] = value
        value = self.created_by
        if value is not None:
            data["created_by"] = value
        value = self.credits_used
        if value is not None:
            data["credits_used"] = value
        value = self.cached_credits_used
        if value is not None:
            data["cached_credits_used"] = value
        value = self.queued_at
        if value is not None:
            data["queued_at"] = value.isoformat()
        value = self.started_at
        if value is not None:
            data["started_at"] = value.isoformat()
        value = self.finished_at
        if value is not None:
            data["finished_at"] = value.isoformat()
        data["created_at"] = self.created_at.isoformat()
        data["modified_at"] = self.modified_at.isoformat()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "workflow_run_id",
        "workflow_id",
        "workflow_permanent_id",
        "organization_id",
        "browser_session_id",
        "browser_profile_id",
        "browser_seed_source",
        "browser_sink_profile_id",
        "start_fresh_browser",
        "reuse_browser_session",
        "debug_session_id",
        "status",
        "attempt",
        "retry_pending",
        "next_attempt_at",
        "attempts",
        "extra_http_headers",
        "cdp_connect_headers",
        "proxy_location",
        "webhook_callback_url",
        "webhook_failure_reason",
        "totp_verification_url",
        "totp_identifier",
        "failure_reason",
        "failure_category",
        "retried_from_workflow_run_id",
        "fallback_attempt",
        "parent_workflow_run_id",
        "workflow_title",
        "max_screenshot_scrolls",
        "max_elapsed_time_minutes",
        "browser_address",
        "run_with",
        "browser_type",
        "browser_settings",
        "browser_settings_receipt",
        "script_run",
        "job_id",
        "depends_on_workflow_run_id",
        "sequential_key",
        "sequential_credential_id",
        "ai_fallback",
        "code_gen",
        "trigger_type",
        "workflow_schedule_id",
        "ignore_inherited_workflow_system_prompt",
        "copilot_session_id",
        "created_by",
        "credits_used",
        "cached_credits_used",
        "queued_at",
        "started_at",
        "finished_at",
        "created_at",
        "modified_at",
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


def _p_failure_category_item(item: Any) -> JsonObject:
    if item.__class__ is not dict:
        item = _t.as_object(item, "")
    return item  # type: ignore[no-any-return,unused-ignore]


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .browser_seed_source import BrowserSeedSource
from .browser_settings import BrowserSettings
from .browser_settings_receipt import BrowserSettingsReceipt
from .geo_target import GeoTarget
from .json_object import JsonObject
from .proxy_location import ProxyLocation
from .script_run_response import ScriptRunResponse
from .string_map import StringMap
from .workflow_run_attempt import WorkflowRunAttempt
from .workflow_run_status import WorkflowRunStatus
from .workflow_run_trigger_type import WorkflowRunTriggerType

_members_BrowserSeedSource: dict[Any, Any] = BrowserSeedSource._value2member_map_
_members_ProxyLocation: dict[Any, Any] = ProxyLocation._value2member_map_
_members_WorkflowRunStatus: dict[Any, Any] = WorkflowRunStatus._value2member_map_
_members_WorkflowRunTriggerType: dict[Any, Any] = (
    WorkflowRunTriggerType._value2member_map_
)


__all__ = ["WorkflowRun"]
