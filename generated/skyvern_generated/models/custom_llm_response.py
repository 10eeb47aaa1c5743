from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class CustomLLMResponse(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("custom_llm",)
    _fields = ("custom_llm",)

    custom_llm: CustomLLM

    def __init__(
        self,
        *,
        custom_llm: CustomLLM,
    ) -> None:
        self.custom_llm = custom_llm
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `CustomLLMResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("custom_llm", _MISSING)
        try:
            value = CustomLLM.from_dict(value)
        except _ShapeError as error:
            raise error.within("custom_llm") from None
        obj.custom_llm = value
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
        data["custom_llm"] = self.custom_llm.to_dict()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "custom_llm",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .custom_llm import CustomLLM

__all__ = ["CustomLLMResponse"]
