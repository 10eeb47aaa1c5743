"""Contains all the data models used in inputs/outputs.

Models load on first use: importing this package costs almost nothing, and a program pays only
for the models it touches.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action import Action
    from .action_block import ActionBlock
    from .action_block_data_schema_type_0 import ActionBlockDataSchemaType0
    from .action_block_error_code_mapping_type_0 import ActionBlockErrorCodeMappingType0
    from .action_block_model_type_0 import ActionBlockModelType0
    from .action_block_yaml import ActionBlockYAML
    from .action_block_yaml_error_code_mapping_type_0 import (
        ActionBlockYAMLErrorCodeMappingType0,
    )
    from .action_block_yaml_model_type_0 import ActionBlockYAMLModelType0
    from .action_output_type_0 import ActionOutputType0
    from .action_skyvern_element_data_type_0 import ActionSkyvernElementDataType0
    from .action_status import ActionStatus
    from .action_totp_timing_info_type_0 import ActionTotpTimingInfoType0
    from .action_type import ActionType
    from .ai_fallback_mode import AIFallbackMode
    from .artifact import Artifact
    from .artifact_type import ArtifactType
    from .aws_secret_parameter import AWSSecretParameter
    from .aws_secret_parameter_yaml import AWSSecretParameterYAML
    from .azure_secret_parameter import AzureSecretParameter
    from .azure_vault_credential_parameter import AzureVaultCredentialParameter
    from .azure_vault_credential_parameter_yaml import AzureVaultCredentialParameterYAML
    from .bitwarden_credit_card_data_parameter import BitwardenCreditCardDataParameter
    from .bitwarden_credit_card_data_parameter_yaml import (
        BitwardenCreditCardDataParameterYAML,
    )
    from .bitwarden_login_credential_parameter import BitwardenLoginCredentialParameter
    from .bitwarden_login_credential_parameter_yaml import (
        BitwardenLoginCredentialParameterYAML,
    )
    from .bitwarden_sensitive_information_parameter import (
        BitwardenSensitiveInformationParameter,
    )
    from .bitwarden_sensitive_information_parameter_yaml import (
        BitwardenSensitiveInformationParameterYAML,
    )
    from .block_type import BlockType
    from .branch_condition import BranchCondition
    from .branch_condition_yaml import BranchConditionYAML
    from .branch_criteria_yaml import BranchCriteriaYAML
    from .branch_criteria_yaml_criteria_type import BranchCriteriaYAMLCriteriaType
    from .browser_profile import BrowserProfile
    from .browser_profile_proxy_location_type_2 import BrowserProfileProxyLocationType2
    from .browser_seed_source import BrowserSeedSource
    from .browser_session_response import BrowserSessionResponse
    from .browser_session_response_source import BrowserSessionResponseSource
    from .browser_settings import BrowserSettings
    from .browser_settings_receipt import BrowserSettingsReceipt
    from .browser_settings_source import BrowserSettingsSource
    from .browser_settings_status import BrowserSettingsStatus
    from .click_context import ClickContext
    from .code_block import CodeBlock
    from .code_block_data_schema_type_0 import CodeBlockDataSchemaType0
    from .code_block_error_code_mapping_type_0 import CodeBlockErrorCodeMappingType0
    from .code_block_model_type_0 import CodeBlockModelType0
    from .code_block_step import CodeBlockStep
    from .code_block_step_yaml import CodeBlockStepYAML
    from .code_block_yaml import CodeBlockYAML
    from .code_block_yaml_data_schema_type_0 import CodeBlockYAMLDataSchemaType0
    from .code_block_yaml_error_code_mapping_type_0 import (
        CodeBlockYAMLErrorCodeMappingType0,
    )
    from .code_block_yaml_model_type_0 import CodeBlockYAMLModelType0
    from .conditional_block import ConditionalBlock
    from .conditional_block_model_type_0 import ConditionalBlockModelType0
    from .conditional_block_yaml import ConditionalBlockYAML
    from .conditional_block_yaml_model_type_0 import ConditionalBlockYAMLModelType0
    from .context_parameter import ContextParameter
    from .context_parameter_value_type_4 import ContextParameterValueType4
    from .context_parameter_yaml import ContextParameterYAML
    from .create_browser_profile_request import CreateBrowserProfileRequest
    from .create_browser_profile_request_proxy_location_type_2 import (
        CreateBrowserProfileRequestProxyLocationType2,
    )
    from .create_browser_session_request import CreateBrowserSessionRequest
    from .create_browser_session_request_proxy_location_type_2 import (
        CreateBrowserSessionRequestProxyLocationType2,
    )
    from .create_credential_request import CreateCredentialRequest
    from .create_credential_request_proxy_location_type_2 import (
        CreateCredentialRequestProxyLocationType2,
    )
    from .credential_check import CredentialCheck
    from .credential_check_evidence import CredentialCheckEvidence
    from .credential_parameter import CredentialParameter
    from .credential_parameter_yaml import CredentialParameterYAML
    from .credential_response import CredentialResponse
    from .credential_response_proxy_location_type_2 import (
        CredentialResponseProxyLocationType2,
    )
    from .credential_type import CredentialType
    from .credential_vault_type import CredentialVaultType
    from .credit_card_billing_address import CreditCardBillingAddress
    from .credit_card_credential_response import CreditCardCredentialResponse
    from .data_export_block import DataExportBlock
    from .data_export_block_data_schema import DataExportBlockDataSchema
    from .data_export_block_model_type_0 import DataExportBlockModelType0
    from .data_export_block_yaml import DataExportBlockYAML
    from .data_export_block_yaml_data_schema import DataExportBlockYAMLDataSchema
    from .data_export_block_yaml_model_type_0 import DataExportBlockYAMLModelType0
    from .download_files_request import DownloadFilesRequest
    from .download_files_request_cdp_connect_headers_type_0 import (
        DownloadFilesRequestCdpConnectHeadersType0,
    )
    from .download_files_request_extra_http_headers_type_0 import (
        DownloadFilesRequestExtraHttpHeadersType0,
    )
    from .download_to_s3_block import DownloadToS3Block
    from .download_to_s3_block_model_type_0 import DownloadToS3BlockModelType0
    from .download_to_s3_block_yaml import DownloadToS3BlockYAML
    from .download_to_s3_block_yaml_model_type_0 import DownloadToS3BlockYAMLModelType0
    from .email_body_format import EmailBodyFormat
    from .email_inbox_block import EmailInboxBlock
    from .email_inbox_block_email_client import EmailInboxBlockEmailClient
    from .email_inbox_block_model_type_0 import EmailInboxBlockModelType0
    from .email_inbox_block_yaml import EmailInboxBlockYAML
    from .email_inbox_block_yaml_email_client import EmailInboxBlockYAMLEmailClient
    from .email_inbox_block_yaml_model_type_0 import EmailInboxBlockYAMLModelType0
    from .email_transport import EmailTransport
    from .error_response import ErrorResponse
    from .extensions import Extensions
    from .extraction_block import ExtractionBlock
    from .extraction_block_data_schema_type_0 import ExtractionBlockDataSchemaType0
    from .extraction_block_error_code_mapping_type_0 import (
        ExtractionBlockErrorCodeMappingType0,
    )
    from .extraction_block_export_data_schema_type_0 import (
        ExtractionBlockExportDataSchemaType0,
    )
    from .extraction_block_model_type_0 import ExtractionBlockModelType0
    from .extraction_block_yaml import ExtractionBlockYAML
    from .extraction_block_yaml_data_schema_type_0 import (
        ExtractionBlockYAMLDataSchemaType0,
    )
    from .extraction_block_yaml_export_data_schema_type_0 import (
        ExtractionBlockYAMLExportDataSchemaType0,
    )
    from .extraction_block_yaml_model_type_0 import ExtractionBlockYAMLModelType0
    from .file_download_block import FileDownloadBlock
    from .file_download_block_data_schema_type_0 import FileDownloadBlockDataSchemaType0
    from .file_download_block_error_code_mapping_type_0 import (
        FileDownloadBlockErrorCodeMappingType0,
    )
    from .file_download_block_model_type_0 import FileDownloadBlockModelType0
    from .file_download_block_yaml import FileDownloadBlockYAML
    from .file_download_block_yaml_error_code_mapping_type_0 import (
        FileDownloadBlockYAMLErrorCodeMappingType0,
    )
    from .file_download_block_yaml_model_type_0 import FileDownloadBlockYAMLModelType0
    from .file_download_target import FileDownloadTarget
    from .file_info import FileInfo
    from .file_parser_block import FileParserBlock
    from .file_parser_block_json_schema_type_0 import FileParserBlockJsonSchemaType0
    from .file_parser_block_model_type_0 import FileParserBlockModelType0
    from .file_parser_block_yaml import FileParserBlockYAML
    from .file_parser_block_yaml_json_schema_type_0 import (
        FileParserBlockYAMLJsonSchemaType0,
    )
    from .file_parser_block_yaml_model_type_0 import FileParserBlockYAMLModelType0
    from .file_storage_type import FileStorageType
    from .file_type import FileType
    from .file_upload_block import FileUploadBlock
    from .file_upload_block_model_type_0 import FileUploadBlockModelType0
    from .file_upload_block_yaml import FileUploadBlockYAML
    from .file_upload_block_yaml_model_type_0 import FileUploadBlockYAMLModelType0
    from .for_loop_block import ForLoopBlock
    from .for_loop_block_data_schema_type_0 import ForLoopBlockDataSchemaType0
    from .for_loop_block_model_type_0 import ForLoopBlockModelType0
    from .for_loop_block_yaml import ForLoopBlockYAML
    from .for_loop_block_yaml_data_schema_type_0 import ForLoopBlockYAMLDataSchemaType0
    from .for_loop_block_yaml_model_type_0 import ForLoopBlockYAMLModelType0
    from .geo_target import GeoTarget
    from .get_browser_session_response_503 import GetBrowserSessionResponse503
    from .get_browser_session_response_503_detail import (
        GetBrowserSessionResponse503Detail,
    )
    from .get_browser_session_response_503_detail_code import (
        GetBrowserSessionResponse503DetailCode,
    )
    from .google_sheets_read_block import GoogleSheetsReadBlock
    from .google_sheets_read_block_model_type_0 import GoogleSheetsReadBlockModelType0
    from .google_sheets_read_block_yaml import GoogleSheetsReadBlockYAML
    from .google_sheets_read_block_yaml_model_type_0 import (
        GoogleSheetsReadBlockYAMLModelType0,
    )
    from .google_sheets_write_block import GoogleSheetsWriteBlock
    from .google_sheets_write_block_column_mapping_type_0 import (
        GoogleSheetsWriteBlockColumnMappingType0,
    )
    from .google_sheets_write_block_model_type_0 import GoogleSheetsWriteBlockModelType0
    from .google_sheets_write_block_write_mode import GoogleSheetsWriteBlockWriteMode
    from .google_sheets_write_block_yaml import GoogleSheetsWriteBlockYAML
    from .google_sheets_write_block_yaml_column_mapping_type_0 import (
        GoogleSheetsWriteBlockYAMLColumnMappingType0,
    )
    from .google_sheets_write_block_yaml_model_type_0 import (
        GoogleSheetsWriteBlockYAMLModelType0,
    )
    from .google_sheets_write_block_yaml_write_mode import (
        GoogleSheetsWriteBlockYAMLWriteMode,
    )
    from .http_request_block import HttpRequestBlock
    from .http_request_block_body_type_0 import HttpRequestBlockBodyType0
    from .http_request_block_files_type_0 import HttpRequestBlockFilesType0
    from .http_request_block_headers_type_0 import HttpRequestBlockHeadersType0
    from .http_request_block_model_type_0 import HttpRequestBlockModelType0
    from .http_request_block_yaml import HttpRequestBlockYAML
    from .http_request_block_yaml_body_type_0 import HttpRequestBlockYAMLBodyType0
    from .http_request_block_yaml_files_type_0 import HttpRequestBlockYAMLFilesType0
    from .http_request_block_yaml_headers_type_0 import HttpRequestBlockYAMLHeadersType0
    from .http_request_block_yaml_model_type_0 import HttpRequestBlockYAMLModelType0
    from .http_validation_error import HTTPValidationError
    from .human_interaction_block import HumanInteractionBlock
    from .human_interaction_block_data_schema_type_0 import (
        HumanInteractionBlockDataSchemaType0,
    )
    from .human_interaction_block_error_code_mapping_type_0 import (
        HumanInteractionBlockErrorCodeMappingType0,
    )
    from .human_interaction_block_model_type_0 import HumanInteractionBlockModelType0
    from .human_interaction_block_yaml import HumanInteractionBlockYAML
    from .human_interaction_block_yaml_model_type_0 import (
        HumanInteractionBlockYAMLModelType0,
    )
    from .input_or_select_context import InputOrSelectContext
    from .jinja_branch_criteria import JinjaBranchCriteria
    from .login_block import LoginBlock
    from .login_block_data_schema_type_0 import LoginBlockDataSchemaType0
    from .login_block_error_code_mapping_type_0 import LoginBlockErrorCodeMappingType0
    from .login_block_model_type_0 import LoginBlockModelType0
    from .login_block_yaml import LoginBlockYAML
    from .login_block_yaml_error_code_mapping_type_0 import (
        LoginBlockYAMLErrorCodeMappingType0,
    )
    from .login_block_yaml_model_type_0 import LoginBlockYAMLModelType0
    from .login_request import LoginRequest
    from .login_request_cdp_connect_headers_type_0 import (
        LoginRequestCdpConnectHeadersType0,
    )
    from .login_request_extra_http_headers_type_0 import (
        LoginRequestExtraHttpHeadersType0,
    )
    from .navigation_block import NavigationBlock
    from .navigation_block_data_schema_type_0 import NavigationBlockDataSchemaType0
    from .navigation_block_error_code_mapping_type_0 import (
        NavigationBlockErrorCodeMappingType0,
    )
    from .navigation_block_model_type_0 import NavigationBlockModelType0
    from .navigation_block_yaml import NavigationBlockYAML
    from .navigation_block_yaml_error_code_mapping_type_0 import (
        NavigationBlockYAMLErrorCodeMappingType0,
    )
    from .navigation_block_yaml_model_type_0 import NavigationBlockYAMLModelType0
    from .non_empty_credit_card_credential import NonEmptyCreditCardCredential
    from .non_empty_credit_card_credential_metadata_type_0 import (
        NonEmptyCreditCardCredentialMetadataType0,
    )
    from .non_empty_password_credential import NonEmptyPasswordCredential
    from .non_empty_password_credential_metadata_type_0 import (
        NonEmptyPasswordCredentialMetadataType0,
    )
    from .one_password_credential_parameter import OnePasswordCredentialParameter
    from .one_password_credential_parameter_yaml import (
        OnePasswordCredentialParameterYAML,
    )
    from .otp_type import OTPType
    from .output_parameter import OutputParameter
    from .output_parameter_yaml import OutputParameterYAML
    from .password_credential_response import PasswordCredentialResponse
    from .pdf_fill_block import PdfFillBlock
    from .pdf_fill_block_model_type_0 import PdfFillBlockModelType0
    from .pdf_fill_block_payload_type_0 import PdfFillBlockPayloadType0
    from .pdf_fill_block_yaml import PdfFillBlockYAML
    from .pdf_fill_block_yaml_model_type_0 import PdfFillBlockYAMLModelType0
    from .pdf_fill_block_yaml_payload_type_0 import PdfFillBlockYAMLPayloadType0
    from .pdf_format import PDFFormat
    from .pdf_parser_block import PDFParserBlock
    from .pdf_parser_block_json_schema_type_0 import PDFParserBlockJsonSchemaType0
    from .pdf_parser_block_model_type_0 import PDFParserBlockModelType0
    from .pdf_parser_block_yaml import PDFParserBlockYAML
    from .pdf_parser_block_yaml_json_schema_type_0 import (
        PDFParserBlockYAMLJsonSchemaType0,
    )
    from .pdf_parser_block_yaml_model_type_0 import PDFParserBlockYAMLModelType0
    from .persistent_browser_type import PersistentBrowserType
    from .print_page_block import PrintPageBlock
    from .print_page_block_model_type_0 import PrintPageBlockModelType0
    from .print_page_block_yaml import PrintPageBlockYAML
    from .print_page_block_yaml_model_type_0 import PrintPageBlockYAMLModelType0
    from .prompt_branch_criteria import PromptBranchCriteria
    from .proxy_location import ProxyLocation
    from .retry_run_webhook_request import RetryRunWebhookRequest
    from .run_engine import RunEngine
    from .run_status import RunStatus
    from .run_webhook_replay_response import RunWebhookReplayResponse
    from .run_webhook_replay_response_headers import RunWebhookReplayResponseHeaders
    from .script_run_response import ScriptRunResponse
    from .secret_credential import SecretCredential
    from .secret_credential_response import SecretCredentialResponse
    from .select_option import SelectOption
    from .send_email_block import SendEmailBlock
    from .send_email_block_model_type_0 import SendEmailBlockModelType0
    from .send_email_block_yaml import SendEmailBlockYAML
    from .send_email_block_yaml_model_type_0 import SendEmailBlockYAMLModelType0
    from .split_pdf_block import SplitPdfBlock
    from .split_pdf_block_model_type_0 import SplitPdfBlockModelType0
    from .split_pdf_block_yaml import SplitPdfBlockYAML
    from .split_pdf_block_yaml_model_type_0 import SplitPdfBlockYAMLModelType0
    from .stored_credential_type import StoredCredentialType
    from .task_block import TaskBlock
    from .task_block_data_schema_type_0 import TaskBlockDataSchemaType0
    from .task_block_error_code_mapping_type_0 import TaskBlockErrorCodeMappingType0
    from .task_block_model_type_0 import TaskBlockModelType0
    from .task_block_yaml import TaskBlockYAML
    from .task_block_yaml_data_schema_type_0 import TaskBlockYAMLDataSchemaType0
    from .task_block_yaml_error_code_mapping_type_0 import (
        TaskBlockYAMLErrorCodeMappingType0,
    )
    from .task_block_yaml_model_type_0 import TaskBlockYAMLModelType0
    from .task_run_request import TaskRunRequest
    from .task_run_request_cdp_connect_headers_type_0 import (
        TaskRunRequestCdpConnectHeadersType0,
    )
    from .task_run_request_data_extraction_schema_type_0 import (
        TaskRunRequestDataExtractionSchemaType0,
    )
    from .task_run_request_error_code_mapping_type_0 import (
        TaskRunRequestErrorCodeMappingType0,
    )
    from .task_run_request_extra_http_headers_type_0 import (
        TaskRunRequestExtraHttpHeadersType0,
    )
    from .task_run_request_model_type_0 import TaskRunRequestModelType0
    from .task_run_request_proxy_location_type_2 import TaskRunRequestProxyLocationType2
    from .task_run_response import TaskRunResponse
    from .task_run_response_errors_type_0_item import TaskRunResponseErrorsType0Item
    from .task_run_response_output_type_0 import TaskRunResponseOutputType0
    from .task_run_response_run_type import TaskRunResponseRunType
    from .task_v2_block import TaskV2Block
    from .task_v2_block_model_type_0 import TaskV2BlockModelType0
    from .task_v2_block_yaml import TaskV2BlockYAML
    from .task_v2_block_yaml_model_type_0 import TaskV2BlockYAMLModelType0
    from .terminate_block import TerminateBlock
    from .terminate_block_model_type_0 import TerminateBlockModelType0
    from .terminate_block_yaml import TerminateBlockYAML
    from .terminate_block_yaml_model_type_0 import TerminateBlockYAMLModelType0
    from .text_prompt_block import TextPromptBlock
    from .text_prompt_block_json_schema_type_0 import TextPromptBlockJsonSchemaType0
    from .text_prompt_block_model_type_0 import TextPromptBlockModelType0
    from .text_prompt_block_yaml import TextPromptBlockYAML
    from .text_prompt_block_yaml_json_schema_type_0 import (
        TextPromptBlockYAMLJsonSchemaType0,
    )
    from .text_prompt_block_yaml_model_type_0 import TextPromptBlockYAMLModelType0
    from .thought import Thought
    from .thought_output_type_0 import ThoughtOutputType0
    from .thought_scenario import ThoughtScenario
    from .thought_type import ThoughtType
    from .totp_code import TOTPCode
    from .totp_code_create import TOTPCodeCreate
    from .totp_type import TotpType
    from .unrecognized import Unrecognized
    from .upload_file_body import UploadFileBody
    from .upload_file_response import UploadFileResponse
    from .upload_to_s3_block import UploadToS3Block
    from .upload_to_s3_block_model_type_0 import UploadToS3BlockModelType0
    from .upload_to_s3_block_yaml import UploadToS3BlockYAML
    from .upload_to_s3_block_yaml_model_type_0 import UploadToS3BlockYAMLModelType0
    from .url_block import UrlBlock
    from .url_block_data_schema_type_0 import UrlBlockDataSchemaType0
    from .url_block_error_code_mapping_type_0 import UrlBlockErrorCodeMappingType0
    from .url_block_model_type_0 import UrlBlockModelType0
    from .url_block_yaml import UrlBlockYAML
    from .url_block_yaml_model_type_0 import UrlBlockYAMLModelType0
    from .user_defined_error import UserDefinedError
    from .validation_block import ValidationBlock
    from .validation_block_data_schema_type_0 import ValidationBlockDataSchemaType0
    from .validation_block_error_code_mapping_type_0 import (
        ValidationBlockErrorCodeMappingType0,
    )
    from .validation_block_model_type_0 import ValidationBlockModelType0
    from .validation_block_yaml import ValidationBlockYAML
    from .validation_block_yaml_error_code_mapping_type_0 import (
        ValidationBlockYAMLErrorCodeMappingType0,
    )
    from .validation_block_yaml_model_type_0 import ValidationBlockYAMLModelType0
    from .validation_error import ValidationError
    from .validation_error_context import ValidationErrorContext
    from .wait_block import WaitBlock
    from .wait_block_model_type_0 import WaitBlockModelType0
    from .wait_block_yaml import WaitBlockYAML
    from .wait_block_yaml_model_type_0 import WaitBlockYAMLModelType0
    from .web_search_block import WebSearchBlock
    from .web_search_block_error_code_mapping_type_0 import (
        WebSearchBlockErrorCodeMappingType0,
    )
    from .web_search_block_json_schema_type_0 import WebSearchBlockJsonSchemaType0
    from .web_search_block_model_type_0 import WebSearchBlockModelType0
    from .web_search_block_provider import WebSearchBlockProvider
    from .web_search_block_yaml import WebSearchBlockYAML
    from .web_search_block_yaml_error_code_mapping_type_0 import (
        WebSearchBlockYAMLErrorCodeMappingType0,
    )
    from .web_search_block_yaml_json_schema_type_0 import (
        WebSearchBlockYAMLJsonSchemaType0,
    )
    from .web_search_block_yaml_model_type_0 import WebSearchBlockYAMLModelType0
    from .web_search_block_yaml_provider import WebSearchBlockYAMLProvider
    from .while_loop_block import WhileLoopBlock
    from .while_loop_block_model_type_0 import WhileLoopBlockModelType0
    from .while_loop_block_yaml import WhileLoopBlockYAML
    from .while_loop_block_yaml_model_type_0 import WhileLoopBlockYAMLModelType0
    from .workflow import Workflow
    from .workflow_cdp_connect_headers_type_0 import WorkflowCdpConnectHeadersType0
    from .workflow_create_yaml_request import WorkflowCreateYAMLRequest
    from .workflow_create_yaml_request_cdp_connect_headers_type_0 import (
        WorkflowCreateYAMLRequestCdpConnectHeadersType0,
    )
    from .workflow_create_yaml_request_extra_http_headers_type_0 import (
        WorkflowCreateYAMLRequestExtraHttpHeadersType0,
    )
    from .workflow_create_yaml_request_model_type_0 import (
        WorkflowCreateYAMLRequestModelType0,
    )
    from .workflow_create_yaml_request_proxy_location_type_2 import (
        WorkflowCreateYAMLRequestProxyLocationType2,
    )
    from .workflow_definition import WorkflowDefinition
    from .workflow_definition_completion_contract_type_0 import (
        WorkflowDefinitionCompletionContractType0,
    )
    from .workflow_definition_error_code_mapping_type_0 import (
        WorkflowDefinitionErrorCodeMappingType0,
    )
    from .workflow_definition_yaml import WorkflowDefinitionYAML
    from .workflow_definition_yaml_completion_contract_type_0 import (
        WorkflowDefinitionYAMLCompletionContractType0,
    )
    from .workflow_definition_yaml_error_code_mapping_type_0 import (
        WorkflowDefinitionYAMLErrorCodeMappingType0,
    )
    from .workflow_extra_http_headers_type_0 import WorkflowExtraHttpHeadersType0
    from .workflow_model_type_0 import WorkflowModelType0
    from .workflow_parameter import WorkflowParameter
    from .workflow_parameter_default_value_type_4 import (
        WorkflowParameterDefaultValueType4,
    )
    from .workflow_parameter_type import WorkflowParameterType
    from .workflow_parameter_yaml import WorkflowParameterYAML
    from .workflow_parameter_yaml_default_value_type_4 import (
        WorkflowParameterYAMLDefaultValueType4,
    )
    from .workflow_proxy_location_type_2 import WorkflowProxyLocationType2
    from .workflow_request import WorkflowRequest
    from .workflow_retry_policy import WorkflowRetryPolicy
    from .workflow_retry_policy_webhook_on_retry import (
        WorkflowRetryPolicyWebhookOnRetry,
    )
    from .workflow_retry_rule import WorkflowRetryRule
    from .workflow_retry_rule_status import WorkflowRetryRuleStatus
    from .workflow_run_attempt import WorkflowRunAttempt
    from .workflow_run_block import WorkflowRunBlock
    from .workflow_run_block_data_schema_type_0 import WorkflowRunBlockDataSchemaType0
    from .workflow_run_block_navigation_payload_type_0 import (
        WorkflowRunBlockNavigationPayloadType0,
    )
    from .workflow_run_block_output_type_0 import WorkflowRunBlockOutputType0
    from .workflow_run_request import WorkflowRunRequest
    from .workflow_run_request_cdp_connect_headers_type_0 import (
        WorkflowRunRequestCdpConnectHeadersType0,
    )
    from .workflow_run_request_extra_http_headers_type_0 import (
        WorkflowRunRequestExtraHttpHeadersType0,
    )
    from .workflow_run_request_output import WorkflowRunRequestOutput
    from .workflow_run_request_output_cdp_connect_headers_type_0 import (
        WorkflowRunRequestOutputCdpConnectHeadersType0,
    )
    from .workflow_run_request_output_extra_http_headers_type_0 import (
        WorkflowRunRequestOutputExtraHttpHeadersType0,
    )
    from .workflow_run_request_output_parameters_type_0 import (
        WorkflowRunRequestOutputParametersType0,
    )
    from .workflow_run_request_output_proxy_location_type_2 import (
        WorkflowRunRequestOutputProxyLocationType2,
    )
    from .workflow_run_request_output_run_metadata_type_0 import (
        WorkflowRunRequestOutputRunMetadataType0,
    )
    from .workflow_run_request_parameters_type_0 import (
        WorkflowRunRequestParametersType0,
    )
    from .workflow_run_request_proxy_location_type_2 import (
        WorkflowRunRequestProxyLocationType2,
    )
    from .workflow_run_request_run_metadata_type_0 import (
        WorkflowRunRequestRunMetadataType0,
    )
    from .workflow_run_response import WorkflowRunResponse
    from .workflow_run_response_errors_type_0_item import (
        WorkflowRunResponseErrorsType0Item,
    )
    from .workflow_run_response_output_type_0 import WorkflowRunResponseOutputType0
    from .workflow_run_timeline import WorkflowRunTimeline
    from .workflow_run_timeline_type import WorkflowRunTimelineType
    from .workflow_status import WorkflowStatus
    from .workflow_trigger_block import WorkflowTriggerBlock
    from .workflow_trigger_block_model_type_0 import WorkflowTriggerBlockModelType0
    from .workflow_trigger_block_payload_type_0 import WorkflowTriggerBlockPayloadType0
    from .workflow_trigger_block_yaml import WorkflowTriggerBlockYAML
    from .workflow_trigger_block_yaml_model_type_0 import (
        WorkflowTriggerBlockYAMLModelType0,
    )
    from .workflow_trigger_block_yaml_payload_type_0 import (
        WorkflowTriggerBlockYAMLPayloadType0,
    )

_MODULES = {
    "Action": ".action",
    "ActionBlock": ".action_block",
    "ActionBlockDataSchemaType0": ".action_block_data_schema_type_0",
    "ActionBlockErrorCodeMappingType0": ".action_block_error_code_mapping_type_0",
    "ActionBlockModelType0": ".action_block_model_type_0",
    "ActionBlockYAML": ".action_block_yaml",
    "ActionBlockYAMLErrorCodeMappingType0": ".action_block_yaml_error_code_mapping_type_0",
    "ActionBlockYAMLModelType0": ".action_block_yaml_model_type_0",
    "ActionOutputType0": ".action_output_type_0",
    "ActionSkyvernElementDataType0": ".action_skyvern_element_data_type_0",
    "ActionStatus": ".action_status",
    "ActionTotpTimingInfoType0": ".action_totp_timing_info_type_0",
    "ActionType": ".action_type",
    "AIFallbackMode": ".ai_fallback_mode",
    "Artifact": ".artifact",
    "ArtifactType": ".artifact_type",
    "AWSSecretParameter": ".aws_secret_parameter",
    "AWSSecretParameterYAML": ".aws_secret_parameter_yaml",
    "AzureSecretParameter": ".azure_secret_parameter",
    "AzureVaultCredentialParameter": ".azure_vault_credential_parameter",
    "AzureVaultCredentialParameterYAML": ".azure_vault_credential_parameter_yaml",
    "BitwardenCreditCardDataParameter": ".bitwarden_credit_card_data_parameter",
    "BitwardenCreditCardDataParameterYAML": ".bitwarden_credit_card_data_parameter_yaml",
    "BitwardenLoginCredentialParameter": ".bitwarden_login_credential_parameter",
    "BitwardenLoginCredentialParameterYAML": ".bitwarden_login_credential_parameter_yaml",
    "BitwardenSensitiveInformationParameter": ".bitwarden_sensitive_information_parameter",
    "BitwardenSensitiveInformationParameterYAML": ".bitwarden_sensitive_information_parameter_yaml",
    "BlockType": ".block_type",
    "BranchCondition": ".branch_condition",
    "BranchConditionYAML": ".branch_condition_yaml",
    "BranchCriteriaYAML": ".branch_criteria_yaml",
    "BranchCriteriaYAMLCriteriaType": ".branch_criteria_yaml_criteria_type",
    "BrowserProfile": ".browser_profile",
    "BrowserProfileProxyLocationType2": ".browser_profile_proxy_location_type_2",
    "BrowserSeedSource": ".browser_seed_source",
    "BrowserSessionResponse": ".browser_session_response",
    "BrowserSessionResponseSource": ".browser_session_response_source",
    "BrowserSettings": ".browser_settings",
    "BrowserSettingsReceipt": ".browser_settings_receipt",
    "BrowserSettingsSource": ".browser_settings_source",
    "BrowserSettingsStatus": ".browser_settings_status",
    "ClickContext": ".click_context",
    "CodeBlock": ".code_block",
    "CodeBlockDataSchemaType0": ".code_block_data_schema_type_0",
    "CodeBlockErrorCodeMappingType0": ".code_block_error_code_mapping_type_0",
    "CodeBlockModelType0": ".code_block_model_type_0",
    "CodeBlockStep": ".code_block_step",
    "CodeBlockStepYAML": ".code_block_step_yaml",
    "CodeBlockYAML": ".code_block_yaml",
    "CodeBlockYAMLDataSchemaType0": ".code_block_yaml_data_schema_type_0",
    "CodeBlockYAMLErrorCodeMappingType0": ".code_block_yaml_error_code_mapping_type_0",
    "CodeBlockYAMLModelType0": ".code_block_yaml_model_type_0",
    "ConditionalBlock": ".conditional_block",
    "ConditionalBlockModelType0": ".conditional_block_model_type_0",
    "ConditionalBlockYAML": ".conditional_block_yaml",
    "ConditionalBlockYAMLModelType0": ".conditional_block_yaml_model_type_0",
    "ContextParameter": ".context_parameter",
    "ContextParameterValueType4": ".context_parameter_value_type_4",
    "ContextParameterYAML": ".context_parameter_yaml",
    "CreateBrowserProfileRequest": ".create_browser_profile_request",
    "CreateBrowserProfileRequestProxyLocationType2": ".create_browser_profile_request_proxy_location_type_2",
    "CreateBrowserSessionRequest": ".create_browser_session_request",
    "CreateBrowserSessionRequestProxyLocationType2": ".create_browser_session_request_proxy_location_type_2",
    "CreateCredentialRequest": ".create_credential_request",
    "CreateCredentialRequestProxyLocationType2": ".create_credential_request_proxy_location_type_2",
    "CredentialCheck": ".credential_check",
    "CredentialCheckEvidence": ".credential_check_evidence",
    "CredentialParameter": ".credential_parameter",
    "CredentialParameterYAML": ".credential_parameter_yaml",
    "CredentialResponse": ".credential_response",
    "CredentialResponseProxyLocationType2": ".credential_response_proxy_location_type_2",
    "CredentialType": ".credential_type",
    "CredentialVaultType": ".credential_vault_type",
    "CreditCardBillingAddress": ".credit_card_billing_address",
    "CreditCardCredentialResponse": ".credit_card_credential_response",
    "DataExportBlock": ".data_export_block",
    "DataExportBlockDataSchema": ".data_export_block_data_schema",
    "DataExportBlockModelType0": ".data_export_block_model_type_0",
    "DataExportBlockYAML": ".data_export_block_yaml",
    "DataExportBlockYAMLDataSchema": ".data_export_block_yaml_data_schema",
    "DataExportBlockYAMLModelType0": ".data_export_block_yaml_model_type_0",
    "DownloadFilesRequest": ".download_files_request",
    "DownloadFilesRequestCdpConnectHeadersType0": ".download_files_request_cdp_connect_headers_type_0",
    "DownloadFilesRequestExtraHttpHeadersType0": ".download_files_request_extra_http_headers_type_0",
    "DownloadToS3Block": ".download_to_s3_block",
    "DownloadToS3BlockModelType0": ".download_to_s3_block_model_type_0",
    "DownloadToS3BlockYAML": ".download_to_s3_block_yaml",
    "DownloadToS3BlockYAMLModelType0": ".download_to_s3_block_yaml_model_type_0",
    "EmailBodyFormat": ".email_body_format",
    "EmailInboxBlock": ".email_inbox_block",
    "EmailInboxBlockEmailClient": ".email_inbox_block_email_client",
    "EmailInboxBlockModelType0": ".email_inbox_block_model_type_0",
    "EmailInboxBlockYAML": ".email_inbox_block_yaml",
    "EmailInboxBlockYAMLEmailClient": ".email_inbox_block_yaml_email_client",
    "EmailInboxBlockYAMLModelType0": ".email_inbox_block_yaml_model_type_0",
    "EmailTransport": ".email_transport",
    "ErrorResponse": ".error_response",
    "Extensions": ".extensions",
    "ExtractionBlock": ".extraction_block",
    "ExtractionBlockDataSchemaType0": ".extraction_block_data_schema_type_0",
    "ExtractionBlockErrorCodeMappingType0": ".extraction_block_error_code_mapping_type_0",
    "ExtractionBlockExportDataSchemaType0": ".extraction_block_export_data_schema_type_0",
    "ExtractionBlockModelType0": ".extraction_block_model_type_0",
    "ExtractionBlockYAML": ".extraction_block_yaml",
    "ExtractionBlockYAMLDataSchemaType0": ".extraction_block_yaml_data_schema_type_0",
    "ExtractionBlockYAMLExportDataSchemaType0": ".extraction_block_yaml_export_data_schema_type_0",
    "ExtractionBlockYAMLModelType0": ".extraction_block_yaml_model_type_0",
    "FileDownloadBlock": ".file_download_block",
    "FileDownloadBlockDataSchemaType0": ".file_download_block_data_schema_type_0",
    "FileDownloadBlockErrorCodeMappingType0": ".file_download_block_error_code_mapping_type_0",
    "FileDownloadBlockModelType0": ".file_download_block_model_type_0",
    "FileDownloadBlockYAML": ".file_download_block_yaml",
    "FileDownloadBlockYAMLErrorCodeMappingType0": ".file_download_block_yaml_error_code_mapping_type_0",
    "FileDownloadBlockYAMLModelType0": ".file_download_block_yaml_model_type_0",
    "FileDownloadTarget": ".file_download_target",
    "FileInfo": ".file_info",
    "FileParserBlock": ".file_parser_block",
    "FileParserBlockJsonSchemaType0": ".file_parser_block_json_schema_type_0",
    "FileParserBlockModelType0": ".file_parser_block_model_type_0",
    "FileParserBlockYAML": ".file_parser_block_yaml",
    "FileParserBlockYAMLJsonSchemaType0": ".file_parser_block_yaml_json_schema_type_0",
    "FileParserBlockYAMLModelType0": ".file_parser_block_yaml_model_type_0",
    "FileStorageType": ".file_storage_type",
    "FileType": ".file_type",
    "FileUploadBlock": ".file_upload_block",
    "FileUploadBlockModelType0": ".file_upload_block_model_type_0",
    "FileUploadBlockYAML": ".file_upload_block_yaml",
    "FileUploadBlockYAMLModelType0": ".file_upload_block_yaml_model_type_0",
    "ForLoopBlock": ".for_loop_block",
    "ForLoopBlockDataSchemaType0": ".for_loop_block_data_schema_type_0",
    "ForLoopBlockModelType0": ".for_loop_block_model_type_0",
    "ForLoopBlockYAML": ".for_loop_block_yaml",
    "ForLoopBlockYAMLDataSchemaType0": ".for_loop_block_yaml_data_schema_type_0",
    "ForLoopBlockYAMLModelType0": ".for_loop_block_yaml_model_type_0",
    "GeoTarget": ".geo_target",
    "GetBrowserSessionResponse503": ".get_browser_session_response_503",
    "GetBrowserSessionResponse503Detail": ".get_browser_session_response_503_detail",
    "GetBrowserSessionResponse503DetailCode": ".get_browser_session_response_503_detail_code",
    "GoogleSheetsReadBlock": ".google_sheets_read_block",
    "GoogleSheetsReadBlockModelType0": ".google_sheets_read_block_model_type_0",
    "GoogleSheetsReadBlockYAML": ".google_sheets_read_block_yaml",
    "GoogleSheetsReadBlockYAMLModelType0": ".google_sheets_read_block_yaml_model_type_0",
    "GoogleSheetsWriteBlock": ".google_sheets_write_block",
    "GoogleSheetsWriteBlockColumnMappingType0": ".google_sheets_write_block_column_mapping_type_0",
    "GoogleSheetsWriteBlockModelType0": ".google_sheets_write_block_model_type_0",
    "GoogleSheetsWriteBlockWriteMode": ".google_sheets_write_block_write_mode",
    "GoogleSheetsWriteBlockYAML": ".google_sheets_write_block_yaml",
    "GoogleSheetsWriteBlockYAMLColumnMappingType0": ".google_sheets_write_block_yaml_column_mapping_type_0",
    "GoogleSheetsWriteBlockYAMLModelType0": ".google_sheets_write_block_yaml_model_type_0",
    "GoogleSheetsWriteBlockYAMLWriteMode": ".google_sheets_write_block_yaml_write_mode",
    "HttpRequestBlock": ".http_request_block",
    "HttpRequestBlockBodyType0": ".http_request_block_body_type_0",
    "HttpRequestBlockFilesType0": ".http_request_block_files_type_0",
    "HttpRequestBlockHeadersType0": ".http_request_block_headers_type_0",
    "HttpRequestBlockModelType0": ".http_request_block_model_type_0",
    "HttpRequestBlockYAML": ".http_request_block_yaml",
    "HttpRequestBlockYAMLBodyType0": ".http_request_block_yaml_body_type_0",
    "HttpRequestBlockYAMLFilesType0": ".http_request_block_yaml_files_type_0",
    "HttpRequestBlockYAMLHeadersType0": ".http_request_block_yaml_headers_type_0",
    "HttpRequestBlockYAMLModelType0": ".http_request_block_yaml_model_type_0",
    "HTTPValidationError": ".http_validation_error",
    "HumanInteractionBlock": ".human_interaction_block",
    "HumanInteractionBlockDataSchemaType0": ".human_interaction_block_data_schema_type_0",
    "HumanInteractionBlockErrorCodeMappingType0": ".human_interaction_block_error_code_mapping_type_0",
    "HumanInteractionBlockModelType0": ".human_interaction_block_model_type_0",
    "HumanInteractionBlockYAML": ".human_interaction_block_yaml",
    "HumanInteractionBlockYAMLModelType0": ".human_interaction_block_yaml_model_type_0",
    "InputOrSelectContext": ".input_or_select_context",
    "JinjaBranchCriteria": ".jinja_branch_criteria",
    "LoginBlock": ".login_block",
    "LoginBlockDataSchemaType0": ".login_block_data_schema_type_0",
    "LoginBlockErrorCodeMappingType0": ".login_block_error_code_mapping_type_0",
    "LoginBlockModelType0": ".login_block_model_type_0",
    "LoginBlockYAML": ".login_block_yaml",
    "LoginBlockYAMLErrorCodeMappingType0": ".login_block_yaml_error_code_mapping_type_0",
    "LoginBlockYAMLModelType0": ".login_block_yaml_model_type_0",
    "LoginRequest": ".login_request",
    "LoginRequestCdpConnectHeadersType0": ".login_request_cdp_connect_headers_type_0",
    "LoginRequestExtraHttpHeadersType0": ".login_request_extra_http_headers_type_0",
    "NavigationBlock": ".navigation_block",
    "NavigationBlockDataSchemaType0": ".navigation_block_data_schema_type_0",
    "NavigationBlockErrorCodeMappingType0": ".navigation_block_error_code_mapping_type_0",
    "NavigationBlockModelType0": ".navigation_block_model_type_0",
    "NavigationBlockYAML": ".navigation_block_yaml",
    "NavigationBlockYAMLErrorCodeMappingType0": ".navigation_block_yaml_error_code_mapping_type_0",
    "NavigationBlockYAMLModelType0": ".navigation_block_yaml_model_type_0",
    "NonEmptyCreditCardCredential": ".non_empty_credit_card_credential",
    "NonEmptyCreditCardCredentialMetadataType0": ".non_empty_credit_card_credential_metadata_type_0",
    "NonEmptyPasswordCredential": ".non_empty_password_credential",
    "NonEmptyPasswordCredentialMetadataType0": ".non_empty_password_credential_metadata_type_0",
    "OnePasswordCredentialParameter": ".one_password_credential_parameter",
    "OnePasswordCredentialParameterYAML": ".one_password_credential_parameter_yaml",
    "OTPType": ".otp_type",
    "OutputParameter": ".output_parameter",
    "OutputParameterYAML": ".output_parameter_yaml",
    "PasswordCredentialResponse": ".password_credential_response",
    "PdfFillBlock": ".pdf_fill_block",
    "PdfFillBlockModelType0": ".pdf_fill_block_model_type_0",
    "PdfFillBlockPayloadType0": ".pdf_fill_block_payload_type_0",
    "PdfFillBlockYAML": ".pdf_fill_block_yaml",
    "PdfFillBlockYAMLModelType0": ".pdf_fill_block_yaml_model_type_0",
    "PdfFillBlockYAMLPayloadType0": ".pdf_fill_block_yaml_payload_type_0",
    "PDFFormat": ".pdf_format",
    "PDFParserBlock": ".pdf_parser_block",
    "PDFParserBlockJsonSchemaType0": ".pdf_parser_block_json_schema_type_0",
    "PDFParserBlockModelType0": ".pdf_parser_block_model_type_0",
    "PDFParserBlockYAML": ".pdf_parser_block_yaml",
    "PDFParserBlockYAMLJsonSchemaType0": ".pdf_parser_block_yaml_json_schema_type_0",
    "PDFParserBlockYAMLModelType0": ".pdf_parser_block_yaml_model_type_0",
    "PersistentBrowserType": ".persistent_browser_type",
    "PrintPageBlock": ".print_page_block",
    "PrintPageBlockModelType0": ".print_page_block_model_type_0",
    "PrintPageBlockYAML": ".print_page_block_yaml",
    "PrintPageBlockYAMLModelType0": ".print_page_block_yaml_model_type_0",
    "PromptBranchCriteria": ".prompt_branch_criteria",
    "ProxyLocation": ".proxy_location",
    "RetryRunWebhookRequest": ".retry_run_webhook_request",
    "RunEngine": ".run_engine",
    "RunStatus": ".run_status",
    "RunWebhookReplayResponse": ".run_webhook_replay_response",
    "RunWebhookReplayResponseHeaders": ".run_webhook_replay_response_headers",
    "ScriptRunResponse": ".script_run_response",
    "SecretCredential": ".secret_credential",
    "SecretCredentialResponse": ".secret_credential_response",
    "SelectOption": ".select_option",
    "SendEmailBlock": ".send_email_block",
    "SendEmailBlockModelType0": ".send_email_block_model_type_0",
    "SendEmailBlockYAML": ".send_email_block_yaml",
    "SendEmailBlockYAMLModelType0": ".send_email_block_yaml_model_type_0",
    "SplitPdfBlock": ".split_pdf_block",
    "SplitPdfBlockModelType0": ".split_pdf_block_model_type_0",
    "SplitPdfBlockYAML": ".split_pdf_block_yaml",
    "SplitPdfBlockYAMLModelType0": ".split_pdf_block_yaml_model_type_0",
    "StoredCredentialType": ".stored_credential_type",
    "TaskBlock": ".task_block",
    "TaskBlockDataSchemaType0": ".task_block_data_schema_type_0",
    "TaskBlockErrorCodeMappingType0": ".task_block_error_code_mapping_type_0",
    "TaskBlockModelType0": ".task_block_model_type_0",
    "TaskBlockYAML": ".task_block_yaml",
    "TaskBlockYAMLDataSchemaType0": ".task_block_yaml_data_schema_type_0",
    "TaskBlockYAMLErrorCodeMappingType0": ".task_block_yaml_error_code_mapping_type_0",
    "TaskBlockYAMLModelType0": ".task_block_yaml_model_type_0",
    "TaskRunRequest": ".task_run_request",
    "TaskRunRequestCdpConnectHeadersType0": ".task_run_request_cdp_connect_headers_type_0",
    "TaskRunRequestDataExtractionSchemaType0": ".task_run_request_data_extraction_schema_type_0",
    "TaskRunRequestErrorCodeMappingType0": ".task_run_request_error_code_mapping_type_0",
    "TaskRunRequestExtraHttpHeadersType0": ".task_run_request_extra_http_headers_type_0",
    "TaskRunRequestModelType0": ".task_run_request_model_type_0",
    "TaskRunRequestProxyLocationType2": ".task_run_request_proxy_location_type_2",
    "TaskRunResponse": ".task_run_response",
    "TaskRunResponseErrorsType0Item": ".task_run_response_errors_type_0_item",
    "TaskRunResponseOutputType0": ".task_run_response_output_type_0",
    "TaskRunResponseRunType": ".task_run_response_run_type",
    "TaskV2Block": ".task_v2_block",
    "TaskV2BlockModelType0": ".task_v2_block_model_type_0",
    "TaskV2BlockYAML": ".task_v2_block_yaml",
    "TaskV2BlockYAMLModelType0": ".task_v2_block_yaml_model_type_0",
    "TerminateBlock": ".terminate_block",
    "TerminateBlockModelType0": ".terminate_block_model_type_0",
    "TerminateBlockYAML": ".terminate_block_yaml",
    "TerminateBlockYAMLModelType0": ".terminate_block_yaml_model_type_0",
    "TextPromptBlock": ".text_prompt_block",
    "TextPromptBlockJsonSchemaType0": ".text_prompt_block_json_schema_type_0",
    "TextPromptBlockModelType0": ".text_prompt_block_model_type_0",
    "TextPromptBlockYAML": ".text_prompt_block_yaml",
    "TextPromptBlockYAMLJsonSchemaType0": ".text_prompt_block_yaml_json_schema_type_0",
    "TextPromptBlockYAMLModelType0": ".text_prompt_block_yaml_model_type_0",
    "Thought": ".thought",
    "ThoughtOutputType0": ".thought_output_type_0",
    "ThoughtScenario": ".thought_scenario",
    "ThoughtType": ".thought_type",
    "TOTPCode": ".totp_code",
    "TOTPCodeCreate": ".totp_code_create",
    "TotpType": ".totp_type",
    "Unrecognized": ".unrecognized",
    "UploadFileBody": ".upload_file_body",
    "UploadFileResponse": ".upload_file_response",
    "UploadToS3Block": ".upload_to_s3_block",
    "UploadToS3BlockModelType0": ".upload_to_s3_block_model_type_0",
    "UploadToS3BlockYAML": ".upload_to_s3_block_yaml",
    "UploadToS3BlockYAMLModelType0": ".upload_to_s3_block_yaml_model_type_0",
    "UrlBlock": ".url_block",
    "UrlBlockDataSchemaType0": ".url_block_data_schema_type_0",
    "UrlBlockErrorCodeMappingType0": ".url_block_error_code_mapping_type_0",
    "UrlBlockModelType0": ".url_block_model_type_0",
    "UrlBlockYAML": ".url_block_yaml",
    "UrlBlockYAMLModelType0": ".url_block_yaml_model_type_0",
    "UserDefinedError": ".user_defined_error",
    "ValidationBlock": ".validation_block",
    "ValidationBlockDataSchemaType0": ".validation_block_data_schema_type_0",
    "ValidationBlockErrorCodeMappingType0": ".validation_block_error_code_mapping_type_0",
    "ValidationBlockModelType0": ".validation_block_model_type_0",
    "ValidationBlockYAML": ".validation_block_yaml",
    "ValidationBlockYAMLErrorCodeMappingType0": ".validation_block_yaml_error_code_mapping_type_0",
    "ValidationBlockYAMLModelType0": ".validation_block_yaml_model_type_0",
    "ValidationError": ".validation_error",
    "ValidationErrorContext": ".validation_error_context",
    "WaitBlock": ".wait_block",
    "WaitBlockModelType0": ".wait_block_model_type_0",
    "WaitBlockYAML": ".wait_block_yaml",
    "WaitBlockYAMLModelType0": ".wait_block_yaml_model_type_0",
    "WebSearchBlock": ".web_search_block",
    "WebSearchBlockErrorCodeMappingType0": ".web_search_block_error_code_mapping_type_0",
    "WebSearchBlockJsonSchemaType0": ".web_search_block_json_schema_type_0",
    "WebSearchBlockModelType0": ".web_search_block_model_type_0",
    "WebSearchBlockProvider": ".web_search_block_provider",
    "WebSearchBlockYAML": ".web_search_block_yaml",
    "WebSearchBlockYAMLErrorCodeMappingType0": ".web_search_block_yaml_error_code_mapping_type_0",
    "WebSearchBlockYAMLJsonSchemaType0": ".web_search_block_yaml_json_schema_type_0",
    "WebSearchBlockYAMLModelType0": ".web_search_block_yaml_model_type_0",
    "WebSearchBlockYAMLProvider": ".web_search_block_yaml_provider",
    "WhileLoopBlock": ".while_loop_block",
    "WhileLoopBlockModelType0": ".while_loop_block_model_type_0",
    "WhileLoopBlockYAML": ".while_loop_block_yaml",
    "WhileLoopBlockYAMLModelType0": ".while_loop_block_yaml_model_type_0",
    "Workflow": ".workflow",
    "WorkflowCdpConnectHeadersType0": ".workflow_cdp_connect_headers_type_0",
    "WorkflowCreateYAMLRequest": ".workflow_create_yaml_request",
    "WorkflowCreateYAMLRequestCdpConnectHeadersType0": ".workflow_create_yaml_request_cdp_connect_headers_type_0",
    "WorkflowCreateYAMLRequestExtraHttpHeadersType0": ".workflow_create_yaml_request_extra_http_headers_type_0",
    "WorkflowCreateYAMLRequestModelType0": ".workflow_create_yaml_request_model_type_0",
    "WorkflowCreateYAMLRequestProxyLocationType2": ".workflow_create_yaml_request_proxy_location_type_2",
    "WorkflowDefinition": ".workflow_definition",
    "WorkflowDefinitionCompletionContractType0": ".workflow_definition_completion_contract_type_0",
    "WorkflowDefinitionErrorCodeMappingType0": ".workflow_definition_error_code_mapping_type_0",
    "WorkflowDefinitionYAML": ".workflow_definition_yaml",
    "WorkflowDefinitionYAMLCompletionContractType0": ".workflow_definition_yaml_completion_contract_type_0",
    "WorkflowDefinitionYAMLErrorCodeMappingType0": ".workflow_definition_yaml_error_code_mapping_type_0",
    "WorkflowExtraHttpHeadersType0": ".workflow_extra_http_headers_type_0",
    "WorkflowModelType0": ".workflow_model_type_0",
    "WorkflowParameter": ".workflow_parameter",
    "WorkflowParameterDefaultValueType4": ".workflow_parameter_default_value_type_4",
    "WorkflowParameterType": ".workflow_parameter_type",
    "WorkflowParameterYAML": ".workflow_parameter_yaml",
    "WorkflowParameterYAMLDefaultValueType4": ".workflow_parameter_yaml_default_value_type_4",
    "WorkflowProxyLocationType2": ".workflow_proxy_location_type_2",
    "WorkflowRequest": ".workflow_request",
    "WorkflowRetryPolicy": ".workflow_retry_policy",
    "WorkflowRetryPolicyWebhookOnRetry": ".workflow_retry_policy_webhook_on_retry",
    "WorkflowRetryRule": ".workflow_retry_rule",
    "WorkflowRetryRuleStatus": ".workflow_retry_rule_status",
    "WorkflowRunAttempt": ".workflow_run_attempt",
    "WorkflowRunBlock": ".workflow_run_block",
    "WorkflowRunBlockDataSchemaType0": ".workflow_run_block_data_schema_type_0",
    "WorkflowRunBlockNavigationPayloadType0": ".workflow_run_block_navigation_payload_type_0",
    "WorkflowRunBlockOutputType0": ".workflow_run_block_output_type_0",
    "WorkflowRunRequest": ".workflow_run_request",
    "WorkflowRunRequestCdpConnectHeadersType0": ".workflow_run_request_cdp_connect_headers_type_0",
    "WorkflowRunRequestExtraHttpHeadersType0": ".workflow_run_request_extra_http_headers_type_0",
    "WorkflowRunRequestOutput": ".workflow_run_request_output",
    "WorkflowRunRequestOutputCdpConnectHeadersType0": ".workflow_run_request_output_cdp_connect_headers_type_0",
    "WorkflowRunRequestOutputExtraHttpHeadersType0": ".workflow_run_request_output_extra_http_headers_type_0",
    "WorkflowRunRequestOutputParametersType0": ".workflow_run_request_output_parameters_type_0",
    "WorkflowRunRequestOutputProxyLocationType2": ".workflow_run_request_output_proxy_location_type_2",
    "WorkflowRunRequestOutputRunMetadataType0": ".workflow_run_request_output_run_metadata_type_0",
    "WorkflowRunRequestParametersType0": ".workflow_run_request_parameters_type_0",
    "WorkflowRunRequestProxyLocationType2": ".workflow_run_request_proxy_location_type_2",
    "WorkflowRunRequestRunMetadataType0": ".workflow_run_request_run_metadata_type_0",
    "WorkflowRunResponse": ".workflow_run_response",
    "WorkflowRunResponseErrorsType0Item": ".workflow_run_response_errors_type_0_item",
    "WorkflowRunResponseOutputType0": ".workflow_run_response_output_type_0",
    "WorkflowRunTimeline": ".workflow_run_timeline",
    "WorkflowRunTimelineType": ".workflow_run_timeline_type",
    "WorkflowStatus": ".workflow_status",
    "WorkflowTriggerBlock": ".workflow_trigger_block",
    "WorkflowTriggerBlockModelType0": ".workflow_trigger_block_model_type_0",
    "WorkflowTriggerBlockPayloadType0": ".workflow_trigger_block_payload_type_0",
    "WorkflowTriggerBlockYAML": ".workflow_trigger_block_yaml",
    "WorkflowTriggerBlockYAMLModelType0": ".workflow_trigger_block_yaml_model_type_0",
    "WorkflowTriggerBlockYAMLPayloadType0": ".workflow_trigger_block_yaml_payload_type_0",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AIFallbackMode",
    "AWSSecretParameter",
    "AWSSecretParameterYAML",
    "Action",
    "ActionBlock",
    "ActionBlockDataSchemaType0",
    "ActionBlockErrorCodeMappingType0",
    "ActionBlockModelType0",
    "ActionBlockYAML",
    "ActionBlockYAMLErrorCodeMappingType0",
    "ActionBlockYAMLModelType0",
    "ActionOutputType0",
    "ActionSkyvernElementDataType0",
    "ActionStatus",
    "ActionTotpTimingInfoType0",
    "ActionType",
    "Artifact",
    "ArtifactType",
    "AzureSecretParameter",
    "AzureVaultCredentialParameter",
    "AzureVaultCredentialParameterYAML",
    "BitwardenCreditCardDataParameter",
    "BitwardenCreditCardDataParameterYAML",
    "BitwardenLoginCredentialParameter",
    "BitwardenLoginCredentialParameterYAML",
    "BitwardenSensitiveInformationParameter",
    "BitwardenSensitiveInformationParameterYAML",
    "BlockType",
    "BranchCondition",
    "BranchConditionYAML",
    "BranchCriteriaYAML",
    "BranchCriteriaYAMLCriteriaType",
    "BrowserProfile",
    "BrowserProfileProxyLocationType2",
    "BrowserSeedSource",
    "BrowserSessionResponse",
    "BrowserSessionResponseSource",
    "BrowserSettings",
    "BrowserSettingsReceipt",
    "BrowserSettingsSource",
    "BrowserSettingsStatus",
    "ClickContext",
    "CodeBlock",
    "CodeBlockDataSchemaType0",
    "CodeBlockErrorCodeMappingType0",
    "CodeBlockModelType0",
    "CodeBlockStep",
    "CodeBlockStepYAML",
    "CodeBlockYAML",
    "CodeBlockYAMLDataSchemaType0",
    "CodeBlockYAMLErrorCodeMappingType0",
    "CodeBlockYAMLModelType0",
    "ConditionalBlock",
    "ConditionalBlockModelType0",
    "ConditionalBlockYAML",
    "ConditionalBlockYAMLModelType0",
    "ContextParameter",
    "ContextParameterValueType4",
    "ContextParameterYAML",
    "CreateBrowserProfileRequest",
    "CreateBrowserProfileRequestProxyLocationType2",
    "CreateBrowserSessionRequest",
    "CreateBrowserSessionRequestProxyLocationType2",
    "CreateCredentialRequest",
    "CreateCredentialRequestProxyLocationType2",
    "CredentialCheck",
    "CredentialCheckEvidence",
    "CredentialParameter",
    "CredentialParameterYAML",
    "CredentialResponse",
    "CredentialResponseProxyLocationType2",
    "CredentialType",
    "CredentialVaultType",
    "CreditCardBillingAddress",
    "CreditCardCredentialResponse",
    "DataExportBlock",
    "DataExportBlockDataSchema",
    "DataExportBlockModelType0",
    "DataExportBlockYAML",
    "DataExportBlockYAMLDataSchema",
    "DataExportBlockYAMLModelType0",
    "DownloadFilesRequest",
    "DownloadFilesRequestCdpConnectHeadersType0",
    "DownloadFilesRequestExtraHttpHeadersType0",
    "DownloadToS3Block",
    "DownloadToS3BlockModelType0",
    "DownloadToS3BlockYAML",
    "DownloadToS3BlockYAMLModelType0",
    "EmailBodyFormat",
    "EmailInboxBlock",
    "EmailInboxBlockEmailClient",
    "EmailInboxBlockModelType0",
    "EmailInboxBlockYAML",
    "EmailInboxBlockYAMLEmailClient",
    "EmailInboxBlockYAMLModelType0",
    "EmailTransport",
    "ErrorResponse",
    "Extensions",
    "ExtractionBlock",
    "ExtractionBlockDataSchemaType0",
    "ExtractionBlockErrorCodeMappingType0",
    "ExtractionBlockExportDataSchemaType0",
    "ExtractionBlockModelType0",
    "ExtractionBlockYAML",
    "ExtractionBlockYAMLDataSchemaType0",
    "ExtractionBlockYAMLExportDataSchemaType0",
    "ExtractionBlockYAMLModelType0",
    "FileDownloadBlock",
    "FileDownloadBlockDataSchemaType0",
    "FileDownloadBlockErrorCodeMappingType0",
    "FileDownloadBlockModelType0",
    "FileDownloadBlockYAML",
    "FileDownloadBlockYAMLErrorCodeMappingType0",
    "FileDownloadBlockYAMLModelType0",
    "FileDownloadTarget",
    "FileInfo",
    "FileParserBlock",
    "FileParserBlockJsonSchemaType0",
    "FileParserBlockModelType0",
    "FileParserBlockYAML",
    "FileParserBlockYAMLJsonSchemaType0",
    "FileParserBlockYAMLModelType0",
    "FileStorageType",
    "FileType",
    "FileUploadBlock",
    "FileUploadBlockModelType0",
    "FileUploadBlockYAML",
    "FileUploadBlockYAMLModelType0",
    "ForLoopBlock",
    "ForLoopBlockDataSchemaType0",
    "ForLoopBlockModelType0",
    "ForLoopBlockYAML",
    "ForLoopBlockYAMLDataSchemaType0",
    "ForLoopBlockYAMLModelType0",
    "GeoTarget",
    "GetBrowserSessionResponse503",
    "GetBrowserSessionResponse503Detail",
    "GetBrowserSessionResponse503DetailCode",
    "GoogleSheetsReadBlock",
    "GoogleSheetsReadBlockModelType0",
    "GoogleSheetsReadBlockYAML",
    "GoogleSheetsReadBlockYAMLModelType0",
    "GoogleSheetsWriteBlock",
    "GoogleSheetsWriteBlockColumnMappingType0",
    "GoogleSheetsWriteBlockModelType0",
    "GoogleSheetsWriteBlockWriteMode",
    "GoogleSheetsWriteBlockYAML",
    "GoogleSheetsWriteBlockYAMLColumnMappingType0",
    "GoogleSheetsWriteBlockYAMLModelType0",
    "GoogleSheetsWriteBlockYAMLWriteMode",
    "HTTPValidationError",
    "HttpRequestBlock",
    "HttpRequestBlockBodyType0",
    "HttpRequestBlockFilesType0",
    "HttpRequestBlockHeadersType0",
    "HttpRequestBlockModelType0",
    "HttpRequestBlockYAML",
    "HttpRequestBlockYAMLBodyType0",
    "HttpRequestBlockYAMLFilesType0",
    "HttpRequestBlockYAMLHeadersType0",
    "HttpRequestBlockYAMLModelType0",
    "HumanInteractionBlock",
    "HumanInteractionBlockDataSchemaType0",
    "HumanInteractionBlockErrorCodeMappingType0",
    "HumanInteractionBlockModelType0",
    "HumanInteractionBlockYAML",
    "HumanInteractionBlockYAMLModelType0",
    "InputOrSelectContext",
    "JinjaBranchCriteria",
    "LoginBlock",
    "LoginBlockDataSchemaType0",
    "LoginBlockErrorCodeMappingType0",
    "LoginBlockModelType0",
    "LoginBlockYAML",
    "LoginBlockYAMLErrorCodeMappingType0",
    "LoginBlockYAMLModelType0",
    "LoginRequest",
    "LoginRequestCdpConnectHeadersType0",
    "LoginRequestExtraHttpHeadersType0",
    "NavigationBlock",
    "NavigationBlockDataSchemaType0",
    "NavigationBlockErrorCodeMappingType0",
    "NavigationBlockModelType0",
    "NavigationBlockYAML",
    "NavigationBlockYAMLErrorCodeMappingType0",
    "NavigationBlockYAMLModelType0",
    "NonEmptyCreditCardCredential",
    "NonEmptyCreditCardCredentialMetadataType0",
    "NonEmptyPasswordCredential",
    "NonEmptyPasswordCredentialMetadataType0",
    "OTPType",
    "OnePasswordCredentialParameter",
    "OnePasswordCredentialParameterYAML",
    "OutputParameter",
    "OutputParameterYAML",
    "PDFFormat",
    "PDFParserBlock",
    "PDFParserBlockJsonSchemaType0",
    "PDFParserBlockModelType0",
    "PDFParserBlockYAML",
    "PDFParserBlockYAMLJsonSchemaType0",
    "PDFParserBlockYAMLModelType0",
    "PasswordCredentialResponse",
    "PdfFillBlock",
    "PdfFillBlockModelType0",
    "PdfFillBlockPayloadType0",
    "PdfFillBlockYAML",
    "PdfFillBlockYAMLModelType0",
    "PdfFillBlockYAMLPayloadType0",
    "PersistentBrowserType",
    "PrintPageBlock",
    "PrintPageBlockModelType0",
    "PrintPageBlockYAML",
    "PrintPageBlockYAMLModelType0",
    "PromptBranchCriteria",
    "ProxyLocation",
    "RetryRunWebhookRequest",
    "RunEngine",
    "RunStatus",
    "RunWebhookReplayResponse",
    "RunWebhookReplayResponseHeaders",
    "ScriptRunResponse",
    "SecretCredential",
    "SecretCredentialResponse",
    "SelectOption",
    "SendEmailBlock",
    "SendEmailBlockModelType0",
    "SendEmailBlockYAML",
    "SendEmailBlockYAMLModelType0",
    "SplitPdfBlock",
    "SplitPdfBlockModelType0",
    "SplitPdfBlockYAML",
    "SplitPdfBlockYAMLModelType0",
    "StoredCredentialType",
    "TOTPCode",
    "TOTPCodeCreate",
    "TaskBlock",
    "TaskBlockDataSchemaType0",
    "TaskBlockErrorCodeMappingType0",
    "TaskBlockModelType0",
    "TaskBlockYAML",
    "TaskBlockYAMLDataSchemaType0",
    "TaskBlockYAMLErrorCodeMappingType0",
    "TaskBlockYAMLModelType0",
    "TaskRunRequest",
    "TaskRunRequestCdpConnectHeadersType0",
    "TaskRunRequestDataExtractionSchemaType0",
    "TaskRunRequestErrorCodeMappingType0",
    "TaskRunRequestExtraHttpHeadersType0",
    "TaskRunRequestModelType0",
    "TaskRunRequestProxyLocationType2",
    "TaskRunResponse",
    "TaskRunResponseErrorsType0Item",
    "TaskRunResponseOutputType0",
    "TaskRunResponseRunType",
    "TaskV2Block",
    "TaskV2BlockModelType0",
    "TaskV2BlockYAML",
    "TaskV2BlockYAMLModelType0",
    "TerminateBlock",
    "TerminateBlockModelType0",
    "TerminateBlockYAML",
    "TerminateBlockYAMLModelType0",
    "TextPromptBlock",
    "TextPromptBlockJsonSchemaType0",
    "TextPromptBlockModelType0",
    "TextPromptBlockYAML",
    "TextPromptBlockYAMLJsonSchemaType0",
    "TextPromptBlockYAMLModelType0",
    "Thought",
    "ThoughtOutputType0",
    "ThoughtScenario",
    "ThoughtType",
    "TotpType",
    "Unrecognized",
    "UploadFileBody",
    "UploadFileResponse",
    "UploadToS3Block",
    "UploadToS3BlockModelType0",
    "UploadToS3BlockYAML",
    "UploadToS3BlockYAMLModelType0",
    "UrlBlock",
    "UrlBlockDataSchemaType0",
    "UrlBlockErrorCodeMappingType0",
    "UrlBlockModelType0",
    "UrlBlockYAML",
    "UrlBlockYAMLModelType0",
    "UserDefinedError",
    "ValidationBlock",
    "ValidationBlockDataSchemaType0",
    "ValidationBlockErrorCodeMappingType0",
    "ValidationBlockModelType0",
    "ValidationBlockYAML",
    "ValidationBlockYAMLErrorCodeMappingType0",
    "ValidationBlockYAMLModelType0",
    "ValidationError",
    "ValidationErrorContext",
    "WaitBlock",
    "WaitBlockModelType0",
    "WaitBlockYAML",
    "WaitBlockYAMLModelType0",
    "WebSearchBlock",
    "WebSearchBlockErrorCodeMappingType0",
    "WebSearchBlockJsonSchemaType0",
    "WebSearchBlockModelType0",
    "WebSearchBlockProvider",
    "WebSearchBlockYAML",
    "WebSearchBlockYAMLErrorCodeMappingType0",
    "WebSearchBlockYAMLJsonSchemaType0",
    "WebSearchBlockYAMLModelType0",
    "WebSearchBlockYAMLProvider",
    "WhileLoopBlock",
    "WhileLoopBlockModelType0",
    "WhileLoopBlockYAML",
    "WhileLoopBlockYAMLModelType0",
    "Workflow",
    "WorkflowCdpConnectHeadersType0",
    "WorkflowCreateYAMLRequest",
    "WorkflowCreateYAMLRequestCdpConnectHeadersType0",
    "WorkflowCreateYAMLRequestExtraHttpHeadersType0",
    "WorkflowCreateYAMLRequestModelType0",
    "WorkflowCreateYAMLRequestProxyLocationType2",
    "WorkflowDefinition",
    "WorkflowDefinitionCompletionContractType0",
    "WorkflowDefinitionErrorCodeMappingType0",
    "WorkflowDefinitionYAML",
    "WorkflowDefinitionYAMLCompletionContractType0",
    "WorkflowDefinitionYAMLErrorCodeMappingType0",
    "WorkflowExtraHttpHeadersType0",
    "WorkflowModelType0",
    "WorkflowParameter",
    "WorkflowParameterDefaultValueType4",
    "WorkflowParameterType",
    "WorkflowParameterYAML",
    "WorkflowParameterYAMLDefaultValueType4",
    "WorkflowProxyLocationType2",
    "WorkflowRequest",
    "WorkflowRetryPolicy",
    "WorkflowRetryPolicyWebhookOnRetry",
    "WorkflowRetryRule",
    "WorkflowRetryRuleStatus",
    "WorkflowRunAttempt",
    "WorkflowRunBlock",
    "WorkflowRunBlockDataSchemaType0",
    "WorkflowRunBlockNavigationPayloadType0",
    "WorkflowRunBlockOutputType0",
    "WorkflowRunRequest",
    "WorkflowRunRequestCdpConnectHeadersType0",
    "WorkflowRunRequestExtraHttpHeadersType0",
    "WorkflowRunRequestOutput",
    "WorkflowRunRequestOutputCdpConnectHeadersType0",
    "WorkflowRunRequestOutputExtraHttpHeadersType0",
    "WorkflowRunRequestOutputParametersType0",
    "WorkflowRunRequestOutputProxyLocationType2",
    "WorkflowRunRequestOutputRunMetadataType0",
    "WorkflowRunRequestParametersType0",
    "WorkflowRunRequestProxyLocationType2",
    "WorkflowRunRequestRunMetadataType0",
    "WorkflowRunResponse",
    "WorkflowRunResponseErrorsType0Item",
    "WorkflowRunResponseOutputType0",
    "WorkflowRunTimeline",
    "WorkflowRunTimelineType",
    "WorkflowStatus",
    "WorkflowTriggerBlock",
    "WorkflowTriggerBlockModelType0",
    "WorkflowTriggerBlockPayloadType0",
    "WorkflowTriggerBlockYAML",
    "WorkflowTriggerBlockYAMLModelType0",
    "WorkflowTriggerBlockYAMLPayloadType0",
)
