from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model

_new = object.__new__


class ClickContext(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("desired_state", "single_option_click", "thought")
    _fields = (
        "thought",
        "single_option_click",
        "desired_state",
    )

    thought: str | None
    single_option_click: bool | None
    desired_state: bool | None

    def __init__(
        self,
        *,
        thought: str | None = None,
        single_option_click: bool | None = None,
        desired_state: bool | None = None,
    ) -> None:
        self.thought = thought
        self.single_option_click = single_option_click
        self.desired_state = desired_state
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `ClickContext` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("thought")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "thought")
        obj.thought = value
        value = get("single_option_click")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "single_option_click")
        obj.single_option_click = value
        value = get("desired_state")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "desired_state")
        obj.desired_state = value
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
        value = self.thought
        if value is not None:
            data["thought"] = value
        value = self.single_option_click
        if value is not None:
            data["single_option_click"] = value
        value = self.desired_state
        if value is not None:
            data["desired_state"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "thought",
        "single_option_click",
        "desired_state",
    }
)


__all__ = ["ClickContext"]
