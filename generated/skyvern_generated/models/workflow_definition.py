from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_block import ActionBlock
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
    from ..models.browser_settings import BrowserSettings
    from ..models.code_block import CodeBlock
    from ..models.conditional_block import ConditionalBlock
    from ..models.context_parameter import ContextParameter
    from ..models.credential_parameter import CredentialParameter
    from ..models.data_export_block import DataExportBlock
    from ..models.download_to_s3_block import DownloadToS3Block
    from ..models.email_inbox_block import EmailInboxBlock
    from ..models.extraction_block import ExtractionBlock
    from ..models.file_download_block import FileDownloadBlock
    from ..models.file_parser_block import FileParserBlock
    from ..models.file_upload_block import FileUploadBlock
    from ..models.for_loop_block import ForLoopBlock
    from ..models.google_sheets_read_block import GoogleSheetsReadBlock
    from ..models.google_sheets_write_block import GoogleSheetsWriteBlock
    from ..models.http_request_block import HttpRequestBlock
    from ..models.human_interaction_block import HumanInteractionBlock
    from ..models.login_block import LoginBlock
    from ..models.navigation_block import NavigationBlock
    from ..models.one_password_credential_parameter import (
        OnePasswordCredentialParameter,
    )
    from ..models.output_parameter import OutputParameter
    from ..models.pdf_fill_block import PdfFillBlock
    from ..models.pdf_parser_block import PDFParserBlock
    from ..models.print_page_block import PrintPageBlock
    from ..models.send_email_block import SendEmailBlock
    from ..models.split_pdf_block import SplitPdfBlock
    from ..models.task_block import TaskBlock
    from ..models.task_v2_block import TaskV2Block
    from ..models.terminate_block import TerminateBlock
    from ..models.text_prompt_block import TextPromptBlock
    from ..models.unrecognized import Unrecognized
    from ..models.upload_to_s3_block import UploadToS3Block
    from ..models.url_block import UrlBlock
    from ..models.validation_block import ValidationBlock
    from ..models.wait_block import WaitBlock
    from ..models.web_search_block import WebSearchBlock
    from ..models.while_loop_block import WhileLoopBlock
    from ..models.workflow_parameter import WorkflowParameter
    from ..models.workflow_retry_policy import WorkflowRetryPolicy
    from ..models.workflow_trigger_block import WorkflowTriggerBlock


T = TypeVar("T", bound="WorkflowDefinition")


@_attrs_define
class WorkflowDefinition:
    parameters: list[
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
    blocks: list[
        ActionBlock
        | CodeBlock
        | ConditionalBlock
        | DataExportBlock
        | DownloadToS3Block
        | EmailInboxBlock
        | ExtractionBlock
        | FileDownloadBlock
        | FileParserBlock
        | FileUploadBlock
        | ForLoopBlock
        | GoogleSheetsReadBlock
        | GoogleSheetsWriteBlock
        | HttpRequestBlock
        | HumanInteractionBlock
        | LoginBlock
        | NavigationBlock
        | PdfFillBlock
        | PDFParserBlock
        | PrintPageBlock
        | SendEmailBlock
        | SplitPdfBlock
        | TaskBlock
        | TaskV2Block
        | TerminateBlock
        | TextPromptBlock
        | Unrecognized
        | UploadToS3Block
        | UrlBlock
        | ValidationBlock
        | WaitBlock
        | WebSearchBlock
        | WhileLoopBlock
        | WorkflowTriggerBlock
    ]
    version: int | Unset = 1
    finally_block_label: None | str | Unset = UNSET
    error_code_mapping: Any | None | Unset = UNSET
    retry_policy: None | Unset | WorkflowRetryPolicy = UNSET
    """ Optional policy for retrying eligible terminal workflow runs """
    workflow_system_prompt: None | str | Unset = UNSET
    completion_contract: Any | None | Unset = UNSET
    """ Copilot-managed: what a run of this workflow must produce, graded at run finalization. Derived from the
    request when a workflow is accepted; not intended to be authored by hand. """
    browser_settings: BrowserSettings | None | Unset = UNSET
    """ Settings applied to every browser this workflow version creates. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_block import ActionBlock
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
        from ..models.browser_settings import BrowserSettings
        from ..models.code_block import CodeBlock
        from ..models.conditional_block import ConditionalBlock
        from ..models.context_parameter import ContextParameter
        from ..models.credential_parameter import CredentialParameter
        from ..models.data_export_block import DataExportBlock
        from ..models.download_to_s3_block import DownloadToS3Block
        from ..models.email_inbox_block import EmailInboxBlock
        from ..models.extraction_block import ExtractionBlock
        from ..models.file_download_block import FileDownloadBlock
        from ..models.file_parser_block import FileParserBlock
        from ..models.file_upload_block import FileUploadBlock
        from ..models.for_loop_block import ForLoopBlock
        from ..models.google_sheets_read_block import GoogleSheetsReadBlock
        from ..models.google_sheets_write_block import GoogleSheetsWriteBlock
        from ..models.http_request_block import HttpRequestBlock
        from ..models.human_interaction_block import HumanInteractionBlock
        from ..models.login_block import LoginBlock
        from ..models.navigation_block import NavigationBlock
        from ..models.one_password_credential_parameter import (
            OnePasswordCredentialParameter,
        )
        from ..models.output_parameter import OutputParameter
        from ..models.pdf_fill_block import PdfFillBlock
        from ..models.pdf_parser_block import PDFParserBlock
        from ..models.print_page_block import PrintPageBlock
        from ..models.send_email_block import SendEmailBlock
        from ..models.split_pdf_block import SplitPdfBlock
        from ..models.task_block import TaskBlock
        from ..models.task_v2_block import TaskV2Block
        from ..models.terminate_block import TerminateBlock
        from ..models.text_prompt_block import TextPromptBlock
        from ..models.upload_to_s3_block import UploadToS3Block
        from ..models.url_block import UrlBlock
        from ..models.validation_block import ValidationBlock
        from ..models.wait_block import WaitBlock
        from ..models.web_search_block import WebSearchBlock
        from ..models.while_loop_block import WhileLoopBlock
        from ..models.workflow_parameter import WorkflowParameter
        from ..models.workflow_retry_policy import WorkflowRetryPolicy
        from ..models.workflow_trigger_block import WorkflowTriggerBlock

        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item: dict[str, Any]
            if (
                isinstance(parameters_item_data, WorkflowParameter)
                or isinstance(parameters_item_data, ContextParameter)
                or isinstance(parameters_item_data, AWSSecretParameter)
                or isinstance(parameters_item_data, AzureSecretParameter)
                or isinstance(parameters_item_data, BitwardenLoginCredentialParameter)
                or isinstance(
                    parameters_item_data, BitwardenSensitiveInformationParameter
                )
                or isinstance(parameters_item_data, BitwardenCreditCardDataParameter)
                or isinstance(parameters_item_data, OnePasswordCredentialParameter)
                or isinstance(parameters_item_data, AzureVaultCredentialParameter)
                or isinstance(parameters_item_data, OutputParameter)
                or isinstance(parameters_item_data, CredentialParameter)
            ):
                parameters_item = parameters_item_data.to_dict()
            else:
                parameters_item = parameters_item_data.to_dict()

            parameters.append(parameters_item)

        blocks = []
        for blocks_item_data in self.blocks:
            blocks_item: dict[str, Any]
            if (
                isinstance(blocks_item_data, ConditionalBlock)
                or isinstance(blocks_item_data, ForLoopBlock)
                or isinstance(blocks_item_data, WhileLoopBlock)
                or isinstance(blocks_item_data, TaskBlock)
                or isinstance(blocks_item_data, CodeBlock)
                or isinstance(blocks_item_data, TextPromptBlock)
                or isinstance(blocks_item_data, DownloadToS3Block)
                or isinstance(blocks_item_data, UploadToS3Block)
                or isinstance(blocks_item_data, SendEmailBlock)
                or isinstance(blocks_item_data, FileParserBlock)
                or isinstance(blocks_item_data, PDFParserBlock)
                or isinstance(blocks_item_data, ValidationBlock)
                or isinstance(blocks_item_data, ActionBlock)
                or isinstance(blocks_item_data, NavigationBlock)
                or isinstance(blocks_item_data, ExtractionBlock)
                or isinstance(blocks_item_data, LoginBlock)
                or isinstance(blocks_item_data, WaitBlock)
                or isinstance(blocks_item_data, HumanInteractionBlock)
                or isinstance(blocks_item_data, FileDownloadBlock)
                or isinstance(blocks_item_data, UrlBlock)
                or isinstance(blocks_item_data, TaskV2Block)
                or isinstance(blocks_item_data, FileUploadBlock)
                or isinstance(blocks_item_data, HttpRequestBlock)
                or isinstance(blocks_item_data, WebSearchBlock)
                or isinstance(blocks_item_data, PrintPageBlock)
                or isinstance(blocks_item_data, WorkflowTriggerBlock)
                or isinstance(blocks_item_data, GoogleSheetsReadBlock)
                or isinstance(blocks_item_data, EmailInboxBlock)
                or isinstance(blocks_item_data, GoogleSheetsWriteBlock)
                or isinstance(blocks_item_data, PdfFillBlock)
                or isinstance(blocks_item_data, SplitPdfBlock)
                or isinstance(blocks_item_data, DataExportBlock)
                or isinstance(blocks_item_data, TerminateBlock)
            ):
                blocks_item = blocks_item_data.to_dict()
            else:
                blocks_item = blocks_item_data.to_dict()

            blocks.append(blocks_item)

        version = self.version

        finally_block_label: None | str | Unset
        if isinstance(self.finally_block_label, Unset):
            finally_block_label = UNSET
        else:
            finally_block_label = self.finally_block_label

        error_code_mapping: Any | None | Unset
        if isinstance(self.error_code_mapping, Unset):
            error_code_mapping = UNSET
        else:
            error_code_mapping = self.error_code_mapping

        retry_policy: dict[str, Any] | None | Unset
        if isinstance(self.retry_policy, Unset):
            retry_policy = UNSET
        elif isinstance(self.retry_policy, WorkflowRetryPolicy):
            retry_policy = self.retry_policy.to_dict()
        else:
            retry_policy = self.retry_policy

        workflow_system_prompt: None | str | Unset
        if isinstance(self.workflow_system_prompt, Unset):
            workflow_system_prompt = UNSET
        else:
            workflow_system_prompt = self.workflow_system_prompt

        completion_contract: Any | None | Unset
        if isinstance(self.completion_contract, Unset):
            completion_contract = UNSET
        else:
            completion_contract = self.completion_contract

        browser_settings: dict[str, Any] | None | Unset
        if isinstance(self.browser_settings, Unset):
            browser_settings = UNSET
        elif isinstance(self.browser_settings, BrowserSettings):
            browser_settings = self.browser_settings.to_dict()
        else:
            browser_settings = self.browser_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameters": parameters,
                "blocks": blocks,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if finally_block_label is not UNSET:
            field_dict["finally_block_label"] = finally_block_label
        if error_code_mapping is not UNSET:
            field_dict["error_code_mapping"] = error_code_mapping
        if retry_policy is not UNSET:
            field_dict["retry_policy"] = retry_policy
        if workflow_system_prompt is not UNSET:
            field_dict["workflow_system_prompt"] = workflow_system_prompt
        if completion_contract is not UNSET:
            field_dict["completion_contract"] = completion_contract
        if browser_settings is not UNSET:
            field_dict["browser_settings"] = browser_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.action_block import ActionBlock
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
        from ..models.browser_settings import BrowserSettings
        from ..models.code_block import CodeBlock
        from ..models.conditional_block import ConditionalBlock
        from ..models.context_parameter import ContextParameter
        from ..models.credential_parameter import CredentialParameter
        from ..models.data_export_block import DataExportBlock
        from ..models.download_to_s3_block import DownloadToS3Block
        from ..models.email_inbox_block import EmailInboxBlock
        from ..models.extraction_block import ExtractionBlock
        from ..models.file_download_block import FileDownloadBlock
        from ..models.file_parser_block import FileParserBlock
        from ..models.file_upload_block import FileUploadBlock
        from ..models.for_loop_block import ForLoopBlock
        from ..models.google_sheets_read_block import GoogleSheetsReadBlock
        from ..models.google_sheets_write_block import GoogleSheetsWriteBlock
        from ..models.http_request_block import HttpRequestBlock
        from ..models.human_interaction_block import HumanInteractionBlock
        from ..models.login_block import LoginBlock
        from ..models.navigation_block import NavigationBlock
        from ..models.one_password_credential_parameter import (
            OnePasswordCredentialParameter,
        )
        from ..models.output_parameter import OutputParameter
        from ..models.pdf_fill_block import PdfFillBlock
        from ..models.pdf_parser_block import PDFParserBlock
        from ..models.print_page_block import PrintPageBlock
        from ..models.send_email_block import SendEmailBlock
        from ..models.split_pdf_block import SplitPdfBlock
        from ..models.task_block import TaskBlock
        from ..models.task_v2_block import TaskV2Block
        from ..models.terminate_block import TerminateBlock
        from ..models.text_prompt_block import TextPromptBlock
        from ..models.unrecognized import Unrecognized
        from ..models.upload_to_s3_block import UploadToS3Block
        from ..models.url_block import UrlBlock
        from ..models.validation_block import ValidationBlock
        from ..models.wait_block import WaitBlock
        from ..models.web_search_block import WebSearchBlock
        from ..models.while_loop_block import WhileLoopBlock
        from ..models.workflow_parameter import WorkflowParameter
        from ..models.workflow_retry_policy import WorkflowRetryPolicy
        from ..models.workflow_trigger_block import WorkflowTriggerBlock

        d = dict(src_dict)
        parameters = []
        _parameters = d.pop("parameters")
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
                        parameters_item_type_3 = AzureSecretParameter.from_dict(data)

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
                        parameters_item_type_10 = CredentialParameter.from_dict(data)

                        return parameters_item_type_10
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_item_type_11 = Unrecognized.from_dict(data)

                return parameters_item_type_11

            parameters_item = _parse_parameters_item(parameters_item_data)

            parameters.append(parameters_item)

        blocks = []
        _blocks = d.pop("blocks")
        for blocks_item_data in _blocks:

            def _parse_blocks_item(
                data: object,
            ) -> (
                ActionBlock
                | CodeBlock
                | ConditionalBlock
                | DataExportBlock
                | DownloadToS3Block
                | EmailInboxBlock
                | ExtractionBlock
                | FileDownloadBlock
                | FileParserBlock
                | FileUploadBlock
                | ForLoopBlock
                | GoogleSheetsReadBlock
                | GoogleSheetsWriteBlock
                | HttpRequestBlock
                | HumanInteractionBlock
                | LoginBlock
                | NavigationBlock
                | PdfFillBlock
                | PDFParserBlock
                | PrintPageBlock
                | SendEmailBlock
                | SplitPdfBlock
                | TaskBlock
                | TaskV2Block
                | TerminateBlock
                | TextPromptBlock
                | Unrecognized
                | UploadToS3Block
                | UrlBlock
                | ValidationBlock
                | WaitBlock
                | WebSearchBlock
                | WhileLoopBlock
                | WorkflowTriggerBlock
            ):
                if isinstance(data, dict):
                    tag = data.get("block_type")
                    if tag == "conditional":
                        blocks_item_type_0 = ConditionalBlock.from_dict(data)

                        return blocks_item_type_0
                    if tag == "for_loop":
                        blocks_item_type_1 = ForLoopBlock.from_dict(data)

                        return blocks_item_type_1
                    if tag == "while_loop":
                        blocks_item_type_2 = WhileLoopBlock.from_dict(data)

                        return blocks_item_type_2
                    if tag == "task":
                        blocks_item_type_3 = TaskBlock.from_dict(data)

                        return blocks_item_type_3
                    if tag == "code":
                        blocks_item_type_4 = CodeBlock.from_dict(data)

                        return blocks_item_type_4
                    if tag == "text_prompt":
                        blocks_item_type_5 = TextPromptBlock.from_dict(data)

                        return blocks_item_type_5
                    if tag == "download_to_s3":
                        blocks_item_type_6 = DownloadToS3Block.from_dict(data)

                        return blocks_item_type_6
                    if tag == "upload_to_s3":
                        blocks_item_type_7 = UploadToS3Block.from_dict(data)

                        return blocks_item_type_7
                    if tag == "send_email":
                        blocks_item_type_8 = SendEmailBlock.from_dict(data)

                        return blocks_item_type_8
                    if tag == "file_url_parser":
                        blocks_item_type_9 = FileParserBlock.from_dict(data)

                        return blocks_item_type_9
                    if tag == "pdf_parser":
                        blocks_item_type_10 = PDFParserBlock.from_dict(data)

                        return blocks_item_type_10
                    if tag == "validation":
                        blocks_item_type_11 = ValidationBlock.from_dict(data)

                        return blocks_item_type_11
                    if tag == "action":
                        blocks_item_type_12 = ActionBlock.from_dict(data)

                        return blocks_item_type_12
                    if tag == "navigation":
                        blocks_item_type_13 = NavigationBlock.from_dict(data)

                        return blocks_item_type_13
                    if tag == "extraction":
                        blocks_item_type_14 = ExtractionBlock.from_dict(data)

                        return blocks_item_type_14
                    if tag == "login":
                        blocks_item_type_15 = LoginBlock.from_dict(data)

                        return blocks_item_type_15
                    if tag == "wait":
                        blocks_item_type_16 = WaitBlock.from_dict(data)

                        return blocks_item_type_16
                    if tag == "human_interaction":
                        blocks_item_type_17 = HumanInteractionBlock.from_dict(data)

                        return blocks_item_type_17
                    if tag == "file_download":
                        blocks_item_type_18 = FileDownloadBlock.from_dict(data)

                        return blocks_item_type_18
                    if tag == "goto_url":
                        blocks_item_type_19 = UrlBlock.from_dict(data)

                        return blocks_item_type_19
                    if tag == "task_v2":
                        blocks_item_type_20 = TaskV2Block.from_dict(data)

                        return blocks_item_type_20
                    if tag == "file_upload":
                        blocks_item_type_21 = FileUploadBlock.from_dict(data)

                        return blocks_item_type_21
                    if tag == "http_request":
                        blocks_item_type_22 = HttpRequestBlock.from_dict(data)

                        return blocks_item_type_22
                    if tag == "web_search":
                        blocks_item_type_23 = WebSearchBlock.from_dict(data)

                        return blocks_item_type_23
                    if tag == "print_page":
                        blocks_item_type_24 = PrintPageBlock.from_dict(data)

                        return blocks_item_type_24
                    if tag == "workflow_trigger":
                        blocks_item_type_25 = WorkflowTriggerBlock.from_dict(data)

                        return blocks_item_type_25
                    if tag == "google_sheets_read":
                        blocks_item_type_26 = GoogleSheetsReadBlock.from_dict(data)

                        return blocks_item_type_26
                    if tag == "email_inbox":
                        blocks_item_type_27 = EmailInboxBlock.from_dict(data)

                        return blocks_item_type_27
                    if tag == "google_sheets_write":
                        blocks_item_type_28 = GoogleSheetsWriteBlock.from_dict(data)

                        return blocks_item_type_28
                    if tag == "pdf_fill":
                        blocks_item_type_29 = PdfFillBlock.from_dict(data)

                        return blocks_item_type_29
                    if tag == "split_pdf":
                        blocks_item_type_30 = SplitPdfBlock.from_dict(data)

                        return blocks_item_type_30
                    if tag == "data_export":
                        blocks_item_type_31 = DataExportBlock.from_dict(data)

                        return blocks_item_type_31
                    if tag == "terminate":
                        blocks_item_type_32 = TerminateBlock.from_dict(data)

                        return blocks_item_type_32
                if not isinstance(data, dict):
                    raise TypeError()
                blocks_item_type_33 = Unrecognized.from_dict(data)

                return blocks_item_type_33

            blocks_item = _parse_blocks_item(blocks_item_data)

            blocks.append(blocks_item)

        version = d.pop("version", UNSET)

        def _parse_finally_block_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finally_block_label = _parse_finally_block_label(
            d.pop("finally_block_label", UNSET)
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

        def _parse_retry_policy(data: object) -> None | Unset | WorkflowRetryPolicy:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                retry_policy_type_0 = WorkflowRetryPolicy.from_dict(data)

                return retry_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowRetryPolicy, data)

        retry_policy = _parse_retry_policy(d.pop("retry_policy", UNSET))

        def _parse_workflow_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_system_prompt = _parse_workflow_system_prompt(
            d.pop("workflow_system_prompt", UNSET)
        )

        def _parse_completion_contract(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        completion_contract = _parse_completion_contract(
            d.pop("completion_contract", UNSET)
        )

        def _parse_browser_settings(data: object) -> BrowserSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                browser_settings_type_0 = BrowserSettings.from_dict(data)

                return browser_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrowserSettings | None | Unset, data)

        browser_settings = _parse_browser_settings(d.pop("browser_settings", UNSET))

        workflow_definition = cls(
            parameters=parameters,
            blocks=blocks,
            version=version,
            finally_block_label=finally_block_label,
            error_code_mapping=error_code_mapping,
            retry_policy=retry_policy,
            workflow_system_prompt=workflow_system_prompt,
            completion_contract=completion_contract,
            browser_settings=browser_settings,
        )

        workflow_definition.additional_properties = d
        return workflow_definition

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
