from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class OutputParameterYAML(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("description", "key", "parameter_type")
    _fields = (
        "parameter_type",
        "key",
        "description",
    )

    parameter_type: Literal["output"] | None
    key: str
    description: str | None

    def __init__(
        self,
        *,
        parameter_type: Literal["output"] | None = None,
        key: str,
        description: str | None = None,
    ) -> None:
        self.parameter_type = parameter_type
        self.key = key
        self.description = description
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `OutputParameterYAML` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("parameter_type")
        if value is not None:
            if value != "output":
                raise _t.invalid(value, "output", "parameter_type")
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
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "parameter_type",
        "key",
        "description",
    }
)


__all__ = ["OutputParameterYAML"]
