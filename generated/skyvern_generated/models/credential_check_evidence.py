from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credential_check import CredentialCheck
from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialCheckEvidence")


@_attrs_define
class CredentialCheckEvidence:
    """Why a credential-rejection verdict was or was not confirmed. Reaches the caller on the run
    response and the webhook, so a customer can tell a confirmed rejection from an unconfirmed one
    before blocking the credential.

    """

    confirmed: bool
    """ True only when every credential confirmation check passed. The login-request status check is not available
    yet, so the organization-scoped confirmation flag must remain disabled until that check is implemented. """
    checks_passed: list[CredentialCheck] | Unset = UNSET
    checks_failed: list[CredentialCheck] | Unset = UNSET
    checks_skipped: list[CredentialCheck] | Unset = UNSET
    site_message: None | str | Unset = UNSET
    login_request_status: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirmed = self.confirmed

        checks_passed: list[str] | Unset = UNSET
        if not isinstance(self.checks_passed, Unset):
            checks_passed = []
            for checks_passed_item_data in self.checks_passed:
                checks_passed_item = checks_passed_item_data.value
                checks_passed.append(checks_passed_item)

        checks_failed: list[str] | Unset = UNSET
        if not isinstance(self.checks_failed, Unset):
            checks_failed = []
            for checks_failed_item_data in self.checks_failed:
                checks_failed_item = checks_failed_item_data.value
                checks_failed.append(checks_failed_item)

        checks_skipped: list[str] | Unset = UNSET
        if not isinstance(self.checks_skipped, Unset):
            checks_skipped = []
            for checks_skipped_item_data in self.checks_skipped:
                checks_skipped_item = checks_skipped_item_data.value
                checks_skipped.append(checks_skipped_item)

        site_message: None | str | Unset
        if isinstance(self.site_message, Unset):
            site_message = UNSET
        else:
            site_message = self.site_message

        login_request_status: int | None | Unset
        if isinstance(self.login_request_status, Unset):
            login_request_status = UNSET
        else:
            login_request_status = self.login_request_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "confirmed": confirmed,
            }
        )
        if checks_passed is not UNSET:
            field_dict["checks_passed"] = checks_passed
        if checks_failed is not UNSET:
            field_dict["checks_failed"] = checks_failed
        if checks_skipped is not UNSET:
            field_dict["checks_skipped"] = checks_skipped
        if site_message is not UNSET:
            field_dict["site_message"] = site_message
        if login_request_status is not UNSET:
            field_dict["login_request_status"] = login_request_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        confirmed = d.pop("confirmed")

        _checks_passed = d.pop("checks_passed", UNSET)
        checks_passed: list[CredentialCheck] | Unset = UNSET
        if _checks_passed is not UNSET:
            checks_passed = []
            for checks_passed_item_data in _checks_passed:
                checks_passed_item = CredentialCheck(checks_passed_item_data)

                checks_passed.append(checks_passed_item)

        _checks_failed = d.pop("checks_failed", UNSET)
        checks_failed: list[CredentialCheck] | Unset = UNSET
        if _checks_failed is not UNSET:
            checks_failed = []
            for checks_failed_item_data in _checks_failed:
                checks_failed_item = CredentialCheck(checks_failed_item_data)

                checks_failed.append(checks_failed_item)

        _checks_skipped = d.pop("checks_skipped", UNSET)
        checks_skipped: list[CredentialCheck] | Unset = UNSET
        if _checks_skipped is not UNSET:
            checks_skipped = []
            for checks_skipped_item_data in _checks_skipped:
                checks_skipped_item = CredentialCheck(checks_skipped_item_data)

                checks_skipped.append(checks_skipped_item)

        def _parse_site_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site_message = _parse_site_message(d.pop("site_message", UNSET))

        def _parse_login_request_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        login_request_status = _parse_login_request_status(
            d.pop("login_request_status", UNSET)
        )

        credential_check_evidence = cls(
            confirmed=confirmed,
            checks_passed=checks_passed,
            checks_failed=checks_failed,
            checks_skipped=checks_skipped,
            site_message=site_message,
            login_request_status=login_request_status,
        )

        credential_check_evidence.additional_properties = d
        return credential_check_evidence

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
