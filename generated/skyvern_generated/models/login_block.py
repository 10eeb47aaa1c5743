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

from ..models.run_engine import RunEngine
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


T = TypeVar("T", bound="LoginBlock")


@_attrs_define
class LoginBlock:
    label: str
    """ Author-facing identifier for a block; unique within a workflow. """
    output_parameter: OutputParameter
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the next block label when constructing a DAG. Defaults to sequential order when omitted.
    """
    block_type: Literal["login"] | Unset = "login"
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    disable_cache: bool | Unset = False
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    task_type: str | Unset = "general"
    url: None | str | Unset = UNSET
    title: str | Unset = ""
    engine: None | RunEngine | Unset = UNSET
    engine_pinned: bool | Unset = False
    complete_criterion: None | str | Unset = UNSET
    complete_criterion_is_untrusted: bool | Unset = False
    terminate_criterion: None | str | Unset = UNSET
    navigation_goal: None | str | Unset = UNSET
    data_extraction_goal: None | str | Unset = UNSET
    data_schema: Any | list[Any] | None | str | Unset = UNSET
    error_code_mapping: Any | None | Unset = UNSET
    max_retries: int | Unset = 0
    max_steps_per_run: int | None | Unset = UNSET
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
    complete_on_download: bool | Unset = False
    download_suffix: None | str | Unset = UNSET
    totp_verification_url: None | str | Unset = UNSET
    totp_identifier: None | str | Unset = UNSET
    complete_verification: bool | Unset = True
    include_action_history_in_verification: bool | Unset = False
    download_timeout: float | None | Unset = UNSET
    include_extracted_text: bool | Unset = True
    skip_saved_profile: bool | Unset = False
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

        task_type = self.task_type

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        title = self.title

        engine: None | str | Unset
        if isinstance(self.engine, Unset):
            engine = UNSET
        elif isinstance(self.engine, RunEngine):
            engine = self.engine.value
        else:
            engine = self.engine

        engine_pinned = self.engine_pinned

        complete_criterion: None | str | Unset
        if isinstance(self.complete_criterion, Unset):
            complete_criterion = UNSET
        else:
            complete_criterion = self.complete_criterion

        complete_criterion_is_untrusted = self.complete_criterion_is_untrusted

        terminate_criterion: None | str | Unset
        if isinstance(self.terminate_criterion, Unset):
            terminate_criterion = UNSET
        else:
            terminate_criterion = self.terminate_criterion

        navigation_goal: None | str | Unset
        if isinstance(self.navigation_goal, Unset):
            navigation_goal = UNSET
        else:
            navigation_goal = self.navigation_goal

        data_extraction_goal: None | str | Unset
        if isinstance(self.data_extraction_goal, Unset):
            data_extraction_goal = UNSET
        else:
            data_extraction_goal = self.data_extraction_goal

        data_schema: Any | list[Any] | None | str | Unset
        if isinstance(self.data_schema, Unset):
            data_schema = UNSET
        elif isinstance(self.data_schema, list):
            data_schema = self.data_schema

        else:
            data_schema = self.data_schema

        error_code_mapping: Any | None | Unset
        if isinstance(self.error_code_mapping, Unset):
            error_code_mapping = UNSET
        else:
            error_code_mapping = self.error_code_mapping

        max_retries = self.max_retries

        max_steps_per_run: int | None | Unset
        if isinstance(self.max_steps_per_run, Unset):
            max_steps_per_run = UNSET
        else:
            max_steps_per_run = self.max_steps_per_run

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

        complete_on_download = self.complete_on_download

        download_suffix: None | str | Unset
        if isinstance(self.download_suffix, Unset):
            download_suffix = UNSET
        else:
            download_suffix = self.download_suffix

        totp_verification_url: None | str | Unset
        if isinstance(self.totp_verification_url, Unset):
            totp_verification_url = UNSET
        else:
            totp_verification_url = self.totp_verification_url

        totp_identifier: None | str | Unset
        if isinstance(self.totp_identifier, Unset):
            totp_identifier = UNSET
        else:
            totp_identifier = self.totp_identifier

        complete_verification = self.complete_verification

        include_action_history_in_verification = (
            self.include_action_history_in_verification
        )

        download_timeout: float | None | Unset
        if isinstance(self.download_timeout, Unset):
            download_timeout = UNSET
        else:
            download_timeout = self.download_timeout

        include_extracted_text = self.include_extracted_text

        skip_saved_profile = self.skip_saved_profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "output_parameter": output_parameter,
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
        if task_type is not UNSET:
            field_dict["task_type"] = task_type
        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title
        if engine is not UNSET:
            field_dict["engine"] = engine
        if engine_pinned is not UNSET:
            field_dict["engine_pinned"] = engine_pinned
        if complete_criterion is not UNSET:
            field_dict["complete_criterion"] = complete_criterion
        if complete_criterion_is_untrusted is not UNSET:
            field_dict["complete_criterion_is_untrusted"] = (
                complete_criterion_is_untrusted
            )
        if terminate_criterion is not UNSET:
            field_dict["terminate_criterion"] = terminate_criterion
        if navigation_goal is not UNSET:
            field_dict["navigation_goal"] = navigation_goal
        if data_extraction_goal is not UNSET:
            field_dict["data_extraction_goal"] = data_extraction_goal
        if data_schema is not UNSET:
            field_dict["data_schema"] = data_schema
        if error_code_mapping is not UNSET:
            field_dict["error_code_mapping"] = error_code_mapping
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if max_steps_per_run is not UNSET:
            field_dict["max_steps_per_run"] = max_steps_per_run
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if complete_on_download is not UNSET:
            field_dict["complete_on_download"] = complete_on_download
        if download_suffix is not UNSET:
            field_dict["download_suffix"] = download_suffix
        if totp_verification_url is not UNSET:
            field_dict["totp_verification_url"] = totp_verification_url
        if totp_identifier is not UNSET:
            field_dict["totp_identifier"] = totp_identifier
        if complete_verification is not UNSET:
            field_dict["complete_verification"] = complete_verification
        if include_action_history_in_verification is not UNSET:
            field_dict["include_action_history_in_verification"] = (
                include_action_history_in_verification
            )
        if download_timeout is not UNSET:
            field_dict["download_timeout"] = download_timeout
        if include_extracted_text is not UNSET:
            field_dict["include_extracted_text"] = include_extracted_text
        if skip_saved_profile is not UNSET:
            field_dict["skip_saved_profile"] = skip_saved_profile

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

        def _parse_next_block_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_block_label = _parse_next_block_label(d.pop("next_block_label", UNSET))

        block_type = cast(Literal["login"] | Unset, d.pop("block_type", UNSET))
        if block_type != "login" and not isinstance(block_type, Unset):
            raise ValueError(f"block_type must match const 'login', got '{block_type}'")

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

        task_type = d.pop("task_type", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        title = d.pop("title", UNSET)

        def _parse_engine(data: object) -> None | RunEngine | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                engine_type_0 = RunEngine(data)

                return engine_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunEngine | Unset, data)

        engine = _parse_engine(d.pop("engine", UNSET))

        engine_pinned = d.pop("engine_pinned", UNSET)

        def _parse_complete_criterion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        complete_criterion = _parse_complete_criterion(
            d.pop("complete_criterion", UNSET)
        )

        complete_criterion_is_untrusted = d.pop(
            "complete_criterion_is_untrusted", UNSET
        )

        def _parse_terminate_criterion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terminate_criterion = _parse_terminate_criterion(
            d.pop("terminate_criterion", UNSET)
        )

        def _parse_navigation_goal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        navigation_goal = _parse_navigation_goal(d.pop("navigation_goal", UNSET))

        def _parse_data_extraction_goal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_extraction_goal = _parse_data_extraction_goal(
            d.pop("data_extraction_goal", UNSET)
        )

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

        def _parse_error_code_mapping(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        error_code_mapping = _parse_error_code_mapping(
            d.pop("error_code_mapping", UNSET)
        )

        max_retries = d.pop("max_retries", UNSET)

        def _parse_max_steps_per_run(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_steps_per_run = _parse_max_steps_per_run(d.pop("max_steps_per_run", UNSET))

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

        complete_on_download = d.pop("complete_on_download", UNSET)

        def _parse_download_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_suffix = _parse_download_suffix(d.pop("download_suffix", UNSET))

        def _parse_totp_verification_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_verification_url = _parse_totp_verification_url(
            d.pop("totp_verification_url", UNSET)
        )

        def _parse_totp_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_identifier = _parse_totp_identifier(d.pop("totp_identifier", UNSET))

        complete_verification = d.pop("complete_verification", UNSET)

        include_action_history_in_verification = d.pop(
            "include_action_history_in_verification", UNSET
        )

        def _parse_download_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        download_timeout = _parse_download_timeout(d.pop("download_timeout", UNSET))

        include_extracted_text = d.pop("include_extracted_text", UNSET)

        skip_saved_profile = d.pop("skip_saved_profile", UNSET)

        login_block = cls(
            label=label,
            output_parameter=output_parameter,
            next_block_label=next_block_label,
            block_type=block_type,
            continue_on_failure=continue_on_failure,
            model=model,
            disable_cache=disable_cache,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
            task_type=task_type,
            url=url,
            title=title,
            engine=engine,
            engine_pinned=engine_pinned,
            complete_criterion=complete_criterion,
            complete_criterion_is_untrusted=complete_criterion_is_untrusted,
            terminate_criterion=terminate_criterion,
            navigation_goal=navigation_goal,
            data_extraction_goal=data_extraction_goal,
            data_schema=data_schema,
            error_code_mapping=error_code_mapping,
            max_retries=max_retries,
            max_steps_per_run=max_steps_per_run,
            parameters=parameters,
            complete_on_download=complete_on_download,
            download_suffix=download_suffix,
            totp_verification_url=totp_verification_url,
            totp_identifier=totp_identifier,
            complete_verification=complete_verification,
            include_action_history_in_verification=include_action_history_in_verification,
            download_timeout=download_timeout,
            include_extracted_text=include_extracted_text,
            skip_saved_profile=skip_saved_profile,
        )

        login_block.additional_properties = d
        return login_block

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
