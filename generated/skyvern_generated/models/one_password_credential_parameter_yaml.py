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

T = TypeVar("T", bound="OnePasswordCredentialParameterYAML")


@_attrs_define
class OnePasswordCredentialParameterYAML:
    key: str
    vault_id: str
    item_id: str
    parameter_type: Literal["onepassword"] | Unset = "onepassword"
    description: None | str | Unset = UNSET
    totp_field_name: None | str | Unset = UNSET
    totp_identifier: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        vault_id = self.vault_id

        item_id = self.item_id

        parameter_type = self.parameter_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        totp_field_name: None | str | Unset
        if isinstance(self.totp_field_name, Unset):
            totp_field_name = UNSET
        else:
            totp_field_name = self.totp_field_name

        totp_identifier: None | str | Unset
        if isinstance(self.totp_identifier, Unset):
            totp_identifier = UNSET
        else:
            totp_identifier = self.totp_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "vault_id": vault_id,
                "item_id": item_id,
            }
        )
        if parameter_type is not UNSET:
            field_dict["parameter_type"] = parameter_type
        if description is not UNSET:
            field_dict["description"] = description
        if totp_field_name is not UNSET:
            field_dict["totp_field_name"] = totp_field_name
        if totp_identifier is not UNSET:
            field_dict["totp_identifier"] = totp_identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        vault_id = d.pop("vault_id")

        item_id = d.pop("item_id")

        parameter_type = cast(
            Literal["onepassword"] | Unset, d.pop("parameter_type", UNSET)
        )
        if parameter_type != "onepassword" and not isinstance(parameter_type, Unset):
            raise ValueError(
                f"parameter_type must match const 'onepassword', got '{parameter_type}'"
            )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_totp_field_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_field_name = _parse_totp_field_name(d.pop("totp_field_name", UNSET))

        def _parse_totp_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_identifier = _parse_totp_identifier(d.pop("totp_identifier", UNSET))

        one_password_credential_parameter_yaml = cls(
            key=key,
            vault_id=vault_id,
            item_id=item_id,
            parameter_type=parameter_type,
            description=description,
            totp_field_name=totp_field_name,
            totp_identifier=totp_identifier,
        )

        one_password_credential_parameter_yaml.additional_properties = d
        return one_password_credential_parameter_yaml

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
