from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class EmailInboxBlockYAML(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "block_type",
        "continue_on_failure",
        "credential_id",
        "download_attachments",
        "email_client",
        "folder",
        "ignore_workflow_system_prompt",
        "include_body",
        "label",
        "max_results",
        "model",
        "newer_than_days",
        "next_block_label",
        "next_loop_on_failure",
        "parameter_keys",
        "prompt",
        "sender",
        "subject",
    )
    _fields = (
        "block_type",
        "label",
        "next_block_label",
        "continue_on_failure",
        "model",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "email_client",
        "credential_id",
        "folder",
        "prompt",
        "sender",
        "subject",
        "newer_than_days",
        "max_results",
        "include_body",
        "download_attachments",
        "parameter_keys",
    )

    block_type: Literal["email_inbox"] | None
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    next_block_label: str | None
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | None
    model: JsonObject | None
    ignore_workflow_system_prompt: bool | None
    next_loop_on_failure: bool | None
    email_client: EmailInboxBlockYAMLEmailClient
    credential_id: str | None
    folder: str | None
    prompt: str | None
    sender: str | None
    subject: str | None
    newer_than_days: int | None
    max_results: int | None
    include_body: bool | None
    download_attachments: bool | None
    """ Download non-inline attachments from matched emails for downstream blocks. """
    parameter_keys: list[str] | None

    def __init__(
        self,
        *,
        block_type: Literal["email_inbox"] | None = None,
        label: str,
        next_block_label: str | None = None,
        continue_on_failure: bool | None = None,
        model: JsonObject | None = None,
        ignore_workflow_system_prompt: bool | None = None,
        next_loop_on_failure: bool | None = None,
        email_client: EmailInboxBlockYAMLEmailClient,
        credential_id: str | None = None,
        folder: str | None = None,
        prompt: str | None = None,
        sender: str | None = None,
        subject: str | None = None,
        newer_than_days: int | None = None,
        max_results: int | None = None,
        include_body: bool | None = None,
        download_attachments: bool | None = None,
        parameter_keys: list[str] | None = None,
    ) -> None:
        self.block_type = block_type
        self.label = label
        self.next_block_label = next_block_label
        self.continue_on_failure = continue_on_failure
        self.model = model
        self.ignore_workflow_system_prompt = ignore_workflow_system_prompt
        self.next_loop_on_failure = next_loop_on_failure
        self.email_client = email_client
        self.credential_id = credential_id
        self.folder = folder
        self.prompt = prompt
        self.sender = sender
        self.subject = subject
        self.newer_than_days = newer_than_days
        self.max_results = max_results
        self.include_body = include_body
        self.download_attachments = download_attachments
        self.parameter_keys = parameter_keys
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `EmailInboxBlockYAML` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("block_type")
        if value is not None:
            if value != "email_inbox":
                raise _t.invalid(value, "email_inbox", "block_type")
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
        value = get("email_client", _MISSING)
        try:
            value = _members_EmailInboxBlockYAMLEmailClient[value]
        except (KeyError, TypeError):
            value = _t.as_enum(EmailInboxBlockYAMLEmailClient, value, "email_client")
        obj.email_client = value
        value = get("credential_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "credential_id")
        obj.credential_id = value
        value = get("folder")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "folder")
        obj.folder = value
        value = get("prompt")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "prompt")
        obj.prompt = value
        value = get("sender")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "sender")
        obj.sender = value
        value = get("subject")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "subject")
        obj.subject = value
        value = get("newer_than_days")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "newer_than_days")
        obj.newer_than_days = value
        value = get("max_results")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_results")
        obj.max_results = value
        value = get("include_body")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "include_body")
        obj.include_body = value
        value = get("download_attachments")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "download_attachments")
        obj.download_attachments = value
        value = get("parameter_keys")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "parameter_keys")
            _t.check_items(value, str, "parameter_keys")
        obj.parameter_keys = value
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
        data["email_client"] = _t.wire(self.email_client)
        value = self.credential_id
        if value is not None:
            data["credential_id"] = value
        value = self.folder
        if value is not None:
            data["folder"] = value
        value = self.prompt
        if value is not None:
            data["prompt"] = value
        value = self.sender
        if value is not None:
            data["sender"] = value
        value = self.subject
        if value is not None:
            data["subject"] = value
        value = self.newer_than_days
        if value is not None:
            data["newer_than_days"] = value
        value = self.max_results
        if value is not None:
            data["max_results"] = value
        value = self.include_body
        if value is not None:
            data["include_body"] = value
        value = self.download_attachments
        if value is not None:
            data["download_attachments"] = value
        value = self.parameter_keys
        if value is not None:
            data["parameter_keys"] = value
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
        "email_client",
        "credential_id",
        "folder",
        "prompt",
        "sender",
        "subject",
        "newer_than_days",
        "max_results",
        "include_body",
        "download_attachments",
        "parameter_keys",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .email_inbox_block_yaml_email_client import EmailInboxBlockYAMLEmailClient
from .json_object import JsonObject

_members_EmailInboxBlockYAMLEmailClient: dict[Any, Any] = (
    EmailInboxBlockYAMLEmailClient._value2member_map_
)


__all__ = ["EmailInboxBlockYAML"]
