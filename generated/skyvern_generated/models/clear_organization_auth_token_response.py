from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class ClearOrganizationAuthTokenResponse(Model):
    """Response model for clearing an organization auth token.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("success",)
    _fields = ("success",)

    success: bool
    """ Whether the token was cleared successfully """

    def __init__(
        self,
        *,
        success: bool,
    ) -> None:
        self.success = success
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `ClearOrganizationAuthTokenResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("success", _MISSING)
        if value.__class__ is not bool:
            value = _t.as_bool(value, "success")
        obj.success = value
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
        data["success"] = self.success
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "success",
    }
)


__all__ = ["ClearOrganizationAuthTokenResponse"]
