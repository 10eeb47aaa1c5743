from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class BulkCancelRunsRequest(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("run_ids",)
    _fields = ("run_ids",)

    run_ids: list[str]
    """ List of run IDs to cancel """

    def __init__(
        self,
        *,
        run_ids: list[str],
    ) -> None:
        self.run_ids = run_ids
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `BulkCancelRunsRequest` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("run_ids", _MISSING)
        if value.__class__ is not list:
            value = _t.as_list(value, "run_ids")
        _t.check_items(value, str, "run_ids")
        obj.run_ids = value
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
        data["run_ids"] = self.run_ids
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "run_ids",
    }
)


__all__ = ["BulkCancelRunsRequest"]
