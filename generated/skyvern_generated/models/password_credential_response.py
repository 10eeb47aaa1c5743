from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model

_new = object.__new__


class PasswordCredentialResponse(Model):
    """Response model for password credentials — non-sensitive fields only.

    SECURITY: Must NEVER include password or TOTP secret.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = ("has_totp", "totp_identifier", "totp_type", "username")
    _fields = (
        "username",
        "totp_type",
        "totp_identifier",
        "has_totp",
    )

    username: str
    """ The username associated with the credential """
    totp_type: TotpType | None
    """ Type of 2FA/TOTP method used. """
    totp_identifier: str | None
    """ Identifier (email or phone number) used to fetch TOTP codes """
    has_totp: bool | None
    """ Whether the stored password credential includes a non-empty TOTP seed. Legacy rows with an unknown value
    report false until the credential is updated. """

    def __init__(
        self,
        *,
        username: str,
        totp_type: TotpType | None = None,
        totp_identifier: str | None = None,
        has_totp: bool | None = None,
    ) -> None:
        self.username = username
        self.totp_type = totp_type
        self.totp_identifier = totp_identifier
        self.has_totp = has_totp
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `PasswordCredentialResponse` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("username", _MISSING)
        if value.__class__ is not str:
            value = _t.as_str(value, "username")
        obj.username = value
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
        value = get("has_totp")
        if value is not None:
            if value.__class__ is not bool:
                value = _t.as_bool(value, "has_totp")
        obj.has_totp = value
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
        data["username"] = self.username
        value = self.totp_type
        if value is not None:
            data["totp_type"] = _t.wire(value)
        value = self.totp_identifier
        if value is not None:
            data["totp_identifier"] = value
        value = self.has_totp
        if value is not None:
            data["has_totp"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "username",
        "totp_type",
        "totp_identifier",
        "has_totp",
    }
)


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .totp_type import TotpType

_members_TotpType: dict[Any, Any] = TotpType._value2member_map_


__all__ = ["PasswordCredentialResponse"]
