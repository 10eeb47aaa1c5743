from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class HumanInteractionBlock(Model):
    """A block for human/agent interaction.

    For the first pass at this, the implicit behaviour is that the user is given a single binary
    choice (a go//no-go).

    If the human:
      - chooses positively, the workflow continues
      - chooses negatively, the workflow is terminated
      - does not respond within the timeout period, the workflow terminates
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "block_type",
        "body",
        "body_format",
        "complete_criterion",
        "complete_criterion_is_untrusted",
        "complete_on_download",
        "complete_verification",
        "continue_on_failure",
        "data_extraction_goal",
        "data_schema",
        "disable_cache",
        "download_suffix",
        "download_timeout",
        "engine",
        "engine_pinned",
        "error_code_mapping",
        "ignore_workflow_system_prompt",
        "include_action_history_in_verification",
        "include_extracted_text",
        "instructions",
        "label",
        "max_retries",
        "max_steps_per_run",
        "model",
        "navigation_goal",
        "negative_descriptor",
        "next_block_label",
        "next_loop_on_failure",
        "output_parameter",
        "parameters",
        "positive_descriptor",
        "recipients",
        "sender",
        "subject",
        "task_type",
        "terminate_criterion",
        "timeout_seconds",
        "title",
        "totp_identifier",
        "totp_verification_url",
        "url",
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
        "task_type",
        "url",
        "title",
        "engine",
        "engine_pinned",
        "complete_criterion",
        "complete_criterion_is_untrusted",
        "terminate_criterion",
        "navigation_goal",
        "data_extraction_goal",
        "data_schema",
        "error_code_mapping",
        "max_retries",
        "max_steps_per_run",
        "parameters",
        "complete_on_download",
        "download_suffix",
        "totp_verification_url",
        "totp_identifier",
        "complete_verification",
        "include_action_history_in_verification",
        "download_timeout",
        "include_extracted_text",
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

    label: str
    """ Author-facing identifier for a block; unique within a workflow. """
    next_block_label: str | None
    """ Optional pointer to the next block label when constructing a DAG. Defaults to sequential order when omitted. """
    block_type: Literal["human_interaction"] | None
    output_parameter: OutputParameter
    continue_on_failure: bool | None
    model: JsonObject | None
    disable_cache: bool | None
    ignore_workflow_system_prompt: bool | None
    next_loop_on_failure: bool | None
    task_type: str | None
    url: str | None
    title: str | None
    engine: RunEngine | None
    engine_pinned: bool | None
    complete_criterion: str | None
    complete_criterion_is_untrusted: bool | None
    terminate_criterion: str | None
    navigation_goal: str | None
    data_extraction_goal: str | None
    data_schema: JsonObject | list[Any] | str | None
    error_code_mapping: StringMap | None
    max_retries: int | None
    max_steps_per_run: int | None
    parameters: (
        list[
            WorkflowParameter
            | ContextParameter
            | AWSSecretParameter
            | AzureSecretParameter
            | BitwardenLoginCredentialParameter
            | BitwardenSensitiveInformationParameter
            | BitwardenCreditCardDataParameter
            | OnePasswordCredentialParameter
            | AzureVaultCredentialParameter
            | OutputParameter
            | CredentialParameter
            | UnrecognizedParameter
        ]
        | None
    )
    complete_on_download: bool | None
    download_suffix: str | None
    totp_verification_url: str | None
    totp_identifier: str | None
    complete_verification: bool | None
    include_action_history_in_verification: bool | None
    download_timeout: float | None
    include_extracted_text: bool | None
    instructions: str | None
    positive_descriptor: str | None
    negative_descriptor: str | None
    timeout_seconds: int | None
    sender: str | None
    recipients: list[str] | None
    subject: str | None
    body: str | None
    body_format: EmailBodyFormat | None

    def __init__(
        self,
        *,
        label: str,
        next_block_label: str | None = None,
        block_type: Literal["human_interaction"] | None = None,
        output_parameter: OutputParameter,
        continue_on_failure: bool | None = None,
        model: JsonObject | None = None,
        disable_cache: bool | None = None,
        ignore_workflow_system_prompt: bool | None = None,
        next_loop_on_failure: bool | None = None,
        task_type: str | None = None,
        url: str | None = None,
        title: str | None = None,
        engine: RunEngine | None = None,
        engine_pinned: bool | None = None,
        complete_criterion: str | None = None,
        complete_criterion_is_untrusted: bool | None = None,
        terminate_criterion: str | None = None,
        navigation_goal: str | None = None,
        data_extraction_goal: str | None = None,
        data_schema: JsonObject | list[Any] | str | None = None,
        error_code_mapping: StringMap | None = None,
        max_retries: int | None = None,
        max_steps_per_run: int | None = None,
        parameters: list[
            WorkflowParameter
            | ContextParameter
            | AWSSecretParameter
            | AzureSecretParameter
            | BitwardenLoginCredentialParameter
            | BitwardenSensitiveInformationParameter
            | BitwardenCreditCardDataParameter
            | OnePasswordCredentialParameter
            | AzureVaultCredentialParameter
            | OutputParameter
            | CredentialParameter
            | UnrecognizedParameter
        ]
        | None = None,
        complete_on_download: bool | None = None,
        download_suffix: str | None = None,
        totp_verification_url: str | None = None,
        totp_identifier: str | None = None,
        complete_verification: bool | None = None,
        include_action_history_in_verification: bool | None = None,
        download_timeout: float | None = None,
        include_extracted_text: bool | None = None,
        instructions: str | None = None,
        positive_descriptor: str | None = None,
        negative_descriptor: str | None = None,
        timeout_seconds: int | None = None,
        sender: str | None = None,
        recipients: list[str] | None = None,
        subject: str | None = None,
        body: str | None = None,
        body_format: EmailBodyFormat | None = None,
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
        self.task_type = task_type
        self.url = url
        self.title = title
        self.engine = engine
        self.engine_pinned = engine_pinned
        self.complete_criterion = complete_criterion
        self.complete_criterion_is_untrusted = complete_criterion_is_untrusted
        self.terminate_criterion = terminate_criterion
        self.navigation_goal = navigation_goal
        self.data_extraction_goal = data_extraction_goal
        self.data_schema = data_schema
        self.error_code_mapping = error_code_mapping
        self.max_retries = max_retries
        self.max_steps_per_run = max_steps_per_run
        self.parameters = parameters
        self.complete_on_download = complete_on_download
        self.download_suffix = download_suffix
        self.totp_verification_url = totp_verification_url
        self.totp_identifier = totp_identifier
        self.complete_verification = complete_verification
        self.include_action_history_in_verification = (
            include_action_history_in_verification
        )
        self.download_timeout = download_timeout
        self.include_extracted_text = include_extracted_text
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
        """A `HumanInteractionBlock` from its JSON, as `json.loads` gives it.

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
            if value != "human_interaction":
                raise _t.invalid(value, "human_interaction", "block_type")
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
        value = get("task_type")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "task_type")
        obj.task_type = value
        value = get("url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "url")
        obj.url = value
        value = get("title")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "title")
        obj.title = value
        value = get("engine")
        if value is not None:
            try:
                value = _members_RunEngine[value]
            except (KeyError, TypeError):
                value = _t.as_enum(RunEngine, value, "engine")
        obj.engine = value
        value = get("engine_pinned")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "engine_pinned")
        obj.engine_pinned = value
        value = get("complete_criterion")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "complete_criterion")
        obj.complete_criterion = value
        value = get("complete_criterion_is_untrusted")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "complete_criterion_is_untrusted")
        obj.complete_criterion_is_untrusted = value
        value = get("terminate_criterion")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "terminate_criterion")
        obj.terminate_criterion = value
        value = get("navigation_goal")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "navigation_goal")
        obj.navigation_goal = value
        value = get("data_extraction_goal")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "data_extraction_goal")
        obj.data_extraction_goal = value
        value = get("data_schema")
        if value is not None:
            try:
                value = _p_data_schema(value)
            except _ShapeError as error:
                raise error.within("data_schema") from None
        obj.data_schema = value
        value = get("error_code_mapping")
        if value is not None:
            value = _t.as_string_map(value, "error_code_mapping")
        obj.error_code_mapping = value
        value = get("max_retries")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_retries")
        obj.max_retries = value
        value = get("max_steps_per_run")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_steps_per_run")
        obj.max_steps_per_run = value
        value = get("parameters")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "parameters")
            try:
                value = [_p_parameters_item(item) for item in value]
            except _ShapeError:
                raise _t.locate(value, _p_parameters_item, "parameters") from None
        obj.parameters = value
        value = get("complete_on_download")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "complete_on_download")
        obj.complete_on_download = value
        value = get("download_suffix")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "download_suffix")
        obj.download_suffix = value
        value = get("totp_verification_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_verification_url")
        obj.totp_verification_url = value
        value = get("totp_identifier")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_identifier")
        obj.totp_identifier = value
        value = get("complete_verification")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "complete_verification")
        obj.complete_verification = value
        value = get("include_action_history_in_verification")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "include_action_history_in_verification")
        obj.include_action_history_in_verification = value
        value = get("download_timeout")
        if value is not None:
            if value.__class__ is not float:
                value = _t.as_float(value, "download_timeout")
        obj.download_timeout = value
        value = get("include_extracted_text")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "include_extracted_text")
        obj.include_extracted_text = value
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
        value = get("recipients")
        if value is not None:
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
        value = self.task_type
        if value is not None:
            data["task_type"] = value
        value = self.url
        if value is not None:
            data["url"] = value
        value = self.title
        if value is not None:
            data["title"] = value
        value = self.engine
        if value is not None:
            data["engine"] = _t.wire(value)
        value = self.engine_pinned
        if value is not None:
            data["engine_pinned"] = value
        value = self.complete_criterion
        if value is not None:
            data["complete_criterion"] = value
        value = self.complete_criterion_is_untrusted
        if value is not None:
            data["complete_criterion_is_untrusted"] = value
        value = self.terminate_criterion
        if value is not None:
            data["terminate_criterion"] = value
        value = self.navigation_goal
        if value is not None:
            data["navigation_goal"] = value
        value = self.data_extraction_goal
        if value is not None:
            data["data_extraction_goal"] = value
        value = self.data_schema
        if value is not None:
            data["data_schema"] = value
        value = self.error_code_mapping
        if value is not None:
            data["error_code_mapping"] = value
        value = self.max_retries
        if value is not None:
            data["max_retries"] = value
        value = self.max_steps_per_run
        if value is not None:
            data["max_steps_per_run"] = value
        value = self.parameters
        if value is not None:
            data["parameters"] = [_p_parameters_i_json(item) for item in value]
        value = self.complete_on_download
        if value is not None:
            data["complete_on_download"] = value
        value = self.download_suffix
        if value is not None:
            data["download_suffix"] = value
        value = self.totp_verification_url
        if value is not None:
            data["totp_verification_url"] = value
        value = self.totp_identifier
        if value is not None:
            data["totp_identifier"] = value
        value = self.complete_verification
        if value is not None:
            data["complete_verification"] = value
        value = self.include_action_history_in_verification
        if value is not None:
            data["include_action_history_in_verification"] = value
        value = self.download_timeout
        if value is not None:
            data["download_timeout"] = value
        value = self.include_extracted_text
        if value is not None:
            data["include_extracted_text"] = value
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
        value = self.recipients
        if value is not None:
            data["recipients"] = value
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
        "label",
        "next_block_label",
        "block_type",
        "output_parameter",
        "continue_on_failure",
        "model",
        "disable_cache",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "task_type",
        "url",
        "title",
        "engine",
        "engine_pinned",
        "complete_criterion",
        "complete_criterion_is_untrusted",
        "terminate_criterion",
        "navigation_goal",
        "data_extraction_goal",
        "data_schema",
        "error_code_mapping",
        "max_retries",
        "max_steps_per_run",
        "parameters",
        "complete_on_download",
        "download_suffix",
        "totp_verification_url",
        "totp_identifier",
        "complete_verification",
        "include_action_history_in_verification",
        "download_timeout",
        "include_extracted_text",
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


def _p_data_schema(data: Any) -> JsonObject | list[Any] | str:
    if data.__class__ is dict:
        return data  # type: ignore[no-any-return,unused-ignore]
    if data.__class__ is list:
        try:
            if data.__class__ is not list:
                data = _t.as_list(data, "")

            return data  # type: ignore[no-any-return,unused-ignore]
        except _ShapeError:
            pass
    if isinstance(data, str):
        return data
    raise _t.invalid(data, "an object or an array or a string", "")


def _p_parameters_item(
    item: Any,
) -> (
    WorkflowParameter
    | ContextParameter
    | AWSSecretParameter
    | AzureSecretParameter
    | BitwardenLoginCredentialParameter
    | BitwardenSensitiveInformationParameter
    | BitwardenCreditCardDataParameter
    | OnePasswordCredentialParameter
    | AzureVaultCredentialParameter
    | OutputParameter
    | CredentialParameter
    | UnrecognizedParameter
):
    try:
        item = _p_parameters_i(item)
    except _ShapeError as error:
        raise error.within("") from None
    return item  # type: ignore[no-any-return,unused-ignore]


def _p_parameters_i(
    data: Any,
) -> (
    WorkflowParameter
    | ContextParameter
    | AWSSecretParameter
    | AzureSecretParameter
    | BitwardenLoginCredentialParameter
    | BitwardenSensitiveInformationParameter
    | BitwardenCreditCardDataParameter
    | OnePasswordCredentialParameter
    | AzureVaultCredentialParameter
    | OutputParameter
    | CredentialParameter
    | UnrecognizedParameter
):
    if data.__class__ is dict:
        tag = data.get("parameter_type")
        # a tag that is not a string (a list is not even hashable) names no member: the members' checks say why
        model = _p_parameters_i_tags.get(tag) if tag.__class__ is str else None
        if model is not None:
            return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
        if "parameter_type" in data:
            return UnrecognizedParameter.from_dict(data)
        # no tag (the schema lets a member leave it out, defaulted): the first member it fits
        for model in _p_parameters_i_members:
            try:
                return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
            except _ShapeError:
                pass
        return UnrecognizedParameter.from_dict(data)
    raise _t.invalid(data, "an object", "")


def _p_parameters_i_json(value: Any) -> Any:
    if isinstance(value, WorkflowParameter):
        return value.to_dict()
    if isinstance(value, ContextParameter):
        return value.to_dict()
    if isinstance(value, AWSSecretParameter):
        return value.to_dict()
    if isinstance(value, AzureSecretParameter):
        return value.to_dict()
    if isinstance(value, BitwardenLoginCredentialParameter):
        return value.to_dict()
    if isinstance(value, BitwardenSensitiveInformationParameter):
        return value.to_dict()
    if isinstance(value, BitwardenCreditCardDataParameter):
        return value.to_dict()
    if isinstance(value, OnePasswordCredentialParameter):
        return value.to_dict()
    if isinstance(value, AzureVaultCredentialParameter):
        return value.to_dict()
    if isinstance(value, OutputParameter):
        return value.to_dict()
    if isinstance(value, CredentialParameter):
        return value.to_dict()
    if isinstance(value, UnrecognizedParameter):
        return value.to_dict()
    return value


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .aws_secret_parameter import AWSSecretParameter
from .azure_secret_parameter import AzureSecretParameter
from .azure_vault_credential_parameter import AzureVaultCredentialParameter
from .bitwarden_credit_card_data_parameter import BitwardenCreditCardDataParameter
from .bitwarden_login_credential_parameter import BitwardenLoginCredentialParameter
from .bitwarden_sensitive_information_parameter import (
    BitwardenSensitiveInformationParameter,
)
from .context_parameter import ContextParameter
from .credential_parameter import CredentialParameter
from .email_body_format import EmailBodyFormat
from .json_object import JsonObject
from .one_password_credential_parameter import OnePasswordCredentialParameter
from .output_parameter import OutputParameter
from .run_engine import RunEngine
from .string_map import StringMap
from .unrecognized_parameter import UnrecognizedParameter
from .workflow_parameter import WorkflowParameter

_members_EmailBodyFormat: dict[Any, Any] = EmailBodyFormat._value2member_map_
_members_RunEngine: dict[Any, Any] = RunEngine._value2member_map_


_p_parameters_i_tags: dict[Any, Any] = {
    "workflow": WorkflowParameter,
    "context": ContextParameter,
    "aws_secret": AWSSecretParameter,
    "azure_secret": AzureSecretParameter,
    "bitwarden_login_credential": BitwardenLoginCredentialParameter,
    "bitwarden_sensitive_information": BitwardenSensitiveInformationParameter,
    "bitwarden_credit_card_data": BitwardenCreditCardDataParameter,
    "onepassword": OnePasswordCredentialParameter,
    "azure_vault_credential": AzureVaultCredentialParameter,
    "output": OutputParameter,
    "credential": CredentialParameter,
}
_p_parameters_i_members: tuple[Any, ...] = (
    WorkflowParameter,
    ContextParameter,
    AWSSecretParameter,
    AzureSecretParameter,
    BitwardenLoginCredentialParameter,
    BitwardenSensitiveInformationParameter,
    BitwardenCreditCardDataParameter,
    OnePasswordCredentialParameter,
    AzureVaultCredentialParameter,
    OutputParameter,
    CredentialParameter,
)


__all__ = ["HumanInteractionBlock"]
