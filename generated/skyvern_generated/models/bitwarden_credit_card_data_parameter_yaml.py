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

T = TypeVar("T", bound="BitwardenCreditCardDataParameterYAML")


@_attrs_define
class BitwardenCreditCardDataParameterYAML:
    key: str
    bitwarden_client_id_aws_secret_key: str
    bitwarden_client_secret_aws_secret_key: str
    bitwarden_master_password_aws_secret_key: str
    bitwarden_collection_id: str
    bitwarden_item_id: str
    parameter_type: Literal["bitwarden_credit_card_data"] | Unset = (
        "bitwarden_credit_card_data"
    )
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        bitwarden_client_id_aws_secret_key = self.bitwarden_client_id_aws_secret_key

        bitwarden_client_secret_aws_secret_key = (
            self.bitwarden_client_secret_aws_secret_key
        )

        bitwarden_master_password_aws_secret_key = (
            self.bitwarden_master_password_aws_secret_key
        )

        bitwarden_collection_id = self.bitwarden_collection_id

        bitwarden_item_id = self.bitwarden_item_id

        parameter_type = self.parameter_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "bitwarden_client_id_aws_secret_key": bitwarden_client_id_aws_secret_key,
                "bitwarden_client_secret_aws_secret_key": bitwarden_client_secret_aws_secret_key,
                "bitwarden_master_password_aws_secret_key": bitwarden_master_password_aws_secret_key,
                "bitwarden_collection_id": bitwarden_collection_id,
                "bitwarden_item_id": bitwarden_item_id,
            }
        )
        if parameter_type is not UNSET:
            field_dict["parameter_type"] = parameter_type
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        bitwarden_client_id_aws_secret_key = d.pop("bitwarden_client_id_aws_secret_key")

        bitwarden_client_secret_aws_secret_key = d.pop(
            "bitwarden_client_secret_aws_secret_key"
        )

        bitwarden_master_password_aws_secret_key = d.pop(
            "bitwarden_master_password_aws_secret_key"
        )

        bitwarden_collection_id = d.pop("bitwarden_collection_id")

        bitwarden_item_id = d.pop("bitwarden_item_id")

        parameter_type = cast(
            Literal["bitwarden_credit_card_data"] | Unset,
            d.pop("parameter_type", UNSET),
        )
        if parameter_type != "bitwarden_credit_card_data" and not isinstance(
            parameter_type, Unset
        ):
            raise ValueError(
                f"parameter_type must match const 'bitwarden_credit_card_data', got '{parameter_type}'"
            )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        bitwarden_credit_card_data_parameter_yaml = cls(
            key=key,
            bitwarden_client_id_aws_secret_key=bitwarden_client_id_aws_secret_key,
            bitwarden_client_secret_aws_secret_key=bitwarden_client_secret_aws_secret_key,
            bitwarden_master_password_aws_secret_key=bitwarden_master_password_aws_secret_key,
            bitwarden_collection_id=bitwarden_collection_id,
            bitwarden_item_id=bitwarden_item_id,
            parameter_type=parameter_type,
            description=description,
        )

        bitwarden_credit_card_data_parameter_yaml.additional_properties = d
        return bitwarden_credit_card_data_parameter_yaml

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
