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

T = TypeVar("T", bound="AzureVaultCredentialParameter")


@_attrs_define
class AzureVaultCredentialParameter:
    key: str
    azure_vault_credential_parameter_id: str
    workflow_id: str
    vault_name: str
    username_key: str
    password_key: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    parameter_type: Literal["azure_vault_credential"] | Unset = "azure_vault_credential"
    description: None | str | Unset = UNSET
    totp_secret_key: None | str | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        azure_vault_credential_parameter_id = self.azure_vault_credential_parameter_id

        workflow_id = self.workflow_id

        vault_name = self.vault_name

        username_key = self.username_key

        password_key = self.password_key

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        parameter_type = self.parameter_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        totp_secret_key: None | str | Unset
        if isinstance(self.totp_secret_key, Unset):
            totp_secret_key = UNSET
        else:
            totp_secret_key = self.totp_secret_key

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
                "azure_vault_credential_parameter_id": azure_vault_credential_parameter_id,
                "workflow_id": workflow_id,
                "vault_name": vault_name,
                "username_key": username_key,
                "password_key": password_key,
                "created_at": created_at,
                "modified_at": modified_at,
            }
        )
        if parameter_type is not UNSET:
            field_dict["parameter_type"] = parameter_type
        if description is not UNSET:
            field_dict["description"] = description
        if totp_secret_key is not UNSET:
            field_dict["totp_secret_key"] = totp_secret_key
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        azure_vault_credential_parameter_id = d.pop(
            "azure_vault_credential_parameter_id"
        )

        workflow_id = d.pop("workflow_id")

        vault_name = d.pop("vault_name")

        username_key = d.pop("username_key")

        password_key = d.pop("password_key")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        parameter_type = cast(
            Literal["azure_vault_credential"] | Unset, d.pop("parameter_type", UNSET)
        )
        if parameter_type != "azure_vault_credential" and not isinstance(
            parameter_type, Unset
        ):
            raise ValueError(
                f"parameter_type must match const 'azure_vault_credential', got '{parameter_type}'"
            )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_totp_secret_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_secret_key = _parse_totp_secret_key(d.pop("totp_secret_key", UNSET))

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

        azure_vault_credential_parameter = cls(
            key=key,
            azure_vault_credential_parameter_id=azure_vault_credential_parameter_id,
            workflow_id=workflow_id,
            vault_name=vault_name,
            username_key=username_key,
            password_key=password_key,
            created_at=created_at,
            modified_at=modified_at,
            parameter_type=parameter_type,
            description=description,
            totp_secret_key=totp_secret_key,
            deleted_at=deleted_at,
        )

        azure_vault_credential_parameter.additional_properties = d
        return azure_vault_credential_parameter

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
