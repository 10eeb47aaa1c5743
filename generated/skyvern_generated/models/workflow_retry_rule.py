from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_retry_rule_status import WorkflowRetryRuleStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRetryRule")


@_attrs_define
class WorkflowRetryRule:
    status: WorkflowRetryRuleStatus
    """ Terminal status that triggers a retry rule; canceled is accepted for forward compatibility, but a canceled
    run never retries in the current runtime, including explicit API/UI cancels. """
    error_codes: list[str] | None | Unset = UNSET
    """ Optional error codes. The rule matches when any listed code is present. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        error_codes: list[str] | None | Unset
        if isinstance(self.error_codes, Unset):
            error_codes = UNSET
        elif isinstance(self.error_codes, list):
            error_codes = self.error_codes

        else:
            error_codes = self.error_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if error_codes is not UNSET:
            field_dict["error_codes"] = error_codes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = WorkflowRetryRuleStatus(d.pop("status"))

        def _parse_error_codes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                error_codes_type_0 = cast(list[str], data)

                return error_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        error_codes = _parse_error_codes(d.pop("error_codes", UNSET))

        workflow_retry_rule = cls(
            status=status,
            error_codes=error_codes,
        )

        workflow_retry_rule.additional_properties = d
        return workflow_retry_rule

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
