from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class RunTagHistoryResponse(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("events", "workflow_run_id")
    _fields = (
        "workflow_run_id",
        "events",
    )

    workflow_run_id: str
    events: list[TagHistoryItem]

    def __init__(
        self,
        *,
        workflow_run_id: str,
        events: list[TagHistoryItem],
    ) -> None:
        self.workflow_run_id = workflow_run_id
        self.events = events
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `RunTagHistoryResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("workflow_run_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "workflow_run_id")
        obj.workflow_run_id = value
        value = get("events", _MISSING)
        if value.__class__ is not list:
            value = _t.as_list(value, "events")
        try:
            value = [TagHistoryItem.from_dict(item) for item in value]
        except _ShapeError:
            raise _t.locate(value, TagHistoryItem.from_dict, "events") from None
        obj.events = value
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
        data["workflow_run_id"] = self.workflow_run_id
        data["events"] = [item.to_dict() for item in self.events]
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "workflow_run_id",
        "events",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .tag_history_item import TagHistoryItem

__all__ = ["RunTagHistoryResponse"]
