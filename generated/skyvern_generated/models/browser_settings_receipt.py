from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.browser_settings_source import BrowserSettingsSource
from ..models.browser_settings_status import BrowserSettingsStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowserSettingsReceipt")


@_attrs_define
class BrowserSettingsReceipt:
    requested_timezone_id: str
    """ The timezone that was requested. """
    source: BrowserSettingsSource
    status: BrowserSettingsStatus
    actual_timezone_id: None | str | Unset = UNSET
    """ The timezone the browser reported when measured, or null when it could not be measured. """
    warning: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested_timezone_id = self.requested_timezone_id

        source = self.source.value

        status = self.status.value

        actual_timezone_id: None | str | Unset
        if isinstance(self.actual_timezone_id, Unset):
            actual_timezone_id = UNSET
        else:
            actual_timezone_id = self.actual_timezone_id

        warning: None | str | Unset
        if isinstance(self.warning, Unset):
            warning = UNSET
        else:
            warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requested_timezone_id": requested_timezone_id,
                "source": source,
                "status": status,
            }
        )
        if actual_timezone_id is not UNSET:
            field_dict["actual_timezone_id"] = actual_timezone_id
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        requested_timezone_id = d.pop("requested_timezone_id")

        source = BrowserSettingsSource(d.pop("source"))

        status = BrowserSettingsStatus(d.pop("status"))

        def _parse_actual_timezone_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actual_timezone_id = _parse_actual_timezone_id(
            d.pop("actual_timezone_id", UNSET)
        )

        def _parse_warning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warning = _parse_warning(d.pop("warning", UNSET))

        browser_settings_receipt = cls(
            requested_timezone_id=requested_timezone_id,
            source=source,
            status=status,
            actual_timezone_id=actual_timezone_id,
            warning=warning,
        )

        browser_settings_receipt.additional_properties = d
        return browser_settings_receipt

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
