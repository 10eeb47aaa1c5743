from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credential_check_evidence import CredentialCheckEvidence


T = TypeVar("T", bound="UserDefinedError")


@_attrs_define
class UserDefinedError:
    error_code: str
    reasoning: str
    confidence_float: float
    error_type: Literal["USER_DEFINED_ERROR"] | Unset = "USER_DEFINED_ERROR"
    credential_check: CredentialCheckEvidence | None | Unset = UNSET
    """ Confirmation evidence set by Skyvern; request input is ignored. This field remains unconfirmed until all
    required checks, including login-request status, are available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credential_check_evidence import CredentialCheckEvidence

        error_code = self.error_code

        reasoning = self.reasoning

        confidence_float = self.confidence_float

        error_type = self.error_type

        credential_check: dict[str, Any] | None | Unset
        if isinstance(self.credential_check, Unset):
            credential_check = UNSET
        elif isinstance(self.credential_check, CredentialCheckEvidence):
            credential_check = self.credential_check.to_dict()
        else:
            credential_check = self.credential_check

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code,
                "reasoning": reasoning,
                "confidence_float": confidence_float,
            }
        )
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if credential_check is not UNSET:
            field_dict["credential_check"] = credential_check

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_check_evidence import CredentialCheckEvidence

        d = dict(src_dict)
        error_code = d.pop("error_code")

        reasoning = d.pop("reasoning")

        confidence_float = d.pop("confidence_float")

        error_type = cast(
            Literal["USER_DEFINED_ERROR"] | Unset, d.pop("error_type", UNSET)
        )
        if error_type != "USER_DEFINED_ERROR" and not isinstance(error_type, Unset):
            raise ValueError(
                f"error_type must match const 'USER_DEFINED_ERROR', got '{error_type}'"
            )

        def _parse_credential_check(
            data: object,
        ) -> CredentialCheckEvidence | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credential_check_type_0 = CredentialCheckEvidence.from_dict(data)

                return credential_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CredentialCheckEvidence | None | Unset, data)

        credential_check = _parse_credential_check(d.pop("credential_check", UNSET))

        user_defined_error = cls(
            error_code=error_code,
            reasoning=reasoning,
            confidence_float=confidence_float,
            error_type=error_type,
            credential_check=credential_check,
        )

        user_defined_error.additional_properties = d
        return user_defined_error

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
