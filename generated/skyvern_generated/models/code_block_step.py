from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model

_new = object.__new__


class CodeBlockStep(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("action_type", "description", "line_end", "line_start")
    _fields = (
        "description",
        "action_type",
        "line_start",
        "line_end",
    )

    description: str | None
    action_type: ActionType | None
    line_start: int | None
    line_end: int | None

    def __init__(
        self,
        *,
        description: str | None = None,
        action_type: ActionType | None = None,
        line_start: int | None = None,
        line_end: int | None = None,
    ) -> None:
        self.description = description
        self.action_type = action_type
        self.line_start = line_start
        self.line_end = line_end
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `CodeBlockStep` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("description")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "description")
        obj.description = value
        value = get("action_type")
        if value is not None:
            try:
                value = _members_ActionType[value]
            except (KeyError, TypeError):
                value = _t.as_enum(ActionType, value, "action_type")
        obj.action_type = value
        value = get("line_start")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "line_start")
        obj.line_start = value
        value = get("line_end")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "line_end")
        obj.line_end = value
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
        value = self.description
        if value is not None:
            data["description"] = value
        value = self.action_type
        if value is not None:
            data["action_type"] = _t.wire(value)
        value = self.line_start
        if value is not None:
            data["line_start"] = value
        value = self.line_end
        if value is not None:
            data["line_end"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "description",
        "action_type",
        "line_start",
        "line_end",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .action_type import ActionType

_members_ActionType: dict[Any, Any] = ActionType._value2member_map_


__all__ = ["CodeBlockStep"]
