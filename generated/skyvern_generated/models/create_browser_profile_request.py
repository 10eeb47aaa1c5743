from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proxy_location import ProxyLocation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_target import GeoTarget


T = TypeVar("T", bound="CreateBrowserProfileRequest")


@_attrs_define
class CreateBrowserProfileRequest:
    name: str
    """ Name for the browser profile """
    description: None | str | Unset = UNSET
    """ Optional profile description """
    browser_session_id: None | str | Unset = UNSET
    """ Persistent browser session to convert into a profile. Omit for a blank profile. """
    workflow_run_id: None | str | Unset = UNSET
    """ Workflow run whose persisted session should be captured. Omit for a blank profile. """
    proxy_location: Any | GeoTarget | None | ProxyLocation | Unset = UNSET
    """ Optional proxy location for this profile's pinned proxy identity. """
    proxy_session_id: None | str | Unset = UNSET
    """ Explicit sticky-session id for this profile's pinned proxy identity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.geo_target import GeoTarget

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        browser_session_id: None | str | Unset
        if isinstance(self.browser_session_id, Unset):
            browser_session_id = UNSET
        else:
            browser_session_id = self.browser_session_id

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        else:
            workflow_run_id = self.workflow_run_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if browser_session_id is not UNSET:
            field_dict["browser_session_id"] = browser_session_id
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if proxy_location is not UNSET:
            field_dict["proxy_location"] = proxy_location
        if proxy_session_id is not UNSET:
            field_dict["proxy_session_id"] = proxy_session_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.geo_target import GeoTarget

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_browser_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_session_id = _parse_browser_session_id(
            d.pop("browser_session_id", UNSET)
        )

        def _parse_workflow_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_run_id = _parse_workflow_run_id(d.pop("workflow_run_id", UNSET))

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

        create_browser_profile_request = cls(
            name=name,
            description=description,
            browser_session_id=browser_session_id,
            workflow_run_id=workflow_run_id,
            proxy_location=proxy_location,
            proxy_session_id=proxy_session_id,
        )

        create_browser_profile_request.additional_properties = d
        return create_browser_profile_request

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
