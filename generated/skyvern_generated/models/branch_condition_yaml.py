from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_criteria_yaml import BranchCriteriaYAML


T = TypeVar("T", bound="BranchConditionYAML")


@_attrs_define
class BranchConditionYAML:
    criteria: BranchCriteriaYAML | None | Unset = UNSET
    next_block_label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_default: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.branch_criteria_yaml import BranchCriteriaYAML

        criteria: dict[str, Any] | None | Unset
        if isinstance(self.criteria, Unset):
            criteria = UNSET
        elif isinstance(self.criteria, BranchCriteriaYAML):
            criteria = self.criteria.to_dict()
        else:
            criteria = self.criteria

        next_block_label: None | str | Unset
        if isinstance(self.next_block_label, Unset):
            next_block_label = UNSET
        else:
            next_block_label = self.next_block_label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if next_block_label is not UNSET:
            field_dict["next_block_label"] = next_block_label
        if description is not UNSET:
            field_dict["description"] = description
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.branch_criteria_yaml import BranchCriteriaYAML

        d = dict(src_dict)

        def _parse_criteria(data: object) -> BranchCriteriaYAML | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                criteria_type_0 = BranchCriteriaYAML.from_dict(data)

                return criteria_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BranchCriteriaYAML | None | Unset, data)

        criteria = _parse_criteria(d.pop("criteria", UNSET))

        def _parse_next_block_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_block_label = _parse_next_block_label(d.pop("next_block_label", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        is_default = d.pop("is_default", UNSET)

        branch_condition_yaml = cls(
            criteria=criteria,
            next_block_label=next_block_label,
            description=description,
            is_default=is_default,
        )

        branch_condition_yaml.additional_properties = d
        return branch_condition_yaml

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
