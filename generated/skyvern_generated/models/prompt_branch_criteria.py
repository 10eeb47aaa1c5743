from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class PromptBranchCriteria(Model):
    """Natural language branch criteria.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("criteria_type", "description", "expression")
    _fields = (
        "criteria_type",
        "expression",
        "description",
    )

    criteria_type: Literal["prompt"] | None
    expression: str
    description: str | None

    def __init__(
        self,
        *,
        criteria_type: Literal["prompt"] | None = None,
        expression: str,
        description: str | None = None,
    ) -> None:
        self.criteria_type = criteria_type
        self.expression = expression
        self.description = description
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `PromptBranchCriteria` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("criteria_type")
        if value is not None:
            if value != "prompt":
                raise _t.invalid(value, "prompt", "criteria_type")
        obj.criteria_type = value
        value = get("expression", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "expression")
        obj.expression = value
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
        value = self.criteria_type
        if value is not None:
            data["criteria_type"] = value
        data["expression"] = self.expression
        value = self.description
        if value is not None:
            data["description"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "criteria_type",
        "expression",
        "description",
    }
)


__all__ = ["PromptBranchCriteria"]
