from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="OutputParameter")


@_attrs_define
class OutputParameter:
    key: str
    output_parameter_id: str
    workflow_id: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    parameter_type: Literal["output"] | Unset = "output"
    description: None | str | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        output_parameter_id = self.output_parameter_id

        workflow_id = self.workflow_id

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        parameter_type = self.parameter_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "output_parameter_id": output_parameter_id,
                "workflow_id": workflow_id,
                "created_at": created_at,
                "modified_at": modified_at,
            }
        )
        if parameter_type is not UNSET:
            field_dict["parameter_type"] = parameter_type
        if description is not UNSET:
            field_dict["description"] = description
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        output_parameter_id = d.pop("output_parameter_id")

        workflow_id = d.pop("workflow_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        parameter_type = cast(Literal["output"] | Unset, d.pop("parameter_type", UNSET))
        if parameter_type != "output" and not isinstance(parameter_type, Unset):
            raise ValueError(
                f"parameter_type must match const 'output', got '{parameter_type}'"
            )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        output_parameter = cls(
            key=key,
            output_parameter_id=output_parameter_id,
            workflow_id=workflow_id,
            created_at=created_at,
            modified_at=modified_at,
            parameter_type=parameter_type,
            description=description,
            deleted_at=deleted_at,
        )

        output_parameter.additional_properties = d
        return output_parameter

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
