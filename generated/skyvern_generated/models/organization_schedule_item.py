from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class OrganizationScheduleItem(Model):
    """Compact schedule projection for the org-wide list endpoint.

    Intentionally omits `backend_schedule_id` — the list view is for browsing
    schedules in the dashboard, not for managing the underlying execution-backend
    binding. Callers that need the backend id should fetch the individual
    schedule via the per-workflow get endpoint.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "created_at",
        "cron_expression",
        "description",
        "dispatch_status",
        "enabled",
        "first_fire_at",
        "interval_seconds",
        "modified_at",
        "name",
        "next_run",
        "organization_id",
        "parameters",
        "run_at",
        "timezone",
        "workflow_permanent_id",
        "workflow_run_id",
        "workflow_schedule_id",
        "workflow_title",
    )
    _fields = (
        "workflow_schedule_id",
        "organization_id",
        "workflow_permanent_id",
        "workflow_title",
        "cron_expression",
        "interval_seconds",
        "first_fire_at",
        "run_at",
        "dispatch_status",
        "workflow_run_id",
        "timezone",
        "enabled",
        "parameters",
        "name",
        "description",
        "next_run",
        "created_at",
        "modified_at",
    )

    workflow_schedule_id: str
    organization_id: str
    workflow_permanent_id: str
    workflow_title: str
    cron_expression: str | None
    interval_seconds: int | None
    first_fire_at: datetime.datetime | None
    run_at: datetime.datetime | None
    dispatch_status: OneTimeDispatchStatus | None
    workflow_run_id: str | None
    timezone: str
    enabled: bool
    parameters: JsonObject | None
    name: str | None
    description: str | None
    next_run: datetime.datetime | None
    created_at: datetime.datetime
    modified_at: datetime.datetime

    def __init__(
        self,
        *,
        workflow_schedule_id: str,
        organization_id: str,
        workflow_permanent_id: str,
        workflow_title: str,
        cron_expression: str | None = None,
        interval_seconds: int | None = None,
        first_fire_at: datetime.datetime | None = None,
        run_at: datetime.datetime | None = None,
        dispatch_status: OneTimeDispatchStatus | None = None,
        workflow_run_id: str | None = None,
        timezone: str,
        enabled: bool,
        parameters: JsonObject | None = None,
        name: str | None = None,
        description: str | None = None,
        next_run: datetime.datetime | None = None,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
    ) -> None:
        self.workflow_schedule_id = workflow_schedule_id
        self.organization_id = organization_id
        self.workflow_permanent_id = workflow_permanent_id
        self.workflow_title = workflow_title
        self.cron_expression = cron_expression
        self.interval_seconds = interval_seconds
        self.first_fire_at = first_fire_at
        self.run_at = run_at
        self.dispatch_status = dispatch_status
        self.workflow_run_id = workflow_run_id
        self.timezone = timezone
        self.enabled = enabled
        self.parameters = parameters
        self.name = name
        self.description = description
        self.next_run = next_run
        self.created_at = created_at
        self.modified_at = modified_at
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `OrganizationScheduleItem` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("workflow_schedule_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_schedule_id")
        obj.workflow_schedule_id = value
        value = get("organization_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "organization_id")
        obj.organization_id = value
        value = get("workflow_permanent_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_permanent_id")
        obj.workflow_permanent_id = value
        value = get("workflow_title", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_title")
        obj.workflow_title = value
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
        value = get("dispatch_status")
        if value is not None:
            try:
                value = _members_OneTimeDispatchStatus[value]
            except (KeyError, TypeError):
                value = _t.as_enum(OneTimeDispatchStatus, value, "dispatch_status")
        obj.dispatch_status = value
        value = get("workflow_run_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_run_id")
        obj.workflow_run_id = value
        value = get("timezone", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "timezone")
        obj.timezone = value
        value = get("enabled", _MISSING)
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
        value = get("next_run")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "next_run")
        obj.next_run = value
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
        data["workflow_schedule_id"] = self.workflow_schedule_id
        data["organization_id"] = self.organization_id
        data["workflow_permanent_id"] = self.workflow_permanent_id
        data["workflow_title"] = self.workflow_title
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
        value = self.dispatch_status
        if value is not None:
            data["dispatch_status"] = _t.wire(value)
        value = self.workflow_run_id
        if value is not None:
            data["workflow_run_id"] = value
        data["timezone"] = self.timezone
        data["enabled"] = self.enabled
        value = self.parameters
        if value is not None:
            data["parameters"] = value
        value = self.name
        if value is not None:
            data["name"] = value
        value = self.description
        if value is not None:
            data["description"] = value
        value = self.next_run
        if value is not None:
            data["next_run"] = value.isoformat()
        data["created_at"] = self.created_at.isoformat()
        data["modified_at"] = self.modified_at.isoformat()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "workflow_schedule_id",
        "organization_id",
        "workflow_permanent_id",
        "workflow_title",
        "cron_expression",
        "interval_seconds",
        "first_fire_at",
        "run_at",
        "dispatch_status",
        "workflow_run_id",
        "timezone",
        "enabled",
        "parameters",
        "name",
        "description",
        "next_run",
        "created_at",
        "modified_at",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .json_object import JsonObject
from .one_time_dispatch_status import OneTimeDispatchStatus

_members_OneTimeDispatchStatus: dict[Any, Any] = (
    OneTimeDispatchStatus._value2member_map_
)


__all__ = ["OrganizationScheduleItem"]
