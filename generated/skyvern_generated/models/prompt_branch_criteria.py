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

T = TypeVar("T", bound="PromptBranchCriteria")


@_attrs_define
class PromptBranchCriteria:
    """Natural language branch criteria."""

    expression: str
    criteria_type: Literal["prompt"] | Unset = "prompt"
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expression = self.expression

        criteria_type = self.criteria_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expression": expression,
            }
        )
        if criteria_type is not UNSET:
            field_dict["criteria_type"] = criteria_type
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expression = d.pop("expression")

        criteria_type = cast(Literal["prompt"] | Unset, d.pop("criteria_type", UNSET))
        if criteria_type != "prompt" and not isinstance(criteria_type, Unset):
            raise ValueError(
                f"criteria_type must match const 'prompt', got '{criteria_type}'"
            )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        prompt_branch_criteria = cls(
            expression=expression,
            criteria_type=criteria_type,
            description=description,
        )

        prompt_branch_criteria.additional_properties = d
        return prompt_branch_criteria

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
