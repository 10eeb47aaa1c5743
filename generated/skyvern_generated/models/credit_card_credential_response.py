from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class CreditCardCredentialResponse(Model):
    """Response model for credit card credentials — non-sensitive fields only.

    SECURITY: Must NEVER include full card number, CVV, expiration date, card holder name,
    billing fields, or metadata.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("brand", "last_four")
    _fields = (
        "last_four",
        "brand",
    )

    last_four: str
    """ Last four digits of the credit card number """
    brand: str
    """ Brand of the credit card """

    def __init__(
        self,
        *,
        last_four: str,
        brand: str,
    ) -> None:
        self.last_four = last_four
        self.brand = brand
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `CreditCardCredentialResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("last_four", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "last_four")
        obj.last_four = value
        value = get("brand", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "brand")
        obj.brand = value
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
        data["last_four"] = self.last_four
        data["brand"] = self.brand
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "last_four",
        "brand",
    }
)


__all__ = ["CreditCardCredentialResponse"]
