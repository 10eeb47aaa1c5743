from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowTriggerBlockYAML")


@_attrs_define
class WorkflowTriggerBlockYAML:
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    workflow_permanent_id: str
    block_type: Literal["workflow_trigger"] | Unset = "workflow_trigger"
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    payload: Any | None | Unset = UNSET
    wait_for_completion: bool | Unset = True
    browser_session_id: None | str | Unset = UNSET
    use_parent_browser_session: bool | Unset = False
    parameter_keys: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        workflow_permanent_id = self.workflow_permanent_id

        block_type = self.block_type

        next_block_label: None | str | Unset
        if isinstance(self.next_block_label, Unset):
            next_block_label = UNSET
        else:
            next_block_label = self.next_block_label

        continue_on_failure = self.continue_on_failure

        model: Any | None | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        ignore_workflow_system_prompt = self.ignore_workflow_system_prompt

        next_loop_on_failure = self.next_loop_on_failure

        payload: Any | None | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        else:
            payload = self.payload

        wait_for_completion = self.wait_for_completion

        browser_session_id: None | str | Unset
        if isinstance(self.browser_session_id, Unset):
            browser_session_id = UNSET
        else:
            browser_session_id = self.browser_session_id

        use_parent_browser_session = self.use_parent_browser_session

        parameter_keys: list[str] | None | Unset
        if isinstance(self.parameter_keys, Unset):
            parameter_keys = UNSET
        elif isinstance(self.parameter_keys, list):
            parameter_keys = self.parameter_keys

        else:
            parameter_keys = self.parameter_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "workflow_permanent_id": workflow_permanent_id,
            }
        )
        if block_type is not UNSET:
            field_dict["block_type"] = block_type
        if next_block_label is not UNSET:
            field_dict["next_block_label"] = next_block_label
        if continue_on_failure is not UNSET:
            field_dict["continue_on_failure"] = continue_on_failure
        if model is not UNSET:
            field_dict["model"] = model
        if ignore_workflow_system_prompt is not UNSET:
            field_dict["ignore_workflow_system_prompt"] = ignore_workflow_system_prompt
        if next_loop_on_failure is not UNSET:
            field_dict["next_loop_on_failure"] = next_loop_on_failure
        if payload is not UNSET:
            field_dict["payload"] = payload
        if wait_for_completion is not UNSET:
            field_dict["wait_for_completion"] = wait_for_completion
        if browser_session_id is not UNSET:
            field_dict["browser_session_id"] = browser_session_id
        if use_parent_browser_session is not UNSET:
            field_dict["use_parent_browser_session"] = use_parent_browser_session
        if parameter_keys is not UNSET:
            field_dict["parameter_keys"] = parameter_keys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        workflow_permanent_id = d.pop("workflow_permanent_id")

        block_type = cast(
            Literal["workflow_trigger"] | Unset, d.pop("block_type", UNSET)
        )
        if block_type != "workflow_trigger" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'workflow_trigger', got '{block_type}'"
            )

        def _parse_next_block_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_block_label = _parse_next_block_label(d.pop("next_block_label", UNSET))

        continue_on_failure = d.pop("continue_on_failure", UNSET)

        def _parse_model(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        ignore_workflow_system_prompt = d.pop("ignore_workflow_system_prompt", UNSET)

        next_loop_on_failure = d.pop("next_loop_on_failure", UNSET)

        def _parse_payload(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        payload = _parse_payload(d.pop("payload", UNSET))

        wait_for_completion = d.pop("wait_for_completion", UNSET)

        def _parse_browser_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_session_id = _parse_browser_session_id(
            d.pop("browser_session_id", UNSET)
        )

        use_parent_browser_session = d.pop("use_parent_browser_session", UNSET)

        def _parse_parameter_keys(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parameter_keys_type_0 = cast(list[str], data)

                return parameter_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        parameter_keys = _parse_parameter_keys(d.pop("parameter_keys", UNSET))

        workflow_trigger_block_yaml = cls(
            label=label,
            workflow_permanent_id=workflow_permanent_id,
            block_type=block_type,
            next_block_label=next_block_label,
            continue_on_failure=continue_on_failure,
            model=model,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            payload=payload,
            wait_for_completion=wait_for_completion,
            browser_session_id=browser_session_id,
            use_parent_browser_session=use_parent_browser_session,
            parameter_keys=parameter_keys,
        )

        workflow_trigger_block_yaml.additional_properties = d
        return workflow_trigger_block_yaml

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
