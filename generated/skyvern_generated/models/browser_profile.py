from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proxy_location import ProxyLocation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_target import GeoTarget


T = TypeVar("T", bound="BrowserProfile")


@_attrs_define
class BrowserProfile:
    browser_profile_id: str
    organization_id: str
    name: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    description: None | str | Unset = UNSET
    source_browser_type: None | str | Unset = UNSET
    proxy_location: Any | GeoTarget | None | ProxyLocation | Unset = UNSET
    proxy_session_id: None | str | Unset = UNSET
    is_managed: bool | Unset = False
    workflow_permanent_id: None | str | Unset = UNSET
    browser_profile_key_digest: None | str | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    last_verified_login_at: datetime.datetime | None | Unset = UNSET
    linked_credential_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.geo_target import GeoTarget

        browser_profile_id = self.browser_profile_id

        organization_id = self.organization_id

        name = self.name

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        source_browser_type: None | str | Unset
        if isinstance(self.source_browser_type, Unset):
            source_browser_type = UNSET
        else:
            source_browser_type = self.source_browser_type

        proxy_location: Any | dict[str, Any] | None | str | Unset
        if isinstance(self.proxy_location, Unset):
            proxy_location = UNSET
        elif isinstance(self.proxy_location, ProxyLocation):
            proxy_location = self.proxy_location.value
        elif isinstance(self.proxy_location, GeoTarget):
            proxy_location = self.proxy_location.to_dict()
        else:
            proxy_location = self.proxy_location

        proxy_session_id: None | str | Unset
        if isinstance(self.proxy_session_id, Unset):
            proxy_session_id = UNSET
        else:
            proxy_session_id = self.proxy_session_id

        is_managed = self.is_managed

        workflow_permanent_id: None | str | Unset
        if isinstance(self.workflow_permanent_id, Unset):
            workflow_permanent_id = UNSET
        else:
            workflow_permanent_id = self.workflow_permanent_id

        browser_profile_key_digest: None | str | Unset
        if isinstance(self.browser_profile_key_digest, Unset):
            browser_profile_key_digest = UNSET
        else:
            browser_profile_key_digest = self.browser_profile_key_digest

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        last_verified_login_at: None | str | Unset
        if isinstance(self.last_verified_login_at, Unset):
            last_verified_login_at = UNSET
        elif isinstance(self.last_verified_login_at, datetime.datetime):
            last_verified_login_at = self.last_verified_login_at.isoformat()
        else:
            last_verified_login_at = self.last_verified_login_at

        linked_credential_name: None | str | Unset
        if isinstance(self.linked_credential_name, Unset):
            linked_credential_name = UNSET
        else:
            linked_credential_name = self.linked_credential_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "browser_profile_id": browser_profile_id,
                "organization_id": organization_id,
                "name": name,
                "created_at": created_at,
                "modified_at": modified_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if source_browser_type is not UNSET:
            field_dict["source_browser_type"] = source_browser_type
        if proxy_location is not UNSET:
            field_dict["proxy_location"] = proxy_location
        if proxy_session_id is not UNSET:
            field_dict["proxy_session_id"] = proxy_session_id
        if is_managed is not UNSET:
            field_dict["is_managed"] = is_managed
        if workflow_permanent_id is not UNSET:
            field_dict["workflow_permanent_id"] = workflow_permanent_id
        if browser_profile_key_digest is not UNSET:
            field_dict["browser_profile_key_digest"] = browser_profile_key_digest
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if last_verified_login_at is not UNSET:
            field_dict["last_verified_login_at"] = last_verified_login_at
        if linked_credential_name is not UNSET:
            field_dict["linked_credential_name"] = linked_credential_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.geo_target import GeoTarget

        d = dict(src_dict)
        browser_profile_id = d.pop("browser_profile_id")

        organization_id = d.pop("organization_id")

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_source_browser_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_browser_type = _parse_source_browser_type(
            d.pop("source_browser_type", UNSET)
        )

        def _parse_proxy_location(
            data: object,
        ) -> Any | GeoTarget | None | ProxyLocation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proxy_location_type_0 = ProxyLocation(data)

                return proxy_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                proxy_location_type_1 = GeoTarget.from_dict(data)

                return proxy_location_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | GeoTarget | None | ProxyLocation | Unset, data)

        proxy_location = _parse_proxy_location(d.pop("proxy_location", UNSET))

        def _parse_proxy_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        proxy_session_id = _parse_proxy_session_id(d.pop("proxy_session_id", UNSET))

        is_managed = d.pop("is_managed", UNSET)

        def _parse_workflow_permanent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_permanent_id = _parse_workflow_permanent_id(
            d.pop("workflow_permanent_id", UNSET)
        )

        def _parse_browser_profile_key_digest(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_profile_key_digest = _parse_browser_profile_key_digest(
            d.pop("browser_profile_key_digest", UNSET)
        )

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_last_verified_login_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_verified_login_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_verified_login_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_verified_login_at = _parse_last_verified_login_at(
            d.pop("last_verified_login_at", UNSET)
        )

        def _parse_linked_credential_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linked_credential_name = _parse_linked_credential_name(
            d.pop("linked_credential_name", UNSET)
        )

        browser_profile = cls(
            browser_profile_id=browser_profile_id,
            organization_id=organization_id,
            name=name,
            created_at=created_at,
            modified_at=modified_at,
            description=description,
            source_browser_type=source_browser_type,
            proxy_location=proxy_location,
            proxy_session_id=proxy_session_id,
            is_managed=is_managed,
            workflow_permanent_id=workflow_permanent_id,
            browser_profile_key_digest=browser_profile_key_digest,
            deleted_at=deleted_at,
            last_verified_login_at=last_verified_login_at,
            linked_credential_name=linked_credential_name,
        )

        browser_profile.additional_properties = d
        return browser_profile

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
