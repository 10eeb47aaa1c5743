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

from ..models.run_engine import RunEngine
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationBlockYAML")


@_attrs_define
class ValidationBlockYAML:
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    block_type: Literal["validation"] | Unset = "validation"
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    engine: None | RunEngine | Unset = UNSET
    engine_pinned: bool | Unset = False
    """ Set to true only when skyvern-1.0 was explicitly chosen for this block; leave it unset otherwise. """
    complete_criterion: None | str | Unset = UNSET
    terminate_criterion: None | str | Unset = UNSET
    error_code_mapping: Any | None | Unset = UNSET
    max_steps_per_run: int | None | Unset = UNSET
    parameter_keys: list[str] | None | Unset = UNSET
    disable_cache: bool | Unset = False
    without_page_information: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

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

        engine: None | str | Unset
        if isinstance(self.engine, Unset):
            engine = UNSET
        elif isinstance(self.engine, RunEngine):
            engine = self.engine.value
        else:
            engine = self.engine

        engine_pinned = self.engine_pinned

        complete_criterion: None | str | Unset
        if isinstance(self.complete_criterion, Unset):
            complete_criterion = UNSET
        else:
            complete_criterion = self.complete_criterion

        terminate_criterion: None | str | Unset
        if isinstance(self.terminate_criterion, Unset):
            terminate_criterion = UNSET
        else:
            terminate_criterion = self.terminate_criterion

        error_code_mapping: Any | None | Unset
        if isinstance(self.error_code_mapping, Unset):
            error_code_mapping = UNSET
        else:
            error_code_mapping = self.error_code_mapping

        max_steps_per_run: int | None | Unset
        if isinstance(self.max_steps_per_run, Unset):
            max_steps_per_run = UNSET
        else:
            max_steps_per_run = self.max_steps_per_run

        parameter_keys: list[str] | None | Unset
        if isinstance(self.parameter_keys, Unset):
            parameter_keys = UNSET
        elif isinstance(self.parameter_keys, list):
            parameter_keys = self.parameter_keys

        else:
            parameter_keys = self.parameter_keys

        disable_cache = self.disable_cache

        without_page_information = self.without_page_information

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
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
        if engine is not UNSET:
            field_dict["engine"] = engine
        if engine_pinned is not UNSET:
            field_dict["engine_pinned"] = engine_pinned
        if complete_criterion is not UNSET:
            field_dict["complete_criterion"] = complete_criterion
        if terminate_criterion is not UNSET:
            field_dict["terminate_criterion"] = terminate_criterion
        if error_code_mapping is not UNSET:
            field_dict["error_code_mapping"] = error_code_mapping
        if max_steps_per_run is not UNSET:
            field_dict["max_steps_per_run"] = max_steps_per_run
        if parameter_keys is not UNSET:
            field_dict["parameter_keys"] = parameter_keys
        if disable_cache is not UNSET:
            field_dict["disable_cache"] = disable_cache
        if without_page_information is not UNSET:
            field_dict["without_page_information"] = without_page_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        block_type = cast(Literal["validation"] | Unset, d.pop("block_type", UNSET))
        if block_type != "validation" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'validation', got '{block_type}'"
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

        engine_pinned = d.pop("engine_pinned", UNSET)

        def _parse_complete_criterion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        complete_criterion = _parse_complete_criterion(
            d.pop("complete_criterion", UNSET)
        )

        def _parse_terminate_criterion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terminate_criterion = _parse_terminate_criterion(
            d.pop("terminate_criterion", UNSET)
        )

        def _parse_error_code_mapping(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        error_code_mapping = _parse_error_code_mapping(
            d.pop("error_code_mapping", UNSET)
        )

        def _parse_max_steps_per_run(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_steps_per_run = _parse_max_steps_per_run(d.pop("max_steps_per_run", UNSET))

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

        disable_cache = d.pop("disable_cache", UNSET)

        without_page_information = d.pop("without_page_information", UNSET)

        validation_block_yaml = cls(
            label=label,
            block_type=block_type,
            next_block_label=next_block_label,
            continue_on_failure=continue_on_failure,
            model=model,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            engine=engine,
            engine_pinned=engine_pinned,
            complete_criterion=complete_criterion,
            terminate_criterion=terminate_criterion,
            error_code_mapping=error_code_mapping,
            max_steps_per_run=max_steps_per_run,
            parameter_keys=parameter_keys,
            disable_cache=disable_cache,
            without_page_information=without_page_information,
        )

        validation_block_yaml.additional_properties = d
        return validation_block_yaml

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
