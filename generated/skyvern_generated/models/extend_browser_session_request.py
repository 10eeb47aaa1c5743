from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class ExtendBrowserSessionRequest(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("additional_minutes",)
    _fields = ("additional_minutes",)

    additional_minutes: int
    """ Minutes to add to the session's current deadline. A session can be extended, one or more times, up to a
    total lifetime of 360 minutes (6 hours) counted from when it started; a request for more than the remaining
    headroom is granted the remainder and the response carries a warning. """

    def __init__(
        self,
        *,
        additional_minutes: int,
    ) -> None:
        self.additional_minutes = additional_minutes
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `ExtendBrowserSessionRequest` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("additional_minutes", _MISSING)
        if value.__class__ is not int:
            value = _t.as_int(value, "additional_minutes")
        obj.additional_minutes = value
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
        data["additional_minutes"] = self.additional_minutes
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "additional_minutes",
    }
)


__all__ = ["ExtendBrowserSessionRequest"]
