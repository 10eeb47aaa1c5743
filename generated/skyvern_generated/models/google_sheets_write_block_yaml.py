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

from ..models.google_sheets_write_block_yaml_write_mode import (
    GoogleSheetsWriteBlockYAMLWriteMode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleSheetsWriteBlockYAML")


@_attrs_define
class GoogleSheetsWriteBlockYAML:
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    spreadsheet_url: str
    block_type: Literal["google_sheets_write"] | Unset = "google_sheets_write"
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    sheet_name: None | str | Unset = UNSET
    range_: None | str | Unset = UNSET
    credential_id: None | str | Unset = UNSET
    write_mode: GoogleSheetsWriteBlockYAMLWriteMode | Unset = (
        GoogleSheetsWriteBlockYAMLWriteMode.APPEND
    )
    values: str | Unset = ""
    column_mapping: Any | None | Unset = UNSET
    create_sheet_if_missing: bool | Unset = False
    parameter_keys: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        spreadsheet_url = self.spreadsheet_url

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

        sheet_name: None | str | Unset
        if isinstance(self.sheet_name, Unset):
            sheet_name = UNSET
        else:
            sheet_name = self.sheet_name

        range_: None | str | Unset
        if isinstance(self.range_, Unset):
            range_ = UNSET
        else:
            range_ = self.range_

        credential_id: None | str | Unset
        if isinstance(self.credential_id, Unset):
            credential_id = UNSET
        else:
            credential_id = self.credential_id

        write_mode: str | Unset = UNSET
        if not isinstance(self.write_mode, Unset):
            write_mode = self.write_mode.value

        values = self.values

        column_mapping: Any | None | Unset
        if isinstance(self.column_mapping, Unset):
            column_mapping = UNSET
        else:
            column_mapping = self.column_mapping

        create_sheet_if_missing = self.create_sheet_if_missing

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
                "spreadsheet_url": spreadsheet_url,
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
        if sheet_name is not UNSET:
            field_dict["sheet_name"] = sheet_name
        if range_ is not UNSET:
            field_dict["range"] = range_
        if credential_id is not UNSET:
            field_dict["credential_id"] = credential_id
        if write_mode is not UNSET:
            field_dict["write_mode"] = write_mode
        if values is not UNSET:
            field_dict["values"] = values
        if column_mapping is not UNSET:
            field_dict["column_mapping"] = column_mapping
        if create_sheet_if_missing is not UNSET:
            field_dict["create_sheet_if_missing"] = create_sheet_if_missing
        if parameter_keys is not UNSET:
            field_dict["parameter_keys"] = parameter_keys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        spreadsheet_url = d.pop("spreadsheet_url")

        block_type = cast(
            Literal["google_sheets_write"] | Unset, d.pop("block_type", UNSET)
        )
        if block_type != "google_sheets_write" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'google_sheets_write', got '{block_type}'"
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

        def _parse_sheet_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sheet_name = _parse_sheet_name(d.pop("sheet_name", UNSET))

        def _parse_range_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        range_ = _parse_range_(d.pop("range", UNSET))

        def _parse_credential_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credential_id = _parse_credential_id(d.pop("credential_id", UNSET))

        _write_mode = d.pop("write_mode", UNSET)
        write_mode: GoogleSheetsWriteBlockYAMLWriteMode | Unset
        if isinstance(_write_mode, Unset):
            write_mode = UNSET
        else:
            write_mode = GoogleSheetsWriteBlockYAMLWriteMode(_write_mode)

        values = d.pop("values", UNSET)

        def _parse_column_mapping(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        column_mapping = _parse_column_mapping(d.pop("column_mapping", UNSET))

        create_sheet_if_missing = d.pop("create_sheet_if_missing", UNSET)

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

        google_sheets_write_block_yaml = cls(
            label=label,
            spreadsheet_url=spreadsheet_url,
            block_type=block_type,
            next_block_label=next_block_label,
            continue_on_failure=continue_on_failure,
            model=model,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            sheet_name=sheet_name,
            range_=range_,
            credential_id=credential_id,
            write_mode=write_mode,
            values=values,
            column_mapping=column_mapping,
            create_sheet_if_missing=create_sheet_if_missing,
            parameter_keys=parameter_keys,
        )

        google_sheets_write_block_yaml.additional_properties = d
        return google_sheets_write_block_yaml

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
