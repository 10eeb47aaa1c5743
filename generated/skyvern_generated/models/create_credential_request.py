from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credential_vault_type import CredentialVaultType
from ..models.proxy_location import ProxyLocation
from ..models.stored_credential_type import StoredCredentialType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_target import GeoTarget
    from ..models.non_empty_credit_card_credential import NonEmptyCreditCardCredential
    from ..models.non_empty_password_credential import NonEmptyPasswordCredential
    from ..models.secret_credential import SecretCredential


T = TypeVar("T", bound="CreateCredentialRequest")


@_attrs_define
class CreateCredentialRequest:
    """Request model for creating a new credential."""

    name: str
    """ Name of the credential """
    credential_type: StoredCredentialType
    """ Type of credential stored in the system. """
    credential: (
        NonEmptyCreditCardCredential | NonEmptyPasswordCredential | SecretCredential
    )
    """ The credential data to store """
    vault_type: CredentialVaultType | None | Unset = UNSET
    """ Which vault to store this credential in. If omitted, uses the instance default. Use this to mix Skyvern-
    hosted and custom credentials within the same organization. """
    proxy_location: Any | GeoTarget | None | ProxyLocation | Unset = UNSET
    """ Optional proxy location for this credential's pinned proxy identity. """
    proxy_session_id: None | str | Unset = UNSET
    """ Optional advanced reuse key for this credential's pinned proxy identity. """
    rotate_proxy_session_id: bool | Unset = False
    """ Rotate the Skyvern-managed proxy sticky-session id when updating this credential. """
    browser_profile_id: None | str | Unset = UNSET
    """ Optional plain browser profile to link as this credential's saved profile. Must be an unmanaged profile in
    your organization that no other credential already owns. """
    auto_profile_disabled: bool | Unset = False
    """ Disable automatic saving and reuse of this credential's browser profile. """
    pin_saved_session_ip: bool | Unset = False
    """ Keep the same IP across sign-ins that reuse this credential's saved profile. """
    tested_url: None | str | Unset = UNSET
    """ Login page URL used during the credential test """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.geo_target import GeoTarget
        from ..models.non_empty_credit_card_credential import (
            NonEmptyCreditCardCredential,
        )
        from ..models.non_empty_password_credential import NonEmptyPasswordCredential

        name = self.name

        credential_type = self.credential_type.value

        credential: dict[str, Any]
        if isinstance(self.credential, NonEmptyPasswordCredential) or isinstance(
            self.credential, NonEmptyCreditCardCredential
        ):
            credential = self.credential.to_dict()
        else:
            credential = self.credential.to_dict()

        vault_type: None | str | Unset
        if isinstance(self.vault_type, Unset):
            vault_type = UNSET
        elif isinstance(self.vault_type, CredentialVaultType):
            vault_type = self.vault_type.value
        else:
            vault_type = self.vault_type

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

        rotate_proxy_session_id = self.rotate_proxy_session_id

        browser_profile_id: None | str | Unset
        if isinstance(self.browser_profile_id, Unset):
            browser_profile_id = UNSET
        else:
            browser_profile_id = self.browser_profile_id

        auto_profile_disabled = self.auto_profile_disabled

        pin_saved_session_ip = self.pin_saved_session_ip

        tested_url: None | str | Unset
        if isinstance(self.tested_url, Unset):
            tested_url = UNSET
        else:
            tested_url = self.tested_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "credential_type": credential_type,
                "credential": credential,
            }
        )
        if vault_type is not UNSET:
            field_dict["vault_type"] = vault_type
        if proxy_location is not UNSET:
            field_dict["proxy_location"] = proxy_location
        if proxy_session_id is not UNSET:
            field_dict["proxy_session_id"] = proxy_session_id
        if rotate_proxy_session_id is not UNSET:
            field_dict["rotate_proxy_session_id"] = rotate_proxy_session_id
        if browser_profile_id is not UNSET:
            field_dict["browser_profile_id"] = browser_profile_id
        if auto_profile_disabled is not UNSET:
            field_dict["auto_profile_disabled"] = auto_profile_disabled
        if pin_saved_session_ip is not UNSET:
            field_dict["pin_saved_session_ip"] = pin_saved_session_ip
        if tested_url is not UNSET:
            field_dict["tested_url"] = tested_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.geo_target import GeoTarget
        from ..models.non_empty_credit_card_credential import (
            NonEmptyCreditCardCredential,
        )
        from ..models.non_empty_password_credential import NonEmptyPasswordCredential
        from ..models.secret_credential import SecretCredential

        d = dict(src_dict)
        name = d.pop("name")

        credential_type = StoredCredentialType(d.pop("credential_type"))

        def _parse_credential(
            data: object,
        ) -> (
            NonEmptyCreditCardCredential | NonEmptyPasswordCredential | SecretCredential
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credential_type_0 = NonEmptyPasswordCredential.from_dict(data)

                return credential_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credential_type_1 = NonEmptyCreditCardCredential.from_dict(data)

                return credential_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            credential_type_2 = SecretCredential.from_dict(data)

            return credential_type_2

        credential = _parse_credential(d.pop("credential"))

        def _parse_vault_type(data: object) -> CredentialVaultType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vault_type_type_0 = CredentialVaultType(data)

                return vault_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CredentialVaultType | None | Unset, data)

        vault_type = _parse_vault_type(d.pop("vault_type", UNSET))

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

        rotate_proxy_session_id = d.pop("rotate_proxy_session_id", UNSET)

        def _parse_browser_profile_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_profile_id = _parse_browser_profile_id(
            d.pop("browser_profile_id", UNSET)
        )

        auto_profile_disabled = d.pop("auto_profile_disabled", UNSET)

        pin_saved_session_ip = d.pop("pin_saved_session_ip", UNSET)

        def _parse_tested_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tested_url = _parse_tested_url(d.pop("tested_url", UNSET))

        create_credential_request = cls(
            name=name,
            credential_type=credential_type,
            credential=credential,
            vault_type=vault_type,
            proxy_location=proxy_location,
            proxy_session_id=proxy_session_id,
            rotate_proxy_session_id=rotate_proxy_session_id,
            browser_profile_id=browser_profile_id,
            auto_profile_disabled=auto_profile_disabled,
            pin_saved_session_ip=pin_saved_session_ip,
            tested_url=tested_url,
        )

        create_credential_request.additional_properties = d
        return create_credential_request

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
