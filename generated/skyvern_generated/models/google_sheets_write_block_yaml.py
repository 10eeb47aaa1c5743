from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class GoogleSheetsWriteBlockYAML(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "block_type",
        "column_mapping",
        "continue_on_failure",
        "create_sheet_if_missing",
        "credential_id",
        "ignore_workflow_system_prompt",
        "label",
        "model",
        "next_block_label",
        "next_loop_on_failure",
        "parameter_keys",
        "range",
        "sheet_name",
        "spreadsheet_url",
        "values",
        "write_mode",
    )
    _fields = (
        "block_type",
        "label",
        "next_block_label",
        "continue_on_failure",
        "model",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "spreadsheet_url",
        "sheet_name",
        "range",
        "credential_id",
        "write_mode",
        "values",
        "column_mapping",
        "create_sheet_if_missing",
        "parameter_keys",
    )

    block_type: Literal["google_sheets_write"] | None
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    next_block_label: str | None
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | None
    model: JsonObject | None
    ignore_workflow_system_prompt: bool | None
    next_loop_on_failure: bool | None
    spreadsheet_url: str
    sheet_name: str | None
    range: str | None
    credential_id: str | None
    write_mode: GoogleSheetsWriteBlockYAMLWriteMode | None
    values: str | None
    column_mapping: StringMap | None
    create_sheet_if_missing: bool | None
    parameter_keys: list[str] | None

    def __init__(
        self,
        *,
        block_type: Literal["google_sheets_write"] | None = None,
        label: str,
        next_block_label: str | None = None,
        continue_on_failure: bool | None = None,
        model: JsonObject | None = None,
        ignore_workflow_system_prompt: bool | None = None,
        next_loop_on_failure: bool | None = None,
        spreadsheet_url: str,
        sheet_name: str | None = None,
        range: str | None = None,
        credential_id: str | None = None,
        write_mode: GoogleSheetsWriteBlockYAMLWriteMode | None = None,
        values: str | None = None,
        column_mapping: StringMap | None = None,
        create_sheet_if_missing: bool | None = None,
        parameter_keys: list[str] | None = None,
    ) -> None:
        self.block_type = block_type
        self.label = label
        self.next_block_label = next_block_label
        self.continue_on_failure = continue_on_failure
        self.model = model
        self.ignore_workflow_system_prompt = ignore_workflow_system_prompt
        self.next_loop_on_failure = next_loop_on_failure
        self.spreadsheet_url = spreadsheet_url
        self.sheet_name = sheet_name
        self.range = range
        self.credential_id = credential_id
        self.write_mode = write_mode
        self.values = values
        self.column_mapping = column_mapping
        self.create_sheet_if_missing = create_sheet_if_missing
        self.parameter_keys = parameter_keys
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `GoogleSheetsWriteBlockYAML` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("block_type")
        if value is not None:
            if value != "google_sheets_write":
                raise _t.invalid(value, "google_sheets_write", "block_type")
        obj.block_type = value
        value = get("label", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "label")
        obj.label = value
        value = get("next_block_label")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "next_block_label")
        obj.next_block_label = value
        value = get("continue_on_failure")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "continue_on_failure")
        obj.continue_on_failure = value
        value = get("model")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "model")
        obj.model = value
        value = get("ignore_workflow_system_prompt")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "ignore_workflow_system_prompt")
        obj.ignore_workflow_system_prompt = value
        value = get("next_loop_on_failure")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "next_loop_on_failure")
        obj.next_loop_on_failure = value
        value = get("spreadsheet_url", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "spreadsheet_url")
        obj.spreadsheet_url = value
        value = get("sheet_name")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "sheet_name")
        obj.sheet_name = value
        value = get("range")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "range")
        obj.range = value
        value = get("credential_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "credential_id")
        obj.credential_id = value
        value = get("write_mode")
        if value is not None:
            try:
                value = _members_GoogleSheetsWriteBlockYAMLWriteMode[value]
            except (KeyError, TypeError):
                value = _t.as_enum(
                    GoogleSheetsWriteBlockYAMLWriteMode, value, "write_mode"
                )
        obj.write_mode = value
        value = get("values")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "values")
        obj.values = value
        value = get("column_mapping")
        if value is not None:
            value = _t.as_string_map(value, "column_mapping")
        obj.column_mapping = value
        value = get("create_sheet_if_missing")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "create_sheet_if_missing")
        obj.create_sheet_if_missing = value
        value = get("parameter_keys")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "parameter_keys")
            _t.check_items(value, str, "parameter_keys")
        obj.parameter_keys = value
        if data.keys() <= _KEYS:
            obj.additional_properties = {}
        else:
            obj.additional_properties = {
                key: value for key, value in data.items() if key not in _KEYS
            }
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON of this model. An optional field that is None is left out; unknown fields are kept."""
        data: dict[str, Any] = dict(self.additional_properties)
        value: Any
        value = self.block_type
        if value is not None:
            data["block_type"] = value
        data["label"] = self.label
        value = self.next_block_label
        if value is not None:
            data["next_block_label"] = value
        value = self.continue_on_failure
        if value is not None:
            data["continue_on_failure"] = value
        value = self.model
        if value is not None:
            data["model"] = value
        value = self.ignore_workflow_system_prompt
        if value is not None:
            data["ignore_workflow_system_prompt"] = value
        value = self.next_loop_on_failure
        if value is not None:
            data["next_loop_on_failure"] = value
        data["spreadsheet_url"] = self.spreadsheet_url
        value = self.sheet_name
        if value is not None:
            data["sheet_name"] = value
        value = self.range
        if value is not None:
            data["range"] = value
        value = self.credential_id
        if value is not None:
            data["credential_id"] = value
        value = self.write_mode
        if value is not None:
            data["write_mode"] = _t.wire(value)
        value = self.values
        if value is not None:
            data["values"] = value
        value = self.column_mapping
        if value is not None:
            data["column_mapping"] = value
        value = self.create_sheet_if_missing
        if value is not None:
            data["create_sheet_if_missing"] = value
        value = self.parameter_keys
        if value is not None:
            data["parameter_keys"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "block_type",
        "label",
        "next_block_label",
        "continue_on_failure",
        "model",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "spreadsheet_url",
        "sheet_name",
        "range",
        "credential_id",
        "write_mode",
        "values",
        "column_mapping",
        "create_sheet_if_missing",
        "parameter_keys",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .google_sheets_write_block_yaml_write_mode import (
    GoogleSheetsWriteBlockYAMLWriteMode,
)
from .json_object import JsonObject
from .string_map import StringMap

_members_GoogleSheetsWriteBlockYAMLWriteMode: dict[Any, Any] = (
    GoogleSheetsWriteBlockYAMLWriteMode._value2member_map_
)


__all__ = ["GoogleSheetsWriteBlockYAML"]
