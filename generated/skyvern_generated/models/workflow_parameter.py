from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class WorkflowParameter(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "created_at",
        "default_value",
        "deleted_at",
        "description",
        "key",
        "modified_at",
        "parameter_type",
        "workflow_id",
        "workflow_parameter_id",
        "workflow_parameter_type",
    )
    _fields = (
        "parameter_type",
        "key",
        "description",
        "workflow_parameter_id",
        "workflow_parameter_type",
        "workflow_id",
        "default_value",
        "created_at",
        "modified_at",
        "deleted_at",
    )

    parameter_type: Literal["workflow"] | None
    key: str
    description: str | None
    workflow_parameter_id: str
    workflow_parameter_type: WorkflowParameterType
    workflow_id: str
    default_value: str | int | float | bool | JsonObject | list[Any] | None
    created_at: datetime.datetime
    modified_at: datetime.datetime
    deleted_at: datetime.datetime | None

    def __init__(
        self,
        *,
        parameter_type: Literal["workflow"] | None = None,
        key: str,
        description: str | None = None,
        workflow_parameter_id: str,
        workflow_parameter_type: WorkflowParameterType,
        workflow_id: str,
        default_value: str | float | bool | JsonObject | list[Any] | None = None,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
        deleted_at: datetime.datetime | None = None,
    ) -> None:
        self.parameter_type = parameter_type
        self.key = key
        self.description = description
        self.workflow_parameter_id = workflow_parameter_id
        self.workflow_parameter_type = workflow_parameter_type
        self.workflow_id = workflow_id
        self.default_value = default_value
        self.created_at = created_at
        self.modified_at = modified_at
        self.deleted_at = deleted_at
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WorkflowParameter` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("parameter_type")
        if value is not None:
            if value != "workflow":
                raise _t.invalid(value, "workflow", "parameter_type")
        obj.parameter_type = value
        value = get("key", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "key")
        obj.key = value
        value = get("description")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "description")
        obj.description = value
        value = get("workflow_parameter_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_parameter_id")
        obj.workflow_parameter_id = value
        value = get("workflow_parameter_type", _MISSING)
        try:
            value = _members_WorkflowParameterType[value]
        except (KeyError, TypeError):
            value = _t.as_enum(WorkflowParameterType, value, "workflow_parameter_type")
        obj.workflow_parameter_type = value
        value = get("workflow_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_id")
        obj.workflow_id = value
        value = get("default_value")
        if value is not None:
            try:
                value = _p_default_value(value)
            except _ShapeError as error:
                raise error.within("default_value") from None
        obj.default_value = value
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
        value = get("deleted_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "deleted_at")
        obj.deleted_at = value
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
        value = self.parameter_type
        if value is not None:
            data["parameter_type"] = value
        data["key"] = self.key
        value = self.description
        if value is not None:
            data["description"] = value
        data["workflow_parameter_id"] = self.workflow_parameter_id
        data["workflow_parameter_type"] = _t.wire(self.workflow_parameter_type)
        data["workflow_id"] = self.workflow_id
        value = self.default_value
        if value is not None:
            data["default_value"] = value
        data["created_at"] = self.created_at.isoformat()
        data["modified_at"] = self.modified_at.isoformat()
        value = self.deleted_at
        if value is not None:
            data["deleted_at"] = value.isoformat()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "parameter_type",
        "key",
        "description",
        "workflow_parameter_id",
        "workflow_parameter_type",
        "workflow_id",
        "default_value",
        "created_at",
        "modified_at",
        "deleted_at",
    }
)


def _p_default_value(data: Any) -> str | int | float | bool | JsonObject | list[Any]:
    if isinstance(data, str):
        return data
    if data.__class__ is int:
        return data
    if data.__class__ is float or data.__class__ is int:
        return float(data)
    if data.__class__ is bool:
        return data
    if data.__class__ is dict:
        return data  # type: ignore[no-any-return,unused-ignore]
    if data.__class__ is list:
        try:
            if data.__class__ is not list:
                data = _t.as_list(data, "")

            return data  # type: ignore[no-any-return,unused-ignore]
        except _ShapeError:
            pass
    raise _t.invalid(
        data,
        "a string or an integer or a number or a boolean or an object or an array",
        "",
    )


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .json_object import JsonObject
from .workflow_parameter_type import WorkflowParameterType

_members_WorkflowParameterType: dict[Any, Any] = (
    WorkflowParameterType._value2member_map_
)


__all__ = ["WorkflowParameter"]
