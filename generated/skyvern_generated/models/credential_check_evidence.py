from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from skyvern_sync import _model as _t
from skyvern_sync._model import MISSING as _MISSING
from skyvern_sync._model import Model
from skyvern_sync.errors import ShapeError as _ShapeError

_new = object.__new__


class CredentialCheckEvidence(Model):
    """Why a credential-rejection verdict was or was not confirmed. Reaches the caller on the run
    response and the webhook, so a customer can tell a confirmed rejection from an unconfirmed one
    before blocking the credential.
    Fields this client does not know are kept in `additional_properties` (also readable as `model["name"]`)."""

    __slots__ = (
        "checks_failed",
        "checks_passed",
        "checks_skipped",
        "confirmed",
        "login_request_status",
        "site_message",
    )
    _fields = (
        "confirmed",
        "checks_passed",
        "checks_failed",
        "checks_skipped",
        "site_message",
        "login_request_status",
    )

    confirmed: bool
    """ True only when every credential confirmation check passed. The login-request status check is not available
    yet, so the organization-scoped confirmation flag must remain disabled until that check is implemented. """
    checks_passed: list[CredentialCheck] | None
    checks_failed: list[CredentialCheck] | None
    checks_skipped: list[CredentialCheck] | None
    site_message: str | None
    login_request_status: int | None

    def __init__(
        self,
        *,
        confirmed: bool,
        checks_passed: list[CredentialCheck] | None = None,
        checks_failed: list[CredentialCheck] | None = None,
        checks_skipped: list[CredentialCheck] | None = None,
        site_message: str | None = None,
        login_request_status: int | None = None,
    ) -> None:
        self.confirmed = confirmed
        self.checks_passed = checks_passed
        self.checks_failed = checks_failed
        self.checks_skipped = checks_skipped
        self.site_message = site_message
        self.login_request_status = login_request_status
        self.additional_properties = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """A `CredentialCheckEvidence` from its JSON, as `json.loads` gives it.

        Raises ShapeError, naming the JSON path (`$.field[2].name`), when the JSON does not fit the schema.
        """
        if data.__class__ is not dict:
            data = _t.as_object(data, "")
        get = data.get
        obj = _new(cls)
        value: Any
        value = get("confirmed", _MISSING)
        if value.__class__ is not bool:
            value = _t.as_bool(value, "confirmed")
        obj.confirmed = value
        value = get("checks_passed")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "checks_passed")
            try:
                value = [_p_checks_passed_item(item) for item in value]
            except _ShapeError:
                raise _t.locate(value, _p_checks_passed_item, "checks_passed") from None
        obj.checks_passed = value
        value = get("checks_failed")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "checks_failed")
            try:
                value = [_p_checks_failed_item(item) for item in value]
            except _ShapeError:
                raise _t.locate(value, _p_checks_failed_item, "checks_failed") from None
        obj.checks_failed = value
        value = get("checks_skipped")
        if value is not None:
            if value.__class__ is not list:
                value = _t.as_list(value, "checks_skipped")
            try:
                value = [_p_checks_skipped_item(item) for item in value]
            except _ShapeError:
                raise _t.locate(
                    value, _p_checks_skipped_item, "checks_skipped"
                ) from None
        obj.checks_skipped = value
        value = get("site_message")
        if value is not None:
            if value.__class__ is not str:
                value = _t.as_str(value, "site_message")
        obj.site_message = value
        value = get("login_request_status")
        if value is not None:
            if value.__class__ is not int:
                value = _t.as_int(value, "login_request_status")
        obj.login_request_status = value
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
        data["confirmed"] = self.confirmed
        value = self.checks_passed
        if value is not None:
            data["checks_passed"] = [_t.wire(item) for item in value]
        value = self.checks_failed
        if value is not None:
            data["checks_failed"] = [_t.wire(item) for item in value]
        value = self.checks_skipped
        if value is not None:
            data["checks_skipped"] = [_t.wire(item) for item in value]
        value = self.site_message
        if value is not None:
            data["site_message"] = value
        value = self.login_request_status
        if value is not None:
            data["login_request_status"] = value
        return data


_KEYS: frozenset[str] = frozenset(
    {
        "confirmed",
        "checks_passed",
        "checks_failed",
        "checks_skipped",
        "site_message",
        "login_request_status",
    }
)


def _p_checks_passed_item(item: Any) -> CredentialCheck:
    try:
        item = _members_CredentialCheck[item]
    except (KeyError, TypeError):
        item = _t.as_enum(CredentialCheck, item, "")
    return item  # type: ignore[no-any-return,unused-ignore]


def _p_checks_failed_item(item: Any) -> CredentialCheck:
    try:
        item = _members_CredentialCheck[item]
    except (KeyError, TypeError):
        item = _t.as_enum(CredentialCheck, item, "")
    return item  # type: ignore[no-any-return,unused-ignore]


def _p_checks_skipped_item(item: Any) -> CredentialCheck:
    try:
        item = _members_CredentialCheck[item]
    except (KeyError, TypeError):
        item = _t.as_enum(CredentialCheck, item, "")
    return item  # type: ignore[no-any-return,unused-ignore]


# Imported last: models refer to each other in cycles (a loop block holds blocks), and each module has
# defined its class by the time another one imports it.
from .credential_check import CredentialCheck

_members_CredentialCheck: dict[Any, Any] = CredentialCheck._value2member_map_


__all__ = ["CredentialCheckEvidence"]
