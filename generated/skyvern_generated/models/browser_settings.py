from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowserSettings")


@_attrs_define
class BrowserSettings:
    timezone_id: None | str | Unset = UNSET
    """ IANA timezone the browser reports to pages, for example `America/New_York`. Applied when a browser is
    created and takes precedence over any timezone implied by the proxy location. Offsets such as `+03:00` are
    rejected. Omit or set to null to keep the default behavior. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timezone_id: None | str | Unset
        if isinstance(self.timezone_id, Unset):
            timezone_id = UNSET
        else:
            timezone_id = self.timezone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timezone_id is not UNSET:
            field_dict["timezone_id"] = timezone_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_timezone_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone_id = _parse_timezone_id(d.pop("timezone_id", UNSET))

        browser_settings = cls(
            timezone_id=timezone_id,
        )

        browser_settings.additional_properties = d
        return browser_settings

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
