from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class InputTextAction(Model):
    """Input text action parameters.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "data",
        "intention",
        "selector",
        "timeout",
        "totp_identifier",
        "totp_url",
        "type",
        "value",
    )
    _fields = (
        "type",
        "selector",
        "value",
        "intention",
        "data",
        "totp_identifier",
        "totp_url",
        "timeout",
    )

    type: Literal["ai_input_text"] | None
    selector: str | None
    """ CSS selector for the element """
    value: str | None
    """ Value to input """
    intention: str | None
    """ The intention or goal of the input """
    data: str | JsonObject | None
    """ Additional context data """
    totp_identifier: str | None
    """ TOTP identifier for input_text actions """
    totp_url: str | None
    """ TOTP URL for input_text actions """
    timeout: float | None
    """ Timeout in milliseconds """

    def __init__(
        self,
        *,
        type: Literal["ai_input_text"] | None = None,
        selector: str | None = None,
        value: str | None = None,
        intention: str | None = None,
        data: str | JsonObject | None = None,
        totp_identifier: str | None = None,
        totp_url: str | None = None,
        timeout: float | None = None,
    ) -> None:
        self.type = type
        self.selector = selector
        self.value = value
        self.intention = intention
        self.data = data
        self.totp_identifier = totp_identifier
        self.totp_url = totp_url
        self.timeout = timeout
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `InputTextAction` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("type")
        if value is not None:
            if value != "ai_input_text":
                raise _t.invalid(value, "ai_input_text", "type")
        obj.type = value
        value = get("selector")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "selector")
        obj.selector = value
        value = get("value")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "value")
        obj.value = value
        value = get("intention")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "intention")
        obj.intention = value
        value = get("data")
        if value is not None:
            try:
                value = _p_data(value)
            except _ShapeError as error:
                raise error.within("data") from None
        obj.data = value
        value = get("totp_identifier")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_identifier")
        obj.totp_identifier = value
        value = get("totp_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_url")
        obj.totp_url = value
        value = get("timeout")
        if value is not None:
            if value.__class__ is not float:
                value = _t.as_float(value, "timeout")
        obj.timeout = value
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
        value = self.selector
        if value is not None:
            data["selector"] = value
        value = self.value
        if value is not None:
            data["value"] = value
        value = self.intention
        if value is not None:
            data["intention"] = value
        value = self.data
        if value is not None:
            data["data"] = value
        value = self.totp_identifier
        if value is not None:
            data["totp_identifier"] = value
        value = self.totp_url
        if value is not None:
            data["totp_url"] = value
        value = self.timeout
        if value is not None:
            data["timeout"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "selector",
        "value",
        "intention",
        "data",
        "totp_identifier",
        "totp_url",
        "timeout",
    }
)


def _p_data(data: Any) -> str | JsonObject:
    if isinstance(data, str):
        return data
    if data.__class__ is dict:
        return data  # type: ignore[no-any-return,unused-ignore]
    raise _t.invalid(data, "a string or an object", "")


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .json_object import JsonObject

__all__ = ["InputTextAction"]
