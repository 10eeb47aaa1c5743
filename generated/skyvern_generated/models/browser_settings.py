from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model

_new = object.__new__


class BrowserSettings(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("timezone_id",)
    _fields = ("timezone_id",)

    timezone_id: str | None
    """ IANA timezone the browser reports to pages, for example `America/New_York`. Applied when a browser is
    created and takes precedence over any timezone implied by the proxy location. Offsets such as `+03:00` are
    rejected. Omit or set to null to keep the default behavior. """

    def __init__(
        self,
        *,
        timezone_id: str | None = None,
    ) -> None:
        self.timezone_id = timezone_id
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `BrowserSettings` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("timezone_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "timezone_id")
        obj.timezone_id = value
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
        value = self.timezone_id
        if value is not None:
            data["timezone_id"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "timezone_id",
    }
)


__all__ = ["BrowserSettings"]
