from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class PromptAction(Model):
    """Prompt action parameters.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("model", "prompt", "response_schema", "type")
    _fields = (
        "type",
        "prompt",
        "response_schema",
        "model",
    )

    type: Literal["prompt"] | None
    prompt: str
    """ The prompt to send to the LLM """
    response_schema: JsonObject | None
    """ Optional JSON schema to structure the response """
    model: JsonObject | None
    """ Optional model configuration """

    def __init__(
        self,
        *,
        type: Literal["prompt"] | None = None,
        prompt: str,
        response_schema: JsonObject | None = None,
        model: JsonObject | None = None,
    ) -> None:
        self.type = type
        self.prompt = prompt
        self.response_schema = response_schema
        self.model = model
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `PromptAction` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("type")
        if value is not None:
            if value != "prompt":
                raise _t.invalid(value, "prompt", "type")
        obj.type = value
        value = get("prompt", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "prompt")
        obj.prompt = value
        value = get("response_schema")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "response_schema")
        obj.response_schema = value
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
        value = self.response_schema
        if value is not None:
            data["response_schema"] = value
        value = self.model
        if value is not None:
            data["model"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "prompt",
        "response_schema",
        "model",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .json_object import JsonObject

__all__ = ["PromptAction"]
