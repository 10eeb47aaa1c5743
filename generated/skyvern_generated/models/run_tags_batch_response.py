from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class RunTagsBatchResponse(Model):
    """Response for the run-tags batch endpoint.

    Runs with no tags are present with an empty list so the frontend can
    distinguish "fetched, none set" from "not fetched" without a second call.
    Runs outside the caller's org are silently absent (no leakage).
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("run_tags",)
    _fields = ("run_tags",)

    run_tags: dict[str, list[TagItem]]

    def __init__(
        self,
        *,
        run_tags: dict[str, list[TagItem]],
    ) -> None:
        self.run_tags = run_tags
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `RunTagsBatchResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("run_tags", _MISSING)
        if value.__class__ is not dict:
            value = _t.as_object(value, "run_tags")
        try:
            value = {name: _p_run_tags_item(entry) for name, entry in value.items()}
        except _ShapeError:
            raise _t.locate_value(value, _p_run_tags_item, "run_tags") from None
        obj.run_tags = value
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
        data["run_tags"] = {
            name: [item.to_dict() for item in entry]
            for name, entry in self.run_tags.items()
        }
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "run_tags",
    }
)


def _p_run_tags_item(item: Any) -> list[TagItem]:
    if item.__class__ is not list:
        item = _t.as_list(item, "")
    try:
        item = [TagItem.from_dict(item) for item in item]
    except _ShapeError:
        raise _t.locate(item, TagItem.from_dict, "") from None
    return item  # type: ignore[no-any-return,unused-ignore]


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .tag_item import TagItem

__all__ = ["RunTagsBatchResponse"]
