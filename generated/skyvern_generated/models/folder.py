from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class Folder(Model):
    """Response model for a folder
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "created_at",
        "description",
        "folder_id",
        "modified_at",
        "organization_id",
        "title",
        "workflow_count",
    )
    _fields = (
        "title",
        "description",
        "folder_id",
        "organization_id",
        "workflow_count",
        "created_at",
        "modified_at",
    )

    title: str
    """ Folder title """
    description: str | None
    """ Folder description """
    folder_id: str
    organization_id: str
    workflow_count: int | None
    """ Number of workflows in this folder """
    created_at: datetime.datetime
    modified_at: datetime.datetime

    def __init__(
        self,
        *,
        title: str,
        description: str | None = None,
        folder_id: str,
        organization_id: str,
        workflow_count: int | None = None,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
    ) -> None:
        self.title = title
        self.description = description
        self.folder_id = folder_id
        self.organization_id = organization_id
        self.workflow_count = workflow_count
        self.created_at = created_at
        self.modified_at = modified_at
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `Folder` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("title", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "title")
        obj.title = value
        value = get("description")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "description")
        obj.description = value
        value = get("folder_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "folder_id")
        obj.folder_id = value
        value = get("organization_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "organization_id")
        obj.organization_id = value
        value = get("workflow_count")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "workflow_count")
        obj.workflow_count = value
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
        data["title"] = self.title
        value = self.description
        if value is not None:
            data["description"] = value
        data["folder_id"] = self.folder_id
        data["organization_id"] = self.organization_id
        value = self.workflow_count
        if value is not None:
            data["workflow_count"] = value
        data["created_at"] = self.created_at.isoformat()
        data["modified_at"] = self.modified_at.isoformat()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "title",
        "description",
        "folder_id",
        "organization_id",
        "workflow_count",
        "created_at",
        "modified_at",
    }
)


__all__ = ["Folder"]
