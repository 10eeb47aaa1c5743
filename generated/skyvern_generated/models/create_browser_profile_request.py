from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class CreateBrowserProfileRequest(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "browser_session_id",
        "description",
        "name",
        "proxy_location",
        "proxy_session_id",
        "workflow_run_id",
    )
    _fields = (
        "name",
        "description",
        "browser_session_id",
        "workflow_run_id",
        "proxy_location",
        "proxy_session_id",
    )

    name: str
    """ Name for the browser profile """
    description: str | None
    """ Optional profile description """
    browser_session_id: str | None
    """ Persistent browser session to convert into a profile. Omit for a blank profile. """
    workflow_run_id: str | None
    """ Workflow run whose persisted session should be captured. Omit for a blank profile. """
    proxy_location: ProxyLocation | GeoTarget | JsonObject | None
    """ Optional proxy location for this profile's pinned proxy identity. """
    proxy_session_id: str | None
    """ Explicit sticky-session id for this profile's pinned proxy identity. """

    def __init__(
        self,
        *,
        name: str,
        description: str | None = None,
        browser_session_id: str | None = None,
        workflow_run_id: str | None = None,
        proxy_location: ProxyLocation | GeoTarget | JsonObject | None = None,
        proxy_session_id: str | None = None,
    ) -> None:
        self.name = name
        self.description = description
        self.browser_session_id = browser_session_id
        self.workflow_run_id = workflow_run_id
        self.proxy_location = proxy_location
        self.proxy_session_id = proxy_session_id
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `CreateBrowserProfileRequest` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("name", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "name")
        obj.name = value
        value = get("description")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "description")
        obj.description = value
        value = get("browser_session_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_session_id")
        obj.browser_session_id = value
        value = get("workflow_run_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_run_id")
        obj.workflow_run_id = value
        value = get("proxy_location")
        if value is not None:
            try:
                value = _p_proxy_location(value)
            except _ShapeError as error:
                raise error.within("proxy_location") from None
        obj.proxy_location = value
        value = get("proxy_session_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "proxy_session_id")
        obj.proxy_session_id = value
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
        data["name"] = self.name
        value = self.description
        if value is not None:
            data["description"] = value
        value = self.browser_session_id
        if value is not None:
            data["browser_session_id"] = value
        value = self.workflow_run_id
        if value is not None:
            data["workflow_run_id"] = value
        value = self.proxy_location
        if value is not None:
            data["proxy_location"] = _p_proxy_location_json(value)
        value = self.proxy_session_id
        if value is not None:
            data["proxy_session_id"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "description",
        "browser_session_id",
        "workflow_run_id",
        "proxy_location",
        "proxy_session_id",
    }
)


def _p_proxy_location(data: Any) -> ProxyLocation | GeoTarget | JsonObject:
    if isinstance(data, str):
        try:
            try:
                data = _members_ProxyLocation[data]
            except (KeyError, TypeError):
                data = _t.as_enum(ProxyLocation, data, "")
            return data  # type: ignore[no-any-return,unused-ignore]
        except _ShapeError:
            pass
    if data.__class__ is dict:
        try:
            return GeoTarget.from_dict(data)
        except _ShapeError:
            pass
    if data.__class__ is dict:
        return data  # type: ignore[no-any-return,unused-ignore]
    raise _t.invalid(data, "a string or an object", "")


def _p_proxy_location_json(value: Any) -> Any:
    if isinstance(value, ProxyLocation):
        return value.value
    if isinstance(value, GeoTarget):
        return value.to_dict()
    return value


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .geo_target import GeoTarget
from .json_object import JsonObject
from .proxy_location import ProxyLocation

_members_ProxyLocation: dict[Any, Any] = ProxyLocation._value2member_map_


__all__ = ["CreateBrowserProfileRequest"]
