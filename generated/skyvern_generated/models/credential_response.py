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
    from ..models.credit_card_credential_response import CreditCardCredentialResponse
    from ..models.geo_target import GeoTarget
    from ..models.password_credential_response import PasswordCredentialResponse
    from ..models.secret_credential_response import SecretCredentialResponse


T = TypeVar("T", bound="CredentialResponse")


@_attrs_define
class CredentialResponse:
    """Response model for credential operations."""

    credential_id: str
    """ Unique identifier for the credential """
    credential: (
        CreditCardCredentialResponse
        | PasswordCredentialResponse
        | SecretCredentialResponse
    )
    """ The credential data """
    credential_type: StoredCredentialType
    """ Type of credential stored in the system. """
    name: str
    """ Name of the credential """
    vault_type: CredentialVaultType | None | Unset = UNSET
    """ Which vault stores this credential (e.g., 'skyvern', 'bitwarden', 'azure_vault', 'custom') """
    browser_profile_id: None | str | Unset = UNSET
    """ Browser profile ID linked to this credential """
    auto_profile_disabled: bool | None | Unset = UNSET
    """ Whether automatic saving and reuse of this credential's browser profile is disabled. """
    pin_saved_session_ip: bool | Unset = False
    """ Whether sign-ins reusing this credential's saved profile keep the same IP """
    tested_url: None | str | Unset = UNSET
    """ Login page URL used during the credential test """
    user_context: None | str | Unset = UNSET
    """ User-provided context describing the login sequence (e.g., 'click SSO button first') """
    save_browser_session_intent: bool | None | Unset = UNSET
    """ Whether the user intends to save a browser session, regardless of test outcome """
    run_sequentially: bool | Unset = False
    folder_id: None | str | Unset = UNSET
    """ ID of the credential folder this credential belongs to, if any """
    proxy_location: Any | GeoTarget | None | ProxyLocation | Unset = UNSET
    """ Optional proxy location used for the credential's pinned proxy identity. """
    proxy_session_id: None | str | Unset = UNSET
    """ Opaque Skyvern-managed proxy sticky-session id. """
    created_by: None | str | Unset = UNSET
    """ ID of the user who created the credential """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credit_card_credential_response import (
            CreditCardCredentialResponse,
        )
        from ..models.geo_target import GeoTarget
        from ..models.password_credential_response import PasswordCredentialResponse

        credential_id = self.credential_id

        credential: dict[str, Any]
        if isinstance(self.credential, PasswordCredentialResponse) or isinstance(
            self.credential, CreditCardCredentialResponse
        ):
            credential = self.credential.to_dict()
        else:
            credential = self.credential.to_dict()

        credential_type = self.credential_type.value

        name = self.name

        vault_type: None | str | Unset
        if isinstance(self.vault_type, Unset):
            vault_type = UNSET
        elif isinstance(self.vault_type, CredentialVaultType):
            vault_type = self.vault_type.value
        else:
            vault_type = self.vault_type

        browser_profile_id: None | str | Unset
        if isinstance(self.browser_profile_id, Unset):
            browser_profile_id = UNSET
        else:
            browser_profile_id = self.browser_profile_id

        auto_profile_disabled: bool | None | Unset
        if isinstance(self.auto_profile_disabled, Unset):
            auto_profile_disabled = UNSET
        else:
            auto_profile_disabled = self.auto_profile_disabled

        pin_saved_session_ip = self.pin_saved_session_ip

        tested_url: None | str | Unset
        if isinstance(self.tested_url, Unset):
            tested_url = UNSET
        else:
            tested_url = self.tested_url

        user_context: None | str | Unset
        if isinstance(self.user_context, Unset):
            user_context = UNSET
        else:
            user_context = self.user_context

        save_browser_session_intent: bool | None | Unset
        if isinstance(self.save_browser_session_intent, Unset):
            save_browser_session_intent = UNSET
        else:
            save_browser_session_intent = self.save_browser_session_intent

        run_sequentially = self.run_sequentially

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

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

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credential_id": credential_id,
                "credential": credential,
                "credential_type": credential_type,
                "name": name,
            }
        )
        if vault_type is not UNSET:
            field_dict["vault_type"] = vault_type
        if browser_profile_id is not UNSET:
            field_dict["browser_profile_id"] = browser_profile_id
        if auto_profile_disabled is not UNSET:
            field_dict["auto_profile_disabled"] = auto_profile_disabled
        if pin_saved_session_ip is not UNSET:
            field_dict["pin_saved_session_ip"] = pin_saved_session_ip
        if tested_url is not UNSET:
            field_dict["tested_url"] = tested_url
        if user_context is not UNSET:
            field_dict["user_context"] = user_context
        if save_browser_session_intent is not UNSET:
            field_dict["save_browser_session_intent"] = save_browser_session_intent
        if run_sequentially is not UNSET:
            field_dict["run_sequentially"] = run_sequentially
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if proxy_location is not UNSET:
            field_dict["proxy_location"] = proxy_location
        if proxy_session_id is not UNSET:
            field_dict["proxy_session_id"] = proxy_session_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credit_card_credential_response import (
            CreditCardCredentialResponse,
        )
        from ..models.geo_target import GeoTarget
        from ..models.password_credential_response import PasswordCredentialResponse
        from ..models.secret_credential_response import SecretCredentialResponse

        d = dict(src_dict)
        credential_id = d.pop("credential_id")

        def _parse_credential(
            data: object,
        ) -> (
            CreditCardCredentialResponse
            | PasswordCredentialResponse
            | SecretCredentialResponse
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credential_type_0 = PasswordCredentialResponse.from_dict(data)

                return credential_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credential_type_1 = CreditCardCredentialResponse.from_dict(data)

                return credential_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            credential_type_2 = SecretCredentialResponse.from_dict(data)

            return credential_type_2

        credential = _parse_credential(d.pop("credential"))

        credential_type = StoredCredentialType(d.pop("credential_type"))

        name = d.pop("name")

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

        def _parse_browser_profile_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_profile_id = _parse_browser_profile_id(
            d.pop("browser_profile_id", UNSET)
        )

        def _parse_auto_profile_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_profile_disabled = _parse_auto_profile_disabled(
            d.pop("auto_profile_disabled", UNSET)
        )

        pin_saved_session_ip = d.pop("pin_saved_session_ip", UNSET)

        def _parse_tested_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tested_url = _parse_tested_url(d.pop("tested_url", UNSET))

        def _parse_user_context(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_context = _parse_user_context(d.pop("user_context", UNSET))

        def _parse_save_browser_session_intent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        save_browser_session_intent = _parse_save_browser_session_intent(
            d.pop("save_browser_session_intent", UNSET)
        )

        run_sequentially = d.pop("run_sequentially", UNSET)

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

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

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        credential_response = cls(
            credential_id=credential_id,
            credential=credential,
            credential_type=credential_type,
            name=name,
            vault_type=vault_type,
            browser_profile_id=browser_profile_id,
            auto_profile_disabled=auto_profile_disabled,
            pin_saved_session_ip=pin_saved_session_ip,
            tested_url=tested_url,
            user_context=user_context,
            save_browser_session_intent=save_browser_session_intent,
            run_sequentially=run_sequentially,
            folder_id=folder_id,
            proxy_location=proxy_location,
            proxy_session_id=proxy_session_id,
            created_by=created_by,
        )

        credential_response.additional_properties = d
        return credential_response

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
