from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class BranchCondition(Model):
    """Represents a single conditional branch edge within a ConditionalBlock.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("criteria", "description", "id", "is_default", "next_block_label")
    _fields = (
        "id",
        "criteria",
        "next_block_label",
        "description",
        "is_default",
    )

    id: str | None
    criteria: (
        JinjaBranchCriteria | PromptBranchCriteria | UnrecognizedBranchCriteria | None
    )
    next_block_label: str | None
    description: str | None
    is_default: bool | None

    def __init__(
        self,
        *,
        id: str | None = None,
        criteria: JinjaBranchCriteria
        | PromptBranchCriteria
        | UnrecognizedBranchCriteria
        | None = None,
        next_block_label: str | None = None,
        description: str | None = None,
        is_default: bool | None = None,
    ) -> None:
        self.id = id
        self.criteria = criteria
        self.next_block_label = next_block_label
        self.description = description
        self.is_default = is_default
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `BranchCondition` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "id")
        obj.id = value
        value = get("criteria")
        if value is not None:
            try:
                value = _p_criteria(value)
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
        value = self.id
        if value is not None:
            data["id"] = value
        value = self.criteria
        if value is not None:
            data["criteria"] = _p_criteria_json(value)
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
        "id",
        "criteria",
        "next_block_label",
        "description",
        "is_default",
    }
)


def _p_criteria(
    data: Any,
) -> JinjaBranchCriteria | PromptBranchCriteria | UnrecognizedBranchCriteria:
    if data.__class__ is dict:
        tag = data.get("criteria_type")
        # a tag that is not a string (a list is not even hashable) names no member: the members' checks say why
        model = _p_criteria_tags.get(tag) if tag.__class__ is str else None
        if model is not None:
            return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
        if "criteria_type" in data:
            return UnrecognizedBranchCriteria.from_dict(data)
        # no tag (the schema lets a member leave it out, defaulted): the first member it fits
        for model in _p_criteria_members:
            try:
                return model.from_dict(data)  # type: ignore[no-any-return,unused-ignore]
            except _ShapeError:
                pass
        return UnrecognizedBranchCriteria.from_dict(data)
    raise _t.invalid(data, "an object", "")


def _p_criteria_json(value: Any) -> Any:
    if isinstance(value, JinjaBranchCriteria):
        return value.to_dict()
    if isinstance(value, PromptBranchCriteria):
        return value.to_dict()
    if isinstance(value, UnrecognizedBranchCriteria):
        return value.to_dict()
    return value


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .jinja_branch_criteria import JinjaBranchCriteria
from .prompt_branch_criteria import PromptBranchCriteria
from .unrecognized_branch_criteria import UnrecognizedBranchCriteria

_p_criteria_tags: dict[Any, Any] = {
    "jinja2_template": JinjaBranchCriteria,
    "prompt": PromptBranchCriteria,
}
_p_criteria_members: tuple[Any, ...] = (
    JinjaBranchCriteria,
    PromptBranchCriteria,
)


__all__ = ["BranchCondition"]
