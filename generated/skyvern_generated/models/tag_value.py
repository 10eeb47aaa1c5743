from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class TagValue(Model):
    """Tag-value color registry entry: the palette color assigned to a grouped
    (key, value) pair.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("color", "key", "value", "workflow_count")
    _fields = (
        "key",
        "value",
        "color",
        "workflow_count",
    )

    key: str
    value: str
    color: str
    workflow_count: int | None
    """ Number of non-deleted workflows currently carrying this (key, value) label. """

    def __init__(
        self,
        *,
        key: str,
        value: str,
        color: str,
        workflow_count: int | None = None,
    ) -> None:
        self.key = key
        self.value = value
        self.color = color
        self.workflow_count = workflow_count
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `TagValue` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("key", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "key")
        obj.key = value
        value = get("value", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "value")
        obj.value = value
        value = get("color", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "color")
        obj.color = value
        value = get("workflow_count")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "workflow_count")
        obj.workflow_count = value
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
        data["key"] = self.key
        data["value"] = self.value
        data["color"] = self.color
        value = self.workflow_count
        if value is not None:
            data["workflow_count"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "key",
        "value",
        "color",
        "workflow_count",
    }
)


__all__ = ["TagValue"]
