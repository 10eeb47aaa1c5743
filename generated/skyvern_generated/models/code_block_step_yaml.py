from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeBlockStepYAML")


@_attrs_define
class CodeBlockStepYAML:
    description: None | str | Unset = UNSET
    action_type: str | Unset = "null_action"
    line_start: int | None | Unset = UNSET
    line_end: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        action_type = self.action_type

        line_start: int | None | Unset
        if isinstance(self.line_start, Unset):
            line_start = UNSET
        else:
            line_start = self.line_start

        line_end: int | None | Unset
        if isinstance(self.line_end, Unset):
            line_end = UNSET
        else:
            line_end = self.line_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if line_start is not UNSET:
            field_dict["line_start"] = line_start
        if line_end is not UNSET:
            field_dict["line_end"] = line_end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        action_type = d.pop("action_type", UNSET)

        def _parse_line_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        line_start = _parse_line_start(d.pop("line_start", UNSET))

        def _parse_line_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        line_end = _parse_line_end(d.pop("line_end", UNSET))

        code_block_step_yaml = cls(
            description=description,
            action_type=action_type,
            line_start=line_start,
            line_end=line_end,
        )

        code_block_step_yaml.additional_properties = d
        return code_block_step_yaml

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
