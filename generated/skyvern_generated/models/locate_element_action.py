from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model

_new = object.__new__


class LocateElementAction(Model):
    """Locate element action parameters.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("prompt", "type")
    _fields = (
        "type",
        "prompt",
    )

    type: Literal["locate_element"] | None
    prompt: str | None
    """ Natural language prompt to locate an element """

    def __init__(
        self,
        *,
        type: Literal["locate_element"] | None = None,
        prompt: str | None = None,
    ) -> None:
        self.type = type
        self.prompt = prompt
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `LocateElementAction` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("type")
        if value is not None:
            if value != "locate_element":
                raise _t.invalid(value, "locate_element", "type")
        obj.type = value
        value = get("prompt")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "prompt")
        obj.prompt = value
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
        value = self.type
        if value is not None:
            data["type"] = value
        value = self.prompt
        if value is not None:
            data["prompt"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "prompt",
    }
)


__all__ = ["LocateElementAction"]
