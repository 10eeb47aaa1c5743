from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _define
from attrs import field as _field
from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


# the repr is Model's: only the fields that are set
@_define(kw_only=True, repr=False)
class NonEmptyPasswordCredential(Model):
    """Password credential model for API writes: non-empty username, optionally empty password.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    password: str | None = _field(default=None, repr=_t.hidden)
    """ The password value; may be empty or omitted for logins that have no password """
    username: str
    """ The username associated with the credential (must not be empty) """
    totp: str | None = _field(default=None, repr=_t.hidden)
    """ Optional TOTP (Time-based One-Time Password) string used to generate 2FA codes """
    totp_type: TotpType | None = None
    """ Type of 2FA/TOTP method used. """
    totp_identifier: str | None = None
    """ Identifier (email or phone number) used to fetch TOTP codes """
    metadata: StringMap | None = None
    """ Optional additional password credential metadata fields """
    additional_properties: dict[str, Any] = _field(
        init=False, factory=dict, repr=_t.extra_repr
    )
    """The fields of the JSON this client does not know (a newer server's), as they came."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `NonEmptyPasswordCredential` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("password")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "password")
        obj.password = value
        value = get("username", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "username")
        obj.username = value
        value = get("totp")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp")
        obj.totp = value
        value = get("totp_type")
        if value is not None:
            try:
                value = _members_TotpType[value]
            except (KeyError, TypeError):
                value = _t.as_enum(TotpType, value, "totp_type")
        obj.totp_type = value
        value = get("totp_identifier")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "totp_identifier")
        obj.totp_identifier = value
        value = get("metadata")
        if value is not None:
            value = _t.as_string_map(value, "metadata")
        obj.metadata = value
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
        value = self.password
        if value is not None:
            data["password"] = value
        data["username"] = self.username
        value = self.totp
        if value is not None:
            data["totp"] = value
        value = self.totp_type
        if value is not None:
            data["totp_type"] = _t.wire(value)
        value = self.totp_identifier
        if value is not None:
            data["totp_identifier"] = value
        value = self.metadata
        if value is not None:
            data["metadata"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "password",
        "username",
        "totp",
        "totp_type",
        "totp_identifier",
        "metadata",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .string_map import StringMap
from .totp_type import TotpType

_members_TotpType: dict[Any, Any] = TotpType._value2member_map_


__all__ = ["NonEmptyPasswordCredential"]
