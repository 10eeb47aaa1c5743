from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class Script(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "created_at",
        "deleted_at",
        "modified_at",
        "organization_id",
        "run_id",
        "script_id",
        "script_revision_id",
        "version",
    )
    _fields = (
        "script_revision_id",
        "script_id",
        "organization_id",
        "run_id",
        "version",
        "created_at",
        "modified_at",
        "deleted_at",
    )

    script_revision_id: str
    """ Unique identifier for this specific script revision """
    script_id: str
    """ User-facing script identifier, consistent across versions """
    organization_id: str
    """ ID of the organization that owns this script """
    run_id: str | None
    """ ID of the workflow run or task run that generated this script """
    version: int
    """ Version number of the script """
    created_at: datetime.datetime
    """ Timestamp when the script was created """
    modified_at: datetime.datetime
    """ Timestamp when the script was last modified """
    deleted_at: datetime.datetime | None
    """ Timestamp when the script was soft deleted """

    def __init__(
        self,
        *,
        script_revision_id: str,
        script_id: str,
        organization_id: str,
        run_id: str | None = None,
        version: int,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
        deleted_at: datetime.datetime | None = None,
    ) -> None:
        self.script_revision_id = script_revision_id
        self.script_id = script_id
        self.organization_id = organization_id
        self.run_id = run_id
        self.version = version
        self.created_at = created_at
        self.modified_at = modified_at
        self.deleted_at = deleted_at
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `Script` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("script_revision_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "script_revision_id")
        obj.script_revision_id = value
        value = get("script_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "script_id")
        obj.script_id = value
        value = get("organization_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "organization_id")
        obj.organization_id = value
        value = get("run_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "run_id")
        obj.run_id = value
        value = get("version", _MISSING)
        if value.__class__ is not int:
            value = _t.as_int(value, "version")
        obj.version = value
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
        data["script_revision_id"] = self.script_revision_id
        data["script_id"] = self.script_id
        data["organization_id"] = self.organization_id
        value = self.run_id
        if value is not None:
            data["run_id"] = value
        data["version"] = self.version
        data["created_at"] = self.created_at.isoformat()
        data["modified_at"] = self.modified_at.isoformat()
        value = self.deleted_at
        if value is not None:
            data["deleted_at"] = value.isoformat()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "script_revision_id",
        "script_id",
        "organization_id",
        "run_id",
        "version",
        "created_at",
        "modified_at",
        "deleted_at",
    }
)


__all__ = ["Script"]
