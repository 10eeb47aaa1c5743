from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class WorkflowScheduleListResponse(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("schedules",)
    _fields = ("schedules",)

    schedules: list[WorkflowSchedule]

    def __init__(
        self,
        *,
        schedules: list[WorkflowSchedule],
    ) -> None:
        self.schedules = schedules
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WorkflowScheduleListResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("schedules", _MISSING)
        if value.__class__ is not list:
            value = _t.as_list(value, "schedules")
        try:
            value = [WorkflowSchedule.from_dict(item) for item in value]
        except _ShapeError:
            raise _t.locate(value, WorkflowSchedule.from_dict, "schedules") from None
        obj.schedules = value
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
        data["schedules"] = [item.to_dict() for item in self.schedules]
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "schedules",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .workflow_schedule import WorkflowSchedule

__all__ = ["WorkflowScheduleListResponse"]
