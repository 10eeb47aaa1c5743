from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class BrowserProfileUsageWorkflow(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("title", "via", "workflow_permanent_id")
    _fields = (
        "workflow_permanent_id",
        "title",
        "via",
    )

    workflow_permanent_id: str
    title: str
    via: str

    def __init__(
        self,
        *,
        workflow_permanent_id: str,
        title: str,
        via: str,
    ) -> None:
        self.workflow_permanent_id = workflow_permanent_id
        self.title = title
        self.via = via
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `BrowserProfileUsageWorkflow` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("workflow_permanent_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_permanent_id")
        obj.workflow_permanent_id = value
        value = get("title", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "title")
        obj.title = value
        value = get("via", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "via")
        obj.via = value
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
        data["workflow_permanent_id"] = self.workflow_permanent_id
        data["title"] = self.title
        data["via"] = self.via
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "workflow_permanent_id",
        "title",
        "via",
    }
)


__all__ = ["BrowserProfileUsageWorkflow"]
