from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_status import ActionStatus
from ..models.action_type import ActionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_context import ClickContext
    from ..models.input_or_select_context import InputOrSelectContext
    from ..models.select_option import SelectOption
    from ..models.user_defined_error import UserDefinedError


T = TypeVar("T", bound="Action")


@_attrs_define
class Action:
    action_type: ActionType
    status: ActionStatus | Unset = UNSET
    action_id: None | str | Unset = UNSET
    source_action_id: None | str | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    workflow_run_id: None | str | Unset = UNSET
    task_id: None | str | Unset = UNSET
    step_id: None | str | Unset = UNSET
    step_order: int | None | Unset = UNSET
    action_order: int | None | Unset = UNSET
    confidence_float: float | None | Unset = UNSET
    description: None | str | Unset = UNSET
    reasoning: None | str | Unset = UNSET
    intention: None | str | Unset = UNSET
    response: None | str | Unset = UNSET
    element_id: None | str | Unset = UNSET
    skyvern_element_hash: None | str | Unset = UNSET
    skyvern_element_data: Any | None | Unset = UNSET
    screenshot_artifact_id: None | str | Unset = UNSET
    tool_call_id: None | str | Unset = UNSET
    xpath: None | str | Unset = UNSET
    errors: list[UserDefinedError] | None | Unset = UNSET
    terminal_user_errors: bool | Unset = False
    data_extraction_goal: None | str | Unset = UNSET
    output: Any | list[Any] | None | str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    file_url: None | str | Unset = UNSET
    download: bool | None | Unset = UNSET
    download_triggered: bool | None | Unset = UNSET
    downloaded_files: list[str] | None | Unset = UNSET
    is_upload_file_tag: bool | None | Unset = UNSET
    text: None | str | Unset = UNSET
    input_or_select_context: InputOrSelectContext | None | Unset = UNSET
    option: None | SelectOption | Unset = UNSET
    is_checked: bool | None | Unset = UNSET
    verified: bool | Unset = False
    click_context: ClickContext | None | Unset = UNSET
    totp_timing_info: Any | None | Unset = UNSET
    has_mini_agent: bool | None | Unset = UNSET
    skip_auto_complete_tab: bool | Unset = False
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.click_context import ClickContext
        from ..models.input_or_select_context import InputOrSelectContext
        from ..models.select_option import SelectOption

        action_type = self.action_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        action_id: None | str | Unset
        if isinstance(self.action_id, Unset):
            action_id = UNSET
        else:
            action_id = self.action_id

        source_action_id: None | str | Unset
        if isinstance(self.source_action_id, Unset):
            source_action_id = UNSET
        else:
            source_action_id = self.source_action_id

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        else:
            workflow_run_id = self.workflow_run_id

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        step_id: None | str | Unset
        if isinstance(self.step_id, Unset):
            step_id = UNSET
        else:
            step_id = self.step_id

        step_order: int | None | Unset
        if isinstance(self.step_order, Unset):
            step_order = UNSET
        else:
            step_order = self.step_order

        action_order: int | None | Unset
        if isinstance(self.action_order, Unset):
            action_order = UNSET
        else:
            action_order = self.action_order

        confidence_float: float | None | Unset
        if isinstance(self.confidence_float, Unset):
            confidence_float = UNSET
        else:
            confidence_float = self.confidence_float

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        reasoning: None | str | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = self.reasoning

        intention: None | str | Unset
        if isinstance(self.intention, Unset):
            intention = UNSET
        else:
            intention = self.intention

        response: None | str | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        else:
            response = self.response

        element_id: None | str | Unset
        if isinstance(self.element_id, Unset):
            element_id = UNSET
        else:
            element_id = self.element_id

        skyvern_element_hash: None | str | Unset
        if isinstance(self.skyvern_element_hash, Unset):
            skyvern_element_hash = UNSET
        else:
            skyvern_element_hash = self.skyvern_element_hash

        skyvern_element_data: Any | None | Unset
        if isinstance(self.skyvern_element_data, Unset):
            skyvern_element_data = UNSET
        else:
            skyvern_element_data = self.skyvern_element_data

        screenshot_artifact_id: None | str | Unset
        if isinstance(self.screenshot_artifact_id, Unset):
            screenshot_artifact_id = UNSET
        else:
            screenshot_artifact_id = self.screenshot_artifact_id

        tool_call_id: None | str | Unset
        if isinstance(self.tool_call_id, Unset):
            tool_call_id = UNSET
        else:
            tool_call_id = self.tool_call_id

        xpath: None | str | Unset
        if isinstance(self.xpath, Unset):
            xpath = UNSET
        else:
            xpath = self.xpath

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        terminal_user_errors = self.terminal_user_errors

        data_extraction_goal: None | str | Unset
        if isinstance(self.data_extraction_goal, Unset):
            data_extraction_goal = UNSET
        else:
            data_extraction_goal = self.data_extraction_goal

        output: Any | list[Any] | None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = self.output

        else:
            output = self.output

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        file_url: None | str | Unset
        if isinstance(self.file_url, Unset):
            file_url = UNSET
        else:
            file_url = self.file_url

        download: bool | None | Unset
        if isinstance(self.download, Unset):
            download = UNSET
        else:
            download = self.download

        download_triggered: bool | None | Unset
        if isinstance(self.download_triggered, Unset):
            download_triggered = UNSET
        else:
            download_triggered = self.download_triggered

        downloaded_files: list[str] | None | Unset
        if isinstance(self.downloaded_files, Unset):
            downloaded_files = UNSET
        elif isinstance(self.downloaded_files, list):
            downloaded_files = self.downloaded_files

        else:
            downloaded_files = self.downloaded_files

        is_upload_file_tag: bool | None | Unset
        if isinstance(self.is_upload_file_tag, Unset):
            is_upload_file_tag = UNSET
        else:
            is_upload_file_tag = self.is_upload_file_tag

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        input_or_select_context: dict[str, Any] | None | Unset
        if isinstance(self.input_or_select_context, Unset):
            input_or_select_context = UNSET
        elif isinstance(self.input_or_select_context, InputOrSelectContext):
            input_or_select_context = self.input_or_select_context.to_dict()
        else:
            input_or_select_context = self.input_or_select_context

        option: dict[str, Any] | None | Unset
        if isinstance(self.option, Unset):
            option = UNSET
        elif isinstance(self.option, SelectOption):
            option = self.option.to_dict()
        else:
            option = self.option

        is_checked: bool | None | Unset
        if isinstance(self.is_checked, Unset):
            is_checked = UNSET
        else:
            is_checked = self.is_checked

        verified = self.verified

        click_context: dict[str, Any] | None | Unset
        if isinstance(self.click_context, Unset):
            click_context = UNSET
        elif isinstance(self.click_context, ClickContext):
            click_context = self.click_context.to_dict()
        else:
            click_context = self.click_context

        totp_timing_info: Any | None | Unset
        if isinstance(self.totp_timing_info, Unset):
            totp_timing_info = UNSET
        else:
            totp_timing_info = self.totp_timing_info

        has_mini_agent: bool | None | Unset
        if isinstance(self.has_mini_agent, Unset):
            has_mini_agent = UNSET
        else:
            has_mini_agent = self.has_mini_agent

        skip_auto_complete_tab = self.skip_auto_complete_tab

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_type": action_type,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if source_action_id is not UNSET:
            field_dict["source_action_id"] = source_action_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if step_id is not UNSET:
            field_dict["step_id"] = step_id
        if step_order is not UNSET:
            field_dict["step_order"] = step_order
        if action_order is not UNSET:
            field_dict["action_order"] = action_order
        if confidence_float is not UNSET:
            field_dict["confidence_float"] = confidence_float
        if description is not UNSET:
            field_dict["description"] = description
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if intention is not UNSET:
            field_dict["intention"] = intention
        if response is not UNSET:
            field_dict["response"] = response
        if element_id is not UNSET:
            field_dict["element_id"] = element_id
        if skyvern_element_hash is not UNSET:
            field_dict["skyvern_element_hash"] = skyvern_element_hash
        if skyvern_element_data is not UNSET:
            field_dict["skyvern_element_data"] = skyvern_element_data
        if screenshot_artifact_id is not UNSET:
            field_dict["screenshot_artifact_id"] = screenshot_artifact_id
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id
        if xpath is not UNSET:
            field_dict["xpath"] = xpath
        if errors is not UNSET:
            field_dict["errors"] = errors
        if terminal_user_errors is not UNSET:
            field_dict["terminal_user_errors"] = terminal_user_errors
        if data_extraction_goal is not UNSET:
            field_dict["data_extraction_goal"] = data_extraction_goal
        if output is not UNSET:
            field_dict["output"] = output
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if download is not UNSET:
            field_dict["download"] = download
        if download_triggered is not UNSET:
            field_dict["download_triggered"] = download_triggered
        if downloaded_files is not UNSET:
            field_dict["downloaded_files"] = downloaded_files
        if is_upload_file_tag is not UNSET:
            field_dict["is_upload_file_tag"] = is_upload_file_tag
        if text is not UNSET:
            field_dict["text"] = text
        if input_or_select_context is not UNSET:
            field_dict["input_or_select_context"] = input_or_select_context
        if option is not UNSET:
            field_dict["option"] = option
        if is_checked is not UNSET:
            field_dict["is_checked"] = is_checked
        if verified is not UNSET:
            field_dict["verified"] = verified
        if click_context is not UNSET:
            field_dict["click_context"] = click_context
        if totp_timing_info is not UNSET:
            field_dict["totp_timing_info"] = totp_timing_info
        if has_mini_agent is not UNSET:
            field_dict["has_mini_agent"] = has_mini_agent
        if skip_auto_complete_tab is not UNSET:
            field_dict["skip_auto_complete_tab"] = skip_auto_complete_tab
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.click_context import ClickContext
        from ..models.input_or_select_context import InputOrSelectContext
        from ..models.select_option import SelectOption
        from ..models.user_defined_error import UserDefinedError

        d = dict(src_dict)
        action_type = ActionType(d.pop("action_type"))

        _status = d.pop("status", UNSET)
        status: ActionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ActionStatus(_status)

        def _parse_action_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action_id = _parse_action_id(d.pop("action_id", UNSET))

        def _parse_source_action_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_action_id = _parse_source_action_id(d.pop("source_action_id", UNSET))

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        def _parse_workflow_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_run_id = _parse_workflow_run_id(d.pop("workflow_run_id", UNSET))

        def _parse_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_step_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step_id = _parse_step_id(d.pop("step_id", UNSET))

        def _parse_step_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        step_order = _parse_step_order(d.pop("step_order", UNSET))

        def _parse_action_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        action_order = _parse_action_order(d.pop("action_order", UNSET))

        def _parse_confidence_float(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence_float = _parse_confidence_float(d.pop("confidence_float", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_reasoning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        def _parse_intention(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        intention = _parse_intention(d.pop("intention", UNSET))

        def _parse_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        def _parse_element_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        element_id = _parse_element_id(d.pop("element_id", UNSET))

        def _parse_skyvern_element_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        skyvern_element_hash = _parse_skyvern_element_hash(
            d.pop("skyvern_element_hash", UNSET)
        )

        def _parse_skyvern_element_data(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        skyvern_element_data = _parse_skyvern_element_data(
            d.pop("skyvern_element_data", UNSET)
        )

        def _parse_screenshot_artifact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshot_artifact_id = _parse_screenshot_artifact_id(
            d.pop("screenshot_artifact_id", UNSET)
        )

        def _parse_tool_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tool_call_id = _parse_tool_call_id(d.pop("tool_call_id", UNSET))

        def _parse_xpath(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        xpath = _parse_xpath(d.pop("xpath", UNSET))

        def _parse_errors(data: object) -> list[UserDefinedError] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = UserDefinedError.from_dict(
                        errors_type_0_item_data
                    )

                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserDefinedError] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        terminal_user_errors = d.pop("terminal_user_errors", UNSET)

        def _parse_data_extraction_goal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_extraction_goal = _parse_data_extraction_goal(
            d.pop("data_extraction_goal", UNSET)
        )

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

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("file_name", UNSET))

        def _parse_file_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_url = _parse_file_url(d.pop("file_url", UNSET))

        def _parse_download(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        download = _parse_download(d.pop("download", UNSET))

        def _parse_download_triggered(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        download_triggered = _parse_download_triggered(
            d.pop("download_triggered", UNSET)
        )

        def _parse_downloaded_files(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                downloaded_files_type_0 = cast(list[str], data)

                return downloaded_files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        downloaded_files = _parse_downloaded_files(d.pop("downloaded_files", UNSET))

        def _parse_is_upload_file_tag(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_upload_file_tag = _parse_is_upload_file_tag(
            d.pop("is_upload_file_tag", UNSET)
        )

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_input_or_select_context(
            data: object,
        ) -> InputOrSelectContext | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_or_select_context_type_0 = InputOrSelectContext.from_dict(data)

                return input_or_select_context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InputOrSelectContext | None | Unset, data)

        input_or_select_context = _parse_input_or_select_context(
            d.pop("input_or_select_context", UNSET)
        )

        def _parse_option(data: object) -> None | SelectOption | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                option_type_0 = SelectOption.from_dict(data)

                return option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SelectOption | Unset, data)

        option = _parse_option(d.pop("option", UNSET))

        def _parse_is_checked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_checked = _parse_is_checked(d.pop("is_checked", UNSET))

        verified = d.pop("verified", UNSET)

        def _parse_click_context(data: object) -> ClickContext | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                click_context_type_0 = ClickContext.from_dict(data)

                return click_context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClickContext | None | Unset, data)

        click_context = _parse_click_context(d.pop("click_context", UNSET))

        def _parse_totp_timing_info(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        totp_timing_info = _parse_totp_timing_info(d.pop("totp_timing_info", UNSET))

        def _parse_has_mini_agent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_mini_agent = _parse_has_mini_agent(d.pop("has_mini_agent", UNSET))

        skip_auto_complete_tab = d.pop("skip_auto_complete_tab", UNSET)

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_modified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_at_type_0 = datetime.datetime.fromisoformat(data)

                return modified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        action = cls(
            action_type=action_type,
            status=status,
            action_id=action_id,
            source_action_id=source_action_id,
            organization_id=organization_id,
            workflow_run_id=workflow_run_id,
            task_id=task_id,
            step_id=step_id,
            step_order=step_order,
            action_order=action_order,
            confidence_float=confidence_float,
            description=description,
            reasoning=reasoning,
            intention=intention,
            response=response,
            element_id=element_id,
            skyvern_element_hash=skyvern_element_hash,
            skyvern_element_data=skyvern_element_data,
            screenshot_artifact_id=screenshot_artifact_id,
            tool_call_id=tool_call_id,
            xpath=xpath,
            errors=errors,
            terminal_user_errors=terminal_user_errors,
            data_extraction_goal=data_extraction_goal,
            output=output,
            file_name=file_name,
            file_url=file_url,
            download=download,
            download_triggered=download_triggered,
            downloaded_files=downloaded_files,
            is_upload_file_tag=is_upload_file_tag,
            text=text,
            input_or_select_context=input_or_select_context,
            option=option,
            is_checked=is_checked,
            verified=verified,
            click_context=click_context,
            totp_timing_info=totp_timing_info,
            has_mini_agent=has_mini_agent,
            skip_auto_complete_tab=skip_auto_complete_tab,
            started_at=started_at,
            finished_at=finished_at,
            created_at=created_at,
            modified_at=modified_at,
            created_by=created_by,
        )

        action.additional_properties = d
        return action

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
