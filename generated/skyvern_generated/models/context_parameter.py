from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aws_secret_parameter import AWSSecretParameter
    from ..models.azure_secret_parameter import AzureSecretParameter
    from ..models.azure_vault_credential_parameter import AzureVaultCredentialParameter
    from ..models.bitwarden_credit_card_data_parameter import (
        BitwardenCreditCardDataParameter,
    )
    from ..models.bitwarden_login_credential_parameter import (
        BitwardenLoginCredentialParameter,
    )
    from ..models.bitwarden_sensitive_information_parameter import (
        BitwardenSensitiveInformationParameter,
    )
    from ..models.credential_parameter import CredentialParameter
    from ..models.one_password_credential_parameter import (
        OnePasswordCredentialParameter,
    )
    from ..models.output_parameter import OutputParameter
    from ..models.workflow_parameter import WorkflowParameter


T = TypeVar("T", bound="ContextParameter")


@_attrs_define
class ContextParameter:
    key: str
    source: (
        AWSSecretParameter
        | AzureSecretParameter
        | AzureVaultCredentialParameter
        | BitwardenCreditCardDataParameter
        | BitwardenLoginCredentialParameter
        | BitwardenSensitiveInformationParameter
        | ContextParameter
        | CredentialParameter
        | OnePasswordCredentialParameter
        | OutputParameter
        | WorkflowParameter
    )
    parameter_type: Literal["context"] | Unset = "context"
    description: None | str | Unset = UNSET
    value: Any | bool | float | int | list[Any] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.aws_secret_parameter import AWSSecretParameter
        from ..models.azure_secret_parameter import AzureSecretParameter
        from ..models.azure_vault_credential_parameter import (
            AzureVaultCredentialParameter,
        )
        from ..models.bitwarden_credit_card_data_parameter import (
            BitwardenCreditCardDataParameter,
        )
        from ..models.bitwarden_login_credential_parameter import (
            BitwardenLoginCredentialParameter,
        )
        from ..models.bitwarden_sensitive_information_parameter import (
            BitwardenSensitiveInformationParameter,
        )
        from ..models.one_password_credential_parameter import (
            OnePasswordCredentialParameter,
        )
        from ..models.output_parameter import OutputParameter
        from ..models.workflow_parameter import WorkflowParameter

        key = self.key

        source: dict[str, Any]
        if (
            isinstance(self.source, WorkflowParameter)
            or isinstance(self.source, ContextParameter)
            or isinstance(self.source, AWSSecretParameter)
            or isinstance(self.source, AzureSecretParameter)
            or isinstance(self.source, BitwardenLoginCredentialParameter)
            or isinstance(self.source, BitwardenSensitiveInformationParameter)
            or isinstance(self.source, BitwardenCreditCardDataParameter)
            or isinstance(self.source, OnePasswordCredentialParameter)
            or isinstance(self.source, AzureVaultCredentialParameter)
            or isinstance(self.source, OutputParameter)
        ):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        parameter_type = self.parameter_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        value: Any | bool | float | int | list[Any] | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "source": source,
            }
        )
        if parameter_type is not UNSET:
            field_dict["parameter_type"] = parameter_type
        if description is not UNSET:
            field_dict["description"] = description
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.aws_secret_parameter import AWSSecretParameter
        from ..models.azure_secret_parameter import AzureSecretParameter
        from ..models.azure_vault_credential_parameter import (
            AzureVaultCredentialParameter,
        )
        from ..models.bitwarden_credit_card_data_parameter import (
            BitwardenCreditCardDataParameter,
        )
        from ..models.bitwarden_login_credential_parameter import (
            BitwardenLoginCredentialParameter,
        )
        from ..models.bitwarden_sensitive_information_parameter import (
            BitwardenSensitiveInformationParameter,
        )
        from ..models.credential_parameter import CredentialParameter
        from ..models.one_password_credential_parameter import (
            OnePasswordCredentialParameter,
        )
        from ..models.output_parameter import OutputParameter
        from ..models.workflow_parameter import WorkflowParameter

        d = dict(src_dict)
        key = d.pop("key")

        def _parse_source(
            data: object,
        ) -> (
            AWSSecretParameter
            | AzureSecretParameter
            | AzureVaultCredentialParameter
            | BitwardenCreditCardDataParameter
            | BitwardenLoginCredentialParameter
            | BitwardenSensitiveInformationParameter
            | ContextParameter
            | CredentialParameter
            | OnePasswordCredentialParameter
            | OutputParameter
            | WorkflowParameter
        ):
            if isinstance(data, dict):
                tag = data.get("parameter_type")
                if tag == "workflow":
                    source_type_0 = WorkflowParameter.from_dict(data)

                    return source_type_0
                if tag == "context":
                    source_type_1 = ContextParameter.from_dict(data)

                    return source_type_1
                if tag == "aws_secret":
                    source_type_2 = AWSSecretParameter.from_dict(data)

                    return source_type_2
                if tag == "azure_secret":
                    source_type_3 = AzureSecretParameter.from_dict(data)

                    return source_type_3
                if tag == "bitwarden_login_credential":
                    source_type_4 = BitwardenLoginCredentialParameter.from_dict(data)

                    return source_type_4
                if tag == "bitwarden_sensitive_information":
                    source_type_5 = BitwardenSensitiveInformationParameter.from_dict(
                        data
                    )

                    return source_type_5
                if tag == "bitwarden_credit_card_data":
                    source_type_6 = BitwardenCreditCardDataParameter.from_dict(data)

                    return source_type_6
                if tag == "onepassword":
                    source_type_7 = OnePasswordCredentialParameter.from_dict(data)

                    return source_type_7
                if tag == "azure_vault_credential":
                    source_type_8 = AzureVaultCredentialParameter.from_dict(data)

                    return source_type_8
                if tag == "output":
                    source_type_9 = OutputParameter.from_dict(data)

                    return source_type_9
                if tag == "credential":
                    source_type_10 = CredentialParameter.from_dict(data)

                    return source_type_10

        source = _parse_source(d.pop("source"))

        parameter_type = cast(
            Literal["context"] | Unset, d.pop("parameter_type", UNSET)
        )
        if parameter_type != "context" and not isinstance(parameter_type, Unset):
            raise ValueError(
                f"parameter_type must match const 'context', got '{parameter_type}'"
            )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_value(
            data: object,
        ) -> Any | bool | float | int | list[Any] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_5 = cast(list[Any], data)

                return value_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | bool | float | int | list[Any] | None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        context_parameter = cls(
            key=key,
            source=source,
            parameter_type=parameter_type,
            description=description,
            value=value,
        )

        context_parameter.additional_properties = d
        return context_parameter

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
