from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.block_type import BlockType
from ..models.run_engine import RunEngine
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action import Action
    from ..models.script_run_response import ScriptRunResponse


T = TypeVar("T", bound="WorkflowRunBlock")


@_attrs_define
class WorkflowRunBlock:
    workflow_run_block_id: str
    workflow_run_id: str
    organization_id: str
    block_type: BlockType
    created_at: datetime.datetime
    modified_at: datetime.datetime
    block_workflow_run_id: None | str | Unset = UNSET
    attempt_number: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    parent_workflow_run_block_id: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    output: Any | list[Any] | None | str | Unset = UNSET
    continue_on_failure: bool | Unset = False
    failure_reason: None | str | Unset = UNSET
    error_codes: list[str] | Unset = UNSET
    engine: None | RunEngine | Unset = UNSET
    task_id: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    final_url: None | str | Unset = UNSET
    finish_reason: None | str | Unset = UNSET
    navigation_goal: None | str | Unset = UNSET
    navigation_payload: Any | list[Any] | None | str | Unset = UNSET
    data_extraction_goal: None | str | Unset = UNSET
    data_schema: Any | list[Any] | None | str | Unset = UNSET
    terminate_criterion: None | str | Unset = UNSET
    complete_criterion: None | str | Unset = UNSET
    actions: list[Action] | Unset = UNSET
    include_action_history_in_verification: bool | None | Unset = False
    include_extracted_text: bool | Unset = True
    duration: float | None | Unset = UNSET
    loop_values: list[Any] | None | Unset = UNSET
    current_value: None | str | Unset = UNSET
    current_index: int | None | Unset = UNSET
    recipients: list[str] | None | Unset = UNSET
    attachments: list[str] | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    prompt: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    positive_descriptor: None | str | Unset = UNSET
    negative_descriptor: None | str | Unset = UNSET
    executed_branch_id: None | str | Unset = UNSET
    executed_branch_expression: None | str | Unset = UNSET
    executed_branch_result: bool | None | Unset = UNSET
    executed_branch_next_block: None | str | Unset = UNSET
    script_run: None | ScriptRunResponse | Unset = UNSET
    downloaded_file_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.script_run_response import ScriptRunResponse

        workflow_run_block_id = self.workflow_run_block_id

        workflow_run_id = self.workflow_run_id

        organization_id = self.organization_id

        block_type = self.block_type.value

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        block_workflow_run_id: None | str | Unset
        if isinstance(self.block_workflow_run_id, Unset):
            block_workflow_run_id = UNSET
        else:
            block_workflow_run_id = self.block_workflow_run_id

        attempt_number: int | None | Unset
        if isinstance(self.attempt_number, Unset):
            attempt_number = UNSET
        else:
            attempt_number = self.attempt_number

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        parent_workflow_run_block_id: None | str | Unset
        if isinstance(self.parent_workflow_run_block_id, Unset):
            parent_workflow_run_block_id = UNSET
        else:
            parent_workflow_run_block_id = self.parent_workflow_run_block_id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        output: Any | list[Any] | None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = self.output

        else:
            output = self.output

        continue_on_failure = self.continue_on_failure

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        error_codes: list[str] | Unset = UNSET
        if not isinstance(self.error_codes, Unset):
            error_codes = self.error_codes

        engine: None | str | Unset
        if isinstance(self.engine, Unset):
            engine = UNSET
        elif isinstance(self.engine, RunEngine):
            engine = self.engine.value
        else:
            engine = self.engine

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        final_url: None | str | Unset
        if isinstance(self.final_url, Unset):
            final_url = UNSET
        else:
            final_url = self.final_url

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        else:
            finish_reason = self.finish_reason

        navigation_goal: None | str | Unset
        if isinstance(self.navigation_goal, Unset):
            navigation_goal = UNSET
        else:
            navigation_goal = self.navigation_goal

        navigation_payload: Any | list[Any] | None | str | Unset
        if isinstance(self.navigation_payload, Unset):
            navigation_payload = UNSET
        elif isinstance(self.navigation_payload, list):
            navigation_payload = self.navigation_payload

        else:
            navigation_payload = self.navigation_payload

        data_extraction_goal: None | str | Unset
        if isinstance(self.data_extraction_goal, Unset):
            data_extraction_goal = UNSET
        else:
            data_extraction_goal = self.data_extraction_goal

        data_schema: Any | list[Any] | None | str | Unset
        if isinstance(self.data_schema, Unset):
            data_schema = UNSET
        elif isinstance(self.data_schema, list):
            data_schema = self.data_schema

        else:
            data_schema = self.data_schema

        terminate_criterion: None | str | Unset
        if isinstance(self.terminate_criterion, Unset):
            terminate_criterion = UNSET
        else:
            terminate_criterion = self.terminate_criterion

        complete_criterion: None | str | Unset
        if isinstance(self.complete_criterion, Unset):
            complete_criterion = UNSET
        else:
            complete_criterion = self.complete_criterion

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        include_action_history_in_verification: bool | None | Unset
        if isinstance(self.include_action_history_in_verification, Unset):
            include_action_history_in_verification = UNSET
        else:
            include_action_history_in_verification = (
                self.include_action_history_in_verification
            )

        include_extracted_text = self.include_extracted_text

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        loop_values: list[Any] | None | Unset
        if isinstance(self.loop_values, Unset):
            loop_values = UNSET
        elif isinstance(self.loop_values, list):
            loop_values = self.loop_values

        else:
            loop_values = self.loop_values

        current_value: None | str | Unset
        if isinstance(self.current_value, Unset):
            current_value = UNSET
        else:
            current_value = self.current_value

        current_index: int | None | Unset
        if isinstance(self.current_index, Unset):
            current_index = UNSET
        else:
            current_index = self.current_index

        recipients: list[str] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, list):
            recipients = self.recipients

        else:
            recipients = self.recipients

        attachments: list[str] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = self.attachments

        else:
            attachments = self.attachments

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        positive_descriptor: None | str | Unset
        if isinstance(self.positive_descriptor, Unset):
            positive_descriptor = UNSET
        else:
            positive_descriptor = self.positive_descriptor

        negative_descriptor: None | str | Unset
        if isinstance(self.negative_descriptor, Unset):
            negative_descriptor = UNSET
        else:
            negative_descriptor = self.negative_descriptor

        executed_branch_id: None | str | Unset
        if isinstance(self.executed_branch_id, Unset):
            executed_branch_id = UNSET
        else:
            executed_branch_id = self.executed_branch_id

        executed_branch_expression: None | str | Unset
        if isinstance(self.executed_branch_expression, Unset):
            executed_branch_expression = UNSET
        else:
            executed_branch_expression = self.executed_branch_expression

        executed_branch_result: bool | None | Unset
        if isinstance(self.executed_branch_result, Unset):
            executed_branch_result = UNSET
        else:
            executed_branch_result = self.executed_branch_result

        executed_branch_next_block: None | str | Unset
        if isinstance(self.executed_branch_next_block, Unset):
            executed_branch_next_block = UNSET
        else:
            executed_branch_next_block = self.executed_branch_next_block

        script_run: dict[str, Any] | None | Unset
        if isinstance(self.script_run, Unset):
            script_run = UNSET
        elif isinstance(self.script_run, ScriptRunResponse):
            script_run = self.script_run.to_dict()
        else:
            script_run = self.script_run

        downloaded_file_count: int | None | Unset
        if isinstance(self.downloaded_file_count, Unset):
            downloaded_file_count = UNSET
        else:
            downloaded_file_count = self.downloaded_file_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_run_block_id": workflow_run_block_id,
                "workflow_run_id": workflow_run_id,
                "organization_id": organization_id,
                "block_type": block_type,
                "created_at": created_at,
                "modified_at": modified_at,
            }
        )
        if block_workflow_run_id is not UNSET:
            field_dict["block_workflow_run_id"] = block_workflow_run_id
        if attempt_number is not UNSET:
            field_dict["attempt_number"] = attempt_number
        if description is not UNSET:
            field_dict["description"] = description
        if parent_workflow_run_block_id is not UNSET:
            field_dict["parent_workflow_run_block_id"] = parent_workflow_run_block_id
        if label is not UNSET:
            field_dict["label"] = label
        if status is not UNSET:
            field_dict["status"] = status
        if output is not UNSET:
            field_dict["output"] = output
        if continue_on_failure is not UNSET:
            field_dict["continue_on_failure"] = continue_on_failure
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if error_codes is not UNSET:
            field_dict["error_codes"] = error_codes
        if engine is not UNSET:
            field_dict["engine"] = engine
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if url is not UNSET:
            field_dict["url"] = url
        if final_url is not UNSET:
            field_dict["final_url"] = final_url
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if navigation_goal is not UNSET:
            field_dict["navigation_goal"] = navigation_goal
        if navigation_payload is not UNSET:
            field_dict["navigation_payload"] = navigation_payload
        if data_extraction_goal is not UNSET:
            field_dict["data_extraction_goal"] = data_extraction_goal
        if data_schema is not UNSET:
            field_dict["data_schema"] = data_schema
        if terminate_criterion is not UNSET:
            field_dict["terminate_criterion"] = terminate_criterion
        if complete_criterion is not UNSET:
            field_dict["complete_criterion"] = complete_criterion
        if actions is not UNSET:
            field_dict["actions"] = actions
        if include_action_history_in_verification is not UNSET:
            field_dict["include_action_history_in_verification"] = (
                include_action_history_in_verification
            )
        if include_extracted_text is not UNSET:
            field_dict["include_extracted_text"] = include_extracted_text
        if duration is not UNSET:
            field_dict["duration"] = duration
        if loop_values is not UNSET:
            field_dict["loop_values"] = loop_values
        if current_value is not UNSET:
            field_dict["current_value"] = current_value
        if current_index is not UNSET:
            field_dict["current_index"] = current_index
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if positive_descriptor is not UNSET:
            field_dict["positive_descriptor"] = positive_descriptor
        if negative_descriptor is not UNSET:
            field_dict["negative_descriptor"] = negative_descriptor
        if executed_branch_id is not UNSET:
            field_dict["executed_branch_id"] = executed_branch_id
        if executed_branch_expression is not UNSET:
            field_dict["executed_branch_expression"] = executed_branch_expression
        if executed_branch_result is not UNSET:
            field_dict["executed_branch_result"] = executed_branch_result
        if executed_branch_next_block is not UNSET:
            field_dict["executed_branch_next_block"] = executed_branch_next_block
        if script_run is not UNSET:
            field_dict["script_run"] = script_run
        if downloaded_file_count is not UNSET:
            field_dict["downloaded_file_count"] = downloaded_file_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.action import Action
        from ..models.script_run_response import ScriptRunResponse

        d = dict(src_dict)
        workflow_run_block_id = d.pop("workflow_run_block_id")

        workflow_run_id = d.pop("workflow_run_id")

        organization_id = d.pop("organization_id")

        block_type = BlockType(d.pop("block_type"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        def _parse_block_workflow_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        block_workflow_run_id = _parse_block_workflow_run_id(
            d.pop("block_workflow_run_id", UNSET)
        )

        def _parse_attempt_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attempt_number = _parse_attempt_number(d.pop("attempt_number", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_parent_workflow_run_block_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_workflow_run_block_id = _parse_parent_workflow_run_block_id(
            d.pop("parent_workflow_run_block_id", UNSET)
        )

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_output(data: object) -> Any | list[Any] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_1 = cast(list[Any], data)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | list[Any] | None | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        continue_on_failure = d.pop("continue_on_failure", UNSET)

        def _parse_failure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_reason = _parse_failure_reason(d.pop("failure_reason", UNSET))

        error_codes = cast(list[str], d.pop("error_codes", UNSET))

        def _parse_engine(data: object) -> None | RunEngine | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                engine_type_0 = RunEngine(data)

                return engine_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunEngine | Unset, data)

        engine = _parse_engine(d.pop("engine", UNSET))

        def _parse_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_final_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        final_url = _parse_final_url(d.pop("final_url", UNSET))

        def _parse_finish_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finish_reason = _parse_finish_reason(d.pop("finish_reason", UNSET))

        def _parse_navigation_goal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        navigation_goal = _parse_navigation_goal(d.pop("navigation_goal", UNSET))

        def _parse_navigation_payload(
            data: object,
        ) -> Any | list[Any] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                navigation_payload_type_1 = cast(list[Any], data)

                return navigation_payload_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | list[Any] | None | str | Unset, data)

        navigation_payload = _parse_navigation_payload(
            d.pop("navigation_payload", UNSET)
        )

        def _parse_data_extraction_goal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_extraction_goal = _parse_data_extraction_goal(
            d.pop("data_extraction_goal", UNSET)
        )

        def _parse_data_schema(data: object) -> Any | list[Any] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_schema_type_1 = cast(list[Any], data)

                return data_schema_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | list[Any] | None | str | Unset, data)

        data_schema = _parse_data_schema(d.pop("data_schema", UNSET))

        def _parse_terminate_criterion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terminate_criterion = _parse_terminate_criterion(
            d.pop("terminate_criterion", UNSET)
        )

        def _parse_complete_criterion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        complete_criterion = _parse_complete_criterion(
            d.pop("complete_criterion", UNSET)
        )

        _actions = d.pop("actions", UNSET)
        actions: list[Action] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = Action.from_dict(actions_item_data)

                actions.append(actions_item)

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

        include_extracted_text = d.pop("include_extracted_text", UNSET)

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_loop_values(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                loop_values_type_0 = cast(list[Any], data)

                return loop_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        loop_values = _parse_loop_values(d.pop("loop_values", UNSET))

        def _parse_current_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_value = _parse_current_value(d.pop("current_value", UNSET))

        def _parse_current_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        current_index = _parse_current_index(d.pop("current_index", UNSET))

        def _parse_recipients(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recipients_type_0 = cast(list[str], data)

                return recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        recipients = _parse_recipients(d.pop("recipients", UNSET))

        def _parse_attachments(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = cast(list[str], data)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_positive_descriptor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        positive_descriptor = _parse_positive_descriptor(
            d.pop("positive_descriptor", UNSET)
        )

        def _parse_negative_descriptor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        negative_descriptor = _parse_negative_descriptor(
            d.pop("negative_descriptor", UNSET)
        )

        def _parse_executed_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        executed_branch_id = _parse_executed_branch_id(
            d.pop("executed_branch_id", UNSET)
        )

        def _parse_executed_branch_expression(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        executed_branch_expression = _parse_executed_branch_expression(
            d.pop("executed_branch_expression", UNSET)
        )

        def _parse_executed_branch_result(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        executed_branch_result = _parse_executed_branch_result(
            d.pop("executed_branch_result", UNSET)
        )

        def _parse_executed_branch_next_block(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        executed_branch_next_block = _parse_executed_branch_next_block(
            d.pop("executed_branch_next_block", UNSET)
        )

        def _parse_script_run(data: object) -> None | ScriptRunResponse | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                script_run_type_0 = ScriptRunResponse.from_dict(data)

                return script_run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScriptRunResponse | Unset, data)

        script_run = _parse_script_run(d.pop("script_run", UNSET))

        def _parse_downloaded_file_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        downloaded_file_count = _parse_downloaded_file_count(
            d.pop("downloaded_file_count", UNSET)
        )

        workflow_run_block = cls(
            workflow_run_block_id=workflow_run_block_id,
            workflow_run_id=workflow_run_id,
            organization_id=organization_id,
            block_type=block_type,
            created_at=created_at,
            modified_at=modified_at,
            block_workflow_run_id=block_workflow_run_id,
            attempt_number=attempt_number,
            description=description,
            parent_workflow_run_block_id=parent_workflow_run_block_id,
            label=label,
            status=status,
            output=output,
            continue_on_failure=continue_on_failure,
            failure_reason=failure_reason,
            error_codes=error_codes,
            engine=engine,
            task_id=task_id,
            url=url,
            final_url=final_url,
            finish_reason=finish_reason,
            navigation_goal=navigation_goal,
            navigation_payload=navigation_payload,
            data_extraction_goal=data_extraction_goal,
            data_schema=data_schema,
            terminate_criterion=terminate_criterion,
            complete_criterion=complete_criterion,
            actions=actions,
            include_action_history_in_verification=include_action_history_in_verification,
            include_extracted_text=include_extracted_text,
            duration=duration,
            loop_values=loop_values,
            current_value=current_value,
            current_index=current_index,
            recipients=recipients,
            attachments=attachments,
            subject=subject,
            body=body,
            prompt=prompt,
            instructions=instructions,
            positive_descriptor=positive_descriptor,
            negative_descriptor=negative_descriptor,
            executed_branch_id=executed_branch_id,
            executed_branch_expression=executed_branch_expression,
            executed_branch_result=executed_branch_result,
            executed_branch_next_block=executed_branch_next_block,
            script_run=script_run,
            downloaded_file_count=downloaded_file_count,
        )

        workflow_run_block.additional_properties = d
        return workflow_run_block

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
