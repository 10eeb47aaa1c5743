from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.branch_criteria_yaml_criteria_type import BranchCriteriaYAMLCriteriaType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BranchCriteriaYAML")


@_attrs_define
class BranchCriteriaYAML:
    expression: str
    criteria_type: BranchCriteriaYAMLCriteriaType | Unset = (
        BranchCriteriaYAMLCriteriaType.JINJA2_TEMPLATE
    )
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expression = self.expression

        criteria_type: str | Unset = UNSET
        if not isinstance(self.criteria_type, Unset):
            criteria_type = self.criteria_type.value

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

        _criteria_type = d.pop("criteria_type", UNSET)
        criteria_type: BranchCriteriaYAMLCriteriaType | Unset
        if isinstance(_criteria_type, Unset):
            criteria_type = UNSET
        else:
            criteria_type = BranchCriteriaYAMLCriteriaType(_criteria_type)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        branch_criteria_yaml = cls(
            expression=expression,
            criteria_type=criteria_type,
            description=description,
        )

        branch_criteria_yaml.additional_properties = d
        return branch_criteria_yaml

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
