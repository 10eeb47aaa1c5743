from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class RunSdkActionResponse(Model):
    """Response from running an SDK action.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("result", "workflow_run_id")
    _fields = (
        "workflow_run_id",
        "result",
    )

    workflow_run_id: str
    """ The workflow run ID used for this action """
    result: Any | None
    """ The result from the action (e.g., selector, value, extracted data) """

    def __init__(
        self,
        *,
        workflow_run_id: str,
        result: Any | None = None,
    ) -> None:
        self.workflow_run_id = workflow_run_id
        self.result = result
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `RunSdkActionResponse` from its JSON, as `json.loads` gives it.

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
        value = get("result")
        obj.result = value
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
        value = self.result
        if value is not None:
            data["result"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "workflow_run_id",
        "result",
    }
)


__all__ = ["RunSdkActionResponse"]
