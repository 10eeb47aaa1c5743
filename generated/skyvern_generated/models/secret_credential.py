from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class SecretCredential(Model):
    """Generic secret credential.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("secret_label", "secret_value")
    _fields = (
        "secret_value",
        "secret_label",
    )
    _secrets = frozenset(
        {
            "secret_value",
        }
    )

    secret_value: str
    """ The secret value """
    secret_label: str | None
    """ Optional label describing the secret """

    def __init__(
        self,
        *,
        secret_value: str,
        secret_label: str | None = None,
    ) -> None:
        self.secret_value = secret_value
        self.secret_label = secret_label
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `SecretCredential` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("secret_value", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "secret_value")
        obj.secret_value = value
        value = get("secret_label")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "secret_label")
        obj.secret_label = value
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
        data["secret_value"] = self.secret_value
        value = self.secret_label
        if value is not None:
            data["secret_label"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "secret_value",
        "secret_label",
    }
)


__all__ = ["SecretCredential"]
