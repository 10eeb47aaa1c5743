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

T = TypeVar("T", bound="PDFParserBlockYAML")


@_attrs_define
class PDFParserBlockYAML:
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    file_url: str
    block_type: Literal["pdf_parser"] | Unset = "pdf_parser"
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    json_schema: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        file_url = self.file_url

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

        json_schema: Any | None | Unset
        if isinstance(self.json_schema, Unset):
            json_schema = UNSET
        else:
            json_schema = self.json_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "file_url": file_url,
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
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        file_url = d.pop("file_url")

        block_type = cast(Literal["pdf_parser"] | Unset, d.pop("block_type", UNSET))
        if block_type != "pdf_parser" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'pdf_parser', got '{block_type}'"
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

        def _parse_json_schema(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        json_schema = _parse_json_schema(d.pop("json_schema", UNSET))

        pdf_parser_block_yaml = cls(
            label=label,
            file_url=file_url,
            block_type=block_type,
            next_block_label=next_block_label,
            continue_on_failure=continue_on_failure,
            model=model,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            json_schema=json_schema,
        )

        pdf_parser_block_yaml.additional_properties = d
        return pdf_parser_block_yaml

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
