from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class TagResponse(Model):
    """Current state of one tag (``GET /v1/workflows/{wpid}/tags`` row).
    ``key`` is null for a standalone label.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("key", "set_at", "set_by", "source", "value")
    _fields = (
        "key",
        "value",
        "source",
        "set_at",
        "set_by",
    )

    key: str | None
    value: str
    source: str
    set_at: datetime.datetime
    set_by: str

    def __init__(
        self,
        *,
        key: str | None = None,
        value: str,
        source: str,
        set_at: datetime.datetime,
        set_by: str,
    ) -> None:
        self.key = key
        self.value = value
        self.source = source
        self.set_at = set_at
        self.set_by = set_by
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `TagResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("key")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "key")
        obj.key = value
        value = get("value", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "value")
        obj.value = value
        value = get("source", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "source")
        obj.source = value
        value = get("set_at", _MISSING)
        try:
            value = _datetime(value)
        except (TypeError, ValueError):
            value = _t.as_datetime(value, "set_at")
        obj.set_at = value
        value = get("set_by", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "set_by")
        obj.set_by = value
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
        value = self.key
        if value is not None:
            data["key"] = value
        data["value"] = self.value
        data["source"] = self.source
        data["set_at"] = self.set_at.isoformat()
        data["set_by"] = self.set_by
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "key",
        "value",
        "source",
        "set_at",
        "set_by",
    }
)


__all__ = ["TagResponse"]
