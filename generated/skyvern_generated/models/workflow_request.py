from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_create_yaml_request import WorkflowCreateYAMLRequest


T = TypeVar("T", bound="WorkflowRequest")


@_attrs_define
class WorkflowRequest:
    json_definition: None | Unset | WorkflowCreateYAMLRequest = UNSET
    """ Workflow definition in JSON format """
    yaml_definition: None | str | Unset = UNSET
    """ Workflow definition in YAML format """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_create_yaml_request import WorkflowCreateYAMLRequest

        json_definition: dict[str, Any] | None | Unset
        if isinstance(self.json_definition, Unset):
            json_definition = UNSET
        elif isinstance(self.json_definition, WorkflowCreateYAMLRequest):
            json_definition = self.json_definition.to_dict()
        else:
            json_definition = self.json_definition

        yaml_definition: None | str | Unset
        if isinstance(self.yaml_definition, Unset):
            yaml_definition = UNSET
        else:
            yaml_definition = self.yaml_definition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if json_definition is not UNSET:
            field_dict["json_definition"] = json_definition
        if yaml_definition is not UNSET:
            field_dict["yaml_definition"] = yaml_definition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_create_yaml_request import WorkflowCreateYAMLRequest

        d = dict(src_dict)

        def _parse_json_definition(
            data: object,
        ) -> None | Unset | WorkflowCreateYAMLRequest:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                json_definition_type_0 = WorkflowCreateYAMLRequest.from_dict(data)

                return json_definition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowCreateYAMLRequest, data)

        json_definition = _parse_json_definition(d.pop("json_definition", UNSET))

        def _parse_yaml_definition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        yaml_definition = _parse_yaml_definition(d.pop("yaml_definition", UNSET))

        workflow_request = cls(
            json_definition=json_definition,
            yaml_definition=yaml_definition,
        )

        workflow_request.additional_properties = d
        return workflow_request

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
