"""Credentials: stored secrets to log in with, and 2FA codes for running runs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from skyvern_sync.errors import InvalidParameterError, InvalidParameterTypeError
from skyvern_sync.resources._base import ClientCore
from skyvern_sync.resources._checks import optional_id
from skyvern_sync.validation import (
    check_enum,
    check_id,
    check_int,
    check_optional_text,
    check_text,
)

if TYPE_CHECKING:
    from skyvern_generated.models import (
        CredentialResponse,
        StoredCredentialType,
        TOTPCode,
    )

    from skyvern_sync.options import RequestOptions


class CredentialsMixin(ClientCore):
    """The credentials operations (skyvern_generated/api/credentials/), mixed into `Skyvern`."""

    def create_credential(
        self,
        name: str,
        credential_type: StoredCredentialType | str,
        credential: dict[str, Any],
        request_options: RequestOptions | Mapping[str, Any] | None = None,
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

        Returns:
            The credential (`cred_...`), without its secrets: the server never echoes a password.
        """
        from skyvern_generated.models import CreateCredentialRequest, StoredCredentialType

        kind = check_enum("credential_type", credential_type, StoredCredentialType)
        body = CreateCredentialRequest(
            name=check_text("name", name), credential_type=kind, credential=_credential(kind, credential)
        )
        return cast("CredentialResponse", self._call("create_credential", request_options, body=body))

    def get_credentials(
        self,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> list[CredentialResponse]:
        """The organization's credentials, a page at a time (without their secrets).

        Args:
            page: the page, from 1 (server default 1).
            page_size: credentials per page (server default 10).
            request_options: per-call timeout, retries and headers.
        """
        return cast(
            "list[CredentialResponse]",
            self._call(
                "get_credentials",
                request_options,
                page=check_int("page", page, minimum=1),
                page_size=check_int("page_size", page_size, minimum=1),
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

        Returns:
            The stored code (`totp_code_id`, the extracted `code`); its repr hides the code and the content.
        """
        from skyvern_generated.models import TOTPCodeCreate

        if expired_at is not None and not isinstance(expired_at, dt.datetime):
            raise InvalidParameterTypeError("expired_at", f"must be a datetime, got {type(expired_at).__name__}")
        body = TOTPCodeCreate(
            totp_identifier=check_text("totp_identifier", totp_identifier),
            content=check_text("content", content),
            task_id=optional_id("task_id", task_id),
            workflow_id=optional_id("workflow_id", workflow_id),
            workflow_run_id=optional_id("workflow_run_id", workflow_run_id),
            source=check_optional_text("source", source),
            expired_at=expired_at,
        )
        return cast("TOTPCode", self._call("send_totp_code", request_options, body=body))


def _credential(kind: StoredCredentialType, credential: object) -> Any:
    """The credential's generated model, checked field by field; a misfit names keys, never values."""
    import attrs
    from skyvern_generated.models import NonEmptyCreditCardCredential, NonEmptyPasswordCredential, SecretCredential

    shapes: dict[str, Any] = {
        "password": NonEmptyPasswordCredential,
        "credit_card": NonEmptyCreditCardCredential,
        "secret": SecretCredential,
    }
    model = shapes[kind.value]
    if not isinstance(credential, Mapping):
        raise InvalidParameterTypeError("credential", f"must be a dict, got {type(credential).__name__}")
    fields = {field.name for field in attrs.fields(model) if field.init}
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
