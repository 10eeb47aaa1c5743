from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class GetBrowserSessionResponse503Detail(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "code",
        "retryable",
    )
    _fields = (
        "code",
        "retryable",
    )

    code: GetBrowserSessionResponse503DetailCode
    retryable: bool

    def __init__(
        self,
        *,
        code: GetBrowserSessionResponse503DetailCode,
        retryable: bool,
    ) -> None:
        self.code = code
        self.retryable = retryable
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `GetBrowserSessionResponse503Detail` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("code", _MISSING)
        try:
            value = _members_GetBrowserSessionResponse503DetailCode[value]
        except (KeyError, TypeError):
            value = _t.as_enum(GetBrowserSessionResponse503DetailCode, value, "code")
        obj.code = value
        value = get("retryable", _MISSING)
        if value.__class__ is not bool:
            value = _t.as_bool(value, "retryable")
        obj.retryable = value
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
        data["code"] = _t.wire(self.code)
        data["retryable"] = self.retryable
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "code",
        "retryable",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .get_browser_session_response_503_detail_code import (
    GetBrowserSessionResponse503DetailCode,
)

_members_GetBrowserSessionResponse503DetailCode: dict[Any, Any] = (
    GetBrowserSessionResponse503DetailCode._value2member_map_
)


__all__ = ["GetBrowserSessionResponse503Detail"]
