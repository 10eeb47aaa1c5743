from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class NonEmptyPasswordCredential(Model):
    """Password credential model for API writes: non-empty username, optionally empty password.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "metadata",
        "password",
        "totp",
        "totp_identifier",
        "totp_type",
        "username",
    )
    _fields = (
        "password",
        "username",
        "totp",
        "totp_type",
        "totp_identifier",
        "metadata",
    )
    _secrets = frozenset(
        {
            "password",
            "totp",
        }
    )

    password: str | None
    """ The password value; may be empty or omitted for logins that have no password """
    username: str
    """ The username associated with the credential (must not be empty) """
    totp: str | None
    """ Optional TOTP (Time-based One-Time Password) string used to generate 2FA codes """
    totp_type: TotpType | None
    """ Type of 2FA/TOTP method used. """
    totp_identifier: str | None
    """ Identifier (email or phone number) used to fetch TOTP codes """
    metadata: StringMap | None
    """ Optional additional password credential metadata fields """

    def __init__(
        self,
        *,
        password: str | None = None,
        username: str,
        totp: str | None = None,
        totp_type: TotpType | None = None,
        totp_identifier: str | None = None,
        metadata: StringMap | None = None,
    ) -> None:
        self.password = password
        self.username = username
        self.totp = totp
        self.totp_type = totp_type
        self.totp_identifier = totp_identifier
        self.metadata = metadata
        self.additional_properties = {}

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
