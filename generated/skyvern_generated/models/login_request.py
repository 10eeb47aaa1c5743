from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credential_type import CredentialType
from ..models.proxy_location import ProxyLocation
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginRequest")


@_attrs_define
class LoginRequest:
    credential_type: CredentialType
    url: None | str | Unset = UNSET
    """ Website URL """
    webhook_url: None | str | Unset = UNSET
    """ Webhook URL to send status updates """
    proxy_location: None | ProxyLocation | Unset = UNSET
    """ Proxy location to use """
    totp_identifier: None | str | Unset = UNSET
    """ Identifier for TOTP (Time-based One-Time Password) if required """
    totp_url: None | str | Unset = UNSET
    """ TOTP URL to fetch one-time passwords """
    browser_session_id: None | str | Unset = UNSET
    """ ID of the browser session to use, which is prefixed by `pbs_` e.g. `pbs_123456` """
    browser_profile_id: None | str | Unset = UNSET
    """ ID of a browser profile to reuse for this run """
    start_fresh_browser: bool | Unset = False
    """ When true, start this run from a fresh, empty browser and ignore any saved browser memory — no memory is
    read or written. A verified sign-in during the run still updates the credential's saved login. """
    browser_address: None | str | Unset = UNSET
    """ The CDP address for the task. """
    extra_http_headers: Any | None | Unset = UNSET
    """ Additional HTTP headers to include in requests """
    cdp_connect_headers: Any | None | Unset = UNSET
    """ HTTP headers attached ONLY to the CDP WebSocket handshake when connecting to a remote browser via
    browser_address. Never forwarded to target websites. """
    max_screenshot_scrolling_times: int | None | Unset = UNSET
    """ Maximum number of times to scroll for screenshots """
    prompt: None | str | Unset = UNSET
    """ Login instructions. Skyvern has default prompt/instruction for login if this field is not provided. """
    credential_id: None | str | Unset = UNSET
    """ ID of the Skyvern credential to use for login. """
    bitwarden_collection_id: None | str | Unset = UNSET
    """ Bitwarden collection ID. You can find it in the Bitwarden collection URL. e.g.
    `https://vault.bitwarden.com/vaults/collection_id/items` """
    bitwarden_item_id: None | str | Unset = UNSET
    """ Bitwarden item ID """
    onepassword_vault_id: None | str | Unset = UNSET
    """ 1Password vault ID """
    onepassword_item_id: None | str | Unset = UNSET
    """ 1Password item ID """
    onepassword_totp_field_name: None | str | Unset = UNSET
    """ 1Password item field id or label to treat as the TOTP secret, overriding 1Password's own field-type
    detection """
    azure_vault_name: None | str | Unset = UNSET
    """ Azure Vault Name """
    azure_vault_username_key: None | str | Unset = UNSET
    """ Azure Vault username key """
    azure_vault_password_key: None | str | Unset = UNSET
    """ Azure Vault password key """
    azure_vault_totp_secret_key: None | str | Unset = UNSET
    """ Azure Vault TOTP secret key """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_type = self.credential_type.value

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        proxy_location: None | str | Unset
        if isinstance(self.proxy_location, Unset):
            proxy_location = UNSET
        elif isinstance(self.proxy_location, ProxyLocation):
            proxy_location = self.proxy_location.value
        else:
            proxy_location = self.proxy_location

        totp_identifier: None | str | Unset
        if isinstance(self.totp_identifier, Unset):
            totp_identifier = UNSET
        else:
            totp_identifier = self.totp_identifier

        totp_url: None | str | Unset
        if isinstance(self.totp_url, Unset):
            totp_url = UNSET
        else:
            totp_url = self.totp_url

        browser_session_id: None | str | Unset
        if isinstance(self.browser_session_id, Unset):
            browser_session_id = UNSET
        else:
            browser_session_id = self.browser_session_id

        browser_profile_id: None | str | Unset
        if isinstance(self.browser_profile_id, Unset):
            browser_profile_id = UNSET
        else:
            browser_profile_id = self.browser_profile_id

        start_fresh_browser = self.start_fresh_browser

        browser_address: None | str | Unset
        if isinstance(self.browser_address, Unset):
            browser_address = UNSET
        else:
            browser_address = self.browser_address

        extra_http_headers: Any | None | Unset
        if isinstance(self.extra_http_headers, Unset):
            extra_http_headers = UNSET
        else:
            extra_http_headers = self.extra_http_headers

        cdp_connect_headers: Any | None | Unset
        if isinstance(self.cdp_connect_headers, Unset):
            cdp_connect_headers = UNSET
        else:
            cdp_connect_headers = self.cdp_connect_headers

        max_screenshot_scrolling_times: int | None | Unset
        if isinstance(self.max_screenshot_scrolling_times, Unset):
            max_screenshot_scrolling_times = UNSET
        else:
            max_screenshot_scrolling_times = self.max_screenshot_scrolling_times

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        credential_id: None | str | Unset
        if isinstance(self.credential_id, Unset):
            credential_id = UNSET
        else:
            credential_id = self.credential_id

        bitwarden_collection_id: None | str | Unset
        if isinstance(self.bitwarden_collection_id, Unset):
            bitwarden_collection_id = UNSET
        else:
            bitwarden_collection_id = self.bitwarden_collection_id

        bitwarden_item_id: None | str | Unset
        if isinstance(self.bitwarden_item_id, Unset):
            bitwarden_item_id = UNSET
        else:
            bitwarden_item_id = self.bitwarden_item_id

        onepassword_vault_id: None | str | Unset
        if isinstance(self.onepassword_vault_id, Unset):
            onepassword_vault_id = UNSET
        else:
            onepassword_vault_id = self.onepassword_vault_id

        onepassword_item_id: None | str | Unset
        if isinstance(self.onepassword_item_id, Unset):
            onepassword_item_id = UNSET
        else:
            onepassword_item_id = self.onepassword_item_id

        onepassword_totp_field_name: None | str | Unset
        if isinstance(self.onepassword_totp_field_name, Unset):
            onepassword_totp_field_name = UNSET
        else:
            onepassword_totp_field_name = self.onepassword_totp_field_name

        azure_vault_name: None | str | Unset
        if isinstance(self.azure_vault_name, Unset):
            azure_vault_name = UNSET
        else:
            azure_vault_name = self.azure_vault_name

        azure_vault_username_key: None | str | Unset
        if isinstance(self.azure_vault_username_key, Unset):
            azure_vault_username_key = UNSET
        else:
            azure_vault_username_key = self.azure_vault_username_key

        azure_vault_password_key: None | str | Unset
        if isinstance(self.azure_vault_password_key, Unset):
            azure_vault_password_key = UNSET
        else:
            azure_vault_password_key = self.azure_vault_password_key

        azure_vault_totp_secret_key: None | str | Unset
        if isinstance(self.azure_vault_totp_secret_key, Unset):
            azure_vault_totp_secret_key = UNSET
        else:
            azure_vault_totp_secret_key = self.azure_vault_totp_secret_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credential_type": credential_type,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if proxy_location is not UNSET:
            field_dict["proxy_location"] = proxy_location
        if totp_identifier is not UNSET:
            field_dict["totp_identifier"] = totp_identifier
        if totp_url is not UNSET:
            field_dict["totp_url"] = totp_url
        if browser_session_id is not UNSET:
            field_dict["browser_session_id"] = browser_session_id
        if browser_profile_id is not UNSET:
            field_dict["browser_profile_id"] = browser_profile_id
        if start_fresh_browser is not UNSET:
            field_dict["start_fresh_browser"] = start_fresh_browser
        if browser_address is not UNSET:
            field_dict["browser_address"] = browser_address
        if extra_http_headers is not UNSET:
            field_dict["extra_http_headers"] = extra_http_headers
        if cdp_connect_headers is not UNSET:
            field_dict["cdp_connect_headers"] = cdp_connect_headers
        if max_screenshot_scrolling_times is not UNSET:
            field_dict["max_screenshot_scrolling_times"] = (
                max_screenshot_scrolling_times
            )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if credential_id is not UNSET:
            field_dict["credential_id"] = credential_id
        if bitwarden_collection_id is not UNSET:
            field_dict["bitwarden_collection_id"] = bitwarden_collection_id
        if bitwarden_item_id is not UNSET:
            field_dict["bitwarden_item_id"] = bitwarden_item_id
        if onepassword_vault_id is not UNSET:
            field_dict["onepassword_vault_id"] = onepassword_vault_id
        if onepassword_item_id is not UNSET:
            field_dict["onepassword_item_id"] = onepassword_item_id
        if onepassword_totp_field_name is not UNSET:
            field_dict["onepassword_totp_field_name"] = onepassword_totp_field_name
        if azure_vault_name is not UNSET:
            field_dict["azure_vault_name"] = azure_vault_name
        if azure_vault_username_key is not UNSET:
            field_dict["azure_vault_username_key"] = azure_vault_username_key
        if azure_vault_password_key is not UNSET:
            field_dict["azure_vault_password_key"] = azure_vault_password_key
        if azure_vault_totp_secret_key is not UNSET:
            field_dict["azure_vault_totp_secret_key"] = azure_vault_totp_secret_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        credential_type = CredentialType(d.pop("credential_type"))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        def _parse_proxy_location(data: object) -> None | ProxyLocation | Unset:
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
            return cast(None | ProxyLocation | Unset, data)

        proxy_location = _parse_proxy_location(d.pop("proxy_location", UNSET))

        def _parse_totp_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_identifier = _parse_totp_identifier(d.pop("totp_identifier", UNSET))

        def _parse_totp_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_url = _parse_totp_url(d.pop("totp_url", UNSET))

        def _parse_browser_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_session_id = _parse_browser_session_id(
            d.pop("browser_session_id", UNSET)
        )

        def _parse_browser_profile_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_profile_id = _parse_browser_profile_id(
            d.pop("browser_profile_id", UNSET)
        )

        start_fresh_browser = d.pop("start_fresh_browser", UNSET)

        def _parse_browser_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_address = _parse_browser_address(d.pop("browser_address", UNSET))

        def _parse_extra_http_headers(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        extra_http_headers = _parse_extra_http_headers(
            d.pop("extra_http_headers", UNSET)
        )

        def _parse_cdp_connect_headers(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        cdp_connect_headers = _parse_cdp_connect_headers(
            d.pop("cdp_connect_headers", UNSET)
        )

        def _parse_max_screenshot_scrolling_times(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_screenshot_scrolling_times = _parse_max_screenshot_scrolling_times(
            d.pop("max_screenshot_scrolling_times", UNSET)
        )

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_credential_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credential_id = _parse_credential_id(d.pop("credential_id", UNSET))

        def _parse_bitwarden_collection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bitwarden_collection_id = _parse_bitwarden_collection_id(
            d.pop("bitwarden_collection_id", UNSET)
        )

        def _parse_bitwarden_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bitwarden_item_id = _parse_bitwarden_item_id(d.pop("bitwarden_item_id", UNSET))

        def _parse_onepassword_vault_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        onepassword_vault_id = _parse_onepassword_vault_id(
            d.pop("onepassword_vault_id", UNSET)
        )

        def _parse_onepassword_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        onepassword_item_id = _parse_onepassword_item_id(
            d.pop("onepassword_item_id", UNSET)
        )

        def _parse_onepassword_totp_field_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        onepassword_totp_field_name = _parse_onepassword_totp_field_name(
            d.pop("onepassword_totp_field_name", UNSET)
        )

        def _parse_azure_vault_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        azure_vault_name = _parse_azure_vault_name(d.pop("azure_vault_name", UNSET))

        def _parse_azure_vault_username_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        azure_vault_username_key = _parse_azure_vault_username_key(
            d.pop("azure_vault_username_key", UNSET)
        )

        def _parse_azure_vault_password_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        azure_vault_password_key = _parse_azure_vault_password_key(
            d.pop("azure_vault_password_key", UNSET)
        )

        def _parse_azure_vault_totp_secret_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        azure_vault_totp_secret_key = _parse_azure_vault_totp_secret_key(
            d.pop("azure_vault_totp_secret_key", UNSET)
        )

        login_request = cls(
            credential_type=credential_type,
            url=url,
            webhook_url=webhook_url,
            proxy_location=proxy_location,
            totp_identifier=totp_identifier,
            totp_url=totp_url,
            browser_session_id=browser_session_id,
            browser_profile_id=browser_profile_id,
            start_fresh_browser=start_fresh_browser,
            browser_address=browser_address,
            extra_http_headers=extra_http_headers,
            cdp_connect_headers=cdp_connect_headers,
            max_screenshot_scrolling_times=max_screenshot_scrolling_times,
            prompt=prompt,
            credential_id=credential_id,
            bitwarden_collection_id=bitwarden_collection_id,
            bitwarden_item_id=bitwarden_item_id,
            onepassword_vault_id=onepassword_vault_id,
            onepassword_item_id=onepassword_item_id,
            onepassword_totp_field_name=onepassword_totp_field_name,
            azure_vault_name=azure_vault_name,
            azure_vault_username_key=azure_vault_username_key,
            azure_vault_password_key=azure_vault_password_key,
            azure_vault_totp_secret_key=azure_vault_totp_secret_key,
        )

        login_request.additional_properties = d
        return login_request

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
