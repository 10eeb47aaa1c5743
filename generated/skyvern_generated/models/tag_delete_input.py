from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model

_new = object.__new__


class TagDeleteInput(Model):
    """One tag to soft-delete: a grouped tag by its ``key``, or a standalone label
    by its ``value`` (omit the key).
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "key",
        "value",
    )
    _fields = (
        "key",
        "value",
    )

    key: str | None
    """ Group (key) to delete. Use for grouped tags. """
    value: str | None
    """ Label (value) to delete. Use for standalone labels. """

    def __init__(
        self,
        *,
        key: str | None = None,
        value: str | None = None,
    ) -> None:
        self.key = key
        self.value = value
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `TagDeleteInput` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("key")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "key")
        obj.key = value
        value = get("value")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "value")
        obj.value = value
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
        value = self.key
        if value is not None:
            data["key"] = value
        value = self.value
        if value is not None:
            data["value"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "key",
        "value",
    }
)


__all__ = ["TagDeleteInput"]
