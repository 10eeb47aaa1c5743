from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class OrganizationScheduleListResponse(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("page", "page_size", "schedules", "total_count")
    _fields = (
        "schedules",
        "total_count",
        "page",
        "page_size",
    )

    schedules: list[OrganizationScheduleItem]
    total_count: int
    page: int
    page_size: int

    def __init__(
        self,
        *,
        schedules: list[OrganizationScheduleItem],
        total_count: int,
        page: int,
        page_size: int,
    ) -> None:
        self.schedules = schedules
        self.total_count = total_count
        self.page = page
        self.page_size = page_size
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `OrganizationScheduleListResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("schedules", _MISSING)
        if value.__class__ is not list:
            value = _t.as_list(value, "schedules")
        try:
            value = [OrganizationScheduleItem.from_dict(item) for item in value]
        except _ShapeError:
            raise _t.locate(
                value, OrganizationScheduleItem.from_dict, "schedules"
            ) from None
        obj.schedules = value
        value = get("total_count", _MISSING)
        if value.__class__ is not int:
            value = _t.as_int(value, "total_count")
        obj.total_count = value
        value = get("page", _MISSING)
        if value.__class__ is not int:
            value = _t.as_int(value, "page")
        obj.page = value
        value = get("page_size", _MISSING)
        if value.__class__ is not int:
            value = _t.as_int(value, "page_size")
        obj.page_size = value
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
        data["schedules"] = [item.to_dict() for item in self.schedules]
        data["total_count"] = self.total_count
        data["page"] = self.page
        data["page_size"] = self.page_size
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "schedules",
        "total_count",
        "page",
        "page_size",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .organization_schedule_item import OrganizationScheduleItem

__all__ = ["OrganizationScheduleListResponse"]
