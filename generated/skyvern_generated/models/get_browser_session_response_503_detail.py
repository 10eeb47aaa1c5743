from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_browser_session_response_503_detail_code import (
    GetBrowserSessionResponse503DetailCode,
)

T = TypeVar("T", bound="GetBrowserSessionResponse503Detail")


@_attrs_define
class GetBrowserSessionResponse503Detail:
    code: GetBrowserSessionResponse503DetailCode
    retryable: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        retryable = self.retryable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "retryable": retryable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = GetBrowserSessionResponse503DetailCode(d.pop("code"))

        retryable = d.pop("retryable")

        get_browser_session_response_503_detail = cls(
            code=code,
            retryable=retryable,
        )

        get_browser_session_response_503_detail.additional_properties = d
        return get_browser_session_response_503_detail

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
