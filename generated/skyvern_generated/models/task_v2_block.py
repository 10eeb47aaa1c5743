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
    from ..models.output_parameter import OutputParameter


T = TypeVar("T", bound="TaskV2Block")


@_attrs_define
class TaskV2Block:
    label: str
    """ Author-facing identifier for a block; unique within a workflow. """
    output_parameter: OutputParameter
    prompt: str
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the next block label when constructing a DAG. Defaults to sequential order when omitted.
    """
    block_type: Literal["task_v2"] | Unset = "task_v2"
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    disable_cache: bool | Unset = False
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    url: None | str | Unset = UNSET
    totp_verification_url: None | str | Unset = UNSET
    totp_identifier: None | str | Unset = UNSET
    max_iterations: int | Unset = 50
    max_steps: int | Unset = 25
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        output_parameter = self.output_parameter.to_dict()

        prompt = self.prompt

        next_block_label: None | str | Unset
        if isinstance(self.next_block_label, Unset):
            next_block_label = UNSET
        else:
            next_block_label = self.next_block_label

        block_type = self.block_type

        continue_on_failure = self.continue_on_failure

        model: Any | None | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        disable_cache = self.disable_cache

        ignore_workflow_system_prompt = self.ignore_workflow_system_prompt

        next_loop_on_failure = self.next_loop_on_failure

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        totp_verification_url: None | str | Unset
        if isinstance(self.totp_verification_url, Unset):
            totp_verification_url = UNSET
        else:
            totp_verification_url = self.totp_verification_url

        totp_identifier: None | str | Unset
        if isinstance(self.totp_identifier, Unset):
            totp_identifier = UNSET
        else:
            totp_identifier = self.totp_identifier

        max_iterations = self.max_iterations

        max_steps = self.max_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "output_parameter": output_parameter,
                "prompt": prompt,
            }
        )
        if next_block_label is not UNSET:
            field_dict["next_block_label"] = next_block_label
        if block_type is not UNSET:
            field_dict["block_type"] = block_type
        if continue_on_failure is not UNSET:
            field_dict["continue_on_failure"] = continue_on_failure
        if model is not UNSET:
            field_dict["model"] = model
        if disable_cache is not UNSET:
            field_dict["disable_cache"] = disable_cache
        if ignore_workflow_system_prompt is not UNSET:
            field_dict["ignore_workflow_system_prompt"] = ignore_workflow_system_prompt
        if next_loop_on_failure is not UNSET:
            field_dict["next_loop_on_failure"] = next_loop_on_failure
        if url is not UNSET:
            field_dict["url"] = url
        if totp_verification_url is not UNSET:
            field_dict["totp_verification_url"] = totp_verification_url
        if totp_identifier is not UNSET:
            field_dict["totp_identifier"] = totp_identifier
        if max_iterations is not UNSET:
            field_dict["max_iterations"] = max_iterations
        if max_steps is not UNSET:
            field_dict["max_steps"] = max_steps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.output_parameter import OutputParameter

        d = dict(src_dict)
        label = d.pop("label")

        output_parameter = OutputParameter.from_dict(d.pop("output_parameter"))

        prompt = d.pop("prompt")

        def _parse_next_block_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_block_label = _parse_next_block_label(d.pop("next_block_label", UNSET))

        block_type = cast(Literal["task_v2"] | Unset, d.pop("block_type", UNSET))
        if block_type != "task_v2" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'task_v2', got '{block_type}'"
            )

        continue_on_failure = d.pop("continue_on_failure", UNSET)

        def _parse_model(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        disable_cache = d.pop("disable_cache", UNSET)

        ignore_workflow_system_prompt = d.pop("ignore_workflow_system_prompt", UNSET)

        next_loop_on_failure = d.pop("next_loop_on_failure", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_totp_verification_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_verification_url = _parse_totp_verification_url(
            d.pop("totp_verification_url", UNSET)
        )

        def _parse_totp_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_identifier = _parse_totp_identifier(d.pop("totp_identifier", UNSET))

        max_iterations = d.pop("max_iterations", UNSET)

        max_steps = d.pop("max_steps", UNSET)

        task_v2_block = cls(
            label=label,
            output_parameter=output_parameter,
            prompt=prompt,
            next_block_label=next_block_label,
            block_type=block_type,
            continue_on_failure=continue_on_failure,
            model=model,
            disable_cache=disable_cache,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            url=url,
            totp_verification_url=totp_verification_url,
            totp_identifier=totp_identifier,
            max_iterations=max_iterations,
            max_steps=max_steps,
        )

        task_v2_block.additional_properties = d
        return task_v2_block

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
