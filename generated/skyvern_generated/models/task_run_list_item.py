from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class TaskRunListItem(Model):
    """Lightweight run-history item backed by the task_runs table.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "attempt",
        "created_at",
        "created_by",
        "finished_at",
        "next_attempt_at",
        "retry_pending",
        "run_id",
        "script_run",
        "started_at",
        "status",
        "task_run_id",
        "task_run_type",
        "title",
        "trigger_type",
        "workflow_deleted",
        "workflow_permanent_id",
    )
    _fields = (
        "task_run_id",
        "run_id",
        "task_run_type",
        "status",
        "title",
        "started_at",
        "finished_at",
        "created_at",
        "workflow_permanent_id",
        "workflow_deleted",
        "script_run",
        "trigger_type",
        "created_by",
        "attempt",
        "retry_pending",
        "next_attempt_at",
    )

    task_run_id: str
    run_id: str
    task_run_type: str
    status: str
    title: str | None
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    created_at: datetime.datetime
    workflow_permanent_id: str | None
    workflow_deleted: bool | None
    script_run: bool | None
    trigger_type: WorkflowRunTriggerType | None
    created_by: str | None
    """ ID of the user who started the run """
    attempt: int | None
    retry_pending: bool | None
    next_attempt_at: datetime.datetime | None

    def __init__(
        self,
        *,
        task_run_id: str,
        run_id: str,
        task_run_type: str,
        status: str,
        title: str | None = None,
        started_at: datetime.datetime | None = None,
        finished_at: datetime.datetime | None = None,
        created_at: datetime.datetime,
        workflow_permanent_id: str | None = None,
        workflow_deleted: bool | None = None,
        script_run: bool | None = None,
        trigger_type: WorkflowRunTriggerType | None = None,
        created_by: str | None = None,
        attempt: int | None = None,
        retry_pending: bool | None = None,
        next_attempt_at: datetime.datetime | None = None,
    ) -> None:
        self.task_run_id = task_run_id
        self.run_id = run_id
        self.task_run_type = task_run_type
        self.status = status
        self.title = title
        self.started_at = started_at
        self.finished_at = finished_at
        self.created_at = created_at
        self.workflow_permanent_id = workflow_permanent_id
        self.workflow_deleted = workflow_deleted
        self.script_run = script_run
        self.trigger_type = trigger_type
        self.created_by = created_by
        self.attempt = attempt
        self.retry_pending = retry_pending
        self.next_attempt_at = next_attempt_at
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `TaskRunListItem` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("task_run_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "task_run_id")
        obj.task_run_id = value
        value = get("run_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "run_id")
        obj.run_id = value
        value = get("task_run_type", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "task_run_type")
        obj.task_run_type = value
        value = get("status", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "status")
        obj.status = value
        value = get("title")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "title")
        obj.title = value
        value = get("started_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "started_at")
        obj.started_at = value
        value = get("finished_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "finished_at")
        obj.finished_at = value
        value = get("created_at", _MISSING)
        try:
            value = _datetime(value)
        except (TypeError, ValueError):
            value = _t.as_datetime(value, "created_at")
        obj.created_at = value
        value = get("workflow_permanent_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_permanent_id")
        obj.workflow_permanent_id = value
        value = get("workflow_deleted")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "workflow_deleted")
        obj.workflow_deleted = value
        value = get("script_run")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "script_run")
        obj.script_run = value
        value = get("trigger_type")
        if value is not None:
            try:
                value = _members_WorkflowRunTriggerType[value]
            except (KeyError, TypeError):
                value = _t.as_enum(WorkflowRunTriggerType, value, "trigger_type")
        obj.trigger_type = value
        value = get("created_by")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "created_by")
        obj.created_by = value
        value = get("attempt")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "attempt")
        obj.attempt = value
        value = get("retry_pending")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "retry_pending")
        obj.retry_pending = value
        value = get("next_attempt_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "next_attempt_at")
        obj.next_attempt_at = value
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
        data["task_run_id"] = self.task_run_id
        data["run_id"] = self.run_id
        data["task_run_type"] = self.task_run_type
        data["status"] = self.status
        value = self.title
        if value is not None:
            data["title"] = value
        value = self.started_at
        if value is not None:
            data["started_at"] = value.isoformat()
        value = self.finished_at
        if value is not None:
            data["finished_at"] = value.isoformat()
        data["created_at"] = self.created_at.isoformat()
        value = self.workflow_permanent_id
        if value is not None:
            data["workflow_permanent_id"] = value
        value = self.workflow_deleted
        if value is not None:
            data["workflow_deleted"] = value
        value = self.script_run
        if value is not None:
            data["script_run"] = value
        value = self.trigger_type
        if value is not None:
            data["trigger_type"] = _t.wire(value)
        value = self.created_by
        if value is not None:
            data["created_by"] = value
        value = self.attempt
        if value is not None:
            data["attempt"] = value
        value = self.retry_pending
        if value is not None:
            data["retry_pending"] = value
        value = self.next_attempt_at
        if value is not None:
            data["next_attempt_at"] = value.isoformat()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "task_run_id",
        "run_id",
        "task_run_type",
        "status",
        "title",
        "started_at",
        "finished_at",
        "created_at",
        "workflow_permanent_id",
        "workflow_deleted",
        "script_run",
        "trigger_type",
        "created_by",
        "attempt",
        "retry_pending",
        "next_attempt_at",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .workflow_run_trigger_type import WorkflowRunTriggerType

_members_WorkflowRunTriggerType: dict[Any, Any] = (
    WorkflowRunTriggerType._value2member_map_
)


__all__ = ["TaskRunListItem"]
