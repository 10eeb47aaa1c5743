from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_block_yaml import ActionBlockYAML
    from ..models.aws_secret_parameter_yaml import AWSSecretParameterYAML
    from ..models.azure_vault_credential_parameter_yaml import (
        AzureVaultCredentialParameterYAML,
    )
    from ..models.bitwarden_credit_card_data_parameter_yaml import (
        BitwardenCreditCardDataParameterYAML,
    )
    from ..models.bitwarden_login_credential_parameter_yaml import (
        BitwardenLoginCredentialParameterYAML,
    )
    from ..models.bitwarden_sensitive_information_parameter_yaml import (
        BitwardenSensitiveInformationParameterYAML,
    )
    from ..models.browser_settings import BrowserSettings
    from ..models.code_block_yaml import CodeBlockYAML
    from ..models.conditional_block_yaml import ConditionalBlockYAML
    from ..models.context_parameter_yaml import ContextParameterYAML
    from ..models.credential_parameter_yaml import CredentialParameterYAML
    from ..models.data_export_block_yaml import DataExportBlockYAML
    from ..models.download_to_s3_block_yaml import DownloadToS3BlockYAML
    from ..models.email_inbox_block_yaml import EmailInboxBlockYAML
    from ..models.extraction_block_yaml import ExtractionBlockYAML
    from ..models.file_download_block_yaml import FileDownloadBlockYAML
    from ..models.file_parser_block_yaml import FileParserBlockYAML
    from ..models.file_upload_block_yaml import FileUploadBlockYAML
    from ..models.for_loop_block_yaml import ForLoopBlockYAML
    from ..models.google_sheets_read_block_yaml import GoogleSheetsReadBlockYAML
    from ..models.google_sheets_write_block_yaml import GoogleSheetsWriteBlockYAML
    from ..models.http_request_block_yaml import HttpRequestBlockYAML
    from ..models.human_interaction_block_yaml import HumanInteractionBlockYAML
    from ..models.login_block_yaml import LoginBlockYAML
    from ..models.navigation_block_yaml import NavigationBlockYAML
    from ..models.one_password_credential_parameter_yaml import (
        OnePasswordCredentialParameterYAML,
    )
    from ..models.output_parameter_yaml import OutputParameterYAML
    from ..models.pdf_fill_block_yaml import PdfFillBlockYAML
    from ..models.pdf_parser_block_yaml import PDFParserBlockYAML
    from ..models.print_page_block_yaml import PrintPageBlockYAML
    from ..models.send_email_block_yaml import SendEmailBlockYAML
    from ..models.split_pdf_block_yaml import SplitPdfBlockYAML
    from ..models.task_block_yaml import TaskBlockYAML
    from ..models.task_v2_block_yaml import TaskV2BlockYAML
    from ..models.terminate_block_yaml import TerminateBlockYAML
    from ..models.text_prompt_block_yaml import TextPromptBlockYAML
    from ..models.unrecognized import Unrecognized
    from ..models.upload_to_s3_block_yaml import UploadToS3BlockYAML
    from ..models.url_block_yaml import UrlBlockYAML
    from ..models.validation_block_yaml import ValidationBlockYAML
    from ..models.wait_block_yaml import WaitBlockYAML
    from ..models.web_search_block_yaml import WebSearchBlockYAML
    from ..models.while_loop_block_yaml import WhileLoopBlockYAML
    from ..models.workflow_parameter_yaml import WorkflowParameterYAML
    from ..models.workflow_retry_policy import WorkflowRetryPolicy
    from ..models.workflow_trigger_block_yaml import WorkflowTriggerBlockYAML


T = TypeVar("T", bound="WorkflowDefinitionYAML")


@_attrs_define
class WorkflowDefinitionYAML:
    parameters: list[
        AWSSecretParameterYAML
        | AzureVaultCredentialParameterYAML
        | BitwardenCreditCardDataParameterYAML
        | BitwardenLoginCredentialParameterYAML
        | BitwardenSensitiveInformationParameterYAML
        | ContextParameterYAML
        | CredentialParameterYAML
        | OnePasswordCredentialParameterYAML
        | OutputParameterYAML
        | Unrecognized
        | WorkflowParameterYAML
    ]
    blocks: list[
        ActionBlockYAML
        | CodeBlockYAML
        | ConditionalBlockYAML
        | DataExportBlockYAML
        | DownloadToS3BlockYAML
        | EmailInboxBlockYAML
        | ExtractionBlockYAML
        | FileDownloadBlockYAML
        | FileParserBlockYAML
        | FileUploadBlockYAML
        | ForLoopBlockYAML
        | GoogleSheetsReadBlockYAML
        | GoogleSheetsWriteBlockYAML
        | HttpRequestBlockYAML
        | HumanInteractionBlockYAML
        | LoginBlockYAML
        | NavigationBlockYAML
        | PdfFillBlockYAML
        | PDFParserBlockYAML
        | PrintPageBlockYAML
        | SendEmailBlockYAML
        | SplitPdfBlockYAML
        | TaskBlockYAML
        | TaskV2BlockYAML
        | TerminateBlockYAML
        | TextPromptBlockYAML
        | Unrecognized
        | UploadToS3BlockYAML
        | UrlBlockYAML
        | ValidationBlockYAML
        | WaitBlockYAML
        | WebSearchBlockYAML
        | WhileLoopBlockYAML
        | WorkflowTriggerBlockYAML
    ]
    version: int | None | Unset = UNSET
    finally_block_label: None | str | Unset = UNSET
    error_code_mapping: Any | None | Unset = UNSET
    retry_policy: None | Unset | WorkflowRetryPolicy = UNSET
    """ Optional policy for retrying eligible terminal workflow runs """
    workflow_system_prompt: None | str | Unset = UNSET
    completion_contract: Any | None | Unset = UNSET
    """ Copilot-managed: what a run of this workflow must produce, graded at run finalization. Derived from the
    request when a workflow is accepted; not intended to be authored by hand. """
    browser_settings: BrowserSettings | None | Unset = UNSET
    """ Settings applied to every browser this workflow version creates. Omit to keep the previous version's
    settings; set to null to clear them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_block_yaml import ActionBlockYAML
        from ..models.aws_secret_parameter_yaml import AWSSecretParameterYAML
        from ..models.azure_vault_credential_parameter_yaml import (
            AzureVaultCredentialParameterYAML,
        )
        from ..models.bitwarden_credit_card_data_parameter_yaml import (
            BitwardenCreditCardDataParameterYAML,
        )
        from ..models.bitwarden_login_credential_parameter_yaml import (
            BitwardenLoginCredentialParameterYAML,
        )
        from ..models.bitwarden_sensitive_information_parameter_yaml import (
            BitwardenSensitiveInformationParameterYAML,
        )
        from ..models.browser_settings import BrowserSettings
        from ..models.code_block_yaml import CodeBlockYAML
        from ..models.conditional_block_yaml import ConditionalBlockYAML
        from ..models.context_parameter_yaml import ContextParameterYAML
        from ..models.credential_parameter_yaml import CredentialParameterYAML
        from ..models.data_export_block_yaml import DataExportBlockYAML
        from ..models.download_to_s3_block_yaml import DownloadToS3BlockYAML
        from ..models.email_inbox_block_yaml import EmailInboxBlockYAML
        from ..models.extraction_block_yaml import ExtractionBlockYAML
        from ..models.file_download_block_yaml import FileDownloadBlockYAML
        from ..models.file_parser_block_yaml import FileParserBlockYAML
        from ..models.file_upload_block_yaml import FileUploadBlockYAML
        from ..models.for_loop_block_yaml import ForLoopBlockYAML
        from ..models.google_sheets_read_block_yaml import GoogleSheetsReadBlockYAML
        from ..models.google_sheets_write_block_yaml import GoogleSheetsWriteBlockYAML
        from ..models.http_request_block_yaml import HttpRequestBlockYAML
        from ..models.human_interaction_block_yaml import HumanInteractionBlockYAML
        from ..models.login_block_yaml import LoginBlockYAML
        from ..models.navigation_block_yaml import NavigationBlockYAML
        from ..models.one_password_credential_parameter_yaml import (
            OnePasswordCredentialParameterYAML,
        )
        from ..models.output_parameter_yaml import OutputParameterYAML
        from ..models.pdf_fill_block_yaml import PdfFillBlockYAML
        from ..models.pdf_parser_block_yaml import PDFParserBlockYAML
        from ..models.print_page_block_yaml import PrintPageBlockYAML
        from ..models.send_email_block_yaml import SendEmailBlockYAML
        from ..models.split_pdf_block_yaml import SplitPdfBlockYAML
        from ..models.task_block_yaml import TaskBlockYAML
        from ..models.task_v2_block_yaml import TaskV2BlockYAML
        from ..models.terminate_block_yaml import TerminateBlockYAML
        from ..models.text_prompt_block_yaml import TextPromptBlockYAML
        from ..models.upload_to_s3_block_yaml import UploadToS3BlockYAML
        from ..models.url_block_yaml import UrlBlockYAML
        from ..models.validation_block_yaml import ValidationBlockYAML
        from ..models.wait_block_yaml import WaitBlockYAML
        from ..models.web_search_block_yaml import WebSearchBlockYAML
        from ..models.while_loop_block_yaml import WhileLoopBlockYAML
        from ..models.workflow_parameter_yaml import WorkflowParameterYAML
        from ..models.workflow_retry_policy import WorkflowRetryPolicy
        from ..models.workflow_trigger_block_yaml import WorkflowTriggerBlockYAML

        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item: dict[str, Any]
            if (
                isinstance(parameters_item_data, AWSSecretParameterYAML)
                or isinstance(
                    parameters_item_data, BitwardenLoginCredentialParameterYAML
                )
                or isinstance(
                    parameters_item_data, BitwardenSensitiveInformationParameterYAML
                )
                or isinstance(
                    parameters_item_data, BitwardenCreditCardDataParameterYAML
                )
                or isinstance(parameters_item_data, OnePasswordCredentialParameterYAML)
                or isinstance(parameters_item_data, AzureVaultCredentialParameterYAML)
                or isinstance(parameters_item_data, WorkflowParameterYAML)
                or isinstance(parameters_item_data, ContextParameterYAML)
                or isinstance(parameters_item_data, OutputParameterYAML)
                or isinstance(parameters_item_data, CredentialParameterYAML)
            ):
                parameters_item = parameters_item_data.to_dict()
            else:
                parameters_item = parameters_item_data.to_dict()

            parameters.append(parameters_item)

        blocks = []
        for blocks_item_data in self.blocks:
            blocks_item: dict[str, Any]
            if (
                isinstance(blocks_item_data, TaskBlockYAML)
                or isinstance(blocks_item_data, ForLoopBlockYAML)
                or isinstance(blocks_item_data, WhileLoopBlockYAML)
                or isinstance(blocks_item_data, CodeBlockYAML)
                or isinstance(blocks_item_data, TextPromptBlockYAML)
                or isinstance(blocks_item_data, DownloadToS3BlockYAML)
                or isinstance(blocks_item_data, UploadToS3BlockYAML)
                or isinstance(blocks_item_data, FileUploadBlockYAML)
                or isinstance(blocks_item_data, SendEmailBlockYAML)
                or isinstance(blocks_item_data, FileParserBlockYAML)
                or isinstance(blocks_item_data, ValidationBlockYAML)
                or isinstance(blocks_item_data, ActionBlockYAML)
                or isinstance(blocks_item_data, NavigationBlockYAML)
                or isinstance(blocks_item_data, ExtractionBlockYAML)
                or isinstance(blocks_item_data, LoginBlockYAML)
                or isinstance(blocks_item_data, WaitBlockYAML)
                or isinstance(blocks_item_data, HumanInteractionBlockYAML)
                or isinstance(blocks_item_data, FileDownloadBlockYAML)
                or isinstance(blocks_item_data, DataExportBlockYAML)
                or isinstance(blocks_item_data, TerminateBlockYAML)
                or isinstance(blocks_item_data, UrlBlockYAML)
                or isinstance(blocks_item_data, PDFParserBlockYAML)
                or isinstance(blocks_item_data, TaskV2BlockYAML)
                or isinstance(blocks_item_data, HttpRequestBlockYAML)
                or isinstance(blocks_item_data, WebSearchBlockYAML)
                or isinstance(blocks_item_data, ConditionalBlockYAML)
                or isinstance(blocks_item_data, PrintPageBlockYAML)
                or isinstance(blocks_item_data, PdfFillBlockYAML)
                or isinstance(blocks_item_data, SplitPdfBlockYAML)
                or isinstance(blocks_item_data, WorkflowTriggerBlockYAML)
                or isinstance(blocks_item_data, GoogleSheetsReadBlockYAML)
                or isinstance(blocks_item_data, EmailInboxBlockYAML)
                or isinstance(blocks_item_data, GoogleSheetsWriteBlockYAML)
            ):
                blocks_item = blocks_item_data.to_dict()
            else:
                blocks_item = blocks_item_data.to_dict()

            blocks.append(blocks_item)

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
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
        from ..models.action_block_yaml import ActionBlockYAML
        from ..models.aws_secret_parameter_yaml import AWSSecretParameterYAML
        from ..models.azure_vault_credential_parameter_yaml import (
            AzureVaultCredentialParameterYAML,
        )
        from ..models.bitwarden_credit_card_data_parameter_yaml import (
            BitwardenCreditCardDataParameterYAML,
        )
        from ..models.bitwarden_login_credential_parameter_yaml import (
            BitwardenLoginCredentialParameterYAML,
        )
        from ..models.bitwarden_sensitive_information_parameter_yaml import (
            BitwardenSensitiveInformationParameterYAML,
        )
        from ..models.browser_settings import BrowserSettings
        from ..models.code_block_yaml import CodeBlockYAML
        from ..models.conditional_block_yaml import ConditionalBlockYAML
        from ..models.context_parameter_yaml import ContextParameterYAML
        from ..models.credential_parameter_yaml import CredentialParameterYAML
        from ..models.data_export_block_yaml import DataExportBlockYAML
        from ..models.download_to_s3_block_yaml import DownloadToS3BlockYAML
        from ..models.email_inbox_block_yaml import EmailInboxBlockYAML
        from ..models.extraction_block_yaml import ExtractionBlockYAML
        from ..models.file_download_block_yaml import FileDownloadBlockYAML
        from ..models.file_parser_block_yaml import FileParserBlockYAML
        from ..models.file_upload_block_yaml import FileUploadBlockYAML
        from ..models.for_loop_block_yaml import ForLoopBlockYAML
        from ..models.google_sheets_read_block_yaml import GoogleSheetsReadBlockYAML
        from ..models.google_sheets_write_block_yaml import GoogleSheetsWriteBlockYAML
        from ..models.http_request_block_yaml import HttpRequestBlockYAML
        from ..models.human_interaction_block_yaml import HumanInteractionBlockYAML
        from ..models.login_block_yaml import LoginBlockYAML
        from ..models.navigation_block_yaml import NavigationBlockYAML
        from ..models.one_password_credential_parameter_yaml import (
            OnePasswordCredentialParameterYAML,
        )
        from ..models.output_parameter_yaml import OutputParameterYAML
        from ..models.pdf_fill_block_yaml import PdfFillBlockYAML
        from ..models.pdf_parser_block_yaml import PDFParserBlockYAML
        from ..models.print_page_block_yaml import PrintPageBlockYAML
        from ..models.send_email_block_yaml import SendEmailBlockYAML
        from ..models.split_pdf_block_yaml import SplitPdfBlockYAML
        from ..models.task_block_yaml import TaskBlockYAML
        from ..models.task_v2_block_yaml import TaskV2BlockYAML
        from ..models.terminate_block_yaml import TerminateBlockYAML
        from ..models.text_prompt_block_yaml import TextPromptBlockYAML
        from ..models.unrecognized import Unrecognized
        from ..models.upload_to_s3_block_yaml import UploadToS3BlockYAML
        from ..models.url_block_yaml import UrlBlockYAML
        from ..models.validation_block_yaml import ValidationBlockYAML
        from ..models.wait_block_yaml import WaitBlockYAML
        from ..models.web_search_block_yaml import WebSearchBlockYAML
        from ..models.while_loop_block_yaml import WhileLoopBlockYAML
        from ..models.workflow_parameter_yaml import WorkflowParameterYAML
        from ..models.workflow_retry_policy import WorkflowRetryPolicy
        from ..models.workflow_trigger_block_yaml import WorkflowTriggerBlockYAML

        d = dict(src_dict)
        parameters = []
        _parameters = d.pop("parameters")
        for parameters_item_data in _parameters:

            def _parse_parameters_item(
                data: object,
            ) -> (
                AWSSecretParameterYAML
                | AzureVaultCredentialParameterYAML
                | BitwardenCreditCardDataParameterYAML
                | BitwardenLoginCredentialParameterYAML
                | BitwardenSensitiveInformationParameterYAML
                | ContextParameterYAML
                | CredentialParameterYAML
                | OnePasswordCredentialParameterYAML
                | OutputParameterYAML
                | Unrecognized
                | WorkflowParameterYAML
            ):
                if isinstance(data, dict):
                    tag = data.get("parameter_type")
                    if tag == "aws_secret":
                        parameters_item_type_0 = AWSSecretParameterYAML.from_dict(data)

                        return parameters_item_type_0
                    if tag == "bitwarden_login_credential":
                        parameters_item_type_1 = (
                            BitwardenLoginCredentialParameterYAML.from_dict(data)
                        )

                        return parameters_item_type_1
                    if tag == "bitwarden_sensitive_information":
                        parameters_item_type_2 = (
                            BitwardenSensitiveInformationParameterYAML.from_dict(data)
                        )

                        return parameters_item_type_2
                    if tag == "bitwarden_credit_card_data":
                        parameters_item_type_3 = (
                            BitwardenCreditCardDataParameterYAML.from_dict(data)
                        )

                        return parameters_item_type_3
                    if tag == "onepassword":
                        parameters_item_type_4 = (
                            OnePasswordCredentialParameterYAML.from_dict(data)
                        )

                        return parameters_item_type_4
                    if tag == "azure_vault_credential":
                        parameters_item_type_5 = (
                            AzureVaultCredentialParameterYAML.from_dict(data)
                        )

                        return parameters_item_type_5
                    if tag == "workflow":
                        parameters_item_type_6 = WorkflowParameterYAML.from_dict(data)

                        return parameters_item_type_6
                    if tag == "context":
                        parameters_item_type_7 = ContextParameterYAML.from_dict(data)

                        return parameters_item_type_7
                    if tag == "output":
                        parameters_item_type_8 = OutputParameterYAML.from_dict(data)

                        return parameters_item_type_8
                    if tag == "credential":
                        parameters_item_type_9 = CredentialParameterYAML.from_dict(data)

                        return parameters_item_type_9
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_item_type_10 = Unrecognized.from_dict(data)

                return parameters_item_type_10

            parameters_item = _parse_parameters_item(parameters_item_data)

            parameters.append(parameters_item)

        blocks = []
        _blocks = d.pop("blocks")
        for blocks_item_data in _blocks:

            def _parse_blocks_item(
                data: object,
            ) -> (
                ActionBlockYAML
                | CodeBlockYAML
                | ConditionalBlockYAML
                | DataExportBlockYAML
                | DownloadToS3BlockYAML
                | EmailInboxBlockYAML
                | ExtractionBlockYAML
                | FileDownloadBlockYAML
                | FileParserBlockYAML
                | FileUploadBlockYAML
                | ForLoopBlockYAML
                | GoogleSheetsReadBlockYAML
                | GoogleSheetsWriteBlockYAML
                | HttpRequestBlockYAML
                | HumanInteractionBlockYAML
                | LoginBlockYAML
                | NavigationBlockYAML
                | PdfFillBlockYAML
                | PDFParserBlockYAML
                | PrintPageBlockYAML
                | SendEmailBlockYAML
                | SplitPdfBlockYAML
                | TaskBlockYAML
                | TaskV2BlockYAML
                | TerminateBlockYAML
                | TextPromptBlockYAML
                | Unrecognized
                | UploadToS3BlockYAML
                | UrlBlockYAML
                | ValidationBlockYAML
                | WaitBlockYAML
                | WebSearchBlockYAML
                | WhileLoopBlockYAML
                | WorkflowTriggerBlockYAML
            ):
                if isinstance(data, dict):
                    tag = data.get("block_type")
                    if tag == "task":
                        blocks_item_type_0 = TaskBlockYAML.from_dict(data)

                        return blocks_item_type_0
                    if tag == "for_loop":
                        blocks_item_type_1 = ForLoopBlockYAML.from_dict(data)

                        return blocks_item_type_1
                    if tag == "while_loop":
                        blocks_item_type_2 = WhileLoopBlockYAML.from_dict(data)

                        return blocks_item_type_2
                    if tag == "code":
                        blocks_item_type_3 = CodeBlockYAML.from_dict(data)

                        return blocks_item_type_3
                    if tag == "text_prompt":
                        blocks_item_type_4 = TextPromptBlockYAML.from_dict(data)

                        return blocks_item_type_4
                    if tag == "download_to_s3":
                        blocks_item_type_5 = DownloadToS3BlockYAML.from_dict(data)

                        return blocks_item_type_5
                    if tag == "upload_to_s3":
                        blocks_item_type_6 = UploadToS3BlockYAML.from_dict(data)

                        return blocks_item_type_6
                    if tag == "file_upload":
                        blocks_item_type_7 = FileUploadBlockYAML.from_dict(data)

                        return blocks_item_type_7
                    if tag == "send_email":
                        blocks_item_type_8 = SendEmailBlockYAML.from_dict(data)

                        return blocks_item_type_8
                    if tag == "file_url_parser":
                        blocks_item_type_9 = FileParserBlockYAML.from_dict(data)

                        return blocks_item_type_9
                    if tag == "validation":
                        blocks_item_type_10 = ValidationBlockYAML.from_dict(data)

                        return blocks_item_type_10
                    if tag == "action":
                        blocks_item_type_11 = ActionBlockYAML.from_dict(data)

                        return blocks_item_type_11
                    if tag == "navigation":
                        blocks_item_type_12 = NavigationBlockYAML.from_dict(data)

                        return blocks_item_type_12
                    if tag == "extraction":
                        blocks_item_type_13 = ExtractionBlockYAML.from_dict(data)

                        return blocks_item_type_13
                    if tag == "login":
                        blocks_item_type_14 = LoginBlockYAML.from_dict(data)

                        return blocks_item_type_14
                    if tag == "wait":
                        blocks_item_type_15 = WaitBlockYAML.from_dict(data)

                        return blocks_item_type_15
                    if tag == "human_interaction":
                        blocks_item_type_16 = HumanInteractionBlockYAML.from_dict(data)

                        return blocks_item_type_16
                    if tag == "file_download":
                        blocks_item_type_17 = FileDownloadBlockYAML.from_dict(data)

                        return blocks_item_type_17
                    if tag == "data_export":
                        blocks_item_type_18 = DataExportBlockYAML.from_dict(data)

                        return blocks_item_type_18
                    if tag == "terminate":
                        blocks_item_type_19 = TerminateBlockYAML.from_dict(data)

                        return blocks_item_type_19
                    if tag == "goto_url":
                        blocks_item_type_20 = UrlBlockYAML.from_dict(data)

                        return blocks_item_type_20
                    if tag == "pdf_parser":
                        blocks_item_type_21 = PDFParserBlockYAML.from_dict(data)

                        return blocks_item_type_21
                    if tag == "task_v2":
                        blocks_item_type_22 = TaskV2BlockYAML.from_dict(data)

                        return blocks_item_type_22
                    if tag == "http_request":
                        blocks_item_type_23 = HttpRequestBlockYAML.from_dict(data)

                        return blocks_item_type_23
                    if tag == "web_search":
                        blocks_item_type_24 = WebSearchBlockYAML.from_dict(data)

                        return blocks_item_type_24
                    if tag == "conditional":
                        blocks_item_type_25 = ConditionalBlockYAML.from_dict(data)

                        return blocks_item_type_25
                    if tag == "print_page":
                        blocks_item_type_26 = PrintPageBlockYAML.from_dict(data)

                        return blocks_item_type_26
                    if tag == "pdf_fill":
                        blocks_item_type_27 = PdfFillBlockYAML.from_dict(data)

                        return blocks_item_type_27
                    if tag == "split_pdf":
                        blocks_item_type_28 = SplitPdfBlockYAML.from_dict(data)

                        return blocks_item_type_28
                    if tag == "workflow_trigger":
                        blocks_item_type_29 = WorkflowTriggerBlockYAML.from_dict(data)

                        return blocks_item_type_29
                    if tag == "google_sheets_read":
                        blocks_item_type_30 = GoogleSheetsReadBlockYAML.from_dict(data)

                        return blocks_item_type_30
                    if tag == "email_inbox":
                        blocks_item_type_31 = EmailInboxBlockYAML.from_dict(data)

                        return blocks_item_type_31
                    if tag == "google_sheets_write":
                        blocks_item_type_32 = GoogleSheetsWriteBlockYAML.from_dict(data)

                        return blocks_item_type_32
                if not isinstance(data, dict):
                    raise TypeError()
                blocks_item_type_33 = Unrecognized.from_dict(data)

                return blocks_item_type_33

            blocks_item = _parse_blocks_item(blocks_item_data)

            blocks.append(blocks_item)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

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

        workflow_definition_yaml = cls(
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

        workflow_definition_yaml.additional_properties = d
        return workflow_definition_yaml

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
