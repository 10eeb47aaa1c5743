from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretCredential")


@_attrs_define
class SecretCredential:
    """Generic secret credential."""

    secret_value: str
    """ The secret value """
    secret_label: None | str | Unset = UNSET
    """ Optional label describing the secret """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secret_value = self.secret_value

        secret_label: None | str | Unset
        if isinstance(self.secret_label, Unset):
            secret_label = UNSET
        else:
            secret_label = self.secret_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "secret_value": secret_value,
            }
        )
        if secret_label is not UNSET:
            field_dict["secret_label"] = secret_label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        secret_value = d.pop("secret_value")

        def _parse_secret_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret_label = _parse_secret_label(d.pop("secret_label", UNSET))

        secret_credential = cls(
            secret_value=secret_value,
            secret_label=secret_label,
        )

        secret_credential.additional_properties = d
        return secret_credential

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
