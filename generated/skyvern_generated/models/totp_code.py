from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.otp_type import OTPType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TOTPCode")


@_attrs_define
class TOTPCode:
    totp_identifier: str
    """ The identifier of the TOTP code. It can be the email address, phone number, or the identifier of the user.
    """
    content: str
    """ The content of the TOTP code. It can be the email content that contains the TOTP code, or the sms message
    that contains the TOTP code. Skyvern will automatically extract the TOTP code from the content. """
    totp_code_id: str
    """ The skyvern ID of the TOTP code. """
    code: str
    """ The TOTP code extracted from the content. """
    organization_id: str
    """ The ID of the organization that the TOTP code is for. """
    created_at: datetime.datetime
    """ The timestamp when the TOTP code was created. """
    modified_at: datetime.datetime
    """ The timestamp when the TOTP code was modified. """
    task_id: None | str | Unset = UNSET
    """ The task_id the totp code is for. It can be the task_id of the task that the TOTP code is for. """
    workflow_id: None | str | Unset = UNSET
    """ The workflow ID the TOTP code is for. It can be the workflow ID of the workflow that the TOTP code is for.
    """
    workflow_run_id: None | str | Unset = UNSET
    """ The workflow run id that the TOTP code is for. It can be the workflow run id of the workflow run that the
    TOTP code is for. """
    source: None | str | Unset = UNSET
    """ An optional field. The source of the TOTP code. e.g. email, sms, etc. """
    expired_at: datetime.datetime | None | Unset = UNSET
    """ The timestamp when the TOTP code expires """
    type_: None | OTPType | Unset = UNSET
    """ Deprecated compatibility field. Skyvern auto-detects the OTP type from content, so this value does not
    constrain extraction. """
    otp_type: None | OTPType | Unset = UNSET
    """ The type of the OTP code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        totp_identifier = self.totp_identifier

        content = self.content

        totp_code_id = self.totp_code_id

        code = self.code

        organization_id = self.organization_id

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        else:
            workflow_run_id = self.workflow_run_id

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        elif isinstance(self.expired_at, datetime.datetime):
            expired_at = self.expired_at.isoformat()
        else:
            expired_at = self.expired_at

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, OTPType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        otp_type: None | str | Unset
        if isinstance(self.otp_type, Unset):
            otp_type = UNSET
        elif isinstance(self.otp_type, OTPType):
            otp_type = self.otp_type.value
        else:
            otp_type = self.otp_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totp_identifier": totp_identifier,
                "content": content,
                "totp_code_id": totp_code_id,
                "code": code,
                "organization_id": organization_id,
                "created_at": created_at,
                "modified_at": modified_at,
            }
        )
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if source is not UNSET:
            field_dict["source"] = source
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if type_ is not UNSET:
            field_dict["type"] = type_
        if otp_type is not UNSET:
            field_dict["otp_type"] = otp_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        totp_identifier = d.pop("totp_identifier")

        content = d.pop("content")

        totp_code_id = d.pop("totp_code_id")

        code = d.pop("code")

        organization_id = d.pop("organization_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        def _parse_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        def _parse_workflow_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_run_id = _parse_workflow_run_id(d.pop("workflow_run_id", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_expired_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expired_at_type_0 = datetime.datetime.fromisoformat(data)

                return expired_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expired_at = _parse_expired_at(d.pop("expired_at", UNSET))

        def _parse_type_(data: object) -> None | OTPType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = OTPType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OTPType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_otp_type(data: object) -> None | OTPType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                otp_type_type_0 = OTPType(data)

                return otp_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OTPType | Unset, data)

        otp_type = _parse_otp_type(d.pop("otp_type", UNSET))

        totp_code = cls(
            totp_identifier=totp_identifier,
            content=content,
            totp_code_id=totp_code_id,
            code=code,
            organization_id=organization_id,
            created_at=created_at,
            modified_at=modified_at,
            task_id=task_id,
            workflow_id=workflow_id,
            workflow_run_id=workflow_run_id,
            source=source,
            expired_at=expired_at,
            type_=type_,
            otp_type=otp_type,
        )

        totp_code.additional_properties = d
        return totp_code

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
