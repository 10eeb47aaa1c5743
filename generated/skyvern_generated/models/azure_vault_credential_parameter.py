from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _define
from attrs import field as _field
from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


# the repr is Model's: only the fields that are set
@_define(kw_only=True, repr=False)
class AzureVaultCredentialParameter(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    parameter_type: Literal["azure_vault_credential"] | None = None
    key: str
    description: str | None = None
    azure_vault_credential_parameter_id: str
    workflow_id: str
    vault_name: str
    username_key: str
    password_key: str
    totp_secret_key: str | None = None
    created_at: datetime.datetime
    modified_at: datetime.datetime
    deleted_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _field(
        init=False, factory=dict, repr=_t.extra_repr
    )
    """The fields of the JSON this client does not know (a newer server's), as they came."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `AzureVaultCredentialParameter` from its JSON, as `json.loads` gives it.

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
        value = get("azure_vault_credential_parameter_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "azure_vault_credential_parameter_id")
        obj.azure_vault_credential_parameter_id = value
        value = get("workflow_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_id")
        obj.workflow_id = value
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
        value = get("created_at", _MISSING)
        try:
            value = _datetime(value)
        except (TypeError, ValueError):
            value = _t.as_datetime(value, "created_at")
        obj.created_at = value
        value = get("modified_at", _MISSING)
        try:
            value = _datetime(value)
        except (TypeError, ValueError):
            value = _t.as_datetime(value, "modified_at")
        obj.modified_at = value
        value = get("deleted_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "deleted_at")
        obj.deleted_at = value
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
        data["azure_vault_credential_parameter_id"] = (
            self.azure_vault_credential_parameter_id
        )
        data["workflow_id"] = self.workflow_id
        data["vault_name"] = self.vault_name
        data["username_key"] = self.username_key
        data["password_key"] = self.password_key
        value = self.totp_secret_key
        if value is not None:
            data["totp_secret_key"] = value
        data["created_at"] = self.created_at.isoformat()
        data["modified_at"] = self.modified_at.isoformat()
        value = self.deleted_at
        if value is not None:
            data["deleted_at"] = value.isoformat()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "parameter_type",
        "key",
        "description",
        "azure_vault_credential_parameter_id",
        "workflow_id",
        "vault_name",
        "username_key",
        "password_key",
        "totp_secret_key",
        "created_at",
        "modified_at",
        "deleted_at",
    }
)


__all__ = ["AzureVaultCredentialParameter"]
