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

from ..models.web_search_block_yaml_provider import WebSearchBlockYAMLProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchBlockYAML")


@_attrs_define
class WebSearchBlockYAML:
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    query: str
    block_type: Literal["web_search"] | Unset = "web_search"
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    provider: WebSearchBlockYAMLProvider | Unset = WebSearchBlockYAMLProvider.AUTO
    num_results: int | Unset = 10
    no_results_error_code: None | str | Unset = UNSET
    """ Deprecated. Use error_code_mapping. """
    no_match_error_code: None | str | Unset = UNSET
    """ Deprecated. Use error_code_mapping. """
    error_code_mapping: Any | None | Unset = UNSET
    prompt: None | str | Unset = UNSET
    json_schema: Any | None | Unset = UNSET
    parameter_keys: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        query = self.query

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

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        num_results = self.num_results

        no_results_error_code: None | str | Unset
        if isinstance(self.no_results_error_code, Unset):
            no_results_error_code = UNSET
        else:
            no_results_error_code = self.no_results_error_code

        no_match_error_code: None | str | Unset
        if isinstance(self.no_match_error_code, Unset):
            no_match_error_code = UNSET
        else:
            no_match_error_code = self.no_match_error_code

        error_code_mapping: Any | None | Unset
        if isinstance(self.error_code_mapping, Unset):
            error_code_mapping = UNSET
        else:
            error_code_mapping = self.error_code_mapping

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        json_schema: Any | None | Unset
        if isinstance(self.json_schema, Unset):
            json_schema = UNSET
        else:
            json_schema = self.json_schema

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
                "query": query,
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
        if provider is not UNSET:
            field_dict["provider"] = provider
        if num_results is not UNSET:
            field_dict["num_results"] = num_results
        if no_results_error_code is not UNSET:
            field_dict["no_results_error_code"] = no_results_error_code
        if no_match_error_code is not UNSET:
            field_dict["no_match_error_code"] = no_match_error_code
        if error_code_mapping is not UNSET:
            field_dict["error_code_mapping"] = error_code_mapping
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema
        if parameter_keys is not UNSET:
            field_dict["parameter_keys"] = parameter_keys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        query = d.pop("query")

        block_type = cast(Literal["web_search"] | Unset, d.pop("block_type", UNSET))
        if block_type != "web_search" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'web_search', got '{block_type}'"
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

        _provider = d.pop("provider", UNSET)
        provider: WebSearchBlockYAMLProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = WebSearchBlockYAMLProvider(_provider)

        num_results = d.pop("num_results", UNSET)

        def _parse_no_results_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        no_results_error_code = _parse_no_results_error_code(
            d.pop("no_results_error_code", UNSET)
        )

        def _parse_no_match_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        no_match_error_code = _parse_no_match_error_code(
            d.pop("no_match_error_code", UNSET)
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

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_json_schema(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        json_schema = _parse_json_schema(d.pop("json_schema", UNSET))

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

        web_search_block_yaml = cls(
            label=label,
            query=query,
            block_type=block_type,
            next_block_label=next_block_label,
            continue_on_failure=continue_on_failure,
            model=model,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            provider=provider,
            num_results=num_results,
            no_results_error_code=no_results_error_code,
            no_match_error_code=no_match_error_code,
            error_code_mapping=error_code_mapping,
            prompt=prompt,
            json_schema=json_schema,
            parameter_keys=parameter_keys,
        )

        web_search_block_yaml.additional_properties = d
        return web_search_block_yaml

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
