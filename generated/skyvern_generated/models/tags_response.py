from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class TagsResponse(Model):
    """Current tags for a workflow. A list (not a key-map) so standalone labels,
    which have no key, are representable.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("tags", "workflow_permanent_id")
    _fields = (
        "workflow_permanent_id",
        "tags",
    )

    workflow_permanent_id: str
    tags: list[TagResponse]

    def __init__(
        self,
        *,
        workflow_permanent_id: str,
        tags: list[TagResponse],
    ) -> None:
        self.workflow_permanent_id = workflow_permanent_id
        self.tags = tags
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `TagsResponse` from its JSON, as `json.loads` gives it.

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
        value = get("tags", _MISSING)
        if value.__class__ is not list:
            value = _t.as_list(value, "tags")
        try:
            value = [TagResponse.from_dict(item) for item in value]
        except _ShapeError:
            raise _t.locate(value, TagResponse.from_dict, "tags") from None
        obj.tags = value
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
        data["tags"] = [item.to_dict() for item in self.tags]
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "workflow_permanent_id",
        "tags",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .tag_response import TagResponse

__all__ = ["TagsResponse"]
