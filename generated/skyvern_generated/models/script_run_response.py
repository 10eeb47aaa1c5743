from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScriptRunResponse")


@_attrs_define
class ScriptRunResponse:
    ai_fallback_triggered: bool | Unset = False
    script_id: None | str | Unset = UNSET
    script_revision_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_fallback_triggered = self.ai_fallback_triggered

        script_id: None | str | Unset
        if isinstance(self.script_id, Unset):
            script_id = UNSET
        else:
            script_id = self.script_id

        script_revision_id: None | str | Unset
        if isinstance(self.script_revision_id, Unset):
            script_revision_id = UNSET
        else:
            script_revision_id = self.script_revision_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_fallback_triggered is not UNSET:
            field_dict["ai_fallback_triggered"] = ai_fallback_triggered
        if script_id is not UNSET:
            field_dict["script_id"] = script_id
        if script_revision_id is not UNSET:
            field_dict["script_revision_id"] = script_revision_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ai_fallback_triggered = d.pop("ai_fallback_triggered", UNSET)

        def _parse_script_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        script_id = _parse_script_id(d.pop("script_id", UNSET))

        def _parse_script_revision_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        script_revision_id = _parse_script_revision_id(
            d.pop("script_revision_id", UNSET)
        )

        script_run_response = cls(
            ai_fallback_triggered=ai_fallback_triggered,
            script_id=script_id,
            script_revision_id=script_revision_id,
        )

        script_run_response.additional_properties = d
        return script_run_response

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
