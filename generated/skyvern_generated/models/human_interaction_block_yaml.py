from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class HumanInteractionBlockYAML(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "block_type",
        "body",
        "body_format",
        "continue_on_failure",
        "ignore_workflow_system_prompt",
        "instructions",
        "label",
        "model",
        "negative_descriptor",
        "next_block_label",
        "next_loop_on_failure",
        "positive_descriptor",
        "recipients",
        "sender",
        "subject",
        "timeout_seconds",
    )
    _fields = (
        "block_type",
        "label",
        "next_block_label",
        "continue_on_failure",
        "model",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "instructions",
        "positive_descriptor",
        "negative_descriptor",
        "timeout_seconds",
        "sender",
        "recipients",
        "subject",
        "body",
        "body_format",
    )

    block_type: Literal["human_interaction"] | None
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    next_block_label: str | None
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | None
    model: JsonObject | None
    ignore_workflow_system_prompt: bool | None
    next_loop_on_failure: bool | None
    instructions: str | None
    positive_descriptor: str | None
    negative_descriptor: str | None
    timeout_seconds: int | None
    sender: str | None
    recipients: list[str]
    subject: str | None
    body: str | None
    body_format: EmailBodyFormat | None

    def __init__(
        self,
        *,
        block_type: Literal["human_interaction"] | None = None,
        label: str,
        next_block_label: str | None = None,
        continue_on_failure: bool | None = None,
        model: JsonObject | None = None,
        ignore_workflow_system_prompt: bool | None = None,
        next_loop_on_failure: bool | None = None,
        instructions: str | None = None,
        positive_descriptor: str | None = None,
        negative_descriptor: str | None = None,
        timeout_seconds: int | None = None,
        sender: str | None = None,
        recipients: list[str],
        subject: str | None = None,
        body: str | None = None,
        body_format: EmailBodyFormat | None = None,
    ) -> None:
        self.block_type = block_type
        self.label = label
        self.next_block_label = next_block_label
        self.continue_on_failure = continue_on_failure
        self.model = model
        self.ignore_workflow_system_prompt = ignore_workflow_system_prompt
        self.next_loop_on_failure = next_loop_on_failure
        self.instructions = instructions
        self.positive_descriptor = positive_descriptor
        self.negative_descriptor = negative_descriptor
        self.timeout_seconds = timeout_seconds
        self.sender = sender
        self.recipients = recipients
        self.subject = subject
        self.body = body
        self.body_format = body_format
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `HumanInteractionBlockYAML` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("block_type")
        if value is not None:
            if value != "human_interaction":
                raise _t.invalid(value, "human_interaction", "block_type")
        obj.block_type = value
        value = get("label", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "label")
        obj.label = value
        value = get("next_block_label")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "next_block_label")
        obj.next_block_label = value
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
        value = get("instructions")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "instructions")
        obj.instructions = value
        value = get("positive_descriptor")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "positive_descriptor")
        obj.positive_descriptor = value
        value = get("negative_descriptor")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "negative_descriptor")
        obj.negative_descriptor = value
        value = get("timeout_seconds")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "timeout_seconds")
        obj.timeout_seconds = value
        value = get("sender")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "sender")
        obj.sender = value
        value = get("recipients", _MISSING)
        if value.__class__ is not list:
            value = _t.as_list(value, "recipients")
        _t.check_items(value, str, "recipients")
        obj.recipients = value
        value = get("subject")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "subject")
        obj.subject = value
        value = get("body")
        if value is not None:
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
        value = self.block_type
        if value is not None:
            data["block_type"] = value
        data["label"] = self.label
        value = self.next_block_label
        if value is not None:
            data["next_block_label"] = value
        value = self.continue_on_failure
        if value is not None:
            data["continue_on_failure"] = value
        value = self.model
        if value is not None:
            data["model"] = value
        value = self.ignore_workflow_system_prompt
        if value is not None:
            data["ignore_workflow_system_prompt"] = value
        value = self.next_loop_on_failure
        if value is not None:
            data["next_loop_on_failure"] = value
        value = self.instructions
        if value is not None:
            data["instructions"] = value
        value = self.positive_descriptor
        if value is not None:
            data["positive_descriptor"] = value
        value = self.negative_descriptor
        if value is not None:
            data["negative_descriptor"] = value
        value = self.timeout_seconds
        if value is not None:
            data["timeout_seconds"] = value
        value = self.sender
        if value is not None:
            data["sender"] = value
        data["recipients"] = self.recipients
        value = self.subject
        if value is not None:
            data["subject"] = value
        value = self.body
        if value is not None:
            data["body"] = value
        value = self.body_format
        if value is not None:
            data["body_format"] = _t.wire(value)
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "block_type",
        "label",
        "next_block_label",
        "continue_on_failure",
        "model",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "instructions",
        "positive_descriptor",
        "negative_descriptor",
        "timeout_seconds",
        "sender",
        "recipients",
        "subject",
        "body",
        "body_format",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .email_body_format import EmailBodyFormat
from .json_object import JsonObject

_members_EmailBodyFormat: dict[Any, Any] = EmailBodyFormat._value2member_map_


__all__ = ["HumanInteractionBlockYAML"]
