from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class FolderCreate(Model):
    """Request model for creating a folder
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("description", "title")
    _fields = (
        "title",
        "description",
    )

    title: str
    """ Folder title """
    description: str | None
    """ Folder description """

    def __init__(
        self,
        *,
        title: str,
        description: str | None = None,
    ) -> None:
        self.title = title
        self.description = description
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `FolderCreate` from its JSON, as `json.loads` gives it.

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
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "title",
        "description",
    }
)


__all__ = ["FolderCreate"]
