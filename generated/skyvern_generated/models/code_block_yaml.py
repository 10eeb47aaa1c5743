from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_block_step_yaml import CodeBlockStepYAML


T = TypeVar("T", bound="CodeBlockYAML")


@_attrs_define
class CodeBlockYAML:
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    code: str
    block_type: Literal["code"] | Unset = "code"
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    error_code_mapping: Any | None | Unset = UNSET
    parameter_keys: list[str] | None | Unset = UNSET
    prompt: None | str | Unset = UNSET
    """ Plain-language goal of this code block, shown as the block's Goal in the editor """
    steps: list[CodeBlockStepYAML] | None | Unset = UNSET
    """ Plain-language step outline mapped to code line ranges; always rebuilt from the code on save, so any value
    sent is ignored """
    data_schema: Any | list[Any] | None | str | Unset = UNSET
    """ JSON schema of the object this block's return produces; keys match the return keys; null when the block
    returns nothing """
    user_owned_goal: bool | None | Unset = UNSET
    """ True when a person wrote this block's Goal, so copilot regenerations keep their text. Set by the editor or
    the workflow API; a value the copilot submits is ignored in favour of the stored one """
    goal_needs_regeneration: bool | None | Unset = UNSET
    """ True when a person edited the Goal and the code has not been rebuilt from it yet. Set by the editor or the
    workflow API; a value the copilot submits is ignored in favour of the stored one """
    code_edited_by_hand: bool | None | Unset = UNSET
    """ True when a person edited this block's code in the editor's code field since the Goal was last confirmed, so
    the Goal may no longer describe the code. Set by the editor; a value the copilot submits is ignored in favour of
    the stored one """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        code = self.code

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

        error_code_mapping: Any | None | Unset
        if isinstance(self.error_code_mapping, Unset):
            error_code_mapping = UNSET
        else:
            error_code_mapping = self.error_code_mapping

        parameter_keys: list[str] | None | Unset
        if isinstance(self.parameter_keys, Unset):
            parameter_keys = UNSET
        elif isinstance(self.parameter_keys, list):
            parameter_keys = self.parameter_keys

        else:
            parameter_keys = self.parameter_keys

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        elif isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        data_schema: Any | list[Any] | None | str | Unset
        if isinstance(self.data_schema, Unset):
            data_schema = UNSET
        elif isinstance(self.data_schema, list):
            data_schema = self.data_schema

        else:
            data_schema = self.data_schema

        user_owned_goal: bool | None | Unset
        if isinstance(self.user_owned_goal, Unset):
            user_owned_goal = UNSET
        else:
            user_owned_goal = self.user_owned_goal

        goal_needs_regeneration: bool | None | Unset
        if isinstance(self.goal_needs_regeneration, Unset):
            goal_needs_regeneration = UNSET
        else:
            goal_needs_regeneration = self.goal_needs_regeneration

        code_edited_by_hand: bool | None | Unset
        if isinstance(self.code_edited_by_hand, Unset):
            code_edited_by_hand = UNSET
        else:
            code_edited_by_hand = self.code_edited_by_hand

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "code": code,
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
        if error_code_mapping is not UNSET:
            field_dict["error_code_mapping"] = error_code_mapping
        if parameter_keys is not UNSET:
            field_dict["parameter_keys"] = parameter_keys
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if steps is not UNSET:
            field_dict["steps"] = steps
        if data_schema is not UNSET:
            field_dict["data_schema"] = data_schema
        if user_owned_goal is not UNSET:
            field_dict["user_owned_goal"] = user_owned_goal
        if goal_needs_regeneration is not UNSET:
            field_dict["goal_needs_regeneration"] = goal_needs_regeneration
        if code_edited_by_hand is not UNSET:
            field_dict["code_edited_by_hand"] = code_edited_by_hand

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_block_step_yaml import CodeBlockStepYAML

        d = dict(src_dict)
        label = d.pop("label")

        code = d.pop("code")

        block_type = cast(Literal["code"] | Unset, d.pop("block_type", UNSET))
        if block_type != "code" and not isinstance(block_type, Unset):
            raise ValueError(f"block_type must match const 'code', got '{block_type}'")

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

        def _parse_error_code_mapping(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        error_code_mapping = _parse_error_code_mapping(
            d.pop("error_code_mapping", UNSET)
        )

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

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_steps(data: object) -> list[CodeBlockStepYAML] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                steps_type_0 = []
                _steps_type_0 = data
                for steps_type_0_item_data in _steps_type_0:
                    steps_type_0_item = CodeBlockStepYAML.from_dict(
                        steps_type_0_item_data
                    )

                    steps_type_0.append(steps_type_0_item)

                return steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CodeBlockStepYAML] | None | Unset, data)

        steps = _parse_steps(d.pop("steps", UNSET))

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

        def _parse_user_owned_goal(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        user_owned_goal = _parse_user_owned_goal(d.pop("user_owned_goal", UNSET))

        def _parse_goal_needs_regeneration(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        goal_needs_regeneration = _parse_goal_needs_regeneration(
            d.pop("goal_needs_regeneration", UNSET)
        )

        def _parse_code_edited_by_hand(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        code_edited_by_hand = _parse_code_edited_by_hand(
            d.pop("code_edited_by_hand", UNSET)
        )

        code_block_yaml = cls(
            label=label,
            code=code,
            block_type=block_type,
            next_block_label=next_block_label,
            continue_on_failure=continue_on_failure,
            model=model,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            error_code_mapping=error_code_mapping,
            parameter_keys=parameter_keys,
            prompt=prompt,
            steps=steps,
            data_schema=data_schema,
            user_owned_goal=user_owned_goal,
            goal_needs_regeneration=goal_needs_regeneration,
            code_edited_by_hand=code_edited_by_hand,
        )

        code_block_yaml.additional_properties = d
        return code_block_yaml

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
