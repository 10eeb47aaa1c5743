from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class ExtractionBlockYAML(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "block_type",
        "continue_on_failure",
        "data_extraction_goal",
        "data_schema",
        "disable_cache",
        "engine",
        "engine_pinned",
        "export_data_schema",
        "export_enabled",
        "export_file_name",
        "export_records",
        "ignore_workflow_system_prompt",
        "label",
        "max_retries",
        "max_steps_per_run",
        "model",
        "next_block_label",
        "next_loop_on_failure",
        "parameter_keys",
        "title",
        "url",
    )
    _fields = (
        "block_type",
        "label",
        "next_block_label",
        "continue_on_failure",
        "model",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "data_extraction_goal",
        "url",
        "title",
        "engine",
        "engine_pinned",
        "data_schema",
        "max_retries",
        "max_steps_per_run",
        "parameter_keys",
        "disable_cache",
        "export_enabled",
        "export_data_schema",
        "export_file_name",
        "export_records",
    )

    block_type: Literal["extraction"] | None
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    next_block_label: str | None
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | None
    model: JsonObject | None
    ignore_workflow_system_prompt: bool | None
    next_loop_on_failure: bool | None
    data_extraction_goal: str
    url: str | None
    title: str | None
    engine: RunEngine | None
    engine_pinned: bool | None
    """ Set to true only when skyvern-1.0 was explicitly chosen for this block; leave it unset otherwise. """
    data_schema: JsonObject | list[Any] | str | None
    max_retries: int | None
    max_steps_per_run: int | None
    parameter_keys: list[str] | None
    disable_cache: bool | None
    export_enabled: bool | None
    export_data_schema: JsonObject | None
    export_file_name: str | None
    export_records: str | None

    def __init__(
        self,
        *,
        block_type: Literal["extraction"] | None = None,
        label: str,
        next_block_label: str | None = None,
        continue_on_failure: bool | None = None,
        model: JsonObject | None = None,
        ignore_workflow_system_prompt: bool | None = None,
        next_loop_on_failure: bool | None = None,
        data_extraction_goal: str,
        url: str | None = None,
        title: str | None = None,
        engine: RunEngine | None = None,
        engine_pinned: bool | None = None,
        data_schema: JsonObject | list[Any] | str | None = None,
        max_retries: int | None = None,
        max_steps_per_run: int | None = None,
        parameter_keys: list[str] | None = None,
        disable_cache: bool | None = None,
        export_enabled: bool | None = None,
        export_data_schema: JsonObject | None = None,
        export_file_name: str | None = None,
        export_records: str | None = None,
    ) -> None:
        self.block_type = block_type
        self.label = label
        self.next_block_label = next_block_label
        self.continue_on_failure = continue_on_failure
        self.model = model
        self.ignore_workflow_system_prompt = ignore_workflow_system_prompt
        self.next_loop_on_failure = next_loop_on_failure
        self.data_extraction_goal = data_extraction_goal
        self.url = url
        self.title = title
        self.engine = engine
        self.engine_pinned = engine_pinned
        self.data_schema = data_schema
        self.max_retries = max_retries
        self.max_steps_per_run = max_steps_per_run
        self.parameter_keys = parameter_keys
        self.disable_cache = disable_cache
        self.export_enabled = export_enabled
        self.export_data_schema = export_data_schema
        self.export_file_name = export_file_name
        self.export_records = export_records
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `ExtractionBlockYAML` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("block_type")
        if value is not None:
            if value != "extraction":
                raise _t.invalid(value, "extraction", "block_type")
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
        value = get("data_extraction_goal", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "data_extraction_goal")
        obj.data_extraction_goal = value
        value = get("url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "url")
        obj.url = value
        value = get("title")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "title")
        obj.title = value
        value = get("engine")
        if value is not None:
            try:
                value = _members_RunEngine[value]
            except (KeyError, TypeError):
                value = _t.as_enum(RunEngine, value, "engine")
        obj.engine = value
        value = get("engine_pinned")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "engine_pinned")
        obj.engine_pinned = value
        value = get("data_schema")
        if value is not None:
            try:
                value = _p_data_schema(value)
            except _ShapeError as error:
                raise error.within("data_schema") from None
        obj.data_schema = value
        value = get("max_retries")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_retries")
        obj.max_retries = value
        value = get("max_steps_per_run")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_steps_per_run")
        obj.max_steps_per_run = value
        value = get("parameter_keys")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "parameter_keys")
            _t.check_items(value, str, "parameter_keys")
        obj.parameter_keys = value
        value = get("disable_cache")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "disable_cache")
        obj.disable_cache = value
        value = get("export_enabled")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "export_enabled")
        obj.export_enabled = value
        value = get("export_data_schema")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "export_data_schema")
        obj.export_data_schema = value
        value = get("export_file_name")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "export_file_name")
        obj.export_file_name = value
        value = get("export_records")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "export_records")
        obj.export_records = value
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
        data["data_extraction_goal"] = self.data_extraction_goal
        value = self.url
        if value is not None:
            data["url"] = value
        value = self.title
        if value is not None:
            data["title"] = value
        value = self.engine
        if value is not None:
            data["engine"] = _t.wire(value)
        value = self.engine_pinned
        if value is not None:
            data["engine_pinned"] = value
        value = self.data_schema
        if value is not None:
            data["data_schema"] = value
        value = self.max_retries
        if value is not None:
            data["max_retries"] = value
        value = self.max_steps_per_run
        if value is not None:
            data["max_steps_per_run"] = value
        value = self.parameter_keys
        if value is not None:
            data["parameter_keys"] = value
        value = self.disable_cache
        if value is not None:
            data["disable_cache"] = value
        value = self.export_enabled
        if value is not None:
            data["export_enabled"] = value
        value = self.export_data_schema
        if value is not None:
            data["export_data_schema"] = value
        value = self.export_file_name
        if value is not None:
            data["export_file_name"] = value
        value = self.export_records
        if value is not None:
            data["export_records"] = value
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
        "data_extraction_goal",
        "url",
        "title",
        "engine",
        "engine_pinned",
        "data_schema",
        "max_retries",
        "max_steps_per_run",
        "parameter_keys",
        "disable_cache",
        "export_enabled",
        "export_data_schema",
        "export_file_name",
        "export_records",
    }
)


def _p_data_schema(data: Any) -> JsonObject | list[Any] | str:
    if data.__class__ is dict:
        return data  # type: ignore[no-any-return,unused-ignore]
    if data.__class__ is list:
        try:
            if data.__class__ is not list:
                data = _t.as_list(data, "")

            return data  # type: ignore[no-any-return,unused-ignore]
        except _ShapeError:
            pass
    if isinstance(data, str):
        return data
    raise _t.invalid(data, "an object or an array or a string", "")


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .json_object import JsonObject
from .run_engine import RunEngine

_members_RunEngine: dict[Any, Any] = RunEngine._value2member_map_


__all__ = ["ExtractionBlockYAML"]
