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
from ..types import UNSET, Unset

T = TypeVar("T", bound="HumanInteractionBlockYAML")


@_attrs_define
class HumanInteractionBlockYAML:
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    recipients: list[str]
    block_type: Literal["human_interaction"] | Unset = "human_interaction"
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    instructions: str | Unset = (
        "Please review and approve or reject to continue the workflow."
    )
    positive_descriptor: str | Unset = "Approve"
    negative_descriptor: str | Unset = "Reject"
    timeout_seconds: int | Unset = 7200
    sender: str | Unset = "hello@skyvern.com"
    subject: str | Unset = "Human interaction required for workflow run"
    body: str | Unset = "Your interaction is required for a workflow run!"
    body_format: EmailBodyFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        recipients = self.recipients

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

        instructions = self.instructions

        positive_descriptor = self.positive_descriptor

        negative_descriptor = self.negative_descriptor

        timeout_seconds = self.timeout_seconds

        sender = self.sender

        subject = self.subject

        body = self.body

        body_format: str | Unset = UNSET
        if not isinstance(self.body_format, Unset):
            body_format = self.body_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "recipients": recipients,
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
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if positive_descriptor is not UNSET:
            field_dict["positive_descriptor"] = positive_descriptor
        if negative_descriptor is not UNSET:
            field_dict["negative_descriptor"] = negative_descriptor
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if sender is not UNSET:
            field_dict["sender"] = sender
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if body_format is not UNSET:
            field_dict["body_format"] = body_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        recipients = cast(list[str], d.pop("recipients"))

        block_type = cast(
            Literal["human_interaction"] | Unset, d.pop("block_type", UNSET)
        )
        if block_type != "human_interaction" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'human_interaction', got '{block_type}'"
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

        instructions = d.pop("instructions", UNSET)

        positive_descriptor = d.pop("positive_descriptor", UNSET)

        negative_descriptor = d.pop("negative_descriptor", UNSET)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        sender = d.pop("sender", UNSET)

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        _body_format = d.pop("body_format", UNSET)
        body_format: EmailBodyFormat | Unset
        if isinstance(_body_format, Unset):
            body_format = UNSET
        else:
            body_format = EmailBodyFormat(_body_format)

        human_interaction_block_yaml = cls(
            label=label,
            recipients=recipients,
            block_type=block_type,
            next_block_label=next_block_label,
            continue_on_failure=continue_on_failure,
            model=model,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            instructions=instructions,
            positive_descriptor=positive_descriptor,
            negative_descriptor=negative_descriptor,
            timeout_seconds=timeout_seconds,
            sender=sender,
            subject=subject,
            body=body,
            body_format=body_format,
        )

        human_interaction_block_yaml.additional_properties = d
        return human_interaction_block_yaml

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
