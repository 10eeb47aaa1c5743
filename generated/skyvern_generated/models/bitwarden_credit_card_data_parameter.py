from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class BitwardenCreditCardDataParameter(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "bitwarden_client_id_aws_secret_key",
        "bitwarden_client_secret_aws_secret_key",
        "bitwarden_collection_id",
        "bitwarden_credit_card_data_parameter_id",
        "bitwarden_item_id",
        "bitwarden_master_password_aws_secret_key",
        "created_at",
        "deleted_at",
        "description",
        "key",
        "modified_at",
        "parameter_type",
        "workflow_id",
    )
    _fields = (
        "parameter_type",
        "key",
        "description",
        "bitwarden_credit_card_data_parameter_id",
        "workflow_id",
        "bitwarden_client_id_aws_secret_key",
        "bitwarden_client_secret_aws_secret_key",
        "bitwarden_master_password_aws_secret_key",
        "bitwarden_collection_id",
        "bitwarden_item_id",
        "created_at",
        "modified_at",
        "deleted_at",
    )

    parameter_type: Literal["bitwarden_credit_card_data"] | None
    key: str
    description: str | None
    bitwarden_credit_card_data_parameter_id: str
    workflow_id: str
    bitwarden_client_id_aws_secret_key: str
    bitwarden_client_secret_aws_secret_key: str
    bitwarden_master_password_aws_secret_key: str
    bitwarden_collection_id: str
    bitwarden_item_id: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    deleted_at: datetime.datetime | None

    def __init__(
        self,
        *,
        parameter_type: Literal["bitwarden_credit_card_data"] | None = None,
        key: str,
        description: str | None = None,
        bitwarden_credit_card_data_parameter_id: str,
        workflow_id: str,
        bitwarden_client_id_aws_secret_key: str,
        bitwarden_client_secret_aws_secret_key: str,
        bitwarden_master_password_aws_secret_key: str,
        bitwarden_collection_id: str,
        bitwarden_item_id: str,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
        deleted_at: datetime.datetime | None = None,
    ) -> None:
        self.parameter_type = parameter_type
        self.key = key
        self.description = description
        self.bitwarden_credit_card_data_parameter_id = (
            bitwarden_credit_card_data_parameter_id
        )
        self.workflow_id = workflow_id
        self.bitwarden_client_id_aws_secret_key = bitwarden_client_id_aws_secret_key
        self.bitwarden_client_secret_aws_secret_key = (
            bitwarden_client_secret_aws_secret_key
        )
        self.bitwarden_master_password_aws_secret_key = (
            bitwarden_master_password_aws_secret_key
        )
        self.bitwarden_collection_id = bitwarden_collection_id
        self.bitwarden_item_id = bitwarden_item_id
        self.created_at = created_at
        self.modified_at = modified_at
        self.deleted_at = deleted_at
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `BitwardenCreditCardDataParameter` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("parameter_type")
        if value is not None:
            if value != "bitwarden_credit_card_data":
                raise _t.invalid(value, "bitwarden_credit_card_data", "parameter_type")
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
        value = get("bitwarden_credit_card_data_parameter_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "bitwarden_credit_card_data_parameter_id")
        obj.bitwarden_credit_card_data_parameter_id = value
        value = get("workflow_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_id")
        obj.workflow_id = value
        value = get("bitwarden_client_id_aws_secret_key", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "bitwarden_client_id_aws_secret_key")
        obj.bitwarden_client_id_aws_secret_key = value
        value = get("bitwarden_client_secret_aws_secret_key", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "bitwarden_client_secret_aws_secret_key")
        obj.bitwarden_client_secret_aws_secret_key = value
        value = get("bitwarden_master_password_aws_secret_key", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "bitwarden_master_password_aws_secret_key")
        obj.bitwarden_master_password_aws_secret_key = value
        value = get("bitwarden_collection_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "bitwarden_collection_id")
        obj.bitwarden_collection_id = value
        value = get("bitwarden_item_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "bitwarden_item_id")
        obj.bitwarden_item_id = value
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
        data["bitwarden_credit_card_data_parameter_id"] = (
            self.bitwarden_credit_card_data_parameter_id
        )
        data["workflow_id"] = self.workflow_id
        data["bitwarden_client_id_aws_secret_key"] = (
            self.bitwarden_client_id_aws_secret_key
        )
        data["bitwarden_client_secret_aws_secret_key"] = (
            self.bitwarden_client_secret_aws_secret_key
        )
        data["bitwarden_master_password_aws_secret_key"] = (
            self.bitwarden_master_password_aws_secret_key
        )
        data["bitwarden_collection_id"] = self.bitwarden_collection_id
        data["bitwarden_item_id"] = self.bitwarden_item_id
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
        "bitwarden_credit_card_data_parameter_id",
        "workflow_id",
        "bitwarden_client_id_aws_secret_key",
        "bitwarden_client_secret_aws_secret_key",
        "bitwarden_master_password_aws_secret_key",
        "bitwarden_collection_id",
        "bitwarden_item_id",
        "created_at",
        "modified_at",
        "deleted_at",
    }
)


__all__ = ["BitwardenCreditCardDataParameter"]
