from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class WhileLoopBlockYAML(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "block_type",
        "condition",
        "continue_on_failure",
        "ignore_workflow_system_prompt",
        "label",
        "loop_blocks",
        "model",
        "next_block_label",
        "next_loop_on_failure",
    )
    _fields = (
        "block_type",
        "label",
        "next_block_label",
        "continue_on_failure",
        "model",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "loop_blocks",
        "condition",
    )

    block_type: Literal["while_loop"] | None
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    next_block_label: str | None
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | None
    model: JsonObject | None
    ignore_workflow_system_prompt: bool | None
    next_loop_on_failure: bool | None
    loop_blocks: list[
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
    ]
    condition: BranchCriteriaYAML

    def __init__(
        self,
        *,
        block_type: Literal["while_loop"] | None = None,
        label: str,
        next_block_label: str | None = None,
        continue_on_failure: bool | None = None,
        model: JsonObject | None = None,
        ignore_workflow_system_prompt: bool | None = None,
        next_loop_on_failure: bool | None = None,
        loop_blocks: list[
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
        ],
        condition: BranchCriteriaYAML,
    ) -> None:
        self.block_type = block_type
        self.label = label
        self.next_block_label = next_block_label
        self.continue_on_failure = continue_on_failure
        self.model = model
        self.ignore_workflow_system_prompt = ignore_workflow_system_prompt
        self.next_loop_on_failure = next_loop_on_failure
        self.loop_blocks = loop_blocks
        self.condition = condition
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WhileLoopBlockYAML` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("block_type")
        if value is not None:
            if value != "while_loop":
                raise _t.invalid(value, "while_loop", "block_type")
        obj.block_type = value
        value = get("label", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "label")
        obj.label = value
        value = get("next_block_label")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "next_block_label")
        obj.next_block_label = value
        value = get("continue_on_failure")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "continue_on_failure")
        obj.continue_on_failure = value
        value = get("model")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "model")
        obj.model = value
        value = get("ignore_workflow_system_prompt")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "ignore_workflow_system_prompt")
        obj.ignore_workflow_system_prompt = value
        value = get("next_loop_on_failure")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "next_loop_on_failure")
        obj.next_loop_on_failure = value
        value = get("loop_blocks", _MISSING)
        if value.__class__ is not list:
            value = _t.as_list(value, "loop_blocks")
        try:
            value = [_p_loop_blocks_item(item) for item in value]
        except _ShapeError:
            raise _t.locate(value, _p_loop_blocks_item, "loop_blocks") from None
        obj.loop_blocks = value
        value = get("condition", _MISSING)
        try:
            value = BranchCriteriaYAML.from_dict(value)
        except _ShapeError as error:
            raise error.within("condition") from None
        obj.condition = value
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
        value = self.block_type
        if value is not None:
            data["block_type"] = value
        data["label"] = self.label
        value = self.next_block_label
        if value is not None:
            data["next_block_label"] = value
        value = self.continue_on_failure
        if value is not None:
            data["continue_on_failure"] = value
        value = self.model
        if value is not None:
            data["model"] = value
        value = self.ignore_workflow_system_prompt
        if value is not None:
            data["ignore_workflow_system_prompt"] = value
        value = self.next_loop_on_failure
        if value is not None:
            data["next_loop_on_failure"] = value
        data["loop_blocks"] = [_p_loop_blocks_i_json(item) for item in self.loop_blocks]
        data["condition"] = self.condition.to_dict()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "block_type",
        "label",
        "next_block_label",
        "continue_on_failure",
        "model",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "loop_blocks",
        "condition",
    }
)


def _p_loop_blocks_item(
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
):
    try:
        item = _p_loop_blocks_i(item)
    except _ShapeError as error:
        raise error.within("") from None
    return item  # type: ignore[no-any-return,unused-ignore]


def _p_loop_blocks_i(
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
):
    if data.__class__ is dict:
        tag = data.get("block_type")
        # a tag that is not a string (a list is not even hashable) names no member: the members' checks say why
        model = _p_loop_blocks_i_tags.get(tag) if tag.__class__ is str else None
        if model is not None:
            return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
        # no tag (the schema lets a member leave it out, defaulted): the first member it fits
        for model in _p_loop_blocks_i_members:
            try:
                return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
            except _ShapeError:
                pass
    if data.__class__ is dict:
        raise _ShapeError(
            "fits none of TaskBlockYAML, ForLoopBlockYAML, WhileLoopBlockYAML, CodeBlockYAML, TextPromptBlockYAML, DownloadToS3BlockYAML, UploadToS3BlockYAML, FileUploadBlockYAML, SendEmailBlockYAML, FileParserBlockYAML, ValidationBlockYAML, ActionBlockYAML, NavigationBlockYAML, ExtractionBlockYAML, LoginBlockYAML, WaitBlockYAML, HumanInteractionBlockYAML, FileDownloadBlockYAML, DataExportBlockYAML, TerminateBlockYAML, UrlBlockYAML, PDFParserBlockYAML, TaskV2BlockYAML, HttpRequestBlockYAML, WebSearchBlockYAML, ConditionalBlockYAML, PrintPageBlockYAML, PdfFillBlockYAML, SplitPdfBlockYAML, WorkflowTriggerBlockYAML, GoogleSheetsReadBlockYAML, EmailInboxBlockYAML, GoogleSheetsWriteBlockYAML"
        )
    raise _t.invalid(data, "an object", "")


def _p_loop_blocks_i_json(value: Any) -> Any:
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
    return value


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .action_block_yaml import ActionBlockYAML
from .branch_criteria_yaml import BranchCriteriaYAML
from .code_block_yaml import CodeBlockYAML
from .conditional_block_yaml import ConditionalBlockYAML
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
from .pdf_fill_block_yaml import PdfFillBlockYAML
from .pdf_parser_block_yaml import PDFParserBlockYAML
from .print_page_block_yaml import PrintPageBlockYAML
from .send_email_block_yaml import SendEmailBlockYAML
from .split_pdf_block_yaml import SplitPdfBlockYAML
from .task_block_yaml import TaskBlockYAML
from .task_v2_block_yaml import TaskV2BlockYAML
from .terminate_block_yaml import TerminateBlockYAML
from .text_prompt_block_yaml import TextPromptBlockYAML
from .upload_to_s3_block_yaml import UploadToS3BlockYAML
from .url_block_yaml import UrlBlockYAML
from .validation_block_yaml import ValidationBlockYAML
from .wait_block_yaml import WaitBlockYAML
from .web_search_block_yaml import WebSearchBlockYAML
from .workflow_trigger_block_yaml import WorkflowTriggerBlockYAML

_p_loop_blocks_i_tags: dict[Any, Any] = {
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
_p_loop_blocks_i_members: tuple[Any, ...] = (
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


__all__ = ["WhileLoopBlockYAML"]
