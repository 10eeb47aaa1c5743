from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class WhileLoopBlock(Model):
    """Loop block driven by a runtime condition. Iterates while ``condition`` evaluates truthy.

    Top-of-loop semantics: the condition is evaluated *before* each iteration (including the
    first). If the condition is false on the first check, the body never runs and the block
    returns success with an empty output list.

    Safety: the loop is capped at ``DEFAULT_MAX_LOOP_ITERATIONS`` (1000). Reaching the cap is
    treated as a failure so that a misbehaving condition can never spin forever.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "block_type",
        "condition",
        "continue_on_failure",
        "disable_cache",
        "ignore_workflow_system_prompt",
        "label",
        "loop_blocks",
        "model",
        "next_block_label",
        "next_loop_on_failure",
        "output_parameter",
    )
    _fields = (
        "label",
        "next_block_label",
        "block_type",
        "output_parameter",
        "continue_on_failure",
        "model",
        "disable_cache",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "loop_blocks",
        "condition",
    )

    label: str
    """ Author-facing identifier for a block; unique within a workflow. """
    next_block_label: str | None
    """ Optional pointer to the next block label when constructing a DAG. Defaults to sequential order when omitted. """
    block_type: Literal["while_loop"] | None
    output_parameter: OutputParameter
    continue_on_failure: bool | None
    model: JsonObject | None
    disable_cache: bool | None
    ignore_workflow_system_prompt: bool | None
    next_loop_on_failure: bool | None
    loop_blocks: list[
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
    condition: JinjaBranchCriteria | PromptBranchCriteria | UnrecognizedBranchCriteria

    def __init__(
        self,
        *,
        label: str,
        next_block_label: str | None = None,
        block_type: Literal["while_loop"] | None = None,
        output_parameter: OutputParameter,
        continue_on_failure: bool | None = None,
        model: JsonObject | None = None,
        disable_cache: bool | None = None,
        ignore_workflow_system_prompt: bool | None = None,
        next_loop_on_failure: bool | None = None,
        loop_blocks: list[
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
        condition: JinjaBranchCriteria
        | PromptBranchCriteria
        | UnrecognizedBranchCriteria,
    ) -> None:
        self.label = label
        self.next_block_label = next_block_label
        self.block_type = block_type
        self.output_parameter = output_parameter
        self.continue_on_failure = continue_on_failure
        self.model = model
        self.disable_cache = disable_cache
        self.ignore_workflow_system_prompt = ignore_workflow_system_prompt
        self.next_loop_on_failure = next_loop_on_failure
        self.loop_blocks = loop_blocks
        self.condition = condition
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WhileLoopBlock` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("label", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "label")
        obj.label = value
        value = get("next_block_label")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "next_block_label")
        obj.next_block_label = value
        value = get("block_type")
        if value is not None:
            if value != "while_loop":
                raise _t.invalid(value, "while_loop", "block_type")
        obj.block_type = value
        value = get("output_parameter", _MISSING)
        try:
            value = OutputParameter.from_dict(value)
        except _ShapeError as error:
            raise error.within("output_parameter") from None
        obj.output_parameter = value
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
        value = get("disable_cache")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "disable_cache")
        obj.disable_cache = value
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
            value = _p_condition(value)
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
        data["label"] = self.label
        value = self.next_block_label
        if value is not None:
            data["next_block_label"] = value
        value = self.block_type
        if value is not None:
            data["block_type"] = value
        data["output_parameter"] = self.output_parameter.to_dict()
        value = self.continue_on_failure
        if value is not None:
            data["continue_on_failure"] = value
        value = self.model
        if value is not None:
            data["model"] = value
        value = self.disable_cache
        if value is not None:
            data["disable_cache"] = value
        value = self.ignore_workflow_system_prompt
        if value is not None:
            data["ignore_workflow_system_prompt"] = value
        value = self.next_loop_on_failure
        if value is not None:
            data["next_loop_on_failure"] = value
        data["loop_blocks"] = [_p_loop_blocks_i_json(item) for item in self.loop_blocks]
        data["condition"] = _p_condition_json(self.condition)
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "label",
        "next_block_label",
        "block_type",
        "output_parameter",
        "continue_on_failure",
        "model",
        "disable_cache",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "loop_blocks",
        "condition",
    }
)


def _p_loop_blocks_item(
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
        item = _p_loop_blocks_i(item)
    except _ShapeError as error:
        raise error.within("") from None
    return item  # type: ignore[no-any-return,unused-ignore]


def _p_loop_blocks_i(
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
        model = _p_loop_blocks_i_tags.get(tag) if tag.__class__ is str else None
        if model is not None:
            return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
        if "block_type" in data:
            return UnrecognizedBlock.from_dict(data)
        # no tag (the schema lets a member leave it out, defaulted): the first member it fits
        for model in _p_loop_blocks_i_members:
            try:
                return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
            except _ShapeError:
                pass
        return UnrecognizedBlock.from_dict(data)
    raise _t.invalid(data, "an object", "")


def _p_loop_blocks_i_json(value: Any) -> Any:
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


def _p_condition(
    data: Any,
) -> JinjaBranchCriteria | PromptBranchCriteria | UnrecognizedBranchCriteria:
    if data.__class__ is dict:
        tag = data.get("criteria_type")
        # a tag that is not a string (a list is not even hashable) names no member: the members' checks say why
        model = _p_condition_tags.get(tag) if tag.__class__ is str else None
        if model is not None:
            return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
        if "criteria_type" in data:
            return UnrecognizedBranchCriteria.from_dict(data)
        # no tag (the schema lets a member leave it out, defaulted): the first member it fits
        for model in _p_condition_members:
            try:
                return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
            except _ShapeError:
                pass
        return UnrecognizedBranchCriteria.from_dict(data)
    raise _t.invalid(data, "an object", "")


def _p_condition_json(value: Any) -> Any:
    if isinstance(value, JinjaBranchCriteria):
        return value.to_dict()
    if isinstance(value, PromptBranchCriteria):
        return value.to_dict()
    if isinstance(value, UnrecognizedBranchCriteria):
        return value.to_dict()
    return value


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .action_block import ActionBlock
from .code_block import CodeBlock
from .conditional_block import ConditionalBlock
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
from .jinja_branch_criteria import JinjaBranchCriteria
from .json_object import JsonObject
from .login_block import LoginBlock
from .navigation_block import NavigationBlock
from .output_parameter import OutputParameter
from .pdf_fill_block import PdfFillBlock
from .pdf_parser_block import PDFParserBlock
from .print_page_block import PrintPageBlock
from .prompt_branch_criteria import PromptBranchCriteria
from .send_email_block import SendEmailBlock
from .split_pdf_block import SplitPdfBlock
from .task_block import TaskBlock
from .task_v2_block import TaskV2Block
from .terminate_block import TerminateBlock
from .text_prompt_block import TextPromptBlock
from .unrecognized_block import UnrecognizedBlock
from .unrecognized_branch_criteria import UnrecognizedBranchCriteria
from .upload_to_s3_block import UploadToS3Block
from .url_block import UrlBlock
from .validation_block import ValidationBlock
from .wait_block import WaitBlock
from .web_search_block import WebSearchBlock
from .workflow_trigger_block import WorkflowTriggerBlock

_p_loop_blocks_i_tags: dict[Any, Any] = {
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
_p_loop_blocks_i_members: tuple[Any, ...] = (
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

_p_condition_tags: dict[Any, Any] = {
    "jinja2_template": JinjaBranchCriteria,
    "prompt": PromptBranchCriteria,
}
_p_condition_members: tuple[Any, ...] = (
    JinjaBranchCriteria,
    PromptBranchCriteria,
)

__all__ = ["WhileLoopBlock"]
