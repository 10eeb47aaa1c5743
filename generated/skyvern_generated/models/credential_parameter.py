from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class CredentialParameter(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "created_at",
        "credential_id",
        "credential_ids",
        "credential_parameter_id",
        "deleted_at",
        "description",
        "fallback_credential_ids",
        "fallback_trigger",
        "key",
        "modified_at",
        "parameter_type",
        "selection_strategy",
        "workflow_id",
    )
    _fields = (
        "parameter_type",
        "key",
        "description",
        "credential_parameter_id",
        "workflow_id",
        "credential_id",
        "credential_ids",
        "selection_strategy",
        "fallback_credential_ids",
        "fallback_trigger",
        "created_at",
        "modified_at",
        "deleted_at",
    )

    parameter_type: Literal["credential"] | None
    key: str
    description: str | None
    credential_parameter_id: str
    workflow_id: str
    credential_id: str
    credential_ids: list[str] | None
    selection_strategy: str | None
    fallback_credential_ids: list[str] | None
    fallback_trigger: str | None
    created_at: datetime.datetime
    modified_at: datetime.datetime
    deleted_at: datetime.datetime | None

    def __init__(
        self,
        *,
        parameter_type: Literal["credential"] | None = None,
        key: str,
        description: str | None = None,
        credential_parameter_id: str,
        workflow_id: str,
        credential_id: str,
        credential_ids: list[str] | None = None,
        selection_strategy: str | None = None,
        fallback_credential_ids: list[str] | None = None,
        fallback_trigger: str | None = None,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
        deleted_at: datetime.datetime | None = None,
    ) -> None:
        self.parameter_type = parameter_type
        self.key = key
        self.description = description
        self.credential_parameter_id = credential_parameter_id
        self.workflow_id = workflow_id
        self.credential_id = credential_id
        self.credential_ids = credential_ids
        self.selection_strategy = selection_strategy
        self.fallback_credential_ids = fallback_credential_ids
        self.fallback_trigger = fallback_trigger
        self.created_at = created_at
        self.modified_at = modified_at
        self.deleted_at = deleted_at
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `CredentialParameter` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("parameter_type")
        if value is not None:
            if value != "credential":
                raise _t.invalid(value, "credential", "parameter_type")
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
        value = get("credential_parameter_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "credential_parameter_id")
        obj.credential_parameter_id = value
        value = get("workflow_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_id")
        obj.workflow_id = value
        value = get("credential_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "credential_id")
        obj.credential_id = value
        value = get("credential_ids")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "credential_ids")
            _t.check_items(value, str, "credential_ids")
        obj.credential_ids = value
        value = get("selection_strategy")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "selection_strategy")
        obj.selection_strategy = value
        value = get("fallback_credential_ids")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "fallback_credential_ids")
            _t.check_items(value, str, "fallback_credential_ids")
        obj.fallback_credential_ids = value
        value = get("fallback_trigger")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "fallback_trigger")
        obj.fallback_trigger = value
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
        data["credential_parameter_id"] = self.credential_parameter_id
        data["workflow_id"] = self.workflow_id
        data["credential_id"] = self.credential_id
        value = self.credential_ids
        if value is not None:
            data["credential_ids"] = value
        value = self.selection_strategy
        if value is not None:
            data["selection_strategy"] = value
        value = self.fallback_credential_ids
        if value is not None:
            data["fallback_credential_ids"] = value
        value = self.fallback_trigger
        if value is not None:
            data["fallback_trigger"] = value
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
        "credential_parameter_id",
        "workflow_id",
        "credential_id",
        "credential_ids",
        "selection_strategy",
        "fallback_credential_ids",
        "fallback_trigger",
        "created_at",
        "modified_at",
        "deleted_at",
    }
)


__all__ = ["CredentialParameter"]
