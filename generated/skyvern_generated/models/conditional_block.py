from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class ConditionalBlock(Model):
    """Branching block that selects the next block label based on list-ordered conditions.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "block_type",
        "branch_conditions",
        "continue_on_failure",
        "disable_cache",
        "ignore_workflow_system_prompt",
        "label",
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
        "branch_conditions",
    )

    label: str
    """ Author-facing identifier for a block; unique within a workflow. """
    next_block_label: str | None
    """ Optional pointer to the next block label when constructing a DAG. Defaults to sequential order when omitted. """
    block_type: Literal["conditional"] | None
    output_parameter: OutputParameter
    continue_on_failure: bool | None
    model: JsonObject | None
    disable_cache: bool | None
    ignore_workflow_system_prompt: bool | None
    next_loop_on_failure: bool | None
    branch_conditions: list[BranchCondition] | None

    def __init__(
        self,
        *,
        label: str,
        next_block_label: str | None = None,
        block_type: Literal["conditional"] | None = None,
        output_parameter: OutputParameter,
        continue_on_failure: bool | None = None,
        model: JsonObject | None = None,
        disable_cache: bool | None = None,
        ignore_workflow_system_prompt: bool | None = None,
        next_loop_on_failure: bool | None = None,
        branch_conditions: list[BranchCondition] | None = None,
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
        self.branch_conditions = branch_conditions
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `ConditionalBlock` from its JSON, as `json.loads` gives it.

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
            if value != "conditional":
                raise _t.invalid(value, "conditional", "block_type")
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
        value = get("branch_conditions")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "branch_conditions")
            try:
                value = [BranchCondition.from_dict(item) for item in value]
            except _ShapeError:
                raise _t.locate(
                    value, BranchCondition.from_dict, "branch_conditions"
                ) from None
        obj.branch_conditions = value
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
        value = self.branch_conditions
        if value is not None:
            data["branch_conditions"] = [item.to_dict() for item in value]
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
        "branch_conditions",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .branch_condition import BranchCondition
from .json_object import JsonObject
from .output_parameter import OutputParameter

__all__ = ["ConditionalBlock"]
