from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialParameterYAML")


@_attrs_define
class CredentialParameterYAML:
    key: str
    credential_id: str
    parameter_type: Literal["credential"] | Unset = "credential"
    description: None | str | Unset = UNSET
    credential_ids: list[str] | None | Unset = UNSET
    selection_strategy: None | str | Unset = UNSET
    fallback_credential_ids: list[str] | None | Unset = UNSET
    fallback_trigger: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        credential_id = self.credential_id

        parameter_type = self.parameter_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        credential_ids: list[str] | None | Unset
        if isinstance(self.credential_ids, Unset):
            credential_ids = UNSET
        elif isinstance(self.credential_ids, list):
            credential_ids = self.credential_ids

        else:
            credential_ids = self.credential_ids

        selection_strategy: None | str | Unset
        if isinstance(self.selection_strategy, Unset):
            selection_strategy = UNSET
        else:
            selection_strategy = self.selection_strategy

        fallback_credential_ids: list[str] | None | Unset
        if isinstance(self.fallback_credential_ids, Unset):
            fallback_credential_ids = UNSET
        elif isinstance(self.fallback_credential_ids, list):
            fallback_credential_ids = self.fallback_credential_ids

        else:
            fallback_credential_ids = self.fallback_credential_ids

        fallback_trigger: None | str | Unset
        if isinstance(self.fallback_trigger, Unset):
            fallback_trigger = UNSET
        else:
            fallback_trigger = self.fallback_trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "credential_id": credential_id,
            }
        )
        if parameter_type is not UNSET:
            field_dict["parameter_type"] = parameter_type
        if description is not UNSET:
            field_dict["description"] = description
        if credential_ids is not UNSET:
            field_dict["credential_ids"] = credential_ids
        if selection_strategy is not UNSET:
            field_dict["selection_strategy"] = selection_strategy
        if fallback_credential_ids is not UNSET:
            field_dict["fallback_credential_ids"] = fallback_credential_ids
        if fallback_trigger is not UNSET:
            field_dict["fallback_trigger"] = fallback_trigger

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        credential_id = d.pop("credential_id")

        parameter_type = cast(
            Literal["credential"] | Unset, d.pop("parameter_type", UNSET)
        )
        if parameter_type != "credential" and not isinstance(parameter_type, Unset):
            raise ValueError(
                f"parameter_type must match const 'credential', got '{parameter_type}'"
            )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_credential_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                credential_ids_type_0 = cast(list[str], data)

                return credential_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        credential_ids = _parse_credential_ids(d.pop("credential_ids", UNSET))

        def _parse_selection_strategy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selection_strategy = _parse_selection_strategy(
            d.pop("selection_strategy", UNSET)
        )

        def _parse_fallback_credential_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fallback_credential_ids_type_0 = cast(list[str], data)

                return fallback_credential_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        fallback_credential_ids = _parse_fallback_credential_ids(
            d.pop("fallback_credential_ids", UNSET)
        )

        def _parse_fallback_trigger(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_trigger = _parse_fallback_trigger(d.pop("fallback_trigger", UNSET))

        credential_parameter_yaml = cls(
            key=key,
            credential_id=credential_id,
            parameter_type=parameter_type,
            description=description,
            credential_ids=credential_ids,
            selection_strategy=selection_strategy,
            fallback_credential_ids=fallback_credential_ids,
            fallback_trigger=fallback_trigger,
        )

        credential_parameter_yaml.additional_properties = d
        return credential_parameter_yaml

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
