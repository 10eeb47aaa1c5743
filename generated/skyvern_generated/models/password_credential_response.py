from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.totp_type import TotpType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordCredentialResponse")


@_attrs_define
class PasswordCredentialResponse:
    """Response model for password credentials — non-sensitive fields only.

    SECURITY: Must NEVER include password or TOTP secret.

    """

    username: str
    """ The username associated with the credential """
    totp_type: TotpType | Unset = UNSET
    """ Type of 2FA/TOTP method used. """
    totp_identifier: None | str | Unset = UNSET
    """ Identifier (email or phone number) used to fetch TOTP codes """
    has_totp: bool | Unset = False
    """ Whether the stored password credential includes a non-empty TOTP seed. Legacy rows with an unknown value
    report false until the credential is updated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        totp_type: str | Unset = UNSET
        if not isinstance(self.totp_type, Unset):
            totp_type = self.totp_type.value

        totp_identifier: None | str | Unset
        if isinstance(self.totp_identifier, Unset):
            totp_identifier = UNSET
        else:
            totp_identifier = self.totp_identifier

        has_totp = self.has_totp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
            }
        )
        if totp_type is not UNSET:
            field_dict["totp_type"] = totp_type
        if totp_identifier is not UNSET:
            field_dict["totp_identifier"] = totp_identifier
        if has_totp is not UNSET:
            field_dict["has_totp"] = has_totp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        _totp_type = d.pop("totp_type", UNSET)
        totp_type: TotpType | Unset
        if isinstance(_totp_type, Unset):
            totp_type = UNSET
        else:
            totp_type = TotpType(_totp_type)

        def _parse_totp_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_identifier = _parse_totp_identifier(d.pop("totp_identifier", UNSET))

        has_totp = d.pop("has_totp", UNSET)

        password_credential_response = cls(
            username=username,
            totp_type=totp_type,
            totp_identifier=totp_identifier,
            has_totp=has_totp,
        )

        password_credential_response.additional_properties = d
        return password_credential_response

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
