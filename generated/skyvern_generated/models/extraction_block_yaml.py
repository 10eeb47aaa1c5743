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

T = TypeVar("T", bound="ExtractionBlockYAML")


@_attrs_define
class ExtractionBlockYAML:
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    data_extraction_goal: str
    block_type: Literal["extraction"] | Unset = "extraction"
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
    data_schema: Any | list[Any] | None | str | Unset = UNSET
    max_retries: int | Unset = 0
    max_steps_per_run: int | None | Unset = UNSET
    parameter_keys: list[str] | None | Unset = UNSET
    disable_cache: bool | Unset = False
    export_enabled: bool | Unset = False
    export_data_schema: Any | None | Unset = UNSET
    export_file_name: None | str | Unset = UNSET
    export_records: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        data_extraction_goal = self.data_extraction_goal

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

        data_schema: Any | list[Any] | None | str | Unset
        if isinstance(self.data_schema, Unset):
            data_schema = UNSET
        elif isinstance(self.data_schema, list):
            data_schema = self.data_schema

        else:
            data_schema = self.data_schema

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

        disable_cache = self.disable_cache

        export_enabled = self.export_enabled

        export_data_schema: Any | None | Unset
        if isinstance(self.export_data_schema, Unset):
            export_data_schema = UNSET
        else:
            export_data_schema = self.export_data_schema

        export_file_name: None | str | Unset
        if isinstance(self.export_file_name, Unset):
            export_file_name = UNSET
        else:
            export_file_name = self.export_file_name

        export_records: None | str | Unset
        if isinstance(self.export_records, Unset):
            export_records = UNSET
        else:
            export_records = self.export_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "data_extraction_goal": data_extraction_goal,
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
        if data_schema is not UNSET:
            field_dict["data_schema"] = data_schema
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if max_steps_per_run is not UNSET:
            field_dict["max_steps_per_run"] = max_steps_per_run
        if parameter_keys is not UNSET:
            field_dict["parameter_keys"] = parameter_keys
        if disable_cache is not UNSET:
            field_dict["disable_cache"] = disable_cache
        if export_enabled is not UNSET:
            field_dict["export_enabled"] = export_enabled
        if export_data_schema is not UNSET:
            field_dict["export_data_schema"] = export_data_schema
        if export_file_name is not UNSET:
            field_dict["export_file_name"] = export_file_name
        if export_records is not UNSET:
            field_dict["export_records"] = export_records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        data_extraction_goal = d.pop("data_extraction_goal")

        block_type = cast(Literal["extraction"] | Unset, d.pop("block_type", UNSET))
        if block_type != "extraction" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'extraction', got '{block_type}'"
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

        disable_cache = d.pop("disable_cache", UNSET)

        export_enabled = d.pop("export_enabled", UNSET)

        def _parse_export_data_schema(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        export_data_schema = _parse_export_data_schema(
            d.pop("export_data_schema", UNSET)
        )

        def _parse_export_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        export_file_name = _parse_export_file_name(d.pop("export_file_name", UNSET))

        def _parse_export_records(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        export_records = _parse_export_records(d.pop("export_records", UNSET))

        extraction_block_yaml = cls(
            label=label,
            data_extraction_goal=data_extraction_goal,
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
            data_schema=data_schema,
            max_retries=max_retries,
            max_steps_per_run=max_steps_per_run,
            parameter_keys=parameter_keys,
            disable_cache=disable_cache,
            export_enabled=export_enabled,
            export_data_schema=export_data_schema,
            export_file_name=export_file_name,
            export_records=export_records,
        )

        extraction_block_yaml.additional_properties = d
        return extraction_block_yaml

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
