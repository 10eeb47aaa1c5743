from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class ContextParameter(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("description", "key", "parameter_type", "source", "value")
    _fields = (
        "parameter_type",
        "key",
        "description",
        "source",
        "value",
    )

    parameter_type: Literal["context"] | None
    key: str
    description: str | None
    source: (
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
    )
    value: str | int | float | bool | JsonObject | list[Any] | None

    def __init__(
        self,
        *,
        parameter_type: Literal["context"] | None = None,
        key: str,
        description: str | None = None,
        source: WorkflowParameter
        | ContextParameter
        | AWSSecretParameter
        | AzureSecretParameter
        | BitwardenLoginCredentialParameter
        | BitwardenSensitiveInformationParameter
        | BitwardenCreditCardDataParameter
        | OnePasswordCredentialParameter
        | AzureVaultCredentialParameter
        | OutputParameter
        | CredentialParameter,
        value: str | float | bool | JsonObject | list[Any] | None = None,
    ) -> None:
        self.parameter_type = parameter_type
        self.key = key
        self.description = description
        self.source = source
        self.value = value
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `ContextParameter` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("parameter_type")
        if value is not None:
            if value != "context":
                raise _t.invalid(value, "context", "parameter_type")
        obj.parameter_type = value
        value = get("key", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "key")
        obj.key = value
        value = get("description")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "description")
        obj.description = value
        value = get("source", _MISSING)
        try:
            value = _p_source(value)
        except _ShapeError as error:
            raise error.within("source") from None
        obj.source = value
        value = get("value")
        if value is not None:
            try:
                value = _p_value(value)
            except _ShapeError as error:
                raise error.within("value") from None
        obj.value = value
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
        value = self.parameter_type
        if value is not None:
            data["parameter_type"] = value
        data["key"] = self.key
        value = self.description
        if value is not None:
            data["description"] = value
        data["source"] = _p_source_json(self.source)
        value = self.value
        if value is not None:
            data["value"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "parameter_type",
        "key",
        "description",
        "source",
        "value",
    }
)


def _p_source(
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
):
    if data.__class__ is dict:
        tag = data.get("parameter_type")
        # a tag that is not a string (a list is not even hashable) names no member: the members' checks say why
        model = _p_source_tags.get(tag) if tag.__class__ is str else None
        if model is not None:
            return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
        # no tag (the schema lets a member leave it out, defaulted): the first member it fits
        for model in _p_source_members:
            try:
                return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
            except _ShapeError:
                pass
    if data.__class__ is dict:
        raise _ShapeError(
            "fits none of WorkflowParameter, ContextParameter, AWSSecretParameter, AzureSecretParameter, BitwardenLoginCredentialParameter, BitwardenSensitiveInformationParameter, BitwardenCreditCardDataParameter, OnePasswordCredentialParameter, AzureVaultCredentialParameter, OutputParameter, CredentialParameter"
        )
    raise _t.invalid(data, "an object", "")


def _p_source_json(value: Any) -> Any:
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
    return value


def _p_value(data: Any) -> str | int | float | bool | JsonObject | list[Any]:
    if isinstance(data, str):
        return data
    if data.__class__ is int:
        return data
    if data.__class__ is float or data.__class__ is int:
        return float(data)
    if data.__class__ is bool:
        return data
    if data.__class__ is dict:
        return data  # type: ignore[no-any-return,unused-ignore]
    if data.__class__ is list:
        try:
            if data.__class__ is not list:
                data = _t.as_list(data, "")

            return data  # type: ignore[no-any-return,unused-ignore]
        except _ShapeError:
            pass
    raise _t.invalid(
        data,
        "a string or an integer or a number or a boolean or an object or an array",
        "",
    )


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
from .credential_parameter import CredentialParameter
from .json_object import JsonObject
from .one_password_credential_parameter import OnePasswordCredentialParameter
from .output_parameter import OutputParameter
from .workflow_parameter import WorkflowParameter

_p_source_tags: dict[Any, Any] = {
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
_p_source_members: tuple[Any, ...] = (
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


__all__ = ["ContextParameter"]
