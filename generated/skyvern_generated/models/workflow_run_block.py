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


class WorkflowRunBlock(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "actions",
        "attachments",
        "attempt_number",
        "block_type",
        "block_workflow_run_id",
        "body",
        "complete_criterion",
        "continue_on_failure",
        "created_at",
        "current_index",
        "current_value",
        "data_extraction_goal",
        "data_schema",
        "description",
        "downloaded_file_count",
        "duration",
        "engine",
        "error_codes",
        "executed_branch_expression",
        "executed_branch_id",
        "executed_branch_next_block",
        "executed_branch_result",
        "failure_reason",
        "final_url",
        "finish_reason",
        "include_action_history_in_verification",
        "include_extracted_text",
        "instructions",
        "label",
        "loop_values",
        "modified_at",
        "navigation_goal",
        "navigation_payload",
        "negative_descriptor",
        "organization_id",
        "output",
        "parent_workflow_run_block_id",
        "positive_descriptor",
        "prompt",
        "recipients",
        "script_run",
        "status",
        "subject",
        "task_id",
        "terminate_criterion",
        "url",
        "workflow_run_block_id",
        "workflow_run_id",
    )
    _fields = (
        "workflow_run_block_id",
        "block_workflow_run_id",
        "workflow_run_id",
        "attempt_number",
        "organization_id",
        "description",
        "parent_workflow_run_block_id",
        "block_type",
        "label",
        "status",
        "output",
        "continue_on_failure",
        "failure_reason",
        "error_codes",
        "engine",
        "task_id",
        "url",
        "final_url",
        "finish_reason",
        "navigation_goal",
        "navigation_payload",
        "data_extraction_goal",
        "data_schema",
        "terminate_criterion",
        "complete_criterion",
        "actions",
        "created_at",
        "modified_at",
        "include_action_history_in_verification",
        "include_extracted_text",
        "duration",
        "loop_values",
        "current_value",
        "current_index",
        "recipients",
        "attachments",
        "subject",
        "body",
        "prompt",
        "instructions",
        "positive_descriptor",
        "negative_descriptor",
        "executed_branch_id",
        "executed_branch_expression",
        "executed_branch_result",
        "executed_branch_next_block",
        "script_run",
        "downloaded_file_count",
    )

    workflow_run_block_id: str
    block_workflow_run_id: str | None
    workflow_run_id: str
    attempt_number: int | None
    organization_id: str
    description: str | None
    parent_workflow_run_block_id: str | None
    block_type: BlockType
    label: str | None
    status: str | None
    output: JsonObject | list[Any] | str | None
    continue_on_failure: bool | None
    failure_reason: str | None
    error_codes: list[str] | None
    engine: RunEngine | None
    task_id: str | None
    url: str | None
    final_url: str | None
    finish_reason: str | None
    navigation_goal: str | None
    navigation_payload: JsonObject | list[Any] | str | None
    data_extraction_goal: str | None
    data_schema: JsonObject | list[Any] | str | None
    terminate_criterion: str | None
    complete_criterion: str | None
    actions: list[Action] | None
    created_at: datetime.datetime
    modified_at: datetime.datetime
    include_action_history_in_verification: bool | None
    include_extracted_text: bool | None
    duration: float | None
    loop_values: list[Any] | None
    current_value: str | None
    current_index: int | None
    recipients: list[str] | None
    attachments: list[str] | None
    subject: str | None
    body: str | None
    prompt: str | None
    instructions: str | None
    positive_descriptor: str | None
    negative_descriptor: str | None
    executed_branch_id: str | None
    executed_branch_expression: str | None
    executed_branch_result: bool | None
    executed_branch_next_block: str | None
    script_run: ScriptRunResponse | None
    downloaded_file_count: int | None

    def __init__(
        self,
        *,
        workflow_run_block_id: str,
        block_workflow_run_id: str | None = None,
        workflow_run_id: str,
        attempt_number: int | None = None,
        organization_id: str,
        description: str | None = None,
        parent_workflow_run_block_id: str | None = None,
        block_type: BlockType,
        label: str | None = None,
        status: str | None = None,
        output: JsonObject | list[Any] | str | None = None,
        continue_on_failure: bool | None = None,
        failure_reason: str | None = None,
        error_codes: list[str] | None = None,
        engine: RunEngine | None = None,
        task_id: str | None = None,
        url: str | None = None,
        final_url: str | None = None,
        finish_reason: str | None = None,
        navigation_goal: str | None = None,
        navigation_payload: JsonObject | list[Any] | str | None = None,
        data_extraction_goal: str | None = None,
        data_schema: JsonObject | list[Any] | str | None = None,
        terminate_criterion: str | None = None,
        complete_criterion: str | None = None,
        actions: list[Action] | None = None,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
        include_action_history_in_verification: bool | None = None,
        include_extracted_text: bool | None = None,
        duration: float | None = None,
        loop_values: list[Any] | None = None,
        current_value: str | None = None,
        current_index: int | None = None,
        recipients: list[str] | None = None,
        attachments: list[str] | None = None,
        subject: str | None = None,
        body: str | None = None,
        prompt: str | None = None,
        instructions: str | None = None,
        positive_descriptor: str | None = None,
        negative_descriptor: str | None = None,
        executed_branch_id: str | None = None,
        executed_branch_expression: str | None = None,
        executed_branch_result: bool | None = None,
        executed_branch_next_block: str | None = None,
        script_run: ScriptRunResponse | None = None,
        downloaded_file_count: int | None = None,
    ) -> None:
        self.workflow_run_block_id = workflow_run_block_id
        self.block_workflow_run_id = block_workflow_run_id
        self.workflow_run_id = workflow_run_id
        self.attempt_number = attempt_number
        self.organization_id = organization_id
        self.description = description
        self.parent_workflow_run_block_id = parent_workflow_run_block_id
        self.block_type = block_type
        self.label = label
        self.status = status
        self.output = output
        self.continue_on_failure = continue_on_failure
        self.failure_reason = failure_reason
        self.error_codes = error_codes
        self.engine = engine
        self.task_id = task_id
        self.url = url
        self.final_url = final_url
        self.finish_reason = finish_reason
        self.navigation_goal = navigation_goal
        self.navigation_payload = navigation_payload
        self.data_extraction_goal = data_extraction_goal
        self.data_schema = data_schema
        self.terminate_criterion = terminate_criterion
        self.complete_criterion = complete_criterion
        self.actions = actions
        self.created_at = created_at
        self.modified_at = modified_at
        self.include_action_history_in_verification = (
            include_action_history_in_verification
        )
        self.include_extracted_text = include_extracted_text
        self.duration = duration
        self.loop_values = loop_values
        self.current_value = current_value
        self.current_index = current_index
        self.recipients = recipients
        self.attachments = attachments
        self.subject = subject
        self.body = body
        self.prompt = prompt
        self.instructions = instructions
        self.positive_descriptor = positive_descriptor
        self.negative_descriptor = negative_descriptor
        self.executed_branch_id = executed_branch_id
        self.executed_branch_expression = executed_branch_expression
        self.executed_branch_result = executed_branch_result
        self.executed_branch_next_block = executed_branch_next_block
        self.script_run = script_run
        self.downloaded_file_count = downloaded_file_count
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WorkflowRunBlock` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("workflow_run_block_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_run_block_id")
        obj.workflow_run_block_id = value
        value = get("block_workflow_run_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "block_workflow_run_id")
        obj.block_workflow_run_id = value
        value = get("workflow_run_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_run_id")
        obj.workflow_run_id = value
        value = get("attempt_number")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "attempt_number")
        obj.attempt_number = value
        value = get("organization_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "organization_id")
        obj.organization_id = value
        value = get("description")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "description")
        obj.description = value
        value = get("parent_workflow_run_block_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "parent_workflow_run_block_id")
        obj.parent_workflow_run_block_id = value
        value = get("block_type", _MISSING)
        try:
            value = _members_BlockType[value]
        except (KeyError, TypeError):
            value = _t.as_enum(BlockType, value, "block_type")
        obj.block_type = value
        value = get("label")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "label")
        obj.label = value
        value = get("status")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "status")
        obj.status = value
        value = get("output")
        if value is not None:
            try:
                value = _p_output(value)
            except _ShapeError as error:
                raise error.within("output") from None
        obj.output = value
        value = get("continue_on_failure")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "continue_on_failure")
        obj.continue_on_failure = value
        value = get("failure_reason")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "failure_reason")
        obj.failure_reason = value
        value = get("error_codes")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "error_codes")
            _t.check_items(value, str, "error_codes")
        obj.error_codes = value
        value = get("engine")
        if value is not None:
            try:
                value = _members_RunEngine[value]
            except (KeyError, TypeError):
                value = _t.as_enum(RunEngine, value, "engine")
        obj.engine = value
        value = get("task_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "task_id")
        obj.task_id = value
        value = get("url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "url")
        obj.url = value
        value = get("final_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "final_url")
        obj.final_url = value
        value = get("finish_reason")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "finish_reason")
        obj.finish_reason = value
        value = get("navigation_goal")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "navigation_goal")
        obj.navigation_goal = value
        value = get("navigation_payload")
        if value is not None:
            try:
                value = _p_navigation_payload(value)
            except _ShapeError as error:
                raise error.within("navigation_payload") from None
        obj.navigation_payload = value
        value = get("data_extraction_goal")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "data_extraction_goal")
        obj.data_extraction_goal = value
        value = get("data_schema")
        if value is not None:
            try:
                value = _p_data_schema(value)
            except _ShapeError as error:
                raise error.within("data_schema") from None
        obj.data_schema = value
        value = get("terminate_criterion")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "terminate_criterion")
        obj.terminate_criterion = value
        value = get("complete_criterion")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "complete_criterion")
        obj.complete_criterion = value
        value = get("actions")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "actions")
            try:
                value = [Action.from_dict(item) for item in value]
            except _ShapeError:
                raise _t.locate(value, Action.from_dict, "actions") from None
        obj.actions = value
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
        value = get("include_action_history_in_verification")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "include_action_history_in_verification")
        obj.include_action_history_in_verification = value
        value = get("include_extracted_text")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "include_extracted_text")
        obj.include_extracted_text = value
        value = get("duration")
        if value is not None:
            if value.__class__ is not float:
                value = _t.as_float(value, "duration")
        obj.duration = value
        value = get("loop_values")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "loop_values")

        obj.loop_values = value
        value = get("current_value")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "current_value")
        obj.current_value = value
        value = get("current_index")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "current_index")
        obj.current_index = value
        value = get("recipients")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "recipients")
            _t.check_items(value, str, "recipients")
        obj.recipients = value
        value = get("attachments")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "attachments")
            _t.check_items(value, str, "attachments")
        obj.attachments = value
        value = get("subject")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "subject")
        obj.subject = value
        value = get("body")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "body")
        obj.body = value
        value = get("prompt")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "prompt")
        obj.prompt = value
        value = get("instructions")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "instructions")
        obj.instructions = value
        value = get("positive_descriptor")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "positive_descriptor")
        obj.positive_descriptor = value
        value = get("negative_descriptor")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "negative_descriptor")
        obj.negative_descriptor = value
        value = get("executed_branch_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "executed_branch_id")
        obj.executed_branch_id = value
        value = get("executed_branch_expression")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "executed_branch_expression")
        obj.executed_branch_expression = value
        value = get("executed_branch_result")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "executed_branch_result")
        obj.executed_branch_result = value
        value = get("executed_branch_next_block")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "executed_branch_next_block")
        obj.executed_branch_next_block = value
        value = get("script_run")
        if value is not None:
            try:
                value = ScriptRunResponse.from_dict(value)
            except _ShapeError as error:
                raise error.within("script_run") from None
        obj.script_run = value
        value = get("downloaded_file_count")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "downloaded_file_count")
        obj.downloaded_file_count = value
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
        data["workflow_run_block_id"] = self.workflow_run_block_id
        value = self.block_workflow_run_id
        if value is not None:
            data["block_workflow_run_id"] = value
        data["workflow_run_id"] = self.workflow_run_id
        value = self.attempt_number
        if value is not None:
            data["attempt_number"] = value
        data["organization_id"] = self.organization_id
        value = self.description
        if value is not None:
            data["description"] = value
        value = self.parent_workflow_run_block_id
        if value is not None:
            data["parent_workflow_run_block_id"] = value
        data["block_type"] = _t.wire(self.block_type)
        value = self.label
        if value is not None:
            data["label"] = value
        value = self.status
        if value is not None:
            data["status"] = value
        value = self.output
        if value is not None:
            data["output"] = value
        value = self.continue_on_failure
        if value is not None:
            data["continue_on_failure"] = value
        value = self.failure_reason
        if value is not None:
            data["failure_reason"] = value
        value = self.error_codes
        if value is not None:
            data["error_codes"] = value
        value = self.engine
        if value is not None:
            data["engine"] = _t.wire(value)
        value = self.task_id
        if value is not None:
            data["task_id"] = value
        value = self.url
        if value is not None:
            data["url"] = value
        value = self.final_url
        if value is not None:
            data["final_url"] = value
        value = self.finish_reason
        if value is not None:
            data["finish_reason"] = value
        value = self.navigation_goal
        if value is not None:
            data["navigation_goal"] = value
        value = self.navigation_payload
        if value is not None:
            data["navigation_payload"] = value
        value = self.data_extraction_goal
        if value is not None:
            data["data_extraction_goal"] = value
        value = self.data_schema
        if value is not None:
            data["data_schema"] = value
        value = self.terminate_criterion
        if value is not None:
            data["terminate_criterion"] = value
        value = self.complete_criterion
        if value is not None:
            data["complete_criterion"] = value
        value = self.actions
        if value is not None:
            data["actions"] = [item.to_dict() for item in value]
        data["created_at"] = self.created_at.isoformat()
        data["modified_at"] = self.modified_at.isoformat()
        value = self.include_action_history_in_verification
        if value is not None:
            data["include_action_history_in_verification"] = value
        value = self.include_extracted_text
        if value is not None:
            data["include_extracted_text"] = value
        value = self.duration
        if value is not None:
            data["duration"] = value
        value = self.loop_values
        if value is not None:
            data["loop_values"] = value
        value = self.current_value
        if value is not None:
            data["current_value"] = value
        value = self.current_index
        if value is not None:
            data["current_index"] = value
        value = self.recipients
        if value is not None:
            data["recipients"] = value
        value = self.attachments
        if value is not None:
            data["attachments"] = value
        value = self.subject
        if value is not None:
            data["subject"] = value
        value = self.body
        if value is not None:
            data["body"] = value
        value = self.prompt
        if value is not None:
            data["prompt"] = value
        value = self.instructions
        if value is not None:
            data["instructions"] = value
        value = self.positive_descriptor
        if value is not None:
            data["positive_descriptor"] = value
        value = self.negative_descriptor
        if value is not None:
            data["negative_descriptor"] = value
        value = self.executed_branch_id
        if value is not None:
            data["executed_branch_id"] = value
        value = self.executed_branch_expression
        if value is not None:
            data["executed_branch_expression"] = value
        value = self.executed_branch_result
        if value is not None:
            data["executed_branch_result"] = value
        value = self.executed_branch_next_block
        if value is not None:
            data["executed_branch_next_block"] = value
        value = self.script_run
        if value is not None:
            data["script_run"] = value.to_dict()
        value = self.downloaded_file_count
        if value is not None:
            data["downloaded_file_count"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "workflow_run_block_id",
        "block_workflow_run_id",
        "workflow_run_id",
        "attempt_number",
        "organization_id",
        "description",
        "parent_workflow_run_block_id",
        "block_type",
        "label",
        "status",
        "output",
        "continue_on_failure",
        "failure_reason",
        "error_codes",
        "engine",
        "task_id",
        "url",
        "final_url",
        "finish_reason",
        "navigation_goal",
        "navigation_payload",
        "data_extraction_goal",
        "data_schema",
        "terminate_criterion",
        "complete_criterion",
        "actions",
        "created_at",
        "modified_at",
        "include_action_history_in_verification",
        "include_extracted_text",
        "duration",
        "loop_values",
        "current_value",
        "current_index",
        "recipients",
        "attachments",
        "subject",
        "body",
        "prompt",
        "instructions",
        "positive_descriptor",
        "negative_descriptor",
        "executed_branch_id",
        "executed_branch_expression",
        "executed_branch_result",
        "executed_branch_next_block",
        "script_run",
        "downloaded_file_count",
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


def _p_navigation_payload(data: Any) -> JsonObject | list[Any] | str:
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


def _p_data_schema(data: Any) -> JsonObject | list[Any] | str:
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
from .action import Action
from .block_type import BlockType
from .json_object import JsonObject
from .run_engine import RunEngine
from .script_run_response import ScriptRunResponse

_members_BlockType: dict[Any, Any] = BlockType._value2member_map_
_members_RunEngine: dict[Any, Any] = RunEngine._value2member_map_


__all__ = ["WorkflowRunBlock"]
