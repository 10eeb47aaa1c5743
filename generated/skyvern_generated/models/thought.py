from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class Thought(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "answer",
        "cached_token_count",
        "created_at",
        "input_token_count",
        "last_llm_model",
        "modified_at",
        "observation",
        "organization_id",
        "output",
        "output_token_count",
        "reasoning_token_count",
        "task_id",
        "thought",
        "thought_cost",
        "thought_id",
        "thought_scenario",
        "thought_type",
        "user_input",
        "workflow_id",
        "workflow_permanent_id",
        "workflow_run_block_id",
        "workflow_run_id",
    )
    _fields = (
        "thought_id",
        "task_id",
        "organization_id",
        "workflow_run_id",
        "workflow_run_block_id",
        "workflow_id",
        "workflow_permanent_id",
        "user_input",
        "observation",
        "thought",
        "answer",
        "thought_type",
        "thought_scenario",
        "output",
        "input_token_count",
        "output_token_count",
        "reasoning_token_count",
        "cached_token_count",
        "thought_cost",
        "last_llm_model",
        "created_at",
        "modified_at",
    )

    thought_id: str
    task_id: str
    organization_id: str
    workflow_run_id: str | None
    workflow_run_block_id: str | None
    workflow_id: str | None
    workflow_permanent_id: str | None
    user_input: str | None
    observation: str | None
    thought: str | None
    answer: str | None
    thought_type: ThoughtType | None
    thought_scenario: ThoughtScenario | None
    output: JsonObject | None
    input_token_count: int | None
    output_token_count: int | None
    reasoning_token_count: int | None
    cached_token_count: int | None
    thought_cost: float | None
    last_llm_model: str | None
    created_at: datetime.datetime
    modified_at: datetime.datetime

    def __init__(
        self,
        *,
        thought_id: str,
        task_id: str,
        organization_id: str,
        workflow_run_id: str | None = None,
        workflow_run_block_id: str | None = None,
        workflow_id: str | None = None,
        workflow_permanent_id: str | None = None,
        user_input: str | None = None,
        observation: str | None = None,
        thought: str | None = None,
        answer: str | None = None,
        thought_type: ThoughtType | None = None,
        thought_scenario: ThoughtScenario | None = None,
        output: JsonObject | None = None,
        input_token_count: int | None = None,
        output_token_count: int | None = None,
        reasoning_token_count: int | None = None,
        cached_token_count: int | None = None,
        thought_cost: float | None = None,
        last_llm_model: str | None = None,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
    ) -> None:
        self.thought_id = thought_id
        self.task_id = task_id
        self.organization_id = organization_id
        self.workflow_run_id = workflow_run_id
        self.workflow_run_block_id = workflow_run_block_id
        self.workflow_id = workflow_id
        self.workflow_permanent_id = workflow_permanent_id
        self.user_input = user_input
        self.observation = observation
        self.thought = thought
        self.answer = answer
        self.thought_type = thought_type
        self.thought_scenario = thought_scenario
        self.output = output
        self.input_token_count = input_token_count
        self.output_token_count = output_token_count
        self.reasoning_token_count = reasoning_token_count
        self.cached_token_count = cached_token_count
        self.thought_cost = thought_cost
        self.last_llm_model = last_llm_model
        self.created_at = created_at
        self.modified_at = modified_at
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `Thought` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("thought_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "thought_id")
        obj.thought_id = value
        value = get("task_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "task_id")
        obj.task_id = value
        value = get("organization_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "organization_id")
        obj.organization_id = value
        value = get("workflow_run_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_run_id")
        obj.workflow_run_id = value
        value = get("workflow_run_block_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_run_block_id")
        obj.workflow_run_block_id = value
        value = get("workflow_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_id")
        obj.workflow_id = value
        value = get("workflow_permanent_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_permanent_id")
        obj.workflow_permanent_id = value
        value = get("user_input")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "user_input")
        obj.user_input = value
        value = get("observation")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "observation")
        obj.observation = value
        value = get("thought")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "thought")
        obj.thought = value
        value = get("answer")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "answer")
        obj.answer = value
        value = get("thought_type")
        if value is not None:
            try:
                value = _members_ThoughtType[value]
            except (KeyError, TypeError):
                value = _t.as_enum(ThoughtType, value, "thought_type")
        obj.thought_type = value
        value = get("thought_scenario")
        if value is not None:
            try:
                value = _members_ThoughtScenario[value]
            except (KeyError, TypeError):
                value = _t.as_enum(ThoughtScenario, value, "thought_scenario")
        obj.thought_scenario = value
        value = get("output")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "output")
        obj.output = value
        value = get("input_token_count")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "input_token_count")
        obj.input_token_count = value
        value = get("output_token_count")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "output_token_count")
        obj.output_token_count = value
        value = get("reasoning_token_count")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "reasoning_token_count")
        obj.reasoning_token_count = value
        value = get("cached_token_count")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "cached_token_count")
        obj.cached_token_count = value
        value = get("thought_cost")
        if value is not None:
            if value.__class__ is not float:
                value = _t.as_float(value, "thought_cost")
        obj.thought_cost = value
        value = get("last_llm_model")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "last_llm_model")
        obj.last_llm_model = value
        value = get("created_at", _MISSING)
        try:
            value = _datetime(value)
        except (TypeError, ValueError):
            value = _t.as_datetime(value, "created_at")
        obj.created_at = value
        value = get("modified_at", _MISSING)
        try:
            value = _datetime(value)
        except (TypeError, ValueError):
            value = _t.as_datetime(value, "modified_at")
        obj.modified_at = value
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
        data["thought_id"] = self.thought_id
        data["task_id"] = self.task_id
        data["organization_id"] = self.organization_id
        value = self.workflow_run_id
        if value is not None:
            data["workflow_run_id"] = value
        value = self.workflow_run_block_id
        if value is not None:
            data["workflow_run_block_id"] = value
        value = self.workflow_id
        if value is not None:
            data["workflow_id"] = value
        value = self.workflow_permanent_id
        if value is not None:
            data["workflow_permanent_id"] = value
        value = self.user_input
        if value is not None:
            data["user_input"] = value
        value = self.observation
        if value is not None:
            data["observation"] = value
        value = self.thought
        if value is not None:
            data["thought"] = value
        value = self.answer
        if value is not None:
            data["answer"] = value
        value = self.thought_type
        if value is not None:
            data["thought_type"] = _t.wire(value)
        value = self.thought_scenario
        if value is not None:
            data["thought_scenario"] = _t.wire(value)
        value = self.output
        if value is not None:
            data["output"] = value
        value = self.input_token_count
        if value is not None:
            data["input_token_count"] = value
        value = self.output_token_count
        if value is not None:
            data["output_token_count"] = value
        value = self.reasoning_token_count
        if value is not None:
            data["reasoning_token_count"] = value
        value = self.cached_token_count
        if value is not None:
            data["cached_token_count"] = value
        value = self.thought_cost
        if value is not None:
            data["thought_cost"] = value
        value = self.last_llm_model
        if value is not None:
            data["last_llm_model"] = value
        data["created_at"] = self.created_at.isoformat()
        data["modified_at"] = self.modified_at.isoformat()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "thought_id",
        "task_id",
        "organization_id",
        "workflow_run_id",
        "workflow_run_block_id",
        "workflow_id",
        "workflow_permanent_id",
        "user_input",
        "observation",
        "thought",
        "answer",
        "thought_type",
        "thought_scenario",
        "output",
        "input_token_count",
        "output_token_count",
        "reasoning_token_count",
        "cached_token_count",
        "thought_cost",
        "last_llm_model",
        "created_at",
        "modified_at",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .json_object import JsonObject
from .thought_scenario import ThoughtScenario
from .thought_type import ThoughtType

_members_ThoughtScenario: dict[Any, Any] = ThoughtScenario._value2member_map_
_members_ThoughtType: dict[Any, Any] = ThoughtType._value2member_map_


__all__ = ["Thought"]
