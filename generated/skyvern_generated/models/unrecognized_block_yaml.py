from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class UnrecognizedBlockYAML(Model):
    """An object whose block_type this client does not know yet (from a newer server): the fields every one of
    TaskBlockYAML, ForLoopBlockYAML, WhileLoopBlockYAML, CodeBlockYAML, TextPromptBlockYAML, DownloadToS3BlockYAML,
    UploadToS3BlockYAML, FileUploadBlockYAML, SendEmailBlockYAML, FileParserBlockYAML, ValidationBlockYAML,
    ActionBlockYAML, NavigationBlockYAML, ExtractionBlockYAML, LoginBlockYAML, WaitBlockYAML,
    HumanInteractionBlockYAML, FileDownloadBlockYAML, DataExportBlockYAML, TerminateBlockYAML, UrlBlockYAML,
    PDFParserBlockYAML, TaskV2BlockYAML, HttpRequestBlockYAML, WebSearchBlockYAML, ConditionalBlockYAML,
    PrintPageBlockYAML, PdfFillBlockYAML, SplitPdfBlockYAML, WorkflowTriggerBlockYAML, GoogleSheetsReadBlockYAML,
    EmailInboxBlockYAML, GoogleSheetsWriteBlockYAML has, typed; every other field is kept in
    `additional_properties`.
    Parsed in place of TaskBlockYAML, ForLoopBlockYAML, WhileLoopBlockYAML, CodeBlockYAML, TextPromptBlockYAML, DownloadToS3BlockYAML, UploadToS3BlockYAML, FileUploadBlockYAML, SendEmailBlockYAML, FileParserBlockYAML, ValidationBlockYAML, ActionBlockYAML, NavigationBlockYAML, ExtractionBlockYAML, LoginBlockYAML, WaitBlockYAML, HumanInteractionBlockYAML, FileDownloadBlockYAML, DataExportBlockYAML, TerminateBlockYAML, UrlBlockYAML, PDFParserBlockYAML, TaskV2BlockYAML, HttpRequestBlockYAML, WebSearchBlockYAML, ConditionalBlockYAML, PrintPageBlockYAML, PdfFillBlockYAML, SplitPdfBlockYAML, WorkflowTriggerBlockYAML, GoogleSheetsReadBlockYAML, EmailInboxBlockYAML, GoogleSheetsWriteBlockYAML when `block_type` names
    none of them.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "block_type",
        "continue_on_failure",
        "ignore_workflow_system_prompt",
        "label",
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
    )

    block_type: str | None
    """ The block_type this client does not know yet. """
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    next_block_label: str | None
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | None
    model: JsonObject | None
    ignore_workflow_system_prompt: bool | None
    next_loop_on_failure: bool | None

    def __init__(
        self,
        *,
        block_type: str | None = None,
        label: str,
        next_block_label: str | None = None,
        continue_on_failure: bool | None = None,
        model: JsonObject | None = None,
        ignore_workflow_system_prompt: bool | None = None,
        next_loop_on_failure: bool | None = None,
    ) -> None:
        self.block_type = block_type
        self.label = label
        self.next_block_label = next_block_label
        self.continue_on_failure = continue_on_failure
        self.model = model
        self.ignore_workflow_system_prompt = ignore_workflow_system_prompt
        self.next_loop_on_failure = next_loop_on_failure
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `UnrecognizedBlockYAML` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("block_type")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "block_type")
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
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .json_object import JsonObject

__all__ = ["UnrecognizedBlockYAML"]
