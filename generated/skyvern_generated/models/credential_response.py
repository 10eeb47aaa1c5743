from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class CredentialResponse(Model):
    """Response model for credential operations.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "auto_profile_disabled",
        "browser_profile_id",
        "created_by",
        "credential",
        "credential_id",
        "credential_type",
        "folder_id",
        "name",
        "pin_saved_session_ip",
        "proxy_location",
        "proxy_session_id",
        "run_sequentially",
        "save_browser_session_intent",
        "tested_url",
        "user_context",
        "vault_type",
    )
    _fields = (
        "credential_id",
        "credential",
        "credential_type",
        "name",
        "vault_type",
        "browser_profile_id",
        "auto_profile_disabled",
        "pin_saved_session_ip",
        "tested_url",
        "user_context",
        "save_browser_session_intent",
        "run_sequentially",
        "folder_id",
        "proxy_location",
        "proxy_session_id",
        "created_by",
    )

    credential_id: str
    """ Unique identifier for the credential """
    credential: (
        PasswordCredentialResponse
        | CreditCardCredentialResponse
        | SecretCredentialResponse
    )
    """ The credential data """
    credential_type: StoredCredentialType
    """ Type of credential stored in the system. """
    name: str
    """ Name of the credential """
    vault_type: CredentialVaultType | None
    """ Which vault stores this credential (e.g., 'skyvern', 'bitwarden', 'azure_vault', 'custom') """
    browser_profile_id: str | None
    """ Browser profile ID linked to this credential """
    auto_profile_disabled: bool | None
    """ Whether automatic saving and reuse of this credential's browser profile is disabled. """
    pin_saved_session_ip: bool | None
    """ Whether sign-ins reusing this credential's saved profile keep the same IP """
    tested_url: str | None
    """ Login page URL used during the credential test """
    user_context: str | None
    """ User-provided context describing the login sequence (e.g., 'click SSO button first') """
    save_browser_session_intent: bool | None
    """ Whether the user intends to save a browser session, regardless of test outcome """
    run_sequentially: bool | None
    folder_id: str | None
    """ ID of the credential folder this credential belongs to, if any """
    proxy_location: ProxyLocation | GeoTarget | JsonObject | None
    """ Optional proxy location used for the credential's pinned proxy identity. """
    proxy_session_id: str | None
    """ Opaque Skyvern-managed proxy sticky-session id. """
    created_by: str | None
    """ ID of the user who created the credential """

    def __init__(
        self,
        *,
        credential_id: str,
        credential: PasswordCredentialResponse
        | CreditCardCredentialResponse
        | SecretCredentialResponse,
        credential_type: StoredCredentialType,
        name: str,
        vault_type: CredentialVaultType | None = None,
        browser_profile_id: str | None = None,
        auto_profile_disabled: bool | None = None,
        pin_saved_session_ip: bool | None = None,
        tested_url: str | None = None,
        user_context: str | None = None,
        save_browser_session_intent: bool | None = None,
        run_sequentially: bool | None = None,
        folder_id: str | None = None,
        proxy_location: ProxyLocation | GeoTarget | JsonObject | None = None,
        proxy_session_id: str | None = None,
        created_by: str | None = None,
    ) -> None:
        self.credential_id = credential_id
        self.credential = credential
        self.credential_type = credential_type
        self.name = name
        self.vault_type = vault_type
        self.browser_profile_id = browser_profile_id
        self.auto_profile_disabled = auto_profile_disabled
        self.pin_saved_session_ip = pin_saved_session_ip
        self.tested_url = tested_url
        self.user_context = user_context
        self.save_browser_session_intent = save_browser_session_intent
        self.run_sequentially = run_sequentially
        self.folder_id = folder_id
        self.proxy_location = proxy_location
        self.proxy_session_id = proxy_session_id
        self.created_by = created_by
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `CredentialResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("credential_id", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "credential_id")
        obj.credential_id = value
        value = get("credential", _MISSING)
        try:
            value = _p_credential(value)
        except _ShapeError as error:
            raise error.within("credential") from None
        obj.credential = value
        value = get("credential_type", _MISSING)
        try:
            value = _members_StoredCredentialType[value]
        except (KeyError, TypeError):
            value = _t.as_enum(StoredCredentialType, value, "credential_type")
        obj.credential_type = value
        value = get("name", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "name")
        obj.name = value
        value = get("vault_type")
        if value is not None:
            try:
                value = _members_CredentialVaultType[value]
            except (KeyError, TypeError):
                value = _t.as_enum(CredentialVaultType, value, "vault_type")
        obj.vault_type = value
        value = get("browser_profile_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "browser_profile_id")
        obj.browser_profile_id = value
        value = get("auto_profile_disabled")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "auto_profile_disabled")
        obj.auto_profile_disabled = value
        value = get("pin_saved_session_ip")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "pin_saved_session_ip")
        obj.pin_saved_session_ip = value
        value = get("tested_url")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "tested_url")
        obj.tested_url = value
        value = get("user_context")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "user_context")
        obj.user_context = value
        value = get("save_browser_session_intent")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "save_browser_session_intent")
        obj.save_browser_session_intent = value
        value = get("run_sequentially")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "run_sequentially")
        obj.run_sequentially = value
        value = get("folder_id")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "folder_id")
        obj.folder_id = value
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
        value = get("created_by")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "created_by")
        obj.created_by = value
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
        data["credential_id"] = self.credential_id
        data["credential"] = _p_credential_json(self.credential)
        data["credential_type"] = _t.wire(self.credential_type)
        data["name"] = self.name
        value = self.vault_type
        if value is not None:
            data["vault_type"] = _t.wire(value)
        value = self.browser_profile_id
        if value is not None:
            data["browser_profile_id"] = value
        value = self.auto_profile_disabled
        if value is not None:
            data["auto_profile_disabled"] = value
        value = self.pin_saved_session_ip
        if value is not None:
            data["pin_saved_session_ip"] = value
        value = self.tested_url
        if value is not None:
            data["tested_url"] = value
        value = self.user_context
        if value is not None:
            data["user_context"] = value
        value = self.save_browser_session_intent
        if value is not None:
            data["save_browser_session_intent"] = value
        value = self.run_sequentially
        if value is not None:
            data["run_sequentially"] = value
        value = self.folder_id
        if value is not None:
            data["folder_id"] = value
        value = self.proxy_location
        if value is not None:
            data["proxy_location"] = _p_proxy_location_json(value)
        value = self.proxy_session_id
        if value is not None:
            data["proxy_session_id"] = value
        value = self.created_by
        if value is not None:
            data["created_by"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "credential_id",
        "credential",
        "credential_type",
        "name",
        "vault_type",
        "browser_profile_id",
        "auto_profile_disabled",
        "pin_saved_session_ip",
        "tested_url",
        "user_context",
        "save_browser_session_intent",
        "run_sequentially",
        "folder_id",
        "proxy_location",
        "proxy_session_id",
        "created_by",
    }
)


def _p_credential(
    data: Any,
) -> (
    PasswordCredentialResponse | CreditCardCredentialResponse | SecretCredentialResponse
):
    if data.__class__ is dict:
        try:
            return PasswordCredentialResponse.from_dict(data)
        except _ShapeError:
            pass
    if data.__class__ is dict:
        try:
            return CreditCardCredentialResponse.from_dict(data)
        except _ShapeError:
            pass
    if data.__class__ is dict:
        try:
            return SecretCredentialResponse.from_dict(data)
        except _ShapeError:
            pass
    raise _t.invalid(data, "an object", "")


def _p_credential_json(value: Any) -> Any:
    if isinstance(value, PasswordCredentialResponse):
        return value.to_dict()
    if isinstance(value, CreditCardCredentialResponse):
        return value.to_dict()
    if isinstance(value, SecretCredentialResponse):
        return value.to_dict()
    return value


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
from .credential_vault_type import CredentialVaultType
from .credit_card_credential_response import CreditCardCredentialResponse
from .geo_target import GeoTarget
from .json_object import JsonObject
from .password_credential_response import PasswordCredentialResponse
from .proxy_location import ProxyLocation
from .secret_credential_response import SecretCredentialResponse
from .stored_credential_type import StoredCredentialType

_members_CredentialVaultType: dict[Any, Any] = CredentialVaultType._value2member_map_
_members_ProxyLocation: dict[Any, Any] = ProxyLocation._value2member_map_
_members_StoredCredentialType: dict[Any, Any] = StoredCredentialType._value2member_map_


__all__ = ["CredentialResponse"]
