from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class BranchConditionYAML(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("criteria", "description", "is_default", "next_block_label")
    _fields = (
        "criteria",
        "next_block_label",
        "description",
        "is_default",
    )

    criteria: BranchCriteriaYAML | None
    next_block_label: str | None
    description: str | None
    is_default: bool | None

    def __init__(
        self,
        *,
        criteria: BranchCriteriaYAML | None = None,
        next_block_label: str | None = None,
        description: str | None = None,
        is_default: bool | None = None,
    ) -> None:
        self.criteria = criteria
        self.next_block_label = next_block_label
        self.description = description
        self.is_default = is_default
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `BranchConditionYAML` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("criteria")
        if value is not None:
            try:
                value = BranchCriteriaYAML.from_dict(value)
            except _ShapeError as error:
                raise error.within("criteria") from None
        obj.criteria = value
        value = get("next_block_label")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "next_block_label")
        obj.next_block_label = value
        value = get("description")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "description")
        obj.description = value
        value = get("is_default")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "is_default")
        obj.is_default = value
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
        value = self.criteria
        if value is not None:
            data["criteria"] = value.to_dict()
        value = self.next_block_label
        if value is not None:
            data["next_block_label"] = value
        value = self.description
        if value is not None:
            data["description"] = value
        value = self.is_default
        if value is not None:
            data["is_default"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "criteria",
        "next_block_label",
        "description",
        "is_default",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .branch_criteria_yaml import BranchCriteriaYAML

__all__ = ["BranchConditionYAML"]
