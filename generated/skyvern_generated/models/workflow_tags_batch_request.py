from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model

_new = object.__new__


class WorkflowTagsBatchRequest(Model):
    """Body for ``POST /v1/workflow-tags`` (used when the wpid list would
    exceed the URL length cap).
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("workflow_permanent_ids",)
    _fields = ("workflow_permanent_ids",)

    workflow_permanent_ids: list[str] | None
    """ Workflow permanent IDs to fetch tags for. """

    def __init__(
        self,
        *,
        workflow_permanent_ids: list[str] | None = None,
    ) -> None:
        self.workflow_permanent_ids = workflow_permanent_ids
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `WorkflowTagsBatchRequest` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("workflow_permanent_ids")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "workflow_permanent_ids")
            _t.check_items(value, str, "workflow_permanent_ids")
        obj.workflow_permanent_ids = value
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
        value = self.workflow_permanent_ids
        if value is not None:
            data["workflow_permanent_ids"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "workflow_permanent_ids",
    }
)


__all__ = ["WorkflowTagsBatchRequest"]
