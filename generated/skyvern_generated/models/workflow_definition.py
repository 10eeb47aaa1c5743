from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class WorkflowDefinition(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "blocks",
        "browser_settings",
        "completion_contract",
        "error_code_mapping",
        "finally_block_label",
        "parameters",
        "retry_policy",
        "version",
        "workflow_system_prompt",
    )
    _fields = (
        "version",
        "parameters",
        "blocks",
        "finally_block_label",
        "error_code_mapping",
        "retry_policy",
        "workflow_system_prompt",
        "completion_contract",
        "browser_settings",
    )

    version: int | None
    parameters: list[
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
        | UnrecognizedParameter
    ]
    blocks: list[
        ConditionalBlock
        | ForLoopBlock
        | WhileLoopBlock
        | TaskBlock
        | CodeBlock
        | TextPromptBlock
        | DownloadToS3Block
        | UploadToS3Block
        | SendEmailBlock
        | FileParserBlock
        | PDFParserBlock
        | ValidationBlock
        | ActionBlock
        | NavigationBlock
        | ExtractionBlock
        | LoginBlock
        | WaitBlock
        | HumanInteractionBlock
        | FileDownloadBlock
        | UrlBlock
        | TaskV2Block
        | FileUploadBlock
        | HttpRequestBlock
        | WebSearchBlock
        | PrintPageBlock
        | WorkflowTriggerBlock
        | GoogleSheetsReadBlock
        | EmailInboxBlock
        | GoogleSheetsWriteBlock
        | PdfFillBlock
        | SplitPdfBlock
        | DataExportBlock
        | TerminateBlock
        | UnrecognizedBlock
    ]
    finally_block_label: str | None
    error_code_mapping: StringMap | None
    retry_policy: WorkflowRetryPolicy | None
    """ Optional policy for retrying eligible terminal workflow runs """
    workflow_system_prompt: str | None
    completion_contract: JsonObject | None
    """ Copilot-managed: what a run of this workflow must produce, graded at run finalization. Derived from the
    request when a workflow is accepted; not intended to be authored by hand. """
    browser_settings: BrowserSettings | None
    """ Settings applied to every browser this workflow version creates. """

    def __init__(
        self,
        *,
        version: int | None = None,
        parameters: list[
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
            | UnrecognizedParameter
        ],
        blocks: list[
            ConditionalBlock
            | ForLoopBlock
            | WhileLoopBlock
            | TaskBlock
            | CodeBlock
            | TextPromptBlock
            | DownloadToS3Block
            | UploadToS3Block
            | SendEmailBlock
            | FileParserBlock
            | PDFParserBlock
            | ValidationBlock
            | ActionBlock
            | NavigationBlock
            | ExtractionBlock
            | LoginBlock
            | WaitBlock
            | HumanInteractionBlock
            | FileDownloadBlock
            | UrlBlock
            | TaskV2Block
            | FileUploadBlock
            | HttpRequestBlock
            | WebSearchBlock
            | PrintPageBlock
            | WorkflowTriggerBlock
            | GoogleSheetsReadBlock
            | EmailInboxBlock
            | GoogleSheetsWriteBlock
            | PdfFillBlock
            | SplitPdfBlock
            | DataExportBlock
            | TerminateBlock
            | UnrecognizedBlock
        ],
        finally_block_label: str | None = None,
        error_code_mapping: StringMap | None = None,
        retry_policy: WorkflowRetryPolicy | None = None,
        workflow_system_prompt: str | None = None,
        completion_contract: JsonObject | None = None,
        browser_settings: BrowserSettings | None = None,
    ) -> None:
        self.version = version
        self.parameters = parameters
        self.blocks = blocks
        self.finally_block_label = finally_block_label
        self.error_code_mapping = error_code_mapping
        self.retry_policy = retry_policy
        self.workflow_system_prompt = workflow_system_prompt
        self.completion_contract = completion_contract
        self.browser_settings = browser_settings
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WorkflowDefinition` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("version")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "version")
        obj.version = value
        value = get("parameters", _MISSING)
        if value.__class__ is not list:
            value = _t.as_list(value, "parameters")
        try:
            value = [_p_parameters_item(item) for item in value]
        except _ShapeError:
            raise _t.locate(value, _p_parameters_item, "parameters") from None
        obj.parameters = value
        value = get("blocks", _MISSING)
        if value.__class__ is not list:
            value = _t.as_list(value, "blocks")
        try:
            value = [_p_blocks_item(item) for item in value]
        except _ShapeError:
            raise _t.locate(value, _p_blocks_item, "blocks") from None
        obj.blocks = value
        value = get("finally_block_label")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "finally_block_label")
        obj.finally_block_label = value
        value = get("error_code_mapping")
        if value is not None:
            value = _t.as_string_map(value, "error_code_mapping")
        obj.error_code_mapping = value
        value = get("retry_policy")
        if value is not None:
            try:
                value = WorkflowRetryPolicy.from_dict(value)
            except _ShapeError as error:
                raise error.within("retry_policy") from None
        obj.retry_policy = value
        value = get("workflow_system_prompt")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_system_prompt")
        obj.workflow_system_prompt = value
        value = get("completion_contract")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "completion_contract")
        obj.completion_contract = value
        value = get("browser_settings")
        if value is not None:
            try:
                value = BrowserSettings.from_dict(value)
            except _ShapeError as error:
                raise error.within("browser_settings") from None
        obj.browser_settings = value
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
        value = self.version
        if value is not None:
            data["version"] = value
        data["parameters"] = [_p_parameters_i_json(item) for item in self.parameters]
        data["blocks"] = [_p_blocks_i_json(item) for item in self.blocks]
        value = self.finally_block_label
        if value is not None:
            data["finally_block_label"] = value
        value = self.error_code_mapping
        if value is not None:
            data["error_code_mapping"] = value
        value = self.retry_policy
        if value is not None:
            data["retry_policy"] = value.to_dict()
        value = self.workflow_system_prompt
        if value is not None:
            data["workflow_system_prompt"] = value
        value = self.completion_contract
        if value is not None:
            data["completion_contract"] = value
        value = self.browser_settings
        if value is not None:
            data["browser_settings"] = value.to_dict()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "version",
        "parameters",
        "blocks",
        "finally_block_label",
        "error_code_mapping",
        "retry_policy",
        "workflow_system_prompt",
        "completion_contract",
        "browser_settings",
    }
)


def _p_parameters_item(
    item: Any,
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
    | UnrecognizedParameter
):
    try:
        item = _p_parameters_i(item)
    except _ShapeError as error:
        raise error.within("") from None
    return item  # type: ignore[no-any-return,unused-ignore]


def _p_parameters_i(
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
    | UnrecognizedParameter
):
    if data.__class__ is dict:
        tag = data.get("parameter_type")
        # a tag that is not a string (a list is not even hashable) names no member: the members' checks say why
        model = _p_parameters_i_tags.get(tag) if tag.__class__ is str else None
        if model is not None:
            return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
        if "parameter_type" in data:
            return UnrecognizedParameter.from_dict(data)
        # no tag (the schema lets a member leave it out, defaulted): the first member it fits
        for model in _p_parameters_i_members:
            try:
                return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
            except _ShapeError:
                pass
        return UnrecognizedParameter.from_dict(data)
    raise _t.invalid(data, "an object", "")


def _p_parameters_i_json(value: Any) -> Any:
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
    if isinstance(value, UnrecognizedParameter):
        return value.to_dict()
    return value


def _p_blocks_item(
    item: Any,
) -> (
    ConditionalBlock
    | ForLoopBlock
    | WhileLoopBlock
    | TaskBlock
    | CodeBlock
    | TextPromptBlock
    | DownloadToS3Block
    | UploadToS3Block
    | SendEmailBlock
    | FileParserBlock
    | PDFParserBlock
    | ValidationBlock
    | ActionBlock
    | NavigationBlock
    | ExtractionBlock
    | LoginBlock
    | WaitBlock
    | HumanInteractionBlock
    | FileDownloadBlock
    | UrlBlock
    | TaskV2Block
    | FileUploadBlock
    | HttpRequestBlock
    | WebSearchBlock
    | PrintPageBlock
    | WorkflowTriggerBlock
    | GoogleSheetsReadBlock
    | EmailInboxBlock
    | GoogleSheetsWriteBlock
    | PdfFillBlock
    | SplitPdfBlock
    | DataExportBlock
    | TerminateBlock
    | UnrecognizedBlock
):
    try:
        item = _p_blocks_i(item)
    except _ShapeError as error:
        raise error.within("") from None
    return item  # type: ignore[no-any-return,unused-ignore]


def _p_blocks_i(
    data: Any,
) -> (
    ConditionalBlock
    | ForLoopBlock
    | WhileLoopBlock
    | TaskBlock
    | CodeBlock
    | TextPromptBlock
    | DownloadToS3Block
    | UploadToS3Block
    | SendEmailBlock
    | FileParserBlock
    | PDFParserBlock
    | ValidationBlock
    | ActionBlock
    | NavigationBlock
    | ExtractionBlock
    | LoginBlock
    | WaitBlock
    | HumanInteractionBlock
    | FileDownloadBlock
    | UrlBlock
    | TaskV2Block
    | FileUploadBlock
    | HttpRequestBlock
    | WebSearchBlock
    | PrintPageBlock
    | WorkflowTriggerBlock
    | GoogleSheetsReadBlock
    | EmailInboxBlock
    | GoogleSheetsWriteBlock
    | PdfFillBlock
    | SplitPdfBlock
    | DataExportBlock
    | TerminateBlock
    | UnrecognizedBlock
):
    if data.__class__ is dict:
        tag = data.get("block_type")
        # a tag that is not a string (a list is not even hashable) names no member: the members' checks say why
        model = _p_blocks_i_tags.get(tag) if tag.__class__ is str else None
        if model is not None:
            return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
        if "block_type" in data:
            return UnrecognizedBlock.from_dict(data)
        # no tag (the schema lets a member leave it out, defaulted): the first member it fits
        for model in _p_blocks_i_members:
            try:
                return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
            except _ShapeError:
                pass
        return UnrecognizedBlock.from_dict(data)
    raise _t.invalid(data, "an object", "")


def _p_blocks_i_json(value: Any) -> Any:
    if isinstance(value, ConditionalBlock):
        return value.to_dict()
    if isinstance(value, ForLoopBlock):
        return value.to_dict()
    if isinstance(value, WhileLoopBlock):
        return value.to_dict()
    if isinstance(value, TaskBlock):
        return value.to_dict()
    if isinstance(value, CodeBlock):
        return value.to_dict()
    if isinstance(value, TextPromptBlock):
        return value.to_dict()
    if isinstance(value, DownloadToS3Block):
        return value.to_dict()
    if isinstance(value, UploadToS3Block):
        return value.to_dict()
    if isinstance(value, SendEmailBlock):
        return value.to_dict()
    if isinstance(value, FileParserBlock):
        return value.to_dict()
    if isinstance(value, PDFParserBlock):
        return value.to_dict()
    if isinstance(value, ValidationBlock):
        return value.to_dict()
    if isinstance(value, ActionBlock):
        return value.to_dict()
    if isinstance(value, NavigationBlock):
        return value.to_dict()
    if isinstance(value, ExtractionBlock):
        return value.to_dict()
    if isinstance(value, LoginBlock):
        return value.to_dict()
    if isinstance(value, WaitBlock):
        return value.to_dict()
    if isinstance(value, HumanInteractionBlock):
        return value.to_dict()
    if isinstance(value, FileDownloadBlock):
        return value.to_dict()
    if isinstance(value, UrlBlock):
        return value.to_dict()
    if isinstance(value, TaskV2Block):
        return value.to_dict()
    if isinstance(value, FileUploadBlock):
        return value.to_dict()
    if isinstance(value, HttpRequestBlock):
        return value.to_dict()
    if isinstance(value, WebSearchBlock):
        return value.to_dict()
    if isinstance(value, PrintPageBlock):
        return value.to_dict()
    if isinstance(value, WorkflowTriggerBlock):
        return value.to_dict()
    if isinstance(value, GoogleSheetsReadBlock):
        return value.to_dict()
    if isinstance(value, EmailInboxBlock):
        return value.to_dict()
    if isinstance(value, GoogleSheetsWriteBlock):
        return value.to_dict()
    if isinstance(value, PdfFillBlock):
        return value.to_dict()
    if isinstance(value, SplitPdfBlock):
        return value.to_dict()
    if isinstance(value, DataExportBlock):
        return value.to_dict()
    if isinstance(value, TerminateBlock):
        return value.to_dict()
    if isinstance(value, UnrecognizedBlock):
        return value.to_dict()
    return value


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .action_block import ActionBlock
from .aws_secret_parameter import AWSSecretParameter
from .azure_secret_parameter import AzureSecretParameter
from .azure_vault_credential_parameter import AzureVaultCredentialParameter
from .bitwarden_credit_card_data_parameter import BitwardenCreditCardDataParameter
from .bitwarden_login_credential_parameter import BitwardenLoginCredentialParameter
from .bitwarden_sensitive_information_parameter import (
    BitwardenSensitiveInformationParameter,
)
from .browser_settings import BrowserSettings
from .code_block import CodeBlock
from .conditional_block import ConditionalBlock
from .context_parameter import ContextParameter
from .credential_parameter import CredentialParameter
from .data_export_block import DataExportBlock
from .download_to_s3_block import DownloadToS3Block
from .email_inbox_block import EmailInboxBlock
from .extraction_block import ExtractionBlock
from .file_download_block import FileDownloadBlock
from .file_parser_block import FileParserBlock
from .file_upload_block import FileUploadBlock
from .for_loop_block import ForLoopBlock
from .google_sheets_read_block import GoogleSheetsReadBlock
from .google_sheets_write_block import GoogleSheetsWriteBlock
from .http_request_block import HttpRequestBlock
from .human_interaction_block import HumanInteractionBlock
from .json_object import JsonObject
from .login_block import LoginBlock
from .navigation_block import NavigationBlock
from .one_password_credential_parameter import OnePasswordCredentialParameter
from .output_parameter import OutputParameter
from .pdf_fill_block import PdfFillBlock
from .pdf_parser_block import PDFParserBlock
from .print_page_block import PrintPageBlock
from .send_email_block import SendEmailBlock
from .split_pdf_block import SplitPdfBlock
from .string_map import StringMap
from .task_block import TaskBlock
from .task_v2_block import TaskV2Block
from .terminate_block import TerminateBlock
from .text_prompt_block import TextPromptBlock
from .unrecognized_block import UnrecognizedBlock
from .unrecognized_parameter import UnrecognizedParameter
from .upload_to_s3_block import UploadToS3Block
from .url_block import UrlBlock
from .validation_block import ValidationBlock
from .wait_block import WaitBlock
from .web_search_block import WebSearchBlock
from .while_loop_block import WhileLoopBlock
from .workflow_parameter import WorkflowParameter
from .workflow_retry_policy import WorkflowRetryPolicy
from .workflow_trigger_block import WorkflowTriggerBlock

_p_parameters_i_tags: dict[Any, Any] = {
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
_p_parameters_i_members: tuple[Any, ...] = (
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

_p_blocks_i_tags: dict[Any, Any] = {
    "conditional": ConditionalBlock,
    "for_loop": ForLoopBlock,
    "while_loop": WhileLoopBlock,
    "task": TaskBlock,
    "code": CodeBlock,
    "text_prompt": TextPromptBlock,
    "download_to_s3": DownloadToS3Block,
    "upload_to_s3": UploadToS3Block,
    "send_email": SendEmailBlock,
    "file_url_parser": FileParserBlock,
    "pdf_parser": PDFParserBlock,
    "validation": ValidationBlock,
    "action": ActionBlock,
    "navigation": NavigationBlock,
    "extraction": ExtractionBlock,
    "login": LoginBlock,
    "wait": WaitBlock,
    "human_interaction": HumanInteractionBlock,
    "file_download": FileDownloadBlock,
    "goto_url": UrlBlock,
    "task_v2": TaskV2Block,
    "file_upload": FileUploadBlock,
    "http_request": HttpRequestBlock,
    "web_search": WebSearchBlock,
    "print_page": PrintPageBlock,
    "workflow_trigger": WorkflowTriggerBlock,
    "google_sheets_read": GoogleSheetsReadBlock,
    "email_inbox": EmailInboxBlock,
    "google_sheets_write": GoogleSheetsWriteBlock,
    "pdf_fill": PdfFillBlock,
    "split_pdf": SplitPdfBlock,
    "data_export": DataExportBlock,
    "terminate": TerminateBlock,
}
_p_blocks_i_members: tuple[Any, ...] = (
    ConditionalBlock,
    ForLoopBlock,
    WhileLoopBlock,
    TaskBlock,
    CodeBlock,
    TextPromptBlock,
    DownloadToS3Block,
    UploadToS3Block,
    SendEmailBlock,
    FileParserBlock,
    PDFParserBlock,
    ValidationBlock,
    ActionBlock,
    NavigationBlock,
    ExtractionBlock,
    LoginBlock,
    WaitBlock,
    HumanInteractionBlock,
    FileDownloadBlock,
    UrlBlock,
    TaskV2Block,
    FileUploadBlock,
    HttpRequestBlock,
    WebSearchBlock,
    PrintPageBlock,
    WorkflowTriggerBlock,
    GoogleSheetsReadBlock,
    EmailInboxBlock,
    GoogleSheetsWriteBlock,
    PdfFillBlock,
    SplitPdfBlock,
    DataExportBlock,
    TerminateBlock,
)


__all__ = ["WorkflowDefinition"]
