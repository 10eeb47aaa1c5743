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

T = TypeVar("T", bound="TaskBlockYAML")


@_attrs_define
class TaskBlockYAML:
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    block_type: Literal["task"] | Unset = "task"
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    url: None | str | Unset = UNSET
    title: str | Unset = ""
    engine: None | RunEngine | Unset = UNSET
    engine_pinned: bool | Unset = False
    """ Set to true only when skyvern-1.0 was explicitly chosen for this block; leave it unset otherwise. """
    navigation_goal: None | str | Unset = UNSET
    data_extraction_goal: None | str | Unset = UNSET
    data_schema: Any | list[Any] | None | str | Unset = UNSET
    error_code_mapping: Any | None | Unset = UNSET
    max_retries: int | Unset = 0
    max_steps_per_run: int | None | Unset = UNSET
    parameter_keys: list[str] | None | Unset = UNSET
    complete_on_download: bool | Unset = False
    download_suffix: None | str | Unset = UNSET
    totp_verification_url: None | str | Unset = UNSET
    totp_identifier: None | str | Unset = UNSET
    disable_cache: bool | Unset = False
    complete_criterion: None | str | Unset = UNSET
    terminate_criterion: None | str | Unset = UNSET
    complete_verification: bool | Unset = True
    include_action_history_in_verification: bool | Unset = False
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

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        title = self.title

        engine: None | str | Unset
        if isinstance(self.engine, Unset):
            engine = UNSET
        elif isinstance(self.engine, RunEngine):
            engine = self.engine.value
        else:
            engine = self.engine

        engine_pinned = self.engine_pinned

        navigation_goal: None | str | Unset
        if isinstance(self.navigation_goal, Unset):
            navigation_goal = UNSET
        else:
            navigation_goal = self.navigation_goal

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

        error_code_mapping: Any | None | Unset
        if isinstance(self.error_code_mapping, Unset):
            error_code_mapping = UNSET
        else:
            error_code_mapping = self.error_code_mapping

        max_retries = self.max_retries

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

        complete_on_download = self.complete_on_download

        download_suffix: None | str | Unset
        if isinstance(self.download_suffix, Unset):
            download_suffix = UNSET
        else:
            download_suffix = self.download_suffix

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

        disable_cache = self.disable_cache

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

        complete_verification = self.complete_verification

        include_action_history_in_verification = (
            self.include_action_history_in_verification
        )

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
        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title
        if engine is not UNSET:
            field_dict["engine"] = engine
        if engine_pinned is not UNSET:
            field_dict["engine_pinned"] = engine_pinned
        if navigation_goal is not UNSET:
            field_dict["navigation_goal"] = navigation_goal
        if data_extraction_goal is not UNSET:
            field_dict["data_extraction_goal"] = data_extraction_goal
        if data_schema is not UNSET:
            field_dict["data_schema"] = data_schema
        if error_code_mapping is not UNSET:
            field_dict["error_code_mapping"] = error_code_mapping
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if max_steps_per_run is not UNSET:
            field_dict["max_steps_per_run"] = max_steps_per_run
        if parameter_keys is not UNSET:
            field_dict["parameter_keys"] = parameter_keys
        if complete_on_download is not UNSET:
            field_dict["complete_on_download"] = complete_on_download
        if download_suffix is not UNSET:
            field_dict["download_suffix"] = download_suffix
        if totp_verification_url is not UNSET:
            field_dict["totp_verification_url"] = totp_verification_url
        if totp_identifier is not UNSET:
            field_dict["totp_identifier"] = totp_identifier
        if disable_cache is not UNSET:
            field_dict["disable_cache"] = disable_cache
        if complete_criterion is not UNSET:
            field_dict["complete_criterion"] = complete_criterion
        if terminate_criterion is not UNSET:
            field_dict["terminate_criterion"] = terminate_criterion
        if complete_verification is not UNSET:
            field_dict["complete_verification"] = complete_verification
        if include_action_history_in_verification is not UNSET:
            field_dict["include_action_history_in_verification"] = (
                include_action_history_in_verification
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        block_type = cast(Literal["task"] | Unset, d.pop("block_type", UNSET))
        if block_type != "task" and not isinstance(block_type, Unset):
            raise ValueError(f"block_type must match const 'task', got '{block_type}'")

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

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        title = d.pop("title", UNSET)

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

        def _parse_navigation_goal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        navigation_goal = _parse_navigation_goal(d.pop("navigation_goal", UNSET))

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

        def _parse_error_code_mapping(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        error_code_mapping = _parse_error_code_mapping(
            d.pop("error_code_mapping", UNSET)
        )

        max_retries = d.pop("max_retries", UNSET)

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

        complete_on_download = d.pop("complete_on_download", UNSET)

        def _parse_download_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_suffix = _parse_download_suffix(d.pop("download_suffix", UNSET))

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

        disable_cache = d.pop("disable_cache", UNSET)

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

        complete_verification = d.pop("complete_verification", UNSET)

        include_action_history_in_verification = d.pop(
            "include_action_history_in_verification", UNSET
        )

        task_block_yaml = cls(
            label=label,
            block_type=block_type,
            next_block_label=next_block_label,
            continue_on_failure=continue_on_failure,
            model=model,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            url=url,
            title=title,
            engine=engine,
            engine_pinned=engine_pinned,
            navigation_goal=navigation_goal,
            data_extraction_goal=data_extraction_goal,
            data_schema=data_schema,
            error_code_mapping=error_code_mapping,
            max_retries=max_retries,
            max_steps_per_run=max_steps_per_run,
            parameter_keys=parameter_keys,
            complete_on_download=complete_on_download,
            download_suffix=download_suffix,
            totp_verification_url=totp_verification_url,
            totp_identifier=totp_identifier,
            disable_cache=disable_cache,
            complete_criterion=complete_criterion,
            terminate_criterion=terminate_criterion,
            complete_verification=complete_verification,
            include_action_history_in_verification=include_action_history_in_verification,
        )

        task_block_yaml.additional_properties = d
        return task_block_yaml

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
