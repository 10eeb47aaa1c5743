from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class CustomLLM(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "config",
        "created_at",
        "id",
        "modified_at",
        "organization_id",
        "valid",
    )
    _fields = (
        "id",
        "organization_id",
        "config",
        "created_at",
        "modified_at",
        "valid",
    )

    id: str
    organization_id: str
    config: CustomLLMConfig
    created_at: str
    modified_at: str
    valid: bool

    def __init__(
        self,
        *,
        id: str,
        organization_id: str,
        config: CustomLLMConfig,
        created_at: str,
        modified_at: str,
        valid: bool,
    ) -> None:
        self.id = id
        self.organization_id = organization_id
        self.config = config
        self.created_at = created_at
        self.modified_at = modified_at
        self.valid = valid
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `CustomLLM` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "id")
        obj.id = value
        value = get("organization_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "organization_id")
        obj.organization_id = value
        value = get("config", _MISSING)
        try:
            value = CustomLLMConfig.from_dict(value)
        except _ShapeError as error:
            raise error.within("config") from None
        obj.config = value
        value = get("created_at", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "created_at")
        obj.created_at = value
        value = get("modified_at", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "modified_at")
        obj.modified_at = value
        value = get("valid", _MISSING)
        if value.__class__ is not bool:
            value = _t.as_bool(value, "valid")
        obj.valid = value
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
        data["id"] = self.id
        data["organization_id"] = self.organization_id
        data["config"] = self.config.to_dict()
        data["created_at"] = self.created_at
        data["modified_at"] = self.modified_at
        data["valid"] = self.valid
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "organization_id",
        "config",
        "created_at",
        "modified_at",
        "valid",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .custom_llm_config import CustomLLMConfig

__all__ = ["CustomLLM"]
