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


class CreateScriptResponse(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "created_at",
        "file_count",
        "file_tree",
        "run_id",
        "script_id",
        "version",
    )
    _fields = (
        "script_id",
        "version",
        "run_id",
        "file_count",
        "file_tree",
        "created_at",
    )

    script_id: str
    """ Unique script identifier """
    version: int
    """ Script version number """
    run_id: str | None
    """ ID of the workflow run or task run that generated this script """
    file_count: int
    """ Total number of files in the script """
    file_tree: dict[str, FileNode]
    """ Hierarchical file tree structure """
    created_at: datetime.datetime
    """ Timestamp when the script was created """

    def __init__(
        self,
        *,
        script_id: str,
        version: int,
        run_id: str | None = None,
        file_count: int,
        file_tree: dict[str, FileNode],
        created_at: datetime.datetime,
    ) -> None:
        self.script_id = script_id
        self.version = version
        self.run_id = run_id
        self.file_count = file_count
        self.file_tree = file_tree
        self.created_at = created_at
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `CreateScriptResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("script_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "script_id")
        obj.script_id = value
        value = get("version", _MISSING)
        if value.__class__ is not int:
            value = _t.as_int(value, "version")
        obj.version = value
        value = get("run_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "run_id")
        obj.run_id = value
        value = get("file_count", _MISSING)
        if value.__class__ is not int:
            value = _t.as_int(value, "file_count")
        obj.file_count = value
        value = get("file_tree", _MISSING)
        if value.__class__ is not dict:
            value = _t.as_object(value, "file_tree")
        try:
            value = {name: FileNode.from_dict(entry) for name, entry in value.items()}
        except _ShapeError:
            raise _t.locate_value(value, FileNode.from_dict, "file_tree") from None
        obj.file_tree = value
        value = get("created_at", _MISSING)
        try:
            value = _datetime(value)
        except (TypeError, ValueError):
            value = _t.as_datetime(value, "created_at")
        obj.created_at = value
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
        data["script_id"] = self.script_id
        data["version"] = self.version
        value = self.run_id
        if value is not None:
            data["run_id"] = value
        data["file_count"] = self.file_count
        data["file_tree"] = {
            name: entry.to_dict() for name, entry in self.file_tree.items()
        }
        data["created_at"] = self.created_at.isoformat()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "script_id",
        "version",
        "run_id",
        "file_count",
        "file_tree",
        "created_at",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .file_node import FileNode

__all__ = ["CreateScriptResponse"]
