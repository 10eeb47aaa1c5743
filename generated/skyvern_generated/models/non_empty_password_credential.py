from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.totp_type import TotpType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NonEmptyPasswordCredential")


@_attrs_define
class NonEmptyPasswordCredential:
    """Password credential model for API writes: non-empty username, optionally empty password."""

    username: str
    """ The username associated with the credential (must not be empty) """
    password: str | Unset = ""
    """ The password value; may be empty or omitted for logins that have no password """
    totp: None | str | Unset = UNSET
    """ Optional TOTP (Time-based One-Time Password) string used to generate 2FA codes """
    totp_type: TotpType | Unset = UNSET
    """ Type of 2FA/TOTP method used. """
    totp_identifier: None | str | Unset = UNSET
    """ Identifier (email or phone number) used to fetch TOTP codes """
    metadata: Any | None | Unset = UNSET
    """ Optional additional password credential metadata fields """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        totp: None | str | Unset
        if isinstance(self.totp, Unset):
            totp = UNSET
        else:
            totp = self.totp

        totp_type: str | Unset = UNSET
        if not isinstance(self.totp_type, Unset):
            totp_type = self.totp_type.value

        totp_identifier: None | str | Unset
        if isinstance(self.totp_identifier, Unset):
            totp_identifier = UNSET
        else:
            totp_identifier = self.totp_identifier

        metadata: Any | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if totp is not UNSET:
            field_dict["totp"] = totp
        if totp_type is not UNSET:
            field_dict["totp_type"] = totp_type
        if totp_identifier is not UNSET:
            field_dict["totp_identifier"] = totp_identifier
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password", UNSET)

        def _parse_totp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp = _parse_totp(d.pop("totp", UNSET))

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

        def _parse_metadata(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        non_empty_password_credential = cls(
            username=username,
            password=password,
            totp=totp,
            totp_type=totp_type,
            totp_identifier=totp_identifier,
            metadata=metadata,
        )

        non_empty_password_credential.additional_properties = d
        return non_empty_password_credential

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
