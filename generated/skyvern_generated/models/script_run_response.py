from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model

_new = object.__new__


class ScriptRunResponse(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "ai_fallback_triggered",
        "script_id",
        "script_revision_id",
    )
    _fields = (
        "ai_fallback_triggered",
        "script_id",
        "script_revision_id",
    )

    ai_fallback_triggered: bool | None
    script_id: str | None
    script_revision_id: str | None

    def __init__(
        self,
        *,
        ai_fallback_triggered: bool | None = None,
        script_id: str | None = None,
        script_revision_id: str | None = None,
    ) -> None:
        self.ai_fallback_triggered = ai_fallback_triggered
        self.script_id = script_id
        self.script_revision_id = script_revision_id
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `ScriptRunResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("ai_fallback_triggered")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "ai_fallback_triggered")
        obj.ai_fallback_triggered = value
        value = get("script_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "script_id")
        obj.script_id = value
        value = get("script_revision_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "script_revision_id")
        obj.script_revision_id = value
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
        value = self.ai_fallback_triggered
        if value is not None:
            data["ai_fallback_triggered"] = value
        value = self.script_id
        if value is not None:
            data["script_id"] = value
        value = self.script_revision_id
        if value is not None:
            data["script_revision_id"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "ai_fallback_triggered",
        "script_id",
        "script_revision_id",
    }
)


__all__ = ["ScriptRunResponse"]
