from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class TagApplyRequest(Model):
    """Body for ``POST /v1/workflows/{wpid}/tags``. Either field may be empty (both
    empty is a no-op). On a same-identity collision, set wins over delete.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("colors", "tags", "tags_to_delete")
    _fields = (
        "tags",
        "tags_to_delete",
        "colors",
    )

    tags: list[TagInput] | None
    """ Tags to set (overwrite). List of {key?, value} objects. """
    tags_to_delete: list[TagDeleteInput] | None
    """ Tags to soft-delete. List of {key?, value?} targets. """
    colors: StringMap | None
    """ Optional map of grouped tag key to palette color name for the value being set. Keys absent from this map
    keep their existing color or receive a random palette color. """

    def __init__(
        self,
        *,
        tags: list[TagInput] | None = None,
        tags_to_delete: list[TagDeleteInput] | None = None,
        colors: StringMap | None = None,
    ) -> None:
        self.tags = tags
        self.tags_to_delete = tags_to_delete
        self.colors = colors
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `TagApplyRequest` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("tags")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "tags")
            try:
                value = [TagInput.from_dict(item) for item in value]
            except _ShapeError:
                raise _t.locate(value, TagInput.from_dict, "tags") from None
        obj.tags = value
        value = get("tags_to_delete")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "tags_to_delete")
            try:
                value = [TagDeleteInput.from_dict(item) for item in value]
            except _ShapeError:
                raise _t.locate(
                    value, TagDeleteInput.from_dict, "tags_to_delete"
                ) from None
        obj.tags_to_delete = value
        value = get("colors")
        if value is not None:
            value = _t.as_string_map(value, "colors")
        obj.colors = value
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
        value = self.tags
        if value is not None:
            data["tags"] = [item.to_dict() for item in value]
        value = self.tags_to_delete
        if value is not None:
            data["tags_to_delete"] = [item.to_dict() for item in value]
        value = self.colors
        if value is not None:
            data["colors"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "tags",
        "tags_to_delete",
        "colors",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .string_map import StringMap
from .tag_delete_input import TagDeleteInput
from .tag_input import TagInput

__all__ = ["TagApplyRequest"]
