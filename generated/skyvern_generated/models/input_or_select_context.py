from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model

_new = object.__new__


class InputOrSelectContext(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "date_format",
        "field",
        "intention",
        "is_date_related",
        "is_location_input",
        "is_required",
        "is_search_bar",
        "is_text_captcha",
    )
    _fields = (
        "intention",
        "field",
        "is_required",
        "is_search_bar",
        "is_location_input",
        "is_date_related",
        "date_format",
        "is_text_captcha",
    )

    intention: str | None
    field: str | None
    is_required: bool | None
    is_search_bar: bool | None
    is_location_input: bool | None
    is_date_related: bool | None
    date_format: str | None
    is_text_captcha: bool | None

    def __init__(
        self,
        *,
        intention: str | None = None,
        field: str | None = None,
        is_required: bool | None = None,
        is_search_bar: bool | None = None,
        is_location_input: bool | None = None,
        is_date_related: bool | None = None,
        date_format: str | None = None,
        is_text_captcha: bool | None = None,
    ) -> None:
        self.intention = intention
        self.field = field
        self.is_required = is_required
        self.is_search_bar = is_search_bar
        self.is_location_input = is_location_input
        self.is_date_related = is_date_related
        self.date_format = date_format
        self.is_text_captcha = is_text_captcha
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `InputOrSelectContext` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("intention")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "intention")
        obj.intention = value
        value = get("field")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "field")
        obj.field = value
        value = get("is_required")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "is_required")
        obj.is_required = value
        value = get("is_search_bar")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "is_search_bar")
        obj.is_search_bar = value
        value = get("is_location_input")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "is_location_input")
        obj.is_location_input = value
        value = get("is_date_related")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "is_date_related")
        obj.is_date_related = value
        value = get("date_format")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "date_format")
        obj.date_format = value
        value = get("is_text_captcha")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "is_text_captcha")
        obj.is_text_captcha = value
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
        value = self.intention
        if value is not None:
            data["intention"] = value
        value = self.field
        if value is not None:
            data["field"] = value
        value = self.is_required
        if value is not None:
            data["is_required"] = value
        value = self.is_search_bar
        if value is not None:
            data["is_search_bar"] = value
        value = self.is_location_input
        if value is not None:
            data["is_location_input"] = value
        value = self.is_date_related
        if value is not None:
            data["is_date_related"] = value
        value = self.date_format
        if value is not None:
            data["date_format"] = value
        value = self.is_text_captcha
        if value is not None:
            data["is_text_captcha"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "intention",
        "field",
        "is_required",
        "is_search_bar",
        "is_location_input",
        "is_date_related",
        "date_format",
        "is_text_captcha",
    }
)


__all__ = ["InputOrSelectContext"]
