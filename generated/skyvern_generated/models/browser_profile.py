from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__
_datetime = datetime.datetime.fromisoformat


class BrowserProfile(Model):
    """Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "browser_profile_id",
        "browser_profile_key_digest",
        "created_at",
        "deleted_at",
        "description",
        "is_managed",
        "last_verified_login_at",
        "linked_credential_name",
        "modified_at",
        "name",
        "organization_id",
        "proxy_location",
        "proxy_session_id",
        "source_browser_type",
        "workflow_permanent_id",
    )
    _fields = (
        "browser_profile_id",
        "organization_id",
        "name",
        "description",
        "source_browser_type",
        "proxy_location",
        "proxy_session_id",
        "is_managed",
        "workflow_permanent_id",
        "browser_profile_key_digest",
        "created_at",
        "modified_at",
        "deleted_at",
        "last_verified_login_at",
        "linked_credential_name",
    )

    browser_profile_id: str
    organization_id: str
    name: str
    description: str | None
    source_browser_type: str | None
    proxy_location: ProxyLocation | GeoTarget | JsonObject | None
    proxy_session_id: str | None
    is_managed: bool | None
    workflow_permanent_id: str | None
    browser_profile_key_digest: str | None
    created_at: datetime.datetime
    modified_at: datetime.datetime
    deleted_at: datetime.datetime | None
    last_verified_login_at: datetime.datetime | None
    linked_credential_name: str | None

    def __init__(
        self,
        *,
        browser_profile_id: str,
        organization_id: str,
        name: str,
        description: str | None = None,
        source_browser_type: str | None = None,
        proxy_location: ProxyLocation | GeoTarget | JsonObject | None = None,
        proxy_session_id: str | None = None,
        is_managed: bool | None = None,
        workflow_permanent_id: str | None = None,
        browser_profile_key_digest: str | None = None,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
        deleted_at: datetime.datetime | None = None,
        last_verified_login_at: datetime.datetime | None = None,
        linked_credential_name: str | None = None,
    ) -> None:
        self.browser_profile_id = browser_profile_id
        self.organization_id = organization_id
        self.name = name
        self.description = description
        self.source_browser_type = source_browser_type
        self.proxy_location = proxy_location
        self.proxy_session_id = proxy_session_id
        self.is_managed = is_managed
        self.workflow_permanent_id = workflow_permanent_id
        self.browser_profile_key_digest = browser_profile_key_digest
        self.created_at = created_at
        self.modified_at = modified_at
        self.deleted_at = deleted_at
        self.last_verified_login_at = last_verified_login_at
        self.linked_credential_name = linked_credential_name
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `BrowserProfile` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("browser_profile_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "browser_profile_id")
        obj.browser_profile_id = value
        value = get("organization_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "organization_id")
        obj.organization_id = value
        value = get("name", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "name")
        obj.name = value
        value = get("description")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "description")
        obj.description = value
        value = get("source_browser_type")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "source_browser_type")
        obj.source_browser_type = value
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
        value = get("is_managed")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "is_managed")
        obj.is_managed = value
        value = get("workflow_permanent_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "workflow_permanent_id")
        obj.workflow_permanent_id = value
        value = get("browser_profile_key_digest")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_profile_key_digest")
        obj.browser_profile_key_digest = value
        value = get("created_at", _MISSING)
        try:
            value = _datetime(value)
        except (TypeError, ValueError):
            value = _t.as_datetime(value, "created_at")
        obj.created_at = value
        value = get("modified_at", _MISSING)
        try:
            value = _datetime(value)
        except (TypeError, ValueError):
            value = _t.as_datetime(value, "modified_at")
        obj.modified_at = value
        value = get("deleted_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "deleted_at")
        obj.deleted_at = value
        value = get("last_verified_login_at")
        if value is not None:
            try:
                value = _datetime(value)
            except (TypeError, ValueError):
                value = _t.as_datetime(value, "last_verified_login_at")
        obj.last_verified_login_at = value
        value = get("linked_credential_name")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "linked_credential_name")
        obj.linked_credential_name = value
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
        data["browser_profile_id"] = self.browser_profile_id
        data["organization_id"] = self.organization_id
        data["name"] = self.name
        value = self.description
        if value is not None:
            data["description"] = value
        value = self.source_browser_type
        if value is not None:
            data["source_browser_type"] = value
        value = self.proxy_location
        if value is not None:
            data["proxy_location"] = _p_proxy_location_json(value)
        value = self.proxy_session_id
        if value is not None:
            data["proxy_session_id"] = value
        value = self.is_managed
        if value is not None:
            data["is_managed"] = value
        value = self.workflow_permanent_id
        if value is not None:
            data["workflow_permanent_id"] = value
        value = self.browser_profile_key_digest
        if value is not None:
            data["browser_profile_key_digest"] = value
        data["created_at"] = self.created_at.isoformat()
        data["modified_at"] = self.modified_at.isoformat()
        value = self.deleted_at
        if value is not None:
            data["deleted_at"] = value.isoformat()
        value = self.last_verified_login_at
        if value is not None:
            data["last_verified_login_at"] = value.isoformat()
        value = self.linked_credential_name
        if value is not None:
            data["linked_credential_name"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "browser_profile_id",
        "organization_id",
        "name",
        "description",
        "source_browser_type",
        "proxy_location",
        "proxy_session_id",
        "is_managed",
        "workflow_permanent_id",
        "browser_profile_key_digest",
        "created_at",
        "modified_at",
        "deleted_at",
        "last_verified_login_at",
        "linked_credential_name",
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


__all__ = ["BrowserProfile"]
