from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class CustomLLMConfig(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "add_assistant_prefix",
        "api_base",
        "api_key",
        "api_version",
        "display_name",
        "extra_parameters",
        "max_completion_tokens",
        "model_name",
        "provider",
        "reasoning_effort",
        "supports_vision",
        "temperature",
    )
    _fields = (
        "display_name",
        "provider",
        "model_name",
        "api_base",
        "api_key",
        "api_version",
        "supports_vision",
        "add_assistant_prefix",
        "max_completion_tokens",
        "temperature",
        "reasoning_effort",
        "extra_parameters",
    )
    _secrets = frozenset(
        {
            "api_key",
        }
    )

    display_name: str
    provider: CustomLLMProvider
    model_name: str
    api_base: str | None
    api_key: str | None
    api_version: str | None
    supports_vision: bool | None
    add_assistant_prefix: bool | None
    max_completion_tokens: int | None
    temperature: float | None
    reasoning_effort: str | None
    extra_parameters: JsonObject | None
    """ Free-form JSON: an object with any values. """

    def __init__(
        self,
        *,
        display_name: str,
        provider: CustomLLMProvider,
        model_name: str,
        api_base: str | None = None,
        api_key: str | None = None,
        api_version: str | None = None,
        supports_vision: bool | None = None,
        add_assistant_prefix: bool | None = None,
        max_completion_tokens: int | None = None,
        temperature: float | None = None,
        reasoning_effort: str | None = None,
        extra_parameters: JsonObject | None = None,
    ) -> None:
        self.display_name = display_name
        self.provider = provider
        self.model_name = model_name
        self.api_base = api_base
        self.api_key = api_key
        self.api_version = api_version
        self.supports_vision = supports_vision
        self.add_assistant_prefix = add_assistant_prefix
        self.max_completion_tokens = max_completion_tokens
        self.temperature = temperature
        self.reasoning_effort = reasoning_effort
        self.extra_parameters = extra_parameters
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `CustomLLMConfig` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("display_name", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "display_name")
        obj.display_name = value
        value = get("provider", _MISSING)
        try:
            value = _members_CustomLLMProvider[value]
        except (KeyError, TypeError):
            value = _t.as_enum(CustomLLMProvider, value, "provider")
        obj.provider = value
        value = get("model_name", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "model_name")
        obj.model_name = value
        value = get("api_base")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "api_base")
        obj.api_base = value
        value = get("api_key")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "api_key")
        obj.api_key = value
        value = get("api_version")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "api_version")
        obj.api_version = value
        value = get("supports_vision")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "supports_vision")
        obj.supports_vision = value
        value = get("add_assistant_prefix")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "add_assistant_prefix")
        obj.add_assistant_prefix = value
        value = get("max_completion_tokens")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "max_completion_tokens")
        obj.max_completion_tokens = value
        value = get("temperature")
        if value is not None:
            if value.__class__ is not float:
                value = _t.as_float(value, "temperature")
        obj.temperature = value
        value = get("reasoning_effort")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "reasoning_effort")
        obj.reasoning_effort = value
        value = get("extra_parameters")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "extra_parameters")
        obj.extra_parameters = value
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
        data["display_name"] = self.display_name
        data["provider"] = _t.wire(self.provider)
        data["model_name"] = self.model_name
        value = self.api_base
        if value is not None:
            data["api_base"] = value
        value = self.api_key
        if value is not None:
            data["api_key"] = value
        value = self.api_version
        if value is not None:
            data["api_version"] = value
        value = self.supports_vision
        if value is not None:
            data["supports_vision"] = value
        value = self.add_assistant_prefix
        if value is not None:
            data["add_assistant_prefix"] = value
        value = self.max_completion_tokens
        if value is not None:
            data["max_completion_tokens"] = value
        value = self.temperature
        if value is not None:
            data["temperature"] = value
        value = self.reasoning_effort
        if value is not None:
            data["reasoning_effort"] = value
        value = self.extra_parameters
        if value is not None:
            data["extra_parameters"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "display_name",
        "provider",
        "model_name",
        "api_base",
        "api_key",
        "api_version",
        "supports_vision",
        "add_assistant_prefix",
        "max_completion_tokens",
        "temperature",
        "reasoning_effort",
        "extra_parameters",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .custom_llm_provider import CustomLLMProvider
from .json_object import JsonObject

_members_CustomLLMProvider: dict[Any, Any] = CustomLLMProvider._value2member_map_


__all__ = ["CustomLLMConfig"]
