from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class NonEmptyCreditCardCredential(Model):
    """Credit card credential model that requires non-empty values.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "billing_address",
        "billing_email",
        "billing_phone",
        "card_brand",
        "card_cvv",
        "card_exp_month",
        "card_exp_year",
        "card_holder_name",
        "card_number",
        "metadata",
    )
    _fields = (
        "card_number",
        "card_cvv",
        "card_exp_month",
        "card_exp_year",
        "card_brand",
        "card_holder_name",
        "billing_address",
        "billing_email",
        "billing_phone",
        "metadata",
    )
    _secrets = frozenset(
        {
            "card_number",
            "card_cvv",
            "card_exp_month",
            "card_exp_year",
        }
    )

    card_number: str
    """ The full credit card number (must not be empty) """
    card_cvv: str
    """ The card's CVV (must not be empty) """
    card_exp_month: str
    """ The card's expiration month (must not be empty) """
    card_exp_year: str
    """ The card's expiration year (must not be empty) """
    card_brand: str
    """ The card's brand (must not be empty) """
    card_holder_name: str
    """ The name of the card holder (must not be empty) """
    billing_address: CreditCardBillingAddress | None
    """ Optional billing address associated with the card """
    billing_email: str | None
    """ Optional billing email address """
    billing_phone: str | None
    """ Optional billing phone number """
    metadata: StringMap | None
    """ Optional additional credit card metadata fields """

    def __init__(
        self,
        *,
        card_number: str,
        card_cvv: str,
        card_exp_month: str,
        card_exp_year: str,
        card_brand: str,
        card_holder_name: str,
        billing_address: CreditCardBillingAddress | None = None,
        billing_email: str | None = None,
        billing_phone: str | None = None,
        metadata: StringMap | None = None,
    ) -> None:
        self.card_number = card_number
        self.card_cvv = card_cvv
        self.card_exp_month = card_exp_month
        self.card_exp_year = card_exp_year
        self.card_brand = card_brand
        self.card_holder_name = card_holder_name
        self.billing_address = billing_address
        self.billing_email = billing_email
        self.billing_phone = billing_phone
        self.metadata = metadata
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `NonEmptyCreditCardCredential` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("card_number", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "card_number")
        obj.card_number = value
        value = get("card_cvv", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "card_cvv")
        obj.card_cvv = value
        value = get("card_exp_month", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "card_exp_month")
        obj.card_exp_month = value
        value = get("card_exp_year", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "card_exp_year")
        obj.card_exp_year = value
        value = get("card_brand", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "card_brand")
        obj.card_brand = value
        value = get("card_holder_name", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "card_holder_name")
        obj.card_holder_name = value
        value = get("billing_address")
        if value is not None:
            try:
                value = CreditCardBillingAddress.from_dict(value)
            except _ShapeError as error:
                raise error.within("billing_address") from None
        obj.billing_address = value
        value = get("billing_email")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "billing_email")
        obj.billing_email = value
        value = get("billing_phone")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "billing_phone")
        obj.billing_phone = value
        value = get("metadata")
        if value is not None:
            value = _t.as_string_map(value, "metadata")
        obj.metadata = value
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
        data["card_number"] = self.card_number
        data["card_cvv"] = self.card_cvv
        data["card_exp_month"] = self.card_exp_month
        data["card_exp_year"] = self.card_exp_year
        data["card_brand"] = self.card_brand
        data["card_holder_name"] = self.card_holder_name
        value = self.billing_address
        if value is not None:
            data["billing_address"] = value.to_dict()
        value = self.billing_email
        if value is not None:
            data["billing_email"] = value
        value = self.billing_phone
        if value is not None:
            data["billing_phone"] = value
        value = self.metadata
        if value is not None:
            data["metadata"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "card_number",
        "card_cvv",
        "card_exp_month",
        "card_exp_year",
        "card_brand",
        "card_holder_name",
        "billing_address",
        "billing_email",
        "billing_phone",
        "metadata",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .credit_card_billing_address import CreditCardBillingAddress
from .string_map import StringMap

__all__ = ["NonEmptyCreditCardCredential"]
