from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class WorkflowScheduleUpsertRequest(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "cron_expression",
        "description",
        "enabled",
        "first_fire_at",
        "interval_seconds",
        "name",
        "parameters",
        "run_at",
        "timezone",
    )
    _fields = (
        "cron_expression",
        "interval_seconds",
        "first_fire_at",
        "run_at",
        "timezone",
        "enabled",
        "parameters",
        "name",
        "description",
    )

    cron_expression: str | None
    interval_seconds: int | None
    """ Fixed elapsed interval between runs, in seconds. Mutually exclusive with cron_expression. """
    first_fire_at: datetime.datetime | None
    """ First run of an interval schedule; later runs follow every interval_seconds from it. Must be in the future
    when changed. Defaults to one interval after creation. """
    run_at: datetime.datetime | None
    """ Run the agent once at this instant, ISO 8601 with a UTC offset, at least 60 seconds in the future. Mutually
    exclusive with cron_expression and interval_seconds; the schedule can be edited or canceled only until it
    fires. """
    timezone: str
    enabled: bool | None
    parameters: JsonObject | None
    name: str | None
    description: str | None

    def __init__(
        self,
        *,
        cron_expression: str | None = None,
        interval_seconds: int | None = None,
        first_fire_at: datetime.datetime | None = None,
        run_at: datetime.datetime | None = None,
        timezone: str,
        enabled: bool | None = None,
        parameters: JsonObject | None = None,
        name: str | None = None,
        description: str | None = None,
    ) -> None:
        self.cron_expression = cron_expression
        self.interval_seconds = interval_seconds
        self.first_fire_at = first_fire_at
        self.run_at = run_at
        self.timezone = timezone
        self.enabled = enabled
        self.parameters = parameters
        self.name = name
        self.description = description
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WorkflowScheduleUpsertRequest` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("cron_expression")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "cron_expression")
        obj.cron_expression = value
        value = get("interval_seconds")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "interval_seconds")
        obj.interval_seconds = value
        value = get("first_fire_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "first_fire_at")
        obj.first_fire_at = value
        value = get("run_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "run_at")
        obj.run_at = value
        value = get("timezone", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "timezone")
        obj.timezone = value
        value = get("enabled")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "enabled")
        obj.enabled = value
        value = get("parameters")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "parameters")
        obj.parameters = value
        value = get("name")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "name")
        obj.name = value
        value = get("description")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "description")
        obj.description = value
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
        value = self.cron_expression
        if value is not None:
            data["cron_expression"] = value
        value = self.interval_seconds
        if value is not None:
            data["interval_seconds"] = value
        value = self.first_fire_at
        if value is not None:
            data["first_fire_at"] = value.isoformat()
        value = self.run_at
        if value is not None:
            data["run_at"] = value.isoformat()
        data["timezone"] = self.timezone
        value = self.enabled
        if value is not None:
            data["enabled"] = value
        value = self.parameters
        if value is not None:
            data["parameters"] = value
        value = self.name
        if value is not None:
            data["name"] = value
        value = self.description
        if value is not None:
            data["description"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "cron_expression",
        "interval_seconds",
        "first_fire_at",
        "run_at",
        "timezone",
        "enabled",
        "parameters",
        "name",
        "description",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .json_object import JsonObject

__all__ = ["WorkflowScheduleUpsertRequest"]
