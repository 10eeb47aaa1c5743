from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class HTTPValidationError(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("detail",)
    _fields = ("detail",)

    detail: list[ValidationError] | None

    def __init__(
        self,
        *,
        detail: list[ValidationError] | None = None,
    ) -> None:
        self.detail = detail
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `HTTPValidationError` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("detail")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "detail")
            try:
                value = [ValidationError.from_dict(item) for item in value]
            except _ShapeError:
                raise _t.locate(value, ValidationError.from_dict, "detail") from None
        obj.detail = value
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
        value = self.detail
        if value is not None:
            data["detail"] = [item.to_dict() for item in value]
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "detail",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .validation_error import ValidationError

__all__ = ["HTTPValidationError"]
