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

from ..models.workflow_parameter_type import WorkflowParameterType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowParameterYAML")


@_attrs_define
class WorkflowParameterYAML:
    key: str
    workflow_parameter_type: WorkflowParameterType
    parameter_type: Literal["workflow"] | Unset = "workflow"
    description: None | str | Unset = UNSET
    default_value: Any | bool | float | int | list[Any] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        workflow_parameter_type = self.workflow_parameter_type.value

        parameter_type = self.parameter_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        default_value: Any | bool | float | int | list[Any] | None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        elif isinstance(self.default_value, list):
            default_value = self.default_value

        else:
            default_value = self.default_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "workflow_parameter_type": workflow_parameter_type,
            }
        )
        if parameter_type is not UNSET:
            field_dict["parameter_type"] = parameter_type
        if description is not UNSET:
            field_dict["description"] = description
        if default_value is not UNSET:
            field_dict["default_value"] = default_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        workflow_parameter_type = WorkflowParameterType(
            d.pop("workflow_parameter_type")
        )

        parameter_type = cast(
            Literal["workflow"] | Unset, d.pop("parameter_type", UNSET)
        )
        if parameter_type != "workflow" and not isinstance(parameter_type, Unset):
            raise ValueError(
                f"parameter_type must match const 'workflow', got '{parameter_type}'"
            )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_default_value(
            data: object,
        ) -> Any | bool | float | int | list[Any] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_value_type_5 = cast(list[Any], data)

                return default_value_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | bool | float | int | list[Any] | None | str | Unset, data)

        default_value = _parse_default_value(d.pop("default_value", UNSET))

        workflow_parameter_yaml = cls(
            key=key,
            workflow_parameter_type=workflow_parameter_type,
            parameter_type=parameter_type,
            description=description,
            default_value=default_value,
        )

        workflow_parameter_yaml.additional_properties = d
        return workflow_parameter_yaml

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
