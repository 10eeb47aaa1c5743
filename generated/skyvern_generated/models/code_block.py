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
    from ..models.code_block_step import CodeBlockStep
    from ..models.context_parameter import ContextParameter
    from ..models.credential_parameter import CredentialParameter
    from ..models.one_password_credential_parameter import (
        OnePasswordCredentialParameter,
    )
    from ..models.output_parameter import OutputParameter
    from ..models.unrecognized import Unrecognized
    from ..models.workflow_parameter import WorkflowParameter


T = TypeVar("T", bound="CodeBlock")


@_attrs_define
class CodeBlock:
    label: str
    """ Author-facing identifier for a block; unique within a workflow. """
    output_parameter: OutputParameter
    code: str
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the next block label when constructing a DAG. Defaults to sequential order when omitted.
    """
    block_type: Literal["code"] | Unset = "code"
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    disable_cache: bool | Unset = False
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
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
    error_code_mapping: Any | None | Unset = UNSET
    prompt: None | str | Unset = UNSET
    steps: list[CodeBlockStep] | None | Unset = UNSET
    data_schema: Any | list[Any] | None | str | Unset = UNSET
    user_owned_goal: bool | None | Unset = UNSET
    goal_needs_regeneration: bool | None | Unset = UNSET
    code_edited_by_hand: bool | None | Unset = UNSET
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

        code = self.code

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

        steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        elif isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        data_schema: Any | list[Any] | None | str | Unset
        if isinstance(self.data_schema, Unset):
            data_schema = UNSET
        elif isinstance(self.data_schema, list):
            data_schema = self.data_schema

        else:
            data_schema = self.data_schema

        user_owned_goal: bool | None | Unset
        if isinstance(self.user_owned_goal, Unset):
            user_owned_goal = UNSET
        else:
            user_owned_goal = self.user_owned_goal

        goal_needs_regeneration: bool | None | Unset
        if isinstance(self.goal_needs_regeneration, Unset):
            goal_needs_regeneration = UNSET
        else:
            goal_needs_regeneration = self.goal_needs_regeneration

        code_edited_by_hand: bool | None | Unset
        if isinstance(self.code_edited_by_hand, Unset):
            code_edited_by_hand = UNSET
        else:
            code_edited_by_hand = self.code_edited_by_hand

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "output_parameter": output_parameter,
                "code": code,
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
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if error_code_mapping is not UNSET:
            field_dict["error_code_mapping"] = error_code_mapping
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if steps is not UNSET:
            field_dict["steps"] = steps
        if data_schema is not UNSET:
            field_dict["data_schema"] = data_schema
        if user_owned_goal is not UNSET:
            field_dict["user_owned_goal"] = user_owned_goal
        if goal_needs_regeneration is not UNSET:
            field_dict["goal_needs_regeneration"] = goal_needs_regeneration
        if code_edited_by_hand is not UNSET:
            field_dict["code_edited_by_hand"] = code_edited_by_hand

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
        from ..models.code_block_step import CodeBlockStep
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

        code = d.pop("code")

        def _parse_next_block_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_block_label = _parse_next_block_label(d.pop("next_block_label", UNSET))

        block_type = cast(Literal["code"] | Unset, d.pop("block_type", UNSET))
        if block_type != "code" and not isinstance(block_type, Unset):
            raise ValueError(f"block_type must match const 'code', got '{block_type}'")

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

        def _parse_steps(data: object) -> list[CodeBlockStep] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                steps_type_0 = []
                _steps_type_0 = data
                for steps_type_0_item_data in _steps_type_0:
                    steps_type_0_item = CodeBlockStep.from_dict(steps_type_0_item_data)

                    steps_type_0.append(steps_type_0_item)

                return steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CodeBlockStep] | None | Unset, data)

        steps = _parse_steps(d.pop("steps", UNSET))

        def _parse_data_schema(data: object) -> Any | list[Any] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_schema_type_1 = cast(list[Any], data)

                return data_schema_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | list[Any] | None | str | Unset, data)

        data_schema = _parse_data_schema(d.pop("data_schema", UNSET))

        def _parse_user_owned_goal(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        user_owned_goal = _parse_user_owned_goal(d.pop("user_owned_goal", UNSET))

        def _parse_goal_needs_regeneration(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        goal_needs_regeneration = _parse_goal_needs_regeneration(
            d.pop("goal_needs_regeneration", UNSET)
        )

        def _parse_code_edited_by_hand(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        code_edited_by_hand = _parse_code_edited_by_hand(
            d.pop("code_edited_by_hand", UNSET)
        )

        code_block = cls(
            label=label,
            output_parameter=output_parameter,
            code=code,
            next_block_label=next_block_label,
            block_type=block_type,
            continue_on_failure=continue_on_failure,
            model=model,
            disable_cache=disable_cache,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            parameters=parameters,
            error_code_mapping=error_code_mapping,
            prompt=prompt,
            steps=steps,
            data_schema=data_schema,
            user_owned_goal=user_owned_goal,
            goal_needs_regeneration=goal_needs_regeneration,
            code_edited_by_hand=code_edited_by_hand,
        )

        code_block.additional_properties = d
        return code_block

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
