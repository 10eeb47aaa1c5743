from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class WaitBlock(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "block_type",
        "continue_on_failure",
        "disable_cache",
        "ignore_workflow_system_prompt",
        "label",
        "model",
        "next_block_label",
        "next_loop_on_failure",
        "output_parameter",
        "parameters",
        "wait_sec",
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
        "wait_sec",
        "parameters",
    )

    label: str
    """ Author-facing identifier for a block; unique within a workflow. """
    next_block_label: str | None
    """ Optional pointer to the next block label when constructing a DAG. Defaults to sequential order when omitted. """
    block_type: Literal["wait"] | None
    output_parameter: OutputParameter
    continue_on_failure: bool | None
    model: JsonObject | None
    disable_cache: bool | None
    ignore_workflow_system_prompt: bool | None
    next_loop_on_failure: bool | None
    wait_sec: int
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

    def __init__(
        self,
        *,
        label: str,
        next_block_label: str | None = None,
        block_type: Literal["wait"] | None = None,
        output_parameter: OutputParameter,
        continue_on_failure: bool | None = None,
        model: JsonObject | None = None,
        disable_cache: bool | None = None,
        ignore_workflow_system_prompt: bool | None = None,
        next_loop_on_failure: bool | None = None,
        wait_sec: int,
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
        self.wait_sec = wait_sec
        self.parameters = parameters
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WaitBlock` from its JSON, as `json.loads` gives it.

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
            if value != "wait":
                raise _t.invalid(value, "wait", "block_type")
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
        value = get("wait_sec", _MISSING)
        if value.__class__ is not int:
            value = _t.as_int(value, "wait_sec")
        obj.wait_sec = value
        value = get("parameters")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "parameters")
            try:
                value = [_p_parameters_item(item) for item in value]
            except _ShapeError:
                raise _t.locate(value, _p_parameters_item, "parameters") from None
        obj.parameters = value
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
        data["wait_sec"] = self.wait_sec
        value = self.parameters
        if value is not None:
            data["parameters"] = [_p_parameters_i_json(item) for item in value]
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
        "wait_sec",
        "parameters",
    }
)


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
from .json_object import JsonObject
from .one_password_credential_parameter import OnePasswordCredentialParameter
from .output_parameter import OutputParameter
from .unrecognized_parameter import UnrecognizedParameter
from .workflow_parameter import WorkflowParameter

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

__all__ = ["WaitBlock"]
