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

from ..models.web_search_block_provider import WebSearchBlockProvider
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


T = TypeVar("T", bound="WebSearchBlock")


@_attrs_define
class WebSearchBlock:
    label: str
    """ Author-facing identifier for a block; unique within a workflow. """
    output_parameter: OutputParameter
    query: str
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the next block label when constructing a DAG. Defaults to sequential order when omitted.
    """
    block_type: Literal["web_search"] | Unset = "web_search"
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    disable_cache: bool | Unset = False
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    provider: WebSearchBlockProvider | Unset = WebSearchBlockProvider.AUTO
    num_results: int | Unset = 10
    no_results_error_code: None | str | Unset = UNSET
    """ Deprecated. Use error_code_mapping. """
    no_match_error_code: None | str | Unset = UNSET
    """ Deprecated. Use error_code_mapping. """
    error_code_mapping: Any | None | Unset = UNSET
    prompt: None | str | Unset = UNSET
    json_schema: Any | None | Unset = UNSET
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

        query = self.query

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

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        num_results = self.num_results

        no_results_error_code: None | str | Unset
        if isinstance(self.no_results_error_code, Unset):
            no_results_error_code = UNSET
        else:
            no_results_error_code = self.no_results_error_code

        no_match_error_code: None | str | Unset
        if isinstance(self.no_match_error_code, Unset):
            no_match_error_code = UNSET
        else:
            no_match_error_code = self.no_match_error_code

        error_code_mapping: Any | None | Unset
        if isinstance(self.error_code_mapping, Unset):
            error_code_mapping = UNSET
        else:
            error_code_mapping = self.error_code_mapping

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        json_schema: Any | None | Unset
        if isinstance(self.json_schema, Unset):
            json_schema = UNSET
        else:
            json_schema = self.json_schema

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
                "query": query,
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
        if provider is not UNSET:
            field_dict["provider"] = provider
        if num_results is not UNSET:
            field_dict["num_results"] = num_results
        if no_results_error_code is not UNSET:
            field_dict["no_results_error_code"] = no_results_error_code
        if no_match_error_code is not UNSET:
            field_dict["no_match_error_code"] = no_match_error_code
        if error_code_mapping is not UNSET:
            field_dict["error_code_mapping"] = error_code_mapping
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema
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

        query = d.pop("query")

        def _parse_next_block_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_block_label = _parse_next_block_label(d.pop("next_block_label", UNSET))

        block_type = cast(Literal["web_search"] | Unset, d.pop("block_type", UNSET))
        if block_type != "web_search" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'web_search', got '{block_type}'"
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

        _provider = d.pop("provider", UNSET)
        provider: WebSearchBlockProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = WebSearchBlockProvider(_provider)

        num_results = d.pop("num_results", UNSET)

        def _parse_no_results_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        no_results_error_code = _parse_no_results_error_code(
            d.pop("no_results_error_code", UNSET)
        )

        def _parse_no_match_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        no_match_error_code = _parse_no_match_error_code(
            d.pop("no_match_error_code", UNSET)
        )

        def _parse_error_code_mapping(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        error_code_mapping = _parse_error_code_mapping(
            d.pop("error_code_mapping", UNSET)
        )

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_json_schema(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        json_schema = _parse_json_schema(d.pop("json_schema", UNSET))

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

        web_search_block = cls(
            label=label,
            output_parameter=output_parameter,
            query=query,
            next_block_label=next_block_label,
            block_type=block_type,
            continue_on_failure=continue_on_failure,
            model=model,
            disable_cache=disable_cache,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            provider=provider,
            num_results=num_results,
            no_results_error_code=no_results_error_code,
            no_match_error_code=no_match_error_code,
            error_code_mapping=error_code_mapping,
            prompt=prompt,
            json_schema=json_schema,
            parameters=parameters,
        )

        web_search_block.additional_properties = d
        return web_search_block

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
