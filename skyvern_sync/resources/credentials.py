"""Credentials: stored secrets to log in with, and 2FA codes for running runs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from skyvern_sync.errors import InvalidParameterError, InvalidParameterTypeError
from skyvern_sync.resources._base import ClientCore
from skyvern_sync.resources._checks import optional_id, proxy_location_value
from skyvern_sync.validation import (
    check_bool,
    check_enum,
    check_id,
    check_int,
    check_optional_text,
    check_text,
)

MAX_SEARCH = 200  # the server's maxLength of get_credentials' `search` (else 422)

if TYPE_CHECKING:
    from skyvern_generated.models import (
        CredentialResponse,
        CredentialVaultType,
        GeoTarget,
        OTPType,
        ProxyLocation,
        StoredCredentialType,
        TOTPCode,
    )

    from skyvern_sync.options import RequestOptions
    from skyvern_sync.pagination import Page


class CredentialsMixin(ClientCore):
    """The credentials operations (skyvern_generated/api/credentials/), mixed into `Skyvern`."""

    def create_credential(
        self,
        name: str,
        credential_type: StoredCredentialType | str,
        credential: dict[str, Any],
        request_options: RequestOptions | Mapping[str, Any] | None = None,
        *,
        vault_type: CredentialVaultType | str | None = None,
        proxy_location: ProxyLocation | str | GeoTarget | Mapping[str, Any] | None = None,
        proxy_session_id: str | None = None,
        rotate_proxy_session_id: bool | None = None,
        tested_url: str | None = None,
        browser_profile_id: str | None = None,
        auto_profile_disabled: bool | None = None,
        pin_saved_session_ip: bool | None = None,
    ) -> CredentialResponse:
        """Store a credential in Skyvern, to log in with it by id (`login(credential_id=...)`).

        Args:
            name: the credential's name.
            credential_type: `"password"`, `"credit_card"` or `"secret"` (a `StoredCredentialType`).
            credential: its fields. password: `username`, `password`, optional `totp` (a TOTP secret),
                `totp_type`, `totp_identifier`. credit_card: `card_number`, `card_cvv`, `card_exp_month`,
                `card_exp_year`, `card_brand`, `card_holder_name`. secret: `secret_value`, optional
                `secret_label`. Checked against its type before sending; no value appears in an error.
            request_options: per-call timeout, retries and headers.
            vault_type: where the secret is stored, a `CredentialVaultType` or its value: `"skyvern"`,
                `"bitwarden"`, `"azure_vault"`, `"gcp"`, `"custom"` (server default: its configured vault,
                `"skyvern"` on a local server, which has no other vault configured).
            proxy_location: the proxy logins with this credential use, as for `run_task`.
            proxy_session_id: a Skyvern-managed sticky proxy session to pin (Skyvern Cloud).
            rotate_proxy_session_id: replace the pinned proxy session with a new one (server default False).
            tested_url: the login page this credential was checked against.
            browser_profile_id: a browser profile (`bp_...`) logins with this credential start from.
            auto_profile_disabled: do not keep a browser profile of this credential's logins automatically
                (server default False).
            pin_saved_session_ip: keep a saved login session on the same IP (server default False).
        Returns:
            The credential (`cred_...`), without its secrets: the server never echoes a password.
        """
        body = _credential_request(
            name=name,
            credential_type=credential_type,
            credential=credential,
            vault_type=vault_type,
            proxy_location=proxy_location,
            proxy_session_id=proxy_session_id,
            rotate_proxy_session_id=rotate_proxy_session_id,
            tested_url=tested_url,
            browser_profile_id=browser_profile_id,
            auto_profile_disabled=auto_profile_disabled,
            pin_saved_session_ip=pin_saved_session_ip,
        )
        return cast("CredentialResponse", self._call("create_credential", request_options, body=body))

    def get_credentials(
        self,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
        *,
        vault_type: CredentialVaultType | str | None = None,
        credential_type: StoredCredentialType | str | None = None,
        search: str | None = None,
    ) -> Page[CredentialResponse]:
        """The organization's credentials, a page at a time (without their secrets).

        Args:
            page: the page, from 1 (server default 1).
            page_size: credentials per page (server default 10).
            request_options: per-call timeout, retries and headers.
            vault_type: only credentials stored in this vault (a `CredentialVaultType` or its value).
            credential_type: only credentials of this type: `"password"`, `"credit_card"` or `"secret"`.
            search: only credentials whose name, username, secret label or card details contain this text
                (case-insensitive), or the one with exactly this id; at most 200 characters.
        """
        from skyvern_generated.models import CredentialVaultType, StoredCredentialType

        text = check_optional_text("search", search)
        if text is not None and len(text) > MAX_SEARCH:
            raise InvalidParameterError("search", f"must be at most {MAX_SEARCH} characters, got {len(text)}")
        return cast(
            "Page[CredentialResponse]",
            self._call(
                "get_credentials",
                request_options,
                page=check_int("page", page, minimum=1),
                page_size=check_int("page_size", page_size, minimum=1),
                vault_type=None if vault_type is None else check_enum("vault_type", vault_type, CredentialVaultType),
                credential_type=None
                if credential_type is None
                else check_enum("credential_type", credential_type, StoredCredentialType),
                search=text,
            ),
        )

    def get_credential(
        self, credential_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> CredentialResponse:
        """One credential (without its secrets).

        Args:
            credential_id: the credential (`cred_...`).
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no credential with this id.
        """
        return cast(
            "CredentialResponse",
            self._call("get_credential", request_options, check_id("credential_id", credential_id)),
        )

    def update_credential(
        self,
        credential_id: str,
        *,
        name: str,
        credential_type: StoredCredentialType | str,
        credential: dict[str, Any],
        vault_type: CredentialVaultType | str | None = None,
        proxy_location: ProxyLocation | str | GeoTarget | Mapping[str, Any] | None = None,
        proxy_session_id: str | None = None,
        rotate_proxy_session_id: bool | None = None,
        tested_url: str | None = None,
        browser_profile_id: str | None = None,
        auto_profile_disabled: bool | None = None,
        pin_saved_session_ip: bool | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> CredentialResponse:
        """Replace a credential's name and secrets, keeping its id (everything is sent again, as for create).

        Args:
            credential_id: the credential (`cred_...`).
            name: its name.
            credential_type: `"password"`, `"credit_card"` or `"secret"` (a `StoredCredentialType`).
            credential: its new fields, as for `create_credential`; checked before sending, no value appears in
                an error.
            vault_type: as for `create_credential` (the server keeps the vault the credential is stored in).
            proxy_location: the proxy logins with this credential use, as for `run_task`.
            proxy_session_id: a Skyvern-managed sticky proxy session to pin (Skyvern Cloud).
            rotate_proxy_session_id: replace the pinned proxy session with a new one (server default False).
            tested_url: the login page this credential was checked against.
            browser_profile_id: a browser profile (`bp_...`) logins with this credential start from.
            auto_profile_disabled: do not keep a browser profile of this credential's logins automatically.
            pin_saved_session_ip: keep a saved login session on the same IP.
            request_options: per-call timeout, retries and headers.

        Returns:
            The credential as it now is, without its secrets.

        Raises:
            NotFoundError: no credential with this id.
        """
        path = check_id("credential_id", credential_id)
        body = _credential_request(
            name=name,
            credential_type=credential_type,
            credential=credential,
            vault_type=vault_type,
            proxy_location=proxy_location,
            proxy_session_id=proxy_session_id,
            rotate_proxy_session_id=rotate_proxy_session_id,
            tested_url=tested_url,
            browser_profile_id=browser_profile_id,
            auto_profile_disabled=auto_profile_disabled,
            pin_saved_session_ip=pin_saved_session_ip,
        )
        return cast("CredentialResponse", self._call("update_credential", request_options, path, body=body))

    def delete_credential(
        self, credential_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> None:
        """Delete a credential.

        Args:
            credential_id: the credential (`cred_...`).
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no credential with this id.
        """
        self._call("delete_credential", request_options, check_id("credential_id", credential_id))

    def send_totp_code(
        self,
        totp_identifier: str,
        content: str,
        task_id: str | None = None,
        workflow_id: str | None = None,
        workflow_run_id: str | None = None,
        source: str | None = None,
        expired_at: dt.datetime | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
        *,
        type: OTPType | str | None = None,  # the official client's and the wire's name (shadows the builtin here)
    ) -> TOTPCode:
        """Give Skyvern a 2FA code for a run that waits for one under `totp_identifier`.

        Args:
            totp_identifier: the identifier the run was started with (an email address, a phone number...).
            content: the code, or the whole email or SMS holding it (Skyvern extracts the code).
            task_id: the task the code is for.
            workflow_id: the workflow the code is for.
            workflow_run_id: the workflow run the code is for.
            source: where the code came from, e.g. `"email"` or `"sms"`.
            expired_at: when the code expires (a `datetime`; naive means UTC).
            request_options: per-call timeout, retries and headers.
            type: what `content` holds, an `OTPType` or its value: `"totp"` (a code) or `"magic_link"` (a
                login link). Deprecated by Skyvern 1.0.56, which works it out from the content.

        Returns:
            The stored code (`totp_code_id`, the extracted `code`); its repr hides the code and the content.
        """
        from skyvern_generated.models import OTPType, TOTPCodeCreate

        if expired_at is not None and not isinstance(expired_at, dt.datetime):
            raise InvalidParameterTypeError("expired_at", f"must be a datetime, got {expired_at.__class__.__name__}")
        body = TOTPCodeCreate(
            totp_identifier=check_text("totp_identifier", totp_identifier),
            content=check_text("content", content),
            task_id=optional_id("task_id", task_id),
            workflow_id=optional_id("workflow_id", workflow_id),
            workflow_run_id=optional_id("workflow_run_id", workflow_run_id),
            source=check_optional_text("source", source),
            expired_at=expired_at,
            type=None if type is None else check_enum("type", type, OTPType),
        )
        return cast("TOTPCode", self._call("send_totp_code", request_options, body=body))


def _credential_request(
    *,
    name: object,
    credential_type: object,
    credential: object,
    vault_type: object,
    proxy_location: object,
    proxy_session_id: object,
    rotate_proxy_session_id: object,
    tested_url: object,
    browser_profile_id: object,
    auto_profile_disabled: object,
    pin_saved_session_ip: object,
) -> Any:
    """The body create_credential and update_credential both send, each field checked."""
    from skyvern_generated.models import CreateCredentialRequest, CredentialVaultType, StoredCredentialType

    kind = check_enum("credential_type", credential_type, StoredCredentialType)
    return CreateCredentialRequest(
        name=check_text("name", name),
        credential_type=kind,
        credential=_credential(kind, credential),
        vault_type=None if vault_type is None else check_enum("vault_type", vault_type, CredentialVaultType),
        proxy_location=proxy_location_value(proxy_location),
        proxy_session_id=check_optional_text("proxy_session_id", proxy_session_id),
        rotate_proxy_session_id=check_bool("rotate_proxy_session_id", rotate_proxy_session_id),
        tested_url=check_optional_text("tested_url", tested_url),
        browser_profile_id=optional_id("browser_profile_id", browser_profile_id),
        auto_profile_disabled=check_bool("auto_profile_disabled", auto_profile_disabled),
        pin_saved_session_ip=check_bool("pin_saved_session_ip", pin_saved_session_ip),
    )


def _credential(kind: StoredCredentialType, credential: object) -> Any:
    """The credential's generated model, checked field by field; a misfit names keys, never values."""
    from skyvern_generated.models import NonEmptyCreditCardCredential, NonEmptyPasswordCredential, SecretCredential

    shapes: dict[str, Any] = {
        "password": NonEmptyPasswordCredential,
        "credit_card": NonEmptyCreditCardCredential,
        "secret": SecretCredential,
    }
    model = shapes[kind.value]
    if not isinstance(credential, Mapping):
        raise InvalidParameterTypeError("credential", f"must be a dict, got {type(credential).__name__}")
    fields = set(model._fields)
    problems = []
    extra = sorted(set(credential) - fields)
    if extra:
        problems.append(f"unexpected keys {extra}")
    try:
        parsed = model.from_dict({key: value for key, value in credential.items() if key in fields})
    except ValueError as error:  # the generated layer's ShapeError: a path and a JSON type, never the value
        problems.insert(0, str(error).replace("$.", "", 1).replace("$", "credential"))
        parsed = None
    if problems:
        raise InvalidParameterError("credential", f"does not fit credential_type {kind.value!r}: {'; '.join(problems)}")
    return parsed
