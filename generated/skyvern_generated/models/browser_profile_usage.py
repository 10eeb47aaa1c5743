from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class BrowserProfileUsage(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("credentials", "recent_seeded_run_count", "workflows")
    _fields = (
        "workflows",
        "credentials",
        "recent_seeded_run_count",
    )

    workflows: list[BrowserProfileUsageWorkflow] | None
    credentials: list[BrowserProfileUsageCredential] | None
    recent_seeded_run_count: int | None

    def __init__(
        self,
        *,
        workflows: list[BrowserProfileUsageWorkflow] | None = None,
        credentials: list[BrowserProfileUsageCredential] | None = None,
        recent_seeded_run_count: int | None = None,
    ) -> None:
        self.workflows = workflows
        self.credentials = credentials
        self.recent_seeded_run_count = recent_seeded_run_count
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `BrowserProfileUsage` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("workflows")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "workflows")
            try:
                value = [BrowserProfileUsageWorkflow.from_dict(item) for item in value]
            except _ShapeError:
                raise _t.locate(
                    value, BrowserProfileUsageWorkflow.from_dict, "workflows"
                ) from None
        obj.workflows = value
        value = get("credentials")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "credentials")
            try:
                value = [
                    BrowserProfileUsageCredential.from_dict(item) for item in value
                ]
            except _ShapeError:
                raise _t.locate(
                    value, BrowserProfileUsageCredential.from_dict, "credentials"
                ) from None
        obj.credentials = value
        value = get("recent_seeded_run_count")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "recent_seeded_run_count")
        obj.recent_seeded_run_count = value
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
        value = self.workflows
        if value is not None:
            data["workflows"] = [item.to_dict() for item in value]
        value = self.credentials
        if value is not None:
            data["credentials"] = [item.to_dict() for item in value]
        value = self.recent_seeded_run_count
        if value is not None:
            data["recent_seeded_run_count"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "workflows",
        "credentials",
        "recent_seeded_run_count",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .browser_profile_usage_credential import BrowserProfileUsageCredential
from .browser_profile_usage_workflow import BrowserProfileUsageWorkflow

__all__ = ["BrowserProfileUsage"]
