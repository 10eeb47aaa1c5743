from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class CustomLLMListResponse(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("custom_llms",)
    _fields = ("custom_llms",)

    custom_llms: list[CustomLLM]

    def __init__(
        self,
        *,
        custom_llms: list[CustomLLM],
    ) -> None:
        self.custom_llms = custom_llms
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `CustomLLMListResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("custom_llms", _MISSING)
        if value.__class__ is not list:
            value = _t.as_list(value, "custom_llms")
        try:
            value = [CustomLLM.from_dict(item) for item in value]
        except _ShapeError:
            raise _t.locate(value, CustomLLM.from_dict, "custom_llms") from None
        obj.custom_llms = value
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
        data["custom_llms"] = [item.to_dict() for item in self.custom_llms]
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "custom_llms",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .custom_llm import CustomLLM

__all__ = ["CustomLLMListResponse"]
