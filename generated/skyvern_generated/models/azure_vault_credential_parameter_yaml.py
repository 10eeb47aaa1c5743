from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class AzureVaultCredentialParameterYAML(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "description",
        "key",
        "parameter_type",
        "password_key",
        "totp_secret_key",
        "username_key",
        "vault_name",
    )
    _fields = (
        "parameter_type",
        "key",
        "description",
        "vault_name",
        "username_key",
        "password_key",
        "totp_secret_key",
    )

    parameter_type: Literal["azure_vault_credential"] | None
    key: str
    description: str | None
    vault_name: str
    username_key: str
    password_key: str
    totp_secret_key: str | None

    def __init__(
        self,
        *,
        parameter_type: Literal["azure_vault_credential"] | None = None,
        key: str,
        description: str | None = None,
        vault_name: str,
        username_key: str,
        password_key: str,
        totp_secret_key: str | None = None,
    ) -> None:
        self.parameter_type = parameter_type
        self.key = key
        self.description = description
        self.vault_name = vault_name
        self.username_key = username_key
        self.password_key = password_key
        self.totp_secret_key = totp_secret_key
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `AzureVaultCredentialParameterYAML` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("parameter_type")
        if value is not None:
            if value != "azure_vault_credential":
                raise _t.invalid(value, "azure_vault_credential", "parameter_type")
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
        value = get("vault_name", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "vault_name")
        obj.vault_name = value
        value = get("username_key", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "username_key")
        obj.username_key = value
        value = get("password_key", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "password_key")
        obj.password_key = value
        value = get("totp_secret_key")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_secret_key")
        obj.totp_secret_key = value
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
        data["vault_name"] = self.vault_name
        data["username_key"] = self.username_key
        data["password_key"] = self.password_key
        value = self.totp_secret_key
        if value is not None:
            data["totp_secret_key"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "parameter_type",
        "key",
        "description",
        "vault_name",
        "username_key",
        "password_key",
        "totp_secret_key",
    }
)


__all__ = ["AzureVaultCredentialParameterYAML"]
