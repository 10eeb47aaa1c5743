from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class RunTagSuggestionsResponse(Model):
    """Response for ``GET /v1/run-tag-suggestions``: distinct (key, value) pairs
    ever set on a run for the org, sourced from the event log rather than the
    tag-key/tag-value registry so reserved ``skyvern.*`` system keys (never
    registered) reach the pickers too.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("keys", "labels", "values_by_key")
    _fields = (
        "keys",
        "values_by_key",
        "labels",
    )

    keys: list[str] | None
    """ Distinct grouped tag keys seen on runs. """
    values_by_key: dict[str, list[str]] | None
    """ Values seen for each grouped key. """
    labels: list[str] | None
    """ Distinct standalone (keyless) labels seen on runs. """

    def __init__(
        self,
        *,
        keys: list[str] | None = None,
        values_by_key: dict[str, list[str]] | None = None,
        labels: list[str] | None = None,
    ) -> None:
        self.keys = keys
        self.values_by_key = values_by_key
        self.labels = labels
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `RunTagSuggestionsResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("keys")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "keys")
            _t.check_items(value, str, "keys")
        obj.keys = value
        value = get("values_by_key")
        if value is not None:
            if value.__class__ is not dict:
                value = _t.as_object(value, "values_by_key")
            try:
                value = {
                    name: _p_values_by_key_item(entry) for name, entry in value.items()
                }
            except _ShapeError:
                raise _t.locate_value(
                    value, _p_values_by_key_item, "values_by_key"
                ) from None
        obj.values_by_key = value
        value = get("labels")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "labels")
            _t.check_items(value, str, "labels")
        obj.labels = value
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
        value = self.keys
        if value is not None:
            data["keys"] = value
        value = self.values_by_key
        if value is not None:
            data["values_by_key"] = {name: entry for name, entry in value.items()}
        value = self.labels
        if value is not None:
            data["labels"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "keys",
        "values_by_key",
        "labels",
    }
)


def _p_values_by_key_item(item: Any) -> list[str]:
    if item.__class__ is not list:
        item = _t.as_list(item, "")
    _t.check_items(item, str, "")
    return item  # type: ignore[no-any-return,unused-ignore]


__all__ = ["RunTagSuggestionsResponse"]
