from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClickContext")


@_attrs_define
class ClickContext:
    thought: None | str | Unset = UNSET
    single_option_click: bool | None | Unset = UNSET
    desired_state: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thought: None | str | Unset
        if isinstance(self.thought, Unset):
            thought = UNSET
        else:
            thought = self.thought

        single_option_click: bool | None | Unset
        if isinstance(self.single_option_click, Unset):
            single_option_click = UNSET
        else:
            single_option_click = self.single_option_click

        desired_state: bool | None | Unset
        if isinstance(self.desired_state, Unset):
            desired_state = UNSET
        else:
            desired_state = self.desired_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if thought is not UNSET:
            field_dict["thought"] = thought
        if single_option_click is not UNSET:
            field_dict["single_option_click"] = single_option_click
        if desired_state is not UNSET:
            field_dict["desired_state"] = desired_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_thought(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thought = _parse_thought(d.pop("thought", UNSET))

        def _parse_single_option_click(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        single_option_click = _parse_single_option_click(
            d.pop("single_option_click", UNSET)
        )

        def _parse_desired_state(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        desired_state = _parse_desired_state(d.pop("desired_state", UNSET))

        click_context = cls(
            thought=thought,
            single_option_click=single_option_click,
            desired_state=desired_state,
        )

        click_context.additional_properties = d
        return click_context

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
