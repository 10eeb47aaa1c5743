from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class CodeBlockYAML(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "block_type",
        "code",
        "code_edited_by_hand",
        "continue_on_failure",
        "data_schema",
        "error_code_mapping",
        "goal_needs_regeneration",
        "ignore_workflow_system_prompt",
        "label",
        "model",
        "next_block_label",
        "next_loop_on_failure",
        "parameter_keys",
        "prompt",
        "steps",
        "user_owned_goal",
    )
    _fields = (
        "block_type",
        "label",
        "next_block_label",
        "continue_on_failure",
        "model",
        "ignore_workflow_system_prompt",
        "next_loop_on_failure",
        "code",
        "error_code_mapping",
        "parameter_keys",
        "prompt",
        "steps",
        "data_schema",
        "user_owned_goal",
        "goal_needs_regeneration",
        "code_edited_by_hand",
    )

    block_type: Literal["code"] | None
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    next_block_label: str | None
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | None
    model: JsonObject | None
    ignore_workflow_system_prompt: bool | None
    next_loop_on_failure: bool | None
    code: str
    error_code_mapping: StringMap | None
    parameter_keys: list[str] | None
    prompt: str | None
    """ Plain-language goal of this code block, shown as the block's Goal in the editor """
    steps: list[CodeBlockStepYAML] | None
    """ Plain-language step outline mapped to code line ranges; always rebuilt from the code on save, so any value
    sent is ignored """
    data_schema: JsonObject | list[Any] | str | None
    """ JSON schema of the object this block's return produces; keys match the return keys; null when the block
    returns nothing """
    user_owned_goal: bool | None
    """ True when a person wrote this block's Goal, so copilot regenerations keep their text. Set by the editor or
    the workflow API; a value the copilot submits is ignored in favour of the stored one """
    goal_needs_regeneration: bool | None
    """ True when a person edited the Goal and the code has not been rebuilt from it yet. Set by the editor or the
    workflow API; a value the copilot submits is ignored in favour of the stored one """
    code_edited_by_hand: bool | None
    """ True when a person edited this block's code in the editor's code field since the Goal was last confirmed, so
    the Goal may no longer describe the code. Set by the editor; a value the copilot submits is ignored in
    favour of the stored one """

    def __init__(
        self,
        *,
        block_type: Literal["code"] | None = None,
        label: str,
        next_block_label: str | None = None,
        continue_on_failure: bool | None = None,
        model: JsonObject | None = None,
        ignore_workflow_system_prompt: bool | None = None,
        next_loop_on_failure: bool | None = None,
        code: str,
        error_code_mapping: StringMap | None = None,
        parameter_keys: list[str] | None = None,
        prompt: str | None = None,
        steps: list[CodeBlockStepYAML] | None = None,
        data_schema: JsonObject | list[Any] | str | None = None,
        user_owned_goal: bool | None = None,
        goal_needs_regeneration: bool | None = None,
        code_edited_by_hand: bool | None = None,
    ) -> None:
        self.block_type = block_type
        self.label = label
        self.next_block_label = next_block_label
        self.continue_on_failure = continue_on_failure
        self.model = model
        self.ignore_workflow_system_prompt = ignore_workflow_system_prompt
        self.next_loop_on_failure = next_loop_on_failure
        self.code = code
        self.error_code_mapping = error_code_mapping
        self.parameter_keys = parameter_keys
        self.prompt = prompt
        self.steps = steps
        self.data_schema = data_schema
        self.user_owned_goal = user_owned_goal
        self.goal_needs_regeneration = goal_needs_regeneration
        self.code_edited_by_hand = code_edited_by_hand
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `CodeBlockYAML` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("block_type")
        if value is not None:
            if value != "code":
                raise _t.invalid(value, "code", "block_type")
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
        value = get("code", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "code")
        obj.code = value
        value = get("error_code_mapping")
        if value is not None:
            value = _t.as_string_map(value, "error_code_mapping")
        obj.error_code_mapping = value
        value = get("parameter_keys")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "parameter_keys")
            _t.check_items(value, str, "parameter_keys")
        obj.parameter_keys = value
        value = get("prompt")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "prompt")
        obj.prompt = value
        value = get("steps")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "steps")
            try:
                value = [CodeBlockStepYAML.from_dict(item) for item in value]
            except _ShapeError:
                raise _t.locate(value, CodeBlockStepYAML.from_dict, "steps") from None
        obj.steps = value
        value = get("data_schema")
        if value is not None:
            try:
                value = _p_data_schema(value)
            except _ShapeError as error:
                raise error.within("data_schema") from None
        obj.data_schema = value
        value = get("user_owned_goal")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "user_owned_goal")
        obj.user_owned_goal = value
        value = get("goal_needs_regeneration")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "goal_needs_regeneration")
        obj.goal_needs_regeneration = value
        value = get("code_edited_by_hand")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "code_edited_by_hand")
        obj.code_edited_by_hand = value
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
        data["code"] = self.code
        value = self.error_code_mapping
        if value is not None:
            data["error_code_mapping"] = value
        value = self.parameter_keys
        if value is not None:
            data["parameter_keys"] = value
        value = self.prompt
        if value is not None:
            data["prompt"] = value
        value = self.steps
        if value is not None:
            data["steps"] = [item.to_dict() for item in value]
        value = self.data_schema
        if value is not None:
            data["data_schema"] = value
        value = self.user_owned_goal
        if value is not None:
            data["user_owned_goal"] = value
        value = self.goal_needs_regeneration
        if value is not None:
            data["goal_needs_regeneration"] = value
        value = self.code_edited_by_hand
        if value is not None:
            data["code_edited_by_hand"] = value
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
        "code",
        "error_code_mapping",
        "parameter_keys",
        "prompt",
        "steps",
        "data_schema",
        "user_owned_goal",
        "goal_needs_regeneration",
        "code_edited_by_hand",
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
from .code_block_step_yaml import CodeBlockStepYAML
from .json_object import JsonObject
from .string_map import StringMap

__all__ = ["CodeBlockYAML"]
