from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model

_new = object.__new__


class SelectOption(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("index", "label", "value")
    _fields = (
        "label",
        "value",
        "index",
    )

    label: str | None
    value: str | None
    index: int | None

    def __init__(
        self,
        *,
        label: str | None = None,
        value: str | None = None,
        index: int | None = None,
    ) -> None:
        self.label = label
        self.value = value
        self.index = index
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `SelectOption` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("label")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "label")
        obj.label = value
        value = get("value")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "value")
        obj.value = value
        value = get("index")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "index")
        obj.index = value
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
        value = self.label
        if value is not None:
            data["label"] = value
        value = self.value
        if value is not None:
            data["value"] = value
        value = self.index
        if value is not None:
            data["index"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "label",
        "value",
        "index",
    }
)


__all__ = ["SelectOption"]
