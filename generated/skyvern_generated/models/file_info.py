from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class FileInfo(Model):
    """Information about a downloaded file, including URL and checksum.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "artifact_id",
        "checksum",
        "file_size",
        "filename",
        "modified_at",
        "url",
    )
    _fields = (
        "url",
        "checksum",
        "filename",
        "file_size",
        "modified_at",
        "artifact_id",
    )

    url: str
    """ URL to access the file """
    checksum: str | None
    """ SHA-256 checksum of the file """
    filename: str | None
    """ Original filename """
    file_size: int | None
    """ Size of the file in bytes """
    modified_at: datetime.datetime | None
    """ Modified time of the file """
    artifact_id: str | None
    """ Artifact row id for refresh-on-read """

    def __init__(
        self,
        *,
        url: str,
        checksum: str | None = None,
        filename: str | None = None,
        file_size: int | None = None,
        modified_at: datetime.datetime | None = None,
        artifact_id: str | None = None,
    ) -> None:
        self.url = url
        self.checksum = checksum
        self.filename = filename
        self.file_size = file_size
        self.modified_at = modified_at
        self.artifact_id = artifact_id
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `FileInfo` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("url", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "url")
        obj.url = value
        value = get("checksum")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "checksum")
        obj.checksum = value
        value = get("filename")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "filename")
        obj.filename = value
        value = get("file_size")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "file_size")
        obj.file_size = value
        value = get("modified_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "modified_at")
        obj.modified_at = value
        value = get("artifact_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "artifact_id")
        obj.artifact_id = value
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
        data["url"] = self.url
        value = self.checksum
        if value is not None:
            data["checksum"] = value
        value = self.filename
        if value is not None:
            data["filename"] = value
        value = self.file_size
        if value is not None:
            data["file_size"] = value
        value = self.modified_at
        if value is not None:
            data["modified_at"] = value.isoformat()
        value = self.artifact_id
        if value is not None:
            data["artifact_id"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "url",
        "checksum",
        "filename",
        "file_size",
        "modified_at",
        "artifact_id",
    }
)


__all__ = ["FileInfo"]
