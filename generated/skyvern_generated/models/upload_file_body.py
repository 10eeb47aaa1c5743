from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import File, Model

_new = object.__new__


class UploadFileBody(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("file", "retention_days")
    _fields = (
        "retention_days",
        "file",
    )

    retention_days: int | None
    """ Number of days to keep the file before it is deleted automatically. Omit to keep the file until the
    organization's data retention policy removes it. """
    file: File

    def __init__(
        self,
        *,
        retention_days: int | None = None,
        file: File,
    ) -> None:
        self.retention_days = retention_days
        self.file = file
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `UploadFileBody` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("retention_days")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "retention_days")
        obj.retention_days = value
        value = get("file", _MISSING)
        obj.file = value
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
        value = self.retention_days
        if value is not None:
            data["retention_days"] = value
        data["file"] = self.file
        return data

    def to_multipart(self) -> list[tuple[str, Any]]:
        """The multipart/form-data parts of this body, as `requests` takes them in `files=`."""
        parts: list[tuple[str, Any]] = []
        value: Any
        value = self.retention_days
        if value is not None:
            parts.append(("retention_days", (None, str(value).encode(), "text/plain")))
        value = self.file
        if value is not None:
            parts.append(("file", value.to_tuple()))
        return parts


_KEYS: frozenset[str] = frozenset(
    {
        "retention_days",
        "file",
    }
)


__all__ = ["UploadFileBody"]
