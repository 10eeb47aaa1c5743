from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class WorkflowDefinitionYAML(Model):
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
        AWSSecretParameterYAML
        | BitwardenLoginCredentialParameterYAML
        | BitwardenSensitiveInformationParameterYAML
        | BitwardenCreditCardDataParameterYAML
        | OnePasswordCredentialParameterYAML
        | AzureVaultCredentialParameterYAML
        | WorkflowParameterYAML
        | ContextParameterYAML
        | OutputParameterYAML
        | CredentialParameterYAML
        | UnrecognizedParameterYAML
    ]
    blocks: list[
        TaskBlockYAML
        | ForLoopBlockYAML
        | WhileLoopBlockYAML
        | CodeBlockYAML
        | TextPromptBlockYAML
        | DownloadToS3BlockYAML
        | UploadToS3BlockYAML
        | FileUploadBlockYAML
        | SendEmailBlockYAML
        | FileParserBlockYAML
        | ValidationBlockYAML
        | ActionBlockYAML
        | NavigationBlockYAML
        | ExtractionBlockYAML
        | LoginBlockYAML
        | WaitBlockYAML
        | HumanInteractionBlockYAML
        | FileDownloadBlockYAML
        | DataExportBlockYAML
        | TerminateBlockYAML
        | UrlBlockYAML
        | PDFParserBlockYAML
        | TaskV2BlockYAML
        | HttpRequestBlockYAML
        | WebSearchBlockYAML
        | ConditionalBlockYAML
        | PrintPageBlockYAML
        | PdfFillBlockYAML
        | SplitPdfBlockYAML
        | WorkflowTriggerBlockYAML
        | GoogleSheetsReadBlockYAML
        | EmailInboxBlockYAML
        | GoogleSheetsWriteBlockYAML
        | UnrecognizedBlockYAML
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
    """ Settings applied to every browser this workflow version creates. Omit to keep the previous version's
    settings; set to null to clear them. """

    def __init__(
        self,
        *,
        version: int | None = None,
        parameters: list[
            AWSSecretParameterYAML
            | BitwardenLoginCredentialParameterYAML
            | BitwardenSensitiveInformationParameterYAML
            | BitwardenCreditCardDataParameterYAML
            | OnePasswordCredentialParameterYAML
            | AzureVaultCredentialParameterYAML
            | WorkflowParameterYAML
            | ContextParameterYAML
            | OutputParameterYAML
            | CredentialParameterYAML
            | UnrecognizedParameterYAML
        ],
        blocks: list[
            TaskBlockYAML
            | ForLoopBlockYAML
            | WhileLoopBlockYAML
            | CodeBlockYAML
            | TextPromptBlockYAML
            | DownloadToS3BlockYAML
            | UploadToS3BlockYAML
            | FileUploadBlockYAML
            | SendEmailBlockYAML
            | FileParserBlockYAML
            | ValidationBlockYAML
            | ActionBlockYAML
            | NavigationBlockYAML
            | ExtractionBlockYAML
            | LoginBlockYAML
            | WaitBlockYAML
            | HumanInteractionBlockYAML
            | FileDownloadBlockYAML
            | DataExportBlockYAML
            | TerminateBlockYAML
            | UrlBlockYAML
            | PDFParserBlockYAML
            | TaskV2BlockYAML
            | HttpRequestBlockYAML
            | WebSearchBlockYAML
            | ConditionalBlockYAML
            | PrintPageBlockYAML
            | PdfFillBlockYAML
            | SplitPdfBlockYAML
            | WorkflowTriggerBlockYAML
            | GoogleSheetsReadBlockYAML
            | EmailInboxBlockYAML
            | GoogleSheetsWriteBlockYAML
            | UnrecognizedBlockYAML
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
        """A `WorkflowDefinitionYAML` from its JSON, as `json.loads` gives it.

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
    AWSSecretParameterYAML
    | BitwardenLoginCredentialParameterYAML
    | BitwardenSensitiveInformationParameterYAML
    | BitwardenCreditCardDataParameterYAML
    | OnePasswordCredentialParameterYAML
    | AzureVaultCredentialParameterYAML
    | WorkflowParameterYAML
    | ContextParameterYAML
    | OutputParameterYAML
    | CredentialParameterYAML
    | UnrecognizedParameterYAML
):
    try:
        item = _p_parameters_i(item)
    except _ShapeError as error:
        raise error.within("") from None
    return item  # type: ignore[no-any-return,unused-ignore]


def _p_parameters_i(
    data: Any,
) -> (
    AWSSecretParameterYAML
    | BitwardenLoginCredentialParameterYAML
    | BitwardenSensitiveInformationParameterYAML
    | BitwardenCreditCardDataParameterYAML
    | OnePasswordCredentialParameterYAML
    | AzureVaultCredentialParameterYAML
    | WorkflowParameterYAML
    | ContextParameterYAML
    | OutputParameterYAML
    | CredentialParameterYAML
    | UnrecognizedParameterYAML
):
    if data.__class__ is dict:
        tag = data.get("parameter_type")
        # a tag that is not a string (a list is not even hashable) names no member: the members' checks say why
        model = _p_parameters_i_tags.get(tag) if tag.__class__ is str else None
        if model is not None:
            return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
        if "parameter_type" in data:
            return UnrecognizedParameterYAML.from_dict(data)
        # no tag (the schema lets a member leave it out, defaulted): the first member it fits
        for model in _p_parameters_i_members:
            try:
                return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
            except _ShapeError:
                pass
        return UnrecognizedParameterYAML.from_dict(data)
    raise _t.invalid(data, "an object", "")


def _p_parameters_i_json(value: Any) -> Any:
    if isinstance(value, AWSSecretParameterYAML):
        return value.to_dict()
    if isinstance(value, BitwardenLoginCredentialParameterYAML):
        return value.to_dict()
    if isinstance(value, BitwardenSensitiveInformationParameterYAML):
        return value.to_dict()
    if isinstance(value, BitwardenCreditCardDataParameterYAML):
        return value.to_dict()
    if isinstance(value, OnePasswordCredentialParameterYAML):
        return value.to_dict()
    if isinstance(value, AzureVaultCredentialParameterYAML):
        return value.to_dict()
    if isinstance(value, WorkflowParameterYAML):
        return value.to_dict()
    if isinstance(value, ContextParameterYAML):
        return value.to_dict()
    if isinstance(value, OutputParameterYAML):
        return value.to_dict()
    if isinstance(value, CredentialParameterYAML):
        return value.to_dict()
    if isinstance(value, UnrecognizedParameterYAML):
        return value.to_dict()
    return value


def _p_blocks_item(
    item: Any,
) -> (
    TaskBlockYAML
    | ForLoopBlockYAML
    | WhileLoopBlockYAML
    | CodeBlockYAML
    | TextPromptBlockYAML
    | DownloadToS3BlockYAML
    | UploadToS3BlockYAML
    | FileUploadBlockYAML
    | SendEmailBlockYAML
    | FileParserBlockYAML
    | ValidationBlockYAML
    | ActionBlockYAML
    | NavigationBlockYAML
    | ExtractionBlockYAML
    | LoginBlockYAML
    | WaitBlockYAML
    | HumanInteractionBlockYAML
    | FileDownloadBlockYAML
    | DataExportBlockYAML
    | TerminateBlockYAML
    | UrlBlockYAML
    | PDFParserBlockYAML
    | TaskV2BlockYAML
    | HttpRequestBlockYAML
    | WebSearchBlockYAML
    | ConditionalBlockYAML
    | PrintPageBlockYAML
    | PdfFillBlockYAML
    | SplitPdfBlockYAML
    | WorkflowTriggerBlockYAML
    | GoogleSheetsReadBlockYAML
    | EmailInboxBlockYAML
    | GoogleSheetsWriteBlockYAML
    | UnrecognizedBlockYAML
):
    try:
        item = _p_blocks_i(item)
    except _ShapeError as error:
        raise error.within("") from None
    return item  # type: ignore[no-any-return,unused-ignore]


def _p_blocks_i(
    data: Any,
) -> (
    TaskBlockYAML
    | ForLoopBlockYAML
    | WhileLoopBlockYAML
    | CodeBlockYAML
    | TextPromptBlockYAML
    | DownloadToS3BlockYAML
    | UploadToS3BlockYAML
    | FileUploadBlockYAML
    | SendEmailBlockYAML
    | FileParserBlockYAML
    | ValidationBlockYAML
    | ActionBlockYAML
    | NavigationBlockYAML
    | ExtractionBlockYAML
    | LoginBlockYAML
    | WaitBlockYAML
    | HumanInteractionBlockYAML
    | FileDownloadBlockYAML
    | DataExportBlockYAML
    | TerminateBlockYAML
    | UrlBlockYAML
    | PDFParserBlockYAML
    | TaskV2BlockYAML
    | HttpRequestBlockYAML
    | WebSearchBlockYAML
    | ConditionalBlockYAML
    | PrintPageBlockYAML
    | PdfFillBlockYAML
    | SplitPdfBlockYAML
    | WorkflowTriggerBlockYAML
    | GoogleSheetsReadBlockYAML
    | EmailInboxBlockYAML
    | GoogleSheetsWriteBlockYAML
    | UnrecognizedBlockYAML
):
    if data.__class__ is dict:
        tag = data.get("block_type")
        # a tag that is not a string (a list is not even hashable) names no member: the members' checks say why
        model = _p_blocks_i_tags.get(tag) if tag.__class__ is str else None
        if model is not None:
            return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
        if "block_type" in data:
            return UnrecognizedBlockYAML.from_dict(data)
        # no tag (the schema lets a member leave it out, defaulted): the first member it fits
        for model in _p_blocks_i_members:
            try:
                return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
            except _ShapeError:
                pass
        return UnrecognizedBlockYAML.from_dict(data)
    raise _t.invalid(data, "an object", "")


def _p_blocks_i_json(value: Any) -> Any:
    if isinstance(value, TaskBlockYAML):
        return value.to_dict()
    if isinstance(value, ForLoopBlockYAML):
        return value.to_dict()
    if isinstance(value, WhileLoopBlockYAML):
        return value.to_dict()
    if isinstance(value, CodeBlockYAML):
        return value.to_dict()
    if isinstance(value, TextPromptBlockYAML):
        return value.to_dict()
    if isinstance(value, DownloadToS3BlockYAML):
        return value.to_dict()
    if isinstance(value, UploadToS3BlockYAML):
        return value.to_dict()
    if isinstance(value, FileUploadBlockYAML):
        return value.to_dict()
    if isinstance(value, SendEmailBlockYAML):
        return value.to_dict()
    if isinstance(value, FileParserBlockYAML):
        return value.to_dict()
    if isinstance(value, ValidationBlockYAML):
        return value.to_dict()
    if isinstance(value, ActionBlockYAML):
        return value.to_dict()
    if isinstance(value, NavigationBlockYAML):
        return value.to_dict()
    if isinstance(value, ExtractionBlockYAML):
        return value.to_dict()
    if isinstance(value, LoginBlockYAML):
        return value.to_dict()
    if isinstance(value, WaitBlockYAML):
        return value.to_dict()
    if isinstance(value, HumanInteractionBlockYAML):
        return value.to_dict()
    if isinstance(value, FileDownloadBlockYAML):
        return value.to_dict()
    if isinstance(value, DataExportBlockYAML):
        return value.to_dict()
    if isinstance(value, TerminateBlockYAML):
        return value.to_dict()
    if isinstance(value, UrlBlockYAML):
        return value.to_dict()
    if isinstance(value, PDFParserBlockYAML):
        return value.to_dict()
    if isinstance(value, TaskV2BlockYAML):
        return value.to_dict()
    if isinstance(value, HttpRequestBlockYAML):
        return value.to_dict()
    if isinstance(value, WebSearchBlockYAML):
        return value.to_dict()
    if isinstance(value, ConditionalBlockYAML):
        return value.to_dict()
    if isinstance(value, PrintPageBlockYAML):
        return value.to_dict()
    if isinstance(value, PdfFillBlockYAML):
        return value.to_dict()
    if isinstance(value, SplitPdfBlockYAML):
        return value.to_dict()
    if isinstance(value, WorkflowTriggerBlockYAML):
        return value.to_dict()
    if isinstance(value, GoogleSheetsReadBlockYAML):
        return value.to_dict()
    if isinstance(value, EmailInboxBlockYAML):
        return value.to_dict()
    if isinstance(value, GoogleSheetsWriteBlockYAML):
        return value.to_dict()
    if isinstance(value, UnrecognizedBlockYAML):
        return value.to_dict()
    return value


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .action_block_yaml import ActionBlockYAML
from .aws_secret_parameter_yaml import AWSSecretParameterYAML
from .azure_vault_credential_parameter_yaml import AzureVaultCredentialParameterYAML
from .bitwarden_credit_card_data_parameter_yaml import (
    BitwardenCreditCardDataParameterYAML,
)
from .bitwarden_login_credential_parameter_yaml import (
    BitwardenLoginCredentialParameterYAML,
)
from .bitwarden_sensitive_information_parameter_yaml import (
    BitwardenSensitiveInformationParameterYAML,
)
from .browser_settings import BrowserSettings
from .code_block_yaml import CodeBlockYAML
from .conditional_block_yaml import ConditionalBlockYAML
from .context_parameter_yaml import ContextParameterYAML
from .credential_parameter_yaml import CredentialParameterYAML
from .data_export_block_yaml import DataExportBlockYAML
from .download_to_s3_block_yaml import DownloadToS3BlockYAML
from .email_inbox_block_yaml import EmailInboxBlockYAML
from .extraction_block_yaml import ExtractionBlockYAML
from .file_download_block_yaml import FileDownloadBlockYAML
from .file_parser_block_yaml import FileParserBlockYAML
from .file_upload_block_yaml import FileUploadBlockYAML
from .for_loop_block_yaml import ForLoopBlockYAML
from .google_sheets_read_block_yaml import GoogleSheetsReadBlockYAML
from .google_sheets_write_block_yaml import GoogleSheetsWriteBlockYAML
from .http_request_block_yaml import HttpRequestBlockYAML
from .human_interaction_block_yaml import HumanInteractionBlockYAML
from .json_object import JsonObject
from .login_block_yaml import LoginBlockYAML
from .navigation_block_yaml import NavigationBlockYAML
from .one_password_credential_parameter_yaml import OnePasswordCredentialParameterYAML
from .output_parameter_yaml import OutputParameterYAML
from .pdf_fill_block_yaml import PdfFillBlockYAML
from .pdf_parser_block_yaml import PDFParserBlockYAML
from .print_page_block_yaml import PrintPageBlockYAML
from .send_email_block_yaml import SendEmailBlockYAML
from .split_pdf_block_yaml import SplitPdfBlockYAML
from .string_map import StringMap
from .task_block_yaml import TaskBlockYAML
from .task_v2_block_yaml import TaskV2BlockYAML
from .terminate_block_yaml import TerminateBlockYAML
from .text_prompt_block_yaml import TextPromptBlockYAML
from .unrecognized_block_yaml import UnrecognizedBlockYAML
from .unrecognized_parameter_yaml import UnrecognizedParameterYAML
from .upload_to_s3_block_yaml import UploadToS3BlockYAML
from .url_block_yaml import UrlBlockYAML
from .validation_block_yaml import ValidationBlockYAML
from .wait_block_yaml import WaitBlockYAML
from .web_search_block_yaml import WebSearchBlockYAML
from .while_loop_block_yaml import WhileLoopBlockYAML
from .workflow_parameter_yaml import WorkflowParameterYAML
from .workflow_retry_policy import WorkflowRetryPolicy
from .workflow_trigger_block_yaml import WorkflowTriggerBlockYAML

_p_parameters_i_tags: dict[Any, Any] = {
    "aws_secret": AWSSecretParameterYAML,
    "bitwarden_login_credential": BitwardenLoginCredentialParameterYAML,
    "bitwarden_sensitive_information": BitwardenSensitiveInformationParameterYAML,
    "bitwarden_credit_card_data": BitwardenCreditCardDataParameterYAML,
    "onepassword": OnePasswordCredentialParameterYAML,
    "azure_vault_credential": AzureVaultCredentialParameterYAML,
    "workflow": WorkflowParameterYAML,
    "context": ContextParameterYAML,
    "output": OutputParameterYAML,
    "credential": CredentialParameterYAML,
}
_p_parameters_i_members: tuple[Any, ...] = (
    AWSSecretParameterYAML,
    BitwardenLoginCredentialParameterYAML,
    BitwardenSensitiveInformationParameterYAML,
    BitwardenCreditCardDataParameterYAML,
    OnePasswordCredentialParameterYAML,
    AzureVaultCredentialParameterYAML,
    WorkflowParameterYAML,
    ContextParameterYAML,
    OutputParameterYAML,
    CredentialParameterYAML,
)

_p_blocks_i_tags: dict[Any, Any] = {
    "task": TaskBlockYAML,
    "for_loop": ForLoopBlockYAML,
    "while_loop": WhileLoopBlockYAML,
    "code": CodeBlockYAML,
    "text_prompt": TextPromptBlockYAML,
    "download_to_s3": DownloadToS3BlockYAML,
    "upload_to_s3": UploadToS3BlockYAML,
    "file_upload": FileUploadBlockYAML,
    "send_email": SendEmailBlockYAML,
    "file_url_parser": FileParserBlockYAML,
    "validation": ValidationBlockYAML,
    "action": ActionBlockYAML,
    "navigation": NavigationBlockYAML,
    "extraction": ExtractionBlockYAML,
    "login": LoginBlockYAML,
    "wait": WaitBlockYAML,
    "human_interaction": HumanInteractionBlockYAML,
    "file_download": FileDownloadBlockYAML,
    "data_export": DataExportBlockYAML,
    "terminate": TerminateBlockYAML,
    "goto_url": UrlBlockYAML,
    "pdf_parser": PDFParserBlockYAML,
    "task_v2": TaskV2BlockYAML,
    "http_request": HttpRequestBlockYAML,
    "web_search": WebSearchBlockYAML,
    "conditional": ConditionalBlockYAML,
    "print_page": PrintPageBlockYAML,
    "pdf_fill": PdfFillBlockYAML,
    "split_pdf": SplitPdfBlockYAML,
    "workflow_trigger": WorkflowTriggerBlockYAML,
    "google_sheets_read": GoogleSheetsReadBlockYAML,
    "email_inbox": EmailInboxBlockYAML,
    "google_sheets_write": GoogleSheetsWriteBlockYAML,
}
_p_blocks_i_members: tuple[Any, ...] = (
    TaskBlockYAML,
    ForLoopBlockYAML,
    WhileLoopBlockYAML,
    CodeBlockYAML,
    TextPromptBlockYAML,
    DownloadToS3BlockYAML,
    UploadToS3BlockYAML,
    FileUploadBlockYAML,
    SendEmailBlockYAML,
    FileParserBlockYAML,
    ValidationBlockYAML,
    ActionBlockYAML,
    NavigationBlockYAML,
    ExtractionBlockYAML,
    LoginBlockYAML,
    WaitBlockYAML,
    HumanInteractionBlockYAML,
    FileDownloadBlockYAML,
    DataExportBlockYAML,
    TerminateBlockYAML,
    UrlBlockYAML,
    PDFParserBlockYAML,
    TaskV2BlockYAML,
    HttpRequestBlockYAML,
    WebSearchBlockYAML,
    ConditionalBlockYAML,
    PrintPageBlockYAML,
    PdfFillBlockYAML,
    SplitPdfBlockYAML,
    WorkflowTriggerBlockYAML,
    GoogleSheetsReadBlockYAML,
    EmailInboxBlockYAML,
    GoogleSheetsWriteBlockYAML,
)


__all__ = ["WorkflowDefinitionYAML"]
