from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model

_new = object.__new__


class UnrecognizedAction(Model):
    """An object whose type this client does not know yet (from a newer server): the fields every one of ClickAction,
    InputTextAction, SelectOptionAction, UploadFileAction, ActAction, ExtractAction, LocateElementAction,
    ValidateAction, PromptAction has, typed; every other field is kept in `additional_properties`.
    Parsed in place of ClickAction, InputTextAction, SelectOptionAction, UploadFileAction, ActAction, ExtractAction, LocateElementAction, ValidateAction, PromptAction when `type` names
    none of them.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("type",)
    _fields = ("type",)

    type: str | None
    """ The type this client does not know yet. """

    def __init__(
        self,
        *,
        type: str | None = None,
    ) -> None:
        self.type = type
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `UnrecognizedAction` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("type")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "type")
        obj.type = value
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
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "type",
    }
)


__all__ = ["UnrecognizedAction"]
