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


T = TypeVar("T", bound="PDFParserBlock")


@_attrs_define
class PDFParserBlock:
    """DEPRECATED: Use FileParserBlock with file_type=FileType.PDF instead.
    This block will be removed in a future version.

    """

    label: str
    """ Author-facing identifier for a block; unique within a workflow. """
    output_parameter: OutputParameter
    file_url: str
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the next block label when constructing a DAG. Defaults to sequential order when omitted.
    """
    block_type: Literal["pdf_parser"] | Unset = "pdf_parser"
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    disable_cache: bool | Unset = False
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    json_schema: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        output_parameter = self.output_parameter.to_dict()

        file_url = self.file_url

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
                "output_parameter": output_parameter,
                "file_url": file_url,
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
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.output_parameter import OutputParameter

        d = dict(src_dict)
        label = d.pop("label")

        output_parameter = OutputParameter.from_dict(d.pop("output_parameter"))

        file_url = d.pop("file_url")

        def _parse_next_block_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_block_label = _parse_next_block_label(d.pop("next_block_label", UNSET))

        block_type = cast(Literal["pdf_parser"] | Unset, d.pop("block_type", UNSET))
        if block_type != "pdf_parser" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'pdf_parser', got '{block_type}'"
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

        def _parse_json_schema(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        json_schema = _parse_json_schema(d.pop("json_schema", UNSET))

        pdf_parser_block = cls(
            label=label,
            output_parameter=output_parameter,
            file_url=file_url,
            next_block_label=next_block_label,
            block_type=block_type,
            continue_on_failure=continue_on_failure,
            model=model,
            disable_cache=disable_cache,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            json_schema=json_schema,
        )

        pdf_parser_block.additional_properties = d
        return pdf_parser_block

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
