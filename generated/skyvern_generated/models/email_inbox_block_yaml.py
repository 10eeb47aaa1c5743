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

from ..models.email_inbox_block_yaml_email_client import EmailInboxBlockYAMLEmailClient
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailInboxBlockYAML")


@_attrs_define
class EmailInboxBlockYAML:
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    email_client: EmailInboxBlockYAMLEmailClient
    block_type: Literal["email_inbox"] | Unset = "email_inbox"
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    credential_id: None | str | Unset = UNSET
    folder: None | str | Unset = UNSET
    prompt: None | str | Unset = UNSET
    sender: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    newer_than_days: int | None | Unset = UNSET
    max_results: int | Unset = 25
    include_body: bool | Unset = True
    download_attachments: bool | Unset = False
    """ Download non-inline attachments from matched emails for downstream blocks. """
    parameter_keys: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        email_client = self.email_client.value

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

        credential_id: None | str | Unset
        if isinstance(self.credential_id, Unset):
            credential_id = UNSET
        else:
            credential_id = self.credential_id

        folder: None | str | Unset
        if isinstance(self.folder, Unset):
            folder = UNSET
        else:
            folder = self.folder

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        newer_than_days: int | None | Unset
        if isinstance(self.newer_than_days, Unset):
            newer_than_days = UNSET
        else:
            newer_than_days = self.newer_than_days

        max_results = self.max_results

        include_body = self.include_body

        download_attachments = self.download_attachments

        parameter_keys: list[str] | None | Unset
        if isinstance(self.parameter_keys, Unset):
            parameter_keys = UNSET
        elif isinstance(self.parameter_keys, list):
            parameter_keys = self.parameter_keys

        else:
            parameter_keys = self.parameter_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "email_client": email_client,
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
        if credential_id is not UNSET:
            field_dict["credential_id"] = credential_id
        if folder is not UNSET:
            field_dict["folder"] = folder
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if sender is not UNSET:
            field_dict["sender"] = sender
        if subject is not UNSET:
            field_dict["subject"] = subject
        if newer_than_days is not UNSET:
            field_dict["newer_than_days"] = newer_than_days
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if include_body is not UNSET:
            field_dict["include_body"] = include_body
        if download_attachments is not UNSET:
            field_dict["download_attachments"] = download_attachments
        if parameter_keys is not UNSET:
            field_dict["parameter_keys"] = parameter_keys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        email_client = EmailInboxBlockYAMLEmailClient(d.pop("email_client"))

        block_type = cast(Literal["email_inbox"] | Unset, d.pop("block_type", UNSET))
        if block_type != "email_inbox" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'email_inbox', got '{block_type}'"
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

        def _parse_credential_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credential_id = _parse_credential_id(d.pop("credential_id", UNSET))

        def _parse_folder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder = _parse_folder(d.pop("folder", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender = _parse_sender(d.pop("sender", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_newer_than_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        newer_than_days = _parse_newer_than_days(d.pop("newer_than_days", UNSET))

        max_results = d.pop("max_results", UNSET)

        include_body = d.pop("include_body", UNSET)

        download_attachments = d.pop("download_attachments", UNSET)

        def _parse_parameter_keys(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parameter_keys_type_0 = cast(list[str], data)

                return parameter_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        parameter_keys = _parse_parameter_keys(d.pop("parameter_keys", UNSET))

        email_inbox_block_yaml = cls(
            label=label,
            email_client=email_client,
            block_type=block_type,
            next_block_label=next_block_label,
            continue_on_failure=continue_on_failure,
            model=model,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            credential_id=credential_id,
            folder=folder,
            prompt=prompt,
            sender=sender,
            subject=subject,
            newer_than_days=newer_than_days,
            max_results=max_results,
            include_body=include_body,
            download_attachments=download_attachments,
            parameter_keys=parameter_keys,
        )

        email_inbox_block_yaml.additional_properties = d
        return email_inbox_block_yaml

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
