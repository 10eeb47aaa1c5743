from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class SendEmailBlock(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "bcc",
        "block_type",
        "body",
        "body_format",
        "cc",
        "continue_on_failure",
        "credential_id",
        "custom_smtp_host",
        "custom_smtp_password",
        "custom_smtp_port",
        "custom_smtp_username",
        "disable_cache",
        "file_attachments",
        "ignore_workflow_system_prompt",
        "label",
        "model",
        "next_block_label",
        "next_loop_on_failure",
        "output_parameter",
        "recipients",
        "sender",
        "smtp_host",
        "smtp_password",
        "smtp_port",
        "smtp_username",
        "subject",
        "transport",
    )
    _fields = (
        "label",
        "next_block_label",
        "block_type",
        "output_parameter",
        "continue_on_failure",
        "model",
        "disable_cache",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "smtp_host",
        "smtp_port",
        "smtp_username",
        "smtp_password",
        "sender",
        "recipients",
        "subject",
        "body",
        "body_format",
        "file_attachments",
        "custom_smtp_host",
        "custom_smtp_port",
        "custom_smtp_username",
        "custom_smtp_password",
        "transport",
        "credential_id",
        "cc",
        "bcc",
    )
    _secrets = frozenset(
        {
            "smtp_password",
            "custom_smtp_password",
        }
    )

    label: str
    """ Author-facing identifier for a block; unique within a workflow. """
    next_block_label: str | None
    """ Optional pointer to the next block label when constructing a DAG. Defaults to sequential order when omitted. """
    block_type: Literal["send_email"] | None
    output_parameter: OutputParameter
    continue_on_failure: bool | None
    model: JsonObject | None
    disable_cache: bool | None
    ignore_workflow_system_prompt: bool | None
    next_loop_on_failure: bool | None
    smtp_host: AWSSecretParameter
    smtp_port: AWSSecretParameter
    smtp_username: AWSSecretParameter
    smtp_password: AWSSecretParameter
    sender: str
    recipients: list[str]
    subject: str
    body: str
    body_format: EmailBodyFormat | None
    file_attachments: list[str] | None
    custom_smtp_host: str | None
    custom_smtp_port: int | None
    custom_smtp_username: str | None
    custom_smtp_password: str | None
    transport: EmailTransport | None
    credential_id: str | None
    cc: list[str] | None
    bcc: list[str] | None

    def __init__(
        self,
        *,
        label: str,
        next_block_label: str | None = None,
        block_type: Literal["send_email"] | None = None,
        output_parameter: OutputParameter,
        continue_on_failure: bool | None = None,
        model: JsonObject | None = None,
        disable_cache: bool | None = None,
        ignore_workflow_system_prompt: bool | None = None,
        next_loop_on_failure: bool | None = None,
        smtp_host: AWSSecretParameter,
        smtp_port: AWSSecretParameter,
        smtp_username: AWSSecretParameter,
        smtp_password: AWSSecretParameter,
        sender: str,
        recipients: list[str],
        subject: str,
        body: str,
        body_format: EmailBodyFormat | None = None,
        file_attachments: list[str] | None = None,
        custom_smtp_host: str | None = None,
        custom_smtp_port: int | None = None,
        custom_smtp_username: str | None = None,
        custom_smtp_password: str | None = None,
        transport: EmailTransport | None = None,
        credential_id: str | None = None,
        cc: list[str] | None = None,
        bcc: list[str] | None = None,
    ) -> None:
        self.label = label
        self.next_block_label = next_block_label
        self.block_type = block_type
        self.output_parameter = output_parameter
        self.continue_on_failure = continue_on_failure
        self.model = model
        self.disable_cache = disable_cache
        self.ignore_workflow_system_prompt = ignore_workflow_system_prompt
        self.next_loop_on_failure = next_loop_on_failure
        self.smtp_host = smtp_host
        self.smtp_port = smtp_port
        self.smtp_username = smtp_username
        self.smtp_password = smtp_password
        self.sender = sender
        self.recipients = recipients
        self.subject = subject
        self.body = body
        self.body_format = body_format
        self.file_attachments = file_attachments
        self.custom_smtp_host = custom_smtp_host
        self.custom_smtp_port = custom_smtp_port
        self.custom_smtp_username = custom_smtp_username
        self.custom_smtp_password = custom_smtp_password
        self.transport = transport
        self.credential_id = credential_id
        self.cc = cc
        self.bcc = bcc
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `SendEmailBlock` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("label", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "label")
        obj.label = value
        value = get("next_block_label")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "next_block_label")
        obj.next_block_label = value
        value = get("block_type")
        if value is not None:
            if value != "send_email":
                raise _t.invalid(value, "send_email", "block_type")
        obj.block_type = value
        value = get("output_parameter", _MISSING)
        try:
            value = OutputParameter.from_dict(value)
        except _ShapeError as error:
            raise error.within("output_parameter") from None
        obj.output_parameter = value
        value = get("continue_on_failure")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "continue_on_failure")
        obj.continue_on_failure = value
        value = get("model")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "model")
        obj.model = value
        value = get("disable_cache")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "disable_cache")
        obj.disable_cache = value
        value = get("ignore_workflow_system_prompt")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "ignore_workflow_system_prompt")
        obj.ignore_workflow_system_prompt = value
        value = get("next_loop_on_failure")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "next_loop_on_failure")
        obj.next_loop_on_failure = value
        value = get("smtp_host", _MISSING)
        try:
            value = AWSSecretParameter.from_dict(value)
        except _ShapeError as error:
            raise error.within("smtp_host") from None
        obj.smtp_host = value
        value = get("smtp_port", _MISSING)
        try:
            value = AWSSecretParameter.from_dict(value)
        except _ShapeError as error:
            raise error.within("smtp_port") from None
        obj.smtp_port = value
        value = get("smtp_username", _MISSING)
        try:
            value = AWSSecretParameter.from_dict(value)
        except _ShapeError as error:
            raise error.within("smtp_username") from None
        obj.smtp_username = value
        value = get("smtp_password", _MISSING)
        try:
            value = AWSSecretParameter.from_dict(value)
        except _ShapeError as error:
            raise error.within("smtp_password") from None
        obj.smtp_password = value
        value = get("sender", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "sender")
        obj.sender = value
        value = get("recipients", _MISSING)
        if value.__class__ is not list:
            value = _t.as_list(value, "recipients")
        _t.check_items(value, str, "recipients")
        obj.recipients = value
        value = get("subject", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "subject")
        obj.subject = value
        value = get("body", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "body")
        obj.body = value
        value = get("body_format")
        if value is not None:
            try:
                value = _members_EmailBodyFormat[value]
            except (KeyError, TypeError):
                value = _t.as_enum(EmailBodyFormat, value, "body_format")
        obj.body_format = value
        value = get("file_attachments")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "file_attachments")
            _t.check_items(value, str, "file_attachments")
        obj.file_attachments = value
        value = get("custom_smtp_host")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "custom_smtp_host")
        obj.custom_smtp_host = value
        value = get("custom_smtp_port")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "custom_smtp_port")
        obj.custom_smtp_port = value
        value = get("custom_smtp_username")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "custom_smtp_username")
        obj.custom_smtp_username = value
        value = get("custom_smtp_password")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "custom_smtp_password")
        obj.custom_smtp_password = value
        value = get("transport")
        if value is not None:
            try:
                value = _members_EmailTransport[value]
            except (KeyError, TypeError):
                value = _t.as_enum(EmailTransport, value, "transport")
        obj.transport = value
        value = get("credential_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "credential_id")
        obj.credential_id = value
        value = get("cc")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "cc")
            _t.check_items(value, str, "cc")
        obj.cc = value
        value = get("bcc")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "bcc")
            _t.check_items(value, str, "bcc")
        obj.bcc = value
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
        data["label"] = self.label
        value = self.next_block_label
        if value is not None:
            data["next_block_label"] = value
        value = self.block_type
        if value is not None:
            data["block_type"] = value
        data["output_parameter"] = self.output_parameter.to_dict()
        value = self.continue_on_failure
        if value is not None:
            data["continue_on_failure"] = value
        value = self.model
        if value is not None:
            data["model"] = value
        value = self.disable_cache
        if value is not None:
            data["disable_cache"] = value
        value = self.ignore_workflow_system_prompt
        if value is not None:
            data["ignore_workflow_system_prompt"] = value
        value = self.next_loop_on_failure
        if value is not None:
            data["next_loop_on_failure"] = value
        data["smtp_host"] = self.smtp_host.to_dict()
        data["smtp_port"] = self.smtp_port.to_dict()
        data["smtp_username"] = self.smtp_username.to_dict()
        data["smtp_password"] = self.smtp_password.to_dict()
        data["sender"] = self.sender
        data["recipients"] = self.recipients
        data["subject"] = self.subject
        data["body"] = self.body
        value = self.body_format
        if value is not None:
            data["body_format"] = _t.wire(value)
        value = self.file_attachments
        if value is not None:
            data["file_attachments"] = value
        value = self.custom_smtp_host
        if value is not None:
            data["custom_smtp_host"] = value
        value = self.custom_smtp_port
        if value is not None:
            data["custom_smtp_port"] = value
        value = self.custom_smtp_username
        if value is not None:
            data["custom_smtp_username"] = value
        value = self.custom_smtp_password
        if value is not None:
            data["custom_smtp_password"] = value
        value = self.transport
        if value is not None:
            data["transport"] = _t.wire(value)
        value = self.credential_id
        if value is not None:
            data["credential_id"] = value
        value = self.cc
        if value is not None:
            data["cc"] = value
        value = self.bcc
        if value is not None:
            data["bcc"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "label",
        "next_block_label",
        "block_type",
        "output_parameter",
        "continue_on_failure",
        "model",
        "disable_cache",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "smtp_host",
        "smtp_port",
        "smtp_username",
        "smtp_password",
        "sender",
        "recipients",
        "subject",
        "body",
        "body_format",
        "file_attachments",
        "custom_smtp_host",
        "custom_smtp_port",
        "custom_smtp_username",
        "custom_smtp_password",
        "transport",
        "credential_id",
        "cc",
        "bcc",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .aws_secret_parameter import AWSSecretParameter
from .email_body_format import EmailBodyFormat
from .email_transport import EmailTransport
from .json_object import JsonObject
from .output_parameter import OutputParameter

_members_EmailBodyFormat: dict[Any, Any] = EmailBodyFormat._value2member_map_
_members_EmailTransport: dict[Any, Any] = EmailTransport._value2member_map_


__all__ = ["SendEmailBlock"]
