from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model

_new = object.__new__


class CreditCardBillingAddress(Model):
    """Optional billing address fields associated with a credit card credential.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "city",
        "country",
        "country_code",
        "line1",
        "line2",
        "postal_code",
        "state",
        "state_code",
    )
    _fields = (
        "line1",
        "line2",
        "city",
        "state",
        "state_code",
        "postal_code",
        "country",
        "country_code",
    )

    line1: str | None
    """ Billing address line 1 """
    line2: str | None
    """ Billing address line 2 """
    city: str | None
    """ Billing city """
    state: str | None
    """ Billing state or region """
    state_code: str | None
    """ Billing state or region code """
    postal_code: str | None
    """ Billing postal code """
    country: str | None
    """ Billing country """
    country_code: str | None
    """ ISO 3166-1 alpha-2 billing country code """

    def __init__(
        self,
        *,
        line1: str | None = None,
        line2: str | None = None,
        city: str | None = None,
        state: str | None = None,
        state_code: str | None = None,
        postal_code: str | None = None,
        country: str | None = None,
        country_code: str | None = None,
    ) -> None:
        self.line1 = line1
        self.line2 = line2
        self.city = city
        self.state = state
        self.state_code = state_code
        self.postal_code = postal_code
        self.country = country
        self.country_code = country_code
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `CreditCardBillingAddress` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("line1")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "line1")
        obj.line1 = value
        value = get("line2")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "line2")
        obj.line2 = value
        value = get("city")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "city")
        obj.city = value
        value = get("state")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "state")
        obj.state = value
        value = get("state_code")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "state_code")
        obj.state_code = value
        value = get("postal_code")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "postal_code")
        obj.postal_code = value
        value = get("country")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "country")
        obj.country = value
        value = get("country_code")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "country_code")
        obj.country_code = value
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
        value = self.line1
        if value is not None:
            data["line1"] = value
        value = self.line2
        if value is not None:
            data["line2"] = value
        value = self.city
        if value is not None:
            data["city"] = value
        value = self.state
        if value is not None:
            data["state"] = value
        value = self.state_code
        if value is not None:
            data["state_code"] = value
        value = self.postal_code
        if value is not None:
            data["postal_code"] = value
        value = self.country
        if value is not None:
            data["country"] = value
        value = self.country_code
        if value is not None:
            data["country_code"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "line1",
        "line2",
        "city",
        "state",
        "state_code",
        "postal_code",
        "country",
        "country_code",
    }
)


__all__ = ["CreditCardBillingAddress"]
