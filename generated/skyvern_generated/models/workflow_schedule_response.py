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


class WorkflowScheduleResponse(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("next_runs", "schedule")
    _fields = (
        "schedule",
        "next_runs",
    )

    schedule: WorkflowSchedule
    next_runs: list[datetime.datetime] | None

    def __init__(
        self,
        *,
        schedule: WorkflowSchedule,
        next_runs: list[datetime.datetime] | None = None,
    ) -> None:
        self.schedule = schedule
        self.next_runs = next_runs
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WorkflowScheduleResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("schedule", _MISSING)
        try:
            value = WorkflowSchedule.from_dict(value)
        except _ShapeError as error:
            raise error.within("schedule") from None
        obj.schedule = value
        value = get("next_runs")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "next_runs")
            try:
                value = [_p_next_runs_item(item) for item in value]
            except _ShapeError:
                raise _t.locate(value, _p_next_runs_item, "next_runs") from None
        obj.next_runs = value
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
        data["schedule"] = self.schedule.to_dict()
        value = self.next_runs
        if value is not None:
            data["next_runs"] = [item.isoformat() for item in value]
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "schedule",
        "next_runs",
    }
)


def _p_next_runs_item(item: Any) -> datetime.datetime:
    try:
        item = _datetime(item)
    except (TypeError, ValueError):
        item = _t.as_datetime(item, "")
    return item  # type: ignore[no-any-return,unused-ignore]


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .workflow_schedule import WorkflowSchedule

__all__ = ["WorkflowScheduleResponse"]
