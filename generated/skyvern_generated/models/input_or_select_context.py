from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InputOrSelectContext")


@_attrs_define
class InputOrSelectContext:
    intention: None | str | Unset = UNSET
    field: None | str | Unset = UNSET
    is_required: bool | None | Unset = UNSET
    is_search_bar: bool | None | Unset = UNSET
    is_location_input: bool | None | Unset = UNSET
    is_date_related: bool | None | Unset = UNSET
    date_format: None | str | Unset = UNSET
    is_text_captcha: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intention: None | str | Unset
        if isinstance(self.intention, Unset):
            intention = UNSET
        else:
            intention = self.intention

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        is_required: bool | None | Unset
        if isinstance(self.is_required, Unset):
            is_required = UNSET
        else:
            is_required = self.is_required

        is_search_bar: bool | None | Unset
        if isinstance(self.is_search_bar, Unset):
            is_search_bar = UNSET
        else:
            is_search_bar = self.is_search_bar

        is_location_input: bool | None | Unset
        if isinstance(self.is_location_input, Unset):
            is_location_input = UNSET
        else:
            is_location_input = self.is_location_input

        is_date_related: bool | None | Unset
        if isinstance(self.is_date_related, Unset):
            is_date_related = UNSET
        else:
            is_date_related = self.is_date_related

        date_format: None | str | Unset
        if isinstance(self.date_format, Unset):
            date_format = UNSET
        else:
            date_format = self.date_format

        is_text_captcha: bool | None | Unset
        if isinstance(self.is_text_captcha, Unset):
            is_text_captcha = UNSET
        else:
            is_text_captcha = self.is_text_captcha

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if intention is not UNSET:
            field_dict["intention"] = intention
        if field is not UNSET:
            field_dict["field"] = field
        if is_required is not UNSET:
            field_dict["is_required"] = is_required
        if is_search_bar is not UNSET:
            field_dict["is_search_bar"] = is_search_bar
        if is_location_input is not UNSET:
            field_dict["is_location_input"] = is_location_input
        if is_date_related is not UNSET:
            field_dict["is_date_related"] = is_date_related
        if date_format is not UNSET:
            field_dict["date_format"] = date_format
        if is_text_captcha is not UNSET:
            field_dict["is_text_captcha"] = is_text_captcha

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_intention(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        intention = _parse_intention(d.pop("intention", UNSET))

        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        def _parse_is_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_required = _parse_is_required(d.pop("is_required", UNSET))

        def _parse_is_search_bar(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_search_bar = _parse_is_search_bar(d.pop("is_search_bar", UNSET))

        def _parse_is_location_input(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_location_input = _parse_is_location_input(d.pop("is_location_input", UNSET))

        def _parse_is_date_related(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_date_related = _parse_is_date_related(d.pop("is_date_related", UNSET))

        def _parse_date_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_format = _parse_date_format(d.pop("date_format", UNSET))

        def _parse_is_text_captcha(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_text_captcha = _parse_is_text_captcha(d.pop("is_text_captcha", UNSET))

        input_or_select_context = cls(
            intention=intention,
            field=field,
            is_required=is_required,
            is_search_bar=is_search_bar,
            is_location_input=is_location_input,
            is_date_related=is_date_related,
            date_format=date_format,
            is_text_captcha=is_text_captcha,
        )

        input_or_select_context.additional_properties = d
        return input_or_select_context

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
