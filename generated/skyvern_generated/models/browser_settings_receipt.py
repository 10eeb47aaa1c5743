from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class BrowserSettingsReceipt(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "actual_timezone_id",
        "requested_timezone_id",
        "source",
        "status",
        "warning",
    )
    _fields = (
        "requested_timezone_id",
        "actual_timezone_id",
        "source",
        "status",
        "warning",
    )

    requested_timezone_id: str
    """ The timezone that was requested. """
    actual_timezone_id: str | None
    """ The timezone the browser reported when measured, or null when it could not be measured. """
    source: BrowserSettingsSource
    """ Where the requested setting came from. """
    status: BrowserSettingsStatus
    """ `verified` when the browser reported the requested timezone or an IANA alias of it (Chromium reports
    `Asia/Calcutta` for `Asia/Kolkata`), `mismatch` when it reported another zone, `unapplied` when the browser
    already existed and was left unchanged, `unknown` when it could not be measured. """
    warning: str | None

    def __init__(
        self,
        *,
        requested_timezone_id: str,
        actual_timezone_id: str | None = None,
        source: BrowserSettingsSource,
        status: BrowserSettingsStatus,
        warning: str | None = None,
    ) -> None:
        self.requested_timezone_id = requested_timezone_id
        self.actual_timezone_id = actual_timezone_id
        self.source = source
        self.status = status
        self.warning = warning
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `BrowserSettingsReceipt` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("requested_timezone_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "requested_timezone_id")
        obj.requested_timezone_id = value
        value = get("actual_timezone_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "actual_timezone_id")
        obj.actual_timezone_id = value
        value = get("source", _MISSING)
        try:
            value = _members_BrowserSettingsSource[value]
        except (KeyError, TypeError):
            value = _t.as_enum(BrowserSettingsSource, value, "source")
        obj.source = value
        value = get("status", _MISSING)
        try:
            value = _members_BrowserSettingsStatus[value]
        except (KeyError, TypeError):
            value = _t.as_enum(BrowserSettingsStatus, value, "status")
        obj.status = value
        value = get("warning")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "warning")
        obj.warning = value
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
        data["requested_timezone_id"] = self.requested_timezone_id
        value = self.actual_timezone_id
        if value is not None:
            data["actual_timezone_id"] = value
        data["source"] = _t.wire(self.source)
        data["status"] = _t.wire(self.status)
        value = self.warning
        if value is not None:
            data["warning"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "requested_timezone_id",
        "actual_timezone_id",
        "source",
        "status",
        "warning",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .browser_settings_source import BrowserSettingsSource
from .browser_settings_status import BrowserSettingsStatus

_members_BrowserSettingsSource: dict[Any, Any] = (
    BrowserSettingsSource._value2member_map_
)
_members_BrowserSettingsStatus: dict[Any, Any] = (
    BrowserSettingsStatus._value2member_map_
)


__all__ = ["BrowserSettingsReceipt"]
