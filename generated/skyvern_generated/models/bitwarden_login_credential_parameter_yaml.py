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

T = TypeVar("T", bound="BitwardenLoginCredentialParameterYAML")


@_attrs_define
class BitwardenLoginCredentialParameterYAML:
    key: str
    bitwarden_client_id_aws_secret_key: str
    bitwarden_client_secret_aws_secret_key: str
    bitwarden_master_password_aws_secret_key: str
    parameter_type: Literal["bitwarden_login_credential"] | Unset = (
        "bitwarden_login_credential"
    )
    description: None | str | Unset = UNSET
    url_parameter_key: None | str | Unset = UNSET
    bitwarden_collection_id: None | str | Unset = UNSET
    bitwarden_item_id: None | str | Unset = UNSET
    totp_identifier: None | str | Unset = UNSET
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

        parameter_type = self.parameter_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        url_parameter_key: None | str | Unset
        if isinstance(self.url_parameter_key, Unset):
            url_parameter_key = UNSET
        else:
            url_parameter_key = self.url_parameter_key

        bitwarden_collection_id: None | str | Unset
        if isinstance(self.bitwarden_collection_id, Unset):
            bitwarden_collection_id = UNSET
        else:
            bitwarden_collection_id = self.bitwarden_collection_id

        bitwarden_item_id: None | str | Unset
        if isinstance(self.bitwarden_item_id, Unset):
            bitwarden_item_id = UNSET
        else:
            bitwarden_item_id = self.bitwarden_item_id

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
                "bitwarden_client_id_aws_secret_key": bitwarden_client_id_aws_secret_key,
                "bitwarden_client_secret_aws_secret_key": bitwarden_client_secret_aws_secret_key,
                "bitwarden_master_password_aws_secret_key": bitwarden_master_password_aws_secret_key,
            }
        )
        if parameter_type is not UNSET:
            field_dict["parameter_type"] = parameter_type
        if description is not UNSET:
            field_dict["description"] = description
        if url_parameter_key is not UNSET:
            field_dict["url_parameter_key"] = url_parameter_key
        if bitwarden_collection_id is not UNSET:
            field_dict["bitwarden_collection_id"] = bitwarden_collection_id
        if bitwarden_item_id is not UNSET:
            field_dict["bitwarden_item_id"] = bitwarden_item_id
        if totp_identifier is not UNSET:
            field_dict["totp_identifier"] = totp_identifier

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

        parameter_type = cast(
            Literal["bitwarden_login_credential"] | Unset,
            d.pop("parameter_type", UNSET),
        )
        if parameter_type != "bitwarden_login_credential" and not isinstance(
            parameter_type, Unset
        ):
            raise ValueError(
                f"parameter_type must match const 'bitwarden_login_credential', got '{parameter_type}'"
            )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_url_parameter_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url_parameter_key = _parse_url_parameter_key(d.pop("url_parameter_key", UNSET))

        def _parse_bitwarden_collection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bitwarden_collection_id = _parse_bitwarden_collection_id(
            d.pop("bitwarden_collection_id", UNSET)
        )

        def _parse_bitwarden_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bitwarden_item_id = _parse_bitwarden_item_id(d.pop("bitwarden_item_id", UNSET))

        def _parse_totp_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_identifier = _parse_totp_identifier(d.pop("totp_identifier", UNSET))

        bitwarden_login_credential_parameter_yaml = cls(
            key=key,
            bitwarden_client_id_aws_secret_key=bitwarden_client_id_aws_secret_key,
            bitwarden_client_secret_aws_secret_key=bitwarden_client_secret_aws_secret_key,
            bitwarden_master_password_aws_secret_key=bitwarden_master_password_aws_secret_key,
            parameter_type=parameter_type,
            description=description,
            url_parameter_key=url_parameter_key,
            bitwarden_collection_id=bitwarden_collection_id,
            bitwarden_item_id=bitwarden_item_id,
            totp_identifier=totp_identifier,
        )

        bitwarden_login_credential_parameter_yaml.additional_properties = d
        return bitwarden_login_credential_parameter_yaml

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
