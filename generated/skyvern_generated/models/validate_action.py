from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _define
from attrs import field as _field
from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


# the repr is Model's: only the fields that are set
@_define(kw_only=True, repr=False)
class ValidateAction(Model):
    """Validate action parameters.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    type: Literal["validate"] | None = None
    prompt: str
    """ Validation criteria or condition to check """
    model: JsonObject | None = None
    """ Optional model configuration """
    additional_properties: dict[str, Any] = _field(
        init=False, factory=dict, repr=_t.extra_repr
    )
    """The fields of the JSON this client does not know (a newer server's), as they came."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `ValidateAction` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("type")
        if value is not None:
            if value != "validate":
                raise _t.invalid(value, "validate", "type")
        obj.type = value
        value = get("prompt", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "prompt")
        obj.prompt = value
        value = get("model")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "model")
        obj.model = value
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
        data["prompt"] = self.prompt
        value = self.model
        if value is not None:
            data["model"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "prompt",
        "model",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .json_object import JsonObject

__all__ = ["ValidateAction"]
