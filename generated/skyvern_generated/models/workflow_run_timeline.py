from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class WorkflowRunTimeline(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "attempt",
        "block",
        "children",
        "created_at",
        "modified_at",
        "thought",
        "type",
    )
    _fields = (
        "type",
        "attempt",
        "block",
        "thought",
        "children",
        "created_at",
        "modified_at",
    )

    type: WorkflowRunTimelineType
    attempt: int | None
    block: WorkflowRunBlock | None
    thought: Thought | None
    children: list[WorkflowRunTimeline] | None
    created_at: datetime.datetime
    modified_at: datetime.datetime

    def __init__(
        self,
        *,
        type: WorkflowRunTimelineType,
        attempt: int | None = None,
        block: WorkflowRunBlock | None = None,
        thought: Thought | None = None,
        children: list[WorkflowRunTimeline] | None = None,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
    ) -> None:
        self.type = type
        self.attempt = attempt
        self.block = block
        self.thought = thought
        self.children = children
        self.created_at = created_at
        self.modified_at = modified_at
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WorkflowRunTimeline` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("type", _MISSING)
        try:
            value = _members_WorkflowRunTimelineType[value]
        except (KeyError, TypeError):
            value = _t.as_enum(WorkflowRunTimelineType, value, "type")
        obj.type = value
        value = get("attempt")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "attempt")
        obj.attempt = value
        value = get("block")
        if value is not None:
            try:
                value = WorkflowRunBlock.from_dict(value)
            except _ShapeError as error:
                raise error.within("block") from None
        obj.block = value
        value = get("thought")
        if value is not None:
            try:
                value = Thought.from_dict(value)
            except _ShapeError as error:
                raise error.within("thought") from None
        obj.thought = value
        value = get("children")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "children")
            try:
                value = [WorkflowRunTimeline.from_dict(item) for item in value]
            except _ShapeError:
                raise _t.locate(
                    value, WorkflowRunTimeline.from_dict, "children"
                ) from None
        obj.children = value
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
        data["type"] = _t.wire(self.type)
        value = self.attempt
        if value is not None:
            data["attempt"] = value
        value = self.block
        if value is not None:
            data["block"] = value.to_dict()
        value = self.thought
        if value is not None:
            data["thought"] = value.to_dict()
        value = self.children
        if value is not None:
            data["children"] = [item.to_dict() for item in value]
        data["created_at"] = self.created_at.isoformat()
        data["modified_at"] = self.modified_at.isoformat()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "attempt",
        "block",
        "thought",
        "children",
        "created_at",
        "modified_at",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .thought import Thought
from .workflow_run_block import WorkflowRunBlock
from .workflow_run_timeline_type import WorkflowRunTimelineType

_members_WorkflowRunTimelineType: dict[Any, Any] = (
    WorkflowRunTimelineType._value2member_map_
)


__all__ = ["WorkflowRunTimeline"]
