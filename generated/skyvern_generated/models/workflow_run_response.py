from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class WorkflowRunResponse(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "ai_fallback",
        "app_url",
        "attempt",
        "attempts",
        "browser_profile_id",
        "browser_seed_source",
        "browser_session_id",
        "browser_settings_receipt",
        "created_at",
        "downloaded_files",
        "errors",
        "failure_reason",
        "finished_at",
        "max_screenshot_scrolls",
        "modified_at",
        "next_attempt_at",
        "output",
        "queued_at",
        "recording_archived",
        "recording_url",
        "retry_pending",
        "run_id",
        "run_request",
        "run_type",
        "run_with",
        "screenshot_urls",
        "script_id",
        "script_run",
        "started_at",
        "status",
        "step_count",
    )
    _fields = (
        "run_id",
        "status",
        "output",
        "downloaded_files",
        "recording_url",
        "recording_archived",
        "screenshot_urls",
        "failure_reason",
        "created_at",
        "modified_at",
        "queued_at",
        "started_at",
        "finished_at",
        "app_url",
        "browser_session_id",
        "browser_profile_id",
        "max_screenshot_scrolls",
        "script_run",
        "errors",
        "step_count",
        "run_type",
        "attempt",
        "retry_pending",
        "next_attempt_at",
        "attempts",
        "run_with",
        "ai_fallback",
        "script_id",
        "browser_seed_source",
        "browser_settings_receipt",
        "run_request",
    )

    run_id: str
    """ Unique identifier for this run. Run ID starts with `tsk_` for task runs and `wr_` for workflow runs. """
    status: RunStatus
    """ Current status of the run """
    output: JsonObject | list[Any] | str | None
    """ Output data from the run, if any. Format/schema depends on the data extracted by the run. """
    downloaded_files: list[FileInfo] | None
    """ List of files downloaded during the run """
    recording_url: str | None
    """ URL to the recording of the run """
    recording_archived: bool | None
    """ True when the recording exists but has been archived to cold storage and is not currently accessible. """
    screenshot_urls: list[str] | None
    """ List of last n screenshot URLs in reverse chronological order - the first one the list is the latest
    screenshot. """
    failure_reason: str | None
    """ Reason for failure if the run failed or terminated """
    created_at: datetime.datetime
    """ Timestamp when this run was created """
    modified_at: datetime.datetime
    """ Timestamp when this run was last modified """
    queued_at: datetime.datetime | None
    """ Timestamp when this run was queued """
    started_at: datetime.datetime | None
    """ Timestamp when this run started execution """
    finished_at: datetime.datetime | None
    """ Timestamp when this run finished """
    app_url: str | None
    """ URL to the application UI where the run can be viewed """
    browser_session_id: str | None
    """ ID of the Skyvern persistent browser session used for this run """
    browser_profile_id: str | None
    """ ID of the browser profile used for this run """
    max_screenshot_scrolls: int | None
    """ The maximum number of scrolls for the post action screenshot. When it's None or 0, it takes the current
    viewpoint screenshot """
    script_run: ScriptRunResponse | None
    """ The script run result """
    errors: list[JsonObject] | None
    """ The errors for the run """
    step_count: int | None
    """ Total number of steps executed in this run """
    run_type: Literal["workflow_run"]
    """ Type of run - always workflow_run for workflow runs """
    attempt: int | None
    """ One-based number of the current workflow run attempt """
    retry_pending: bool | None
    """ Whether another attempt is scheduled for this workflow run """
    next_attempt_at: datetime.datetime | None
    """ Timestamp when the next workflow run attempt is scheduled """
    attempts: list[WorkflowRunAttempt] | None
    """ Attempts recorded for this workflow run """
    run_with: str | None
    """ Whether the workflow run was executed with agent or code """
    ai_fallback: bool | None
    """ Whether to fallback to AI if code run fails. """
    script_id: str | None
    """ ID of the cached script used for this workflow run, if any. """
    browser_seed_source: BrowserSeedSource | None
    """ Which layer of the seed-precedence chain seeded this run's browser (provenance). """
    browser_settings_receipt: BrowserSettingsReceipt | None
    """ The timezone the run's browser reported against the one its workflow version requested. Null when the
    version requests no browser settings or the browser has not been measured yet. """
    run_request: WorkflowRunRequestOutput | None
    """ The original request parameters used to start this workflow run """

    def __init__(
        self,
        *,
        run_id: str,
        status: RunStatus,
        output: JsonObject | list[Any] | str | None = None,
        downloaded_files: list[FileInfo] | None = None,
        recording_url: str | None = None,
        recording_archived: bool | None = None,
        screenshot_urls: list[str] | None = None,
        failure_reason: str | None = None,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
        queued_at: datetime.datetime | None = None,
        started_at: datetime.datetime | None = None,
        finished_at: datetime.datetime | None = None,
        app_url: str | None = None,
        browser_session_id: str | None = None,
        browser_profile_id: str | None = None,
        max_screenshot_scrolls: int | None = None,
        script_run: ScriptRunResponse | None = None,
        errors: list[JsonObject] | None = None,
        step_count: int | None = None,
        run_type: Literal["workflow_run"],
        attempt: int | None = None,
        retry_pending: bool | None = None,
        next_attempt_at: datetime.datetime | None = None,
        attempts: list[WorkflowRunAttempt] | None = None,
        run_with: str | None = None,
        ai_fallback: bool | None = None,
        script_id: str | None = None,
        browser_seed_source: BrowserSeedSource | None = None,
        browser_settings_receipt: BrowserSettingsReceipt | None = None,
        run_request: WorkflowRunRequestOutput | None = None,
    ) -> None:
        self.run_id = run_id
        self.status = status
        self.output = output
        self.downloaded_files = downloaded_files
        self.recording_url = recording_url
        self.recording_archived = recording_archived
        self.screenshot_urls = screenshot_urls
        self.failure_reason = failure_reason
        self.created_at = created_at
        self.modified_at = modified_at
        self.queued_at = queued_at
        self.started_at = started_at
        self.finished_at = finished_at
        self.app_url = app_url
        self.browser_session_id = browser_session_id
        self.browser_profile_id = browser_profile_id
        self.max_screenshot_scrolls = max_screenshot_scrolls
        self.script_run = script_run
        self.errors = errors
        self.step_count = step_count
        self.run_type = run_type
        self.attempt = attempt
        self.retry_pending = retry_pending
        self.next_attempt_at = next_attempt_at
        self.attempts = attempts
        self.run_with = run_with
        self.ai_fallback = ai_fallback
        self.script_id = script_id
        self.browser_seed_source = browser_seed_source
        self.browser_settings_receipt = browser_settings_receipt
        self.run_request = run_request
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WorkflowRunResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("run_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "run_id")
        obj.run_id = value
        value = get("status", _MISSING)
        try:
            value = _members_RunStatus[value]
        except (KeyError, TypeError):
            value = _t.as_enum(RunStatus, value, "status")
        obj.status = value
        value = get("output")
        if value is not None:
            try:
                value = _p_output(value)
            except _ShapeError as error:
                raise error.within("output") from None
        obj.output = value
        value = get("downloaded_files")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "downloaded_files")
            try:
                value = [FileInfo.from_dict(item) for item in value]
            except _ShapeError:
                raise _t.locate(value, FileInfo.from_dict, "downloaded_files") from None
        obj.downloaded_files = value
        value = get("recording_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "recording_url")
        obj.recording_url = value
        value = get("recording_archived")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "recording_archived")
        obj.recording_archived = value
        value = get("screenshot_urls")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "screenshot_urls")
            _t.check_items(value, str, "screenshot_urls")
        obj.screenshot_urls = value
        value = get("failure_reason")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "failure_reason")
        obj.failure_reason = value
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
        value = get("app_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "app_url")
        obj.app_url = value
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
        value = get("max_screenshot_scrolls")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_screenshot_scrolls")
        obj.max_screenshot_scrolls = value
        value = get("script_run")
        if value is not None:
            try:
                value = ScriptRunResponse.from_dict(value)
            except _ShapeError as error:
                raise error.within("script_run") from None
        obj.script_run = value
        value = get("errors")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "errors")
            try:
                value = [_p_errors_item(item) for item in value]
            except _ShapeError:
                raise _t.locate(value, _p_errors_item, "errors") from None
        obj.errors = value
        value = get("step_count")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "step_count")
        obj.step_count = value
        value = get("run_type", _MISSING)
        if value != "workflow_run":
            raise _t.invalid(value, "workflow_run", "run_type")
        obj.run_type = value
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
        value = get("run_with")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "run_with")
        obj.run_with = value
        value = get("ai_fallback")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "ai_fallback")
        obj.ai_fallback = value
        value = get("script_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "script_id")
        obj.script_id = value
        value = get("browser_seed_source")
        if value is not None:
            try:
                value = _members_BrowserSeedSource[value]
            except (KeyError, TypeError):
                value = _t.as_enum(BrowserSeedSource, value, "browser_seed_source")
        obj.browser_seed_source = value
        value = get("browser_settings_receipt")
        if value is not None:
            try:
                value = BrowserSettingsReceipt.from_dict(value)
            except _ShapeError as error:
                raise error.within("browser_settings_receipt") from None
        obj.browser_settings_receipt = value
        value = get("run_request")
        if value is not None:
            try:
                value = WorkflowRunRequestOutput.from_dict(value)
            except _ShapeError as error:
                raise error.within("run_request") from None
        obj.run_request = value
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
        data["run_id"] = self.run_id
        data["status"] = _t.wire(self.status)
        value = self.output
        if value is not None:
            data["output"] = value
        value = self.downloaded_files
        if value is not None:
            data["downloaded_files"] = [item.to_dict() for item in value]
        value = self.recording_url
        if value is not None:
            data["recording_url"] = value
        value = self.recording_archived
        if value is not None:
            data["recording_archived"] = value
        value = self.screenshot_urls
        if value is not None:
            data["screenshot_urls"] = value
        value = self.failure_reason
        if value is not None:
            data["failure_reason"] = value
        data["created_at"] = self.created_at.isoformat()
        data["modified_at"] = self.modified_at.isoformat()
        value = self.queued_at
        if value is not None:
            data["queued_at"] = value.isoformat()
        value = self.started_at
        if value is not None:
            data["started_at"] = value.isoformat()
        value = self.finished_at
        if value is not None:
            data["finished_at"] = value.isoformat()
        value = self.app_url
        if value is not None:
            data["app_url"] = value
        value = self.browser_session_id
        if value is not None:
            data["browser_session_id"] = value
        value = self.browser_profile_id
        if value is not None:
            data["browser_profile_id"] = value
        value = self.max_screenshot_scrolls
        if value is not None:
            data["max_screenshot_scrolls"] = value
        value = self.script_run
        if value is not None:
            data["script_run"] = value.to_dict()
        value = self.errors
        if value is not None:
            data["errors"] = value
        value = self.step_count
        if value is not None:
            data["step_count"] = value
        data["run_type"] = self.run_type
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
        value = self.run_with
        if value is not None:
            data["run_with"] = value
        value = self.ai_fallback
        if value is not None:
            data["ai_fallback"] = value
        value = self.script_id
        if value is not None:
            data["script_id"] = value
        value = self.browser_seed_source
        if value is not None:
            data["browser_seed_source"] = _t.wire(value)
        value = self.browser_settings_receipt
        if value is not None:
            data["browser_settings_receipt"] = value.to_dict()
        value = self.run_request
        if value is not None:
            data["run_request"] = value.to_dict()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "run_id",
        "status",
        "output",
        "downloaded_files",
        "recording_url",
        "recording_archived",
        "screenshot_urls",
        "failure_reason",
        "created_at",
        "modified_at",
        "queued_at",
        "started_at",
        "finished_at",
        "app_url",
        "browser_session_id",
        "browser_profile_id",
        "max_screenshot_scrolls",
        "script_run",
        "errors",
        "step_count",
        "run_type",
        "attempt",
        "retry_pending",
        "next_attempt_at",
        "attempts",
        "run_with",
        "ai_fallback",
        "script_id",
        "browser_seed_source",
        "browser_settings_receipt",
        "run_request",
    }
)


def _p_output(data: Any) -> JsonObject | list[Any] | str:
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


def _p_errors_item(item: Any) -> JsonObject:
    if item.__class__ is not dict:
        item = _t.as_object(item, "")
    return item  # type: ignore[no-any-return,unused-ignore]


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .browser_seed_source import BrowserSeedSource
from .browser_settings_receipt import BrowserSettingsReceipt
from .file_info import FileInfo
from .json_object import JsonObject
from .run_status import RunStatus
from .script_run_response import ScriptRunResponse
from .workflow_run_attempt import WorkflowRunAttempt
from .workflow_run_request_output import WorkflowRunRequestOutput

_members_BrowserSeedSource: dict[Any, Any] = BrowserSeedSource._value2member_map_
_members_RunStatus: dict[Any, Any] = RunStatus._value2member_map_


__all__ = ["WorkflowRunResponse"]
