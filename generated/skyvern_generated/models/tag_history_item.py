from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class TagHistoryItem(Model):
    """One row from ``GET /v1/workflows/{wpid}/tags/history``.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "event_type",
        "key",
        "set_at",
        "set_by",
        "source",
        "superseded_at",
        "tag_event_id",
        "value",
    )
    _fields = (
        "tag_event_id",
        "key",
        "value",
        "event_type",
        "source",
        "set_at",
        "set_by",
        "superseded_at",
    )

    tag_event_id: str
    key: str | None
    value: str | None
    event_type: str
    source: str
    set_at: datetime.datetime
    set_by: str
    superseded_at: datetime.datetime | None

    def __init__(
        self,
        *,
        tag_event_id: str,
        key: str | None,
        value: str | None,
        event_type: str,
        source: str,
        set_at: datetime.datetime,
        set_by: str,
        superseded_at: datetime.datetime | None = None,
    ) -> None:
        self.tag_event_id = tag_event_id
        self.key = key
        self.value = value
        self.event_type = event_type
        self.source = source
        self.set_at = set_at
        self.set_by = set_by
        self.superseded_at = superseded_at
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `TagHistoryItem` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("tag_event_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "tag_event_id")
        obj.tag_event_id = value
        value = get("key", _MISSING)
        if value is _MISSING:
            raise _t.missing("key")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "key")
        obj.key = value
        value = get("value", _MISSING)
        if value is _MISSING:
            raise _t.missing("value")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "value")
        obj.value = value
        value = get("event_type", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "event_type")
        obj.event_type = value
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
        value = get("superseded_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "superseded_at")
        obj.superseded_at = value
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
        data["tag_event_id"] = self.tag_event_id
        value = self.key
        data["key"] = value
        value = self.value
        data["value"] = value
        data["event_type"] = self.event_type
        data["source"] = self.source
        data["set_at"] = self.set_at.isoformat()
        data["set_by"] = self.set_by
        value = self.superseded_at
        if value is not None:
            data["superseded_at"] = value.isoformat()
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "tag_event_id",
        "key",
        "value",
        "event_type",
        "source",
        "set_at",
        "set_by",
        "superseded_at",
    }
)


__all__ = ["TagHistoryItem"]
