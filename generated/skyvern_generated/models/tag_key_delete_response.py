from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class TagKeyDeleteResponse(Model):
    """Response for ``DELETE /v1/tag-keys/{key}``.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "key",
        "removed_count",
        "removed_from_run_count",
        "removed_from_workflow_count",
    )
    _fields = (
        "key",
        "removed_from_workflow_count",
        "removed_from_run_count",
        "removed_count",
    )

    key: str
    removed_from_workflow_count: int
    removed_from_run_count: int | None
    removed_count: int | None

    def __init__(
        self,
        *,
        key: str,
        removed_from_workflow_count: int,
        removed_from_run_count: int | None = None,
        removed_count: int | None = None,
    ) -> None:
        self.key = key
        self.removed_from_workflow_count = removed_from_workflow_count
        self.removed_from_run_count = removed_from_run_count
        self.removed_count = removed_count
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `TagKeyDeleteResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("key", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "key")
        obj.key = value
        value = get("removed_from_workflow_count", _MISSING)
        if value.__class__ is not int:
            value = _t.as_int(value, "removed_from_workflow_count")
        obj.removed_from_workflow_count = value
        value = get("removed_from_run_count")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "removed_from_run_count")
        obj.removed_from_run_count = value
        value = get("removed_count")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "removed_count")
        obj.removed_count = value
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
        data["key"] = self.key
        data["removed_from_workflow_count"] = self.removed_from_workflow_count
        value = self.removed_from_run_count
        if value is not None:
            data["removed_from_run_count"] = value
        value = self.removed_count
        if value is not None:
            data["removed_count"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "key",
        "removed_from_workflow_count",
        "removed_from_run_count",
        "removed_count",
    }
)


__all__ = ["TagKeyDeleteResponse"]
