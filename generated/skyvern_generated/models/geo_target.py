from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class GeoTarget(Model):
    """Granular proxy geo-targeting request with country, optional subdivision, and optional city.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("city", "country", "isISP", "subdivision")
    _fields = (
        "country",
        "subdivision",
        "city",
        "isISP",
    )

    country: str
    """ ISO 3166-1 alpha-2 country code (e.g., 'US', 'GB', 'DE') """
    subdivision: str | None
    """ ISO 3166-2 subdivision code without country prefix (e.g., 'CA' for California, 'NY' for New York) """
    city: str | None
    """ City name in English from GeoNames (e.g., 'New York', 'Los Angeles', 'London') """
    isISP: bool | None
    """ Whether this geo target is marked as an ISP proxy location. """

    def __init__(
        self,
        *,
        country: str,
        subdivision: str | None = None,
        city: str | None = None,
        isISP: bool | None = None,
    ) -> None:
        self.country = country
        self.subdivision = subdivision
        self.city = city
        self.isISP = isISP
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `GeoTarget` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("country", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "country")
        obj.country = value
        value = get("subdivision")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "subdivision")
        obj.subdivision = value
        value = get("city")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "city")
        obj.city = value
        value = get("isISP")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "isISP")
        obj.isISP = value
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
        data["country"] = self.country
        value = self.subdivision
        if value is not None:
            data["subdivision"] = value
        value = self.city
        if value is not None:
            data["city"] = value
        value = self.isISP
        if value is not None:
            data["isISP"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "country",
        "subdivision",
        "city",
        "isISP",
    }
)


__all__ = ["GeoTarget"]
