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
    from ..models.context_parameter import ContextParameter
    from ..models.credential_parameter import CredentialParameter
    from ..models.one_password_credential_parameter import (
        OnePasswordCredentialParameter,
    )
    from ..models.output_parameter import OutputParameter
    from ..models.unrecognized import Unrecognized
    from ..models.workflow_parameter import WorkflowParameter


T = TypeVar("T", bound="DataExportBlock")


@_attrs_define
class DataExportBlock:
    label: str
    """ Author-facing identifier for a block; unique within a workflow. """
    output_parameter: OutputParameter
    data: str
    data_schema: Any
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the next block label when constructing a DAG. Defaults to sequential order when omitted.
    """
    block_type: Literal["data_export"] | Unset = "data_export"
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    disable_cache: bool | Unset = False
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    file_name: None | str | Unset = UNSET
    parameters: (
        list[
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
            | Unrecognized
            | WorkflowParameter
        ]
        | Unset
    ) = UNSET
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
        from ..models.context_parameter import ContextParameter
        from ..models.credential_parameter import CredentialParameter
        from ..models.one_password_credential_parameter import (
            OnePasswordCredentialParameter,
        )
        from ..models.output_parameter import OutputParameter
        from ..models.workflow_parameter import WorkflowParameter

        label = self.label

        output_parameter = self.output_parameter.to_dict()

        data = self.data

        data_schema = self.data_schema

        next_block_label: None | str | Unset
        if isinstance(self.next_block_label, Unset):
            next_block_label = UNSET
        else:
            next_block_label = self.next_block_label

        block_type = self.block_type

        continue_on_failure = self.continue_on_failure

        model: Any | None | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        disable_cache = self.disable_cache

        ignore_workflow_system_prompt = self.ignore_workflow_system_prompt

        next_loop_on_failure = self.next_loop_on_failure

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item: dict[str, Any]
                if (
                    isinstance(parameters_item_data, WorkflowParameter)
                    or isinstance(parameters_item_data, ContextParameter)
                    or isinstance(parameters_item_data, AWSSecretParameter)
                    or isinstance(parameters_item_data, AzureSecretParameter)
                    or isinstance(
                        parameters_item_data, BitwardenLoginCredentialParameter
                    )
                    or isinstance(
                        parameters_item_data, BitwardenSensitiveInformationParameter
                    )
                    or isinstance(
                        parameters_item_data, BitwardenCreditCardDataParameter
                    )
                    or isinstance(parameters_item_data, OnePasswordCredentialParameter)
                    or isinstance(parameters_item_data, AzureVaultCredentialParameter)
                    or isinstance(parameters_item_data, OutputParameter)
                    or isinstance(parameters_item_data, CredentialParameter)
                ):
                    parameters_item = parameters_item_data.to_dict()
                else:
                    parameters_item = parameters_item_data.to_dict()

                parameters.append(parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "output_parameter": output_parameter,
                "data": data,
                "data_schema": data_schema,
            }
        )
        if next_block_label is not UNSET:
            field_dict["next_block_label"] = next_block_label
        if block_type is not UNSET:
            field_dict["block_type"] = block_type
        if continue_on_failure is not UNSET:
            field_dict["continue_on_failure"] = continue_on_failure
        if model is not UNSET:
            field_dict["model"] = model
        if disable_cache is not UNSET:
            field_dict["disable_cache"] = disable_cache
        if ignore_workflow_system_prompt is not UNSET:
            field_dict["ignore_workflow_system_prompt"] = ignore_workflow_system_prompt
        if next_loop_on_failure is not UNSET:
            field_dict["next_loop_on_failure"] = next_loop_on_failure
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

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
        from ..models.context_parameter import ContextParameter
        from ..models.credential_parameter import CredentialParameter
        from ..models.one_password_credential_parameter import (
            OnePasswordCredentialParameter,
        )
        from ..models.output_parameter import OutputParameter
        from ..models.unrecognized import Unrecognized
        from ..models.workflow_parameter import WorkflowParameter

        d = dict(src_dict)
        label = d.pop("label")

        output_parameter = OutputParameter.from_dict(d.pop("output_parameter"))

        data = d.pop("data")

        data_schema = d.pop("data_schema")

        def _parse_next_block_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_block_label = _parse_next_block_label(d.pop("next_block_label", UNSET))

        block_type = cast(Literal["data_export"] | Unset, d.pop("block_type", UNSET))
        if block_type != "data_export" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'data_export', got '{block_type}'"
            )

        continue_on_failure = d.pop("continue_on_failure", UNSET)

        def _parse_model(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        disable_cache = d.pop("disable_cache", UNSET)

        ignore_workflow_system_prompt = d.pop("ignore_workflow_system_prompt", UNSET)

        next_loop_on_failure = d.pop("next_loop_on_failure", UNSET)

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("file_name", UNSET))

        _parameters = d.pop("parameters", UNSET)
        parameters: (
            list[
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
                | Unrecognized
                | WorkflowParameter
            ]
            | Unset
        ) = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:

                def _parse_parameters_item(
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
                    | Unrecognized
                    | WorkflowParameter
                ):
                    if isinstance(data, dict):
                        tag = data.get("parameter_type")
                        if tag == "workflow":
                            parameters_item_type_0 = WorkflowParameter.from_dict(data)

                            return parameters_item_type_0
                        if tag == "context":
                            parameters_item_type_1 = ContextParameter.from_dict(data)

                            return parameters_item_type_1
                        if tag == "aws_secret":
                            parameters_item_type_2 = AWSSecretParameter.from_dict(data)

                            return parameters_item_type_2
                        if tag == "azure_secret":
                            parameters_item_type_3 = AzureSecretParameter.from_dict(
                                data
                            )

                            return parameters_item_type_3
                        if tag == "bitwarden_login_credential":
                            parameters_item_type_4 = (
                                BitwardenLoginCredentialParameter.from_dict(data)
                            )

                            return parameters_item_type_4
                        if tag == "bitwarden_sensitive_information":
                            parameters_item_type_5 = (
                                BitwardenSensitiveInformationParameter.from_dict(data)
                            )

                            return parameters_item_type_5
                        if tag == "bitwarden_credit_card_data":
                            parameters_item_type_6 = (
                                BitwardenCreditCardDataParameter.from_dict(data)
                            )

                            return parameters_item_type_6
                        if tag == "onepassword":
                            parameters_item_type_7 = (
                                OnePasswordCredentialParameter.from_dict(data)
                            )

                            return parameters_item_type_7
                        if tag == "azure_vault_credential":
                            parameters_item_type_8 = (
                                AzureVaultCredentialParameter.from_dict(data)
                            )

                            return parameters_item_type_8
                        if tag == "output":
                            parameters_item_type_9 = OutputParameter.from_dict(data)

                            return parameters_item_type_9
                        if tag == "credential":
                            parameters_item_type_10 = CredentialParameter.from_dict(
                                data
                            )

                            return parameters_item_type_10
                    if not isinstance(data, dict):
                        raise TypeError()
                    parameters_item_type_11 = Unrecognized.from_dict(data)

                    return parameters_item_type_11

                parameters_item = _parse_parameters_item(parameters_item_data)

                parameters.append(parameters_item)

        data_export_block = cls(
            label=label,
            output_parameter=output_parameter,
            data=data,
            data_schema=data_schema,
            next_block_label=next_block_label,
            block_type=block_type,
            continue_on_failure=continue_on_failure,
            model=model,
            disable_cache=disable_cache,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            file_name=file_name,
            parameters=parameters,
        )

        data_export_block.additional_properties = d
        return data_export_block

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
