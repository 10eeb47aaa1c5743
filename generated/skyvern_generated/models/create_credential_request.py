from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class CreateCredentialRequest(Model):
    """Request model for creating a new credential.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "auto_profile_disabled",
        "browser_profile_id",
        "credential",
        "credential_type",
        "name",
        "pin_saved_session_ip",
        "proxy_location",
        "proxy_session_id",
        "rotate_proxy_session_id",
        "tested_url",
        "vault_type",
    )
    _fields = (
        "name",
        "credential_type",
        "credential",
        "vault_type",
        "proxy_location",
        "proxy_session_id",
        "rotate_proxy_session_id",
        "browser_profile_id",
        "auto_profile_disabled",
        "pin_saved_session_ip",
        "tested_url",
    )

    name: str
    """ Name of the credential """
    credential_type: StoredCredentialType
    """ Type of credential stored in the system. """
    credential: (
        NonEmptyPasswordCredential | NonEmptyCreditCardCredential | SecretCredential
    )
    """ The credential data to store """
    vault_type: CredentialVaultType | None
    """ Which vault to store this credential in. If omitted, uses the instance default. Use this to mix Skyvern-
    hosted and custom credentials within the same organization. """
    proxy_location: ProxyLocation | GeoTarget | JsonObject | None
    """ Optional proxy location for this credential's pinned proxy identity. """
    proxy_session_id: str | None
    """ Optional advanced reuse key for this credential's pinned proxy identity. """
    rotate_proxy_session_id: bool | None
    """ Rotate the Skyvern-managed proxy sticky-session id when updating this credential. """
    browser_profile_id: str | None
    """ Optional plain browser profile to link as this credential's saved profile. Must be an unmanaged profile in
    your organization that no other credential already owns. """
    auto_profile_disabled: bool | None
    """ Disable automatic saving and reuse of this credential's browser profile. """
    pin_saved_session_ip: bool | None
    """ Keep the same IP across sign-ins that reuse this credential's saved profile. """
    tested_url: str | None
    """ Login page URL used during the credential test """

    def __init__(
        self,
        *,
        name: str,
        credential_type: StoredCredentialType,
        credential: NonEmptyPasswordCredential
        | NonEmptyCreditCardCredential
        | SecretCredential,
        vault_type: CredentialVaultType | None = None,
        proxy_location: ProxyLocation | GeoTarget | JsonObject | None = None,
        proxy_session_id: str | None = None,
        rotate_proxy_session_id: bool | None = None,
        browser_profile_id: str | None = None,
        auto_profile_disabled: bool | None = None,
        pin_saved_session_ip: bool | None = None,
        tested_url: str | None = None,
    ) -> None:
        self.name = name
        self.credential_type = credential_type
        self.credential = credential
        self.vault_type = vault_type
        self.proxy_location = proxy_location
        self.proxy_session_id = proxy_session_id
        self.rotate_proxy_session_id = rotate_proxy_session_id
        self.browser_profile_id = browser_profile_id
        self.auto_profile_disabled = auto_profile_disabled
        self.pin_saved_session_ip = pin_saved_session_ip
        self.tested_url = tested_url
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `CreateCredentialRequest` from its JSON, as `json.loads` gives it.

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
        value = get("credential_type", _MISSING)
        try:
            value = _members_StoredCredentialType[value]
        except (KeyError, TypeError):
            value = _t.as_enum(StoredCredentialType, value, "credential_type")
        obj.credential_type = value
        value = get("credential", _MISSING)
        try:
            value = _p_credential(value)
        except _ShapeError as error:
            raise error.within("credential") from None
        obj.credential = value
        value = get("vault_type")
        if value is not None:
            try:
                value = _members_CredentialVaultType[value]
            except (KeyError, TypeError):
                value = _t.as_enum(CredentialVaultType, value, "vault_type")
        obj.vault_type = value
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
        value = get("rotate_proxy_session_id")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "rotate_proxy_session_id")
        obj.rotate_proxy_session_id = value
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
        data["credential_type"] = _t.wire(self.credential_type)
        data["credential"] = _p_credential_json(self.credential)
        value = self.vault_type
        if value is not None:
            data["vault_type"] = _t.wire(value)
        value = self.proxy_location
        if value is not None:
            data["proxy_location"] = _p_proxy_location_json(value)
        value = self.proxy_session_id
        if value is not None:
            data["proxy_session_id"] = value
        value = self.rotate_proxy_session_id
        if value is not None:
            data["rotate_proxy_session_id"] = value
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
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "credential_type",
        "credential",
        "vault_type",
        "proxy_location",
        "proxy_session_id",
        "rotate_proxy_session_id",
        "browser_profile_id",
        "auto_profile_disabled",
        "pin_saved_session_ip",
        "tested_url",
    }
)


def _p_credential(
    data: Any,
) -> NonEmptyPasswordCredential | NonEmptyCreditCardCredential | SecretCredential:
    if data.__class__ is dict:
        try:
            return NonEmptyPasswordCredential.from_dict(data)
        except _ShapeError:
            pass
    if data.__class__ is dict:
        try:
            return NonEmptyCreditCardCredential.from_dict(data)
        except _ShapeError:
            pass
    if data.__class__ is dict:
        try:
            return SecretCredential.from_dict(data)
        except _ShapeError:
            pass
    raise _t.invalid(data, "an object", "")


def _p_credential_json(value: Any) -> Any:
    if isinstance(value, NonEmptyPasswordCredential):
        return value.to_dict()
    if isinstance(value, NonEmptyCreditCardCredential):
        return value.to_dict()
    if isinstance(value, SecretCredential):
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
from .geo_target import GeoTarget
from .json_object import JsonObject
from .non_empty_credit_card_credential import NonEmptyCreditCardCredential
from .non_empty_password_credential import NonEmptyPasswordCredential
from .proxy_location import ProxyLocation
from .secret_credential import SecretCredential
from .stored_credential_type import StoredCredentialType

_members_CredentialVaultType: dict[Any, Any] = CredentialVaultType._value2member_map_
_members_ProxyLocation: dict[Any, Any] = ProxyLocation._value2member_map_
_members_StoredCredentialType: dict[Any, Any] = StoredCredentialType._value2member_map_


__all__ = ["CreateCredentialRequest"]
