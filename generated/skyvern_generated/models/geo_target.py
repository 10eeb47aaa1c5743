from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeoTarget")


@_attrs_define
class GeoTarget:
    """Granular proxy geo-targeting request with country, optional subdivision, and optional city."""

    country: str
    """ ISO 3166-1 alpha-2 country code (e.g., 'US', 'GB', 'DE') """
    subdivision: None | str | Unset = UNSET
    """ ISO 3166-2 subdivision code without country prefix (e.g., 'CA' for California, 'NY' for New York) """
    city: None | str | Unset = UNSET
    """ City name in English from GeoNames (e.g., 'New York', 'Los Angeles', 'London') """
    is_isp: bool | Unset = False
    """ Whether this geo target is marked as an ISP proxy location. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        subdivision: None | str | Unset
        if isinstance(self.subdivision, Unset):
            subdivision = UNSET
        else:
            subdivision = self.subdivision

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        is_isp = self.is_isp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
            }
        )
        if subdivision is not UNSET:
            field_dict["subdivision"] = subdivision
        if city is not UNSET:
            field_dict["city"] = city
        if is_isp is not UNSET:
            field_dict["isISP"] = is_isp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        country = d.pop("country")

        def _parse_subdivision(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subdivision = _parse_subdivision(d.pop("subdivision", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        is_isp = d.pop("isISP", UNSET)

        geo_target = cls(
            country=country,
            subdivision=subdivision,
            city=city,
            is_isp=is_isp,
        )

        geo_target.additional_properties = d
        return geo_target

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
