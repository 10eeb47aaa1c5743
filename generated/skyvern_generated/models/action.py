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


class Action(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "action_id",
        "action_order",
        "action_type",
        "click_context",
        "confidence_float",
        "created_at",
        "created_by",
        "data_extraction_goal",
        "description",
        "download",
        "download_triggered",
        "downloaded_files",
        "element_id",
        "errors",
        "file_name",
        "file_url",
        "finished_at",
        "has_mini_agent",
        "input_or_select_context",
        "intention",
        "is_checked",
        "is_upload_file_tag",
        "modified_at",
        "option",
        "organization_id",
        "output",
        "reasoning",
        "response",
        "screenshot_artifact_id",
        "skip_auto_complete_tab",
        "skyvern_element_data",
        "skyvern_element_hash",
        "source_action_id",
        "started_at",
        "status",
        "step_id",
        "step_order",
        "task_id",
        "terminal_user_errors",
        "text",
        "tool_call_id",
        "totp_timing_info",
        "verified",
        "workflow_run_id",
        "xpath",
    )
    _fields = (
        "action_type",
        "status",
        "action_id",
        "source_action_id",
        "organization_id",
        "workflow_run_id",
        "task_id",
        "step_id",
        "step_order",
        "action_order",
        "confidence_float",
        "description",
        "reasoning",
        "intention",
        "response",
        "element_id",
        "skyvern_element_hash",
        "skyvern_element_data",
        "screenshot_artifact_id",
        "tool_call_id",
        "xpath",
        "errors",
        "terminal_user_errors",
        "data_extraction_goal",
        "output",
        "file_name",
        "file_url",
        "download",
        "download_triggered",
        "downloaded_files",
        "is_upload_file_tag",
        "text",
        "input_or_select_context",
        "option",
        "is_checked",
        "verified",
        "click_context",
        "totp_timing_info",
        "has_mini_agent",
        "skip_auto_complete_tab",
        "started_at",
        "finished_at",
        "created_at",
        "modified_at",
        "created_by",
    )

    action_type: ActionType
    status: ActionStatus | None
    action_id: str | None
    source_action_id: str | None
    organization_id: str | None
    workflow_run_id: str | None
    task_id: str | None
    step_id: str | None
    step_order: int | None
    action_order: int | None
    confidence_float: float | None
    description: str | None
    reasoning: str | None
    intention: str | None
    response: str | None
    element_id: str | None
    skyvern_element_hash: str | None
    skyvern_element_data: JsonObject | None
    screenshot_artifact_id: str | None
    tool_call_id: str | None
    xpath: str | None
    errors: list[UserDefinedError] | None
    terminal_user_errors: bool | None
    data_extraction_goal: str | None
    output: JsonObject | list[Any] | str | None
    file_name: str | None
    file_url: str | None
    download: bool | None
    download_triggered: bool | None
    downloaded_files: list[str] | None
    is_upload_file_tag: bool | None
    text: str | None
    input_or_select_context: InputOrSelectContext | None
    option: SelectOption | None
    is_checked: bool | None
    verified: bool | None
    click_context: ClickContext | None
    totp_timing_info: JsonObject | None
    has_mini_agent: bool | None
    skip_auto_complete_tab: bool | None
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    created_at: datetime.datetime | None
    modified_at: datetime.datetime | None
    created_by: str | None

    def __init__(
        self,
        *,
        action_type: ActionType,
        status: ActionStatus | None = None,
        action_id: str | None = None,
        source_action_id: str | None = None,
        organization_id: str | None = None,
        workflow_run_id: str | None = None,
        task_id: str | None = None,
        step_id: str | None = None,
        step_order: int | None = None,
        action_order: int | None = None,
        confidence_float: float | None = None,
        description: str | None = None,
        reasoning: str | None = None,
        intention: str | None = None,
        response: str | None = None,
        element_id: str | None = None,
        skyvern_element_hash: str | None = None,
        skyvern_element_data: JsonObject | None = None,
        screenshot_artifact_id: str | None = None,
        tool_call_id: str | None = None,
        xpath: str | None = None,
        errors: list[UserDefinedError] | None = None,
        terminal_user_errors: bool | None = None,
        data_extraction_goal: str | None = None,
        output: JsonObject | list[Any] | str | None = None,
        file_name: str | None = None,
        file_url: str | None = None,
        download: bool | None = None,
        download_triggered: bool | None = None,
        downloaded_files: list[str] | None = None,
        is_upload_file_tag: bool | None = None,
        text: str | None = None,
        input_or_select_context: InputOrSelectContext | None = None,
        option: SelectOption | None = None,
        is_checked: bool | None = None,
        verified: bool | None = None,
        click_context: ClickContext | None = None,
        totp_timing_info: JsonObject | None = None,
        has_mini_agent: bool | None = None,
        skip_auto_complete_tab: bool | None = None,
        started_at: datetime.datetime | None = None,
        finished_at: datetime.datetime | None = None,
        created_at: datetime.datetime | None = None,
        modified_at: datetime.datetime | None = None,
        created_by: str | None = None,
    ) -> None:
        self.action_type = action_type
        self.status = status
        self.action_id = action_id
        self.source_action_id = source_action_id
        self.organization_id = organization_id
        self.workflow_run_id = workflow_run_id
        self.task_id = task_id
        self.step_id = step_id
        self.step_order = step_order
        self.action_order = action_order
        self.confidence_float = confidence_float
        self.description = description
        self.reasoning = reasoning
        self.intention = intention
        self.response = response
        self.element_id = element_id
        self.skyvern_element_hash = skyvern_element_hash
        self.skyvern_element_data = skyvern_element_data
        self.screenshot_artifact_id = screenshot_artifact_id
        self.tool_call_id = tool_call_id
        self.xpath = xpath
        self.errors = errors
        self.terminal_user_errors = terminal_user_errors
        self.data_extraction_goal = data_extraction_goal
        self.output = output
        self.file_name = file_name
        self.file_url = file_url
        self.download = download
        self.download_triggered = download_triggered
        self.downloaded_files = downloaded_files
        self.is_upload_file_tag = is_upload_file_tag
        self.text = text
        self.input_or_select_context = input_or_select_context
        self.option = option
        self.is_checked = is_checked
        self.verified = verified
        self.click_context = click_context
        self.totp_timing_info = totp_timing_info
        self.has_mini_agent = has_mini_agent
        self.skip_auto_complete_tab = skip_auto_complete_tab
        self.started_at = started_at
        self.finished_at = finished_at
        self.created_at = created_at
        self.modified_at = modified_at
        self.created_by = created_by
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `Action` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("action_type", _MISSING)
        try:
            value = _members_ActionType[value]
        except (KeyError, TypeError):
            value = _t.as_enum(ActionType, value, "action_type")
        obj.action_type = value
        value = get("status")
        if value is not None:
            try:
                value = _members_ActionStatus[value]
            except (KeyError, TypeError):
                value = _t.as_enum(ActionStatus, value, "status")
        obj.status = value
        value = get("action_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "action_id")
        obj.action_id = value
        value = get("source_action_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "source_action_id")
        obj.source_action_id = value
        value = get("organization_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "organization_id")
        obj.organization_id = value
        value = get("workflow_run_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_run_id")
        obj.workflow_run_id = value
        value = get("task_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "task_id")
        obj.task_id = value
        value = get("step_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "step_id")
        obj.step_id = value
        value = get("step_order")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "step_order")
        obj.step_order = value
        value = get("action_order")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "action_order")
        obj.action_order = value
        value = get("confidence_float")
        if value is not None:
            if value.__class__ is not float:
                value = _t.as_float(value, "confidence_float")
        obj.confidence_float = value
        value = get("description")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "description")
        obj.description = value
        value = get("reasoning")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "reasoning")
        obj.reasoning = value
        value = get("intention")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "intention")
        obj.intention = value
        value = get("response")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "response")
        obj.response = value
        value = get("element_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "element_id")
        obj.element_id = value
        value = get("skyvern_element_hash")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "skyvern_element_hash")
        obj.skyvern_element_hash = value
        value = get("skyvern_element_data")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "skyvern_element_data")
        obj.skyvern_element_data = value
        value = get("screenshot_artifact_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "screenshot_artifact_id")
        obj.screenshot_artifact_id = value
        value = get("tool_call_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "tool_call_id")
        obj.tool_call_id = value
        value = get("xpath")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "xpath")
        obj.xpath = value
        value = get("errors")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "errors")
            try:
                value = [UserDefinedError.from_dict(item) for item in value]
            except _ShapeError:
                raise _t.locate(value, UserDefinedError.from_dict, "errors") from None
        obj.errors = value
        value = get("terminal_user_errors")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "terminal_user_errors")
        obj.terminal_user_errors = value
        value = get("data_extraction_goal")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "data_extraction_goal")
        obj.data_extraction_goal = value
        value = get("output")
        if value is not None:
            try:
                value = _p_output(value)
            except _ShapeError as error:
                raise error.within("output") from None
        obj.output = value
        value = get("file_name")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "file_name")
        obj.file_name = value
        value = get("file_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "file_url")
        obj.file_url = value
        value = get("download")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "download")
        obj.download = value
        value = get("download_triggered")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "download_triggered")
        obj.download_triggered = value
        value = get("downloaded_files")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "downloaded_files")
            _t.check_items(value, str, "downloaded_files")
        obj.downloaded_files = value
        value = get("is_upload_file_tag")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "is_upload_file_tag")
        obj.is_upload_file_tag = value
        value = get("text")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "text")
        obj.text = value
        value = get("input_or_select_context")
        if value is not None:
            try:
                value = InputOrSelectContext.from_dict(value)
            except _ShapeError as error:
                raise error.within("input_or_select_context") from None
        obj.input_or_select_context = value
        value = get("option")
        if value is not None:
            try:
                value = SelectOption.from_dict(value)
            except _ShapeError as error:
                raise error.within("option") from None
        obj.option = value
        value = get("is_checked")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "is_checked")
        obj.is_checked = value
        value = get("verified")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "verified")
        obj.verified = value
        value = get("click_context")
        if value is not None:
            try:
                value = ClickContext.from_dict(value)
            except _ShapeError as error:
                raise error.within("click_context") from None
        obj.click_context = value
        value = get("totp_timing_info")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "totp_timing_info")
        obj.totp_timing_info = value
        value = get("has_mini_agent")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "has_mini_agent")
        obj.has_mini_agent = value
        value = get("skip_auto_complete_tab")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "skip_auto_complete_tab")
        obj.skip_auto_complete_tab = value
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
        value = get("created_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "created_at")
        obj.created_at = value
        value = get("modified_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "modified_at")
        obj.modified_at = value
        value = get("created_by")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "created_by")
        obj.created_by = value
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
        data["action_type"] = _t.wire(self.action_type)
        value = self.status
        if value is not None:
            data["status"] = _t.wire(value)
        value = self.action_id
        if value is not None:
            data["action_id"] = value
        value = self.source_action_id
        if value is not None:
            data["source_action_id"] = value
        value = self.organization_id
        if value is not None:
            data["organization_id"] = value
        value = self.workflow_run_id
        if value is not None:
            data["workflow_run_id"] = value
        value = self.task_id
        if value is not None:
            data["task_id"] = value
        value = self.step_id
        if value is not None:
            data["step_id"] = value
        value = self.step_order
        if value is not None:
            data["step_order"] = value
        value = self.action_order
        if value is not None:
            data["action_order"] = value
        value = self.confidence_float
        if value is not None:
            data["confidence_float"] = value
        value = self.description
        if value is not None:
            data["description"] = value
        value = self.reasoning
        if value is not None:
            data["reasoning"] = value
        value = self.intention
        if value is not None:
            data["intention"] = value
        value = self.response
        if value is not None:
            data["response"] = value
        value = self.element_id
        if value is not None:
            data["element_id"] = value
        value = self.skyvern_element_hash
        if value is not None:
            data["skyvern_element_hash"] = value
        value = self.skyvern_element_data
        if value is not None:
            data["skyvern_element_data"] = value
        value = self.screenshot_artifact_id
        if value is not None:
            data["screenshot_artifact_id"] = value
        value = self.tool_call_id
        if value is not None:
            data["tool_call_id"] = value
        value = self.xpath
        if value is not None:
            data["xpath"] = value
        value = self.errors
        if value is not None:
            data["errors"] = [item.to_dict() for item in value]
        value = self.terminal_user_errors
        if value is not None:
            data["terminal_user_errors"] = value
        value = self.data_extraction_goal
        if value is not None:
            data["data_extraction_goal"] = value
        value = self.output
        if value is not None:
            data["output"] = value
        value = self.file_name
        if value is not None:
            data["file_name"] = value
        value = self.file_url
        if value is not None:
            data["file_url"] = value
        value = self.download
        if value is not None:
            data["download"] = value
        value = self.download_triggered
        if value is not None:
            data["download_triggered"] = value
        value = self.downloaded_files
        if value is not None:
            data["downloaded_files"] = value
        value = self.is_upload_file_tag
        if value is not None:
            data["is_upload_file_tag"] = value
        value = self.text
        if value is not None:
            data["text"] = value
        value = self.input_or_select_context
        if value is not None:
            data["input_or_select_context"] = value.to_dict()
        value = self.option
        if value is not None:
            data["option"] = value.to_dict()
        value = self.is_checked
        if value is not None:
            data["is_checked"] = value
        value = self.verified
        if value is not None:
            data["verified"] = value
        value = self.click_context
        if value is not None:
            data["click_context"] = value.to_dict()
        value = self.totp_timing_info
        if value is not None:
            data["totp_timing_info"] = value
        value = self.has_mini_agent
        if value is not None:
            data["has_mini_agent"] = value
        value = self.skip_auto_complete_tab
        if value is not None:
            data["skip_auto_complete_tab"] = value
        value = self.started_at
        if value is not None:
            data["started_at"] = value.isoformat()
        value = self.finished_at
        if value is not None:
            data["finished_at"] = value.isoformat()
        value = self.created_at
        if value is not None:
            data["created_at"] = value.isoformat()
        value = self.modified_at
        if value is not None:
            data["modified_at"] = value.isoformat()
        value = self.created_by
        if value is not None:
            data["created_by"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "action_type",
        "status",
        "action_id",
        "source_action_id",
        "organization_id",
        "workflow_run_id",
        "task_id",
        "step_id",
        "step_order",
        "action_order",
        "confidence_float",
        "description",
        "reasoning",
        "intention",
        "response",
        "element_id",
        "skyvern_element_hash",
        "skyvern_element_data",
        "screenshot_artifact_id",
        "tool_call_id",
        "xpath",
        "errors",
        "terminal_user_errors",
        "data_extraction_goal",
        "output",
        "file_name",
        "file_url",
        "download",
        "download_triggered",
        "downloaded_files",
        "is_upload_file_tag",
        "text",
        "input_or_select_context",
        "option",
        "is_checked",
        "verified",
        "click_context",
        "totp_timing_info",
        "has_mini_agent",
        "skip_auto_complete_tab",
        "started_at",
        "finished_at",
        "created_at",
        "modified_at",
        "created_by",
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


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .action_status import ActionStatus
from .action_type import ActionType
from .click_context import ClickContext
from .input_or_select_context import InputOrSelectContext
from .json_object import JsonObject
from .select_option import SelectOption
from .user_defined_error import UserDefinedError

_members_ActionStatus: dict[Any, Any] = ActionStatus._value2member_map_
_members_ActionType: dict[Any, Any] = ActionType._value2member_map_


__all__ = ["Action"]
