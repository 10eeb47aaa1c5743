"""Contains all the data models used in inputs/outputs.

Models load on first use: importing this package costs almost nothing, and a program pays only
for the models it touches.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .act_action import ActAction
    from .action import Action
    from .action_block import ActionBlock
    from .action_block_yaml import ActionBlockYAML
    from .action_status import ActionStatus
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
    from .browser_profile_usage import BrowserProfileUsage
    from .browser_profile_usage_credential import BrowserProfileUsageCredential
    from .browser_profile_usage_workflow import BrowserProfileUsageWorkflow
    from .browser_seed_source import BrowserSeedSource
    from .browser_session_response import BrowserSessionResponse
    from .browser_session_response_source import BrowserSessionResponseSource
    from .browser_settings import BrowserSettings
    from .browser_settings_receipt import BrowserSettingsReceipt
    from .browser_settings_source import BrowserSettingsSource
    from .browser_settings_status import BrowserSettingsStatus
    from .browser_type_option import BrowserTypeOption
    from .bulk_cancel_runs_request import BulkCancelRunsRequest
    from .bulk_cancel_runs_response import BulkCancelRunsResponse
    from .clear_organization_auth_token_response import (
        ClearOrganizationAuthTokenResponse,
    )
    from .click_action import ClickAction
    from .click_context import ClickContext
    from .code_block import CodeBlock
    from .code_block_step import CodeBlockStep
    from .code_block_step_yaml import CodeBlockStepYAML
    from .code_block_yaml import CodeBlockYAML
    from .conditional_block import ConditionalBlock
    from .conditional_block_yaml import ConditionalBlockYAML
    from .context_parameter import ContextParameter
    from .context_parameter_yaml import ContextParameterYAML
    from .create_browser_profile_request import CreateBrowserProfileRequest
    from .create_browser_session_request import CreateBrowserSessionRequest
    from .create_credential_request import CreateCredentialRequest
    from .create_script_request import CreateScriptRequest
    from .create_script_response import CreateScriptResponse
    from .create_script_response_file_tree import CreateScriptResponseFileTree
    from .credential_check import CredentialCheck
    from .credential_check_evidence import CredentialCheckEvidence
    from .credential_parameter import CredentialParameter
    from .credential_parameter_yaml import CredentialParameterYAML
    from .credential_response import CredentialResponse
    from .credential_type import CredentialType
    from .credential_vault_type import CredentialVaultType
    from .credit_card_billing_address import CreditCardBillingAddress
    from .credit_card_credential_response import CreditCardCredentialResponse
    from .custom_llm import CustomLLM
    from .custom_llm_config import CustomLLMConfig
    from .custom_llm_create_request import CustomLLMCreateRequest
    from .custom_llm_list_response import CustomLLMListResponse
    from .custom_llm_provider import CustomLLMProvider
    from .custom_llm_response import CustomLLMResponse
    from .custom_llm_update_request import CustomLLMUpdateRequest
    from .data_export_block import DataExportBlock
    from .data_export_block_yaml import DataExportBlockYAML
    from .delete_schedule_response import DeleteScheduleResponse
    from .deploy_script_request import DeployScriptRequest
    from .download_files_request import DownloadFilesRequest
    from .download_to_s3_block import DownloadToS3Block
    from .download_to_s3_block_yaml import DownloadToS3BlockYAML
    from .email_body_format import EmailBodyFormat
    from .email_inbox_block import EmailInboxBlock
    from .email_inbox_block_email_client import EmailInboxBlockEmailClient
    from .email_inbox_block_yaml import EmailInboxBlockYAML
    from .email_inbox_block_yaml_email_client import EmailInboxBlockYAMLEmailClient
    from .email_transport import EmailTransport
    from .error_response import ErrorResponse
    from .extend_browser_session_request import ExtendBrowserSessionRequest
    from .extensions import Extensions
    from .extract_action import ExtractAction
    from .extraction_block import ExtractionBlock
    from .extraction_block_yaml import ExtractionBlockYAML
    from .file_download_block import FileDownloadBlock
    from .file_download_block_yaml import FileDownloadBlockYAML
    from .file_download_target import FileDownloadTarget
    from .file_encoding import FileEncoding
    from .file_info import FileInfo
    from .file_node import FileNode
    from .file_node_children_type_0 import FileNodeChildrenType0
    from .file_parser_block import FileParserBlock
    from .file_parser_block_yaml import FileParserBlockYAML
    from .file_storage_type import FileStorageType
    from .file_type import FileType
    from .file_upload_block import FileUploadBlock
    from .file_upload_block_yaml import FileUploadBlockYAML
    from .folder import Folder
    from .folder_create import FolderCreate
    from .folder_update import FolderUpdate
    from .for_loop_block import ForLoopBlock
    from .for_loop_block_yaml import ForLoopBlockYAML
    from .geo_target import GeoTarget
    from .get_browser_session_response_503 import GetBrowserSessionResponse503
    from .get_browser_session_response_503_detail import (
        GetBrowserSessionResponse503Detail,
    )
    from .get_browser_session_response_503_detail_code import (
        GetBrowserSessionResponse503DetailCode,
    )
    from .google_sheets_read_block import GoogleSheetsReadBlock
    from .google_sheets_read_block_yaml import GoogleSheetsReadBlockYAML
    from .google_sheets_write_block import GoogleSheetsWriteBlock
    from .google_sheets_write_block_write_mode import GoogleSheetsWriteBlockWriteMode
    from .google_sheets_write_block_yaml import GoogleSheetsWriteBlockYAML
    from .google_sheets_write_block_yaml_write_mode import (
        GoogleSheetsWriteBlockYAMLWriteMode,
    )
    from .http_request_block import HttpRequestBlock
    from .http_request_block_yaml import HttpRequestBlockYAML
    from .http_validation_error import HTTPValidationError
    from .human_interaction_block import HumanInteractionBlock
    from .human_interaction_block_yaml import HumanInteractionBlockYAML
    from .input_or_select_context import InputOrSelectContext
    from .input_text_action import InputTextAction
    from .jinja_branch_criteria import JinjaBranchCriteria
    from .json_object import JsonObject
    from .locate_element_action import LocateElementAction
    from .login_block import LoginBlock
    from .login_block_yaml import LoginBlockYAML
    from .login_request import LoginRequest
    from .navigation_block import NavigationBlock
    from .navigation_block_yaml import NavigationBlockYAML
    from .non_empty_credit_card_credential import NonEmptyCreditCardCredential
    from .non_empty_password_credential import NonEmptyPasswordCredential
    from .one_password_credential_parameter import OnePasswordCredentialParameter
    from .one_password_credential_parameter_yaml import (
        OnePasswordCredentialParameterYAML,
    )
    from .one_time_dispatch_status import OneTimeDispatchStatus
    from .organization_schedule_item import OrganizationScheduleItem
    from .organization_schedule_list_response import OrganizationScheduleListResponse
    from .otp_type import OTPType
    from .output_parameter import OutputParameter
    from .output_parameter_yaml import OutputParameterYAML
    from .password_credential_response import PasswordCredentialResponse
    from .pdf_fill_block import PdfFillBlock
    from .pdf_fill_block_yaml import PdfFillBlockYAML
    from .pdf_format import PDFFormat
    from .pdf_parser_block import PDFParserBlock
    from .pdf_parser_block_yaml import PDFParserBlockYAML
    from .persistent_browser_type import PersistentBrowserType
    from .print_page_block import PrintPageBlock
    from .print_page_block_yaml import PrintPageBlockYAML
    from .prompt_action import PromptAction
    from .prompt_branch_criteria import PromptBranchCriteria
    from .proxy_location import ProxyLocation
    from .retry_run_webhook_request import RetryRunWebhookRequest
    from .run_engine import RunEngine
    from .run_sdk_action_request import RunSdkActionRequest
    from .run_sdk_action_response import RunSdkActionResponse
    from .run_status import RunStatus
    from .run_tag_history_response import RunTagHistoryResponse
    from .run_tag_suggestions_response import RunTagSuggestionsResponse
    from .run_tag_suggestions_response_values_by_key import (
        RunTagSuggestionsResponseValuesByKey,
    )
    from .run_tags_batch_request import RunTagsBatchRequest
    from .run_tags_batch_response import RunTagsBatchResponse
    from .run_tags_batch_response_run_tags import RunTagsBatchResponseRunTags
    from .run_tags_response import RunTagsResponse
    from .run_type import RunType
    from .run_webhook_replay_response import RunWebhookReplayResponse
    from .schedules_list_all_status_type_0 import SchedulesListAllStatusType0
    from .script import Script
    from .script_file_create import ScriptFileCreate
    from .script_run_response import ScriptRunResponse
    from .secret_credential import SecretCredential
    from .secret_credential_response import SecretCredentialResponse
    from .select_option import SelectOption
    from .select_option_action import SelectOptionAction
    from .send_email_block import SendEmailBlock
    from .send_email_block_yaml import SendEmailBlockYAML
    from .split_pdf_block import SplitPdfBlock
    from .split_pdf_block_yaml import SplitPdfBlockYAML
    from .stored_credential_type import StoredCredentialType
    from .string_map import StringMap
    from .tag_apply_request import TagApplyRequest
    from .tag_delete_input import TagDeleteInput
    from .tag_history_item import TagHistoryItem
    from .tag_history_response import TagHistoryResponse
    from .tag_input import TagInput
    from .tag_item import TagItem
    from .tag_key import TagKey
    from .tag_key_delete_response import TagKeyDeleteResponse
    from .tag_key_update import TagKeyUpdate
    from .tag_response import TagResponse
    from .tag_value import TagValue
    from .tag_value_create import TagValueCreate
    from .tag_value_delete import TagValueDelete
    from .tag_value_delete_response import TagValueDeleteResponse
    from .tag_value_rename import TagValueRename
    from .tag_value_rename_response import TagValueRenameResponse
    from .tag_value_update import TagValueUpdate
    from .tags_response import TagsResponse
    from .task_block import TaskBlock
    from .task_block_yaml import TaskBlockYAML
    from .task_run_list_item import TaskRunListItem
    from .task_run_request import TaskRunRequest
    from .task_run_response import TaskRunResponse
    from .task_run_response_run_type import TaskRunResponseRunType
    from .task_v2_block import TaskV2Block
    from .task_v2_block_yaml import TaskV2BlockYAML
    from .terminate_block import TerminateBlock
    from .terminate_block_yaml import TerminateBlockYAML
    from .text_prompt_block import TextPromptBlock
    from .text_prompt_block_yaml import TextPromptBlockYAML
    from .thought import Thought
    from .thought_scenario import ThoughtScenario
    from .thought_type import ThoughtType
    from .totp_code import TOTPCode
    from .totp_code_create import TOTPCodeCreate
    from .totp_type import TotpType
    from .unrecognized_action import UnrecognizedAction
    from .unrecognized_block import UnrecognizedBlock
    from .unrecognized_block_yaml import UnrecognizedBlockYAML
    from .unrecognized_branch_criteria import UnrecognizedBranchCriteria
    from .unrecognized_parameter import UnrecognizedParameter
    from .unrecognized_parameter_yaml import UnrecognizedParameterYAML
    from .unrecognized_run_response import UnrecognizedRunResponse
    from .update_browser_profile_request import UpdateBrowserProfileRequest
    from .update_browser_session_request import UpdateBrowserSessionRequest
    from .update_workflow_folder_request import UpdateWorkflowFolderRequest
    from .upload_file_action import UploadFileAction
    from .upload_file_body import UploadFileBody
    from .upload_file_response import UploadFileResponse
    from .upload_to_s3_block import UploadToS3Block
    from .upload_to_s3_block_yaml import UploadToS3BlockYAML
    from .url_block import UrlBlock
    from .url_block_yaml import UrlBlockYAML
    from .user_defined_error import UserDefinedError
    from .validate_action import ValidateAction
    from .validation_block import ValidationBlock
    from .validation_block_yaml import ValidationBlockYAML
    from .validation_error import ValidationError
    from .wait_block import WaitBlock
    from .wait_block_yaml import WaitBlockYAML
    from .web_search_block import WebSearchBlock
    from .web_search_block_provider import WebSearchBlockProvider
    from .web_search_block_yaml import WebSearchBlockYAML
    from .web_search_block_yaml_provider import WebSearchBlockYAMLProvider
    from .while_loop_block import WhileLoopBlock
    from .while_loop_block_yaml import WhileLoopBlockYAML
    from .workflow import Workflow
    from .workflow_create_yaml_request import WorkflowCreateYAMLRequest
    from .workflow_definition import WorkflowDefinition
    from .workflow_definition_yaml import WorkflowDefinitionYAML
    from .workflow_parameter import WorkflowParameter
    from .workflow_parameter_type import WorkflowParameterType
    from .workflow_parameter_yaml import WorkflowParameterYAML
    from .workflow_request import WorkflowRequest
    from .workflow_retry_policy import WorkflowRetryPolicy
    from .workflow_retry_policy_webhook_on_retry import (
        WorkflowRetryPolicyWebhookOnRetry,
    )
    from .workflow_retry_rule import WorkflowRetryRule
    from .workflow_retry_rule_status import WorkflowRetryRuleStatus
    from .workflow_run import WorkflowRun
    from .workflow_run_attempt import WorkflowRunAttempt
    from .workflow_run_block import WorkflowRunBlock
    from .workflow_run_request import WorkflowRunRequest
    from .workflow_run_request_output import WorkflowRunRequestOutput
    from .workflow_run_response import WorkflowRunResponse
    from .workflow_run_status import WorkflowRunStatus
    from .workflow_run_timeline import WorkflowRunTimeline
    from .workflow_run_timeline_type import WorkflowRunTimelineType
    from .workflow_run_trigger_type import WorkflowRunTriggerType
    from .workflow_schedule import WorkflowSchedule
    from .workflow_schedule_list_response import WorkflowScheduleListResponse
    from .workflow_schedule_response import WorkflowScheduleResponse
    from .workflow_schedule_upsert_request import WorkflowScheduleUpsertRequest
    from .workflow_status import WorkflowStatus
    from .workflow_tags_batch_request import WorkflowTagsBatchRequest
    from .workflow_tags_batch_response import WorkflowTagsBatchResponse
    from .workflow_tags_batch_response_workflow_tags import (
        WorkflowTagsBatchResponseWorkflowTags,
    )
    from .workflow_trigger_block import WorkflowTriggerBlock
    from .workflow_trigger_block_yaml import WorkflowTriggerBlockYAML

_MODULES = {
    "ActAction": ".act_action",
    "Action": ".action",
    "ActionBlock": ".action_block",
    "ActionBlockYAML": ".action_block_yaml",
    "ActionStatus": ".action_status",
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
    "BrowserProfileUsage": ".browser_profile_usage",
    "BrowserProfileUsageCredential": ".browser_profile_usage_credential",
    "BrowserProfileUsageWorkflow": ".browser_profile_usage_workflow",
    "BrowserSeedSource": ".browser_seed_source",
    "BrowserSessionResponse": ".browser_session_response",
    "BrowserSessionResponseSource": ".browser_session_response_source",
    "BrowserSettings": ".browser_settings",
    "BrowserSettingsReceipt": ".browser_settings_receipt",
    "BrowserSettingsSource": ".browser_settings_source",
    "BrowserSettingsStatus": ".browser_settings_status",
    "BrowserTypeOption": ".browser_type_option",
    "BulkCancelRunsRequest": ".bulk_cancel_runs_request",
    "BulkCancelRunsResponse": ".bulk_cancel_runs_response",
    "ClearOrganizationAuthTokenResponse": ".clear_organization_auth_token_response",
    "ClickAction": ".click_action",
    "ClickContext": ".click_context",
    "CodeBlock": ".code_block",
    "CodeBlockStep": ".code_block_step",
    "CodeBlockStepYAML": ".code_block_step_yaml",
    "CodeBlockYAML": ".code_block_yaml",
    "ConditionalBlock": ".conditional_block",
    "ConditionalBlockYAML": ".conditional_block_yaml",
    "ContextParameter": ".context_parameter",
    "ContextParameterYAML": ".context_parameter_yaml",
    "CreateBrowserProfileRequest": ".create_browser_profile_request",
    "CreateBrowserSessionRequest": ".create_browser_session_request",
    "CreateCredentialRequest": ".create_credential_request",
    "CreateScriptRequest": ".create_script_request",
    "CreateScriptResponse": ".create_script_response",
    "CreateScriptResponseFileTree": ".create_script_response_file_tree",
    "CredentialCheck": ".credential_check",
    "CredentialCheckEvidence": ".credential_check_evidence",
    "CredentialParameter": ".credential_parameter",
    "CredentialParameterYAML": ".credential_parameter_yaml",
    "CredentialResponse": ".credential_response",
    "CredentialType": ".credential_type",
    "CredentialVaultType": ".credential_vault_type",
    "CreditCardBillingAddress": ".credit_card_billing_address",
    "CreditCardCredentialResponse": ".credit_card_credential_response",
    "CustomLLM": ".custom_llm",
    "CustomLLMConfig": ".custom_llm_config",
    "CustomLLMCreateRequest": ".custom_llm_create_request",
    "CustomLLMListResponse": ".custom_llm_list_response",
    "CustomLLMProvider": ".custom_llm_provider",
    "CustomLLMResponse": ".custom_llm_response",
    "CustomLLMUpdateRequest": ".custom_llm_update_request",
    "DataExportBlock": ".data_export_block",
    "DataExportBlockYAML": ".data_export_block_yaml",
    "DeleteScheduleResponse": ".delete_schedule_response",
    "DeployScriptRequest": ".deploy_script_request",
    "DownloadFilesRequest": ".download_files_request",
    "DownloadToS3Block": ".download_to_s3_block",
    "DownloadToS3BlockYAML": ".download_to_s3_block_yaml",
    "EmailBodyFormat": ".email_body_format",
    "EmailInboxBlock": ".email_inbox_block",
    "EmailInboxBlockEmailClient": ".email_inbox_block_email_client",
    "EmailInboxBlockYAML": ".email_inbox_block_yaml",
    "EmailInboxBlockYAMLEmailClient": ".email_inbox_block_yaml_email_client",
    "EmailTransport": ".email_transport",
    "ErrorResponse": ".error_response",
    "ExtendBrowserSessionRequest": ".extend_browser_session_request",
    "Extensions": ".extensions",
    "ExtractAction": ".extract_action",
    "ExtractionBlock": ".extraction_block",
    "ExtractionBlockYAML": ".extraction_block_yaml",
    "FileDownloadBlock": ".file_download_block",
    "FileDownloadBlockYAML": ".file_download_block_yaml",
    "FileDownloadTarget": ".file_download_target",
    "FileEncoding": ".file_encoding",
    "FileInfo": ".file_info",
    "FileNode": ".file_node",
    "FileNodeChildrenType0": ".file_node_children_type_0",
    "FileParserBlock": ".file_parser_block",
    "FileParserBlockYAML": ".file_parser_block_yaml",
    "FileStorageType": ".file_storage_type",
    "FileType": ".file_type",
    "FileUploadBlock": ".file_upload_block",
    "FileUploadBlockYAML": ".file_upload_block_yaml",
    "Folder": ".folder",
    "FolderCreate": ".folder_create",
    "FolderUpdate": ".folder_update",
    "ForLoopBlock": ".for_loop_block",
    "ForLoopBlockYAML": ".for_loop_block_yaml",
    "GeoTarget": ".geo_target",
    "GetBrowserSessionResponse503": ".get_browser_session_response_503",
    "GetBrowserSessionResponse503Detail": ".get_browser_session_response_503_detail",
    "GetBrowserSessionResponse503DetailCode": ".get_browser_session_response_503_detail_code",
    "GoogleSheetsReadBlock": ".google_sheets_read_block",
    "GoogleSheetsReadBlockYAML": ".google_sheets_read_block_yaml",
    "GoogleSheetsWriteBlock": ".google_sheets_write_block",
    "GoogleSheetsWriteBlockWriteMode": ".google_sheets_write_block_write_mode",
    "GoogleSheetsWriteBlockYAML": ".google_sheets_write_block_yaml",
    "GoogleSheetsWriteBlockYAMLWriteMode": ".google_sheets_write_block_yaml_write_mode",
    "HttpRequestBlock": ".http_request_block",
    "HttpRequestBlockYAML": ".http_request_block_yaml",
    "HTTPValidationError": ".http_validation_error",
    "HumanInteractionBlock": ".human_interaction_block",
    "HumanInteractionBlockYAML": ".human_interaction_block_yaml",
    "InputOrSelectContext": ".input_or_select_context",
    "InputTextAction": ".input_text_action",
    "JinjaBranchCriteria": ".jinja_branch_criteria",
    "JsonObject": ".json_object",
    "LocateElementAction": ".locate_element_action",
    "LoginBlock": ".login_block",
    "LoginBlockYAML": ".login_block_yaml",
    "LoginRequest": ".login_request",
    "NavigationBlock": ".navigation_block",
    "NavigationBlockYAML": ".navigation_block_yaml",
    "NonEmptyCreditCardCredential": ".non_empty_credit_card_credential",
    "NonEmptyPasswordCredential": ".non_empty_password_credential",
    "OnePasswordCredentialParameter": ".one_password_credential_parameter",
    "OnePasswordCredentialParameterYAML": ".one_password_credential_parameter_yaml",
    "OneTimeDispatchStatus": ".one_time_dispatch_status",
    "OrganizationScheduleItem": ".organization_schedule_item",
    "OrganizationScheduleListResponse": ".organization_schedule_list_response",
    "OTPType": ".otp_type",
    "OutputParameter": ".output_parameter",
    "OutputParameterYAML": ".output_parameter_yaml",
    "PasswordCredentialResponse": ".password_credential_response",
    "PdfFillBlock": ".pdf_fill_block",
    "PdfFillBlockYAML": ".pdf_fill_block_yaml",
    "PDFFormat": ".pdf_format",
    "PDFParserBlock": ".pdf_parser_block",
    "PDFParserBlockYAML": ".pdf_parser_block_yaml",
    "PersistentBrowserType": ".persistent_browser_type",
    "PrintPageBlock": ".print_page_block",
    "PrintPageBlockYAML": ".print_page_block_yaml",
    "PromptAction": ".prompt_action",
    "PromptBranchCriteria": ".prompt_branch_criteria",
    "ProxyLocation": ".proxy_location",
    "RetryRunWebhookRequest": ".retry_run_webhook_request",
    "RunEngine": ".run_engine",
    "RunSdkActionRequest": ".run_sdk_action_request",
    "RunSdkActionResponse": ".run_sdk_action_response",
    "RunStatus": ".run_status",
    "RunTagHistoryResponse": ".run_tag_history_response",
    "RunTagSuggestionsResponse": ".run_tag_suggestions_response",
    "RunTagSuggestionsResponseValuesByKey": ".run_tag_suggestions_response_values_by_key",
    "RunTagsBatchRequest": ".run_tags_batch_request",
    "RunTagsBatchResponse": ".run_tags_batch_response",
    "RunTagsBatchResponseRunTags": ".run_tags_batch_response_run_tags",
    "RunTagsResponse": ".run_tags_response",
    "RunType": ".run_type",
    "RunWebhookReplayResponse": ".run_webhook_replay_response",
    "SchedulesListAllStatusType0": ".schedules_list_all_status_type_0",
    "Script": ".script",
    "ScriptFileCreate": ".script_file_create",
    "ScriptRunResponse": ".script_run_response",
    "SecretCredential": ".secret_credential",
    "SecretCredentialResponse": ".secret_credential_response",
    "SelectOption": ".select_option",
    "SelectOptionAction": ".select_option_action",
    "SendEmailBlock": ".send_email_block",
    "SendEmailBlockYAML": ".send_email_block_yaml",
    "SplitPdfBlock": ".split_pdf_block",
    "SplitPdfBlockYAML": ".split_pdf_block_yaml",
    "StoredCredentialType": ".stored_credential_type",
    "StringMap": ".string_map",
    "TagApplyRequest": ".tag_apply_request",
    "TagDeleteInput": ".tag_delete_input",
    "TagHistoryItem": ".tag_history_item",
    "TagHistoryResponse": ".tag_history_response",
    "TagInput": ".tag_input",
    "TagItem": ".tag_item",
    "TagKey": ".tag_key",
    "TagKeyDeleteResponse": ".tag_key_delete_response",
    "TagKeyUpdate": ".tag_key_update",
    "TagResponse": ".tag_response",
    "TagValue": ".tag_value",
    "TagValueCreate": ".tag_value_create",
    "TagValueDelete": ".tag_value_delete",
    "TagValueDeleteResponse": ".tag_value_delete_response",
    "TagValueRename": ".tag_value_rename",
    "TagValueRenameResponse": ".tag_value_rename_response",
    "TagValueUpdate": ".tag_value_update",
    "TagsResponse": ".tags_response",
    "TaskBlock": ".task_block",
    "TaskBlockYAML": ".task_block_yaml",
    "TaskRunListItem": ".task_run_list_item",
    "TaskRunRequest": ".task_run_request",
    "TaskRunResponse": ".task_run_response",
    "TaskRunResponseRunType": ".task_run_response_run_type",
    "TaskV2Block": ".task_v2_block",
    "TaskV2BlockYAML": ".task_v2_block_yaml",
    "TerminateBlock": ".terminate_block",
    "TerminateBlockYAML": ".terminate_block_yaml",
    "TextPromptBlock": ".text_prompt_block",
    "TextPromptBlockYAML": ".text_prompt_block_yaml",
    "Thought": ".thought",
    "ThoughtScenario": ".thought_scenario",
    "ThoughtType": ".thought_type",
    "TOTPCode": ".totp_code",
    "TOTPCodeCreate": ".totp_code_create",
    "TotpType": ".totp_type",
    "UnrecognizedAction": ".unrecognized_action",
    "UnrecognizedBlock": ".unrecognized_block",
    "UnrecognizedBlockYAML": ".unrecognized_block_yaml",
    "UnrecognizedBranchCriteria": ".unrecognized_branch_criteria",
    "UnrecognizedParameter": ".unrecognized_parameter",
    "UnrecognizedParameterYAML": ".unrecognized_parameter_yaml",
    "UnrecognizedRunResponse": ".unrecognized_run_response",
    "UpdateBrowserProfileRequest": ".update_browser_profile_request",
    "UpdateBrowserSessionRequest": ".update_browser_session_request",
    "UpdateWorkflowFolderRequest": ".update_workflow_folder_request",
    "UploadFileAction": ".upload_file_action",
    "UploadFileBody": ".upload_file_body",
    "UploadFileResponse": ".upload_file_response",
    "UploadToS3Block": ".upload_to_s3_block",
    "UploadToS3BlockYAML": ".upload_to_s3_block_yaml",
    "UrlBlock": ".url_block",
    "UrlBlockYAML": ".url_block_yaml",
    "UserDefinedError": ".user_defined_error",
    "ValidateAction": ".validate_action",
    "ValidationBlock": ".validation_block",
    "ValidationBlockYAML": ".validation_block_yaml",
    "ValidationError": ".validation_error",
    "WaitBlock": ".wait_block",
    "WaitBlockYAML": ".wait_block_yaml",
    "WebSearchBlock": ".web_search_block",
    "WebSearchBlockProvider": ".web_search_block_provider",
    "WebSearchBlockYAML": ".web_search_block_yaml",
    "WebSearchBlockYAMLProvider": ".web_search_block_yaml_provider",
    "WhileLoopBlock": ".while_loop_block",
    "WhileLoopBlockYAML": ".while_loop_block_yaml",
    "Workflow": ".workflow",
    "WorkflowCreateYAMLRequest": ".workflow_create_yaml_request",
    "WorkflowDefinition": ".workflow_definition",
    "WorkflowDefinitionYAML": ".workflow_definition_yaml",
    "WorkflowParameter": ".workflow_parameter",
    "WorkflowParameterType": ".workflow_parameter_type",
    "WorkflowParameterYAML": ".workflow_parameter_yaml",
    "WorkflowRequest": ".workflow_request",
    "WorkflowRetryPolicy": ".workflow_retry_policy",
    "WorkflowRetryPolicyWebhookOnRetry": ".workflow_retry_policy_webhook_on_retry",
    "WorkflowRetryRule": ".workflow_retry_rule",
    "WorkflowRetryRuleStatus": ".workflow_retry_rule_status",
    "WorkflowRun": ".workflow_run",
    "WorkflowRunAttempt": ".workflow_run_attempt",
    "WorkflowRunBlock": ".workflow_run_block",
    "WorkflowRunRequest": ".workflow_run_request",
    "WorkflowRunRequestOutput": ".workflow_run_request_output",
    "WorkflowRunResponse": ".workflow_run_response",
    "WorkflowRunStatus": ".workflow_run_status",
    "WorkflowRunTimeline": ".workflow_run_timeline",
    "WorkflowRunTimelineType": ".workflow_run_timeline_type",
    "WorkflowRunTriggerType": ".workflow_run_trigger_type",
    "WorkflowSchedule": ".workflow_schedule",
    "WorkflowScheduleListResponse": ".workflow_schedule_list_response",
    "WorkflowScheduleResponse": ".workflow_schedule_response",
    "WorkflowScheduleUpsertRequest": ".workflow_schedule_upsert_request",
    "WorkflowStatus": ".workflow_status",
    "WorkflowTagsBatchRequest": ".workflow_tags_batch_request",
    "WorkflowTagsBatchResponse": ".workflow_tags_batch_response",
    "WorkflowTagsBatchResponseWorkflowTags": ".workflow_tags_batch_response_workflow_tags",
    "WorkflowTriggerBlock": ".workflow_trigger_block",
    "WorkflowTriggerBlockYAML": ".workflow_trigger_block_yaml",
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
    "ActAction",
    "Action",
    "ActionBlock",
    "ActionBlockYAML",
    "ActionStatus",
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
    "BrowserProfileUsage",
    "BrowserProfileUsageCredential",
    "BrowserProfileUsageWorkflow",
    "BrowserSeedSource",
    "BrowserSessionResponse",
    "BrowserSessionResponseSource",
    "BrowserSettings",
    "BrowserSettingsReceipt",
    "BrowserSettingsSource",
    "BrowserSettingsStatus",
    "BrowserTypeOption",
    "BulkCancelRunsRequest",
    "BulkCancelRunsResponse",
    "ClearOrganizationAuthTokenResponse",
    "ClickAction",
    "ClickContext",
    "CodeBlock",
    "CodeBlockStep",
    "CodeBlockStepYAML",
    "CodeBlockYAML",
    "ConditionalBlock",
    "ConditionalBlockYAML",
    "ContextParameter",
    "ContextParameterYAML",
    "CreateBrowserProfileRequest",
    "CreateBrowserSessionRequest",
    "CreateCredentialRequest",
    "CreateScriptRequest",
    "CreateScriptResponse",
    "CreateScriptResponseFileTree",
    "CredentialCheck",
    "CredentialCheckEvidence",
    "CredentialParameter",
    "CredentialParameterYAML",
    "CredentialResponse",
    "CredentialType",
    "CredentialVaultType",
    "CreditCardBillingAddress",
    "CreditCardCredentialResponse",
    "CustomLLM",
    "CustomLLMConfig",
    "CustomLLMCreateRequest",
    "CustomLLMListResponse",
    "CustomLLMProvider",
    "CustomLLMResponse",
    "CustomLLMUpdateRequest",
    "DataExportBlock",
    "DataExportBlockYAML",
    "DeleteScheduleResponse",
    "DeployScriptRequest",
    "DownloadFilesRequest",
    "DownloadToS3Block",
    "DownloadToS3BlockYAML",
    "EmailBodyFormat",
    "EmailInboxBlock",
    "EmailInboxBlockEmailClient",
    "EmailInboxBlockYAML",
    "EmailInboxBlockYAMLEmailClient",
    "EmailTransport",
    "ErrorResponse",
    "ExtendBrowserSessionRequest",
    "Extensions",
    "ExtractAction",
    "ExtractionBlock",
    "ExtractionBlockYAML",
    "FileDownloadBlock",
    "FileDownloadBlockYAML",
    "FileDownloadTarget",
    "FileEncoding",
    "FileInfo",
    "FileNode",
    "FileNodeChildrenType0",
    "FileParserBlock",
    "FileParserBlockYAML",
    "FileStorageType",
    "FileType",
    "FileUploadBlock",
    "FileUploadBlockYAML",
    "Folder",
    "FolderCreate",
    "FolderUpdate",
    "ForLoopBlock",
    "ForLoopBlockYAML",
    "GeoTarget",
    "GetBrowserSessionResponse503",
    "GetBrowserSessionResponse503Detail",
    "GetBrowserSessionResponse503DetailCode",
    "GoogleSheetsReadBlock",
    "GoogleSheetsReadBlockYAML",
    "GoogleSheetsWriteBlock",
    "GoogleSheetsWriteBlockWriteMode",
    "GoogleSheetsWriteBlockYAML",
    "GoogleSheetsWriteBlockYAMLWriteMode",
    "HTTPValidationError",
    "HttpRequestBlock",
    "HttpRequestBlockYAML",
    "HumanInteractionBlock",
    "HumanInteractionBlockYAML",
    "InputOrSelectContext",
    "InputTextAction",
    "JinjaBranchCriteria",
    "JsonObject",
    "LocateElementAction",
    "LoginBlock",
    "LoginBlockYAML",
    "LoginRequest",
    "NavigationBlock",
    "NavigationBlockYAML",
    "NonEmptyCreditCardCredential",
    "NonEmptyPasswordCredential",
    "OTPType",
    "OnePasswordCredentialParameter",
    "OnePasswordCredentialParameterYAML",
    "OneTimeDispatchStatus",
    "OrganizationScheduleItem",
    "OrganizationScheduleListResponse",
    "OutputParameter",
    "OutputParameterYAML",
    "PDFFormat",
    "PDFParserBlock",
    "PDFParserBlockYAML",
    "PasswordCredentialResponse",
    "PdfFillBlock",
    "PdfFillBlockYAML",
    "PersistentBrowserType",
    "PrintPageBlock",
    "PrintPageBlockYAML",
    "PromptAction",
    "PromptBranchCriteria",
    "ProxyLocation",
    "RetryRunWebhookRequest",
    "RunEngine",
    "RunSdkActionRequest",
    "RunSdkActionResponse",
    "RunStatus",
    "RunTagHistoryResponse",
    "RunTagSuggestionsResponse",
    "RunTagSuggestionsResponseValuesByKey",
    "RunTagsBatchRequest",
    "RunTagsBatchResponse",
    "RunTagsBatchResponseRunTags",
    "RunTagsResponse",
    "RunType",
    "RunWebhookReplayResponse",
    "SchedulesListAllStatusType0",
    "Script",
    "ScriptFileCreate",
    "ScriptRunResponse",
    "SecretCredential",
    "SecretCredentialResponse",
    "SelectOption",
    "SelectOptionAction",
    "SendEmailBlock",
    "SendEmailBlockYAML",
    "SplitPdfBlock",
    "SplitPdfBlockYAML",
    "StoredCredentialType",
    "StringMap",
    "TOTPCode",
    "TOTPCodeCreate",
    "TagApplyRequest",
    "TagDeleteInput",
    "TagHistoryItem",
    "TagHistoryResponse",
    "TagInput",
    "TagItem",
    "TagKey",
    "TagKeyDeleteResponse",
    "TagKeyUpdate",
    "TagResponse",
    "TagValue",
    "TagValueCreate",
    "TagValueDelete",
    "TagValueDeleteResponse",
    "TagValueRename",
    "TagValueRenameResponse",
    "TagValueUpdate",
    "TagsResponse",
    "TaskBlock",
    "TaskBlockYAML",
    "TaskRunListItem",
    "TaskRunRequest",
    "TaskRunResponse",
    "TaskRunResponseRunType",
    "TaskV2Block",
    "TaskV2BlockYAML",
    "TerminateBlock",
    "TerminateBlockYAML",
    "TextPromptBlock",
    "TextPromptBlockYAML",
    "Thought",
    "ThoughtScenario",
    "ThoughtType",
    "TotpType",
    "UnrecognizedAction",
    "UnrecognizedBlock",
    "UnrecognizedBlockYAML",
    "UnrecognizedBranchCriteria",
    "UnrecognizedParameter",
    "UnrecognizedParameterYAML",
    "UnrecognizedRunResponse",
    "UpdateBrowserProfileRequest",
    "UpdateBrowserSessionRequest",
    "UpdateWorkflowFolderRequest",
    "UploadFileAction",
    "UploadFileBody",
    "UploadFileResponse",
    "UploadToS3Block",
    "UploadToS3BlockYAML",
    "UrlBlock",
    "UrlBlockYAML",
    "UserDefinedError",
    "ValidateAction",
    "ValidationBlock",
    "ValidationBlockYAML",
    "ValidationError",
    "WaitBlock",
    "WaitBlockYAML",
    "WebSearchBlock",
    "WebSearchBlockProvider",
    "WebSearchBlockYAML",
    "WebSearchBlockYAMLProvider",
    "WhileLoopBlock",
    "WhileLoopBlockYAML",
    "Workflow",
    "WorkflowCreateYAMLRequest",
    "WorkflowDefinition",
    "WorkflowDefinitionYAML",
    "WorkflowParameter",
    "WorkflowParameterType",
    "WorkflowParameterYAML",
    "WorkflowRequest",
    "WorkflowRetryPolicy",
    "WorkflowRetryPolicyWebhookOnRetry",
    "WorkflowRetryRule",
    "WorkflowRetryRuleStatus",
    "WorkflowRun",
    "WorkflowRunAttempt",
    "WorkflowRunBlock",
    "WorkflowRunRequest",
    "WorkflowRunRequestOutput",
    "WorkflowRunResponse",
    "WorkflowRunStatus",
    "WorkflowRunTimeline",
    "WorkflowRunTimelineType",
    "WorkflowRunTriggerType",
    "WorkflowSchedule",
    "WorkflowScheduleListResponse",
    "WorkflowScheduleResponse",
    "WorkflowScheduleUpsertRequest",
    "WorkflowStatus",
    "WorkflowTagsBatchRequest",
    "WorkflowTagsBatchResponse",
    "WorkflowTagsBatchResponseWorkflowTags",
    "WorkflowTriggerBlock",
    "WorkflowTriggerBlockYAML",
)
