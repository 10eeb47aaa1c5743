from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class TOTPCodeCreate(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "content",
        "expired_at",
        "source",
        "task_id",
        "totp_identifier",
        "type",
        "workflow_id",
        "workflow_run_id",
    )
    _fields = (
        "totp_identifier",
        "task_id",
        "workflow_id",
        "workflow_run_id",
        "source",
        "content",
        "expired_at",
        "type",
    )
    _secrets = frozenset(
        {
            "content",
        }
    )

    totp_identifier: str
    """ The identifier of the TOTP code. It can be the email address, phone number, or the identifier of the user. """
    task_id: str | None
    """ The task_id the totp code is for. It can be the task_id of the task that the TOTP code is for. """
    workflow_id: str | None
    """ The workflow ID the TOTP code is for. It can be the workflow ID of the workflow that the TOTP code is for. """
    workflow_run_id: str | None
    """ The workflow run id that the TOTP code is for. It can be the workflow run id of the workflow run that the
    TOTP code is for. """
    source: str | None
    """ An optional field. The source of the TOTP code. e.g. email, sms, etc. """
    content: str
    """ The content of the TOTP code. It can be the email content that contains the TOTP code, or the sms message
    that contains the TOTP code. Skyvern will automatically extract the TOTP code from the content. """
    expired_at: datetime.datetime | None
    """ The timestamp when the TOTP code expires """
    type: OTPType | None
    """ Deprecated compatibility field. Skyvern auto-detects the OTP type from content, so this value does not
    constrain extraction. """

    def __init__(
        self,
        *,
        totp_identifier: str,
        task_id: str | None = None,
        workflow_id: str | None = None,
        workflow_run_id: str | None = None,
        source: str | None = None,
        content: str,
        expired_at: datetime.datetime | None = None,
        type: OTPType | None = None,
    ) -> None:
        self.totp_identifier = totp_identifier
        self.task_id = task_id
        self.workflow_id = workflow_id
        self.workflow_run_id = workflow_run_id
        self.source = source
        self.content = content
        self.expired_at = expired_at
        self.type = type
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `TOTPCodeCreate` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("totp_identifier", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "totp_identifier")
        obj.totp_identifier = value
        value = get("task_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "task_id")
        obj.task_id = value
        value = get("workflow_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_id")
        obj.workflow_id = value
        value = get("workflow_run_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_run_id")
        obj.workflow_run_id = value
        value = get("source")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "source")
        obj.source = value
        value = get("content", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "content")
        obj.content = value
        value = get("expired_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "expired_at")
        obj.expired_at = value
        value = get("type")
        if value is not None:
            try:
                value = _members_OTPType[value]
            except (KeyError, TypeError):
                value = _t.as_enum(OTPType, value, "type")
        obj.type = value
        if data.keys() <= _KEYS:
            obj.additional_properties = {}
        else:
            obj.additional_properties = {
                key: value for key, value in data.items() if key not in _KEYS
            }
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON of this model. An optional field that is None is left out; unknown fields are kept."""
        data: dict[str, Any] = dict(self.additional_properties)
        value: Any
        data["totp_identifier"] = self.totp_identifier
        value = self.task_id
        if value is not None:
            data["task_id"] = value
        value = self.workflow_id
        if value is not None:
            data["workflow_id"] = value
        value = self.workflow_run_id
        if value is not None:
            data["workflow_run_id"] = value
        value = self.source
        if value is not None:
            data["source"] = value
        data["content"] = self.content
        value = self.expired_at
        if value is not None:
            data["expired_at"] = value.isoformat()
        value = self.type
        if value is not None:
            data["type"] = _t.wire(value)
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "totp_identifier",
        "task_id",
        "workflow_id",
        "workflow_run_id",
        "source",
        "content",
        "expired_at",
        "type",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .otp_type import OTPType

_members_OTPType: dict[Any, Any] = OTPType._value2member_map_


__all__ = ["TOTPCodeCreate"]
