from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class FileParserBlockYAML(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "block_type",
        "continue_on_failure",
        "file_type",
        "file_url",
        "force_ocr",
        "ignore_workflow_system_prompt",
        "json_schema",
        "label",
        "model",
        "next_block_label",
        "next_loop_on_failure",
        "worksheet",
    )
    _fields = (
        "block_type",
        "label",
        "next_block_label",
        "continue_on_failure",
        "model",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "file_url",
        "file_type",
        "json_schema",
        "worksheet",
        "force_ocr",
    )

    block_type: Literal["file_url_parser"] | None
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    next_block_label: str | None
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | None
    model: JsonObject | None
    ignore_workflow_system_prompt: bool | None
    next_loop_on_failure: bool | None
    file_url: str
    file_type: FileType | None
    json_schema: JsonObject | None
    worksheet: str | None
    force_ocr: bool | None
    """ PDF only: ignore the PDF's embedded text layer and read the pages with vision OCR instead. Use it when a
    PDF's text layer is unreadable in a way Skyvern does not detect on its own. OCR reads at most the first 50
    pages, so a longer PDF loses the rest; leave this off unless the text layer is unusable. """

    def __init__(
        self,
        *,
        block_type: Literal["file_url_parser"] | None = None,
        label: str,
        next_block_label: str | None = None,
        continue_on_failure: bool | None = None,
        model: JsonObject | None = None,
        ignore_workflow_system_prompt: bool | None = None,
        next_loop_on_failure: bool | None = None,
        file_url: str,
        file_type: FileType | None = None,
        json_schema: JsonObject | None = None,
        worksheet: str | None = None,
        force_ocr: bool | None = None,
    ) -> None:
        self.block_type = block_type
        self.label = label
        self.next_block_label = next_block_label
        self.continue_on_failure = continue_on_failure
        self.model = model
        self.ignore_workflow_system_prompt = ignore_workflow_system_prompt
        self.next_loop_on_failure = next_loop_on_failure
        self.file_url = file_url
        self.file_type = file_type
        self.json_schema = json_schema
        self.worksheet = worksheet
        self.force_ocr = force_ocr
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `FileParserBlockYAML` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("block_type")
        if value is not None:
            if value != "file_url_parser":
                raise _t.invalid(value, "file_url_parser", "block_type")
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
        value = get("file_url", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "file_url")
        obj.file_url = value
        value = get("file_type")
        if value is not None:
            try:
                value = _members_FileType[value]
            except (KeyError, TypeError):
                value = _t.as_enum(FileType, value, "file_type")
        obj.file_type = value
        value = get("json_schema")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "json_schema")
        obj.json_schema = value
        value = get("worksheet")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "worksheet")
        obj.worksheet = value
        value = get("force_ocr")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "force_ocr")
        obj.force_ocr = value
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
        data["file_url"] = self.file_url
        value = self.file_type
        if value is not None:
            data["file_type"] = _t.wire(value)
        value = self.json_schema
        if value is not None:
            data["json_schema"] = value
        value = self.worksheet
        if value is not None:
            data["worksheet"] = value
        value = self.force_ocr
        if value is not None:
            data["force_ocr"] = value
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
        "file_url",
        "file_type",
        "json_schema",
        "worksheet",
        "force_ocr",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .file_type import FileType
from .json_object import JsonObject

_members_FileType: dict[Any, Any] = FileType._value2member_map_


__all__ = ["FileParserBlockYAML"]
