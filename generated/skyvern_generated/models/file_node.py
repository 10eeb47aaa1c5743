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


class FileNode(Model):
    """Model representing a file or directory in the file tree.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("children", "content_hash", "created_at", "mime_type", "size", "type")
    _fields = (
        "type",
        "size",
        "mime_type",
        "content_hash",
        "created_at",
        "children",
    )

    type: str
    """ Type of node: 'file' or 'directory' """
    size: int | None
    """ File size in bytes """
    mime_type: str | None
    """ MIME type of the file """
    content_hash: str | None
    """ SHA256 hash of file content """
    created_at: datetime.datetime
    """ Timestamp when the file was created """
    children: dict[str, FileNode] | None
    """ Child nodes for directories """

    def __init__(
        self,
        *,
        type: str,
        size: int | None = None,
        mime_type: str | None = None,
        content_hash: str | None = None,
        created_at: datetime.datetime,
        children: dict[str, FileNode] | None = None,
    ) -> None:
        self.type = type
        self.size = size
        self.mime_type = mime_type
        self.content_hash = content_hash
        self.created_at = created_at
        self.children = children
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `FileNode` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("type", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "type")
        obj.type = value
        value = get("size")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "size")
        obj.size = value
        value = get("mime_type")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "mime_type")
        obj.mime_type = value
        value = get("content_hash")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "content_hash")
        obj.content_hash = value
        value = get("created_at", _MISSING)
        try:
            value = _datetime(value)
        except (TypeError, ValueError):
            value = _t.as_datetime(value, "created_at")
        obj.created_at = value
        value = get("children")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "children")
            try:
                value = {
                    name: FileNode.from_dict(entry) for name, entry in value.items()
                }
            except _ShapeError:
                raise _t.locate_value(value, FileNode.from_dict, "children") from None
        obj.children = value
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
        data["type"] = self.type
        value = self.size
        if value is not None:
            data["size"] = value
        value = self.mime_type
        if value is not None:
            data["mime_type"] = value
        value = self.content_hash
        if value is not None:
            data["content_hash"] = value
        data["created_at"] = self.created_at.isoformat()
        value = self.children
        if value is not None:
            data["children"] = {name: entry.to_dict() for name, entry in value.items()}
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "size",
        "mime_type",
        "content_hash",
        "created_at",
        "children",
    }
)


__all__ = ["FileNode"]
