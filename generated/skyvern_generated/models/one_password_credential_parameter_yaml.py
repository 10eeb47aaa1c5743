from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class OnePasswordCredentialParameterYAML(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "description",
        "item_id",
        "key",
        "parameter_type",
        "totp_field_name",
        "totp_identifier",
        "vault_id",
    )
    _fields = (
        "parameter_type",
        "key",
        "description",
        "vault_id",
        "item_id",
        "totp_field_name",
        "totp_identifier",
    )

    parameter_type: Literal["onepassword"] | None
    key: str
    description: str | None
    vault_id: str
    item_id: str
    totp_field_name: str | None
    totp_identifier: str | None

    def __init__(
        self,
        *,
        parameter_type: Literal["onepassword"] | None = None,
        key: str,
        description: str | None = None,
        vault_id: str,
        item_id: str,
        totp_field_name: str | None = None,
        totp_identifier: str | None = None,
    ) -> None:
        self.parameter_type = parameter_type
        self.key = key
        self.description = description
        self.vault_id = vault_id
        self.item_id = item_id
        self.totp_field_name = totp_field_name
        self.totp_identifier = totp_identifier
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `OnePasswordCredentialParameterYAML` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("parameter_type")
        if value is not None:
            if value != "onepassword":
                raise _t.invalid(value, "onepassword", "parameter_type")
        obj.parameter_type = value
        value = get("key", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "key")
        obj.key = value
        value = get("description")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "description")
        obj.description = value
        value = get("vault_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "vault_id")
        obj.vault_id = value
        value = get("item_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "item_id")
        obj.item_id = value
        value = get("totp_field_name")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_field_name")
        obj.totp_field_name = value
        value = get("totp_identifier")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_identifier")
        obj.totp_identifier = value
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
        value = self.parameter_type
        if value is not None:
            data["parameter_type"] = value
        data["key"] = self.key
        value = self.description
        if value is not None:
            data["description"] = value
        data["vault_id"] = self.vault_id
        data["item_id"] = self.item_id
        value = self.totp_field_name
        if value is not None:
            data["totp_field_name"] = value
        value = self.totp_identifier
        if value is not None:
            data["totp_identifier"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "parameter_type",
        "key",
        "description",
        "vault_id",
        "item_id",
        "totp_field_name",
        "totp_identifier",
    }
)


__all__ = ["OnePasswordCredentialParameterYAML"]
