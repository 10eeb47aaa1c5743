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

from ..models.email_body_format import EmailBodyFormat
from ..models.email_transport import EmailTransport
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailBlockYAML")


@_attrs_define
class SendEmailBlockYAML:
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    recipients: list[str]
    subject: str
    body: str
    block_type: Literal["send_email"] | Unset = "send_email"
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    smtp_host_secret_parameter_key: None | str | Unset = UNSET
    smtp_port_secret_parameter_key: None | str | Unset = UNSET
    smtp_username_secret_parameter_key: None | str | Unset = UNSET
    smtp_password_secret_parameter_key: None | str | Unset = UNSET
    custom_smtp_host: None | str | Unset = UNSET
    custom_smtp_port: int | None | Unset = UNSET
    custom_smtp_username: None | str | Unset = UNSET
    custom_smtp_password: None | str | Unset = UNSET
    sender: str | Unset = ""
    """ From address. Required unless transport is 'gmail'. """
    body_format: EmailBodyFormat | Unset = UNSET
    file_attachments: list[str] | None | Unset = UNSET
    transport: EmailTransport | None | Unset = UNSET
    """ How the email is sent. Omit for SMTP. 'gmail' sends from the connected Google account named by
    credential_id; sender and the SMTP settings are then unused. """
    credential_id: None | str | Unset = UNSET
    """ ID of a connected Google account that has send permission. Used only with transport 'gmail'. """
    cc: list[str] | Unset = UNSET
    """ Cc recipients. Only with transport 'gmail'. """
    bcc: list[str] | Unset = UNSET
    """ Bcc recipients. Only with transport 'gmail'. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        recipients = self.recipients

        subject = self.subject

        body = self.body

        block_type = self.block_type

        next_block_label: None | str | Unset
        if isinstance(self.next_block_label, Unset):
            next_block_label = UNSET
        else:
            next_block_label = self.next_block_label

        continue_on_failure = self.continue_on_failure

        model: Any | None | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        ignore_workflow_system_prompt = self.ignore_workflow_system_prompt

        next_loop_on_failure = self.next_loop_on_failure

        smtp_host_secret_parameter_key: None | str | Unset
        if isinstance(self.smtp_host_secret_parameter_key, Unset):
            smtp_host_secret_parameter_key = UNSET
        else:
            smtp_host_secret_parameter_key = self.smtp_host_secret_parameter_key

        smtp_port_secret_parameter_key: None | str | Unset
        if isinstance(self.smtp_port_secret_parameter_key, Unset):
            smtp_port_secret_parameter_key = UNSET
        else:
            smtp_port_secret_parameter_key = self.smtp_port_secret_parameter_key

        smtp_username_secret_parameter_key: None | str | Unset
        if isinstance(self.smtp_username_secret_parameter_key, Unset):
            smtp_username_secret_parameter_key = UNSET
        else:
            smtp_username_secret_parameter_key = self.smtp_username_secret_parameter_key

        smtp_password_secret_parameter_key: None | str | Unset
        if isinstance(self.smtp_password_secret_parameter_key, Unset):
            smtp_password_secret_parameter_key = UNSET
        else:
            smtp_password_secret_parameter_key = self.smtp_password_secret_parameter_key

        custom_smtp_host: None | str | Unset
        if isinstance(self.custom_smtp_host, Unset):
            custom_smtp_host = UNSET
        else:
            custom_smtp_host = self.custom_smtp_host

        custom_smtp_port: int | None | Unset
        if isinstance(self.custom_smtp_port, Unset):
            custom_smtp_port = UNSET
        else:
            custom_smtp_port = self.custom_smtp_port

        custom_smtp_username: None | str | Unset
        if isinstance(self.custom_smtp_username, Unset):
            custom_smtp_username = UNSET
        else:
            custom_smtp_username = self.custom_smtp_username

        custom_smtp_password: None | str | Unset
        if isinstance(self.custom_smtp_password, Unset):
            custom_smtp_password = UNSET
        else:
            custom_smtp_password = self.custom_smtp_password

        sender = self.sender

        body_format: str | Unset = UNSET
        if not isinstance(self.body_format, Unset):
            body_format = self.body_format.value

        file_attachments: list[str] | None | Unset
        if isinstance(self.file_attachments, Unset):
            file_attachments = UNSET
        elif isinstance(self.file_attachments, list):
            file_attachments = self.file_attachments

        else:
            file_attachments = self.file_attachments

        transport: None | str | Unset
        if isinstance(self.transport, Unset):
            transport = UNSET
        elif isinstance(self.transport, EmailTransport):
            transport = self.transport.value
        else:
            transport = self.transport

        credential_id: None | str | Unset
        if isinstance(self.credential_id, Unset):
            credential_id = UNSET
        else:
            credential_id = self.credential_id

        cc: list[str] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = self.cc

        bcc: list[str] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = self.bcc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "recipients": recipients,
                "subject": subject,
                "body": body,
            }
        )
        if block_type is not UNSET:
            field_dict["block_type"] = block_type
        if next_block_label is not UNSET:
            field_dict["next_block_label"] = next_block_label
        if continue_on_failure is not UNSET:
            field_dict["continue_on_failure"] = continue_on_failure
        if model is not UNSET:
            field_dict["model"] = model
        if ignore_workflow_system_prompt is not UNSET:
            field_dict["ignore_workflow_system_prompt"] = ignore_workflow_system_prompt
        if next_loop_on_failure is not UNSET:
            field_dict["next_loop_on_failure"] = next_loop_on_failure
        if smtp_host_secret_parameter_key is not UNSET:
            field_dict["smtp_host_secret_parameter_key"] = (
                smtp_host_secret_parameter_key
            )
        if smtp_port_secret_parameter_key is not UNSET:
            field_dict["smtp_port_secret_parameter_key"] = (
                smtp_port_secret_parameter_key
            )
        if smtp_username_secret_parameter_key is not UNSET:
            field_dict["smtp_username_secret_parameter_key"] = (
                smtp_username_secret_parameter_key
            )
        if smtp_password_secret_parameter_key is not UNSET:
            field_dict["smtp_password_secret_parameter_key"] = (
                smtp_password_secret_parameter_key
            )
        if custom_smtp_host is not UNSET:
            field_dict["custom_smtp_host"] = custom_smtp_host
        if custom_smtp_port is not UNSET:
            field_dict["custom_smtp_port"] = custom_smtp_port
        if custom_smtp_username is not UNSET:
            field_dict["custom_smtp_username"] = custom_smtp_username
        if custom_smtp_password is not UNSET:
            field_dict["custom_smtp_password"] = custom_smtp_password
        if sender is not UNSET:
            field_dict["sender"] = sender
        if body_format is not UNSET:
            field_dict["body_format"] = body_format
        if file_attachments is not UNSET:
            field_dict["file_attachments"] = file_attachments
        if transport is not UNSET:
            field_dict["transport"] = transport
        if credential_id is not UNSET:
            field_dict["credential_id"] = credential_id
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        recipients = cast(list[str], d.pop("recipients"))

        subject = d.pop("subject")

        body = d.pop("body")

        block_type = cast(Literal["send_email"] | Unset, d.pop("block_type", UNSET))
        if block_type != "send_email" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'send_email', got '{block_type}'"
            )

        def _parse_next_block_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_block_label = _parse_next_block_label(d.pop("next_block_label", UNSET))

        continue_on_failure = d.pop("continue_on_failure", UNSET)

        def _parse_model(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        ignore_workflow_system_prompt = d.pop("ignore_workflow_system_prompt", UNSET)

        next_loop_on_failure = d.pop("next_loop_on_failure", UNSET)

        def _parse_smtp_host_secret_parameter_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        smtp_host_secret_parameter_key = _parse_smtp_host_secret_parameter_key(
            d.pop("smtp_host_secret_parameter_key", UNSET)
        )

        def _parse_smtp_port_secret_parameter_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        smtp_port_secret_parameter_key = _parse_smtp_port_secret_parameter_key(
            d.pop("smtp_port_secret_parameter_key", UNSET)
        )

        def _parse_smtp_username_secret_parameter_key(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        smtp_username_secret_parameter_key = _parse_smtp_username_secret_parameter_key(
            d.pop("smtp_username_secret_parameter_key", UNSET)
        )

        def _parse_smtp_password_secret_parameter_key(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        smtp_password_secret_parameter_key = _parse_smtp_password_secret_parameter_key(
            d.pop("smtp_password_secret_parameter_key", UNSET)
        )

        def _parse_custom_smtp_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_smtp_host = _parse_custom_smtp_host(d.pop("custom_smtp_host", UNSET))

        def _parse_custom_smtp_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        custom_smtp_port = _parse_custom_smtp_port(d.pop("custom_smtp_port", UNSET))

        def _parse_custom_smtp_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_smtp_username = _parse_custom_smtp_username(
            d.pop("custom_smtp_username", UNSET)
        )

        def _parse_custom_smtp_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_smtp_password = _parse_custom_smtp_password(
            d.pop("custom_smtp_password", UNSET)
        )

        sender = d.pop("sender", UNSET)

        _body_format = d.pop("body_format", UNSET)
        body_format: EmailBodyFormat | Unset
        if isinstance(_body_format, Unset):
            body_format = UNSET
        else:
            body_format = EmailBodyFormat(_body_format)

        def _parse_file_attachments(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                file_attachments_type_0 = cast(list[str], data)

                return file_attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        file_attachments = _parse_file_attachments(d.pop("file_attachments", UNSET))

        def _parse_transport(data: object) -> EmailTransport | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transport_type_0 = EmailTransport(data)

                return transport_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailTransport | None | Unset, data)

        transport = _parse_transport(d.pop("transport", UNSET))

        def _parse_credential_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credential_id = _parse_credential_id(d.pop("credential_id", UNSET))

        cc = cast(list[str], d.pop("cc", UNSET))

        bcc = cast(list[str], d.pop("bcc", UNSET))

        send_email_block_yaml = cls(
            label=label,
            recipients=recipients,
            subject=subject,
            body=body,
            block_type=block_type,
            next_block_label=next_block_label,
            continue_on_failure=continue_on_failure,
            model=model,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            smtp_host_secret_parameter_key=smtp_host_secret_parameter_key,
            smtp_port_secret_parameter_key=smtp_port_secret_parameter_key,
            smtp_username_secret_parameter_key=smtp_username_secret_parameter_key,
            smtp_password_secret_parameter_key=smtp_password_secret_parameter_key,
            custom_smtp_host=custom_smtp_host,
            custom_smtp_port=custom_smtp_port,
            custom_smtp_username=custom_smtp_username,
            custom_smtp_password=custom_smtp_password,
            sender=sender,
            body_format=body_format,
            file_attachments=file_attachments,
            transport=transport,
            credential_id=credential_id,
            cc=cc,
            bcc=bcc,
        )

        send_email_block_yaml.additional_properties = d
        return send_email_block_yaml

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
